"""Dutch crisis rules: (id, description, [(anchors, pattern[, unless]), ...]).

Every pattern lists *anchors*: short regexes, each starting with a letter, at least
one of which occurs in every match (see "Speed" in ``safety.detector``). ``unless`` is a
pattern that, found anywhere in the same sentence, drops the match: the everyday
settings in which the same words are harmless ("een touw voor de waslijn"). The first
seven rules are the original table; the rest cover the indirect language of issue 11.
"""

from __future__ import annotations

from safety.crisis_rules.words import (
    A_AT_ONCE_NL,
    A_JUMP_NL,
    A_PILLS_NL,
    A_STEM,
    A_VEHICLE_NL,
    A_ZELFMOORD,
    near,
)

FRAGMENTS = {
    # "met Joris", but not "met pillen": after "er een eind aan maken".
    "WITH_SOMEONE_NL": (
        r" (?:<W> ){0,2}?met (?!(?:<PILLS_NL>|<MEANS_NL>|alles|mijn leven|het leven|leven"
        r"|een (?:<W> )?(?:touw|strop|mes|pistool|geweer)|de trein|gas)\b)\w"
    ),
    "MEANS_NL": (
        r"(?:mes|messen|scheermes|scheermesjes|mesje|mesjes|touw|strop|wapen|pistool"
        r"|geweer|plastic zak|slang|gif|<PILLS_NL>)"
    ),
    # "ik ben", "ben ik", "ik voel me", "dat ben ik": the self as the subject.
    "SELF_BE_NL": (
        r"(?:ik (?:<W> )?(?:ben|was|voel (?:me|mij)|voelde (?:me|mij)|blijf|word|werd|zal zijn)"
        r"|(?:ben|was|word|werd|blijf) ik|voel ik (?:me|mij)|dat ben ik|i'?m|i am"
        r"|mijn (?:hele )?(?:bestaan|aanwezigheid) (?:is|voelt als|was)"
        # Chat drops the "ik": "ben gwn een last".
        r"|(?:^|(?<=[.!?,;]\s))ben)"
    ),
    "BURDEN_NL": (
        r"(?:<EEN>|zo'n|zo een|de grootste|het grootste|alleen maar|nog maar|enkel) (?:<W> )?"
        r"(?:last|lastpost|blok aan (?:het|hun|zijn|haar|jullie|ieders|mijn|ons) been|molensteen|belasting"
        r"|zorg voor (?:iedereen|ze|hen|jullie|mijn \w+|anderen)|zorg"
        r"|burden|sta-in-de-weg|ballast|zorgenkind)"
    ),
    "BETTER_NL": (
        r"(?:beter af|better off|beter|gelukkiger|blijer|blij|makkelijker|opgelucht|rustiger"
        r"|vrolijker|vrijer|happier|beter uit|beter mee)"
    ),
    "WITHOUT_ME_NL": (
        r"(?:zonder (?:mij|me)\b|without me|als ik (?:er )?<FILLW>{0,2}(?:niet (?:meer )?(?:ben|was"
        r"|zou zijn|er ben|er was|besta|bestond|leef|leefde)|weg (?:ben|was|zou zijn)"
        r"|dood (?:ben|was|zou zijn)|er niet meer (?:ben|was)|verdween|verdwijn|zou verdwijnen"
        r"|wegga|weg zou gaan|doodga|dood zou gaan|er niet meer zou zijn))"
    ),
    # "voor als ik er niet meer ben": arranging things for after one's death.
    "AFTER_ME_NL": (
        r"(?:(?:voor |tegen )?(?:als|wanneer|nadat|zodra) ik er <FILLW>{0,2}niet meer "
        r"(?:ben|zal zijn|zijn)|na mijn (?:dood|overlijden|zelfmoord)|als ik <FILLW>{0,2}dood ben"
        r"|(?:voor )?(?:als|wanneer|mocht) er (?:<W> )?iets met (?:me|mij) (?:gebeurt|gebeuren))"
    ),
    "WANT_NL": (
        r"(?:wil|wilde|wou|wilt|zou willen|zou|kon ik maar|kan ik maar|wens|wenste|hoop|hoopte"
        r"|verlang|verlangde|wanna|want)"
    ),
    "HOARD_NL": (
        r"(?:(?:opzij|apart) (?:<W> )?(?:gelegd|gezet|gehouden|leggen|houden|te leggen|gedaan)"
        r"|opgespaard|op ?(?:te )?sparen|gespaard|spaar|sparen|verzameld|verzamel|verzamelen"
        r"|voorraad|verstopt|verstop|verstoppen|achtergehouden|achter ?gehouden"
        r"|niet (?:in)?genomen maar|klaarliggen|klaar liggen|liggen klaar|ligt klaar"
        r"|klaargelegd|genoeg (?:om|voor) (?:het|mezelf|dood|er|een overdosis)|hamster\w*"
        r"|voor als het (?:zover|zo ver) is|voor als het moment (?:daar|gekomen) is|voor die dag"
        r"|in plaats van (?:ze|die|het|deze) (?:in )?te (?:nemen|slikken)"
        r"|(?:bij|van|in) (?:\w+ )?(?:verschillende|meerdere|allerlei|andere) (?:winkels|apotheken"
        r"|drogisterijen|drogist|supermarkten))"
    ),
    "THINK_NL": (
        r"(?:denk|dacht|denken|gedacht|gedachte|gedachten|gedachtes|pieker|piekeren"
        r"|piekerde|gepiekerd|fantaseer|fantaseren|fantaseerde|fantasie|fantasieen|droom"
        r"|dromen|droomde|gedroomd|dagdroom|verlang|verlangen|verlangde|obsessie|geobsedeerd"
        r"|bezig met|maal|malen|maalt|stel (?:me|mij) (?:<W> )?voor|voorstellen)"
    ),
    "DEATH_NL": (
        r"(?:de dood|doodgaan|dood gaan|dood zijn|dood te gaan|dood te zijn|sterven|te sterven"
        r"|(?:dat|als|hoe) ik dood (?:ben|was|zou zijn|ga|ging|zou (?:willen )?gaan|wil gaan)"
        r"|mezelf dood"
        r"|mijn (?:eigen )?(?:dood|begrafenis|uitvaart|graf|overlijden)"
        r"|er niet meer (?:te )?zijn|niet meer (?:te )?leven|niet meer (?:te )?bestaan)"
    ),
    "RELIEF_NL": (
        r"(?:opluchting|verlossing|bevrijding|rust|rustig|rustiger|fijn|fijner|heerlijk|vredig"
        r"|makkelijker|beter|aantrekkelijk|aanlokkelijk|troost|troostend|uitweg|oplossing"
        r"|welkom|verleidelijk|lonkt|trekt me|niet eng|niet meer eng)"
    ),
    # Someone else's death, or death as a subject: not thoughts of one's own death.
    "OTHERS_DEATH_NL": (
        r"(?:(?:dood|overlijden|begrafenis|uitvaart|sterven|sterfbed|crematie|graf) van "
        r"(?!(?:mij|mezelf|mijzelf)\b)\w|\b(?:patient|patienten|client|clienten|documentaire"
        r"|film|serie|boek|podcast|artikel|college|lezing|hospice)\b|er niet meer (?:te )?zijn voor)"
    ),
    "SOON_NL": (
        r"(?:niet lang meer|niet zo lang meer|niet meer lang|lang (?:zullen|zal|hoeven|hoef|gaan"
        r"|zijn|hebben) (?:<W> )?niet meer|binnenkort|straks|snel|gauw|nog even|nog maar even"
        r"|over (?:een|1|twee|2|drie|3|een paar) (?:dag|dagen|week|weken|maand|maanden)"
        r"|volgende week|morgen|na vandaag|na vanavond|na deze week|dan)"
    ),
    "RID_NL": (
        r"(?:(?:last|gedoe|zorgen|problemen|ellende) (?:<W> ){0,2}?(?:van|om|over|met|aan) "
        r"(?:mij|me|mezelf)\b|(?:van|met) (?:mij|me) (?:af|verlost|bevrijd|opgescheept)\b"
        r"|(?:verlost|bevrijd|af) van (?:mij|me)\b|om (?:mij|me) (?:te )?(?:zorgen|maken)"
        r"|ik (?:<W> ){0,2}?(?:er (?:<W> )?niet (?:<W> )?meer|niemands (?:probleem|zorg|last)"
        r"|geen probleem meer"
        r"|geen last meer|een probleem)|(?:ben|zal|zijn) ik (?:<W> ){0,2}?(?:er niet meer"
        r"|niemands (?:probleem|zorg|last)|niet meer tot last)|niemands (?:probleem|zorg|last)"
        r"|niemand (?:<W> ){0,2}?(?:zich )?(?:meer )?zorgen (?:<W> )?(?:te )?maken"
        r"|lastig ?(?:vallen|val|valt)|voor (?:mij|me) (?:te )?zorgen|(?:ben|zal|zijn) ik weg)"
    ),
}

