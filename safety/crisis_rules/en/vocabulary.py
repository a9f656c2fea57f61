"""English word lists for the crisis rules: ``<NAME>`` fragments and everyday settings."""

from __future__ import annotations

FRAGMENTS = {
    "SELF_BE_EN": (
        r"(?:i'?m|i am|i was|i feel|i felt|i(?:'ve| have) (?:become|been)|i become"
        r"|i(?:'ll| will) (?:always )?be|i'?d be|i would be|am i|all i am|that'?s (?:all|what) i am"
        r"|what i am|me being|being|ik ben|my (?:very |whole )?(?:existence|presence|being here)"
        r" (?:is|feels like|was)|(?:want|wanted|hate|hated|sorry|afraid|scared|tired|sick)"
        r" (?:of |to )?be)"
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

EVERYDAY_TRAP_EN = (
    r"\b(?:traffic|jam|meeting|room|maze|building|car park|parking|game|escape room|contract"
    r"|deal|lease|tunnel|stadium|exam|party|class|queue|level|puzzle|argument|fight|conflict"
    r"|relationship|marriage|mortgage|debt|loan|job|course|degree|situation at work|discussion"
    r"|debate|in-laws?|mother-in-law|father-in-law|boss|divorce)\w*\b"
)
WATER_EN = (
    r"\b(?:water|lake|sea|river|pool|ocean|canal|swim\w*|bungee|parachute|dive|diving|views?"
    r"|photos?|sunset|fireworks|skat\w*|we|city|skyline|tourists?|sightseeing|boats?)\b"
)
