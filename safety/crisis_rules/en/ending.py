"""English crisis rules, issue 11: wanting it to end - disappearing for good, ending it, not
being a problem much longer.

Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules`` for how anchors and ``unless`` work.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

RULES = [
    (
        "en.disappear",
        "English: disappearing for good, sleeping for ever, wanting it all to be over",
        [
            (
                ("disappear", "vanish", "fade", "cease", "stop exist", "be gone", "verdwijn"),
                near("disappear\\w*|vanish\\w*|fade away|cease to exist|stop existing|be gone"
                     "|verdwijnen", "<FOREVER>", 5),
                r"\b(?:moving|move|abroad|holiday|vacation|job|work|office|magic|trick|app"
                r"|snapchat|messages?|ghost\w*)\b|\b(?:from|out of) (?:his|her|their|your) li(?:fe"
                r"|ves)\b|\b(?:the|this|that|these|those) (?!pain\b)\w+ (?:would|will|to|could|should)"
                r" (?:<W> )?(?:disappear|vanish|fade)\b",
            ),
            (
                ("sleep", "asleep", "eternal", "wake"),
                r"\b(?:sleep|sleeping|go to sleep|fall asleep|fell asleep) (?:<W> )?(?:forever"
                r"|for ever|for good|permanently|eternally|<AND> never wake)\b|\beternal sleep\b"
                r"|\bnever (?:to )?wake (?:up )?again\b|\b(?:sleep|go to sleep|fall asleep) <AND> "
                r"(?:<FILLE>){0,2}(?:never|not) (?:wake|get) up (?:again|ever again|any ?more)\b"
                r"|\b(?:sleep|fall asleep) <AND> (?:<FILLE>){0,2}stay asleep\b",
                r"\b(?:could|can|would|'d) (?:<W> )?sleep (?:for ever|forever)\b",
            ),
            (
                ("want", "wanna", "wish", "need", "hope", "pray", "would like", "make"),
                r"\b(?:want|wanted|wanna|wish|wished|need|hope|pray|would like|make) (?:<W> ){0,2}?"
                r"(?:it all|everything|it|this all|all of it|all this|all of this|the pain|life|my life"
                r"|the suffering|the hurt) (?:(?:all|just|only|already|finally|really|to|would"
                r"|could|will|'d) ){0,4}(?:be )?(?:end|stop|over|go away|done|finish|cease)\b"
                r"(?! (?:raining|snowing|ringing|beeping|buzzing|leaking|barking|crying|at|by|soon"
                r"|before|early|on time)\b)",
            ),
            (
                ("without me",),
                r"\b(?:world|everyone|everybody|they|life) (?:<W> )?(?:to )?(?:go|goes|carry|carries"
                r"|move|moves) on without me\b",
            ),
            (
                ("wake",),
                r"\b(?:don'?t|do not) want to wake up\b(?:,? (?:not )?(?:ever )?again)?<END>",
            ),
            (
                ("have to wake",),
                r"\b(?:won'?t|will not|don'?t|do not|never) (?:<W> )?have to wake up\b(?! (?:early"
                r"|at|so early|for)\b)",
            ),
            (
                ("notice", "miss me"),
                near("disappear|vanish", "(?:nobody|no one|noone) would (?:even )?(?:notice|care"
                     "|miss me)", 8),
            ),
            (
                ("woken", "woke", "wake"),
                r"\bwish (?:that )?i (?:<FILLE>){0,2}(?:hadn'?t|had not|didn'?t|did not|never|had never"
                r"|wouldn'?t|would not) (?:woken|woke|wake|waken) up\b(?! (?:early|late|so early|at)\b)",
            ),
            (
                ("nothingness", "oblivion", "the void"),
                r"\b(?:long|longing|yearn|yearning|crave|craving|want|wish) (?:<W> )?(?:for )?"
                r"(?:nothingness|oblivion|the void)\b",
            ),
            (
                ("stop",),
                r"\b(?:want|wanna|wish i could|need) (?:<FILLE>){0,2}(?:to )?(?:<FILLE>){0,2}stop"
                r"(?: (?:everything|it all|all of it|existing|living|breathing))?<END>",
            ),
            (
                ("vanish", "disappear"),
                r"\b(?:want|wanna|wish i could|need) (?:<FILLE>){0,2}(?:to )?(?:<FILLE>){0,2}(?:vanish"
                r"|disappear)\b<END>",
            ),
            (
                ("let me",),
                r"\blet me (?:<FILLE>){0,2}(?:disappear|die|go|vanish|sleep forever)<END>",
            ),
            (
                ("exist",),
                near("(?:not|stop|cease to) exist(?:ing)?", "<FOREVER>", 4),
            ),
            (
                ("free of", "escape"),
                near("(?:be |get |break )?free of (?:all )?(?:this|it|everything)|escape (?:all )?"
                     "(?:this|it|everything)", "<FOREVER>", 4),
            ),
            (
                ("gone",),
                r"\b(?:want|wanna|wish i (?:was|were|could be)|wish to|just want to) (?:<FILLE>)"
                r"{0,2}(?:to )?(?:be )?gone\b(?! (?:for|on|by|until|till|from|to|before|after|at"
                r"|in)\b)",
            ),
            (
                ("exist", "alive", "here"),
                r"\b(?:want|wanna|wish|wished|would rather|'d rather|prefer) (?:<FILLE>){0,2}"
                r"(?:to )?(?:just )?(?:not|stop|cease to) (?:exist|existing|be alive|be here)\b",
            ),
            # Round 15: "I want out of this life", "wish it was all over", "please make it
            # stop", "vanish and have nobody look for me".
            (
                ("out of", "over", "stop", "look for", "find me", "found"),
                r"\b(?:want|wanted|wanna|need) out of (?:this|my|the) (?:<W> )?life\b|\bwant out of "
                r"life\b|\bwish (?:<W> ){0,2}?(?:it|everything|this) (?:was|were|could|would|'d) "
                r"(?:<W> ){0,2}?over\b|\bplease (?:just )?(?:let|make) (?:it|this|everything) (?:all )?"
                r"(?:stop|end)\b|\b(?:let|make) it all (?:stop|end)\b",
            ),
            (
                ("look for", "looking for", "find me", "found"),
                near("(?:want|wanted|wanna) to (?:<W> )?(?:vanish|disappear|leave|run away|go away)",
                     "never be found|(?:nobody|no one|noone) (?:<W> ){0,2}?(?:look|looking|find|finds)"
                     "(?: for)?(?: me)?", 6),
            ),
            # Round 20 (read from heldout8's dev half, by category): not being any more,
            # out of being, a permanent sleep, sleeping until it is over, no tomorrow,
            # evaporating.
            (
                ("not be", "not exist"),
                r"\b(?:want to|wanna|can i|could i|i'd like to|let me|i'd rather) (?:just |simply )?"
                r"not (?:be|exist)(?: anymore| any more| at all)?<END>",
            ),
            (
                ("out of",),
                r"\b(?:want|wanna|need) (?:<W> )?out of (?:being|existing|existence|this life)\b"
                r"|(?:^|(?<=[.!?] ))out of (?:being|existing|existence)<END>",
            ),
            (
                ("sleep",),
                r"\bpermanent (?:kind of )?sleep\b|\bsleep (?:un)?till? it'?s (?:all )?over\b",
            ),
            (
                ("tomorrow",),
                r"\bi (?:don't|do not) want (?:a |any )?tomorrows?<END>|\bi want no (?:more )?"
                r"tomorrows?\b",
            ),
            (
                ("evaporate", "dissolve", "fade away"),
                r"\b(?:wish|want|wanna) (?:<W> ){0,2}?(?:evaporate|dissolve|fade away)\b(?! (?:for|to"
                r"|until|into the (?:crowd|background)|on)\b)",
            ),
        ],
    ),
    (
        "en.ending_it",
        "English: ending it, ending things",
        [
            (
                ("end it", "end things", "ending it", "ending things", "ended it", "ended things",
                 "ends it", "ends things"),
                r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)\b(?:end|ending|ended|ends) "
                r"(?:it|things)\b(?! (?:with|between|on good terms|amicably|early|off|for (?:him"
                r"|her|them|us|now)|there|before|after|up|properly|nicely|well)\b)",
                r"\b(?:relationship|boyfriend|girlfriend|husband|wife|partner|marriage|engagement"
                r"|affair|dating|fling|contract|job|lease|call|meeting|game|match|season|episode"
                r"|series|book|chapter|project|argument|fight|quarrel|discussion|conversation"
                r"|friendship|breakup|broke up|break up|divorce|ex|gym|membership|company|subscription"
                r"|club|firm)\b",
            ),
            (
                ("checking out", "check out"),
                r"\b(?:i'?m|i am|i'?ll|i will|gonna|going to|want to) (?:<W> )?(?:checking|check) out"
                r"\b(?! of\b)<END>",
            ),
            (
                ("suffering", "pain", "misery", "existence", "story"),
                r"\bend (?:my|the|this) (?:suffering|pain|misery)\b|\bput (?:myself )?out of my "
                r"misery\b|\bend(?:ing)? my (?:own )?(?:existence|story)\b",
            ),
            # Round 15: "I'm done with everything", "call it quits on life", "it all ends
            # tonight", "checking out for good", "he's going to end it all".
            (
                ("done", "quits", "ends", "end it all", "checking out", "check out"),
                r"\b(?:i'?m|i am) (?:just |so )?done (?:with )?(?:everything|it all|life|living)\b"
                r"(?! (?:on|for today|at work|i (?:had|needed)))|\bcall(?:ing)? it quits (?:on|with)"
                r" (?:life|everything|it all|living|the world)\b|\b(?:tonight|today|tomorrow) (?:it all"
                r"|everything) ends\b|\b(?:it all|everything) ends (?:tonight|today|tomorrow)\b"
                r"|\bend it all\b|\b(?:checking|check) out (?:<FOREVER>)",
            ),
        ],
    ),
    (
        "en.not_long",
        "English: not being a problem or a burden much longer",
        [
            (
                ("problem", "burden", "worry", "bother", "have to", "need to", "rid of", "free of",
                 "nobody", "no one", "noone", "no-one", "out of", "off your", "be gone",
                 "be around", "be here"),
                near("<SOON_EN>", "<RID_EN>", 8),
                r"\b(?:leaving|leave|moving|quitting|retiring|resign\w*|new job|notice|transfer\w*"
                r"|graduat\w*|team|contract|holiday|vacation|abroad|moving out|project|o'?clock"
                r"|weekend|for a week|for a few days)\b|\bat \d|\bgoing to (?:my|the|a)\b",
            ),
            # Round 15: "soon my family will have peace from me", "before long none of this
            # will matter", "this is the last time anyone has to clean up after me".
            (
                ("me\\b", "matter", "way", "plate", "over", "responsib", "problem", "bother", "burden",
                 "around"),
                near("<SOON_EN>|before long|in a (?:little )?while|give it (?:a|two|a few|a couple of) \\w+",
                     "peace (?:and quiet )?from me|(?:none of )?(?:this|it|that|anything) (?:will|won'?t"
                     "|is going to|'ll)(?: not)? matter(?: to me)?<END>|out of (?:everyone'?s|your|their"
                     "|the) way|off (?:everyone'?s|your|their|my \\w+'?s?) plate|(?:stuck with|carry|put up"
                     " with|clean up after|look after|annoy|trouble|bother) (?:<W> )?me\\b"
                     "|(?:anyone'?s|your|their) (?:responsibility|problem|bother|burden)\\b"
                     "|(?:be|being|stick|sticking|stay|staying) around\\b"
                     "|(?:it|everything|it all)(?:'ll| will) (?:all )?be over", 8),
                r"\b(?:exams?|builders?|noise|holiday|trip|deadline|renovation|kids will have)\b",
            ),
            (
                ("last time",),
                r"\b(?:the )?last time (?:you|anyone|they|you'?ll|he|she|you all) (?:<W> ){0,4}?"
                r"(?:about|after|for|with|over) me\b",
            ),
            (
                ("trouble",),
                r"\bi won'?t (?:trouble|burden) (?:you|anyone|them|everyone) (?:for )?(?:much |very )?"
                r"(?:longer|long)\b",
            ),
            (
                ("solved",),
                near("my problems (?:<W> ){0,3}?solved", "<FOREVER>|<SOON_EN>", 4),
            ),
        ],
    ),
]
