"""Dutch crisis rules, issue 11: burden, no way out, thoughts of death.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.nl.vocabulary import EVERYDAY_TRAP_NL, WAY_OUT_TRAP_NL
from safety.crisis_rules.words import near

RULES = [
    (
        "nl.burden",
        "Dutch: being a burden to others, in any word order",
        [
            (
                ("last", "blok", "molensteen", "belasting", "burden", "ballast", "zorgenkind",
                 "sta-in", "zorg"),
                near("<SELF_BE_NL>", "<BURDEN_NL>", 6),
                # "Het voelde als een last die van me afviel" has no "ik ben".
                r"\blast (?:<W> ){0,2}?van (?:mijn|m'n|onze|de) schouders\b|\blast (?:die )?"
                r"(?:<W> ){0,2}?(?:afviel|viel)\b",
            ),
            # "iemand tot last zijn met mijn verhuizing" is an everyday courtesy.
            (
                ("tot last",),
                r"\btot last\b(?! (?:<W> ){0,2}?met\b)",
            ),
            (
                ("last van", "last aan", "door mij"),
                r"\b(?:last|ellende|narigheid) (?:van|aan) (?:mij|mezelf|mijzelf)\b|\bhet (?:zo )?"
                r"(?:zwaar|moeilijk|slecht|rot) (?:<W> )?door mij\b|\blast van me\b"
                r"(?= ?(?:[.,!?;:)]|$)| (?:hebben|heeft|hadden|had|te|en|als|omdat|want|door"
                r"|maar|gehad|hebt|af)\b)",
            ),
            (
                ("zonder", "als ik", "without"),
                near("<BETTER_NL>", "<WITHOUT_ME_NL>", 8),
                r"\b(?:vakantie|weekend|feest\w*|vrij|ziek|werk|kantoor|vergadering|uitje|reis|work"
                r"|holiday|zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|saturday"
                r"|sunday|monday|tuesday|wednesday|thursday|friday)\b",
            ),
            (
                ("naar beneden", "de diepte", "in mijn", "in de"),
                r"\b(?:sleur|sleurde|sleep|sleepte|trek|trok|haal|haalde) (?:iedereen|ze|hen|jullie"
                r"|anderen|mijn \w+|mijn hele \w+)? ?(?:<W> ){0,3}?(?:mee )?(?:naar beneden|de diepte in"
                r"|in (?:mijn|de) (?:ellende|put|val))\b",
                r"\b(?:gordijn\w*|rolluik\w*|jaloezie\w*|tas|koffer|doos|dozen|trap|fiets)\b",
            ),
            (
                ("zwaarder", "moeilijker", "erger", "slechter", "ongelukkig", "kapot"),
                r"\b(?:maak|maakte|maken) (?:het leven (?:van|voor) )?(?:iedereen|ieders leven"
                r"|anderen|jullie|hen|mijn (?:gezin|familie|kinderen|ouders|vrouw|man|partner"
                r"|vriendin|vriend)) (?:<W> ){0,2}?(?:zwaarder|moeilijker|erger|slechter"
                r"|ongelukkig|kapot)\b",
            ),
            (
                ("verpest", "verziek", "ruineer"),
                r"\b(?:verpest|verpestte|verziek|verziekte|ruineer|ruineerde) (?:alles|het leven"
                r"|het) (?:<W> ){0,2}?(?:voor|van) (?:iedereen|ons allemaal|mijn \w+|anderen)\b",
            ),
            (
                ("zonder",),
                # "ze zijn beter af zonder.": the "me" left unsaid.
                r"\bbeter af zonder\b<END>",
            ),
            (
                ("oorzaak", "reden van", "bron van"),
                r"\b(?:ik ben|ben ik) (?:<W> ){0,2}?(?:de )?(?:oorzaak|reden|bron) van (?:al )?(?:hun"
                r"|jullie|haar|zijn|ieders|alle|de|hun hele) (?:<W> )?(?:ellende|verdriet|problemen"
                r"|pijn|ongeluk|zorgen)\b",
            ),
            (
                ("energie", "kracht"),
                r"\bik (?:<W> )?(?:kost|vreet|zuig) (?:iedereen|ze|hen|jullie|mijn \w+|anderen) "
                r"(?:<W> ){0,2}?(?:energie|kracht)\b",
            ),
            (
                ("ellende", "verdriet", "pijn", "ongeluk"),
                r"\b(?:breng|brengt|bracht|veroorzaak|veroorzaakte) (?:<W> ){0,2}?(?:ellende|verdriet"
                r"|pijn|ongeluk|narigheid) (?:<W> ){0,2}?(?:in|bij|voor) (?:het leven van )?(?:anderen"
                r"|iedereen|mijn (?:<W> )?(?:gezin|familie|kinderen|ouders|vrienden|partner))\b",
            ),
            (
                ("in de weg",),
                r"\b(?:ik sta|sta ik|ik zit|zit ik) (?:<W> ){0,3}?in de weg\b",
                r"\b(?:keuken|gang|deur|trap|fiets|auto|parkeer\w*|kast|foto|zon|licht|tv|bank)\b",
            ),
        ],
    ),
    (
        "nl.no_way_out",
        "Dutch: no way out, no future, nothing left to go on for",
        [
            (
                ("uitweg",),
                # Not "een uitweg" alone: "om me heen kijken naar een uitweg" is alarm.
                r"\b(?:geen|nergens (?:een )?|zonder|niet een|niet 1|enige|laatste|(?:nog )?(?:maar"
                r"|slechts) (?:een|1)) (?:<W> ){0,2}?uitweg(?:en)?\b",
                WAY_OUT_TRAP_NL,
            ),
            (("uitzichtlo",), r"\buitzichtlo(?:os|ze)\b", EVERYDAY_TRAP_NL),
            (
                ("toekomst",),
                r"\b(?:geen|zonder) (?:<W> )?toekomst\b|\b(?:mijn|de) toekomst (?:is|ziet er|lijkt)"
                r" (?:<W> ){0,2}?(?:zwart|hopeloos|uitzichtloos|weg|voorbij|leeg)\b",
                # "geen toekomst in deze relatie": the relationship, not the person.
                r"\btoekomst (?:meer )?(?:in|met|voor|bij|als) (?!(?:mij|me|mezelf|mijzelf)\b)\w",
            ),
            (
                ("hoop", "hopeloos"),
                r"\b(?:geen|zonder) (?:<W> )?hoop\b|\balle hoop (?:<W> ){0,2}?(?:opgegeven|verloren"
                r"|kwijt)\b|\bhopeloos\b",
                r"\bhoop (?:meer )?(?:dat|op) (?!(?:het|ik|alles|er|beterschap|herstel|een beter)"
                r"\b)\w|\bhopeloos (?:verliefd|ouderwets|verdwaald|te laat|achter|romantisch)"
                r"|\b(?:team|club|ploeg|wifi|trein|bus|verkeer|computer|printer|planning)\b",
            ),
            (
                ("nooit",),
                r"\b(?:het|alles|dit|mijn leven|het leven|niets|niks) (?:<W> )?(?:wordt|gaat|zal"
                r"|komt|kan|verandert) (?:<W> ){0,2}?nooit (?:meer )?(?:<W> )?(?:beter|goed|in orde"
                r"|anders|veranderen)\b",
            ),
            (
                ("waarom", "waarvoor"),
                r"\b(?:waarom|waarvoor) (?:zou|moet|zal) ik (?:<W> ){0,2}?(?:nog )?(?:doorgaan"
                r"|door gaan|verder ?gaan|verder leven|doorleven|blijven leven|leven|hier blijven"
                r"|vechten|volhouden)\b(?! met (?!(?:leven|alles)\b))",
            ),
            (
                ("verder", "door", "volhouden"),
                # "ik kan zo niet doorgaan" alone is mostly exhaustion; "niet meer" is more.
                r"\bkan (?:zo |het )?(?:<FILLW>){0,2}niet (?:meer|langer) ?(?:verder|door|doorgaan"
                r"|volhouden)\b(?! met\b)|\bkan (?:<FILLW>){0,2}zo niet (?:meer |langer )?(?:verder )?"
                r"(?:leven|doorleven)\b",
            ),
            (
                ("door te gaan", "verder te gaan", "te leven", "door moet", "verder moet",
                 "door zou", "te blijven"),
                r"\b(?:niets|niks|niemand) (?:meer )?(?:om|voor wie|waarvoor) (?:<W> ){0,2}?"
                r"(?:voor )?(?:door te gaan|verder te gaan|te leven|door moet gaan|te blijven"
                r"|door zou gaan|verder moet)\b",
            ),
            (
                ("waarvoor", "waarom", "voor wie"),
                r"\bweet (?:<W> )?niet (?:meer )?(?:waarvoor|waarom|voor wie) ik (?:nog )?(?:leef"
                r"|doorga|besta|verder ga|hier ben)\b",
            ),
            (
                ("zin",),
                r"\bwat heeft (?:het|het leven|mijn leven|leven|dit leven) (?:<W> )?(?:nog )?"
                r"(?:voor )?zin\b(?! (?:om|als|dat|met) (?!(?:nog )?(?:door te gaan|te leven"
                r"|verder te gaan)\b))",
            ),
            (
                ("reden",),
                r"\bgeen (?:enkele )?reden (?:meer )?(?:om|tot) (?:<W> )?(?:door te gaan"
                r"|verder te gaan|te blijven|nog te blijven)\b",
            ),
            (
                ("geen zin", "nut", "zin"),
                r"\b(?:geen|weinig) (?:<W> )?(?:zin|nut) (?:meer )?(?:om|in|van) (?:<W> )?(?:door te gaan"
                r"|verder te gaan|doorgaan|verder ?gaan|te blijven|nog te leven|te leven|leven)\b"
                r"|\b(?:het )?(?:nut|zin) (?:<W> ){0,2}?(?:niet|niet meer) (?:<W> )?(?:van|om|in) "
                r"(?:<W> )?(?:doorgaan|door te gaan|verder ?gaan|verder te gaan|leven|te leven)\b",
                r"\b(?:doorgaan|door te gaan|verder ?gaan|verder te gaan) met (?!(?:leven|alles)\b)",
            ),
            (
                ("verder", "door", "volhouden", "blijven"),
                r"\bhoe (?:moet|kan|zou) ik (?:<W> )?(?:nog )?(?:verder (?:leven|gaan)|doorgaan"
                r"|door gaan|dit volhouden|blijven leven)\b(?! met\b)",
            ),
            (
                ("verder",),
                r"\bweet (?:het )?(?:<W> )?niet (?:meer )?hoe ik (?:nog )?verder (?:moet|kan|zou"
                r"|moet gaan)\b(?! met\b)",
            ),
            (
                ("nut", "zin"),
                r"\b(?:wat is|wat heeft) (?:<W> ){0,2}?(?:het )?(?:nut|zin) (?:van|om|in) (?:<W> )?"
                r"(?:leven|te leven|doorgaan|door te gaan|verder ?gaan|mijn leven|het leven)\b",
            ),
            (
                ("moeite",),
                r"\bmoeite (?:<W> )?(?:doen )?(?:om|voor) (?:<W> )?(?:te leven|het leven|door te gaan"
                r"|te blijven leven)\b",
            ),
            (
                ("kan het leven", "kan mijn leven", "kan het bestaan", "kan dit leven", "kan leven"),
                r"\bkan (?:het leven|mijn leven|het bestaan|dit leven|leven) (?:<W> )?niet "
                r"(?:meer )?aan\b",
            ),
            (
                ("nut", "zin"),
                r"\bzie (?:er )?(?:nergens|niets|niks|geen) (?:meer )?(?:het )?(?:nut|zin) (?:meer )?"
                r"(?:van )?in\b(?= ?(?:[.!?,]|$))|\bzie (?:er )?(?:het nut|de zin) (?:er )?niet (?:meer )?"
                r"(?:van )?in\b(?= ?(?:[.!?,]|$))",
            ),
            (
                ("voorbij", "over", "afgelopen", "betekenis", "waardeloos", "leeg"),
                r"\b(?:mijn|het) leven is (?:<W> )?(?:voor mij )?(?:voorbij|over|afgelopen)\b"
                r"|\b(?:mijn|dit) leven (?:is|voelt) (?:<W> )?(?:betekenisloos|waardeloos|leeg)\b"
                r"|\b(?:mijn|dit) leven heeft geen (?:betekenis|waarde|doel)\b",
            ),
            (
                ("zinloos",),
                r"\b(?:alles|het allemaal|mijn bestaan|dit bestaan|dit leven|leven|mijn leven"
                r"|het leven) (?:is|voelt|lijkt|was|wordt) (?:<W> ){0,2}?zinloos\b|\bzinloos bestaan\b"
                r"|\b(?:het|dit) (?:is|voelt|lijkt|was|wordt) (?:<W> )?allemaal (?:<W> )?zinloos\b",
            ),
            (
                ("geen einde", "geen eind", "erger"),
                near("(?:het|alles|dit) (?:<W> )?(?:wordt|gaat) (?:alleen maar |steeds |nog )?erger",
                     "(?:er )?komt geen eind(?:e)? aan|geen eind(?:e)? aan|geen einde in zicht", 8),
            ),
            (
                ("door te gaan", "verder te gaan", "te leven", "opbrengen"),
                r"\b(?:niet|geen) (?:meer )?(?:<W> ){0,3}?(?:opbrengen|kracht|energie|moed|fut|puf)"
                r" (?:meer )?(?:<W> )?om (?:nog )?(?:door te gaan|verder te gaan|te leven"
                r"|te blijven leven)\b|\bkan het niet (?:meer )?opbrengen om (?:nog )?(?:door te gaan"
                r"|verder te gaan|te leven)\b",
            ),
            (
                ("opgegeven",),
                r"\b(?:heb|had) (?:het|alles|mezelf|mijzelf|de hoop) (?:<W> )?opgegeven\b"
                r"<END>",
            ),
            (
                ("helpen",),
                r"\b(?:niemand|niets|niks) (?:<W> )?(?:kan|kon) (?:me|mij) (?:<W> )?(?:nog|meer) "
                r"(?:<W> )?helpen\b(?! (?:met|bij|om)\b)|\b(?:niemand|niets|niks) (?:die|dat) (?:me|mij)"
                r" (?:<W> )?(?:nog|meer) (?:<W> )?(?:kan|kon) helpen\b(?! (?:met|bij|om)\b)",
            ),
            (
                ("houdt",),
                r"\b(?:niets|niks|niemand) (?:meer )?(?:dat |die )?(?:<W> )?houdt (?:me|mij) "
                r"(?:<W> )?(?:nog )?(?:hier|tegen|vast|overeind)\b|\b(?:niets|niks|niemand) "
                r"(?:meer )?(?:dat|die) (?:me|mij) (?:<W> )?(?:hier|nog) houdt\b",
            ),
            (("uit te kijken",), r"\b(?:niets|niks) (?:meer )?om naar uit te kijken\b"),
            (
                ("geen weg",),
                r"\bgeen weg (?:meer )?(?:hieruit|eruit|vooruit|naar buiten)\b",
                WAY_OUT_TRAP_NL,
            ),
            (
                ("verdwijnen",),
                r"\bik wil (?:gewoon |echt |alleen maar |liever |het liefst )?(?:verdwijnen|oplossen)"
                r"\b<END>",
            ),
            (("verliezen",), r"\b(?:niets|niks) meer te verliezen\b"),
            (("tunnel",), r"\bgeen licht (?:meer )?(?:aan|in|op) het eind(?:e)? van de tunnel\b"),
            (
                ("uit",),
                near("vast|muurvast|gevangen|opgesloten|put|gat|dal|hel|donker", "(?:kom|raak|geraak)"
                     " (?:er|hier) (?:nooit|niet) (?:meer )?uit|(?:nooit|niet) meer uit ?(?:kom|kom"
                     "|komen|te komen)", 8),
                r"\b(?:werk|studie|baan|project|file|verkeer|maar het komt goed)\b",
            ),
            # "ik kan niet meer" alone is mostly tiredness; "ik kan dit niet meer" ends
            # the sentence and means more.
            (
                ("dit niet meer", "dit echt niet meer"),
                r"\bik kan dit (?:echt |gewoon )?niet meer\b(?= ?(?:[.,!?;]|$))",
            ),
        ],
    ),
    (
        "nl.death_thoughts",
        "Dutch: thinking about death, death as a relief",
        [
            (
                ("dood", "sterv", "begrafenis", "uitvaart", "graf", "overlijden", "er niet meer",
                 "niet meer te", "niet meer leven", "niet meer bestaan"),
                near("<THINK_NL>", "<DEATH_NL>", 5),
                r"<OTHERS_DEATH_NL>",
            ),
            (
                ("dood", "sterv", "er niet meer", "niet meer leven", "niet meer bestaan"),
                near("de dood|doodgaan|dood gaan|dood zijn|sterven|er niet meer zijn"
                     "|niet meer bestaan|niet meer leven", "<RELIEF_NL>", 6),
                r"<OTHERS_DEATH_NL>|\bvoor (?:opa|oma|hem|haar|de patient|mijn vader|mijn moeder"
                r"|papa|mama)\b",
            ),
            (
                ("begrafenis", "uitvaart", "graf", "dood"),
                near("mijn (?:eigen )?(?:begrafenis|uitvaart|graf|dood)", "zie|voor me|fantaseer"
                     "|fantasie|denk|dacht|stel me voor|stel ik me|voorstellen|droom|plan|regel"
                     "|geregeld|bedenk|wie er"
                     "|welke muziek|liedjes", 8),
                r"\b(?:verzekering|uitvaartverzekering|notaris|polis|later als ik oud|testament)\b",
            ),
            # Round 15: hoping for an illness or an accident, not minding dying, death on the mind.
            (
                ("ziekte", "ziek word", "opknap", "herstel"),
                r"\bhoop (?:<W> ){0,3}?(?:dat ik|ik) (?:<W> ){0,2}?(?:een )?(?:ernstige |dodelijke |enge "
                r"|ongeneeslijke )?ziekte krijg\b|\bziek (?:word|wordt|worden|zou worden) en (?:er )?"
                r"(?:<W> )?niet meer (?:van )?(?:opknap|op knap|herstel)\w*",
            ),
            (
                ("dood", "sterf", "stierf", "sterven", "overlijd", "overleed", "wakker"),
                r"\b(?:niet erg|geen probleem|prima|ook goed|best|niks uit|niets uit|geen bal uit"
                r"|niks uitmaken|niets uitmaken|niet uitmaken|niet schelen)"
                r" (?:<W> ){0,3}?als ik (?:<W> ){0,5}?(?:dood ?ga|doodging|dood ging|dood zou gaan"
                r"|sterf|stierf|zou sterven|overlijd|overleed|niet meer wakker)\w*",
            ),
            (
                ("tegen me", "tegen mij", "raakt", "geraakt", "rijdt", "reed", "overrijdt", "schept"),
                near("(?:<VEHICLE_NL>) (?:<W> ){0,4}?(?:tegen (?:me|mij) aan|(?:me|mij) (?:had |zou )?"
                     "(?:raakt|geraakt|raken|aanrijdt|aanreed|schept|schepte|overrijdt|overreed))",
                     "niet erg|ook goed|prima|maakt (?:me|mij) niet uit|niks uit|niets uit|fijn", 6),
            ),
            (
                ("bezig", "gedachten"),
                r"\bmet (?:de dood|doodgaan|dood gaan|sterven|dood willen zijn) bezig\b|\bbezig met "
                r"(?:de dood|doodgaan|dood gaan|sterven)\b(?! van| te verwerken)|\bgedachten (?:<W> ){0,2}?"
                r"(?:naar|over|aan) (?:de dood|dood (?:willen )?zijn|doodgaan|sterven|er niet meer zijn)\b",
                r"<OTHERS_DEATH_NL>",
            ),
            (
                ("dood", "niet meer te"),
                r"\bhoe (?:<W> ){0,3}?(?:dood te zijn|als ik dood (?:ben|was|zou zijn)|er niet meer te "
                r"zijn|niet meer te bestaan)\b",
            ),
            (
                ("wakker",),
                r"\b(?:jammer|teleurgesteld|balen|vervelend|zonde) (?:<W> ){0,3}?dat ik (?:<W> ){0,2}?"
                r"(?:weer )?wakker (?:werd|ben geworden|word|ben)\b|\bwas ik (?:<W> ){0,2}?maar (?:nooit "
                r"|niet )(?:meer )?wakker geworden\b|\bword (?:<W> )?liever (?:niet|nooit) (?:meer )?"
                r"wakker\b|\bbeter (?:niet|nooit) meer wakker (?:kan |zou )?(?:worden|word)\b",
                r"\b(?:te laat|te vroeg|wekker)\b",
            ),
        ],
    ),
]
