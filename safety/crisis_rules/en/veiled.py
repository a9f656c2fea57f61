"""English crisis rules, round 17: veiled forms a fifth independent writer used (heldout5's
dev half, docs/safety/crisis-detector.md).

A life put as a light, a book, a subscription or a run that ends (``en.veiled_end``); a
deadline of one's own (``en.deadline``); self-harm that is hidden or only hinted at
(``en.hidden_harm``); warning signs seen in someone else (``en.warning_signs``); affairs
settled for after (``en.affairs_settled``); death wished (``en.death_wish``); a method
looked into or means measured out (``en.method_ready``). Each names a family of phrasings,
not a sentence: the verb in any tense, the possessive or the object left out, chat
spelling. Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

_LIFE = r"(?:life|living|existing|existence|being alive|this world|the world|earth|myself|me)"
_SOMEONE = (
    r"(?:my|our|a) (?:<W> )?(?:friend|mate|bestie|brother|sister|son|daughter|mum|mom|dad"
    r"|father|mother|cousin|girlfriend|boyfriend|partner|wife|husband|student|pupil|colleague"
    r"|grandad|grandpa|nan|gran|grandma|uncle|aunt|flatmate|roommate|neighbour|kid|teen)"
)

RULES = [
    (
        "en.veiled_end",
        "English: a life put as a light, a book, a subscription or a run that ends",
        [
            # "i want the lights off. mine", "turning my own light out".
            (
                ("light",),
                r"\blights? (?:off|out)\W{1,3}mine\b|\b(?:turn|switch|put|blow)\w* (?:off |out )?"
                r"my (?:own )?light(?: off| out)?\b|\bmy (?:own )?light (?:is )?(?:going|gone|goes)"
                r" out\b",
                r"\b(?:bike|lamp|bulb|torch|phone|car|porch|bedside|reading|fairy)\b",
            ),
            # "closing the book on myself", "my story stops here".
            (
                ("book", "story", "chapter"),
                r"\bclos\w* the book on (?:myself|me|my life)\b|\bmy (?:story|book) (?:stops|ends"
                r"|is ending|finishes|is over) here\b|\b(?:last|final) chapter (?:of (?:me|my life)"
                r"|is written)\b",
                r"\b(?:novel|draft|author|fanfic|book club|series|season|thesis|essay|blog)\b",
            ),
            # "unsubscribe me from existing", "log out of life", "signing off. it was a decent run".
            (
                ("subscrib", "log", "sign", "opt", "check"),
                rf"\b(?:unsubscrib\w*|log\w* (?:out|off)|sign\w* (?:out|off)|opt\w* out|check\w* out)"
                rf" (?:me |myself )?(?:of|from) {_LIFE}\b",
            ),
            (
                ("run",),
                near("signing off|logging off|bye (?:all|everyone)|goodbye",
                     r"(?:it was|it's been|been) a (?:<W> ){0,2}?run", 4),
                r"\b(?:marathon|race|season|show|stream|podcast|shift|career|series|tour|league"
                r"|club|team|job|blog|channel)\b",
            ),
            # "let me just evaporate", "i want to be a ghost. not metaphorically", "no start".
            (
                ("evaporat", "dissolv", "fade", "ghost", "no start", "no tomorrow", "never here"),
                r"\b(?:let me|i want to|i wanna|i wish i could|i'd love to) (?:<FILLE>){0,2}"
                r"(?:evaporate|dissolve|fade (?:away|out)|be a ghost)\b"
                r"|\bi want no start\b|\bwhere there'?s no tomorrow\b"
                r"|\bslip away (?:<W> ){0,4}?like i was never here\b",
                r"\b(?:halloween|costume|party|game|role|ghosting|ghosted)\b",
            ),
            # "taking myself out this weekend", "finishing myself off", "leaving this life".
            (
                ("myself", "this life"),
                r"\b(?:finish\w*|take|taking|took) myself (?:off|out)(?! (?:for|to|on|of)\b)"
                r"(?= ?(?:[.!?,;]|$| (?:this|tonight|tomorrow|today|now|soon|on)\b))"
                r"|\bi'?m (?:leaving|quitting|done with) this life\b",
                r"\b(?:dinner|lunch|date|walk|coffee|shopping|treat|cinema|movies|spa|brunch"
                r"|drink|drinks|game|race|running)\b",
            ),
            # "i'll be gone by morning", "throwing in the towel on living".
            (
                ("be gone", "towel", "exit", "finish it before"),
                r"\bi(?:'ll| will) be gone (?:by|before) (?:morning|tomorrow|sunrise|monday"
                r"|the weekend)<END>|\b(?:throw\w*|threw) in the towel on (?:living|life|being"
                r" alive)\b|\b(?:only|last|one) (?:way out|exit) is the (?:final|last|permanent)"
                r" one\b|\bfinish it before it finishes me\b",
                r"\b(?:holiday|trip|flight|leave|train|office|work|shift|visit)\b",
            ),
        ],
    ),
    (
        "en.deadline",
        "English: a deadline of one's own (borrowed time, my last week, not making it to a day)",
        [
            (
                ("borrowed time", "last", "clock", "make it to", "hold on"),
                r"\bi'?m (?:living )?on borrowed time\b|\bthis (?:might|may|could|will) be my (?:last|final)"
                r" (?:week|day|night|month|weekend)\b|\bthe clock'?s? (?:almost|nearly|about to"
                r" run|running) out\b"
                r"|\bi (?:don't|do not) think i'?ll make it (?:to|till|until|through) (?:christmas"
                r"|the weekend|my birthday|new year|summer|the end of the (?:week|month|year)"
                r"|friday|monday|spring|next (?:week|month|year))<END>"
                r"|\bi'?ll hold on (?:for|till|until) (?:<W> ){1,4}?and then i'?m (?:finished"
                r"|done|gone|out)\b",
                r"\b(?:deadline|exam|project|essay|marathon|race|match|game|job|contract"
                r"|holiday|in this job|at work)\b",
            ),
            # "one more bad day and that's it", "my grip is going", "i can feel it coming. soon".
            (
                ("that's it", "grip", "soon", "hold on", "how long i can", "limit"),
                r"\bone more (?:bad )?(?:day|night|week|fight|thing) (?:like this )?(?:and|&) that'?s"
                r" it<END>|\bholding on is all i do\b|\bmy grip is (?:going|slipping|gone)\b"
                r"|\bi can feel it coming\W{1,3}soon<END>"
                r"|\bi can'?t hold on (?:<W> )?(?:much|any) longer\b"
                r"|\bnot sure how long i can keep (?:this|it|going) (?:up|on)<END>"
                r"|\bnearly at my limit and i can'?t see past it\b",
                r"\b(?:rope|bar|handle|climb\w*|gym|plank|pee|wee|toilet|bladder|laugh\w*|sneeze"
                r"|weather|rain|storm|migraine|period|cold|flu)\b",
            ),
        ],
    ),
    (
        "en.death_wish",
        "English: praying to be taken, one's own eulogy, envying the dead",
        [
            (
                ("pray", "eulogy", "obituar", "jealous of", "envious", "the how"),
                r"\bpray\w* (?:<W> ){0,3}?(?:that )?(?:god )?(?:<FILLE>){0,2}(?:takes|will take|would"
                r" take) me\b|\bpray\w* (?:<W> ){0,3}?(?:that )?i (?:don'?t|won'?t|never) wake up\b"
                r"|\b(?:writing|write|planning|plan) my own (?:eulogy|funeral|obituary)\b"
                r"|\b(?:jealous|envious) of (?:people in the obituaries|the dead|dead people|people"
                r" who (?:died|get to die))\b"
                r"|\bthinking about the how\W{1,3}not the when\b",
                r"\b(?:class|course|assignment|homework|grandma'?s|grandad'?s|nan'?s|mum'?s|dad'?s"
                r"|for (?:my|his|her) (?:gran|nan|dad|mum|father|mother))\b",
            ),
        ],
    ),
    (
        "en.hidden_harm",
        "English: self-harm hidden or hinted at (scars hidden, blades kept, blood in the bin)",
        [
            (
                ("scar", "cuts", "blade", "razor", "tissues", "plasters"),
                r"\b(?:hide|hiding|cover\w*) (?:<W> ){0,2}?(?:the|my) (?:new )?(?:scars|cuts)\b"
                r"|\bthe new cuts are (?:deeper|worse|bigger|longer)\b"
                r"|\bbought (?:a )?(?:new )?(?:blades?|razors?)\b"
                r"|\bbloody (?:tissues|plasters|towels|socks) (?:<W> ){0,3}?(?:bin|bathroom|drawer)\b",
                r"\b(?:shav\w*|beard|saw|mower|skate\w*|hockey|knife set|nose\w*|period|kitchen"
                r"|chef|knee|fell|fall|cat|dog|accident|surgery|operation|craft|stanley"
                r"|box cutter|d ?i ?y)\b",
            ),
            # "ice cubes don't work anymore, i want the real thing" (a known substitute failing).
            (
                ("ice", "elastic", "rubber band"),
                near("ice cubes?|elastic band|rubber band",
                     "the real thing|(?:don'?t|doesn'?t|do not|does not) (?:work|help) any ?more", 6),
            ),
            # "i starve myself as punishment", "bit my arm hard enough to bleed".
            (
                ("starv", "bit", "punish", "pulled my hair", "on purpose"),
                r"\bi (?:starve|starved|am starving) myself\b(?! (?:for|before) (?:a|the|my) (?:race"
                r"|fight|weigh))|\b(?:bit|bite|biting) my (?:arm|hand|lip|wrist|leg|skin)"
                r" (?:<W> ){0,3}?(?:bleed|bled|blood)\b|\bpulled (?:out )?my hair (?:out )?(?:<W> ){0,3}?"
                r"(?:bald|bleed|blood)|\b(?:punched|hit|kicked) (?:<W> ){0,3}?(?:till|until)"
                r" (?:<W> ){0,3}?(?:split|bled|broke)\W{1,3}(?:<W> ){0,3}?on purpose\b",
                r"\b(?:dog|cat|kid|toddler|baby|food|diet)\b",
            ),
            # "took too many pills on purpose ... just to switch off".
            (
                ("on purpose",),
                r"\btook (?:too many|a (?:load|lot|handful) of|extra) (?:<PILLS_EN>|tablets|pills)"
                r" (?:<W> ){0,2}?on purpose\b",
            ),
        ],
    ),
    (
        "en.warning_signs",
        "English: warning signs in someone else (a goodbye text and silence, scars explained away)",
        [
            (
                ("sorry", "phone", "responding", "answering"),
                near(rf"{_SOMEONE}|(?:he|she|they) (?:texted|messaged|sent|wrote)",
                     r"sorry for everything|not (?:responding|answering|picking up)|phone is off", 10),
                r"\b(?:late|dinner|meeting|lunch|cancel\w*|forgot|parcel|battery)\b",
            ),
            (
                ("cuts", "scratches", "scars"),
                near(rf"{_SOMEONE}",
                     r"(?:cuts|scratches|scars|burns) on (?:his|her|their) (?:arms?|thighs?|legs?"
                     r"|wrists?)", 8),
                r"\b(?:surgery|operation|fell|fall|bike|accident|skateboard|trampoline|brambles)\b",
            ),
            # "...says it's the cat": the explanation that does not fit.
            (
                ("cat", "dog"),
                r"\b(?:cuts|scratches|scars|marks) on (?:his|her|their) (?:arms?|thighs?|legs?"
                r"|wrists?)\W{1,3}(?:<W> ){0,3}?(?:says?|said|claims?) (?:it'?s|it was) the (?:cat"
                r"|dog)\b",
            ),
            (
                ("look after", "ready to go", "tried"),
                near(rf"{_SOMEONE}",
                     r"(?:look|looking) after (?:her|his|their) (?:dog|cat|kids?|plants) after"
                     r"|ready to go and (?:he|she)'?s stopped eating|tried (?:last|this) (?:year"
                     r"|month|week|summer)", 10),
            ),
            (
                ("locked", "bath"),
                near(r"locked (?:in )?(?:the )?(?:bath|bathroom)|door locked",
                     r"not (?:responding|answering|opening)", 10),
            ),
        ],
    ),
    (
        "en.affairs_settled",
        "English: affairs settled for after (debts paid so no one is stuck, things given away)",
        [
            (
                ("stuck with", "won't need", "after"),
                r"\b(?:paid off|cancelled|canceled|closed|sorted) (?:<W> ){0,4}?so (?:no ?one|nobody)"
                r" (?:gets|is|has to be) (?:stuck|left) with (?:it|them|anything)(?: after)?\b"
                r"|\b(?:is|are) (?:his|hers|yours|theirs) now\W{1,3}(?:<W> ){0,8}?(?:won'?t need|after)",
            ),
            (
                ("blame", "last", "reads this"),
                r"\bplease (?:don'?t|do not) blame (?:<W> ){1,2}?(?:\W{1,3})?(?:he|she|they) tried"
                r" (?:so )?hard\w*|\b(?:don'?t|do not|nobody should|no one should) blame (?:anyone"
                r"|yourselves|yourself)\W{1,3}(?:it was|this was) my (?:choice|decision)\b"
                r"|\b(?:my )?last (?:entry|check ?-?in|note) (?:in here|ever)<END>|\bto whoever reads"
                r" this\b",
                r"\b(?:moving|move|abroad|leaving the (?:group|app|team|job|company)|quit\w*"
                r"|holiday|trip|exchange|emigrat\w*|today|tonight|for now|this week|of the (?:day"
                r"|week|year))\b",
            ),
        ],
    ),
    (
        "en.method_ready",
        "English: a method looked into or means measured out (how many, which side, a hose)",
        [
            (
                ("method", "how many", "has no", "exhaust", "rope"),
                r"\bresearch\w* (?:<W> ){0,2}?methods\b|\bi know (?:exactly )?how many (?:of (?:the|my)"
                r" )?(?:<W> )?(?:ones|<PILLS_EN>) i(?:'d)? need\b"
                r"|\bwhich (?:side|floor|part|end) (?:<W> ){0,4}?has no (?:fence|railing|barrier"
                r"|net)\b|\b(?:hose|pipe|tube) (?:<W> ){0,2}?fits the exhaust\b"
                r"|\bbought (?:a )?rope\W{1,3}(?:<W> ){0,6}?(?:told|said) (?:<W> ){0,3}?it was for\b",
                r"\b(?:recipe|baking|revision|study|exam|diet|chapter|essay|garden|roses|thesis|paper"
                r"|research project|course|class|dissertation|assignment|lab"
                r"|scrap\w*|mechanic|car wash)\b",
            ),
            (
                ("bridge", "cliff"),
                near(r"weighing up|choosing between|deciding between|which is (?:better|quicker)",
                     r"bridge|cliffs?|tracks|building|overpass|the train", 8),
                r"\b(?:walk|hike|route|photo\w*|picnic|view|drive|ferry|holiday|trip)\b",
            ),
            (
                ("do it", "the date"),
                r"\b(?:i'?ll|i will|i'?m going to) do it (?:on my day off|in the holidays|when (?:no ?one"
                r"|nobody) is (?:home|around|waiting|looking))\b|\bthe date is the \d{1,2}(?:st|nd"
                r"|rd|th)\W{1,3}(?:<W> ){0,6}?(?:rent|covered|paid|no one|nobody)\b",
                r"\b(?:paint\w*|decorat\w*|tidy\w*|clean\w*|homework|revis\w*|essay|party|move)\b",
            ),
        ],
    ),
]
