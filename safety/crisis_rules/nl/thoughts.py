"""Dutch crisis rules, issue 11: burden, no way out, thoughts of death, disappearing, ending it, not long.

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
    (
        "nl.disappear",
        "Dutch: disappearing for good, sleeping for ever, wanting it all to be over",
        [
            (
                ("verdw", "oplos"),
                near("verdwijnen|verdwijn|verdwijnt|verdween|oplossen", "<FOREVER>|zonder (?:een )?spoor",
                     5),
                r"\b(?:verhuiz\w*|emigr\w*|buitenland|vakantie|baan|werk|kantoor)\b"
                r"|\buit (?:zijn|haar|hun|jouw|je|ons) leven\b|\b(?:de|het|die|dat|deze|dit) \w+ "
                r"(?:moet|zou|zal|mag|kan) (?:<W> )?(?:verdwijnen|oplossen)\b",
            ),
            (
                ("weg",),
                near("<WANT_NL>", "(?:voorgoed|voor altijd|voor eeuwig) weg|weg,? (?:voorgoed"
                     "|voor altijd)", 5),
                # "voorgoed weg uit deze stad": moving, not dying.
                r"\b(?:uit|naar) (?!(?:deze wereld|het leven|dit leven)\b)(?:deze|die|de|het|dit"
                r"|mijn|hier|huis)\b|\b(?:stad|land|huis|baan|relatie|werk|dorp|buurt|nederland"
                r"|verhuiz\w*|emigr\w*)\b",
            ),
            (
                ("weg",),
                near("(?:ik ben|ben ik) (?:<W> )?weg", "voorgoed|voor altijd|voor eeuwig", 4),
                r"\b(?:uit|naar) (?!(?:deze wereld|het leven|dit leven)\b)(?:deze|die|de|het|dit"
                r"|mijn|hier|huis)\b|\b(?:stad|land|huis|baan|relatie|werk|dorp|buurt|nederland"
                r"|verhuiz\w*|emigr\w*)\b",
            ),
            (
                ("zonder",),
                r"\b(?:wereld|iedereen|ze|zij|jullie|het leven) (?:<W> ){0,2}?zonder (?:mij|me) "
                r"(?:<W> )?(?:verder ?gaat|verder gaan|doorgaat|door gaat|verder kan|verder kunnen)\b",
            ),
            (
                ("wakker",),
                r"\bwas ik (?:<FILLW>){0,2}(?:maar )?(?:nooit|niet) (?:meer )?wakker geworden\b"
                r"|\b(?:had|wou) (?:ik|dat ik) (?:<FILLW>){0,2}(?:maar )?(?:nooit|niet) (?:meer )?"
                r"wakker (?:was )?geworden\b",
            ),
            (
                ("niets",),
                r"\b(?:verlang|verlangde|sehn|hunker) (?:<W> )?naar het niets\b",
            ),
            (
                ("bestaan",),
                near("niet (?:meer )?(?:te )?bestaan", "<FOREVER>", 4),
            ),
            (
                ("merkt", "merken", "notice"),
                near("verdwijnen|verdwijn|verdween", "niemand (?:het )?(?:zou )?(?:merkt|merken)"
                     "|niemand (?:het )?(?:zou )?(?:missen|mist)", 8),
            ),
            (
                ("laat",),
                r"\blaat (?:me|mij) (?:<FILLW>){0,2}(?:verdwijnen|gaan|doodgaan|sterven|slapen)\b<END>",
            ),
            (
                ("niets", "rook", "lucht"),
                r"\b(?:wil|wou|wilde|zou|kon ik maar|kan ik maar|wens|hoop) (?:<W> ){0,3}?"
                r"(?:oplossen|opgaan|verdwijnen|vervagen|wegvagen) in (?:het niets|rook|lucht)\b",
            ),
            (
                ("slap", "slaap", "rusten"),
                r"\b(?:voor altijd|voorgoed|voor eeuwig|eeuwig|permanent) (?:<W> )?(?:gaan )?"
                r"(?:slapen|in slaap vallen|rusten)\b|\b(?:slapen|in slaap vallen|inslapen) "
                r"(?:<W> ){0,2}?(?:voor altijd|voorgoed|voor eeuwig|eeuwig)\b|\beeuwige slaap\b",
                r"\b(?:hond|kat|dier|konijn|laten inslapen)\b",
            ),
            (
                ("wakker", "staan", "waken"),
                r"\b(?:slapen|in slaap vallen|inslapen) (?:en|zonder) (?:<W> ){0,2}?(?:nooit|niet"
                r"|ooit|nog|weer)? ?(?:meer )?(?:wakker|op ?(?:te )?staan|opstaan|op ?(?:te )?waken"
                r"|te ontwaken)",
            ),
            (
                ("ophoud", "op houdt", "stop", "voorbij", "over", "afgelopen", "eindigt",
                 "ophield", "klaar is", "gedaan is"),
                r"\b(?:wil|wou|wilde|hoop|hoopte|wens|wenste|zou willen|laat|mag|kan|moet)"
                r" (?:<W> ){0,2}?(?:dat )?(?:het allemaal|alles|dit allemaal|het leven|dit leven"
                r"|mijn leven|de pijn|het) (?:(?:gewoon|maar|allemaal|eindelijk|nu|echt|voorgoed"
                r"|snel|gauw|wel|een keer|nou|alsjeblieft|alstublieft|aub|please|toch) ){0,3}"
                r"(?:ophoudt|ophouden|op houdt|stopt|stoppen"
                r"|voorbij (?:is|zijn|was|gaat)|over (?:is|zijn|was)|afgelopen (?:is|was)|eindigt"
                r"|ophield|stopte|klaar is|gedaan is)\b",
                r"\b(?:stopt|stoppen|ophoudt|ophouden|ophield|stopte) met\b|\b(?:regen\w*"
                r"|lawaai|geluid|huilen|relatie|ruzie\w*)\b|\btussen ons\b|\bmet (?:hem|haar|jou)\b",
            ),
            (
                ("moet",),
                r"\b(?:het|alles|het allemaal|dit) (?:(?:gewoon|maar|allemaal|nu|echt) ){0,2}"
                r"moet (?:(?:gewoon|maar|allemaal|nu|echt|eindelijk|voorgoed) ){0,3}(?:ophouden"
                r"|stoppen|voorbij zijn|over zijn|afgelopen zijn)\b(?! met\b)",
            ),
            (
                ("niet meer te",),
                r"\bom (?:er )?(?:<W> )?niet meer te (?:zijn|bestaan|leven)\b(?! voor\b)",
            ),
            (
                ("ophoud", "stop met", "stoppen met", "stoppen te", "stop te"),
                near("<WANT_NL>", "(?:ophouden|stoppen|stop|ophoud) (?:met|te) (?:bestaan|leven"
                     "|ademen)", 4),
            ),
            # Round 15: "was het maar allemaal voorbij", "laat het stoppen", "weg en nooit
            # meer gevonden worden", a third person who no longer wants to be there.
            (
                ("maar", "allemaal", "laat het", "laat alles", "liefst"),
                r"\b(?:was|mocht|zou|kon) (?:het|alles) (?:<W> ){0,2}?maar (?:<W> ){0,2}?(?:voorbij"
                r"|ophouden|stoppen|over)(?: zijn)?\b|\bhet mag (?:<W> ){0,3}?allemaal (?:stoppen"
                r"|ophouden|voorbij zijn)\b|\blaat (?:het|alles) (?:<W> )?(?:alsjeblieft |alstublieft "
                r"|gewoon |nu )?(?:stoppen|ophouden|voorbij zijn)\b|\b(?:het liefst|liefst) (?:<W> ){0,2}?"
                r"(?:was|is) (?:het|alles) (?:<W> )?(?:voorbij|over)\b",
            ),
            (
                ("stop", "ophoud", "voorbij"),
                near("(?:alles|het allemaal) (?:zou |zal )?(?:stoppen|stopt|ophouden|ophoudt"
                     "|voorbij (?:is|zijn|was))", "<FOREVER>", 4),
            ),
            (
                ("gevonden", "zoek", "vindt", "vinden"),
                near("(?:wil|wou|wilde) (?:<W> ){0,2}?(?:weg|verdwijnen|weglopen)",
                     "nooit (?:meer )?gevonden|niemand (?:<W> ){0,2}?(?:zoekt|zoeken|vindt|vinden)", 6),
            ),
            (
                ("er niet meer",),
                r"\b(?:hij|zij|ze) (?:<W> ){0,2}?er niet meer (?:wil|wilde|wou) zijn\b(?! voor)"
                r"|\b(?:wil|wilde|wou) (?:hij|zij|ze) er niet meer zijn\b(?! voor)",
            ),
        ],
    ),
    (
        "nl.ending_it",
        "Dutch: ending it (stopping with everything, a full stop behind it all)",
        [
            (
                ("ermee", "er mee"),
                near("(?:er ?mee|ermee) (?:stoppen|stop|ophouden|kappen|kap)|stop ik er ?mee"
                     "|kap ik er ?mee", "alles|het leven|leven|voorgoed|definitief|voor altijd", 5),
                r"\bmet (?!(?:alles|het leven|leven|mijn leven)\b)(?:de|die|dat|het|mijn|deze"
                r"|roken|drinken|blowen|gamen)\b",
            ),
            (
                ("klaar mee",),
                near("er klaar mee|klaar mee", "voorgoed|definitief|voor altijd|met alles", 4),
            ),
            (
                ("punt", "streep"),
                near("(?:een )?punt (?:achter|na)|punt erachter|streep (?:onder|door)|streep eronder",
                     "voorgoed|achter alles|onder alles|mijn leven"
                     "|het leven|definitief|voor altijd", 5),
            ),
            (
                ("punt achter",),
                r"\ber (?:<W> )?een punt achter (?:te )?(?:zetten|zet|zette|gezet)\b<END>",
                r"\b(?:we|wij|samen|relatie|vriendschap|baan|werk|studie|ruzie|discussie|contract)\b",
            ),
            (
                ("beeindig",),
                r"\b(?:ga|wil|zal|moet|kan) (?:het|alles) (?:(?:gewoon|maar|nu|vanavond|morgen"
                r"|echt|zelf) ){0,3}beeindigen\b(?! (?:met|van)\b)",
            ),
            # Round 15: "ik kap ermee, met alles", "een punt achter ..., achter mijn leven".
            (
                ("ermee", "er mee"),
                near("(?:kap|stop|kapte|stopte|ga stoppen|ga kappen) (?:er ?mee)", "met alles|<FOREVER>", 4),
            ),
            (
                ("punt",),
                r"\bpunt (?:<W> ){0,4}?achter (?:<W> ){0,4}?(?:mijn|haar|zijn|m'n|z'n|hun) (?:eigen )?"
                r"leven\b",
            ),
        ],
    ),
    (
        "nl.not_long",
        "Dutch: not being a problem or a burden much longer",
        [
            (
                ("mij\\b", "me\\b", "mezelf", "niemand", "er niet", "probleem", "last", "lastig",
                 "ik weg"),
                near("<SOON_NL>|daarna|dan", "<RID_NL>", 8),
                r"\ber niet meer (?:<W> )?voor\b|\bom (?:\d|half \w+|(?:een|twee|drie|vier|vijf|zes"
                r"|zeven|acht|negen|tien|elf|twaalf) uur)|\b(?:vertrek\w*|moet (?:weg|gaan|naar)"
                r"|ga (?:weg|naar)|vakantie|verhuiz\w*|nieuwe baan|weekje|weekend|logeren)\b"
                r"|\bga (?:<W> ){0,3}?naar\b",
            ),
            (
                ("niet meer",),
                r"\b(?:ik ben|ben ik) er (?:<W> )?(?:binnenkort|straks|snel|bijna|gauw|morgen"
                r"|volgende week|over een week|niet lang) (?:<W> )?niet meer\b(?! voor\b)",
            ),
            (
                ("kwijt",),
                r"\b(?:zijn|ben|bent|is) (?:<W> )?(?:mij|me) (?:<W> )?(?:binnenkort|straks|snel|gauw"
                r"|bijna|voorgoed|morgen) kwijt\b",
            ),
            (
                ("probleem", "last", "zorg"),
                r"\bik (?:<W> ){0,2}?(?:niet lang meer|niet meer lang|binnenkort|straks) (?:<W> )?"
                r"(?:een |jullie |jouw |je |iemands )?(?:probleem|last|tot last|zorg)\b",
            ),
            # Round 15: "nog even en dan hebben ze rust van mij", "binnenkort maakt het
            # allemaal niet meer uit", "lang zullen ze niet meer met mij zitten".
            (
                ("mij", "me\\b", "meer uit", "meer toe"),
                near("<SOON_NL>|nog (?:een )?(?:weekje|paar dagen|paar weken)|over een (?:poosje|tijdje)"
                     "|lang (?:zullen|zal|hoeven|hoeft) (?:<W> )?niet meer",
                     "rust van (?:mij|me)|(?:van|met) (?:mij|me|mijn \\w+) (?:af|belast|opgescheept)"
                     "|met (?:mij|me) (?:te )?(?:zitten|dealen)|(?:druk|zorgen) (?:te )?maken (?:om|over)"
                     " (?:mij|me)|niemand (?:meer )?(?:met|voor) (?:mij|me)"
                     "|maakt het (?:<W> ){0,2}?(?:niet|niks|niets) meer uit<END>"
                     "|doet het er (?:<W> ){0,2}?niet meer toe<END>", 8),
                r"\b(?:verbouwing|vakantie|verhuizing|examen\w*|deadline|bus|trein|kinderen|uur"
                r"|weekend|logeren|moet weg|ga (?:<W> ){0,3}?naar)\b",
            ),
            (
                ("lang meer",),
                r"\bik (?:blijf|ben er) (?:hier )?niet (?:zo )?lang meer\b(?! (?:op|bij|in|aan|voor|weg)\b)",
                r"\b(?:werk|feest|vakantie|uur|kantoor|logeren|bezoek)\b",
            ),
            (
                ("laatste keer",),
                r"\bde laatste keer dat (?:je|jij|jullie|iemand|ze|zij|hij|u) (?:<W> ){0,4}?"
                r"(?:om|voor|over|met|op|aan) (?:mij|me)\b",
            ),
            (
                ("opgelost",),
                near("(?:mijn problemen|gedoe met (?:mij|me)|alles) (?:<W> ){0,3}?opgelost", "<FOREVER>", 4),
            ),
        ],
    ),
]
