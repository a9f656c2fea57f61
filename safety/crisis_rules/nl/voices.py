"""Dutch crisis rules, round 21: images and turns of phrase of heldout8's writer (both
halves spent, read by category; docs/safety/crisis-detector.md).

A life closed in with no door or end (``nl.closed_in``); signing off from life as from a
game or an account (``nl.sign_off``); soon rid of one, no longer anyone's problem
(``nl.soon_free``); self-harm by scratching or tearing the skin open, on purpose
(``nl.harm_ways``); death pictured as a pull, a blanket, a rest, or prayed for
(``nl.death_near``); means looked into or kept (``nl.means_kept``); others better off with
one gone (``nl.better_gone``). Each names a family of phrasings, not a sentence. Each rule
is (id, description, [(anchors, pattern[, unless]), ...]); see ``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

_SOON = (
    r"(?:binnenkort|straks|snel|zo|bijna|gauw|over een (?:tijdje|weekje|week|paar weken|paar"
    r" dagen|maand)|nog even|nog een (?:weekje|week|paar dagen|paar weken|maandje|maand)"
    r"|na de (?:kerst|zomer|vakantie))"
)
_BODY = r"(?:armen|arm|huid|benen|been|polsen|pols|dijen|buik|handen|hand|knokkels|vel)"
_PERSON = (
    r"(?:ik|mama|papa|moeder|vader|mam|pap|haar moeder|hun moeder|hun vader|zijn vader"
    r"|zijn moeder|haar vader|je moeder|je vader|hun mama|hun papa)"
)

RULES = [
    (
        "nl.closed_in",
        "Dutch: a life closed in, with no door, end or light",
        [
            # "een kamer zonder deuren", "een tunnel zonder eind en zonder licht", "een val
            # zonder uitgang", "mijn leven is een doodlopende straat".
            (
                ("zonder deur", "zonder uitgang", "geen deur", "geen uitgang", "geen eind",
                 "zonder eind", "geen licht", "zonder licht", "doodlopend"),
                near(r"kamer|kooi|val|doolhof|gat|put|tunnel|cel|leven|bestaan",
                     r"(?:zonder|geen) (?:deuren|deur|uitgang|uitgangen|eind|einde|licht)"
                     r"|doodlopende? (?:straat|weg|steeg|tunnel|gang)", 8),
                r"\b(?:escape ?room|spel|game|film|serie|puzzel|level|gebouw|brand|garage"
                r"|parkeergarage|snelweg|station|huis|flat|kantoor|zolder|kelder|tuin|wijk"
                r"|fietspad|route|navigatie|project|onderhandeling|overleg|relatie|discussie)\b",
            ),
            # "niks heeft nog zin", "waarvoor nog?", "wat blijft er over om voor door te gaan".
            (("zin",), r"\b(?:niks|niets) heeft (?:nog|meer) (?:<W> )?zin\b"),
            (("waarvoor nog",), r"\bwaarvoor nog(?:\W{1,3}eigenlijk)?<END>"),
            (
                ("door te gaan", "te leven"),
                r"\bwat (?:blijft|is) er (?:nog )?(?:over )?om (?:nog )?voor (?:door te gaan"
                r"|te leven)\b",
            ),
            # "ik ben uitgeleefd".
            (("uitgeleefd",), r"\b(?:ik ben|ben ik) (?:<W> )?uitgeleefd\b"),
        ],
    ),
    (
        "nl.sign_off",
        "Dutch: signing off from life as from a game, an account or a book",
        [
            (("quit",), r"\brage ?-?quit\w* (?:van |met |uit )?(?:irl|in het echt|het leven|mijn leven|life"
             r"|real life)\b"),
            # "er een streep onder zetten, onder mijn hele leven".
            (
                ("streep",),
                r"\bstreep (?:<W> ){0,8}?onder (?:mijn|m'n|dit|het|heel mijn) (?:hele )?leven\b",
            ),
            # "ik ga stoppen. met eten, met praten, met leven": only within one sentence.
            (
                ("met leven", "met het leven", "met mijn leven"),
                r"\b(?:stop|stoppen|stopt|ophouden|hou op|kap|kappen|kap ik)\b(?:\W{1,4}+\w{1,30}+)"
                r"{0,8}?\W{1,4}+met (?:het |mijn )?leven(?! van| in| zoals| als| op| met)\b",
            ),
            # "ik stap eruit, niet uit de relatie, uit het leven".
            (
                ("uit het leven", "uit dit leven", "uit mijn leven"),
                r"\b(?:stap|stapt|stappen|stapte) (?:ik )?eruit\b(?:\W{1,4}+\w{1,30}+){0,6}?"
                r"\W{1,4}+uit (?:het|dit|mijn) leven\b",
            ),
            # "tijd om uit te loggen, voorgoed", "ik log voorgoed uit".
            (
                ("loggen", "log", "uitlog"),
                near(r"uit (?:te )?loggen|uitloggen|log (?:ik )?(?:<W> )?uit|uitgelogd",
                     r"<FOREVER>|uit het leven|uit dit leven", 4),
                r"\b(?:facebook|instagram|tiktok|twitter|x|app|apps|whatsapp|account|social media"
                r"|sociale media|snapchat|discord|game|server|groep|groepsapp|mail|werk)\b",
            ),
            # "het licht gaat uit en blijft uit", "mijn licht voorgoed uit".
            (
                ("licht",),
                r"\blicht (?:<W> ){0,3}?uit (?:<W> ){0,3}?blijft (?:het )?uit\b|\b(?:mijn|m'n) licht"
                r" (?:<W> ){0,2}?(?:voorgoed|voor altijd|definitief) uit\b",
            ),
        ],
    ),
    (
        "nl.soon_free",
        "Dutch: soon rid of one, no longer anyone's problem",
        [
            # "nog een weekje dan ben je van me verlost", "jullie zijn me zo kwijt",
            # "over een tijdje zijn jullie van al mijn problemen af".
            (
                ("kwijt", "verlost", "af\\b"),
                near(_SOON,
                     r"(?:zijn|ben|is|zijn ze|ben je|zijn jullie) (?:jullie |je |jij |ze |u )?(?:<W> )?"
                     r"(?:van )?(?:me|mij|mijn|al mijn) (?:<W> ){0,2}?(?:kwijt|verlost|af)\b", 6),
                r"\b(?:vakantie|reis|kamp|weekje weg|verhuis\w*|verhuizing|op kamers|studeren"
                r"|uitwisseling|stage|cursus|trip|naar (?:<W> )?(?:spanje|frankrijk|amerika|het buitenland)"
                r"|buitenland|afstuderen|uitzending|opleiding|werk|baan|contract|dienst|nachtdienst"
                r"|logeren|logeer\w*|ziekenhuis|opname|revalidatie|operatie|weekje|weekend|dagje"
                r"|avondje|nachtje|naar (?:mijn|m'n) (?:moeder|vader|oma|opa|ouders|zus|broer))\b",
            ),
            # "snel niet meer jullie probleem", "binnenkort niemands zorg meer".
            (
                ("probleem", "zorg", "last", "gedoe"),
                near(_SOON,
                     r"niet meer (?:jullie|jouw|je|hun|haar|zijn|jullie grootste) (?:probleem|zorg"
                     r"|last|gedoe)|niemands (?:probleem|zorg|last) (?:meer)?", 5),
                r"\b(?:vakantie|reis|verhuis\w*|verhuizing|kamers|studeren|18|achttien|volwassen"
                r"|huurder|contract|baan|project|klant|dossier)\b",
            ),
            # "binnenkort hoeft niemand meer mijn rotzooi op te ruimen".
            (
                ("niemand meer",),
                near(_SOON, r"hoeft niemand meer (?:<W> ){0,4}?(?:voor mij|naar mij|mijn"
                     r" (?:rotzooi|troep|zooi|puin|problemen|schulden|rommel))", 5),
                r"\b(?:vakantie|reis|verhuis\w*|verhuizing|kamers|schoonmaakster|werkster|robot"
                r"|vaatwasser|opgeruimd|opruimen na het feest)\b",
            ),
        ],
    ),
    (
        "nl.harm_ways",
        "Dutch: self-harm by scratching or tearing the skin open, hurting oneself on purpose",
        [
            # "ik krab mijn armen open", "met een paperclip mijn huid opengehaald".
            (
                ("open", "kapot"),
                r"\b(?:krab|krabt|krabde|krabben|gekrabd|kras|haal|haalde|gehaald|trek|trok)\w*"
                r" (?:<W> ){0,3}?(?:mijn|m'n|haar|zijn) " + _BODY + r" (?:<W> )?(?:open|kapot)\b"
                r"|\b(?:mijn|m'n|haar|zijn) " + _BODY + r" (?:<W> )?(?:open ?gehaald|open ?gekrabd"
                r"|kapot ?gekrabd|open ?gehaald|open ?gekrast)\b",
                r"\b(?:eczeem|jeuk|muggen?|muggenbult\w*|allergie|uitslag|netels|brandnetels"
                r"|doornen|braam|bramen|kat|hond|prikkeldraad|val|gevallen|fiets|schaafwond)\b",
            ),
            # "mijn knokkels expres tegen de muur kapot geslagen", "met opzet gebrand".
            (
                ("expres", "express", "met opzet", "opzettelijk", "expers"),
                near(r"expres|express|expers|met opzet|opzettelijk",
                     r"(?:mezelf|mijzelf|mijn (?:<W> )?" + _BODY + r"|mijn (?:hoofd|vuist|vuisten))"
                     r" (?:<W> ){0,4}?(?:geslagen|sla|sloeg|gestompt|stomp|stompte|gebrand|brand"
                     r"|brandde|gesneden|snij|sneed|gekrast|kras|geknald|knal|gebonkt|bonk|gebeukt"
                     r"|beuk|kapot|open|gestoken|gebeten|bijt|beet)\b"
                     r"|(?:geslagen|sla|sloeg|gestompt|gebrand|gesneden|gekrast|geknald|gebonkt|gebeukt"
                     r"|gebeten|bijt) (?:<W> ){0,2}?(?:mezelf|mijzelf|in mijn " + _BODY + r")\b", 8),
                r"\b(?:hij|zij|ze|iemand|mijn broer|mijn zus) (?:heeft |had )?(?:<W> )?(?:geslagen"
                r"|gestompt|gebeten)\b",
            ),
            # "daarom pak ik het scheermesje", "ik pakte weer een mesje".
            (
                ("mesje", "scheermes"),
                near(r"(?:pak|pakte|gepakt|grijp|greep|gegrepen|haal|haalde) (?:ik )?(?:<W> ){0,2}?"
                     r"(?:scheer)?mesjes?|scheermes",
                     r"weer|opnieuw|pijn|daarom|stil|rustig|expres|niemand|armen|polsen|benen", 8),
                r"\b(?:scheren|scheer|geschoren|baard|benen scheren|oksels|knutsel\w*|doos|dozen"
                r"|karton|tape|behang|tapijt|vloer|groente|ui|uien|keuken|koken)\b",
            ),
        ],
    ),
    (
        "nl.death_near",
        "Dutch: death pictured as a pull, a blanket or a rest; envied; prayed for",
        [
            # "de dood trekt aan me", "de dood lonkt", "de dood roept me".
            (
                ("dood",),
                r"\bde dood (?:<W> )?(?:trekt|lonkt|roept|wenkt|lokt|trok|lonkte|riep)\b"
                r"(?! (?:<W> )?(?:hem|haar|hen|ze|zijn|de|het)\b)",
            ),
            # "de dood voelt als een warme deken", "dood voelt als de enige vakantie".
            (
                ("dood",),
                r"\b(?:de )?dood (?:voelt|lijkt|klinkt) (?:me |mij )?(?:nu )?(?:als )?(?:de |een"
                r" )?(?:<W> ){0,3}?(?:deken|vakantie|rust|thuiskomen|thuis|verlossing|opluchting"
                r"|bevrijding|uitweg|vriend|vriendin|oplossing|cadeau|geschenk|bed|slaap)\b",
            ),
            # "jaloers op de doden", "ik benijd de mensen in de overlijdensberichten".
            (
                ("jaloers", "benijd"),
                near(r"jaloers|benijd\w*",
                     r"(?:de )?doden|overlijdensberichten|overledenen|rouwadvertenties|mensen die"
                     r" (?:<W> )?(?:dood|overleden|gestorven) zijn|het kerkhof|de begraafplaats", 8),
            ),
            # "ik hoop dat God me gauw komt halen", "ik bid dat de Heer mij tot zich neemt".
            (
                ("god", "heer", "jezus", "allah", "de here", "de vader"),
                r"\b(?:hoop|hoopt|bid|bidt|bad|wens|wou|wil|laat|smeek)\b(?:\W{1,4}+\w{1,30}+){0,4}?"
                r"\W{1,4}+(?:god|de heer|de here|jezus|allah|de vader) (?:<W> ){0,2}?(?:me|mij)"
                r" (?:<W> ){0,2}?(?:komt halen|komen halen|haalt|tot zich neemt|tot zich roept|neemt"
                r"|wegneemt|thuishaalt|naar huis haalt)\b",
                r"\b(?:door|doorheen|erdoor|helpt|bescherm\w*|beschermt|sterkte|kracht|uit deze"
                r" (?:situatie|ellende|rotzooi))\b",
            ),
            # "mezelf iets aan moet doen", "mezelf iets aan ga doen" (a verb between).
            (
                ("iets aan",),
                r"\b(?:mezelf|mijzelf|mij zelf|me zelf) iets aan (?:moet|ga|wil|zal|kan|zou) doen\b",
            ),
            # "hoop dat ik op de snelweg tegen een boom knal".
            (
                ("hoop",),
                r"\bhoop\b(?:\W{1,4}+\w{1,30}+){0,8}?\W{1,4}+(?:tegen|onder) (?:een|de) (?:boom"
                r"|vrachtwagen|muur|pijler|trein|truck|bus|vangrail|betonblok) (?:aan )?(?:knal"
                r"|rij|crash|beland|kom|klap|vlieg)\w*",
            ),
        ],
    ),
    (
        "nl.means_kept",
        "Dutch: means looked into, counted or kept",
        [
            # "ik zoek op internet naar manieren die geen pijn doen".
            (
                ("pijn",),
                near(r"zoek|zocht|gezocht|google|googel\w*|gegoogeld|opgezocht|internet|online"
                     r"|forum",
                     r"manier\w* (?:die|om|zonder) (?:<W> ){0,2}?(?:niet|geen|zonder) (?:<W> )?pijn"
                     r"|pijnloze? manier\w*|zonder pijn (?:dood|weg|te gaan|te sterven)", 8),
                r"\b(?:rug|knie|nek|schouder|sporten|bewegen|fysio|oefening\w*|bevalling|ontharen"
                r"|harsen|prik|vaccin\w*|injectie|tatoeage|piercing|hardlopen|tillen|baby)\b",
            ),
            # "elke avond tel ik de pillen", "ik telde de strips".
            (
                ("tel",),
                r"\b(?:tel|telt|telde|tellen|geteld)\b (?:ik )?(?:<W> ){0,3}?(?:<PILLS_NL>|strips"
                r"|doosjes|potjes|flessen)\b",
                r"\b(?:weekdoos|baxter|apotheek|apotheker|dienst|voorraad voor|inventaris"
                r"|voor (?:mijn|m'n) (?:moeder|vader|oma|opa|zoon|dochter|client|patient)"
                r"|statiegeld|kroeg|bar|kelder|wijn|bier)\b",
            ),
            # "de hoogte van de brug opgezocht", "opgezocht hoe diep het water bij de sluis is".
            (
                ("hoogte", "diepte", "hoe hoog", "hoe diep"),
                near(r"opgezocht|gegoogeld|gecheckt|nagezocht|uitgezocht|gemeten|nagekeken|zocht"
                     r" (?:<W> )?op",
                     r"(?:de )?(?:hoogte|diepte) van (?:de |het |die |dat )?(?:<W> )?(?:<HEIGHT_NL>"
                     r"|rivier|kanaal|sluis|haven|groeve|stuwmeer|meer|dijk|pier)|hoe (?:hoog|diep)"
                     r" (?:de |het |die |dat )?(?:<W> )?(?:<HEIGHT_NL>|rivier|kanaal|sluis|haven"
                     r"|groeve|water|meer|pier)", 6),
                r"\b(?:quiz|school|huiswerk|werkstuk|spreekbeurt|vrachtwagen|bus|camper|caravan"
                r"|boot|mast|doorvaart\w*|zwem\w*|duik\w*|vissen|kano|sup|verbouwing|ladder)\b",
            ),
            # "ik ken de plek nu, niet om te vissen", "een mes in mijn tas, niet voor iemand anders".
            (
                ("niet om", "niet voor"),
                r"\bniet (?:om te (?:vissen|zwemmen|wandelen|genieten|fotograferen)|voor (?:het"
                r" uitzicht|de vis))\b|\bniet voor (?:iemand anders|een ander)<END>",
            ),
            # "enkele reis naar de kust, de kliffen zijn vlakbij".
            (
                ("enkele reis", "enkeltje"),
                near(r"enkele reis|enkeltje", r"kliffen|klif|brug|spoor|viaduct|zee|rand|de diepte", 10),
                r"\b(?:vakantie|emigr\w*|verhuis\w*|nieuw leven|baan|studie|visum|retour)\b",
            ),
        ],
    ),
    (
        "nl.better_gone",
        "Dutch: others better off, calmer or freer with one gone",
        [
            # "als ik wegval hebben ze het makkelijker", "ze zou vrijer ademen als ik uit beeld
            # was", "beter als haar moeder er gewoon niet meer is".
            (
                ("wegval", "uit beeld", "niet meer", "weg "),
                near(r"beter|makkelijker|rustiger|vrijer|lichter|blijer|gelukkiger|rijker|fijner"
                     r"|opgelucht",
                     r"(?:als|wanneer|zodra|zonder dat) " + _PERSON + r" (?:<W> ){0,2}?(?:wegval"
                     r"|wegvalt|wegviel|uit beeld (?:ben|is|was|zou zijn)|weg (?:ben|is|was|zou"
                     r" zijn)|er (?:gewoon )?niet meer (?:ben|is|was|zou zijn))\b", 8),
                r"\b(?:vakantie|weekend|week|weekje|maand|reis|kamp|werk|dienst|nachtdienst"
                r"|ziekenhuis|opname|verhuizing|logeren|cursus|studie|even|vanavond|morgen"
                r"|tijdje|paar dagen|uit (?:de|het) (?:keuken|huis|kamer))\b",
            ),
            # "de kinderen hebben meer aan de verzekering dan aan mij".
            (
                ("verzekering",),
                r"\b(?:meer aan|beter af met|meer waard|meer hebben aan) (?:de|mijn|m'n|een)"
                r" (?:<W> )?(?:levens)?verzekering\w*\b",
            ),
        ],
    ),
    (
        "nl.sink_away",
        "Dutch: sinking away into the dark, a heart that stops, never having been",
        [
            (
                ("wegzak", "wegzink", "weggl", "oplossen", "vervagen", "verdampen", "opgaan",
                 "verdwijnen"),
                r"\b(?:wil|wou|wilde|wens|zou willen|kon)\b(?:\W{1,4}+\w{1,30}+){0,4}?\W{1,4}+"
                r"(?:wegzakken|wegzinken|wegglijden|oplossen|vervagen|verdampen|opgaan|verdwijnen)"
                r" in (?:het|de|een) (?:donker|duister|duisternis|niets|lucht|leegte|zwart)\w*",
            ),
            (
                ("hart",),
                r"\b(?:wil|wou|hoop|wens|bid|zou willen)\b(?:\W{1,4}+\w{1,30}+){0,4}?\W{1,4}+"
                r"(?:mijn|m'n) hart(?:je)? (?:<W> ){0,2}?(?:stopt|stopte|zou stoppen|stoppen|ophoudt"
                r"|ophield|ophouden|stil ?staat|stil ?stond|stil ?valt|stil ?viel)\b"
                r"(?! met (?:racen|bonken|bonzen|pijn doen|steken))",
            ),
            (
                ("nooit geweest", "nooit bestaan", "nooit geboren"),
                r"\b(?:wou|wilde|wens|wenste|zou willen)(?: dat)? ik (?:<W> ){0,3}?(?:er )?nooit"
                r" (?:geweest|bestaan|geboren)\b",
            ),
        ],
    ),
    (
        "nl.going_home",
        "Dutch: a letter read after, going home to God",
        [
            (
                ("tegen de tijd", "als jullie dit", "als je dit"),
                r"\btegen de tijd dat (?:je|jij|jullie|u|iemand) dit (?:leest|lezen|vindt|vinden)\b",
            ),
            (
                ("naar god", "naar de heer", "naar jezus", "naar de hemel", "naar allah",
                 "naar de vader"),
                r"\b(?:ga|gaan|wil|mag|ben klaar om|klaar om)\b (?:<W> ){0,2}?naar (?:huis\W{1,3}"
                r"naar )?(?:god|de heer|jezus|de hemel|allah|de vader)(?= ?(?:[.!?,;]|$))"
                r"|\bnaar huis\b(?:\W{1,4}+\w{1,30}+){0,3}?\W{1,4}+naar (?:god|de heer|jezus"
                r"|de hemel|allah|de vader)(?= ?(?:[.!?,;]|$))",
            ),
        ],
    ),
]
