"""English crisis rules: (id, description, [(anchors, pattern[, unless]), ...]).

The same shape as ``safety.crisis_rules.nl``: anchors, a pattern in normalised text, and
an optional ``unless`` that drops a match when found in the same sentence. The first
eight rules are the original table; the rest cover the indirect language of issue 11.
"""

from __future__ import annotations

from safety.crisis_rules.words import A_ENSELF, A_PILLS_EN, A_STEM, near

FRAGMENTS = {
    "SELF_BE_EN": (
        r"(?:i'?m|i am|i was|i feel|i felt|i(?:'ve| have) (?:become|been)|i become"
        r"|i(?:'ll| will) (?:always )?be|i'?d be|i would be|am i|all i am|that'?s (?:all|what) i am"
        r"|what i am|me being|being|ik ben|my (?:very |whole )?(?:existence|presence|being here)"
        r" (?:is|feels like|was))"
    ),
    "BURDEN_EN": (
        r"(?:(?:a|an|the|such a|nothing but a|just a|only a|one big|a huge|a big|a constant"
        r"|a massive|a total|the biggest|a real|so much of a|zo'n|een) (?:<W> )?(?:burden"
        r"|drain|liability|worry (?:for|to) (?:every\w*|them|my \w+|others)|problem (?:for|to)"
        r" (?:every\w*|them|my \w+|others)|waste of (?:space|oxygen|air|life|skin))|dead weight"
        r"|(?:a|the) weight around (?:<W> ){0,2}?necks?|burden (?:to|on|for) (?:every\w*|all|my"
        r"|them|others|people|you|him|her|us|those|the people|voor))"
    ),
    "BETTER_EN": (
        r"(?:bett?er off|happier|better|relieved|easier|lighter|freer|beter af|glad|happy"
        r"|fine|okay)"
    ),
    "WITHOUT_ME_EN": (
        r"(?:without me|w/o me|if i (?:was|were|wasn'?t|weren'?t|was not|were not|didn'?t|did not"
        r"|'d never|had never|never) (?:<W> )?(?:gone|dead|around|here|alive|exist|born"
        r"|in the picture|in their lives?)|when i'?m gone|once i'?m gone"
        r"|if i (?:<FILLE>){0,2}(?:disappeared|died|left|was gone|were gone|vanished)"
        r"|after i'?m gone|with me gone|with me out of the way|zonder mij)"
    ),
    "AFTER_ME_EN": (
        r"(?:(?:when|after|once|for when|in case) i(?:'m| am) (?:gone|dead|no longer (?:here"
        r"|around)|not (?:here|around) any ?more)|after i die|when i die|after my death"
        r"|(?:in case|if|when) (?:something|anything) (?:happens|should happen) to me)"
    ),
    "HOARD_EN": (
        r"(?:put(?:ting)? (?:<W> ){0,2}?aside|set(?:ting)? aside|saved up|saving up|save up"
        r"|saving|saved|stockpil\w*|hoard\w*|collect\w*|stash\w*|hidden|hide|hiding"
        r"|enough (?:<W> )?(?:to|for) (?:do it|it|die|kill|end|an overdose)|squirrel\w* away"
        r"|kept back|keeping back|haven'?t been taking|not taking them|(?:built|building|build)"
        r" up (?:a )?(?:supply|stock|stash)|stock(?:ed|ing)? up on"
        r"|stopped taking (?:them|my \w+) (?:and|but))"
    ),
    "THINK_EN": (
        r"(?:think|thinks|thinking|thought|thoughts|fantasi[sz]e\w*|daydream\w*|dream\w*"
        r"|obsess\w*|preoccupied|imagine|imagining|picture|picturing|long for|longing for|crave"
        r"|craving|ruminat\w*|crossing my mind|cross(?:es)? my mind|on my mind)"
    ),
    "DEATH_EN": (
        r"(?:death|dying|being dead|to die|my (?:own )?(?:death|funeral|grave)|(?:myself|me) dead"
        r"|i (?:was|were|am) dead|i'?m dead"
        r"|not being (?:here|alive|around)|not existing|what it would be like to (?:be dead|die)"
        r"|how i(?:'d| would)? (?:want to |like to )?die"
        r"|how it would feel to die|ending my life)"
    ),
    "RELIEF_EN": (
        r"(?:relief|peaceful|peace|easier|better than (?:this|living|life)|welcome|appealing"
        r"|comforting|release|rest|escape|freedom|free|doesn'?t scare me|not scared"
        r"|sounds (?:nice|good|peaceful|like)|a way out|the only way|the answer|tempting|inviting)"
    ),
    # Someone else's death, or death as a subject or a word in a name.
    "OTHERS_DEATH_EN": (
        r"(?:\w+'s (?:death|funeral|dying)|(?:death|funeral|dying|grave) of (?:my|his|her|their"
        r"|our|the|a)\b|\b(?:documentary|film|movie|show|series|book|podcast|article|lecture"
        r"|hospice|patients?|clients?|character|novel|game)\b|\bdeath (?:penalty|metal|star|toll"
        r"|rate|row|certificate|benefit|grip|trap|threat)|\b(?:sudden|brain|heat|cot|crib) death"
        r"|\b(?:was|is|were|are) dying\b|\b(?:course|class|essay|philosophy|seminar|exam|module"
        r"|religion|theology)\b)"
    ),
    "MEANS_EN": (
        r"(?:<PILLS_EN>|knife|knives|blade|blades|razor|razors|gun|rope|noose|poison|charcoal"
        r"|hose)"
    ),
    "SOON_EN": (
        r"(?:much longer|for (?:much |very )?long|long now|soon|not long|any day now|shortly"
        r"|after (?:this|tonight|today|tomorrow|this week)|by (?:next week|tomorrow|monday"
        r"|the weekend)|next week|tomorrow|in a (?:few )?(?:day|days|week|weeks)|before long"
        r"|any ?more|any longer|forever|for good|(?:a )?(?:few|couple) (?:more )?(?:days|weeks"
        r"|hours)|in a few days|a little (?:while )?longer|a bit longer|after that|then)"
    ),
    "RID_EN": (
        r"(?:i (?:won'?t|will not|am not going to|'m not going to|'m not gonna) be (?:a|your"
        r"|anyone'?s|their|his|her|a big) (?:<W> )?(?:problem|burden|worry|bother)"
        r"|(?:won'?t|will not|don'?t|do not|no longer) (?:have|need) to (?:deal with|worry about"
        r"|put up with|look after|take care of|care for|bother with|think about|see) me\b"
        r"|rid of me|free of me|(?:nobody|no one|noone|no-one) (?:will|'ll|is going to|has to"
        r"|would) (?:have to )?(?:deal with|worry about|put up with|bother with) me"
        r"|i won'?t (?:be )?bother(?:ing)? (?:you|anyone|them)|out of (?:your|their|everyone'?s) (?:hair"
        r"|way|lives?)|off your hands|i(?:'ll| will) be gone"
        r"|i won'?t be (?:around|here) (?:any ?more|any longer|to bother|for|much)"
        r"|(?:no one|nobody)'?s problem|(?:nobody|no one|noone) (?:has|will have|needs|'ll have)"
        r" to worry (?:about me )?(?:any ?more|again))"
    ),
}

