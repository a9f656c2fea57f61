"""English crisis rules, the first table: words for suicide, wanting to die, killing oneself, means.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.words import A_ENSELF, A_STEM

RULES = [
    (
        "en.suicide_word",
        "English words for suicide (and the bare word suïcide in Dutch)",
        [
            (A_STEM, r"<STEM>(?:e|es|ed|al|ally|ality|als)?(?![a-z])"),
        ],
    ),
    (
        "en.euphemism",
        "Internet euphemisms and abbreviations",
        [
            (("aliv",), r"\bun-?aliv(?:e|es|ed|ing)\b"),
            (("sewer",), r"\bsewer ?-?slide"),
            (("sudoku",), r"\bcommit(?:s|ted|ting)? (?:die )?sudoku\b"),
            (("toaster",), r"\btoaster bath"),
            # "kms", but not kilometres ("300 kms", "kms/h").
            (("kms",), r"(?<!\d)(?<!\d\s)\bkms\b(?!\s?/\s?h\b| per\b)"),
            (("kys",), r"\bkys\b"),
            # Round 20: "catch the bus" (ctb), as "kms" and "kys".
            (("ctb",), r"\bctb\b"),
        ],
    ),
    (
        "en.kill_self",
        "English: killing oneself",
        [
            (A_ENSELF, r"\bk[i1!]ll?(?:s|ed|ing|in'?)? <ENSELF>"),
            (
                A_ENSELF,
                r"\b(?:end|ended|ending|ends|hang|hanged|hung|hanging|hangs|drown|drowned"
                r"|drowning|poison|poisoned|poisoning|shoot|shot|shooting|top|topped|topping"
                r"|gas|gassed|electrocute|electrocuted|offed|offing) <ENSELF>",
            ),
            # "off myself" only as a verb: not "take the pressure off myself".
            (
                A_ENSELF,
                r"\b(?:to|gonna|wanna|ll|will|could|would|should|might|just|i|and|or|then) "
                r"off <ENSELF>",
            ),
            (
                ("wrist", "throat"),
                r"\b(?:slit|slitting|slash|slashing|slashed) (?:my|his|her|their|your) "
                r"(?:own )?(?:wrists?|throat)\b",
            ),
            (("wrist",), r"\bcut (?:my|his|her|their) (?:own )?wrists\b"),
            # Round 20: "I'm about to do myself in", "do something to myself I can't undo".
            (
                A_ENSELF,
                r"\b(?:do|doing|did|done) <ENSELF> in\b(?! (?:the|a|my|with|at)\b)"
                r"|\bdo (?:something|it) to <ENSELF>\b(?! (?:for|like|to make)\b)",
            ),
        ],
    ),
    (
        "en.want_die",
        "English: wanting to die or to be dead",
        [
            # "to" is required: Dutch "want die ..." means "because that ...".
            (
                ("want", "wish", "ready"),
                r"\b(?:want|wanted|wants|wanting|wish|wished|wishing|ready) <FILLE>{0,3}to "
                r"<FILLE>{0,2}(?:die|sterven|dye|dei|dy)\b(?! (?:my|your|her|his|the|it|them|a)\b)",
            ),
            (("wanna",), r"\bwanna <FILLE>{0,3}(?:die|sterven|dye|dei|dy)\b(?! (?:my|your|her|his|the|it"
                          r"|them|a)\b)"),
            (
                ("dead", "dood"),
                r"\b(?:(?:want|wanted|wants|wanting|wish|wished|wishing) <FILLE>{0,2}to|wanna) "
                r"<FILLE>{0,2}be (?:dead|dood)\b",
            ),
            (
                ("dead",),
                r"\bwish(?:ed|ing)? (?:that )?i(?: was| were|'d be| would be| could be"
                r"| had been) <FILLE>{0,2}(?:already )?dead\b",
            ),
            (
                ("wish",),
                r"\bwish(?:ed|ing)? (?:that )?i(?: could| would|'d| will)? <FILLE>{0,2}die\b",
            ),
            (
                ("born",),
                r"\bwish(?:ed|ing)? (?:that )?i(?: had never been|'d never been| was never"
                r"| were never| hadn'?t been| had not been| wasn'?t| was not| weren'?t) born\b",
            ),
            (
                ("alive",),
                r"\bwish(?:ed|ing)? (?:that )?i(?: wasn'?t| weren'?t| was not| were not"
                r"| was no longer) alive\b",
            ),
            (
                ("exist",),
                r"\bwish(?:ed|ing)? (?:that )?i (?:<FILLE>){0,2}(?:didn'?t|did not|could stop"
                r"|would stop|could just|could|would just) (?:<FILLE>){0,2}(?:stop )?exist(?:ing)?\b",
            ),
            (("dead",), r"\b(?:bett?er off|rather be|prefer to be|prefer being) dead\b"),
            (("rather", "prefer"), r"\b(?:rather|prefer to) die\b"),
            # A past attempt, a near miss, a fear of acting, a plan to hurt oneself.
            (
                ("attempt",),
                r"\bi (?:have |'ve |had |'d )?attempted\b(?! (?:to|a|an|the|it|this|that|my|his"
                r"|her|some|every|all)\b)|\b(?:my|a|the) (?:last|first|previous|second|third"
                r"|earlier|failed) (?:suicide )?attempt\b(?! (?:at|to|on (?:the|a))\b)"
                r"|\battempt(?:ed)? on my (?:own )?life\b",
            ),
            (
                ("verge", "about to", "close to", "brink"),
                r"\b(?:on the (?:verge|brink)|about|so close|close|this close) (?:of|to) (?:jumping"
                r"|doing it|killing myself|ending it|ending my life|taking my life|jump)\b",
            ),
            (
                ("almost", "nearly"),
                r"\b(?:almost|nearly) (?:jumped|did it|stepped in front|went through with it)\b"
                r"(?! (?:out of|for|with|at|up|in the|into the (?:pool|water|lake|sea))\b)"
                r"|\b(?:almost|nearly) (?:took|taken|had|did) (?:an )?overdose\b|\b(?:almost|nearly)"
                r" overdosed\b",
            ),
            (
                ("do it",),
                r"\b(?:scared|afraid|worried|terrified|frightened) (?:<W> ){0,2}?(?:that )?i(?:'ll| will"
                r"| might| could| am going to|'m going to|'m gonna) (?:<FILLE>){0,2}do it\b",
            ),
            (
                A_ENSELF,
                r"\b(?:going to|gonna|want to|wanna|will|'ll|might|afraid i'?ll|scared i'?ll"
                r"|feel like|thinking (?:of|about)|urge to) (?:<FILLE>){0,2}(?:(?:hurt|harm)(?:ing)? "
                r"<ENSELF>|do(?:ing)? something (?:stupid |bad |terrible )?to <ENSELF>)",
            ),
            (
                ("stupid",),
                r"\b(?:going to|gonna|might|afraid i'?ll|scared i'?ll|worried i'?ll|will|'ll) (?:<FILLE>)"
                r"{0,2}do something stupid\b(?! (?:like|at|with|in)\b)",
            ),
            (
                ("mind",),
                r"\b(?:wouldn'?t|would not|don'?t|do not|won'?t) (?:really )?mind (?:dying|being dead"
                r"|not waking up|if i died|if i didn'?t wake up|if i never woke up)\b",
            ),
            # A passive wish to die: hoping for an accident or an illness.
            (
                ("hit", "run over", "kill", "crash", "cancer", "sick"),
                r"\b(?:wish|wished|hope|hoping|pray|praying) (?:that )?(?:a|the|some) (?:<W> )?"
                r"(?:car|bus|truck|lorry|train|van) (?:would |will |'d )?(?:just )?(?:hits?|run over"
                r"|runs over|kills?) me\b|\b(?:wish|hope|hoping|pray) (?:that )?i (?:get|got"
                r"|would get|'d get) (?:hit by|run over by|cancer|sick and die|killed)\b"
                r"|\b(?:wish|hope|hoping|pray) (?:that )?(?:the|my) (?:plane|flight|car) crash(?:es)?\b",
            ),
            # Round 20: longing, needing or being desperate to die; the wish put first
            # ("death is what i want", "dying is all i want"); to stop being alive; pidgin
            # and Tagalog ("i wan die", "gusto ko nang mamatay"); an act and then "and die".
            (
                ("die", "death", "dead"),
                r"\b(?:long|longs|longing|longed|yearn|yearning|yearned|desperate|need|needs"
                r"|ache|aching) <FILLE>{0,2}(?:to die|for death|to be dead)\b(?! (?:my|your|the)\b)",
            ),
            (
                ("dying", "death", "dead", "to die"),
                r"\b(?:dying|death|being dead|to die) (?:is|was) (?:<W> ){0,2}?(?:what|all) i"
                r" (?:<W> )?(?:want|wanted|wish for|need|crave|long for)\b(?! for (?:my|him|her)\b)",
            ),
            (
                ("stop",),
                r"\b(?:want|wanna|need|going|have) <FILLE>{0,2}(?:to )?stop (?:being alive"
                r"|existing|breathing|living)\b(?! (?:in|like|with|for|on|under|off|at|through"
                r"|beyond|paycheck|pay ?check)\b)",
            ),
            (
                ("wan", "mamatay"),
                r"\bi (?:wan|waan) (?:<FILLE>)?(?:die|dead)\b|\bgusto (?:ko )?(?:nang |na )?mamatay\b",
            ),
            (
                ("and die",),
                r"\bi(?:'ll| will| want to| wanna| am going to|'m going to|'m gonna| gonna)"
                r" (?:<W> ){1,6}?and die\b(?! (?:happy|laughing|of|from|old|a little))",
            ),
            # A past or next attempt: "made an attempt on Sunday", "gonna attempt again",
            # "almost made an attempt"; not "an attempt at the recipe".
            (
                ("attempt",),
                r"\b(?:gonna|going to|want to|wanna|will|might|about to|could) <FILLE>{0,2}attempt"
                r" again\b|\b(?:almost|nearly) made an attempt\b|\bmade (?:an|another|a second"
                r"|my) attempt\b(?= ?(?:[.,;!?]|$)| (?:last|yesterday|on (?:sunday|monday|tuesday"
                r"|wednesday|thursday|friday|saturday)|this|in (?:19|20)\d\d|and)\b)",
            ),
        ],
    ),
    (
        "en.not_wake",
        "English: not wanting to wake up again",
        [
            (("wake",), r"\b(?:never|not) (?:to )?wake up (?:again|ever again|anymore|any more)\b"),
            (("wake",), r"\bnever (?:<W> )?want to wake up\b"),
            (
                ("wake",),
                r"\b(?:sleep|go to sleep|fall asleep|sleeping|going to sleep) <AND> "
                r"(?:just )?(?:never|not) wake up\b",
            ),
            (
                ("wake",),
                r"\b(?:don'?t|do not) want to wake up (?:again|ever again|anymore|any more"
                r"|tomorrow)\b",
            ),
            # Not "I hope I don't wake up the baby / early".
            (
                ("wake",),
                r"\bhope i (?:don'?t|do not|never|won'?t|will not) wake up\b(?! (?:the|my|her"
                r"|his|him|them|everyone|anyone|anybody|any|early|late|at|before|too|in time"
                r"|with|on|to)\b)",
            ),
        ],
    ),
    (
        "en.end_life",
        "English: ending one's life",
        [
            (
                ("it all", "my (?:own )?life", "existence", "this life"),
                r"\bend(?:s|ed|ing)? (?:it all|my life|my own life|my existence|this life)\b",
            ),
            (
                ("an end to",),
                r"\bput(?:ting)? an end to (?:my (?:own )?life|it all|my existence)\b",
            ),
            (
                ("own life",),
                r"\b(?:take|takes|taking|taken|took) (?:my|his|her|their|your|one'?s) own life\b",
            ),
            # "take my life back / in my own hands / seriously" is not suicide.
            (
                ("my life", "his life", "her life", "their life"),
                r"\b(?:take|takes|taking|taken|took) (?:my|his|her|their) life\b(?! (?:back"
                r"|away|seriously|forward|apart|over|for granted|to the next|up|into"
                r"|in (?:my|his|her|their|your|our|own|a|an|another|new|the))\b)",
            ),
        ],
    ),
    (
        "en.no_reason",
        "English: indirect phrasings (no reason to live, better off without me)",
        [
            (
                ("reason", "point", "purpose"),
                r"\bno (?:<W> ){0,1}?(?:reason|point|purpose) (?:in |to )?(?:live|living"
                r"|go on|going on|stay alive|staying alive|be alive|being alive|keep living"
                r"|keep going on|keep going|carry on|stay|continue)\b(?! (?:with|in|at|here|there"
                r"|near|like that|on|for|until|till|at)\b)",
            ),
            (("live for",), r"\bnothing (?:left )?to live for\b"),
            (
                ("reason",),
                r"\b(?:run|ran|running) out of (?:<W> )?reasons? (?:to|for) (?:keep going|live|living"
                r"|go on|going on|stay|staying alive|carry on|keep living)\b",
            ),
            (
                ("worth",),
                r"\blife (?:is not|isn'?t|is no longer|'?s not|ain'?t|is never|really isn'?t) "
                r"(?:<W> ){0,1}?worth (?:living|it)\b",
            ),
            (("worth",), r"\bnot worth living\b"),
            # "I don't want to live in London" is not ideation; "without her"
            # is kept.
            (
                ("want to (?:live|be|exist)", "wanna (?:live|be|exist)"),
                r"\b(?:don'?t|do not|didn'?t|did not|no longer|doesn'?t|does not|never) "
                r"(?:<W> ){0,1}?(?:want to|wanna) (?:live|be alive|exist|be here any ?more"
                r"|be here any longer|be around any ?more|be anywhere any ?more|exist any ?more"
                r"|be on this earth|be in this world)\b"
                r"(?! (?:in|at|with|near|on|there|here|like that|abroad|together|alone|next"
                r"|close|by|under|above|somewhere|anywhere|off|as)\b)",
            ),
            (("living",), r"\bcan'?t (?:go on|keep|carry on) living\b"),
            (
                ("life", "living", "alive", "existing"),
                r"\b(?:can'?t|cannot|couldn'?t) (?:<W> )?(?:cope|deal|handle|manage|do) (?:with )?"
                r"(?:life|living|being alive|existing)\b(?! (?:in|at|on|with|without|as)\b)",
            ),
            # "tired of life in the city" is not meant.
            (
                ("tired of", "sick of", "weary of"),
                r"\b(?:tired|sick|weary) of (?:living|being alive|life)\b"
                r"(?! (?:in|at|as|with|on|here|there)\b)",
            ),
            (
                ("miss me",),
                r"\b(?:nobody|no one|no-one|noone) (?:would|will|'d|'ll) (?:even )?miss me\b",
                r"\bmiss me (?:at|from|in|during|on) (?:the|this|that|a|my|work|school|\w+day)\b",
            ),
            (
                ("notice", "care", "miss me"),
                r"\b(?:nobody|no one|no-one|noone) (?:would|will|'d|'ll) (?:even )?(?:notice|care"
                r"|miss me) if i (?:was|were|wasn'?t|weren'?t|died|disappeared|left|killed myself"
                r"|was gone|were gone)\b",
            ),
            (("without me",), r"\bbett?er off without me\b"),
            (("er off",), r"\bbett?er off if i (?:<W> ){0,3}?(?:dead|gone|born|exist|alive)\b"),
            (
                ("without me",),
                r"\b(?:world|everyone|everybody) (?:would be|will be|is|'?d be) (?:a )?better"
                r"(?: place)? without me\b",
            ),
            (
                ("longer",),
                r"\b(?:won'?t|will not|not going to|ain'?t gonna|not gonna) be (?:around|here) "
                r"(?:much|for much|for very much|very much) longer\b",
            ),
        ],
    ),
    (
        "en.method",
        "English: ways of ending one's life",
        [
            (
                ("jump", "leap", "throw", "threw", "yeet", "fling"),
                r"\b(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaping|throw myself"
                r"|throwing myself|threw myself|yeet myself|fling myself) (?:off|from|out of) "
                r"(?:a|the|that|this|my|some) (?:<W> ){0,1}?<HEIGHT_EN>\b"
                r"(?!(?: <W>){0,5}? <WATER_EN>\b)",
            ),
            (
                ("in front of",),
                r"\b(?:jump|jumps|jumped|jumping|step|steps|stepped|stepping|throw myself"
                r"|throwing myself|threw myself|walk|walked|walking) in front of "
                r"(?:a|the|an|that|this|some|oncoming) (?:<W> ){0,1}?<VEHICLE_EN>\b",
            ),
            # Not cars: "I had to lie down under the car" is a repair.
            (
                ("under",),
                r"\b(?:jump|jumps|jumped|jumping|throw myself|throwing myself|threw myself"
                r"|lie down|lay down|lying down) under (?:a|the|an|that|this|some|oncoming) "
                r"(?:<W> ){0,1}?(?:train|bus|truck|lorry|subway|tube|tram|metro)\b",
            ),
            (
                ("tracks",),
                r"\b(?:jump|jumped|jumping|lie down|lay down|lying down) (?:onto|on) (?:the )?"
                r"(?:train |railway |rail |subway )?tracks\b",
            ),
            (
                ("whole", "entire", "full"),
                r"\b(?:a|the) (?:whole|entire|full) (?:bottle|pack|packet|box|strip|blister|jar"
                r"|tub) (?:of )?(?:<W> ){0,1}?<PILLS_EN>\b",
            ),
            # "downed the whole bottle" is usually alcohol: a relapse, not
            # this card.
            (
                ("bottle",),
                r"\b(?:take|took|taking|swallow|swallowed|swallowing) (?:the|a) whole bottle\b"
                r"(?! of (?:wine|water|beer|vodka|whisky|whiskey|rum|gin|juice|soda|coke|milk"
                r"|champagne|prosecco|cider|kombucha))",
            ),
            (("handful",), r"\b(?:a|a big|a whole) handful of <PILLS_EN>\b"),
            (
                ("at once", "in one go", "together", "same time"),
                r"\b(?:all|every one of|each of) (?:of )?(?:my|the|these|those) <PILLS_EN> "
                r"(?:at once|in one go|together|at the same time|all at once)\b",
            ),
            (
                ("stockpil", "hoard", "sav(?:e|es|ed|ing) up"),
                r"\b(?:stockpil(?:e|es|ed|ing)|hoard(?:s|ed|ing)?|sav(?:e|es|ed|ing) up) "
                r"(?:my |up my |up |some |all my |all the |all of my )?<PILLS_EN>\b",
            ),
            (
                ("purpose", "deliberate", "intentional"),
                r"\b(?:overdose|overdosed|overdosing|od|od'?d|od'?ing) (?:<W> ){0,3}?"
                r"(?:on purpose|deliberately|intentionally|purposely)\b",
            ),
            (
                ("purpose", "deliberate", "intentional"),
                r"\b(?:on purpose|deliberately|intentionally|purposely) (?:<W> ){0,2}?"
                r"(?:overdos(?:e|ed|ing)|od|od'?d)\b",
            ),
            # "going to overdose on coffee / Netflix" is hyperbole.
            (
                ("overdos", "od(?![a-z])"),
                r"\b(?:want|wanted|wanna|going|gonna|plan|planning|planned|thinking about"
                r"|thought about|think about|considering|considered|tempted) (?:<W> ){0,2}?"
                r"(?:to )?(?:take an |taking an |an )?(?:overdose|overdosing|od)\b"
                r"(?! on (?:coffee|caffeine|sugar|chocolate|candy|sweets|netflix|tv|cake"
                r"|cookies|carbs|memes|<W> episodes))|\bto (?:take|have) an overdose\b",
            ),
            (
                ("bullet",),
                r"\b(?:put|putting|eat|eating) a bullet (?:in|through) (?:my|his|her) "
                r"(?:head|brain|skull)\b",
            ),
            # Round 20: "swallow the lot", "walking into the river to drown".
            (
                ("swallow",),
                r"\bswallow(?:ing|ed|s)? (?:<W> )?the (?:lot|whole (?:lot|box|packet|strip|pack))\b",
            ),
            (
                ("into the",),
                r"\b(?:walk|walking|walked|go|going|went) into the (?:river|sea|lake|canal|water"
                r"|ocean) (?:<W> ){0,3}?(?:to drown|and (?:not|never) come (?:back|out)|and keep"
                r" (?:walking|going))\b",
            ),
        ],
    ),
]
