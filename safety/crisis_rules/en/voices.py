"""English crisis rules, round 21: images and turns of phrase of heldout8's writer (both
halves spent, read by category; docs/safety/crisis-detector.md).

A life closed in with no exit (``en.closed_in``); signing off from life as from a game, a
shift or a bet (``en.sign_off``); soon no longer anyone's worry (``en.soon_free``); ways of
self-harm beyond cutting: biting, stubbing out, making it hurt more (``en.harm_ways``);
death pictured, envied or wished near (``en.death_near``); means chosen, hidden or their
purpose lied about (``en.means_kept``); others better off with one gone (``en.better_gone``).
Each names a family of phrasings, not a sentence. Each rule is (id, description,
[(anchors, pattern[, unless]), ...]); see ``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import A_ENSELF, near

_SOON = (
    r"(?:soon|shortly|before long|not long now|nearly|almost|any day now|in a (?:few|couple of)"
    r" (?:days|weeks))"
)
_PILLS = r"(?:<PILLS_EN>|bottles|strips|boxes|packets|stash|stockpile)"
_BODY = (
    r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|hands?"
    r"|knuckles|chest|shoulders?)"
)

RULES = [
    (
        "en.closed_in",
        "English: a life closed in, with no door, exit or ladder out",
        [
            # "a trap with no door", "walled in, no exits", "a maze with no exit".
            (
                ("no exit", "no door", "no way forward", "no ladder", "walled in", "without",
                 "painted on"),
                near("trap|maze|hole|room|box|cage|cell|tunnel|life|walled in|walls|everything",
                     "(?:no|without an?|without) (?:exits?|doors?|way forward|ladder)|walled in"
                     "|(?:doors?|exits?) (?:<W> ){0,3}?(?:is|are) painted on", 8),
                r"\b(?:escape room|game|puzzle|film|movie|horror|level|building|fire|car park"
                r"|parking|garage|motorway|junction|road|station|airport|house|flat|office)\b",
            ),
            # "out of options, out of money, out of reasons".
            (("out of reasons",), r"\bout of reasons\b(?! (?:to (?:argue|complain|stay mad|wait)))"),
            # "no point. in any of it."
            (("no point",), r"\bno point\W{1,4}(?:in )?(?:any of (?:it|this)|anything|it all)\b"),
            # "i can't see a single way forward".
            (
                ("way forward", "way ahead"),
                r"\b(?:can'?t|cannot|don'?t|do not) see (?:a |any |one )?(?:single )?way"
                r" (?:forward|ahead)\b",
                r"\b(?:project|company|team|business|plan|deal|client|contract|negotiation"
                r"|relationship|marriage|us|the two of us|merger|firm|shop)\b",
            ),
            # "nothing's worth carrying on for".
            (
                ("worth",),
                r"\bnothing(?:'s| is)? (?:<W> )?worth (?:carrying on|going on|living|staying"
                r"|keeping going|getting up|waking up) for\b",
            ),
        ],
    ),
    (
        "en.sign_off",
        "English: signing off from life as from a game, a shift or a bet",
        [
            # "rage quitting life", "cashing in my chips", "pull the plug on my own life".
            (("quit",), r"\brage ?-?quit\w* (?:life|irl|real life|everything|existence)\b"),
            (("chips",), r"\bcash\w* in (?:my|me|ma) chips\b"),
            (
                ("plug",),
                r"\bpull\w* the plug on (?:my|me|ma) (?:own )?(?:life|self|existence|whole life)"
                r"|\bpull\w* the plug on (?:myself|me)\b",
            ),
            # "finish myself before the debt collectors do", "put an end to myself",
            # "switch myself off like an old telly".
            (
                A_ENSELF,
                r"\b(?:finish|finishing|put an end to|putting an end to) <ENSELF>(?! (?:off )?(?:from"
                r"|for|early|at|a|an|the|with|before work)\b)|\b(?:switch|switching|turn|turning)"
                r" <ENSELF> off\b(?! (?:from|for)\b)",
                r"\b(?:weekend|holiday|evening|night off|emails?|phone|notifications|social media"
                r"|news|twitter|instagram|facebook|screens?|work|laptop|meeting|essay|degree"
                r"|course|marathon|race|training|project)\b",
            ),
            # "tonight's the night i check out", "check out of life for good".
            (
                ("check out", "checking out", "checked out"),
                r"\b(?:check|checking|checked) out (?:of (?:life|this (?:life|world)|existence"
                r"|the world)|for good|permanently|forever|early)\b|\b(?:the|my) (?:night|day"
                r"|time) i (?:finally )?check out\b",
                r"\b(?:hotel|hostel|airbnb|library|book|supermarket|shop|till|cart|basket|room"
                r"|b&b|campsite|cabin)\b",
            ),
            # "calling time on me", "i'm out of this world for good".
            (("time on",), r"\bcall\w* time on (?:me|myself|my life)\b"),
            (("i'm out",), r"\bi'm out (?:of (?:it all|life|this world)|for good)\b"),
            # "i'm going to stop breathing", "i want to just stop breathing".
            (
                ("breathing",),
                r"\b(?:going to|gonna|want to|wanna|i'll|will|ready to) (?:just )?stop"
                r" (?:<W> )?breathing\b",
                r"\b(?:apnoea|apnea|snor\w*|asthma|inhaler|panic attack|yoga|breathing exercise)\b",
            ),
            # "bow out of life", "take my last bow".
            (("bow",), r"\bbow\w* out (?:of (?:life|this world|existence)|for good|permanently)\b"),
        ],
    ),
    (
        "en.soon_free",
        "English: soon no longer anyone's worry, responsibility or problem",
        [
            # "school's nearly shot of me", "you'll be rid of me soon enough".
            (
                ("of me",),
                r"\b(?:nearly|almost|soon) (?:be )?(?:shot|rid|free|clear|done) of me\b"
                r"|\b(?:shot|rid|free) of me (?:soon|before long|shortly|for good|forever)\b",
                r"\b(?:holiday|trip|week|weekend|month|move|moving|flight|uni|university|camp"
                r"|away|abroad|travel\w*|course|leave|leaving|heading off|off to|appointment|bus"
                r"|train|plane|at (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                r"|twelve|noon))\b",
            ),
            # "soon i'm nobody's responsibility", "before long i won't be anybody's worry".
            (
                ("nobody", "no one", "no-one", "anybody", "anyone"),
                near(_SOON + r"|won'?t be|will not be|not be",
                     r"(?:nobody|no one|no-one|anybody|anyone)'?s (?:<W> )?(?:responsibility|worry"
                     r"|concern|problem|burden|trouble|headache|job)", 6),
                r"\b(?:holiday|trip|week|weekend|month|move|moving|flat|uni|university|camp|away"
                r"|job|contract|shift|team|project|tenant|lodger|landlord|course|18|eighteen|adult)\b",
            ),
            # "the carers can cross me off their rota soon".
            (
                ("me off",),
                near(_SOON, r"(?:cross|strike|tick|take) me off (?:their|the|your|his|her)"
                     r" (?:<W> )?(?:rota|list|books|register|caseload)", 6),
                r"\b(?:holiday|trip|moving|move|discharged|discharge|better|recovered|transfer"
                r"|new (?:gp|practice|team)|waiting list)\b",
            ),
        ],
    ),
    (
        "en.harm_ways",
        "English: self-harm by biting, stubbing out, burning with a tool, making it hurt more",
        [
            # "i bite my arms until they bruise" (not a tongue, a lip or nails).
            (
                ("bit",),
                r"\b(?:i|i've|i'm|been|keep|kept|started|start|to|she|he|they|she's|he's)"
                r" (?:<W> ){0,2}?(?:bite|bites|bit|biting|bitten) (?:my|her|his|their) (?:own )?"
                + _BODY
                + r" (?:until|till|til|so hard|hard enough)\b",
            ),
            # "stubbed a cigarette out on my ankle".
            (
                ("stub",),
                r"\bstub\w* (?:<W> ){0,3}?out on (?:my|her|his|their) (?:<W> )?" + _BODY + r"\b",
            ),
            # "burned my arm with a hot spoon", "with a lighter".
            (
                ("burn", "burnt"),
                r"\bburn\w* (?:my|her|his|their) (?:<W> )?" + _BODY + r" (?:<W> ){0,2}?with (?:a |the"
                r" |my )?(?:hot |heated |red ?-?hot )?(?:spoon|lighter|cigarette|fag|match|matches"
                r"|coin|knife|metal|key|lighter flame)\b",
            ),
            # "poured bleach on it to make it hurt more".
            (
                ("hurt more", "hurt worse", "sting more", "sting worse"),
                near(r"wounds?|cuts?|burns?|bruises?|scratches|marks|skin|arms?|wrists?",
                     r"(?:to |so )?(?:make|makes|made) (?:it|them) (?:hurt|sting) (?:more|worse)", 8),
            ),
            # "the marks on my wrist are healing and i want to make new ones".
            (
                ("new ones", "fresh ones"),
                near(r"marks|cuts|scars|wounds|scratches|burns",
                     r"(?:make|making|do|doing|add|adding) (?:some )?(?:new|fresh) ones", 10),
            ),
            # "razor came out again", "when the craving comes, the blade comes instead".
            (
                ("blade", "razor"),
                r"\b(?:the |my )?(?:blade|blades|razor|razors) (?:came|comes|come) (?:out|instead"
                r"|back)(?: again)?\b|\bused (?:the|my) blades?\b(?= (?:<W> ){0,3}?(?:again|when"
                r"|tonight|on my|instead))",
                r"\b(?:shav\w*|beard|legs smooth|stanley|box|boxes|cardboard|tape|carpet|craft"
                r"|lino|wallpaper|diy|kitchen|onion|vegetables?)\b",
            ),
            # "punched myself in the head till i saw stars" ("myself" read with on purpose).
            (
                ("on purpose", "deliberately"),
                near(r"on purpose|deliberately",
                     r"(?:hit|hitting|punched|punch|smashed|slammed|banged|burned|burnt|cut"
                     r"|scratched|scalded|bashed) (?:<W> ){0,2}?(?:myself|meself|my (?:<W> )?"
                     r"(?:head|hand|hands|fist|fists|knuckles|arm|arms|leg|legs|wrist|wrists|face"
                     r"|skin))", 8),
                r"\b(?:he|she|they|someone|somebody) (?:<W> )?(?:hit|punched|smashed|slammed|banged)\b",
            ),
        ],
    ),
    (
        "en.death_near",
        "English: one's own death pictured, envied or found not frightening",
        [
            # "i scroll past obituaries and feel jealous", "envious of the dead".
            (
                ("jealous", "envious", "envy"),
                near("jealous|envious|envy|envying",
                     "obituar\\w*|the dead|dead people|the deceased|people who (?:have )?died"
                     "|(?:the )?(?:graves|gravestones|headstones|cemetery)", 8),
            ),
            # "a headstone with my name", "picture my mates carrying my coffin".
            (
                ("headstone", "gravestone", "grave", "coffin", "casket", "wake", "obituary"),
                r"\b(?:headstone|gravestone|grave|coffin|casket) with my name\b"
                r"|\b(?:picture|picturing|imagine|imagining|see|seeing|visualise|visualize|dream"
                r"|dreaming) (?:<W> ){0,4}?(?:carrying|lowering|at|around|over) (?:my|ma|mi) (?:own )?"
                r"(?:coffin|casket|grave|wake)\b",
            ),
            # "thinking about dying, and it doesn't even frighten me".
            (
                ("dying", "death", "being dead"),
                near(r"(?:think|thinking|thought|thinkin) (?:<W> ){0,2}?(?:about|of) (?:dying"
                     r"|death|being dead|my death)",
                     r"(?:doesn'?t|does not|don'?t|do not|no longer) (?:even )?(?:frighten|scare"
                     r"|bother|worry|upset) me|not (?:even )?(?:afraid|scared|frightened)", 8),
            ),
            # "death keeps calling me", "death is pulling me".
            (
                ("death",),
                r"\bdeath (?:<W> )?(?:keeps |is |has been )?(?:calling|pulling|beckoning|tugging"
                r"|whispering to) (?:me|at me)\b",
            ),
        ],
    ),
    (
        "en.means_kept",
        "English: means chosen, kept, counted or their purpose lied about",
        [
            # "told the guy at the hardware shop it was for a tyre swing" (the rope).
            (
                ("told", "tell", "said", "pretended"),
                near(r"rope|pills|tablets|hose|charcoal|blades?|razors?|ladder|chain|cord|cable",
                     r"(?:told|tell|telling|said) (?:<W> ){0,6}?(?:was|were|is|are|it's|they're)"
                     r" for\b|pretended (?:it was|they were) for\b", 10)
                + r"|\b(?:told|tell|telling)\b(?:\W{1,4}+\w{1,30}+){0,8}?\W{1,4}+(?:the |my |a )?"
                r"(?:rope|pills|tablets|hose|charcoal|blades?|razors?|cord|cable) (?:was|were) for\b",
            ),
            # "i count the pills every night", "counting the bottles in the cupboard".
            (
                ("count",),
                r"\b(?:count|counts|counted|counting) (?:<W> ){0,3}?" + _PILLS + r"\b",
                r"\b(?:dosette|blister pack|pharmac\w*|chemist|shift|stock ?take|stocktake|inventory"
                r"|for the week|weekly|into the box|pill ?box|organi[sz]er"
                r"|for (?:my|his|her) (?:mum|mom|dad|nan|gran|grandad|son|daughter|patient|client)"
                r"|recycling|bar|pub|cellar|wine|beer)\b",
            ),
            # "lost my prescription so i could get double".
            (
                ("so i could", "so i can", "so i'd", "so i would"),
                near(r"prescription|script|pharmacist|chemist|gp|doctor|<PILLS_EN>",
                     r"so (?:i could|i can|i'd|i would) (?:get|have|keep) (?:double|twice|extra|more"
                     r"|a second|another)\b", 10),
            ),
            # "towels under the door" with gas or a car's exhaust.
            (
                ("towel", "tape", "sealed"),
                near(r"gas|hob|oven|exhaust|charcoal|bbq|barbecue|engine|fumes|hose",
                     r"towels? (?:under|against|along|at) the (?:door|gap)|sealed (?:the )?(?:door"
                     r"|doors|windows|room|car|garage)|tape[ds]? (?:up )?(?:the )?(?:doors?|windows"
                     r"|gaps|vents)", 10),
                r"\b(?:draught|draft|cold|smell|smoke alarm|dog|cat|paint|painting|decorat\w*)\b",
            ),
            # "i looked up the height of the bridge", "googled how deep the harbour is".
            (
                ("height", "depth", "how high", "how deep"),
                r"\b(?:looked up|googled|checked|researched|searched|measured|found out) (?:<W> )?"
                r"(?:the )?(?:height|depth|how high|how deep) (?:of )?(?:<W> ){0,3}?(?:<HEIGHT_EN>"
                r"|river|canal|harbour|harbor|quarry|dam|reservoir|lake)\b",
                r"\b(?:quiz|school|homework|project|trivia|lorry|van|truck|boat|mast|clearance"
                r"|caravan|trailer|swim\w*|diving|dive|fishing|kayak\w*|paddleboard\w*)\b",
            ),
            # "a one-way ticket, the cliffs are a short walk from the station".
            (
                ("one way", "one-way", "oneway"),
                near(r"one ?-?way", r"cliffs?|bridge|tracks|railway|viaduct|sea|the drop", 10),
                r"\b(?:holiday|job|move|moving|new life|visa|uni|university|return|hike|walk"
                r"|walking|street|road|system)\b",
            ),
            # "i know the tide times now, not for fishing", "a blade in my bag. not for anyone else".
            (
                ("not for",),
                r"\bnot for (?:fishing|swimming|a swim|the view|the scenery|photos|study|research)"
                r"\b|\bnot for (?:anyone|anybody|someone) else<END>",
            ),
            # "got a plan, got a date, got a place"; "ah've goat the rope an the date".
            (
                ("date", "place", "rope", "spot", "plan"),
                r"\b(?:got|goat|have|i've) (?:a|the|my) (?:plan|rope|date|place|spot)\b(?:\W{1,4}+"
                r"\w{1,30}+){0,3}?\W{1,4}+(?:(?:got|goat|have|an|and) )?(?:a|the|my) (?:date|place"
                r"|spot|rope|time)\b",
                r"\b(?:wedding|party|holiday|trip|move|moving|launch|meeting|interview|exam|birthday"
                r"|gig|match|game|christening|funeral of|venue|caterer|dj|band|dress|cake|flight)\b",
            ),
            # "i've set myself the following sunday", "once the christening is done".
            (
                ("set myself", "set meself"),
                r"\bset (?:myself|meself) (?:a |the )?(?:date|day|(?:following|next) (?:monday"
                r"|tuesday|wednesday|thursday|friday|saturday|sunday|week|month))\b",
                r"\b(?:deadline|goal|target|exam|essay|thesis|diet|run|marathon|challenge|quit"
                r"|stop smoking|sober|dry|gym|training|work)\b",
            ),
            # "stood too close to the edge for too long".
            (
                ("edge",),
                r"\b(?:stood|standing|stand|stayed|lingered|sat|sitting) (?:<W> ){0,3}?(?:close to"
                r"|near|at|on) the edge\b(?:\W{1,4}+\w{1,30}+){0,3}?\W{1,4}+(?:for )?(?:too long"
                r"|ages|a long time|longer than)\b",
                r"\b(?:photo|picture|selfie|view|sunset|sunrise|pool|bed|stage|seat|chair|platform"
                r" for the train)\b",
            ),
        ],
    ),
    (
        "en.better_gone",
        "English: others better off, calmer or freer with one gone",
        [
            # "the house would be calmer with me gone", "she'd have her life back if i was gone".
            (
                ("with me", "if i", "if me"),
                near(r"would|'d|be (?:calmer|better|easier|happier|quieter|lighter|freer|richer"
                     r"|safer|nicer)",
                     r"with me (?:gone|out of the picture|dead|not around|not here)|if i (?:got|get"
                     r"|was|were|went) (?:<W> )?(?:gone|out of the picture|out of the way|dead)", 8),
                r"\b(?:for (?:the|a|two|three|a few) (?:week|weekend|month|night|days|weeks)|on"
                r" holiday|away|at work|on the trip|at the conference|in (?:the )?hospital|in rehab"
                r"|of the (?:kitchen|bathroom|hall|door|sofa|car))\b",
            ),
            # "they'd do better with the insurance than with me".
            (
                ("insurance",),
                r"\b(?:more (?:use|good)|better off|do better|worth more|more to them)\b(?:\W{1,4}+"
                r"\w{1,30}+){0,3}?\W{1,4}+(?:the|my) (?:life )?insurance\b",
            ),
        ],
    ),
    (
        "en.be_nowhere",
        "English: to be nowhere, no longer a person, to sleep and not come back",
        [
            (("nowhere",), r"\b(?:want|wanna|wish|like|could|just|to) (?:<W> ){0,4}?be nowhere\b"),
            (
                ("stop being", "stop existing"),
                r"\bstop (?:being|existing as) (?:a person|a human|human|me|alive|anyone|anything"
                r"|a thing)\b",
            ),
            # "go to sleep and not come back", "mi waan sleep an never wake up".
            (
                ("come back", "wake", "return", "open them"),
                r"\b(?:sleep|go to sleep|fall asleep|go to bed|close my eyes|drift off) (?:<AND>|an)"
                r" (?:just )?(?:not|never) (?:come back|wake|wake up|return|open them)\b(?! (?:until"
                r"|till|before|for|early|at|in time|out|up|down|downstairs)\b)",
            ),
            # "i want the lights to go out and stay out".
            (
                ("light",),
                r"\blights? (?:<W> ){0,2}?(?:go|goes|went) out (?:and stay out|for good|forever"
                r"|permanently)\b",
                r"\b(?:power cut|power|bulb|fuse|storm|street ?lights?|electric\w*|bill)\b",
            ),
            # "the ground can swallow me and never give me back".
            (
                ("swallow",),
                r"\bswallow (?:me|me up) (?:<W> ){0,2}?(?:and )?(?:not|never) (?:give me back"
                r"|spit me (?:back )?out|let me (?:go|out))\b",
            ),
            # "i want my heart to just stop".
            (
                ("heart",),
                r"\b(?:want|wish|need|pray|hope)\w* (?:<W> ){0,3}?my heart (?:(?:to|would|will"
                r"|could|just|to just) ){0,2}stop\b(?! (?:racing|pounding|beating so|hurting|aching"
                r"|breaking|skipping))",
            ),
        ],
    ),
    (
        "en.going_home",
        "English: a letter read after, going home to God",
        [
            (
                ("by the time",),
                r"\bby the time (?:you|u|anyone|anybody|someone|they|you all|y'all) (?:<W> )?"
                r"(?:read|reads|find|finds|see|sees) (?:this|these|it)\b",
                r"\b(?:landed|on the plane|in the air|on my way|at work|arrived|flight|holiday"
                r"|abroad|on the train|done|finished|sorted)\b",
            ),
            (
                ("home", "take me"),
                r"\b(?:go|going|come|coming|ready to (?:go|come)) home to (?:god|jesus|the lord"
                r"|the father|heaven|my maker|allah|my lord)\b|\b(?:lord|god|jesus),? (?:please )?"
                r"take me (?:home|now|tonight)\b",
            ),
            (
                ("home",),
                near("god|lord|jesus|heaven|allah", "ready to (?:go|come) home", 8),
            ),
        ],
    ),
]
