"""Dutch crisis rules, round 22: turns of phrase of heldout9's writer (both halves spent,
read by category; docs/safety/crisis-detector.md).

Soon nobody's problem or worry any more (``nl.soon_nobody``); a clinical register that
names one's own death or ceasing to exist (``nl.clinical``); death welcomed: as a holiday
or a solution, a siren wished for oneself, a place swapped with the dead, a truck that
should have hit (``nl.death_welcome``); no tomorrow wanted, out of the world, over oneself
(``nl.no_tomorrow``); a means lying ready, a weapon held, a place known for if it goes
wrong, a plan and a date (``nl.means_ready``); self-harm made to hurt more, hidden or
stabbed into one's own body (``nl.harm_more``); someone close who means to go along, to
jump, who has a plan or looks for ways (``nl.others_intent``); last contact and affairs
put in order (``nl.affairs``); a life that stops only when someone is gone, a burden in
money (``nl.until_gone``). Each names a family of phrasings, not a sentence. Each rule is
(id, description, [(anchors, pattern[, unless]), ...]); see ``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

_SOON = (
    r"(?:binnenkort|straks|snel|gauw|bijna|weldra|over een (?:tijdje|weekje|week|paar weken"
    r"|paar dagen|maand)|nog even|na (?:de|het) (?:kerst|zomer|vakantie|seizoen))"
)
_BODY = (
    r"(?:voet|voeten|hand|handen|arm|armen|onderarm|onderarmen|been|benen|dij|dijen|knie"
    r"|knieen|buik|hoofd|pols|polsen|vingers|huid|nagelriemen|nagelbedden)"
)
_TRAVEL = (
    r"\b(?:vakantie|reis|verhuis\w*|verhuizing|emigr\w*|kamp|weekend|uitwisseling|stage"
    r"|contract|baan|ontslag|opname|ontslagen|klaar met (?:school|de studie)|18|achttien"
    r"|volwassen)\b"
)

RULES = [
    (
        "nl.soon_nobody",
        "Dutch: soon nobody's problem, worry or burden any more",
        [
            # "straks ben ik voor niemand meer een probleem", "binnenkort vormt mijn aanwezigheid
            # geen belasting meer".
            (
                ("niemand", "geen belasting", "geen last", "geen probleem", "geen zorg"),
                near(_SOON,
                     r"voor niemand (?:meer )?(?:een |tot )?(?:probleem|last|zorg|belasting)"
                     r"|geen (?:belasting|last|probleem|zorg) meer"
                     r"(?! (?:van|aan|met|door|om) (?!mij\b|me\b))",
                     8),
                _TRAVEL,
            ),
            # "over een tijdje hoeft niemand meer te controleren of ik gegeten heb".
            (
                ("hoeft niemand", "hoeven jullie", "hoeft ze", "hoeft hij", "hoeft pa",
                 "hoeft ma"),
                near(_SOON, r"(?:hoeft|hoeven) (?:niemand|jullie|ze|hij|pa|ma) (?:meer |niet meer"
                     r" )?(?:<W> ){0,4}?(?:te controleren|op mij te letten|voor mij te zorgen|naar"
                     r" mij om te kijken|zich zorgen te maken|mij te (?:bezoeken|verzorgen|wassen))",
                     6),
                _TRAVEL + r"|\b(?:op mezelf|op kamers|zelfstandig|op eigen benen|beter|hersteld"
                r"|genezen)\b",
            ),
            # "die zorgen om mij, dat is bijna afgelopen".
            (
                ("afgelopen", "voorbij"),
                near(r"zorgen om mij|last van mij|gedoe met mij|gezeur (?:met|van|om) mij"
                     r"|zorg om mij",
                     r"(?:bijna|binnenkort|snel|straks|gauw) (?:<W> )?(?:afgelopen|voorbij)", 6),
            ),
        ],
    ),
    (
        "nl.clinical",
        "Dutch: a clinical self-report naming one's own death or ceasing to exist",
        [
            # "frequente gedachten over de eigen dood", "doodsgedachten, eerder als oplossing".
            (
                ("dood", "sterven", "doodgaan", "bestaan", "overlijden"),
                r"\b(?:gedachten|gedachtes|fantasieen|wens|verlangen|voorkeur) (?:<W> )?(?:over"
                r"|aan|naar|om) (?:de |het |mijn )?eigen (?:dood|sterven|overlijden|niet-?bestaan)\b",
                r"\b(?:client\w*|patient\w*|bewoner\w*|supervisie|intervisie|dossier|rapportage"
                r"|besproken met|behandelaar|casus)\b",
            ),
            # "wens om op te houden met bestaan", "ik wil ophouden te bestaan".
            (
                ("bestaan",),
                r"\b(?:wens|wil|wou|zou willen|verlang\w*|verlangen|behoefte)(?: <W>){0,3}?"
                r" (?:om )?(?:op te houden|ophouden|stoppen) (?:met )?(?:te )?bestaan\b",
                r"\w*(?:bedrijf|winkel|club|vereniging|krant|tijdschrift|merk|zaak|band|festival"
                r"|blad|school|afdeling|website|app)\b",
            ),
        ],
    ),
    (
        "nl.death_welcome",
        "Dutch: death welcomed: a holiday, a solution, a siren for me, a truck that should have hit",
        [
            # "doodgaan klinkt soms als vakantie", "over de dood, eerder als oplossing",
            # "praat over doodgaan alsof het een uitje is".
            (
                ("vakantie", "oplossing", "uitje", "verlossing", "opluchting", "bevrijding"),
                near(r"doodgaan|dood gaan|dood zijn|sterven|de dood|eigen dood",
                     r"(?:als|alsof het) (?:een |de )?(?:vakantie|oplossing|uitje|verlossing"
                     r"|opluchting|bevrijding|rustpunt)", 6),
                r"\b(?:cel|cellen|bacteri\w*|planten|plant|vissen|bomen|dier\w*|patient\w*|client\w*"
                r"|ouders? van|zijn dood|haar dood|hun dood|de dood van)\b",
            ),
            # "elke sirene die ik hoor, denk ik: was die maar voor mij".
            (
                ("voor mij", "voor mijn"),
                near(r"sirene\w*|ambulance\w*|lijkwagen|begrafenis|uitvaart|kist|graf",
                     r"(?:was|waren) (?:die|dat|het|ze|hij) maar voor (?:mij|mijn)\b", 10),
            ),
            # "bij pa's graf dacht ik: ik zou zo met hem ruilen".
            (
                ("ruilen",),
                near(r"graf|begrafenis|uitvaart|kist|dood|overleden|gestorven|begraven|kerkhof",
                     r"(?:zou|wil|wou|had) (?:<W> )?met (?:hem|haar|hen) (?:willen )?ruilen"
                     r"|met (?:hem|haar|hen) (?:zou|wil|wou|had) (?:willen )?ruilen", 10),
                r"\b(?:dienst\w*|rooster|shift\w*|plek(?:je)?|stoel)\b",
            ),
            # "wou dat die vrachtwagen me gisteren wel had geraakt".
            (
                ("geraakt", "aangereden", "overreden", "geschept"),
                r"\b(?:wou|wilde|wenste|hoopte|had gehoopt) (?:<W> )?dat (?:die|de|een|het)"
                r" (?:<W> )?(?:<VEHICLE_NL>|vrachtwagen|bus|auto|tractor|golf|stroming|bliksem)"
                r" (?:me|mij) (?:<W> ){0,3}?(?:had|wel had) (?:geraakt|aangereden|overreden"
                r"|geschept)\b",
            ),
            # "als ik nu omsla en verdrink, is het ook goed".
            (
                ("goed", "prima", "niet erg", "best"),
                r"\bals ik (?:<W> ){0,5}?(?:verdrink|verongeluk|doodga|dood ga|sterf|niet meer"
                r" wakker word|niet meer wakker zou worden|verpletterd word|aangereden word)\W{1,3}"
                r"(?:dan )?(?:is|vind ik) (?:dat|het) (?:ook |eigenlijk |wel )?(?:goed|prima|niet"
                r" erg|best)\b",
            ),
            # "de dood als een oude kennis die me wenkt".
            (("wenkt", "wenken"), near(r"de dood|doodgaan", r"(?:die )?(?:me|mij) (?:<W> )?wenk\w*", 10)),
            # "ik stel me voor hoe mijn ouders bij mijn kist staan".
            (
                ("kist", "graf", "begrafenis", "uitvaart"),
                r"\b(?:stel|stelde) (?:me|mij) (?:<W> ){0,3}?voor (?:<W> ){0,6}?bij mijn (?:eigen )?"
                r"(?:kist|graf|begrafenis|uitvaart)\b",
            ),
        ],
    ),
    (
        "nl.no_tomorrow",
        "Dutch: no tomorrow wanted, stepping out of the world, over myself",
        [
            # "ik wil niet dat er nog een morgen komt".
            (
                ("morgen", "nieuwe dag"),
                r"\b(?:wil|wou|hoop|wens) (?:<W> )?(?:niet )?dat er (?:nog )?(?:een |geen )?"
                r"(?:morgen|nieuwe dag) (?:meer )?komt\b",
            ),
            # "het seizoen is voorbij en ik wil zelf ook voorbij zijn".
            (("voorbij zijn",), r"\bik (?:wil|wou) (?:<W> ){0,2}?voorbij zijn\b"),
            # "ik wil uit de wereld stappen".
            (("uit de wereld",), r"\buit de wereld (?:stappen|stap|stapte|vertrekken|weg|gaan"
                                  r"|verdwijnen|glippen)\b"),
            # "het heeft geen zin meer." (at the end of the clause; with "om ..." it has an object).
            (("geen zin meer",), r"\b(?:het|t|dit|alles) heeft (?:allemaal |echt |gewoon )?geen zin"
                                 r" meer<END>"),
            # "uitweg? ook geen."
            (("uitweg",), r"\buitweg\W{1,3}(?:ook |al )?geen\b"),
        ],
    ),
    (
        "nl.means_ready",
        "Dutch: a means lying ready, a weapon held, a place known for if it goes wrong",
        [
            # "touw ligt al in de schuur", "slang en tape liggen in de kofferbak".
            (
                ("touw", "strop", "slang"),
                r"\b(?:het |de |een )?(?:touw|strop|slang en (?:de )?tape|slang en tape)"
                r" (?:ligt|liggen|hangt|hangen) (?:al |klaar )?(?:<W> )?(?:in|onder|achter|op)"
                r" (?:de|het|mijn) \w+<END>",
                r"\b(?:tuin|sproeier|water|kraan|lek\w*|aquarium|vijver|was\w*|schommel\w*"
                r"|paard\w*|koe\w*|boot|tent|kamperen|klim\w*)\b",
            ),
            # "mijn oude dienstpistool, lang naar gekeken"; "dienstwapen lang vastgehouden".
            (
                ("gekeken", "vastgehouden", "vastgehad", "tegen mijn", "tegen zijn",
                 "tegen haar"),
                r"\b(?:dienstpistool|dienstwapen|pistool|wapen|geweer|revolver|jachtgeweer)\b"
                r"(?:\W{1,4}+\w{1,30}+){0,6}?\W{1,4}+(?:lang (?:naar )?(?:gekeken|vastgehouden"
                r"|vastgehad)|tegen (?:mijn|zijn|haar) (?:eigen )?(?:hoofd|slaap|kin)\b)",
                r"\b(?:schietbaan|schietvereniging|jacht|film|game|museum|verzamel\w*|tentoonstelling"
                r"|agent\w* (?:hield|richtte)|overvaller|hij richtte|ze richtte)\b",
            ),
            # "als het misgaat weet ik waar de brug is".
            (
                ("weet ik waar", "ik weet waar"),
                near(r"als (?:het|dat|zij|hij|ze) (?:<W> )?(?:mis ?gaat|misloopt|slecht valt|verkeerd valt"
                     r"|fout gaat|niet lukt)",
                     r"(?:weet ik|ik weet) (?:precies )?waar (?:de|het|een) (?:<HEIGHT_NL>|spoor"
                     r"|rivier|dijk|sluis|gemaal) (?:is|ligt|staat)", 6),
            ),
            # "heb een plan en een datum".
            (
                ("plan en", "datum en"),
                r"\b(?:heb|hebben|ik heb|heb ik) (?:<EEN>|het|mijn) (?:plan|datum) en"
                r" (?:<EEN>|de|mijn) (?:datum|plan|plek|tijdstip)\b",
                r"\b(?:bruiloft|feest|verhuizing|vakantie|trouw\w*|verjaardag|etentje|reis|afspraak"
                r"|sollicitatie|examen|tentamen|project|opening|presentatie)\b",
            ),
            # "genoeg insuline in huis om het op een vergissing te laten lijken", "genoeg spul
            # om er in een keer klaar mee te zijn".
            (
                ("genoeg",),
                r"\bgenoeg (?:<PILLS_NL>|spul|pillen|middelen) (?:<W> ){0,4}?om (?:het op een"
                r" (?:vergissing|ongeluk) te laten lijken|er (?:in (?:een|1) keer|voorgoed)"
                r" (?:klaar mee|vanaf|uit) te (?:zijn|stappen)|niet meer wakker te worden)\b",
            ),
            # "zoekgeschiedenis vol met manieren", "zoekt naar manieren om het te doen".
            (
                ("manieren",),
                r"\bzoekgeschiedenis (?:staat )?vol (?:met )?manieren\b|\bzoek\w* (?:<W> ){0,4}?"
                r"naar manieren om het te doen<END>",
            ),
        ],
    ),
    (
        "nl.harm_more",
        "Dutch: hurting oneself so that it hurts more, in one's own body, not by accident",
        [
            # "trap tegen mijn knie zodat hij nog meer pijn doet", "ik wil dat het pijn doet".
            (
                ("pijn doet", "pijn te doen", "pijn deed"),
                r"\b(?:zodat|zo dat|om) (?:het|hij|ze|die) (?:nog )?(?:meer|erger) pijn (?:doet"
                r"|te doen|deed)\b|\bik wil dat het pijn doet<END>",
                r"\b(?:tandarts|fysio\w*|masseur|massage|oefening\w*|spier\w*|tattoo|tatoe\w*"
                r"|sport\w*|hij sloeg|ze sloeg|hij schopte|woorden|zei|zeg|gezegd|zeggen"
                r"|opmerking\w*|bericht\w*|appje)\b",
            ),
            # "met de hooivork in mijn eigen voet gestoken" (not "per ongeluk").
            (
                ("eigen",),
                r"\bin (?:mijn|m'n) eigen " + _BODY + r" (?:<W> )?(?:gestoken|gesneden|geprikt"
                r"|gekerfd|gebrand)\b",
                r"\b(?:per ongeluk|ongeluk\w*|uitgeschoten|uitgegleden|oeps|au)\b",
            ),
            # "sinds ik uit de kast kwam brand ik mezelf" (the verb before "ik" after a
            # clause at the front; nl.self_harm reads "ik brand mezelf").
            (
                ("ik mezelf", "ik mijzelf"),
                r"\b(?:brand|snij|snijd|kras|krab|prik|bijt|verbrand|sla|stomp|beschadig)"
                r" ik (?:mezelf|mijzelf)\b",
                r"\b(?:erdoorheen|in de vingers|voor (?:de|mijn|m'n) kop|voor (?:het|mijn|m'n)"
                r" hoofd|keuken"
                r"|koken|groente|uien|brood|strijkijzer|oven|pan|per ongeluk|scheren|scheer\w*"
                r"|tuin|klus\w*|zon|zonnebrand|buiten de deur|niet meer)\b",
            ),
            # "ik druk sigaretten uit op mijn onderarm".
            (
                ("uit op",),
                r"\b(?:druk|drukte|gedrukt|drukken)\w* (?:<W> ){0,3}?uit op (?:mijn|m'n|zijn|haar)"
                r" (?:eigen )?" + _BODY + r"\b",
            ),
            # "ik bijt in mijn hand ... tandafdrukken", "pulken aan mijn nagelriemen tot het bloedt".
            (
                ("bijt", "beet", "gebeten", "pulk", "krab", "peuter"),
                r"\b(?:bijt|beet|bijten|gebeten|pulk\w*|krab\w*|peuter\w*) (?:in |aan |op )?"
                r"(?:mijn|m'n) (?:eigen )?" + _BODY + r"\b(?:\W{1,4}+\w{1,30}+){0,6}?\W{1,4}+"
                r"(?:tandafdrukken|tot (?:het|ze|hij) (?:bloed\w*|kapot)|bloedt|bloeden)\b",
            ),
            # "sloeg/trap tegen mijn eigen benen tot ..."
            (
                ("tegen mijn", "op mijn"),
                r"\b(?:sla|sloeg|slaan|geslagen|stomp\w*|trap|trapte|trappen|schop\w*|beuk\w*)"
                r" (?:<W> )?(?:tegen|op) (?:mijn|m'n) (?:eigen |kapotte |zere )?(?:buik|benen|been"
                r"|dijen|knie|hoofd|armen|gezicht|borst)\b(?:\W{1,4}+\w{1,30}+){0,4}?\W{1,4}+(?:tot"
                r"|zodat|keer op keer|hard|expres)\b",
                r"\b(?:per ongeluk|gestoten|kast|deur|tafel|balk|plafond)\b",
            ),
        ],
    ),
    (
        "nl.others_intent",
        "Dutch: someone close who means to go along, to jump, who has a plan or seeks ways",
        [
            # "als hij doodgaat, ga ik mee".
            (
                ("ga ik mee", "ga ik ook", "ik ga mee"),
                near(r"als (?:<W> ){1,2}?(?:doodgaat|dood gaat|sterft|overlijdt"
                     r"|er niet meer is)",
                     r"(?:ga ik mee|ga ik ook|ik ga mee)\b", 4),
                r"\bmee (?:<W> ){0,3}?naar (?!de hemel|de overkant|de andere kant|het graf"
                r"|boven)|\b(?:begrafenis|uitvaart|crematie|begraven|as uitstrooien)\b",
            ),
            # "dat hij gaat springen", "ze wil springen" (a person who said it).
            (
                ("springen",),
                r"\b(?:gezegd|zei|zegt|zeggen|verteld|dreigt|dreigde) (?:<W> ){0,3}?dat (?:hij|zij"
                r"|ze) (?:gaat|ging|wil|wilde|zou) springen\b",
                r"\b(?:parachute\w*|bungee\w*|zwembad|water|duik\w*|trampoline|hoogspring\w*"
                r"|verspring\w*|paard\w*|schans\w*)\b",
            ),
            # "zei tegen me dat hij een plan heeft".
            (
                ("een plan",),
                r"\b(?:zei|zegt|gezegd|verteld) (?:tegen (?:mij|me) )?dat (?:hij|zij|ze) (?:<W> )?"
                r"een plan (?:heeft|had)<END>",
                r"\b(?:manager|baas|leidinggevende|collega\w*|juf|meester|docent|mentor|coach|trainer"
                r"|architect|aannemer|makelaar|adviseur|bank|gemeente|school|team|directeur)\b",
            ),
            # "geeft zijn gereedschap weg en zegt dat hij het niet meer nodig heeft".
            (
                ("niet meer nodig",),
                near(r"geeft|gaf|weg ?gegeven|weggeeft|weg te geven|verkoopt|verkocht",
                     r"(?:hij|zij|ze) (?:het|ze|die) niet meer nodig (?:heeft|had|zal hebben)", 10),
                r"\b(?:verhuis\w*|kleiner wonen|verpleeghuis|opruim\w*|ontspul\w*|pensioen"
                r"|gestopt met|stopt met|te klein|te oud|versleten|nieuwe)\b",
            ),
            # "morfine mee naar huis voor als het niet meer gaat".
            (
                ("niet meer gaat",),
                near(r"<PILLS_NL>|spul|insuline|morfine", r"voor als het (?:echt )?niet meer gaat", 8),
                r"\b(?:pijn|pijnbestrijding|palliatie\w*|hospice|terminaal|kanker|arts schreef"
                r"|dokter schreef|voorgeschreven)\b",
            ),
            # "mijn partner vertelde dat hij zijn dienstwapen tegen zijn hoofd heeft gehouden"
            # is nl.means_ready; "zoekt naar manieren om het te doen" too.
        ],
    ),
    (
        "nl.affairs",
        "Dutch: a last embrace, affairs handed over, passwords and pets for after",
        [
            # "mijn collega's een laatste keer omhelsd".
            (
                ("laatste keer",),
                r"\b(?:een|de|voor de) laatste keer (?:<W> )?(?:omhelsd|geknuffeld|vastgehouden"
                r"|gezoend|gekust|hun stem gehoord|gebeld)\b",
                r"\b(?:emigr\w*|verhuis\w*|vakantie|pensioen|afscheidsfeest|laatste werkdag"
                r"|stage|uitwisseling|overleden|sterfbed|hospice|ziekenhuis|begrafenis)\b",
            ),
            # "wachtwoorden genoteerd, rekeningen overgezet, de kat ondergebracht".
            (
                ("wachtwoorden", "testament", "rekeningen"),
                near(r"wachtwoorden (?:genoteerd|opgeschreven|gedeeld|overgedragen)|testament"
                     r"|rekeningen overgezet",
                     r"(?:kat|hond|poes|huisdieren?|konijn) (?:ondergebracht|herplaatst|weggegeven"
                     r"|verzorgd)|wachtwoorden (?:genoteerd|opgeschreven|gedeeld|overgedragen)"
                     r"|er rest (?:weinig|niets|niks)", 12),
                r"\b(?:operatie|vakantie|reis|verhuizing|ziekenhuis|notaris zei|iedereen zou"
                r"|workshop|cursus)\b",
            ),
            # "alles op papier gezet voor as ik d'r nie mer ben" (Brabants "as").
            (("as ik",), r"\bvoor as ik er (?:niet|nie) (?:meer|mer) (?:ben|zijn)\b"),
        ],
    ),
    (
        "nl.until_gone",
        "Dutch: it stops only when one of us is gone; a burden in money",
        [
            # "dit stopt pas als een van ons er niet meer is".
            (
                ("pas als", "pas wanneer"),
                r"\b(?:stopt|ophoudt|houdt|voorbij is|over is|eindigt) (?:<W> )?pas (?:als|wanneer)"
                r" (?:ik|een van ons|een van beiden|een van ons tweeen) er niet meer (?:ben|is)\b",
            ),
            # "ik kost haar alleen maar geld", "ze had een rustiger leven gehad als ik daar was
            # gebleven".
            (
                ("kost",),
                r"\b(?:ik kost|kost ik) (?:<W> ){0,2}?(?:alleen maar|alleen|enkel|niks dan|niets dan|vooral)"
                r" (?:<W> )?(?:geld|moeite|tijd|zorgen|energie|slaap)\b",
            ),
            (
                ("gebleven", "gestorven", "omgekomen", "geboren", "er niet"),
                r"\b(?:rustiger|beter|makkelijker|fijner|gelukkiger|mooier) (?:<W> )?(?:leven )?"
                r"(?:gehad|geweest) als ik (?:<W> ){0,3}?(?:was gebleven|was gestorven|was omgekomen"
                r"|nooit (?:was )?geboren|er niet (?:meer )?was)\b",
            ),
            # "zouden het veel makkelijker hebben as ik er niet meer was" (Brabants "as").
            (
                ("er niet meer",),
                r"\b(?:makkelijker|beter|rustiger|fijner|gelukkiger|beter af) (?:<W> )?(?:hebben|zijn"
                r"|af zijn) (?:als|as) ik er niet meer (?:was|ben|zou zijn)\b",
            ),
            # "ich bin toch mer ein last" (Limburgs "bin", kept apart from the English bin).
            (("last",), r"\bik bin (?:<W> ){0,2}?(?:een|ein) last\b"),
        ],
    ),
]