# Everyday settings in which "no way out" is said of a traffic jam or a quarrel.
_EVERYDAY_TRAP_NL = (
    r"\b(?:file|files|verkeer|vergadering|puzzel|spel|doolhof|escape ?room|gebouw|garage"
    r"|parkeergarage|tunnel|discussie|conflict|ruzie|onderhandeling|contract|project|examen"
    r"|lift|wedstrijd|schaak\w*|level|game|kruispunt|rotonde|wegwerkzaamheden|kantoor|baas"
    r"|collega|relatie|huwelijk|hypotheek|schuld|schulden|lening|studie|opleiding|baan)\w*\b"
)
# "We sprongen van de brug het water in": summer, not a jump to die.
_WATER_NL = (
    r"\b(?:water|zwemmen|zwembad|bommetje|meer|plas|zee|gracht|kanaal|duiken|trampoline"
    r"|parachute|bungee|uitzicht|foto|fotograferen|zonsondergang|vuurwerk|schaatsen)\b"
)

RULES = [
    (
        "nl.suicide_word",
        "Dutch words for suicide and thoughts of death",
        [
            # "zelfmoord" also inside compounds (tienerzelfmoord); the fuzzy
            # spellings only at the start of a word.
            (A_ZELFMOORD, r"zelfmoord|\b<ZELFMOORD>"),
            (("doding",), r"zelf[\s\-_]*doding"),
            # Dutch forms of suïcide; the bare word is en.suicide_word.
            (A_STEM, r"<STEM>(?:aal|ale|aliteit|e[a-z]{3,})"),
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
                r"\b(?:een|mijn|vorige|eerdere|tweede|derde|laatste) poging\b(?=\s*(?:[.,;!?]|$)"
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
                r"(?! (?:van|om|met|voor (?:de|het) (?!trein))\b)",
            ),
            (
                ("doen",),
                r"\b(?:bang|angst|schrik) (?:<W> ){0,2}?dat ik (?:<W> ){0,3}?het (?:<W> ){0,2}?(?:ga"
                r"|zal|echt ga|toch ga) doen\b",
            ),
            (("niet meer",), r"\bik wil (?:<FILLW>){0,2}niet meer\b<END>"),
            (("stoppen",), r"\bik wil (?:<FILLW>){0,2}(?:stoppen|ermee stoppen)\b<END>(?!\s*,\s*met\b)"),
            # A passive wish to die: hoping for an accident or an illness.
            (
                ("dat ik",),
                r"\b(?:hoop|hoopte|wens|wenste|zou willen|wou) (?:<W> ){0,2}?dat ik (?:<W> ){0,3}?"
                r"(?:een (?:<W> )?ongeluk (?:krijg|kreeg|zou krijgen)|verongeluk|(?:word|werd) "
                r"(?:aangereden|overreden|doodgereden)|een (?:dodelijke |ongeneeslijke )?ziekte krijg"
                r"|doodga|omkom)\b",
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
                r"(?:(?:wil|wilde|wou|ga|gaan|zou|zal|kan|kon|kunnen|moet|wilden) ){0,2}(?:te )?"
                r"(?:maken|make|maak|maakt|maakte|maakten|gemaakt)\b(?!<WITH_SOMEONE_NL>)",
            ),
            (
                ("eind",),
                r"\b(?:maak|maakt|maakte|maakten|maken) (?:ik |je |hij |ze |zij |we )?er "
                r"(?:(?!met\b)<W> ){0,3}?<EEN> eind(?:e)? aan\b(?!<WITH_SOMEONE_NL>)",
            ),
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
                ("uit het leven",),
                r"\buit het leven (?:te )?(?:stappen|stap|stapt|stapte|stapten|gestapt)\b",
            ),
            (("uit het leven",), r"\b(?:stap|stapt|stapte|stapten) <FILLW>{0,2}uit het leven\b"),
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
                r"overdosis\b",
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
                r"(?:geen zin|zinloos|niets meer waard|niks meer waard|niet meer de moeite"
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
    # ------------------------------------------------------- issue 11: indirect language
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
                r"(?=\s*(?:[.,!?;:)]|$)| (?:hebben|heeft|hadden|had|te|en|als|omdat|want|door"
                r"|maar|gehad|hebt|af)\b)",
            ),
            (
                ("zonder", "als ik", "without"),
                near("<BETTER_NL>", "<WITHOUT_ME_NL>", 8),
                r"\b(?:vakantie|weekend|feest\w*|vrij|ziek|werk|kantoor|vergadering|uitje|reis)\b",
            ),
            (
                ("mee naar", "mee de", "mee in"),
                r"\b(?:sleur|sleurde|sleep|sleepte|trek|trok|haal|haalde) (?:<W> ){0,4}?mee "
                r"(?:naar beneden|de diepte in|in (?:mijn|de) (?:ellende|put|val))\b",
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
                r"\b(?:geen|nergens (?:een )?|zonder|niet een|niet 1|enige|laatste|een|1) "
                r"(?:<W> ){0,2}?uitweg(?:en)?\b",
                _EVERYDAY_TRAP_NL,
            ),
            (("uitzichtlo",), r"\buitzichtlo(?:os|ze)\b", _EVERYDAY_TRAP_NL),
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
                r"\bkan (?:zo |het )?(?:<FILLW>){0,2}(?:niet (?:meer|langer)|zo niet (?:meer |langer )?)"
                r" ?(?:verder|door|doorgaan|volhouden)\b(?! met\b)",
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
                r"(?:van )?in\b(?=\s*(?:[.!?,]|$))|\bzie (?:er )?(?:het nut|de zin) (?:er )?niet (?:meer )?"
                r"(?:van )?in\b(?=\s*(?:[.!?,]|$))",
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
            (("tunnel",), r"\bgeen licht (?:meer )?(?:aan|in|op) het eind(?:e)? van de tunnel\b"),
            (
                ("uit",),
                near("vast|muurvast|gevangen|opgesloten", "(?:kom|raak|geraak) (?:er|hier) "
                     "(?:nooit|niet) (?:meer )?uit", 8),
            ),
            # "ik kan niet meer" alone is mostly tiredness; "ik kan dit niet meer" ends
            # the sentence and means more.
            (
                ("dit niet meer", "dit echt niet meer"),
                r"\bik kan dit (?:echt |gewoon )?niet meer\b(?=\s*(?:[.,!?;]|$))",
            ),
        ],
    ),
    (
        "nl.farewell",
        "Dutch: farewells (letters, giving things away, saying goodbye)",
        [
            (
                ("afscheids",),
                r"\bafscheids(?:brief|brieven|briefje|briefjes|video|woorden|bericht)\b",
                r"\b(?:collega|pensioen|werk|baan|team|klas|school|juf|meester|receptie|vertrek"
                r"|verhuiz|emigr|buitenland|leerlingen|klanten|kantoor)\w*",
            ),
            (
                ("niet meer ben", "niet meer zal", "niet meer zijn", "na mijn", "dood ben", "iets met"),
                r"\b<AFTER_ME_NL>",
                r"\bverzekering|\bnotaris|\bpolis\b|\bpensioen",
            ),
            (
                ("brie",),
                r"\b(?:brief|brieven|briefje|briefjes) (?:<W> ){0,4}?(?:voor|aan) (?:mijn|m'n) "
                r"(?:<W> )?(?:kinderen|kind|dochter|zoon|ouders|vrouw|man|partner|familie|gezin)"
                r",? (?:voor later|voor als|voor na)\b",
            ),
            (
                ("van wie ik hou", "dierbaren"),
                r"\b(?:brief|brieven|briefje|briefjes|berichtje|berichtjes) (?:<W> ){0,3}?(?:voor|aan)"
                r" (?:(?:iedereen|de mensen|alle mensen) van wie ik (?:hou|houd)|(?:al )?mijn"
                r" dierbaren)\b",
            ),
            (
                ("laatste",),
                near("(?:een |mijn )?laatste (?:bericht|berichtje|appje|mail|brief|woorden)",
                     "iedereen|allemaal", 4),
                r"\b(?:werk|collega\w*|vakantie|vandaag|gisteren|groepsapp|team)\b",
            ),
            (
                ("schuld",),
                near("(?:gezegd|zeggen|zeg|geschreven|schrijf|schreef) (?:<W> ){0,4}?dat ik van "
                     "(?:haar|hem|ze|hen|jullie|je|jou) (?:hou|houd)", "niet (?:haar|zijn|jouw"
                     "|jullie|je|hun|hun) schuld", 12),
            ),
            (
                ("hou", "houd"),
                r"\bzeg (?:<W> )?(?:tegen )?(?:<W> ){0,2}?dat ik van (?:haar|hem|ze|hen|jullie) "
                r"(?:hou|houd)\b",
            ),
            (
                ("schulden", "uitgedeeld", "uitdelen"),
                r"\b(?:schulden|rekeningen) (?:<W> )?(?:afbetaald|betaald|afgelost|geregeld)"
                r"|\b(?:mijn|m'n) (?:<W> )?(?:spullen|bezittingen|dingen) (?:<W> )?(?:uitgedeeld"
                r"|uitdelen|uit te delen)\b",
                r"\b(?:eindelijk|blij|trots|opgelucht|schuldhulp|budget\w*|vakantie|verhuiz\w*)\b",
            ),
            (
                ("brie", "briefje"),
                near("brief|brieven|briefje|briefjes", "klaar ?liggen|ligt klaar|liggen klaar"
                     "|klaargelegd|achtergelaten|achter ?gelaten|voor na|om afscheid|afscheid", 5),
            ),
            (
                ("nodig", "waar ik heen", "wie wat", "toch niet", "wie mijn"),
                near("weggegeven|weg gegeven|weggeven|weg te geven|geef|gaf|gegeven|geschonken"
                     "|verdeeld|verdelen|verdeel|wegdoen|weggedaan", "niet meer nodig|niet nodig"
                     "|waar ik heen ga|heb ik toch niet|toch niet meer|niet meer gebruik"
                     "|wie wat krijgt|wie mijn", 10),
            ),
            (
                ("spullen", "bezittingen", "dingen", "kostbaarheden", "sieraden", "spaargeld"),
                r"\b(?:al|alle)? ?(?:mijn|m'n) (?:spullen|bezittingen|dingen|kostbaarheden"
                r"|sieraden|spaargeld) (?:<W> ){0,3}?(?:weggegeven|weg gegeven|weggeven"
                r"|weg te geven|verdeeld|verdelen|geschonken|weggedaan)\b|\bgeef (?:al |alle )?"
                r"(?:mijn|m'n) (?:spullen|bezittingen) weg\b",
                r"\b(?:oude|kringloop|marktplaats|verhuiz\w*|opruimen|uitzoeken|zolder|verkocht"
                r"|verkopen|te koop)\b",
            ),
            (
                ("wie wat", "wie mijn"),
                r"\bwie (?:wat|mijn <W>) (?:krijgt|mag hebben|erft)\b",
                r"\b(?:sinterklaas|kerst|verjaardag|cadeau|cadeautje|loting|lootjes)\b",
            ),
            (
                ("afscheid", "gedag", "dag gezegd", "vaarwel"),
                near("afscheid|gedag|dag gezegd|vaarwel", "iedereen|allemaal|voorgoed|voor altijd"
                     "|voor het laatst|(?:de|een|mijn) laatste keer|nog (?:een|1) keer"
                     "|het is goed zo|niet meer terug", 8),
                r"\b(?:vakantie|reis|vliegveld|station|verhuiz\w*|emigr\w*|pensioen|collega\w*"
                r"|werk|baan|school|feest|kerst|weekend|maandag|maanden|buitenland|huis|therapeut"
                r"|psycholoog|huisarts|behandelaar|coach|therapie|groep|cursus)\b",
            ),
            (
                ("afscheid genomen",),
                r"\b(?:ik )?(?:heb|had) (?:<W> )?afscheid genomen\b<END>",
                r"\b(?:we|wij|ze|zij|jullie|hij)\b",
            ),
            (
                ("afscheid",),
                r"\bik neem (?:nu |hier |bij deze )?afscheid\b(?! (?:van|op|bij|in|met|voor)\b)",
            ),
            (
                ("laatste keer", "het laatst", "een keer", "1 keer"),
                near("(?:de|een|mijn) laatste keer|voor het laatst|nog (?:een|1) keer",
                     "gebeld|bellen|belde|gezien|zien|zag|bedankt|bedanken|bedankte|geknuffeld|gezeten"
                     "|bezocht|langsgegaan|langs geweest"
                     "|knuffelen|gedag|afscheid|gezoend|omhelsd|van (?:ze|hem|haar|jullie) hou", 8),
                r"\b(?:ziekenhuis|overleden|vakantie|verhuiz\w*|werk|collega\w*|winkel|dokter"
                r"|huisarts|therapeut|klant\w*|verhuurder|gemeente)\b|\b(?:de|het) laatste keer "
                r"(?:dat |toen )?(?:ik|we|wij|hij|zij|ze|je|jij) (?:(?:hem|haar|ze|hen|jou|je|mijn \w+) )?"
                r"(?:zag|zagen|sprak|spraken|was|waren|ging|gingen|belde|hoorde|bezocht|heb|had)\b",
            ),
            (
                ("afscheid",),
                r"\b(?:als|ter) (?:een )?afscheid\b",
                r"\b(?:collega\w*|pensioen|werk|baan|team|klas|school|juf|meester|receptie|vertrek"
                r"|verhuiz\w*|emigr\w*|buitenland|bloemen|cadeau\w*|taart|feest\w*|vakantie)\b",
            ),
            (
                ("hond", "kat", "konijn", "huisdier", "poes", "dieren"),
                near("(?:hond|honden|kat|katten|konijn|huisdier\\w*|poes|dieren)", "niet meer voor "
                     "(?:hem|haar|ze|hen) (?:kan )?zorgen|niet meer (?:kan )?(?:voor (?:hem|haar|ze)"
                     " )?zorgen|voor als ik|na mijn dood", 12),
                r"\b(?:vakantie|reis|weekend|verhuiz\w*|allergi\w*|ziekenhuis|opname|operatie|werk)\b",
            ),
            (
                ("dit is",),
                r"\bdit is (?:een |mijn |het )?(?:afscheid|vaarwel)\b",
                r"\b(?:feest|borrel|receptie|cadeau|kaart|collega\w*|werk|baan|team|huis|school)\b",
            ),
            (
                ("weg ben", "weg zal zijn", "weg zijn"),
                r"\b(?:als|wanneer|nadat|zodra) ik (?:er )?<FILLW>{0,2}(?:voorgoed )?(?:weg ben"
                r"|weg zal zijn|weg zou zijn)\b",
                r"\b(?:vakantie|reis|werk|kantoor|weekend|boodschappen|week|weken|maand|dagen"
                r"|zaterdag|zondag|morgen|straks|avond|nacht|oppas|hond|kat|planten|post|sleutel)\b",
            ),
            (("laatste",), r"\b(?:mijn|dit is mijn) laatste (?:bericht|berichtje|woorden|brief|appje"
                           r"|mail)\b"),
            (("vaarwel",), r"\bvaarwel\b", r"\bvaarwel (?:zeggen|gezegd) (?:tegen|aan) (?:mijn|het"
                                             r"|de|ons) (?:<W> )?(?:baan|werk|huis|stad|team)"),
            (
                ("testament",),
                r"\b(?:mijn )?testament (?:<W> ){0,2}?(?:klaar|geschreven|opgesteld|gemaakt)\b",
                r"\b(?:notaris|kinderen|baby|huis|samenwonen|trouwen|getrouwd|we|wij|ons|onze)\b",
            ),
            (
                ("zaken",),
                r"\bmijn zaken (?:<W> ){0,2}?(?:op orde|geregeld|afgehandeld)\b",
                r"\b(?:belasting\w*|administratie|boekhouding|aangifte|werk|verhuiz\w*|vakantie)\b",
            ),
        ],
    ),
    (
        "nl.preparation",
        "Dutch: preparations and means (a rope, pills put aside, the railway, a date, searching)",
        [
            (
                ("strop",),
                r"\bstrop(?:pen)?\b",
                # "een flinke strop": a financial loss.
                r"\b(?:flinke|grote|financiele|lelijke|dure|behoorlijke|enorme|forse|gigantische"
                r"|zware|fikse) strop\b|\bstrop voor (?:de|het|ons|onze|mijn|hem|haar)\b"
                r"|\bstroppen (?:zetten|gezet)\b",
            ),
            (
                ("touw",),
                near("touw|touwen", "balk|haak|plafond|zolder|vliering|zoldering|sterk genoeg"
                     "|stevig genoeg|houdt het|strop|lus|ophangen|op te hangen|hangen|waarvoor"
                     "|voor mezelf|klaar|ligt klaar|verstopt", 8),
                r"\b(?:de was|waslijn|wasgoed|tent|zeil|boot|zeilen|aanhanger|aanhangwagen"
                r"|springtouw|touwtjespringen|klimmen|klimhal|schommel|hond|paard|tuin|verhuiz\w*"
                r"|vastbinden|vast te binden|vastmaken|sjorren|pakket|cadeau|knutsel\w*|slinger"
                r"|vlag|lamp|plant|boom|hangmat|tarp|vlieger|gordijn\w*|kerstboom)\b",
            ),
            (
                ("touw",),
                r"\been (?:<W> )?touw (?:<W> ){0,2}?(?:gekocht|gehaald|klaarliggen|verstopt)"
                r"|\b(?:gekocht|gehaald|kocht|haalde) (?:<W> ){0,2}?een (?:<W> )?touw\b",
                r"\b(?:de was|waslijn|wasgoed|tent|zeil|boot|aanhanger|springtouw|klimmen"
                r"|schommel|hond|tuin|verhuiz\w*|vastbinden|pakket|hangmat|vlieger)\b",
            ),
            (
                A_PILLS_NL,
                near("<PILLS_NL>", "<HOARD_NL>", 6),
                r"\b(?:apotheek|vakantie|reis|op reis|weekend|logeer\w*|herhaalrecept)\b",
            ),
            (
                ("spoor", "rails", "overgang", "overweg", "perron"),
                near(r"ik|me|mij", "(?:bij|naar|op|langs|aan|over) (?:het|de|een) (?:spoor|spoorlijn"
                     "|spoorbaan|rails|spoorwegovergang|overweg|perronrand)", 8),
                r"\b(?:storing|vertraging|werkzaamheden|seinstoring|trein naar|reis|reisde|forens"
                r"|kaartje|ov-chipkaart|overstap|conducteur|stil|stilstond|gestremd|uitgevallen"
                r"|modelspoor|treinspotten|station|fiets|werk|school|boodschappen)\w*\b"
                r"|\bnaar huis\b",
            ),
            (
                A_JUMP_NL + ("beneden", "hoe hoog", "hoe diep", "diepte", "reling", "te kijken",
                             "eraf", "ervoor", "rand"),
                near("perron|spoor|rails|brug|viaduct|dak|balkon|flat|galerij|toren|kerktoren"
                     "|parkeergarage", "springen|sprong|spring|te springen|eraf|ervoor|naar beneden"
                     "|de diepte|hoe hoog|hoe diep|over de reling|reling|om te kijken"
                     "|(?:te )?dicht bij de rand|over de rand|op de rand", 8),
                _WATER_NL,
            ),
            (
                ("rand", "brug", "viaduct", "dak", "spoor", "rails", "perron", "balkon", "flat"),
                r"\bik (?:sta|zit|stond|zat) (?:<W> )?(?:op|bij|aan|boven|langs) (?:de|het|een) "
                r"(?:rand|brug|viaduct|dak|spoor|rails|perron|balkon|flat)\b",
                r"\b(?:wacht\w*|vriend\w*|boten|uitzicht|foto\w*|trein naar|bus|we|wij|fiets\w*"
                r"|markt|concert|feest\w*|kijk\w*|werk\w*|repar\w*|goot|dakgoot|zonnepanelen"
                r"|antenne|terras|barbecue|zon|vertraging|storing|uitgevallen)\b",
            ),
            (
                ("gepland", "voorbereid", "geregeld", "uitgedacht", "bedacht"),
                r"\b(?:heb|had) (?:het|alles) (?:<W> )?(?:allemaal )?(?:al )?(?:gepland|voorbereid"
                r"|geregeld|uitgedacht|bedacht)<END>",
            ),
            (
                ("plan", "hoe en wanneer", "wanneer en hoe", "hoe en waar", "waar en hoe"),
                r"\bik heb (?:al |nu |echt )?(?:een|mijn) plan\b<END>|\bweet (?:<W> )?(?:al |nu )?"
                r"(?:precies )?(?:hoe en wanneer|wanneer en hoe|hoe en waar|waar en hoe)\b<END>",
            ),
            (
                ("spring",),
                r"\bwaar (?:<W> ){0,4}?(?:kan|zou|moet) (?:<W> )?springen\b",
                _WATER_NL,
            ),
            (
                ("vindt", "vinden", "vind"),
                r"\b(?:plek|plaats|plekje) (?:<W> ){0,2}?waar (?:niemand|geen mens) (?:me|mij) "
                r"(?:<W> )?(?:vindt|kan vinden|zal vinden|zoekt)\b",
            ),
            (
                ("hoogst", "hoogste", "hoog"),
                r"\bwelke (?:brug|flat|toren|gebouw|viaduct|parkeergarage) (?:<W> ){0,3}?(?:het )?"
                r"(?:hoogst|hoogste|hoog genoeg)\b",
            ),
            (
                ("kussen", "bed", "matras"),
                r"\b(?:mes|messen|scheermes\w*|mesje\w*|pillen|touw|strop) (?:<W> ){0,2}?onder "
                r"(?:mijn|m'n) (?:kussen|bed|matras)\b",
            ),
            (
                ("niet stopt", "doorrijdt", "doorraast", "niet stoppen"),
                r"\bwelke (?:<W> ){0,2}?(?:niet stopt|niet stoppen|doorrijdt|doorraast)\b",
            ),
            (
                ("datum", "gekozen", "vastgesteld", "bepaald"),
                r"\b(?:een|de) (?:<W> )?(?:dag|plek|plaats|tijd|moment|tijdstip)(?: en (?:de|het|een) "
                r"(?:dag|datum|plek|plaats|tijd|moment|tijdstip))? (?:<W> )?(?:gekozen|uitgekozen"
                r"|vastgesteld|bepaald)\b"
                r"|\b(?:een|de) (?:<W> )?datum (?:<W> ){0,3}?(?:gekozen|geprikt|vastgesteld|bepaald"
                r"|gepland|in (?:mijn|m'n) hoofd|in gedachten|staat vast|uitgekozen)\b"
                r"|\b(?:gekozen|geprikt|vastgesteld|bepaald|gepland|kies|prik) (?:<W> ){0,2}?"
                r"(?:een|de) datum\b",
                r"\b(?:we|wij|ons|onze|jullie|bruiloft|trouw\w*|huwelijk|feest\w*|verjaardag"
                r"|verhuizing|verhuis|vakantie|afspraak|etentje|borrel|examen|operatie|sollicitatie"
                r"|gesprek|vergadering|reis|bezichtiging|oplevering|cursus|training|wedstrijd)\b"
                r"|\bdatum (?:<W> ){0,3}?voor (?:de|het|een|onze|ons)\b",
            ),
            (
                ("dodelijk", "letale", "pijnlo", "dood", "sterven", "overdos", "uit te stappen",
                 "eind", "hoeveel", "welke dosis", "hoe hoog", "genoeg"),
                near("opgezocht|op ?gezocht|gezocht|zoek|zocht|zoeken|uitgezocht|uitzoeken|uit te zoeken"
                     "|nagezocht|googel\\w*|googl\\w*"
                     "|gegoogeld|gegoogled|onderzocht|gelezen|lezen|opzoeken|op te zoeken|chatgpt",
                     "dodelijk|dodelijke|letale|pijnloos|pijnloze|om dood te gaan|om te sterven"
                     "|doodgaan|overdosis|er ?uit te stappen|er een eind(?:e)? aan"
                     "|hoeveel (?:<W> )?(?:<PILLS_NL>)|welke dosis|genoeg (?:<W> )?<PILLS_NL>"
                     "|hoe hoog (?:een|de|die) "
                     "(?:brug|flat|viaduct)", 10),
                r"\b(?:tandarts|bevalling|behandeling|verdoving|operatie|hond|kat|dier\w*|plant\w*"
                r"|film|serie|boek|documentaire|scriptie|studie|spin|slang|paddenstoel\w*|teek"
                r"|beet|wesp|griep|virus|ziekte|bacterie|corona|allergie|hitte|bliksem|ongeluk"
                r"|giftig voor)\b",
            ),
            (
                ("dodelijke", "letale"),
                r"\b(?:dodelijke|letale) (?:dosis|hoeveelheid)\b",
            ),
            (
                ("hoeveel",),
                r"\bhoeveel (?:<W> )?<PILLS_NL> (?:<W> ){0,3}?(?:dodelijk|genoeg om|nodig om)\b",
            ),
            (
                ("manier",),
                r"\bmanier(?:en)? (?:<W> )?om (?:<W> ){0,2}?(?:dood te gaan|te sterven"
                r"|er ?uit te stappen|er een eind(?:e)? aan te maken|uit het leven te stappen"
                r"|mezelf (?:<W> ){0,2}?te)\b",
                r"\b(?:contract|abonnement|lidmaatschap|hypotheek|baan|relatie|club|vereniging)\b",
            ),
            (
                ("klaar", "verstopt", "handbereik"),
                near("<MEANS_NL>", "(?:ligt|liggen|hangt|hangen|staat|staan) klaar|klaar ?(?:gelegd"
                     "|gezet|liggen|hangen)|klaarliggen|verstopt|binnen handbereik", 5),
                r"\b(?:taart|brood|groente|vlees|snijden|koken|keuken|eten|diner|verhuiz\w*"
                r"|kamperen|jacht|klus\w*|gereedschap|cadeau|feest|vakantie|apotheek|ontbijt|tas"
                r"|koffer|recept)\b",
            ),
            (
                A_PILLS_NL,
                r"\bgenoeg (?:<W> )?<PILLS_NL> (?:<W> ){0,2}?(?:om|voor) (?:het te doen|mezelf"
                r"|dood te gaan|er een eind|een overdosis|te sterven|het einde)\b",
            ),
            (
                ("het ga doen", "het zal doen", "het wil doen"),
                r"\b(?:plek|plaats|plekje|manier|moment|tijdstip) (?:<W> ){0,2}?(?:waar|waarop|hoe"
                r"|wanneer) ik het (?:<W> )?(?:ga|wil|zal) doen\b",
                r"\b(?:feest\w*|verjaardag|verhuiz\w*|bruiloft|huwelijk|aanzoek|taart|klus\w*"
                r"|verbouw\w*|tuin|schilder\w*|presentatie|gesprek)\b",
            ),
            (
                ("te doen", "het ga doen", "het zal doen", "het wil doen"),
                r"\balles (?:<W> ){0,3}?(?:wat )?ik nodig heb (?:om het te doen|voor het einde)\b"
                r"|\bbesloten (?:hoe|wanneer|waar) ik het (?:ga|zal|wil) doen\b"
                r"|\b(?:opgezocht|gezocht|gegoogeld|gegoogled|uitgezocht) hoe ik het (?:moet|kan|ga"
                r"|zou kunnen) doen\b",
            ),
            (
                ("moment",),
                near("<MEANS_NL>", "(?:wacht|wachten|wachtte) (?:<W> )?(?:alleen nog )?(?:op|tot) het"
                     " (?:juiste|goede|geschikte) moment", 10),
            ),
            (
                ("te doen",),
                r"\b(?:alles|het) (?:<W> ){0,2}?(?:klaar ?liggen|klaar ?gelegd|klaar|geregeld"
                r"|voorbereid) (?:om|voor) het te doen\b",
            ),
            (
                ("doen",),
                r"\bweet (?:<W> ){0,2}?(?:hoe|wanneer|waar) ik het (?:<W> ){0,2}?(?:ga|zal|wil"
                r"|moet) doen\b(?!\s*[:\-]| (?:met|bij|op|in)\b)",
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
                     "|fantasie|denk|dacht|stel me voor|droom|plan|regel|geregeld|bedenk|wie er"
                     "|welke muziek|liedjes", 8),
                r"\b(?:verzekering|uitvaartverzekering|notaris|polis|later als ik oud|testament)\b",
            ),
        ],
    ),
    (
        "nl.disappear",
        "Dutch: disappearing for good, sleeping for ever, wanting it all to be over",
        [
            (
                ("verdw", "oplos"),
                near("verdwijnen|verdwijn|verdween|oplossen", "<FOREVER>|zonder (?:een )?spoor", 5),
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
                ("beeindig",),
                r"\b(?:ga|wil|zal|moet|kan) (?:het|alles) (?:(?:gewoon|maar|nu|vanavond|morgen"
                r"|echt|zelf) ){0,3}beeindigen\b(?! (?:met|van)\b)",
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
                ("probleem", "last", "zorg"),
                r"\bik (?:<W> ){0,2}?(?:niet lang meer|niet meer lang|binnenkort|straks) (?:<W> )?"
                r"(?:een |jullie |jouw |je |iemands )?(?:probleem|last|tot last|zorg)\b",
            ),
        ],
    ),
]
