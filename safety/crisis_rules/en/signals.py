"""English crisis rules, round 16: the forms that independent writers used and the earlier
rules missed (heldout3, docs/safety/crisis-detector.md).

Someone else who speaks of dying (``en.third_person``); a day, a place or a means chosen
(``en.plan_set``); the last things (``en.last_things``); nothing left to live for
(``en.nothing_left``); stopping with living itself (``en.stop_living``); not being here
long (``en.not_here_long``); death as a relief (``en.death_relief``). Each rule is (id,
description, [(anchors, pattern[, unless]), ...]); see ``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

_HE_SHE = r"(?:he|she|they)"
_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|birthday"
    r"|christmas|new year'?s?(?: eve)?|wedding|\d{1,2}(?:st|nd|rd|th)|(?:jan|feb|march|apr|may"
    r"|june|july|aug|sep|oct|nov|dec)\w* \d{1,2}\w*)"
)
_CHORES = (
    r"\b(?:time|shopping|laundry|washing|dishes|chores?|homework|taxes|tax return|clean\w*"
    r"|ironing|tidy\w*|easy|myself|then|together|with (?:him|her|the kids|you)|invite\w*|lawn"
    r"|garden|party|cake|paperwork|admin|gym|run|workout)\b"
)
_PLACES = (
    r"\b(?:o'?clock|half (?:past|five|six|seven|eight)|\d ?(?:pm|am)|hours?|leav\w*|meeting"
    r"|party|shift|work|office|moving|move|holiday|trip|parents'?|away|visit\w*|flight|train"
    r"|staying|hotel|company|job|contract|season|team|club|school|hospital|ward|lease)\b"
)

RULES = [
    (
        "en.third_person",
        "English: someone else speaks of wanting to die, ending their life or hurting themselves",
        [
            # "my mum keeps saying she wants to die", "he wishes he was dead".
            (
                ("die", "dead"),
                rf"\b{_HE_SHE} (?:<FILLE>){{0,2}}(?:wants?|wanted|wishe?s|wished|want) (?:<FILLE>){{0,2}}"
                rf"(?:to die|to be dead|{_HE_SHE} (?:was|were|had died) dead|{_HE_SHE} (?:was|were)"
                r" dead)\b",
                r"\b(?:laughing|of embarrassment|of boredom|tired)\b",
            ),
            (
                ("wants", "wanted", "want"),
                rf"\b{_HE_SHE} (?:<FILLE>){{0,2}}(?:wants?|wanted) to end (?:his|her|their) (?:own )?"
                r"life\b",
            ),
            # "my daughter says she doesn't want to live anymore", "not wanting to exist".
            (
                ("live", "exist", "alive"),
                rf"\b{_HE_SHE} (?:doesn'?t|does not|don'?t|do not|didn'?t) want to (?:live|be alive"
                r"|exist)\b(?! (?:in|with|at|near|there|here in|like|on|under|next)\b)"
                r"|\bnot wanting to (?:live|exist|be alive)\b(?! (?:in|with|at|near|there|like"
                r"|on|under|next)\b)",
            ),
            # "my boyfriend just texted that he's going to end it".
            (
                ("end it",),
                rf"\b{_HE_SHE}(?:'s| is| are|'re|'ll| will) (?:going to|gonna|about to)? ?end it"
                r"(?: all)?<END>",
                r"\b(?:relationship|marriage|engagement|contract|lease|things|friendship|with (?:me"
                r"|her|him|us|them)|job|band|partnership)\b",
            ),
            (
                ("better off",),
                r"\b(?:everyone|everybody|the world|the kids|her kids|his kids|his family|her family"
                r"|we all|you all) (?:<W> ){0,2}?better off without (?:her|him)\b",
                r"\b(?:team|club|company|band|class|squad|department)\b",
            ),
            # "burn marks on his arm, he does it himself with a lighter".
            (
                ("himself", "herself", "themselves"),
                near("burn marks|burns|cuts|scars|scratches|wounds",
                     "(?:does|did|doing|done) (?:it|them|that|this) (?:<W> ){0,2}?(?:to )?(?:himself"
                     "|herself|themselves)|(?:himself|herself|themselves) with a (?:lighter|blade"
                     "|razor|knife|cigarette)", 10),
                r"\b(?:welding|cooking|oven|work|fell|accident|cat|dog|diy|shaving)\b",
            ),
        ],
    ),
    (
        "en.plan_set",
        "English: a day, a place or a means chosen (a date alone, the car in the garage, the bridge)",
        [
            # "friday the 14th. that's when i do it", "after my sister's wedding I'll do it.".
            (
                ("do it", "doing it"),
                r"(?:^|(?<=[.!?] ))(?:and )?(?:that'?s when|then|that day|on that day) i(?:'ll| will|'m"
                r" going to| am going to)? do it<END>"
                rf"|\b(?:on|after|before) (?:<W> ){{0,4}}?{_DAYS}(?: <W>){{0,2}}?,? i(?:'ll| will|'m"
                r" going to) do it<END>"
                rf"|\bi(?:'m| am) doing it (?:on|after|before) (?:<W> ){{0,4}}?{_DAYS}\b"
                r"(?:<END>|,? i'?ve decided)",
                _CHORES,
            ),
            (
                ("which day", "when"),
                r"\bi (?:already |now )?know (?:which day|when) (?:it(?:'ll| will| is going to) be"
                r"|i(?:'ll| will)? do it)<END>",
            ),
            # "sitting in the car in the garage with the engine running".
            (
                ("garage",),
                near("garage", "engine (?:running|on)|exhaust|hose", 8),
                r"\b(?:defrost\w*|warm\w*|mechanic|mot|repair\w*|servic\w*|waiting|wait|rain\w*"
                r"|cold|windscreen|frost\w*|battery)\b",
            ),
            # "tonight i'm going to the bridge", "walking towards the railway tracks now".
            (
                ("bridge", "tracks", "railway", "river", "canal", "cliff", "roof"),
                r"\b(?:going|walking|heading|driving|cycling|on my way)(?: over)? (?:to|towards"
                r"|toward) the (?:bridge|tracks|railway(?: tracks| line)?|river|canal|cliffs?|roof"
                r"|rooftop)(?: bridge)?(?: now)?(?:<END>| and i'?m not coming back| for the last"
                r" time)",
                r"\b(?:market|station|shop\w*|pick\w* up|meet\w*|walk the dog|dog|fishing|work"
                r"|school|boat|kayak\w*|swim\w*|photo\w*|picnic|run|jog\w*)\b",
            ),
            # "i'm at the canal and the water is so cold. i want to go in".
            (
                ("go in", "walk in", "into the water"),
                near("canal|river|water|sea|lake|bridge|harbour|harbor",
                     "i want to (?:go|walk) in|walk into the (?:water|sea|river)|i'?m going in", 8),
                r"\b(?:swim\w*|dive|diving|summer|warm|beach|boat|fishing|pool|paddl\w*|kayak\w*"
                r"|wetsuit|surf\w*)\b",
            ),
            # "i'm at the canal ... i want to go in" split over two sentences.
            (
                ("go in",),
                r"(?:^|(?<=[.!?] ))i (?:just )?want to go in<END>",
                r"\b(?:pool|swim\w*|shop|house|office|store|water park|sauna)\b",
            ),
            (
                ("pill", "tablet", "meds", "medication", "painkiller"),
                r"\b(?:kept|saved|stored|hoarded) all (?:the|my) (?:<PILLS_EN>)\b"
                r"|\ball (?:the|my) (?:<PILLS_EN>) (?:<W> ){0,5}?(?:kept|saved|stored|hoarded)\b",
                r"\b(?:pharmacy|return\w*|dispos\w*|bin|chemist)\b",
            ),
            (
                ("happens", "do it"),
                r"\b(?:when|once) (?:everyone|everybody|the kids|he|she)(?:'s| is| are) (?:out|asleep"
                r"|away|gone|at work)(?: <W>)?,? (?:that'?s when it happens|then it happens|i'?ll do"
                r" it|it happens)<END>",
                _CHORES,
            ),
            (
                ("train",),
                r"\b(?:waiting for|wait for|watching) the (?:fast|express|freight|non-?stop) trains?\b",
                r"\b(?:to|into|home|work|late|delayed|cancel\w*)\b",
            ),
            (
                ("do it",),
                r"\b(?:fantasi[sz]e|fantasi[sz]ing|think|thinking|plan|planning|imagine|imagining)"
                r" (?:<W> ){0,2}?about how i(?:'d| would| will|'ll)? do it<END>",
            ),
        ],
    ),
    (
        "en.last_things",
        "English: the last things (a will with the passwords, a letter for each child, a last entry)",
        [
            (
                ("will",),
                near("my (?:last )?will(?: and testament)?", "passwords?|pins?|codes?|logins?"
                     "|accounts?|top drawer|drawer", 8),
            ),
            (
                ("each", "every"),
                near("letters?|notes?|cards?", "one for (?:each|every) (?:one )?(?:of (?:the|my) )?"
                     "(?:kids?|children|child|grandkids?|grandchildren)", 8),
                r"\b(?:christmas|birthday|thank you|school|teacher|valentine)\b",
            ),
            # "this will be my last check-in", "the last time I write anything here".
            (
                ("last",),
                r"\b(?:this|that) (?:is|will be|'ll be|'s) my last (?:check-?in|entry|message|note"
                r"|post|log|ride)\b(?! (?:of|for|before|today)\b)"
                r"|\blast time (?:that )?i(?:'ll)? (?:write|post|log|check in)(?: anything)?"
                r" (?:here|in (?:here|this app))\b",
                r"\b(?:of the (?:day|week|month)|for (?:today|the week|now)|today|tonight|rest day"
                r"|tomorrow|holiday|weekend|break)\b",
            ),
            (
                ("goodbye",),
                r"\bgoodbye (?:<W> ){0,6}?without (?:him|her|them|anyone|my \w+) (?:<W> )?"
                r"(?:knowing|realising|realizing|noticing)\b",
            ),
            (
                ("fault",),
                near("thank\\w*|sorry|goodbye|farewell|i love you", "not (?:your|their) fault", 10),
            ),
            (
                ("for after",),
                r"\b(?:sorted|arranged|ready|taken care of|organi[sz]ed) (?:<W> ){0,3}?for after"
                r"(?:wards)?<END>",
            ),
            (
                ("note", "letter"),
                r"\b(?:re-?wr[io]te|rewritten|rewriting) (?:<W> ){0,2}?my (?:note|letter|last"
                r" letter)\b",
                r"\b(?:teacher|school|work|office|doctor|sick|boss|speech|cover|essay|for (?:the"
                r"|my) \w+)\b",
            ),
            (
                ("for good", "forever", "permanently"),
                near("took|gave|handed|brought|rehomed|look after|take care of",
                     "for good|forever|permanently", 8),
                r"\b(?:allerg\w*|moving|adopt\w*|shelter|space|too small|holiday|bought|sold"
                r"|charity)\b",
            ),
            (
                ("sorry for everything",),
                near("sorry for everything", "take care of yourselves|look after each other|goodbye"
                     "|love you all", 10),
            ),
            (
                ("one last",),
                r"\bone last (?:message|text|call|goodbye|hug)\b",
                r"\b(?:about|before|for the|party|meeting|reminder|work|group|deadline|shift)\b",
            ),
            (
                ("my things", "my stuff", "my belongings", "something of mine"),
                r"\b(?:divided|split|shared|handed) (?:up )?my (?:things|stuff|belongings|possessions)"
                r"\b|\beveryone gets something (?:of mine|from me)\b",
                r"\b(?:moving|move|declutter\w*|charity|sale|sold)\b",
            ),
            (
                ("not around", "not here", "gone", "dead"),
                near("letters?|notes?|videos?", "(?:when|and|once) i'?m (?:not around|not here|gone|dead)"
                     "|after i'?m gone", 12),
            ),
        ],
    ),
    (
        "en.nothing_left",
        "English: nothing left to live or fight for, no reason, no hope, no exit",
        [
            (
                ("reasons",),
                r"\bout of reasons (?:to (?:live|stay|keep going|go on)|for living)\b",
            ),
            (
                ("for",),
                r"\bnothing (?:left )?(?:to|worth) (?:fight(?:ing)?|liv(?:e|ing)|go(?:ing)? on"
                r"|keep(?:ing)? going) for\b",
            ),
            (
                ("living for", "alive for"),
                r"\bwhat(?:'s| is| am) (?:i )?(?:even |still )?(?:living|alive) for\b",
            ),
            (
                ("reason",),
                r"\b(?:no|not a|not one|don'?t have (?:a|any|one)|no more|zero)(?: single)? reasons?"
                r" (?:left )?to (?:stay alive|keep living|live|go on living|go on)\b",
            ),
            (
                ("hope",),
                r"\b(?:the|all|my) hope(?: i had)? is (?:<W> )?(?:gone|lost|dead)\b",
                r"\b(?:team|match|game|win\w*|promotion|job|flight|train|traffic|weather|on time"
                r"|that|for (?:a|the))\b",
            ),
            (
                ("i mean",),
                r"(?:^|(?<=[.!?] ))(?:living|life|being alive|existing),? i mean<END>",
            ),
            (
                ("point", "meaning", "purpose"),
                r"\blife (?:has|holds) no (?:point|meaning|purpose) (?:<W> ){0,2}?(?:any ?more|any"
                r" longer)\b",
            ),
            (
                ("exit", "escape", "way out"),
                r"\bno (?:exit|way out|escape) anywhere\b",
                r"\b(?:traffic|jam|building|car park|parking|tunnel|maze|stadium|station|festival"
                r"|motorway|highway|ikea|mall|game|level|escape room)\b",
            ),
            (
                ("pretending",),
                near("pointless|meaningless|no point", "done pretending|tired of pretending"
                     "|can'?t pretend any ?more", 8),
            ),
            (
                ("trouble than",),
                r"\bmore trouble than (?:good|i'?m worth)(?: (?:out )?of me)?\b"
                r"|\bmore trouble than good\b",
                r"\b(?:car|printer|dog|cat|house|boiler|phone|laptop|it'?s worth)\b",
            ),
            (
                ("without me",),
                r"\bwithout me,? (?:<W> ){0,4}?(?:could|can|would|will|'d|might) (?:finally |at last )?"
                r"(?:rest|be free|be happy|breathe|have (?:some )?peace|sleep|live|move on with"
                r" (?:their|his|her) li(?:fe|ves))\b",
                r"\b(?:meeting|party|dinner|trip|start\w*|go ahead|shift|holiday|weekend)\b",
            ),
            (
                ("only thing", "best thing"),
                r"\b(?:the only|the best) thing i can (?:still )?do for (?:them|him|her|you|everyone"
                r"|my \w+) is (?:to )?(?:not be here|disappear|go|leave|be gone|not exist|die)\b",
            ),
            (
                ("existence",),
                near("my (?:whole |very )?existence", "saddl\\w*|burden\\w*|drain\\w*|bother\\w*"
                     "|weigh\\w*|exhaust\\w*|ruin\\w*", 6),
                r"\b(?:freelance\w*|business|student|job)\b",
            ),
            (
                ("like me",),
                r"\bbetter off without (?:<W> ){1,3}?like me\b",
            ),
            (
                ("millstone", "albatross"),
                r"\b(?:the|a) (?:millstone|albatross) (?:around|round) (?:<W> ){0,2}?necks?\b",
                r"\b(?:car|house|mortgage|loan|debt|project|contract)\b",
            ),
            # Round 16, second batch (rows written fresh, not from a set).
            (
                ("cost",),
                r"\b(?:i|all i do is) cost (?:<W> ){0,2}?(?:everyone|everybody|them|you|my \w+)"
                r" (?:<W> ){0,2}?(?:money|worry|stress|energy|grief)\b",
            ),
            (
                ("deserve",),
                near("deserves?", "not me|like me", 10),
                r"\b(?:holiday|raise|bonus|gift|present|compliment|cake|prize|break)\b",
            ),
            (
                ("without me",),
                r"\bwithout me,? (?:<W> ){0,2}?(?:never|wouldn'?t|won'?t|no longer) (?:<W> )?have to\b",
                r"\b(?:meeting|party|dinner|trip|shift|holiday|weekend|cook\w*|dishes)\b",
            ),
            (
                ("tried everything",),
                near("tried everything", "nothing (?:helps|works|changes)", 6),
                r"\b(?:printer|laptop|computer|baby|sleep|stain|app|wifi|car|diet|router|phone"
                r"|tap)\b",
            ),
            (
                ("why bother",),
                r"\bwhy bother (?:any ?more|at all|living|going on)\b",
            ),
            (
                ("life",),
                r"\bcan'?t (?:carry|bear|take|stand|do|handle) (?:this|my) life (?:<W> )?(?:any ?more"
                r"|any longer)\b",
            ),
            (
                ("of me",),
                r"\bnothing (?:left )?of me(?: left)?\b",
            ),
        ],
    ),
    (
        "en.stop_living",
        "English: stopping with living itself (breathing, everything, a plug pulled on oneself)",
        [
            (
                ("breathing",),
                r"\b(?:want|wanna|wish i could|going|need) to stop breathing\b"
                r"|\bstop(?:ped)? breathing (?:forever|for good|permanently)\b",
            ),
            (
                ("done being", "done living", "done with living", "done with life", "done existing"),
                r"\bdone (?:being alive|living|existing|with (?:living|life|being alive|existing))\b"
                r"(?! (?:in|with|at|on|under|like|here|there|off)\b)",
            ),
            (
                ("with living", "with life", "with everything"),
                r"(?:^|(?<=[.!?] ))(?:and |just )?with (?:living|life|being alive|existing"
                r"|everything)(?: and everyone)?<END>",
            ),
            (
                ("included",),
                near("quit\\w*|stop\\w*|done|finish\\w*|end\\w*|giving up",
                     "(?:living|life|breathing|existing) included", 6),
            ),
            (
                ("plug",),
                r"\bpull(?:ing|ed)? the plug on (?:myself|me|my life|life|it all|everything)\b",
            ),
            (
                ("checking out", "check out"),
                r"\bcheck(?:ing)? out(?:,)? (?:<W> )?(?:for good|permanently|forever|of (?:life"
                r"|this life|this world))",
                r"\b(?:hotel|library|shop|store|book|airbnb|groceries|room|apartment|office)\b",
            ),
            (
                ("to me",),
                r"\b(?:end|an end) to (?:it|this|everything)(?: <W>)?,? to (?:me|myself)\b",
            ),
            (
                ("finish it", "end it", "finish this", "end this"),
                r"\bi(?:'ll| will|'m going to|'m gonna) (?:<W> )?(?:finish|end) (?:it|this)"
                r"(?: all)? (?:tonight|today|this week|soon|now)<END>",
                r"\b(?:book|film|series|essay|report|project|puzzle|bottle|painting|job|homework"
                r"|season|game|chapter|relationship|with)\b",
            ),
            (
                ("i mean",),
                near("finish|end|stop|quit|done|over", "(?:my life|life),? i mean", 6),
            ),
            (
                ("stopping",),
                r"\bi'?m stopping(?: tonight| today| now)?,? (?:for good|forever|permanently)<END>",
            ),
            (
                ("out of life", "this life", "this world", "existence"),
                r"\b(?:get|getting|got|opt|opting|bow|bowing|check|checking)\b (?:<W> )?out,? (?:out )?"
                r"of (?:life|this life|this world|existence)\b",
            ),
        ],
    ),
    (
        "en.not_here_long",
        "English: not being here long (by Christmas, the last week, Christmas without me)",
        [
            (
                ("here", "around"),
                r"\bi won'?t be (?:here|around) (?:for )?(?:long|much longer|by (?:christmas"
                r"|the summer|new year|the end of \w+|next \w+|my birthday))\b"
                r"|\bi(?:'m| am) not (?:going to|gonna) be (?:here|around) (?:for )?(?:long|much"
                r" longer)\b",
                _PLACES,
            ),
            (
                ("last",),
                r"\b(?:this|that) (?:is|will be|'s) my last (?:week|day|night|weekend|christmas"
                r"|birthday|summer|month)(?:<END>| i (?:think|guess|feel|know)| on earth)",
                _PLACES + r"|\b(?:at|with|of|in|on|before|diet|course)\b",
            ),
            (
                ("worry", "burden", "problem", "concern"),
                r"\bi(?:'ll| will)? ?(?:'m|am|be) (?:no ?one|nobody)'?s (?:worry|burden|problem"
                r"|concern)\b",
            ),
            (
                ("bothering", "burdening"),
                r"\bstop (?:bothering|burdening|troubling) (?:you|everyone|them|anyone)(?: all)?"
                r" (?:<W> ){0,2}?(?:soon|for good|forever|permanently)\b",
            ),
            (
                ("sticking around", "stick around"),
                r"\bnot (?:planning|going|gonna|intending|plan) (?:on |to )?stick(?:ing)? around"
                r" (?:<W> ){0,2}?(?:past|beyond|till|until|after|much longer|for long|long)\b",
                _PLACES + r"|\b(?:early start|drinks|concert|bar|pub|event|gig)\b",
            ),
            (
                ("time left",),
                r"\bnot (?:much|a lot of) time left for me\b",
                r"\b(?:today|this week|at work|deadline|exam|to finish|before|holiday)\b",
            ),
            (
                ("without me",),
                r"\b(?:christmas|xmas|new year|birthday|birthdays|summer|holidays) (?:<W> ){0,3}?"
                r"without me\b|\bwithout me (?:this|next) (?:christmas|year|summer)\b",
                r"\b(?:working|work|shift|holiday|trip|sick|abroad|away|fight|invited|in-laws"
                r"|flight)\b",
            ),
        ],
    ),
    (
        "en.death_relief",
        "English: death as a relief (rather be dead, dying in my sleep, an accident would suit me)",
        [
            (
                ("dead",),
                r"\bi(?:'d| would) (?:<FILLE>){0,2}rather be dead\b(?! than\b)",
            ),
            (
                ("hope",),
                r"\bhope (?:that )?i (?:<W> ){0,2}?(?:die|pass away)\b",
                r"\b(?:laughing|embarrassment|boredom|cringe)\b",
            ),
            (
                ("relief", "blessing", "release"),
                r"\bif i (?:<W> ){0,4}?(?:died|die|didn'?t wake up|never woke up|got hit|crashed"
                r"|drowned)\b(?:\W{1,3}\w{1,30}){0,6}?\W{1,3}(?:relief|blessing|release)\b",
            ),
            (
                ("tree", "wall", "truck", "lorry", "barrier", "pole"),
                near("(?:hit|drive into|crash into|drove into|crashed into|swerve into|steer into)"
                     " (?:a|the) (?:tree|wall|truck|lorry|barrier|pole)",
                     "it'?s over|it would be over|it'?d be over|all over|i'?d be gone", 8),
            ),
            (
                ("suit me", "welcome", "relief"),
                r"\b(?:an accident|a heart attack|an illness|cancer|a crash) (?:<W> ){0,2}?"
                r"(?:would|wouldn'?t) (?:<W> )?(?:suit me|be welcome|be a relief)\b",
            ),
            (
                ("being dead",),
                r"\bbeing dead (?:sounds|seems|feels|would be) (?:<W> )?(?:quiet|peaceful|nice|easy"
                r"|easier|better|restful|good|fine)\b",
            ),
            (
                ("never existed", "never was", "never been"),
                r"\b(?:as if|like) i (?:never existed|had never existed|was never (?:here|born)"
                r"|never was|had never been born)\b",
            ),
            (
                ("gone",),
                r"\bi (?:want|wanna|need|wish) (?:to )?(?:<FILLE>){0,2}be gone (?:for good|forever"
                r"|for ever|permanently|and never come back)\b",
                r"\b(?:trip|weekend|office|job|town|city|country|from here by)\b",
            ),
            (
                ("dead", "gone"),
                near("imagine|imagining|picture|picturing|wonder|wondering",
                     "if i (?:were|was) (?:dead|gone|not here)", 8),
            ),
            (
                ("nothing", "void", "thin air"),
                r"\b(?:dissolve|fade|vanish|melt) (?:<W> )?into (?:nothing|nothingness|the void"
                r"|thin air)\b",
            ),
            (
                ("black",),
                r"\bwant (?:everything|it all) to (?:go|turn|fade to) black\b",
            ),
            (
                ("last",),
                r"\bthe last (?:christmas|birthday|summer|winter|spring|new year) i(?:'ll| will)"
                r" (?:see|have|celebrate|spend|get)\b(?! (?:in|at|with|here)\b)",
            ),
        ],
    ),
]
