"""English crisis rules, issue 11: burden, no way out, thoughts of death.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.en.vocabulary import EVERYDAY_TRAP_EN, WAY_OUT_TRAP_EN
from safety.crisis_rules.words import near

RULES = [
    (
        "en.burden",
        "English: being a burden to others, in any word order",
        [
            (
                ("burden", "drain", "liability", "waste of", "dead weight", "weight around", "worry",
                 "problem", "nuisance"),
                near("<SELF_BE_EN>", "<BURDEN_EN>", 6),
                # "I don't want to burden you with this" is a courtesy.
                r"\bburden (?:<W> )?(?:you|him|her|them|anyone|people|someone) with\b"
                r"|\bburden of proof\b|\b(?:tax|financial|admin|administrative) burden\b",
            ),
            (
                ("burden",),
                r"(?:^|(?<=[.!?,;]\s))(?:just|only|nothing but|such) (?:a|an) (?:<W> )?burden\b",
            ),
            (
                ("energy",),
                r"\b(?:i|i'?m|i just|i only) (?:<W> )?(?:cost|costs|drain|drains|take|suck)"
                r" (?:everyone|everybody|them|people|my \w+) (?:<W> )?(?:energy|strength)\b",
            ),
            (
                ("way",),
                r"\b(?:i'?m|i am|i'?m always|i'?m just|i feel like i'?m|always) (?:<W> ){0,2}?in "
                r"(?:everyone'?s|everybody'?s|their|people'?s|the way of everyone)(?: way)?\b",
            ),
            (
                ("miserable", "unhappy", "suffer"),
                r"\b(?:i )?(?:make|makes|made|making) (?:everyone|everybody|them|my \w+|people|those)"
                r" (?:around me |i love |close to me )?(?:so )?(?:miserable|unhappy|suffer)\b",
            ),
            (
                ("misery", "pain", "unhappiness", "suffering"),
                r"\b(?:bring|brings|brought|cause|causes|caused) (?:<W> ){0,2}?(?:misery|pain"
                r"|unhappiness|suffering|grief) (?:<W> ){0,2}?(?:in|into|to) (?:other people'?s lives"
                r"|everyone'?s li(?:fe|ves)|the lives of (?:others|everyone|the people)|my family'?s"
                r" li(?:fe|ves)|everyone|everybody|others)\b",
            ),
            (
                ("down",),
                r"\b(?:drag|dragging|dragged|drags|bring|bringing|pull|pulling) (?:everyone"
                r"|everybody|them|my (?:<W> )?(?:family|kids|children|partner|wife|husband|friends"
                r"|parents)|people|others|you all|you) (?:<W> )?down\b",
            ),
            (
                ("harder", "worse", "miserable", "hell", "difficult"),
                r"\b(?:make|makes|making|made) (?:everyone'?s|everybody'?s|their|my (?:<W> )?"
                r"(?:family'?s|kids'|children'?s|partner'?s|wife'?s|husband'?s|parents')"
                r"|other people'?s) (?:lives?|life) (?:<W> )?(?:harder|worse|miserable|hell"
                r"|difficult)\b",
            ),
            (
                ("ruin",),
                r"\bruin(?:s|ed|ing)? (?:everything|everyone'?s (?:life|lives)|it) for (?:everyone"
                r"|everybody|them|all of them|my \w+)\b|\bruin(?:s|ed|ing)? (?:my \w+'s|everyone'?s"
                r"|their|his|her|the) li(?:fe|ves)\b",
            ),
            (
                ("without", "w/o", "if i", "gone", "out of the way", "zonder"),
                near("<BETTER_EN>", "<WITHOUT_ME_EN>", 6),
                r"\b(?:holiday|vacation|trip|weekend|party|off work|sick|office|meeting|shift|work"
                r"|saturday|sunday|monday|tuesday|wednesday|thursday|friday)\b",
            ),
            (
                ("reason", "cause"),
                r"\b(?:i'?m|i am) (?:<W> )?the (?:reason|cause) (?:<W> ){0,3}?(?:everyone|everybody"
                r"|they|my \w+|all of them|people|others) (?:is|are|'re|feel|feels)? ?(?:<W> )?"
                r"(?:miserable|unhappy|suffering|sad|struggling|hurting|upset)\b",
            ),
            (
                ("deserve",),
                r"\b(?:deserves?|would deserve) (?:so much |much |far )?(?:a )?better (?:<W> )?than "
                r"(?:me|someone like me)\b",
            ),
            (
                ("for everyone", "for everybody", "for all of them", "for them all", "for my family",
                 "for the people", "for those"),
                r"\b(?:make|makes|made|making|ruin|ruins|ruined|ruining) (?:everything|it all|things"
                r"|life|everyone'?s life) (?:<W> )?(?:worse |harder )?for (?:everyone|everybody"
                r"|all of them|them all|my family|the people (?:i love|around me|who love me)"
                r"|those i love)\b",
            ),
            (
                ("burden",),
                r"\bburden(?:ing|s)? (?:the people|everyone|everybody|my (?:<W> )?(?:family|friends"
                r"|partner|kids|children|parents|wife|husband)|others|those) (?:around me|i love"
                r"|who love me|who care)?\b(?! with\b)",
            ),
            (
                ("because of me",),
                r"\b(?:harder|worse|miserable|difficult|hell|suffer\w*|struggl\w*|unhappy|sad"
                r"|upset) (?:<W> ){0,2}?because of me\b",
            ),
            # Round 15: "without me they'd finally be free", "better off with me dead",
            # "if I wasn't here nobody would have to worry", a third person who is a burden.
            (
                ("without me", "with me dead", "if i", "burden"),
                near("without me", "(?:they|you|everyone|we|he|she|the kids|my \\w+)(?:'d| would| will"
                     "|'ll) (?:<W> ){0,2}?(?:be (?:free|happier|better|relieved|fine)|breathe|be able"
                     " to breathe|move on|have peace)", 6)
                + r"|\bbetter off (?:with me dead|if i (?:was|were|'?m) (?:dead|gone))\b"
                r"|\b(?:he|she)(?:'s| is| was| feels like) (?:such )?(?:a|an) (?:<W> )?burden (?:to|on"
                r"|for) (?:us|them|everyone|the family|his|her|me)\b|"
                + near("if i (?:wasn'?t|weren'?t|was not|were not) (?:here|around|alive)",
                       "(?:nobody|no one|noone) would (?:have to )?(?:worry|care|suffer|bother)"
                       "|everyone would be", 6),
            ),
        ],
    ),
    (
        "en.no_way_out",
        "English: no way out, no future, nothing left to go on for",
        [
            (
                ("way out", "way forward", "way through", "exit", "escape", "solution", "light"),
                r"\bno (?:other )?way (?:out|forward|through)\b|\b(?:can'?t|cannot|don'?t|do not"
                r"|couldn'?t) (?:see|find|know) (?:any|a|another|an|the) (?:other )?(?:way out"
                r"|way forward|way through|exit|escape|solution|light)\b",
                WAY_OUT_TRAP_EN,
            ),
            (
                ("future",),
                r"\bno (?:<W> )?future\b|\b(?:don'?t|do not|can'?t|cannot) see (?:a|any) future\b"
                r"|\bmy future is (?:<W> )?(?:black|hopeless|gone|over|empty|dark)\b",
                r"\bfuture (?:in|with|for|at|as) (?!(?:me|myself)\b)\w",
            ),
            (
                ("hope",),
                r"\bno (?:<W> )?hope\b|\b(?:lost|lose|losing|given up|gave up|give up) (?:all )?"
                r"hope\b|\bhopeless(?:ness)?\b",
                r"\bhope (?:of|for|that) (?!(?:me|getting better|ever getting better"
                r"|things getting better|recovery|anything|a future|living|it getting better"
                r"|life)\b)\w|\bhopeless (?:romantic|case at|at|with)\b|\b(?:team|club|wifi|train"
                r"|bus|traffic|computer|printer|weather|cook|cooking|maths?|directions|spelling"
                r"|singer)\b|\bhope (?:that )?(?:he|she|they|you|we|my \w+|the \w+)(?:'ll|'d|'s)?"
                r" (?!(?:ever )?get(?:s)? better)|\b(?:divorc\w*|break ?up|breaking up|split up)\b",
            ),
            (
                ("never", "n't ever", "not ever"),
                r"\b(?:it|things|life|this|my life|nothing|everything|i)(?:'s|'ll| is| will| are"
                r"| am|'m)? (?:<W> ){0,2}?(?:never|not ever|n't ever) (?:<W> )?(?:get|gets|getting"
                r"|going to get|gonna get|going to be|gonna be|be|become) (?:any )?(?:better|easier"
                r"|okay|ok|good|alright|all right)\b",
            ),
            (
                ("nothing", "never"),
                r"\bnothing (?:will|is|'s|is ever|'s ever|will ever) (?:ever )?(?:going to |gonna )?"
                r"(?:change|improve|get better|be better|be okay|be ok)\b|\b(?:things|it|my life"
                r"|life) (?:will|is going to|'s going to|'ll) never (?:<W> )?(?:change|improve)\b",
            ),
            (
                ("why",),
                r"\bwhy (?:(?:even|should|would|do|i|bother|keep|still) ){0,4}(?:keep(?:ing)? going"
                r"|go(?:ing)? on|carry(?:ing)? on|keep(?:ing)? living|keep(?:ing)? trying"
                r"|stay(?:ing)? alive|live|living|be alive|keep fighting)\b(?! (?:with|at|in|to"
                r"|here|there)\b)",
            ),
            (
                ("point", "use"),
                r"\b(?:what'?s|what is|(?:don'?t|can'?t|cannot|no longer|do not) see) (?:the|any) "
                r"(?:point|use) (?:of|in) (?:living|life|going on|carrying on|anything|it all|trying"
                r"|being alive|staying alive|keep(?:ing)? going|continuing|existing|me)\b"
                r"|\b(?:what'?s|what is|(?:don'?t|can'?t|cannot|no longer|do not) see) (?:the|any) "
                r"point any ?more\b|\bno (?:<W> )?point (?:to|in|of) (?:anything"
                r"|living|life|going on|carrying on|it all|trying|existing|being alive"
                r"|being here|any of it|any of this)\b|\bno point any ?more\b",
            ),
            (
                ("go on", "keep going", "carry on", "continue", "keep living", "do this", "doing this"),
                r"\b(?:can'?t|cannot|couldn'?t) (?:<W> )?(?:go on|keep going|carry on|continue"
                r"|keep living|keep doing this|do this) (?:like this|any ?more|any longer"
                r"|much longer)\b|\b(?:can'?t|cannot) (?:go on|keep going|carry on)\b(?! (?:with"
                r"|to|at|in|for|about|reading|working|like that)\b)",
            ),
            (
                ("keeping me", "keeps me", "holding me", "holds me", "nothing", "left for me"),
                r"\b(?:nothing|no one|nobody|noone) (?:is )?(?:keeping|keeps|holding|holds) me "
                r"(?:here|back|alive|going)\b|\bnothing (?:left )?to (?:look forward to|live for"
                r"|go on for|keep going for|keep me going)\b|\bthere'?s nothing left (?:for me"
                r"|any ?more)\b|\bnothing left for me\b",
            ),
            (
                ("no end", "worse"),
                near("(?:it|things|everything|life) (?:only |just |keeps? )?(?:gets?|getting) worse",
                     "no end to (?:it|this|the pain)|no end in sight", 8),
            ),
            (
                ("can't any", "cannot any", "can't do it any", "don't want to any"),
                r"\bi (?:can'?t|cannot|can'?t do it|don'?t want to) any ?more\b<END>",
            ),
            (
                ("strength", "energy", "will", "courage"),
                r"\b(?:can'?t|cannot|don'?t have|do not have|no longer have|haven'?t got|lost) (?:<W> )"
                r"{0,2}?(?:find )?(?:the |any )?(?:strength|energy|will|courage) (?:any ?more |left )?to "
                r"(?:keep going|go on|carry on|live|keep living|continue|stay alive)\b",
            ),
            (
                ("given up", "giving up", "gave up"),
                r"\b(?:i'?ve|i have|i'?m|i am|i just|i) (?:<W> )?(?:given up|giving up|gave up)"
                r"(?: on (?:life|living|everything|myself|me))?<END>",
            ),
            (
                ("help me",),
                r"\b(?:nobody|no one|noone|nothing|no-one) (?:<W> )?(?:can|could|will) (?:<W> )?help "
                r"me (?:any ?more|now|any longer)\b",
            ),
            (
                ("trapped", "stuck", "hole", "pit", "dark"),
                near("trapped|stuck|a hole|a pit|the dark", "no (?:way )?out|can'?t (?:see|find) (?:an"
                     "|a|the|any) (?:exit|way out)|forever|for ever|no escape|never (?:get|climb|crawl)"
                     " out", 8),
                EVERYDAY_TRAP_EN,
            ),
            (
                ("reason", "point"),
                r"\b(?:can'?t|don'?t|do not|cannot|no longer) see (?:any|a|the) (?:reason|point) (?:to"
                r"|in|for|of) (?:carry on|carrying on|keep going|keeping going|go on|going on|live"
                r"|living|stay|staying alive|continue|continuing)\b",
            ),
            (
                ("go on", "keep going", "carry on", "live like", "keep living"),
                r"\bhow (?:am i|can i|do i|could i|will i) (?:<W> )?(?:supposed to )?(?:go on"
                r"|keep going|carry on|live like this|keep living)\b(?! (?:with|to|at|in)\b)",
            ),
            (
                ("over", "finished", "meaning", "purpose", "worthless", "meaningless", "empty", "point"),
                r"\bmy life is (?:<W> )?(?:over|finished)\b(?! (?:if|when|unless)\b)|\b(?:my|this) "
                r"life (?:has|holds) no (?:meaning|purpose|point|value)\b|\blife (?:has|holds) no "
                r"(?:meaning|purpose|point|value) (?:for me|any ?more)\b|\b(?:my|this) life "
                r"(?:is|feels|has become|became|seems) (?:<W> )?(?:meaningless|worthless|empty)\b",
            ),
            (
                ("pointless",),
                r"\b(?:it|life|everything|it all|all of it|living|existence|my life)(?:'s| is| feels"
                r"| seems| was| has become| became) (?:<W> )?pointless\b"
                r"(?! (?:to|arguing|asking|talking|waiting|trying to (?!live))\b)",
                r"\b(?:meeting|class|lecture|argument|game|match|exercise|task|form|queue|email"
                r"|discussion|debate)s?\b",
            ),
            (
                ("left to lose",),
                r"\bnothing (?:more |else )?left to lose\b",
            ),
            (
                ("done with",),
                r"\bdone with (?:life|living|existing|it all|this life|being alive)\b",
            ),
        ],
    ),
    (
        "en.death_thoughts",
        "English: thinking about death, death as a relief",
        [
            (
                ("death", "dying", "dead", "to die", "funeral", "grave", "not being", "existing",
                 "ending my life"),
                near("<THINK_EN>", "<DEATH_EN>", 5),
                r"<OTHERS_DEATH_EN>",
            ),
            (
                ("death", "dying", "dead", "existing", "not being", "to die", "waking"),
                near("death|dying|being dead|not existing|not being alive|not being here|to die"
                     "|not waking up|never waking up", "<RELIEF_EN>", 6),
                r"<OTHERS_DEATH_EN>|\b(?:his|her|their|grandma'?s?|grandpa'?s?|grandmother"
                r"|grandfather|mum|mom|dad|father|mother|patient|pet|dog|cat)\b|\bdeath was\b"
                r"|\b(?:a|his|her|their) (?:<W> )?death\b",
            ),
            (
                ("funeral", "death", "grave", "obituary", "eulogy"),
                near("my (?:own )?(?:funeral|death|grave|obituary|eulogy)", "imagin\\w*|picture"
                     "|picturing|fantasi\\w*|dream\\w*|think\\w*|thought|plan\\w*|who would (?:come"
                     "|show up|cry)|what (?:people|they) would say|songs|music", 8),
                r"\b(?:insurance|will|lawyer|pre-?paid|old|someday|one day|when i'?m old"
                r"|organ donor)\b",
            ),
            # Round 15: hoping to fall ill or to crash, disappointed to wake, wondering what
            # being dead is like, not minding being hit.
            (
                ("recover", "get better", "make it", "accident", "crash", "goes down"),
                r"\b(?:get|getting|catch|catching|got|have|develop) (?:sick|ill|something|cancer"
                r"|a disease|an illness) and (?:not|never|don'?t|won'?t|do not|will not) (?:<W> )?"
                r"(?:recover|get better|make it)\b|\b(?:hope|hopes|hoping|wish|wishing) (?:<W> ){0,3}?"
                r"(?:i (?:get|got|have|'ll get|will get)|to get) (?:into |in )?(?:an? )?(?:<W> )?"
                r"(?:accident|crash)\b|\b(?:hope|hopes|hoping|wish) (?:<W> ){0,3}?(?:the|my) (?:plane"
                r"|train|bus|car) (?:goes down|crashes|crash|derails)\b",
            ),
            (
                ("wake",),
                r"\b(?:disappointed|gutted|sad|upset|annoyed) (?:<W> ){0,3}?(?:to wake up|that i (?:woke"
                r"|wake|'ve woken)(?: up)?|i (?:woke|wake) up|when i wake(?: up)?)\b"
                r"(?! (?:so |too )?(?:early|late)\b)",
                r"\b(?:alarm|early|late|sunday|saturday|weekend)\b",
            ),
            (
                ("dead", "dying"),
                r"\b(?:what|how) (?:<W> ){0,4}?(?:being dead|be dead|dying) (?:<W> ){0,2}?(?:like|feels?)\b"
                r"|\b(?:what|how) (?:it|it'?d|it would) (?:<W> ){0,2}?(?:be|feel) (?:like )?to be dead\b",
                r"<OTHERS_DEATH_EN>|\b(?:grandma|grandpa|grandmother|grandfather|mum|mom|dad|patient"
                r"|character|film|movie|book)\b",
            ),
            (
                ("hit", "ran over", "run over", "runs over"),
                near("(?:if|when) (?:a|the) (?:<VEHICLE_EN>) (?:<W> ){0,2}?(?:hit|hits|ran over|runs over)"
                     " me|(?:if|when) i (?:got|get|was|were) (?:hit|run over)",
                     "wouldn'?t mind|would(?: be| honestly be)? (?:fine|ok|okay|alright|a relief)"
                     "|don'?t care|fine by me|wouldn'?t care", 6),
            ),
        ],
    ),
]
