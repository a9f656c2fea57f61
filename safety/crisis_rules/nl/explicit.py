"""Dutch crisis rules, the first table: words for suicide, wanting to die, killing oneself, means.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.words import (
    A_AT_ONCE_NL,
    A_JUMP_NL,
    A_PILLS_NL,
    A_STEM,
    A_VEHICLE_NL,
    A_ZELFMOORD,
)

# What was ended, named after a comma or in the next clause: "we maken er een eind aan, de
# relatie werkte niet", "..., aan ons huwelijk bedoel ik". Not "aan mijn leven", "aan alles".
_ENDED_SOMETHING = (
    r"\b(?:relatie|huwelijk|verkering|vriendschap|ruzie|ruzies|discussie|samenwerking|bedrijf"
    r"|baan|contract|abonnement|lidmaatschap|sportschool|project|subsidieproject|hypotheek"
    r"|vergadering|ontslag|redden)\b|\baan (?:dat|die|ons|onze|deze|dit|het|de) "
    r"(?!(?:leven|ellende|pijn|lijden|bestaan|alles)\b)\w"
)

RULES = [
    (
        "nl.suicide_word",
        "Dutch words for suicide and thoughts of death",
        [
            # "zelfmoord" also inside compounds (tienerzelfmoord); the fuzzy
            # spellings only at the start of a word.
            (A_ZELFMOORD, r"zelfmoord|\b<ZELFMOORD>"),
            (("doding",), r"zelf[\s\-_]{0,3}doding"),
            # Dutch forms of suïcide; the bare word is en.suicide_word.
            (A_STEM, r"<STEM>(?:aal|ale|aliteit|e[a-z]{3,30})"),
            (("doods",), r"\bdoods(?:wens|gedachte|verlangen)"),
            (("levensmoe",), r"\blevensmoe"),
        ],
    ),
    (
        "nl.want_dead",
        "Dutch: wanting to die or to be dead, not wanting to live",
        [
            (
                ("dood", "sterv"),
                r"\b(?:wil|wilde|wou|wilt|willen|wilden|zou willen) <FILLW>{0,3}"
                r"(?:dood zijn|dood gaan|doodgaan|dood|sterven)\b",
            ),
            (
                ("dood", "geboren"),
                r"\b(?:was|ware) ik <FILLW>{0,2}(?:maar|toch) (?:dood|nooit geboren)\b",
            ),
            (
                ("dat ik",),
                r"\b(?:wou|wilde|wenste|zou willen|hoop|hoopte|wens) dat ik <FILLW>{0,2}"
                r"(?:dood (?:was|ben|ging|ga|zou zijn|zou gaan)|doodging|doodga"
                r"|nooit geboren (?:was|ben)|niet (?:meer )?(?:bestond|besta|leefde|leef)"
                r"|er niet (?:meer )?(?:was|ben|zou zijn))\b",
            ),
            (("bestaan", "geleefd"), r"\bhad ik <FILLW>{0,2}maar nooit (?:bestaan|geleefd)\b"),
            (("dood",), r"\b(?:liever|beter|beter af) dood\b"),
            (
                ("niet (?:meer|langer) (?:verder )?(?:leven|bestaan)",),
                r"\b(?:wil|wilde|wou|wilt|willen|wilden) <FILLW>{0,3}niet (?:meer|langer) "
                r"(?:verder )?(?:leven|bestaan)\b",
            ),
            (
                ("niet (?:meer|langer) wil",),
                r"\bniet (?:meer|langer) (?:willen|wil) (?:leven|bestaan)\b",
            ),
            (
                ("niet (?:meer|langer) (?:zijn|bestaan)",),
                r"\b(?:wil|wilde|wou|wilt|willen|wilden) (?:ik )?(?:er|hier) <FILLW>{0,3}"
                r"niet (?:meer|langer) (?:zijn|bestaan)\b(?! voor\b)",
            ),
            (("euthanasie",), r"\bik wil <FILLW>{0,2}euthanasie\b"),
            # A past attempt, a near miss, a fear of acting: "the card" is for this too.
            (
                ("poging",),
                r"\b(?:een|mijn|vorige|eerdere|tweede|derde|laatste) poging\b(?= ?(?:[.,;!?]|$)"
                r"| (?:gedaan|overleefd|ondernomen)\b(?! om\b))",
            ),
            (
                ("op het punt", "op het randje"),
                r"\bop het (?:punt|randje) (?:<W> )?(?:om )?(?:te springen|mezelf|het te doen"
                r"|er een eind(?:e)? aan te maken|dood te gaan|te sterven)",
            ),
            (
                ("bijna",),
                r"\bbijna (?:<W> )?(?:gesprongen|gedaan|ervoor gesprongen|eraf gesprongen)\b"
                r"(?! (?:van|om|met|voor (?:de|het) (?!trein))\b)|\bbijna (?:<W> ){0,2}?(?:een )?"
                r"overdosis (?:genomen|geslikt|gehad)\b",
            ),
            (
                ("proberen", "geprobeerd", "probeerde", "willen", "wilde", "gaan"),
                r"\b(?:me|mij|mezelf|mijzelf) (?:<W> ){0,3}?(?:proberen|geprobeerd|probeerde|willen"
                r"|wilde|gaan) (?:te )?(?:op te hangen|ophangen|van kant te maken|te doden|dood te"
                r" maken|iets aan te doen|te vergiftigen|te verdrinken)\b",
            ),
            (
                ("erg vinden",),
                r"\b(?:zou|zal|vind) (?:het )?(?:<W> )?niet erg (?:vinden )?(?:om )?(?:dood te gaan"
                r"|te sterven|niet meer wakker te worden|als ik (?:dood|doodga|niet meer wakker))",
            ),
            (
                ("doen",),
                r"\b(?:bang|angst|schrik) (?:<W> ){0,2}?dat ik (?:<W> ){0,3}?het (?:<W> ){0,2}?(?:ga"
                r"|zal|echt ga|toch ga) doen\b",
            ),
            (("niet meer",), r"\bik wil (?:<FILLW>){0,2}niet meer\b<END>"),
            (("stoppen",), r"\bik wil (?:<FILLW>){0,2}(?:stoppen|ermee stoppen)\b<END>(?! ?, ?met\b)"),
            # A passive wish to die: hoping for an accident or an illness.
            (
                ("dat ik",),
                r"\b(?:hoop|hoopte|wens|wenste|zou willen|wou) (?:<W> ){0,2}?dat ik (?:<W> ){0,3}?"
                r"(?:een (?:<W> )?ongeluk (?:krijg|kreeg|zou krijgen)|verongeluk|(?:word|werd) "
                r"(?:aangereden|overreden|doodgereden)|een (?:dodelijke |ongeneeslijke )?ziekte krijg"
                r"|doodga|omkom)\b",
            ),
            # Round 20: the verb last ("dat ik alleen nog maar dood wil", "dood, dood, dood
            # wil ik zijn", "doodgaan wil"), wishing or longing to die, no longer alive,
            # life no longer needed ("het leven hoeft voor mij niet meer", not "zo'n druk
            # leven hoeft voor mij niet meer").
            (
                ("dood", "sterv"),
                r"\b(?:ik|ie|hij|ze|zij) (?:<W> ){0,4}?(?:dood zijn|dood gaan|doodgaan|dood"
                r"|sterven) (?:wil|wilde|wou|zou willen)\b(?! lachen\b)",
            ),
            (
                ("dood", "sterv"),
                r"\b(?:dood|doodgaan|sterven)(?: zijn)?,? (?:dat )?(?:wil|wou|wilde|wens) ik\b",
            ),
            (
                ("sterv", "dood"),
                r"\b(?:wens|wenste|verlang|verlangde|verlangen|zin|behoefte) (?:<W> )?(?:om |ernaar"
                r" )?(?:te sterven|dood te gaan|dood te zijn)\b",
            ),
            (
                ("in leven",),
                r"\b(?:wil|wilde|wou|wilt) <FILLW>{0,3}niet (?:meer|langer) in leven (?:zijn"
                r"|blijven)\b",
            ),
            (
                ("hoeft",),
                r"(?:^|(?<=[.,!?] )|(?<=\bhet )|(?<=\bmijn ))(?:verder )?leven hoeft (?:voor mij"
                r" )?(?:<FILLW>){0,2}niet(?: meer)?\b",
            ),
        ],
    ),
    (
        "nl.not_wake",
        "Dutch: not wanting to wake up again",
        [
            # First person only: "ik hoop dat de baby niet meer wakker wordt"
            # is a tired parent.
            (
                ("wakker",),
                r"\b(?:niet|nooit) meer wakker (?:te )?(?:worden|word|zou worden|hoeven|hoef)\b",
            ),
            (("wakker",), r"\bdat ik <FILLW>{0,3}(?:niet|nooit) meer wakker\b"),
            (
                ("wakker",),
                r"\b(?:wil|wilde|wou|hoop|hoopte|wens|wenste) (?:(?:gaan )?slapen en )?"
                r"<FILLW>{0,3}(?:niet|nooit) meer wakker\b",
            ),
        ],
    ),
    (
        "nl.end_life",
        "Dutch: ending one's life",
        [
            (
                ("eind",),
                # "… er een eind aan wil maken": a modal verb may stand before "maken".
                # Not "… met Joris": ending a relationship is everyday content here.
                r"\ber (?:(?!met\b)<W> ){0,3}?<EEN> eind(?:e)? aan "
                r"(?:(?:wil|wilt|wilde|wou|willen|ga|gaat|gaan|ging|zou|zal|zullen|kan|kon|kunnen|moet"
                r"|wilden) ){0,2}(?:te )?"
                r"(?:maken|make|maak|maakt|maakte|maakten|gemaakt)\b(?!<WITH_SOMEONE_NL>)",
                _ENDED_SOMETHING,
            ),
            (
                ("eind",),
                r"\b(?:maak|maakt|maakte|maakten|maken) (?:ik |je |hij |ze |zij |we )?er "
                r"(?:(?!met\b)<W> ){0,3}?<EEN> eind(?:e)? aan\b(?!<WITH_SOMEONE_NL>)",
                _ENDED_SOMETHING,
            ),
            (("eind",), r"\been eind(?:e)? eraan (?:te )?(?:maken|maak|maakt|gemaakt)\b", _ENDED_SOMETHING),
            (
                ("eind",),
                r"\been eind(?:e)? (?:te )?(?:maken |maakte |maakt |maak |gemaakt )?aan <MY> "
                r"(?:eigen )?leven\b",
            ),
            (
                ("leven (?:te )?(?:beeindig|nemen)",),
                r"\b<MY> (?:eigen )?leven (?:te )?(?:beeindigen|beeindig|beeindigt|beeindigd"
                r"|beeindigde|nemen)\b",
            ),
            (
                ("uit het leven", "uit dit leven"),
                r"\buit (?:het|dit) leven (?:te )?(?:stappen|stap|stapt|stapte|stapten|gestapt)\b",
            ),
            (
                ("uit het leven", "uit dit leven"),
                r"\b(?:stap|stapt|stapte|stapten) <FILLW>{0,2}uit (?:het|dit) leven\b",
            ),
            (
                ("het leven",),
                r"\b(?:zich|me|mij|<SELF>) <FILLW>{0,2}(?:van )?het leven (?:te )?"
                r"(?:benemen|beneemt|beneem|benam|benomen|ontnemen|ontneemt|ontnam"
                r"|beroofd|beroven|berooft|beroof|beroofde|beroofden|ontneem)\b",
            ),
            (
                ("het leven",),
                r"\b(?:beroof|berooft|beroofde|beroofden|beneem|beneemt|benam|benamen) "
                r"(?:zich|me|mij|<SELF>) <FILLW>{0,2}(?:van )?het leven\b",
            ),
            (("levenseinde",), r"\bzelf ?-?gekozen levenseinde\b"),
        ],
    ),
    (
        "nl.self_kill",
        "Dutch: killing oneself (reflexive verbs)",
        [
            # "me", "mij" and "zich" only directly before the verb, so that
            # "ik hang me jas op" does not match.
            (
                ("kant", "hang", "knop", "om het leven", "ombreng", "om te breng"),
                r"\b(?:me|mij|zich) (?:van kant (?:te )?(?:maken|maak|maakt|maakte|gemaakt)"
                r"|ophangen|ophang|opgehangen|op te hangen|opknopen|op te knopen"
                r"|om het leven (?:te )?(?:brengen|gebracht)|ombrengen|om te brengen)\b",
            ),
            (
                ("zelf",),
                r"\b<SELF> <FILLW>{0,2}(?:te )?(?:van kant (?:te )?(?:maken|maak|maakt|maakte"
                r"|gemaakt)|op ?(?:te )?hangen|ophang|opgehangen|op ?(?:te )?knopen"
                r"|om het leven (?:te )?(?:brengen|gebracht)|ombrengen|om te brengen"
                r"|omgebracht|vermoorden|vermoord|doden|gedood|doodmaken|dood (?:te )?maken"
                r"|doodschieten|dood (?:te )?schieten|verdrinken|verdronken|vergiftigen"
                r"|vergiftigd|iets (?:aan ?(?:te )?doen|aandoe|aandoet|aangedaan)"
                r"|wat (?:aan ?(?:te )?doen|aandoe))\b",
            ),
            (
                ("hang", "hing"),
                r"\b(?:hang|hangt|hing|hingen) (?:me|mij|zich|<SELF>) <FILLW>{0,2}op\b",
            ),
            (("knoop",), r"\b(?:knoop|knoopt|knoopte) (?:me|mij|zich|<SELF>) <FILLW>{0,2}op\b"),
            (
                ("kant",),
                r"\b(?:maak|maakt|maakte|maakten) (?:me|mij|zich|<SELF>) <FILLW>{0,2}van kant\b",
            ),
            # "je maakt me dood" is hyperbole, so "dood" only with mezelf etc.
            (("dood",), r"\b(?:maak|maakt|maakte|maakten) <SELF> <FILLW>{0,2}dood\b"),
            (
                ("om het leven",),
                r"\b(?:breng|brengt|bracht|brachten) (?:me|mij|zich|<SELF>) <FILLW>{0,2}"
                r"om het leven\b",
            ),
            # "ik breng mezelf om", but not "... om 8 uur".
            (
                ("breng", "bracht"),
                r"\b(?:breng|brengt|bracht|brachten) <SELF> <FILLW>{0,2}om\b"
                r"(?! (?:\d|half|kwart))",
            ),
            (
                ("vermoord", "dood", "verdr", "vergiftig"),
                r"\b(?:vermoord|vermoordt|vermoordde|dood|doodt|doodde|verdrink|verdrinkt"
                r"|verdronk|vergiftig|vergiftigt|vergiftigde) <SELF>",
            ),
            # "ik schiet mezelf in de voet" is an idiom, so "dood" is required.
            (
                ("schiet", "schoot"),
                r"\b(?:schiet|schoot) <SELF> <FILLW>{0,2}(?:dood|door het hoofd|door mijn kop)\b",
            ),
            (
                ("iets aan", "wat aan"),
                r"\b(?:doe|doet|deed|deden) <SELF> <FILLW>{0,2}(?:iets|wat) aan\b",
            ),
            # Round 20: "ik wil mezelf unaliven" (the internet's euphemism), "bijna dood,
            # door mijn eigen hand".
            (("unalive",), r"\bunalive\w*"),
            (("eigen hand",), r"\bdoor (?:mijn|mn|m'n|zijn|z'n|haar|hun) eigen hand\b"),
        ],
    ),
    (
        "nl.method",
        "Dutch: ways of ending one's life",
        [
            (
                A_VEHICLE_NL,
                r"\b(?:voor|onder) (?:de|een|die) <VEHICLE_NL> (?:te )?(?:springen|spring"
                r"|springt|sprong|sprongen|gesprongen|gooien|gooi|gooit|gooide|gegooid|werpen"
                r"|werp|wierp)\b",
            ),
            # Walking or lying: only trains ("onder de auto liggen" is a repair).
            (
                ("trein", "metro", "tram", "intercity", "sprinter"),
                r"\b(?:voor|onder) (?:de|een|die) (?:trein|metro|tram|intercity|sprinter) "
                r"(?:te )?(?:lopen|loop|liep|stappen|stap|stapte|gaan liggen|ga liggen"
                r"|liggen)\b",
            ),
            (
                A_VEHICLE_NL,
                r"\b(?:spring|springt|sprong|sprongen|gooi|gooit|gooide|werp|werpt|wierp|stap"
                r"|stapt|stapte) (?:me |mij |zich |<SELF> )?<FILLW>{0,3}(?:voor|onder) "
                r"(?:de|een|die) <VEHICLE_NL>\b",
            ),
            (
                A_JUMP_NL,
                r"\b(?:van|vanaf|uit) (?:het|een|de|die|dat) <HEIGHT_NL> (?:af )?(?:te )?"
                r"(?:springen|spring|springt|sprong|sprongen|gesprongen|gooien|gooi|gooit"
                r"|gooide|werpen|stappen|stap|afspringen|af te springen)\b"
                r"(?!(?: <W>){0,5}? <WATER_NL>\b)",
            ),
            (
                A_JUMP_NL,
                r"\b(?:spring|springt|sprong|sprongen|gooi|gooit|gooide|werp|wierp|stap|stapte) "
                r"(?:me |mij |zich |<SELF> )?<FILLW>{0,3}(?:van|vanaf|af|uit) "
                r"(?:het|een|de|die|dat) <HEIGHT_NL>\b(?!(?: <W>){0,5}? <WATER_NL>\b)",
            ),
            (
                A_PILLS_NL,
                r"\been (?:hele?|volle) (?:doos|strip|pot|potje|pak|pakje|fles|flesje|zak"
                r"|voorraad)(?: met| vol)? <PILLS_NL>\b",
            ),
            (("hand",), r"\b(?:een hand ?vol|handenvol|een handjevol) <PILLS_NL>\b"),
            # "al mijn pillen" alone also means "already my pills", so it
            # needs "at once".
            (
                A_AT_ONCE_NL,
                r"\b(?:alle|al (?:mijn|m'n|mn|me|de)) <PILLS_NL> (?:<W> ){0,3}?"
                r"(?:tegelijk|tegelijkertijd|in een keer|in 1 keer|ineens|achter elkaar)\b",
            ),
            (
                A_AT_ONCE_NL,
                r"\b(?:tegelijk|in een keer|in 1 keer|ineens) (?:<W> ){0,2}?"
                r"(?:alle|al (?:mijn|m'n|mn|me|de)) <PILLS_NL>\b",
            ),
            (
                ("spaar", "spare", "verzamel", "hamster"),
                r"\b<PILLS_NL> (?:<W> ){0,2}?(?:op ?(?:te )?sparen|opsparen|opgespaard|sparen"
                r"|spaar|gespaard|verzamelen|verzamel|verzameld|hamsteren|hamster|gehamsterd)\b",
            ),
            (
                ("spaar", "spare", "verzamel", "hamster"),
                r"\b(?:spaar|spaart|sparen|spaarde|verzamel|verzamelt|hamster|hamstert) "
                r"(?:<W> ){0,2}?<PILLS_NL>\b",
            ),
            (
                ("dood", "sterv", "eind", "wakker", "er niet meer", "uit het leven"),
                r"\b<PILLS_NL> (?:in ?)?(?:te )?(?:slikken|slik|slikt|slikte|nemen|neem|nam"
                r"|innemen|inneem|ingenomen|geslikt) om (?:<W> ){0,3}?(?:dood|te sterven"
                r"|er een eind|niet meer wakker|nooit meer wakker|er niet meer|uit het leven)",
            ),
            (
                ("overdos",),
                r"\b(?:expres|express|opzettelijk|bewust|met opzet|moedwillig) (?:<W> ){0,3}?"
                r"overdosis\b|\bom (?:<W> )?(?:een )?overdosis te (?:nemen|slikken)\b",
            ),
            (
                ("overdos",),
                r"\boverdosis (?:<W> ){0,3}?(?:expres|express|opzettelijk|bewust|met opzet)\b",
            ),
            (
                ("overdos",),
                r"\b(?:wil|wilde|wou|ga|ging|zou|overweeg|denk) (?:<W> ){0,3}?overdosis "
                r"(?:te )?(?:nemen|neem|innemen|slikken|nam)\b",
            ),
            (
                ("strop",),
                r"\been strop (?:gekocht|kopen|koop|geknoopt|knopen|knoop|gemaakt|maken|maak)\b",
            ),
            (("kogel",), r"\bkogel door (?:mijn|m'n|mn|me|zijn|z'n|haar) (?:kop|hoofd|harses)\b"),
            # Round 20: the intent first, then the means ("ik ga me verdrinken", "k wil me
            # laten doodrijden", "ik ga mezelf de dood in jagen", "wil mn polsen
            # doorsnijden"); "verdrinken in het werk" is not one.
            (
                ("verdrink", "ophang", "opknop", "rijden", "drinken", "jagen", "zeep",
                 "vergift", "vergas"),
                r"\b(?:ga|gaat|ging|wil|wilde|wou|zal|probeer|moet) <FILLW>{0,3}(?:me|mij|mezelf"
                r"|mijzelf|zich|zichzelf) <FILLW>{0,2}(?:verdrinken|ophangen|opknopen|laten"
                r" (?:aanrijden|overrijden|doodrijden|overvallen)|doodrijden|dood (?:drinken"
                r"|zuipen)|de dood in (?:jagen|drijven)|om zeep helpen|vergiftigen|vergassen)\b"
                r"(?! (?:in|aan (?:de|het|een) (?:kapstok|haak|muur)|met lachen)\b)",
            ),
            (
                ("pols",),
                r"\b(?:mijn|mn|m'n|me|zijn|z'n|haar) polsen? (?:<W> )?(?:doorsnijden|doorsnijd"
                r"|door te snijden|doorgesneden|opensnijden|open te snijden|opengesneden"
                r"|doorkerven|bewerken)\b",
            ),
            (
                ("voorraad", "strip", "doos", "pot"),
                r"\b(?:slik|slikken|slikte|geslikt|inslikken) (?:<W> ){0,2}?(?:heel|hele|de hele"
                r"|al|alle) (?:<W> )?(?:voorraad|strip|strips|doos|potje|pot)\b|\b(?:heel|hele"
                r"|de hele|al|alle) (?:<W> )?(?:voorraad|strip|strips|doos|potje|pot) (?:<W> )?"
                r"(?:slikken|inslikken|opslikken|geslikt)\b",
            ),
        ],
    ),
    (
        "nl.no_reason",
        "Dutch: indirect phrasings (no way out, no reason to live, better off without me)",
        [
            (
                ("zitt", "zite"),
                r"\b(?:zie|ziet|zien|zag|zagen) (?:<W> ){0,4}?niet (?:meer|langer) zit{1,2}en?\b"
                # "... met mijn studie": study stress; "met alles", "met het leven" stay.
                r"(?! met (?!(?:alles|mezelf|mijzelf|het leven|mijn leven|leven)\b)(?:mijn|m'n|de"
                r"|het|die|dat|deze|dit|onze|ons|zijn|haar|hun|jouw|je)\b)",
            ),
            (("zitt", "zite"), r"\bniet (?:meer|langer) zien zit{1,2}en?\b"),
            (
                ("geen zin", "zinloos", "meer waard", "de moeite", "geen waarde", "geen nut"),
                r"\b(?:het|mijn|m'n|mn|dit) leven (?:heeft|had|is|was) (?:<W> ){0,2}?"
                r"(?:geen zin|zinloos|niets meer waard|niks meer waard|niet (?:meer )?de moeite"
                r"|geen waarde|geen nut)",
            ),
            (
                ("geen zin",),
                r"\bgeen zin (?:meer )?(?:in|om) (?:te )?(?:het |mijn |m'n |dit )?leven\b",
            ),
            (
                ("reden",),
                r"\bgeen (?:enkele )?reden (?:meer )?(?:om|tot) (?:te )?(?:leven|blijven leven"
                r"|verder te leven)\b",
            ),
            (
                ("voor te",),
                r"\b(?:niets|niks|niemand) (?:meer )?(?:om )?voor te (?:leven|vechten|blijven"
                r"|doorgaan)\b",
            ),
            (
                ("zonder (?:mij|me)",),
                r"\bbeter (?:af )?(?:(?:is|zijn|was|waren|zou zijn|zouden zijn) )?"
                r"zonder (?:mij|me)\b",
            ),
            (("allemaal",), r"\bhet (?:heeft|had) allemaal geen zin meer\b"),
            (("klaar met",), r"\bklaar met (?:het |mijn |m'n )?(?:leven|life)\b"),
            (("zat",), r"\b(?:het|mijn|m'n) leven (?:meer dan )?zat\b"),
            (("missen",), r"\bniemand (?:zal|zou|gaat) (?:me|mij) <FILLW>{0,2}missen\b"),
            (
                ("beter af",),
                r"\bbeter af (?:als|wanneer) ik (?:<W> ){0,2}?(?:niet meer|dood|nooit geboren"
                r"|niet besta|er niet)\b",
            ),
        ],
    ),
]