_EVERYDAY_TRAP_EN = (
    r"\b(?:traffic|jam|meeting|room|maze|building|car park|parking|game|escape room|contract"
    r"|deal|lease|tunnel|stadium|exam|party|class|queue|level|puzzle|argument|fight|conflict"
    r"|relationship|marriage|mortgage|debt|loan|job|course|degree|situation at work|discussion"
    r"|debate|in-laws?|mother-in-law|father-in-law|boss|divorce)\w*\b"
)
_WATER_EN = (
    r"\b(?:water|lake|sea|river|pool|ocean|canal|swim\w*|bungee|parachute|dive|diving|views?"
    r"|photos?|sunset|fireworks|skat\w*|we|city|skyline|tourists?|sightseeing|boats?)\b"
)

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
                r"<FILLE>{0,2}(?:die|sterven)\b",
            ),
            (("wanna",), r"\bwanna <FILLE>{0,3}(?:die|sterven)\b"),
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
                r"(?! (?:out of|for|with|at|up|in the|into the (?:pool|water|lake|sea))\b)",
            ),
            (
                ("do it",),
                r"\b(?:scared|afraid|worried|terrified|frightened) (?:<W> ){0,2}?(?:that )?i(?:'ll| will"
                r"| might| could| am going to|'m going to|'m gonna) (?:<FILLE>){0,2}do it\b",
            ),
            (
                A_ENSELF,
                r"\b(?:going to|gonna|want to|wanna|will|'ll|might|afraid i'?ll|scared i'?ll"
                r"|feel like|thinking (?:of|about)|urge to) (?:<FILLE>){0,2}(?:hurt|harm)(?:ing)? "
                r"<ENSELF>",
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
        ],
    ),
    (
        "en.not_wake",
        "English: not wanting to wake up again",
        [
            (("wake",), r"\b(?:never|not) (?:to )?wake up (?:again|ever again|anymore|any more)\b"),
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
                r"|cookies|carbs|memes|<W> episodes))",
            ),
            (
                ("bullet",),
                r"\b(?:put|putting|eat|eating) a bullet (?:in|through) (?:my|his|her) "
                r"(?:head|brain|skull)\b",
            ),
        ],
    ),
    # ------------------------------------------------------- issue 11: indirect language
    (
        "en.burden",
        "English: being a burden to others, in any word order",
        [
            (
                ("burden", "drain", "liability", "waste of", "dead weight", "weight around", "worry",
                 "problem"),
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
                r"\b(?:holiday|vacation|trip|weekend|party|off work|sick|office|meeting|shift)\b",
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
        ],
    ),
    (
        "en.no_way_out",
        "English: no way out, no future, nothing left to go on for",
        [
            (
                ("way out", "way forward", "exit", "escape", "solution", "light"),
                r"\bno (?:other )?way (?:out|forward)\b|\b(?:can'?t|cannot|don'?t|do not|couldn'?t)"
                r" (?:see|find|know) (?:any|a|another|an|the) (?:other )?(?:way out|way forward|exit"
                r"|escape|solution|light)\b",
                _EVERYDAY_TRAP_EN,
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
                ("trapped",),
                near("trapped", "no (?:way )?out|can'?t (?:see|find) (?:an|a|the|any) (?:exit"
                     "|way out)|forever|for ever|no escape|never get out", 8),
                _EVERYDAY_TRAP_EN,
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
                ("over", "finished", "meaning", "purpose", "worthless", "meaningless", "empty"),
                r"\bmy life is (?:<W> )?(?:over|finished)\b(?! (?:if|when|unless)\b)|\b(?:my|this) "
                r"life (?:has|holds) no (?:meaning|purpose|point|value)\b|\b(?:my|this) life "
                r"(?:is|feels) (?:<W> )?(?:meaningless|worthless|empty)\b",
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
                ("done with",),
                r"\bdone with (?:life|living|existing|it all|this life|being alive)\b",
            ),
        ],
    ),
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
            ),
            (
                ("for later", "for when"),
                r"\b(?:letters?|notes?|cards?) (?:<W> ){0,3}?(?:to|for) my (?:<W> )?(?:children|kids"
                r"|son|daughter|parents|wife|husband|partner|family),? (?:for later|for when)\b",
            ),
            (
                ("as a", "as my"),
                r"\bas (?:a|my) (?:goodbye|farewell)\b",
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
                r"\b(?:left|leaving|wrote|written|writing) (?:<W> )?(?:letters|notes) (?:for|to) "
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
                r"|house|job|team|summer|camp)\b",
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
                r"|skipping|jump rope|tug|tie down|tow|towing|moving|van|car|gym|course|bridge"
                r"|knot\w*|clothesline|hammock|kite|christmas|ladder|tree ?house)\b|\b(?:learn\w* the"
                r"|on the) ropes\b|\brope(?:d)? (?:him|her|them|me|you) in\b|\broped in\b",
            ),
            (
                ("rope",),
                r"\b(?:bought|buy|buying|got|getting|have|has|had|found|keep|kept|hid|hidden"
                r"|ordered) (?:<W> )?(?:a|the|some|my) (?:<W> )?rope\b|\ba (?:<W> )?rope (?:<W> )"
                r"{0,2}?(?:bought|ready|hidden)\b",
                r"\b(?:tent|tarp|boat|washing|laundry|climb\w*|swing|dog|trailer|camping|sailing"
                r"|skipping|jump rope|tug|tie down|tow|towing|moving|van|car|gym|course|bridge"
                r"|knot\w*|clothesline|hammock|kite|christmas|ladder|tree ?house)\b|\b(?:learn\w* the"
                r"|on the) ropes\b",
            ),
            (
                A_PILLS_EN,
                near("<PILLS_EN>", "<HOARD_EN>", 6),
                r"\b(?:trip|holiday|vacation|travel\w*|weekend|flight|abroad|pharmacy|refill"
                r"|organi[sz]er|child-?proof)\b|\bfrom the (?:kids|children|toddler|dog|baby)\b",
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
                _WATER_EN,
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
                ("lethal", "fatal", "painless", "to die", "kill", "overdose", "how many",
                 "how much", "it would take", "it takes", "suicide", "way to go", "ways to go", "easiest",
                 "method", "how high", "how to", "dangerous", "deadl", "most lethal"),
                near("googl\\w*|search\\w*|looked up|look up|looking up|research\\w*|read up"
                     "|reading up|reading about|read about|looked into|looking into|asked chatgpt"
                     "|asked (?:the )?ai", "lethal|fatal|painless|to die|kill (?:myself|yourself"
                     "|oneself)|overdose|how many (?:<W> )?<PILLS_EN>|how much (?:<W> )?<PILLS_EN>"
                     "|it would take|it takes to|suicide|quick(?:est)? way to go|easiest way to"
                     "|ways to go|methods? (?:of|to) (?:die|dying|end|kill)|(?:the )?(?:most dangerous"
                     "|deadliest|most lethal|most deadly)|how high (?:a|the) "
                     "(?:bridge|building)|how to (?:die|end it|end my life|hang|tie a noose)", 10),
                r"\b(?:thesis|study|class|course|dog|cat|pet|plant|spider|snake|mushroom\w*"
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
                r"|i'?m gonna|i'?ll|i will|i am going to|i would|i'?d|i want to) do it\b(?!\s*[:\-]"
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
                _WATER_EN,
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
                r"|morning|tonight'?s dose|bedtime|organi[sz]er|pharmacy)\b",
            ),
            (
                ("do it",),
                r"\b(?:research\w*|googl\w*|looked up|looking up|reading about|read up on"
                r"|searched|searching) (?:<W> ){0,2}?how (?:to|i (?:could|can|would|will|should)) "
                r"do it\b|\bdecided (?:how|when|where) (?:i'?m going to|i'?m gonna|i'?ll|i will"
                r"|to) do it\b|\b(?:everything|all) (?:<W> ){0,3}?(?:i need|i needed|i'?ll need) "
                r"(?:to do it|for it)\b",
            ),
            (
                ("ready", "prepared", "in place"),
                r"\b(?:everything|all) (?:<W> ){0,2}?(?:is )?(?:ready|set|prepared|in place) "
                r"(?:to do it|for (?:it|when i do it|tonight))\b",
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
        ],
    ),
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
                ("let me",),
                r"\blet me (?:<FILLE>){0,2}(?:disappear|die|go|vanish|sleep forever)<END>",
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
                r"|friendship|breakup|broke up|break up|divorce|ex)\b",
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
        ],
    ),
]
