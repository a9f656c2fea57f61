"""English crisis rules, issue 11: farewells, preparations and means.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.en.vocabulary import WATER_EN
from safety.crisis_rules.words import A_PILLS_EN, near

RULES = [
    (
        "en.farewell",
        "English: farewells (letters, giving things away, saying goodbye)",
        [
            (
                ("goodbye", "good-bye", "farewell"),
                r"\b(?:goodbye|good-bye|farewell) (?:note|notes|letter|letters|message|messages"
                r"|video)\b",
                r"\b(?:colleague|card|retir\w*|leaving|party|work|office|team|boss|class|teacher"
                r"|students|job|coworker|gift|shift|landlord|course|school)\w*\b",
            ),
            (
                ("final", "last"),
                r"\b(?:my|this is my) (?:final|last) (?:note|letter|letters|message|words"
                r"|goodbye)\b",
                r"\b(?:exam|essay|assignment|shift|day at|week at|class|colleague\w*)\b",
            ),
            (
                ("when", "after", "once", "in case", "happen"),
                r"\b<AFTER_ME_EN>",
                r"\bgone (?:for|on) (?:the|a|holiday|vacation|business|work|trip|weekend|tour)\b"
                r"|\b(?:cremated|buried|organ|donor|insurance|lawyer|someday|one day|eventually"
                r"|when i'?m old)\b",
            ),
            (
                ("letter", "note", "card"),
                near("letters?|notes?|cards?", "(?:to|for) (?:everyone|everybody|all the people"
                     "|the people) i (?:love|care about)|in case|explaining everything"
                     "|to remember me", 6),
            ),
            (
                ("need", "who gets", "taken care of", "remember me", "gone"),
                near("giv(?:e|es|ing|en)|gave|donat\\w+|hand(?:ed|ing)? out", "won'?t (?:be )?"
                     "need(?:ing)?|don'?t need (?:them|it|any of it) any ?more|no longer need"
                     "|who gets|taken care of|to remember me|after i'?m gone|when i'?m gone", 10),
            ),
            (
                ("stuff", "things", "belongings", "possessions", "prized", "valuables", "savings",
                 "favourite", "favorite"),
                r"\b(?:giv(?:e|es|ing|en)|gave) (?:away )?(?:all |most )?(?:of )?my (?:stuff|things"
                r"|belongings|possessions|prized \w+|valuables|savings|favourite \w+"
                r"|favorite \w+)(?: away)?\b",
                r"\b(?:old|outgrew|outgrown|charity shop|too small|declutter\w*|spring clean\w*"
                r"|moving|move|clear\w* out|kondo|sell|sold|ebay|garage sale|car boot)\b",
            ),
            (
                ("away",),
                r"\b(?:giv(?:e|es|ing|en)|gave) (?:all |most )?(?:of )?my (?:<W> ){1,4}?away\b",
                r"\b(?:old|outgrew|outgrown|charity shop|too small|declutter\w*|spring clean\w*"
                r"|moving|move|clear\w* out|kondo|sell|sold|ebay|garage sale|car boot|seat|ticket"
                r"|lunch|sandwich|spare)\b",
            ),
            (
                ("who",),
                r"\bwho (?:gets|should get|will get|can have|inherits) my\b",
                r"\b(?:christmas|secret santa|birthday|present|gift)\b",
            ),
            (("affairs",), r"\baffairs in order\b"),
            (
                ("handed", "handing", "hand out", "given out", "gave out", "paid off"),
                r"\b(?:handed|handing|hand|given|gave|giving) out (?:all )?my (?:things|stuff"
                r"|belongings|possessions)\b|\bpaid off (?:all )?my debts and\b",
            ),
            (
                ("love",),
                r"\btell (?:<W> ){1,2}?(?:that )?i (?:love|loved) (?:her|him|them|you)\b",
                r"\bwhen you (?:see|call|speak to|talk to) (?:her|him|them)\b|\b(?:tomorrow|later"
                r"|party|birthday|holiday)\b",
            ),
            (
                ("for later", "for when"),
                r"\b(?:letters?|notes?|cards?) (?:<W> ){0,3}?(?:to|for) my (?:<W> )?(?:children|kids"
                r"|son|daughter|parents|wife|husband|partner|family),? (?:for later|for when)\b",
            ),
            (
                ("police", "finds me", "find me"),
                r"\b(?:note|letter) (?:<W> )?for (?:the police|whoever finds me|the person who finds"
                r" me|the one who finds me)\b",
            ),
            (
                ("as a", "as my", "felt like"),
                r"\bas (?:a|my) (?:goodbye|farewell)\b|\bfelt like (?:saying )?(?:a )?(?:goodbye"
                r"|farewell|the last time)\b",
                r"\b(?:colleague\w*|retir\w*|work|job|team|class|school|teacher|leaving do|moving"
                r"|move|abroad|flowers|gift|present|cake|party|holiday)\b",
            ),
            (
                ("dog", "cat", "pet", "rabbit", "kitten", "puppy"),
                near("dogs?|cats?|pets?|rabbits?|kittens?|puppy", "can'?t (?:look after|take care of"
                     "|care for) (?:him|her|them|it) any ?(?:more|longer)|won'?t be able to (?:look after"
                     "|take care of|care for)|when i'?m gone|after i'?m gone", 12),
                r"\b(?:holiday|vacation|trip|weekend|moving|allerg\w*|hospital|surgery|operation"
                r"|work)\b",
            ),
            (
                ("letters", "notes"),
                r"\b(?:left|leaving|wrote|written|writing) (?:<W> ){0,3}?(?:letters|notes) (?:for|to) "
                r"(?:my|everyone|everybody|the people|all)\b",
                r"\b(?:christmas|birthdays?|pen ?pals?|thank-?you|thanks|holiday|school|teacher"
                r"|council|bank|landlord|work)\b",
            ),
            (
                ("this is",),
                r"\bthis is (?:my |our |the )?(?:goodbye|farewell)\b(?! (?:party|card|present|gift"
                r"|drinks|lunch|dinner)\b)",
                r"\b(?:work|job|colleague\w*|party|team|flat|house|holiday|season|series|show"
                r"|episode|school|summer|camp|class)\b",
            ),
            (
                ("goodbye", "good-bye", "farewell", "bye"),
                near("goodbyes?|good-bye|farewell|said bye|say bye", "everyone|everybody"
                     "|all of you|for good|forever|for ever|the last time|one last time|a final"
                     "|for the final time|world", 8),
                r"\b(?:see you|for now|till|until|tomorrow|monday|tuesday|wednesday|thursday"
                r"|friday|saturday|sunday|weekend|holiday|vacation|trip|airport|station|flight"
                r"|party|leaving do|office|work|colleague\w*|class|school|old flat|old house|flat"
                r"|house|job|team|summer|camp|home|went home|left)\b",
            ),
            (
                ("goodbye",),
                r"\b(?:said|saying|say) (?:all )?my goodbyes\b|\bi'?ve said (?:my )?goodbyes?\b<END>",
                r"\b(?:party|office|work|colleague\w*|class|school|airport|station|flight|holiday"
                r"|trip|camp|left early)\b",
            ),
            (
                ("to say",),
                r"\b(?:call|called|calling|text|texted|texting|visit|visited|visiting|ring|rang"
                r"|phoned|wrote to) (?:<W> ){1,3}?to say (?:goodbye|bye|farewell)\b(?! (?:before"
                r"|at|because|as|since|from)\b)",
                r"\b(?:airport|flight|holiday|vacation|trip|moving|move|abroad|leaving for)\b",
            ),
            (
                ("last time", "final time", "more time", "last look"),
                near("(?:the|one|a) last time|for the last time|one final time|a final time"
                     "|one more time|one last look",
                     "hug\\w*|see|saw|seen|call|called|visit\\w*|thank\\w*|said goodbye|sat with"
                     "|spent time with"
                     "|say goodbye|kiss\\w*|told (?:them|her|him|everyone) i love"
                     "|tell (?:them|her|him|everyone) i love", 8),
                r"\b(?:doctor|therapist|dentist|appointment|session|hospital|grandma|grandpa"
                r"|died|passed|funeral|job|office|colleague\w*|house|flat|school|camp|holiday"
                r"|trip)\b|\bthe last time (?:that |when )?(?:i|we|he|she|they|you) (?:saw|was|were|did|went"
                r"|spoke|talked|met|had|visited|called|heard|checked|tried)\b",
            ),
            # Round 15: a note saying why, a will with the pets arranged, affairs sorted for
            # after, "my last post", goodbyes they did not understand, things handed out.
            (
                ("note", "letter"),
                near("note|letter", "(?:explaining|explain|explains|saying) why i (?:did|do|had to do"
                     "|have to do|am doing|'m doing) (?:it|this)", 6),
            ),
            (
                ("will", "affairs", "instructions"),
                near("will|my affairs|instructions", "who (?:takes|gets|looks after|will take) (?:the )?"
                     "(?:cat|dog|kids)|(?:the )?(?:cat|dog) has (?:somewhere|a home|someone)"
                     "|so (?:no one|nobody) has to", 10),
                r"\b(?:mortgage|solicitor|house|holiday|trip|lawyer|baby|married)\b",
            ),
            (
                ("so no one", "so nobody", "so noone", "gone", "not around", "not here"),
                near("sorted|in order|cancell?\\w*|closed (?:my )?(?:<W> )?accounts|paid|passwords",
                     "so (?:no one|nobody|noone) (?:has|will have|needs) to (?:deal with|sort|clean up"
                     "|worry)|(?:after|when) i'?m (?:gone|not around|not here)", 10),
                r"\b(?:trip|holiday|vacation|move|moving|travel\w*|leave|week away|flight)\b",
            ),
            (
                ("last",),
                r"\bmy (?:very )?last (?:post|note|message|entry|words)\b(?! (?:before|until|for|of the"
                r"|on|about|to (?:the|my))\b)",
                r"\b(?:holidays?|week|today|tonight|work|shift|semester|term)\b",
            ),
            (
                ("time", "goodbye", "goodnight"),
                near("(?:one more|one last|the last|a last) time|goodbye|goodnight",
                     "(?:they|she|he) (?:didn'?t|did not|had no idea|never) (?:<W> ){0,2}?(?:know|knew"
                     "|idea|realis\\w*)|without them knowing", 10),
            ),
            (
                ("forever", "for good", "for ever"),
                r"\bgoodbye (?:forever|for good|for ever)\b",
            ),
            (
                ("not around", "gone", "not here", "need them", "need it"),
                near("hand\\w* (?:<W> ){0,2}?(?:things|stuff|belongings) out|giving (?:<W> ){0,2}?"
                     "(?:things|stuff|belongings) (?:away|out)", "when i'?m (?:not around|gone|not here)"
                     "|won'?t need (?:them|it)", 10),
            ),
            (
                ("so nobody", "so no one", "new home"),
                near("dog|cat|pet\\w*|rabbit", "so (?:nobody|no one) has to (?:look after|take care of"
                     "|feed)|new home so", 10),
            ),
            # Round 20 (heldout8's dev half, by category): things sorted or squared "before
            # I go." or "for when I'm not around"; one's ashes.
            (
                ("before i go", "not around"),
                near(r"(?:sorted|squar\w+ up|settled|boxed|cleared|paid back|sent back|in order"
                     r"|tidied|keep (?:them|it) safe|gave|given)",
                     r"before i go<END>|for when i'm (?:not around|gone)", 8),
                r"\b(?:holiday|trip|flight|travel\w*|work|shift|abroad|move|moving|vacation)\b",
            ),
            (("my ashes",), r"\bmy ashes (?:<W> ){0,3}?(?:scattered|spread|in the sea|at sea|over)\b"),
        ],
    ),
    (
        "en.preparation",
        "English: preparations and means (a rope, pills put aside, the railway, a date, searching)",
        [
            (
                ("noose",),
                r"\bnoose\b",
                r"\bnoose (?:is )?tighten\w*|\btighten\w* (?:the )?noose\b",
            ),
            (
                ("rope",),
                near("ropes?", "beam|hook|strong enough|attic|loft|garage|ceiling|banister"
                     "|rafter|noose|know what (?:it'?s )?for|what for|for myself|around my neck"
                     "|neck|hang|hanging|tree|ready|hidden|hide", 8),
                r"\b(?:tent|tarp|boat|washing|laundry|climb\w*|swing|dog|trailer|camping|sailing"
                r"|skipping|jump rope|tug|tie down|tow|towing|moving|move|removals?|boxes|furniture"
                r"|van|car|gym|course|bridge"
                r"|knot\w*|clothesline|hammock|kite|christmas|ladder|tree ?house)\b|\b(?:learn\w* the"
                r"|on the) ropes\b|\brope(?:d)? (?:him|her|them|me|you) in\b|\broped in\b",
            ),
            (
                ("rope",),
                r"\b(?:tied|knotted|fastened|fixed|hung|secured) (?:<W> )?(?:the|a|my) rope\b"
                r"(?! (?:to|around|round) (?:the|a|my) (?:boat|tent|trailer|car|van|tree|post|dog))",
                r"\b(?:tent|tarp|boat|washing|laundry|climb\w*|swing|dog|trailer|camping|sailing"
                r"|skipping|tug|tow|towing|moving|van|car|gym|hammock|kite|christmas|ladder)\b",
            ),
            (
                ("rope",),
                r"\b(?:bought|buy|buying|got|getting|have|has|had|found|keep|kept|hid|hidden"
                r"|ordered) (?:<W> )?(?:a|the|some|my) (?:<W> )?rope\b|\ba (?:<W> )?rope (?:<W> )"
                r"{0,2}?(?:bought|ready|hidden)\b",
                r"\b(?:tent|tarp|boat|washing|laundry|climb\w*|swing|dog|trailer|camping|sailing"
                r"|skipping|jump rope|tug|tie down|tow|towing|moving|move|removals?|boxes|furniture"
                r"|van|car|gym|course|bridge"
                r"|knot\w*|clothesline|hammock|kite|christmas|ladder|tree ?house)\b|\b(?:learn\w* the"
                r"|on the) ropes\b",
            ),
            (
                A_PILLS_EN,
                near("<PILLS_EN>", "<HOARD_EN>", 6),
                r"\b(?:trip|holiday|vacation|travel\w*|weekend|flight|abroad|pharmacy|refill"
                r"|organi[sz]er|child-?proof|for the week|weekly|dosette|pill ?box|(?:the )?(?:dog|cat)"
                r"'?s)\b|\bfrom the (?:kids|children|toddler|dog|baby)\b",
            ),
            (
                ("track", "line", "railway", "crossing", "platform"),
                near(r"i|me|myself", "(?:(?:by|to|on|at|along|near|over|onto|beside|next to) "
                     "(?:the|a) (?:railway |railroad |train |rail )?(?:line|railway|crossing"
                     "|level crossing|platform edge|edge of the platform)|(?:the|a) (?:railway "
                     "|railroad |train |rail )?tracks?)", 8),
                r"\b(?:delay\w*|stuck|cancel\w*|repairs?|closed|works|signal\w*|commut\w*|late"
                r"|strike|journey|ticket|station|replacement bus|engineering|phone|queue|bus line"
                r"|finish line|front line|line manager|in line|online|cycl\w*|bike|running|to work"
                r"|to school|get to|on my way|the shops|track"
                r" (?:record|meet|suit)|soundtrack|race ?track|keep track|lost track)\b",
            ),
            (
                ("jump", "leap", "step", "down", "how high", "how far", "drop", "edge", "railing",
                 "courage", "thinking about it", "looked over", "looking over", "over the side"),
                near("bridges?|overpass(?:es)?|roofs?|rooftops?|ledges?|balcon(?:y|ies)|cliffs?"
                     "|platforms?|tracks|railway|towers?|multi-?storey|car park|parking garage"
                     "|high ?-?rise|buildings?",
                     "jump\\w*|leap\\w*|step(?:ping)? off|looked down|looking down|look down"
                     "|stare\\w* down|how high|how far down|the drop|the edge|over the (?:edge"
                     "|railing)|railing|for the courage|thinking about it|looked over|looking over"
                     "|over the side", 8),
                WATER_EN,
            ),
            (
                ("date", "day", "place", "spot", "time", "moment"),
                r"\b(?:picked|chosen|chose|set|decided on|fixed|circled|marked) (?:<W> )?(?:a|the)"
                r" (?:<W> )?date\b|\bthe date is (?:set|chosen|picked|decided)\b"
                r"|\b(?:picked|chosen|chose|decided on|fixed) (?:a|the) (?:day|place|spot|time|moment)"
                r"(?: and (?:a |the )?(?:day|date|place|spot|time|moment))?<END>",
                r"\b(?:we|us|our|wedding|party|dinner|meeting|move|moving|holiday|trip|birthday"
                r"|exam|surgery|operation|appointment|interview|launch|deadline|release|court"
                r"|hearing|date night|first date|blind date|tinder|dating|baby|due date|closing"
                r"|completion)\b|\bdate (?:<W> ){0,3}?for (?:the|a|our|my|an)\b|\bdate with\b",
            ),
            (
                ("lethal", "fatal", "painless", "without pain", "to die", "kill", "overdose", "how many",
                 "how much", "it would take", "it takes", "suicide", "way to go", "ways to go", "easiest",
                 "method", "how high", "how to", "dangerous", "deadl", "most lethal"),
                near("googl\\w*|search\\w*|looked up|look up|looking up|research\\w*|read up"
                     "|reading up|reading about|read about|looked into|looking into|asked chatgpt"
                     "|asked (?:the )?ai", "lethal|fatal|painless|without pain|to die|kill (?:myself|yourself"
                     "|oneself)|overdose|how many (?:<W> )?<PILLS_EN>|how much (?:<W> )?<PILLS_EN>"
                     "|it would take|it takes to|suicide|quick(?:est)? way to go|easiest way to"
                     "|ways to go|methods? (?:of|to) (?:die|dying|end|kill)|(?:the )?(?:most dangerous"
                     "|deadliest|most lethal|most deadly)|how high (?:a|the) "
                     "(?:bridge|building)|how to (?:die|end it|end my life|hang|tie a noose)", 10),
                r"\b(?:thesis|study|class|course|dog|cat|pet|plant|spider|snake|mushroom\w*"
                r"|per day|a day|can take|safe|safely|maximum|max|headache|fever|leaflet"
                r"|poisonous to|film|movie|show|book|documentary|history|game|character|novel"
                r"|wiki\w*)\b",
            ),
            (
                ("lethal", "fatal"),
                r"\b(?:lethal|fatal) (?:dose|doses|dosage|amount)\b",
                r"\b(?:vet|dog|cat|pet|nurse|film|movie|show|book)\b",
            ),
            (
                ("how many",),
                r"\bhow many (?:<W> )?<PILLS_EN> (?:<W> ){0,3}?(?:would|does it|it) (?:take|kill"
                r"|be enough)\b",
            ),
            (
                ("do it",),
                r"\b(?:i )?know (?:exactly |already |now )?(?:how|when|where) (?:i'?m going to"
                r"|i'?m gonna|i'?ll|i will|i am going to|i would|i'?d|i want to) do it\b(?! ?[:\-]"
                r"| (?:with|at|in|on)\b)",
            ),
            (
                ("different", "several", "multiple", "various"),
                r"\b<PILLS_EN> (?:<W> ){0,3}?(?:from|at) (?:\w+ )?(?:different|several|multiple|various) "
                r"(?:shops|stores|pharmacies|chemists|supermarkets)\b",
            ),
            (
                ("bridge", "roof", "ledge", "tracks", "railway", "platform", "cliff", "edge"),
                r"\bi'?m (?:<W> )?(?:standing|sitting|on|at) (?:on |at |by )?(?:the|a) (?:edge"
                r"|bridge|roof|rooftop|ledge|tracks|railway|platform edge|cliff)\b",
                r"\b(?:wait\w*|with|friends?|views?|photos?|we|boats|sunset|work\w*|meeting|fix\w*"
                r"|repair\w*|gutter|solar|station|train to|bus|party|bar|terrace|concert|market)\b",
            ),
            (
                ("planned", "prepared", "figured", "worked", "sorted"),
                r"\b(?:i'?ve|i have|i had|i'?d) (?:<W> )?(?:planned|prepared|figured|worked|sorted)"
                r" (?:it|everything) (?:all )?(?:out)?<END>",
            ),
            (
                ("plan", "how and when", "when and how"),
                r"\bi (?:have|'ve got|'ve made|have made|made) (?:a|my) plan\b<END>"
                r"|\b(?:i )?know (?:exactly |already |now )?(?:how and when|when and how|how and where"
                r"|where and how)\b<END>",
            ),
            (
                ("supply", "stock", "stash", "box", "bottle"),
                r"\b(?:whole|entire|all (?:of )?(?:my|her|his|their)) (?:<W> )?(?:supply|stock|stash"
                r"|boxes?|bottles?|packs?) of (?:<W> )?<PILLS_EN>\b",
                r"\b(?:pharmacy|prescription|refill|trip|holiday)\b",
            ),
            (
                ("jump",),
                r"\bwhere (?:<W> ){0,4}?(?:to jump|jump from|i (?:could|can|would|should) jump)\b",
                WATER_EN,
            ),
            (
                ("find me",),
                r"\b(?:place|spot|somewhere) (?:<W> ){0,2}?(?:where )?(?:nobody|no one|noone) "
                r"(?:will|would|can|could|'ll) (?:ever )?find me\b",
            ),
            (
                ("highest", "tallest", "high enough", "tall enough"),
                r"\bwhich (?:bridge|building|tower|car park|cliff) (?:<W> ){0,3}?(?:the )?(?:highest"
                r"|tallest|high enough|tall enough)\b",
            ),
            (
                ("pillow", "bed", "mattress"),
                r"\b(?:knife|knives|blade|blades|razor|razors|pills|rope) (?:<W> ){0,2}?under my "
                r"(?:pillow|bed|mattress)\b",
            ),
            (
                ("stop",),
                r"\bwhich (?:one|train|trains|ones) (?:<W> )?(?:doesn'?t|don'?t|won'?t|does not"
                r"|do not) stop\b",
            ),
            (
                ("back to",),
                r"\b(?:keep|kept|keeps) (?:going|walking|driving|coming) back to (?:the|that) "
                r"(?:bridge|tracks|railway|cliff|roof|platform|overpass|level crossing)\b"
                r"|\b(?:went|go|going|walked|drove) back to (?:the|that) (?:bridge|tracks|railway|cliff"
                r"|overpass|level crossing) (?:again|tonight|every night|at night)\b",
                r"\b(?:work|school|bike|shops|friends?|car|walk the dog)\b",
            ),
            (
                ("beam", "hook", "rafter"),
                r"\b(?:the|a) (?:perfect|right|strong|sturdy|good) (?:beam|hook|rafter)\b"
                r"|\b(?:beam|hook|rafter) (?:<W> ){0,2}?strong enough\b",
                r"\b(?:diy|shelf|shelves|builder|carpenter|renovat\w*|swing|hammock|lamp|punch\w*"
                r"|bike|tv|picture|painting|mirror|coat)\b",
            ),
            (
                ("took", "taken", "stole", "grabbed", "nicked"),
                r"\b(?:took|taken|stole|stolen|grabbed|nicked) (?:all )?(?:of )?my (?:<W> )?(?:mother|mum"
                r"|mom|father|dad|gran|grandma|grandpa|partner|wife|husband|sister|brother|parents)'?s?"
                r" <PILLS_EN>\b",
                r"\b(?:pharmacy|hand (?:them )?in|return|dispose|bin|throw (?:them )?away)\b",
            ),
            (
                ("how many",),
                r"\bknow (?:<W> )?(?:exactly )?which <PILLS_EN> (?:<W> ){0,4}?and how many\b",
                r"\b(?:gp|doctor|pharmacist|pharmacy|leaflet|prescribed|prescription|psychiatrist"
                r"|nurse)\b",
            ),
            (
                ("stare", "staring", "stared"),
                near("bridges?|overpass|roofs?|balcon(?:y|ies)|cliffs?|tracks|railway|platform",
                     "(?:stared|staring|stare|looked|looking) (?:<W> )?(?:at|into|down at|down into) "
                     "(?:the )?(?:water|drop|tracks|river|depths)", 10),
                r"\b(?:boats?|sunset|photos?|ducks|fish|swimmers|fireworks|view|we)\b",
            ),
            (
                ("right moment", "right time"),
                near("<MEANS_EN>", "(?:waiting|wait|waited) (?:<W> )?for the right (?:moment|time)", 10),
            ),
            (
                ("fatal", "lethal", "deadly", "enough to", "kill"),
                r"\bhow (?:much|many) (?:<W> )?<PILLS_EN> (?:<W> ){0,3}?(?:would be|is|are|it takes"
                r"|would|will) (?:<W> )?(?:fatal|lethal|deadly|enough to die|enough to kill me"
                r"|kill me)\b",
            ),
            (
                ("laid", "lined", "counted", "set", "put", "placed"),
                r"\b(?:laid|lined|counted|set|put|placed) (?:all )?(?:the|my|some|enough) "
                r"<PILLS_EN> (?:out|up|ready)\b",
            ),
            (
                ("ready", "laid out", "lined up", "hidden away", "within reach", "counted out"),
                near("<MEANS_EN>", "ready|laid out|lined up|hidden away|within reach|counted out", 5),
                r"\b(?:kitchen|cook\w*|dinner|cake|bread|vegetables|trip|holiday|camping|hunting"
                r"|morning|tonight'?s dose|bedtime|organi[sz]er|pharmacy|weekly box|pill ?box|dosette"
                r"|for the week)\b",
            ),
            (
                ("do it", "act on"),
                r"\b(?:research\w*|googl\w*|looked up|looking up|reading about|read up on"
                r"|searched|searching) (?:<W> ){0,2}?how (?:to|i (?:could|can|would|will|should)) "
                r"do it\b|\bdecided (?:how|when|where) (?:i'?m going to|i'?m gonna|i'?ll|i will"
                r"|to) do it\b|\b(?:everything|all) (?:<W> ){0,3}?(?:i need|i needed|i'?ll need) "
                r"(?:to do it|for it)\b|\b(?:thought|thinking|think) (?:about|of) how (?:i'?d |i would"
                r" |i'?ll |i will |i could |to )?do it\b|\b(?:intend|plan|planning|going|want) to act"
                r" on (?:these|my|the|those) (?:thoughts|feelings|urges|plans?)\b",
            ),
            (
                ("ready", "prepared", "in place"),
                r"\b(?:everything|all) (?:<W> ){0,2}?(?:is )?(?:ready|set|prepared|in place) "
                r"(?:to do it|for (?:it|when i do it|tonight))\b",
            ),
            # Round 15: pills held back, a day named, methods searched, sitting by the tracks.
            (
                ("prescription", "pharmacy", "chemist", "pills", "tablets", "meds"),
                near("prescription|pharmacy|chemist|<PILLS_EN>", "hold (?:a few |some )?(?:<W> )?back"
                     "|keep (?:a few |some )?(?:<W> )?back|kept (?:<W> )?back|held (?:<W> )?back|stockpil\\w*"
                     "|hoard\\w*|sav(?:e|ing|ed) (?:them|some|a few)|put (?:<W> )?aside", 8),
                r"\b(?:points|receipt|discount|money|holiday|trip|as prescribed|doctor said|gp said)\b",
            ),
            (
                ("the day", "the night", "that's when", "made up my mind", "ready"),
                near("(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)(?:'s"
                     "| is) (?:the (?:day|night)|when)", "made up my mind|it'?s (?:all )?ready"
                     "|everything'?s ready|i'?ve decided|i'?ll do it|that'?s when", 6),
                r"\b(?:party|match|wedding|birthday|exam|game|concert|date night|launch|deadline|move"
                r"|interview|gig|dinner|race)\b",
            ),
            (
                ("way", "method"),
                near("looked up|look up|searched|searching|googled|googling|research\\w*",
                     "(?:which|what|the) (?:way|method)s? (?:would |will |is |that )?(?:<W> ){0,2}?"
                     "(?:hurts? (?:the )?least|least pain\\w*|painless|most certain)", 8),
                r"\b(?:station|route|drive|commute|learn\w*|cook\w*|workout|exercise)\b",
            ),
            (
                ("tracks", "railway", "rail line", "platform", "ledge"),
                r"\b(?:sitting|standing|sat|stood|lying|been sitting|been standing) (?:<W> ){0,2}?(?:by"
                r"|next to|near|on|at|beside) the (?:tracks|railway(?: line)?|rail ?line|train tracks"
                r"|edge of the platform|end of the platform|ledge)\b",
                r"\b(?:train was|delay\w*|waiting for (?:the|my) train|my train|commut\w*|photos?|view"
                r"|trainspott\w*|picnic)\b",
            ),
            (
                ("looking down",),
                r"\b(?:on|at) the (?:roof|rooftop|bridge|ledge|edge|balcony) (?:<W> ){0,2}?looking down\b",
                r"\b(?:gutter|fixing|repair\w*|solar|photos?|view|party|bbq|terrace|sunset)\b",
            ),
            # Round 20 (heldout8's dev half, by category): a place picked or scouted, the
            # roof door never locked, methods read up on a forum, made to look like an
            # accident.
            (
                ("scoped", "scouted", "picked", "chose", "chosen"),
                r"\b(?:scoped|scouted|picked|chose|chosen) (?:out )?(?:the|a) (?:<W> )?(?:bridge"
                r"|railway crossing|level crossing|tracks|cliffs?|viaduct)\b",
                r"\b(?:photos?|wedding|picnic|walk|run|view|holiday|camping|fishing|swim\w*"
                r"|climb\w*|dog|date|proposal|shoot|route|ride|cycle|bike)\b",
            ),
            (
                ("locked",),
                r"\bdoor to the roof (?:<W> ){0,2}?(?:is )?(?:never|isn't|is not|not) locked\b",
                r"\b(?:terrace|drinks|bbq|barbecue|sun|party|plants|garden)\b",
            ),
            (
                ("method",),
                r"\b(?:forum|site|website|thread|subreddit|page|video)s? (?:<W> ){0,2}?(?:explains?"
                r"|about|on|listing|lists|with|comparing) (?:<W> )?methods\b",
                r"\b(?:research|statistic\w*|knitting|teaching|cooking|stud\w*|revision|coding"
                r"|fishing|training|parenting|sleep)\b",
            ),
            (
                ("accident",),
                r"\bso (?:it|that it) looks? like an accident\b|\bmake it look like an accident\b",
                r"\b(?:book|novel|film|movie|series|crime|detective|show|plot|game)\b",
            ),
        ],
    ),
]
