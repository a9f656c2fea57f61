"""Dutch crisis rules, round 17: veiled forms a fifth independent writer used (heldout5's
dev half, docs/safety/crisis-detector.md).

A life put as a light, a candle, a battery, a book or a game that ends (``nl.veiled_end``);
a deadline of one's own (``nl.deadline``); a way out that is only the last one
(``nl.last_exit``); self-harm hidden or only hinted at (``nl.hidden_harm``); warning signs
seen in someone else (``nl.warning_signs``); affairs settled for after
(``nl.affairs_settled``); death wished or worked out (``nl.death_wish``); means gathered or
measured out (``nl.method_ready``). Each names a
family of phrasings, not a sentence: the verb in any tense, either word order, chat
spelling. Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

_SOMEONE = (
    r"(?:mijn|onze|een|ons) (?:<W> )?(?:vriend|vriendin|maat|broer|zus|zoon|dochter|moeder"
    r"|vader|mama|papa|neef|nicht|collega|leerling|cliënt|client|buurman|buurvrouw|opa|oma"
    r"|oom|tante|huisgenoot|partner|vrouw|man|meisje|jongen|kind)"
)
_EVERYDAY_DEVICE = (
    r"\b(?:telefoon|gsm|mobiel|laptop|auto|fiets|accu|lamp|lampje|kopen|nieuwe|tafel|diner"
    r"|verjaardag|taart|aansteken|geurkaars|kerst|stroom|afstandsbediening|oplader nodig)\b"
)

RULES = [
    (
        "nl.veiled_end",
        "Dutch: a life put as a light, a candle, a battery or a book that ends",
        [
            # "wil mijn licht uitdoen", "het licht gaat uit bij mij", "als ik gewoon uitging".
            (
                ("licht", "uitging", "uitgaan"),
                r"\bmijn (?:eigen )?licht (?:uit ?doen|uit ?te doen|uitdoen|gaat uit|is uit)\b"
                r"|\bhet licht gaat uit bij (?:mij|me)\b"
                r"|\bals ik (?:<FILLW>){0,2}(?:uitging|uit zou gaan|uitgedaan werd)\W{1,3}als een"
                r" (?:radio|lamp|kaars|tv|televisie)\b",
                r"\b(?:slaapkamer|fiets|lamp|lampje|peertje|badkamer|keuken|gang|woonkamer)\b",
            ),
            # "de kaars is bijna op", "de batterij is bijna leeg en er komt geen oplader".
            (
                ("kaars", "batterij", "oplader"),
                r"\bmijn kaars is (?:bijna )?(?:op|opgebrand|uit)\b|(?:^|(?<=[.!?] ))de kaars is"
                r" bijna (?:op|opgebrand)<END>|\b(?:batterij|accu) (?:<W> ){0,3}?leeg (?:<W> ){0,3}?"
                r"(?:er komt geen oplader|geen oplader meer)\b",
                _EVERYDAY_DEVICE,
            ),
            # "tijd om het boek dicht te doen", "laatste hoofdstuk is geschreven".
            (
                ("boek", "hoofdstuk"),
                r"\b(?:tijd om )?(?:het|mijn) (?:levens)?boek (?:dicht te (?:doen|slaan)|dicht ?doen"
                r"|sluiten|te sluiten)\b(?! (?:en|om) )|\b(?:mijn )?laatste hoofdstuk is geschreven\b",
                r"\b(?:roman|scriptie|thesis|boekenclub|lezen|gelezen|uitgelezen|serie|schrijver"
                r"|schrijven|verhaal)\b",
            ),
            # "genoeg geleefd", "ik hou het voor gezien hier op aarde", "tijd om te gaan ...
            # vrede mee", "ik geef het op. ademen, eten, alles".
            (
                ("geleefd", "gezien", "vrede", "tegenhouden"),
                r"(?:^|(?<=[.!?] ))(?:ik heb )?genoeg geleefd\b"
                r"|\bik (?:hou|houd) het voor gezien (?:hier )?(?:op (?:deze )?(?:aarde|wereld)"
                r"|met (?:het )?leven)\b"
                r"|\btijd om te gaan\W{1,3}(?:<W> ){0,2}?(?:heb|ben) (?:er )?(?:vrede|klaar)\b"
                r"|\bhet gaat gebeuren en niemand (?:kan|gaat) (?:me|mij) (?:nog )?tegenhouden\b",
                r"\b(?:vakantie|feest|werk|baan|huis|relatie|verhuiz\w*|vlucht|trein|afscheid van"
                r" (?:de|het|mijn) (?:baan|werk|club|team))\b",
            ),
            # "zou mooi zijn als ik kon vervagen tot niks", "nergens meer zijn, dat wil ik",
            # "k wil weg. niet op vakantie weg. echt weg", "ik doe niet langer mee aan dit
            # bestaan", "wegvallen uit alles", "wegzakken en weg blijven".
            (
                ("vervag", "nergens meer", "weg", "bestaan", "wegvallen", "weg blijven",
                 "onzichtbaar", "mee aan"),
                r"\bvervagen tot (?:niks|niets)\b|(?:^|(?<=[.!?] ))nergens meer zijn\b"
                r"|(?:^|(?<=[.!?] ))(?:echt|gewoon echt) weg<END>"
                r"|\bik doe niet (?:langer|meer) mee aan (?:dit|het) (?:bestaan|leven)\b"
                r"|\b(?:ik wil|wil ik) (?:<FILLW>){0,2}wegvallen uit alles\b"
                r"|\bwegzakken en weg (?:blijven|te blijven)\b"
                r"|\bonzichtbaar worden,? <FOREVER>",
                r"\b(?:groepsapp|app|groep|club|vakantie|feestje|weekend|spel|game|zwembad)\b",
            ),
        ],
    ),
    (
        "nl.deadline",
        "Dutch: a deadline of one's own (aftellen, mijn laatste week, niet halen tot een dag)",
        [
            (
                ("aftellen", "laatste", "hooguit", "hoogstens", "maximaal", "reik",
                 "tijd die ik nog heb"),
                r"\bik ben aan het aftellen<END>|\b(?:dit|deze) (?:is|wordt|word) (?:wss |waarschijnlijk"
                r" )?mijn laatste (?:week|dag|nacht|maand)\b|\bdat dit mijn laatste (?:week|dag"
                r"|nacht|maand) (?:is|wordt)\b"
                r"|\bik (?:trek|hou|houd) (?:dit|het) (?:nog )?(?:hooguit|hoogstens|maximaal) tot\b"
                r"|\bverder reik ik niet<END>"
                r"|\bde tijd die ik nog heb is (?:kort|niet lang)\b",
                r"\b(?:vakantie|zomervakantie|kerstvakantie|examen\w*|tentamen\w*|stage|contract"
                r"|werkweek|baan|huur|proeftijd|verlof|verbouwing|project|deadline|bedrijf"
                r"|werkgever|afdeling|kantoor|school|opleiding|club|vereniging|hier)\b",
            ),
            # "ik red het niet tot mijn volgende afspraak", "ik red het niet veel langer".
            (
                ("red het",),
                r"\bik red het (?:niet|nooit) (?:meer )?(?:tot|tot aan|veel langer|lang meer"
                r"|nog lang)\b(?! (?:op tijd|naar|om|voor de deadline|bij|met de|in de))",
                r"\b(?:trein|bus|op tijd|file|afspraak bij de (?:kapper|tandarts)|deadline|werk"
                r"|budget|geld|salaris|loon|benzine|voorraad|eten|boodschappen|te laat)\b",
            ),
            # "op is op, en heel lang duurt het niet meer voor ik op ben".
            (
                ("op ben",),
                r"\blang duurt het niet meer (?:voor|voordat|tot) ik op ben\b",
            ),
        ],
    ),
    (
        "nl.last_exit",
        "Dutch: the only way out left is the last one (schaakmat, plan z, de enige deur)",
        [
            (
                ("ophoud", "oplossing", "bord", "plan z", "definitief", "naar beneden", "nergens"),
                r"\b(?:dit|het) houdt pas op als ik ophoud\b"
                r"|\b(?:er is )?(?:nog )?maar (?:een|1|één) oplossing over\b"
                r"|\bbehalve van het bord af\b"
                r"|\bgeen plan (?:b|be) meer\W{1,3}alleen (?:nog )?plan z\b"
                r"|\bde enige (?:uitgang|uitweg|deur|weg) (?:is definitief|gaat naar beneden)\b"
                r"|\bdan (?:maar )?nergens meer heen<END>",
                r"\b(?:spel|potje|schaken|schaakclub|schaakt|bordspel|sudoku|puzzel|wiskunde"
                r"|som|sommen|examen|lift|trap|escape ?room|brand|nooduitgang)\b",
            ),
            (
                ("niks helpt", "niets helpt"),
                r"\b(?:niks|niets) helpt (?:meer )?(?:en|&) ik ben op<END>",
            ),
        ],
    ),
    (
        "nl.hidden_harm",
        "Dutch: self-harm hidden or hinted at (new scars, blades kept, blood in the bin)",
        [
            (
                ("littekens", "mesjes", "pols", "scherf", "mouwen", "bebloed"),
                r"\blittekens (?:<W> ){0,5}?(?:maak|zet|krijg) (?:ik )?(?:er )?nieuwe bij\b"
                r"|\bde (?:scheer)?mesjes (?:liggen|zitten) (?:weer|al) (?:in|onder|achter)\b"
                r"|\bpols (?:<W> ){0,2}?(?:weer )?verbonden\W{1,3}(?:<W> ){0,2}?dieper\b"
                r"|\b(?:glasscherf|scherf|scheermesje|mesje) (?:<W> ){0,4}?(?:bewaard|verstopt)\b"
                r"|\blange mouwen in de zomer\W{1,3}(?:je snapt|je weet|je begrijpt)\b"
                r"|\bbebloede (?:pleisters|tissues|zakdoekjes|handdoeken|doekjes|watjes)\b",
                r"\b(?:keuken|koken|afwas|fiets|gevallen|val|operatie|dokter|prik|bloedprik\w*"
                r"|neus\w*|ongeluk\w*|scheren|kat|hond|spiegel opgeruimd)\b",
            ),
            # "ik heb kokend water over mijn hand laten lopen", "benen bewerkt met een schaar",
            # "nagels in mijn huid tot het bloed kwam", "hoofd tegen de muur tot het stil wordt".
            (
                ("water", "bewerkt", "nagels", "muur", "gesned"),
                r"\b(?:kokend|heet) water over (?:mijn|me) (?:hand|arm|armen|been|benen|voet)"
                r" (?:<W> )?(?:laten|liet|laat|gegoten|gieten|lopen)\b"
                r"|\b(?:mijn|me) (?:benen|armen|arm|been|dijen|huid|polsen) bewerkt met\b"
                r"|\b(?:mijn|me) nagels in (?:mijn|me) (?:huid|arm|armen|hand|benen) (?:<W> ){0,2}?"
                r"(?:tot|totdat) (?:het )?bloed\b"
                r"|\bik (?:sla|bonk|beuk) (?:mijn|me) hoofd tegen de muur (?:tot|totdat)\b"
                r"|\bik heb (?:weer|opnieuw) gesneden?\b(?! (?:in|voor|met|aan|bij|de|het|een"
                r"|uien|groente|brood|kaas|vlees|tomaten)\b)",
                r"\b(?:per ongeluk|thee|koffie|pasta|koken|vaat|kat|hond|hondje|tuin|haar|kapper"
                r"|nagellak|manicure|heg|hout)\b",
            ),
        ],
    ),
    (
        "nl.warning_signs",
        "Dutch: warning signs in someone else (a goodbye text and silence, scars explained away)",
        [
            (
                ("sorry voor alles", "neemt", "afscheid", "dak", "zin"),
                near(_SOMEONE,
                     r"sorry voor alles|neemt (?:niet|nooit) meer op|geeft (?:al )?(?:<W> )?spullen"
                     r" weg (?:en|&) neemt afscheid|(?:op|aan de rand van) het dak staat"
                     r"|dat (?:niks|niets) (?:nog|meer) zin heeft", 10),
                r"\b(?:verhuis\w*|verhuiz\w*|emigr\w*|te laat|diner|etentje|vergeten|reparatie"
                r"|dakgoot|dakdekker|zonnepanelen|antenne|kat|werk|baan|spel|huiswerk|opruim\w*|kringloop|marktplaats)\b",
            ),
            (
                ("krassen", "sneden", "littekens", "wondjes"),
                r"\b(?:krassen|sneden|littekens|wondjes|sneetjes) op (?:haar|zijn|hun) (?:armen|arm"
                r"|benen|been|dijen|polsen|pols)\b(?:<W> ){0,1}?\W{1,3}(?:<W> ){0,4}?(?:zegt|zei)"
                r" (?:<W> ){0,2}?(?:de kat|de hond|gevallen|per ongeluk)\b",
            ),
            # "dat ze er zaterdag niet meer zal zijn", "volgend jaar niet meer is".
            (
                ("niet meer",),
                r"\b(?:hij|ze|zij) er (?:<W> ){1,2}?niet meer (?:is|zal zijn)\b",
                r"\b(?:verhuis\w*|verhuiz\w*|vakantie|reis|emigr\w*|werk|baan|stage|school"
                r"|klas|uitwisseling|buitenland|afgestudeerd)\b",
            ),
        ],
    ),
    (
        "nl.affairs_settled",
        "Dutch: affairs settled for after (letters written, things given away, no one to blame)",
        [
            (
                ("brieven", "opgezegd", "niet meer nodig", "vindt", "leest", "afgesproken"),
                r"\b(?:brieven|briefjes|afscheidsbrieven) geschreven (?:voor|aan) (?:iedereen|jullie"
                r"|allemaal|de kinderen|mijn \w+)\b"
                r"|\b(?:alles|alle abonnementen) opgezegd\b(?:<W> ){0,12}?\W{1,3}niemand hoeft\b"
                r"|\bje mag alles hebben\W{1,3}(?:<W> ){0,2}?(?:heb|hoef) (?:ze|het|die) niet"
                r" meer (?:nodig|te hebben)\b"
                r"|\bvoor wie dit (?:vindt|leest)\b"
                r"|\b(?:de|mijn) (?:hond|kat|konijn|vogel|vissen) (?:gaat|gaan) naar (?:\w+ ){0,2}?"
                r"\w+,? (?:dat )?heb ik (?:al )?(?:met (?:ze|hen|haar|hem) )?afgesproken\b",
                r"\b(?:verhuis\w*|verhuiz\w*|vakantie|reis|emigr\w*|kringloop|marktplaats|opruim\w*"
                r"|nieuwe|upgrade|te klein|te groot|weekend|week weg|oppas\w*|verjaardag|jarig|kerst"
                r"|sinterklaas|feest)\b",
            ),
            (
                ("schuldig", "vergeef", "fout gedaan"),
                r"\bniemand hoeft zich schuldig te voelen(?! (?:over|om|voor|omdat|dat))\b"
                r"|\bvergeef (?:me|mij),? ik kon niet anders\b"
                r"|\b(?:mijn )?(?:ouders|kinderen|mam|pap|mama|papa)\W{1,3}jullie hebben (?:niks"
                r"|niets) fout gedaan\b",
                r"\b(?:vakantie|oppas\w*|weekend|reis|trip|dienst|festival|werk|verhuiz\w*"
                r"|feest|afscheidsfeest|uitje|collega's|team)\b",
            ),
        ],
    ),
    (
        "nl.death_wish",
        "Dutch: praying not to wake, working out how, the grave beside a loved one",
        [
            (
                ("bid", "hoop", "hoe ik het", "haal", "plek", "perron", "spring"),
                r"\b(?:bid|bidt|hoop|wens) (?:ik )?dat ik (?:het )?(?:<W> )?(?:niet (?:haal|red|meer"
                r" wakker word)|nooit meer wakker word)\b"
                r"|\b(?:bedenk\w*|denk\w*|nadenk\w*|pieker\w*) (?:<W> ){0,3}?hoe ik (?:het) (?:zou|ga"
                r"|moet|wil) doen<END>"
                r"|\bhoe ik (?:die|de zomer|kerst|het weekend|mijn verjaardag|het voorjaar) niet"
                r" (?:haal|red|meemaak)\b"
                r"|\bnaast (?:opa|oma|papa|mama|mijn (?:moeder|vader|broer|zus|opa|oma|zoon|dochter))"
                r" (?:<W> ){0,2}?nog (?:een )?plek\b"
                r"|\brand van het perron\b(?: <W>){0,4}? denk ik\W{1,3}nu\b"
                r"|\bspring,? spring\b",
                r"\b(?:examen|tentamen|trein|bus|deadline|verhuiz\w*|vakantie|feest|wedstrijd"
                r"|ticket|kaartje|parkeer\w*|trampoline|touwtje|springkussen|hinkel\w*|kikker)\b",
            ),
        ],
    ),
    (
        "nl.method_ready",
        "Dutch: means gathered or measured out (boxes from several shops, the height measured)",
        [
            (
                ("doosjes", "gemeten", "bovenste", "hoogste", "verdrinken", "huis leeg"),
                r"\b(?:bij de|bij een) (?:drogist|apotheek) (?:<W> ){0,2}?(?:doosjes|strips|pakjes)"
                r" (?:<W> ){0,8}?(?:andere|volgende) (?:<W> ){0,2}?(?:nog|weer)\b"
                r"|\b(?:gemeten|uitgezocht|gekeken) of ik over de (?:rand|reling|balustrade) kan\b"
                r"|\bparkeergarage,? (?:<W> ){0,2}?(?:bovenste|hoogste) (?:laag|verdieping)\W{1,3}"
                r"(?:<W> ){0,4}?alleen\b"
                r"|\bik (?:ga|wil|zal) (?:me|mezelf) verdrinken (?:in|bij) (?:de|het) (?:vaart|gracht"
                r"|kanaal|rivier|zee|meer|haven|sloot|plas)\b"
                r"|\bals het huis leeg is (?:pak|neem) ik\b",
                r"\b(?:auto|fiets|parkeerplek|vakantie|verhuiz\w*|kast|gordijnen|kozijn|bank"
                r"|meubels|vlucht|trein|werk|vroege dienst|wekker gezet voor)\b",
            ),
        ],
    ),
]
