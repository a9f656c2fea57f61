"""English crisis rules, round 22: turns of phrase of heldout9's writer (both halves spent,
read by category; docs/safety/crisis-detector.md).

Ending the rest of oneself as one ends a job or a career (``en.rest_of_me``); Nigerian
pidgin for ending it and being tired of life (``en.pidgin``); soon off everyone's hands,
done being a problem (``en.off_hands``); a clinical register that names death, non-existence
or a chosen method (``en.clinical``); death envied, pictured as one's own, or welcomed
(``en.death_welcome``); a means kept ready, or a place known for when it goes wrong
(``en.means_ready``); self-inflicted injury hidden as an accident, picking or hitting until
it bleeds (``en.harm_hidden``); someone else who means to follow, to jump or to finish it
(``en.others_intent``); a farewell of affairs put in order, last contact, a note for
whoever reads it (``en.affairs``); a burden in money, taking, poison (``en.cost_me``); no
version of this ends well (``en.no_version``). Each names a family of phrasings, not a
sentence. Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

_SOON = (
    r"(?:soon|shortly|before long|not long now|nearly|almost|any day now|by (?:spring|summer"
    r"|autumn|winter|christmas|easter|the new year|the end of (?:the )?(?:month|year|term)))"
)
_BODY = (
    r"(?:arms?|forearms?|wrists?|legs?|thighs?|skin|stomach|belly|hips?|ankles?|hands?"
    r"|knuckles|chest|shoulders?|knees?|face|head|feet|foot|nail ?beds?|cuticles|fingers)"
)
_TRAVEL = (
    r"\b(?:holiday|trip|week|weekend|month|move|moving|flat|uni|university|camp|away|abroad"
    r"|travel\w*|job|contract|shift|course|18|eighteen|adult|discharge\w*|transfer\w*"
    r"|graduat\w*|emigrat\w*|visa|lease|tenancy)\b"
)

RULES = [
    (
        "en.rest_of_me",
        "English: ending the rest of oneself, as one hands in a notice or retires a shirt",
        [
            # "i'm retiring the rest of me", "handing in the rest of me too", "shutting
            # everything down, me included".
            (
                ("rest of me", "me included", "me too", "including me", "me as well"),
                r"\b(?:retir\w*|hand\w* in|shut\w* (?:down|off)|switch\w* off|clos\w* down"
                r"|sign\w* off|pack\w* up|finish\w*|end\w*|cancel\w*|put\w* down|turn\w* off)"
                r" (?:<W> ){0,3}?(?:the rest of me|(?:everything(?: else)?|all of it|it all)\W{1,3}(?:me"
                r" included|including me|me too|me as well))\b",
            ),
        ],
    ),
    (
        "en.pidgin",
        "English: Nigerian pidgin for ending it, being tired of life, a poison bought",
        [
            # "i wan end am today", "i fit just end am": "end am" is "end it".
            (("end am",), r"\b(?:wan|want|go|fit|will|gonna|wanna|go just|don|fit just|wan just)"
                          r" (?:just )?end am\b(?! (?:with|for|wit) )",
             r"\b(?:babe|babes|girlfriend|boyfriend|relationship|wife|husband|work|job|business"
             r"|contract|matter|case|quarrel|fight|palava)\b"),
            # "i don tire for this life".
            (("tire",), r"\bi (?:don|done) tire (?:for|of|with) (?:this )?(?:life|everything"
                        r"|living|existence)\b|\bi (?:don|done) tire<END>"),
            # "i don buy the sniper" (an insecticide, a common means): bought, hidden, drunk.
            (
                ("sniper",),
                r"\b(?:buy|bought|don buy|drink|drank|don drink|hide|hid|keep|kept|get|got)\w*"
                r" (?:<W> ){0,2}?sniper\b",
                r"\b(?:rifle|game|call of duty|cod|fortnite|movie|film|scope|army|military"
                r"|shoot\w*|mosquito\w*|cockroach\w*|insects?|bugs?|pests?|spray\w* the)\b",
            ),
        ],
    ),
    (
        "en.off_hands",
        "English: soon off everyone's hands, done being a problem, not for long now",
        [
            # "by spring i'll be off everyone's hands".
            (("hands",), r"\boff (?:everyone'?s|everybody'?s|your|their|his|her|the family'?s"
                         r"|all (?:your|their)) hands\b", _TRAVEL),
            # "almost done being a problem", "nearly finished being a burden".
            (
                ("being a",),
                r"\b(?:almost|nearly|soon|about|just about) (?:done|finished|through) being"
                r" (?:a |an )?(?:<W> )?(?:problem|burden|bother|worry|weight|nuisance|drain"
                r"|pain)\b",
            ),
            # "the kids won't have to tiptoe round my moods for long now".
            (
                ("have to",),
                r"\bwon'?t have to (?:<W> ){1,5}?(?:me|my \w+|i) (?:<W> ){0,2}?(?:for (?:long|much"
                r" longer|very long)(?: now)?|much longer|(?:for )?long now)\b",
                _TRAVEL,
            ),
            # "it's nearly over with me", "soon over for me".
            (("over with me", "over for me"), r"\b(?:nearly|almost|soon|all but) over (?:with"
             r"|for) me\b", r"\b(?:game|match|season|race|contract|shift|exam|term|course|job"
             r"|interview|trial|treatment|chemo|training|round)\w*\b"),
            # "she'll only have one of us to deal with soon".
            (
                ("one of us",),
                near(_SOON, r"(?:only|just) (?:have|be) one of us (?:to|left to) (?:deal with"
                     r"|look after|care for|worry about|visit)", 6),
            ),
        ],
    ),
    (
        "en.clinical",
        "English: a clinical self-report naming death, non-existence or a method chosen",
        [
            # "passive thoughts of being dead", "recurrent rehearsal of my own death".
            (
                ("death", "dead", "dying", "existence"),
                r"\b(?:thoughts?|ideation|rehearsal|fantas\w*|preoccupation|imagery|wish\w*"
                r"|preference|longing|desire) (?:<W> )?(?:of|about|for|around) (?:my )?(?:own )?"
                r"(?:death|dying|being dead|non-?existence)\b(?! of\b)",
                r"\b(?:his|her|their|patients?|clients?|residents?|the deceased|grief|dad'?s|mum'?s"
                r"|mom'?s|ward|supervision|caseload|service users?)\b",
            ),
            # "method selected, location scouted".
            (
                ("method",),
                near(r"method (?:selected|chosen|decided|picked|settled|identified|researched)",
                     r"location|place|timing|date|follow-?through|note", 8),
            ),
        ],
    ),
    (
        "en.death_welcome",
        "English: death wished for oneself: all I want, it would be fine, it was mine",
        [
            # "all i want is to be dead".
            (("all i",), r"\ball i (?:really |ever |still )?(?:want|wish for|need|long for)"
                         r" (?:<W> )?is (?:to )?(?:be dead|die|not exist|not wake up|stop existing"
                         r"|not be here|not be alive|be gone for good)\b"),
            # "imagining it was mine" (a funeral), "wishing the hearse was for me".
            (
                ("was mine", "were mine", "was for me", "were for me"),
                near(r"funeral|coffin|casket|grave|hearse|siren|ambulance|obituar\w*|wake|eulogy",
                     r"(?:imagin\w*|pretend\w*|wish\w*|hop\w*|if only) (?:<W> ){0,2}?(?:it|that|they|he"
                     r"|she)(?:'d)? (?:was|were|had been) (?:mine|for me)", 10),
            ),
            # "what if i died tonight", with no fear in it.
            (("died",), r"\bwhat if i (?:just )?died (?:tonight|today|in my sleep)\b(?!\W{1,3}"
                        r"(?:who|what|would (?:they|anyone)|how))",
             r"\b(?:scared|afraid|terrified|panic\w*|anxiety|anxious|worr\w*|health)\b"),
            # "i'd swap places with him" at a grave; "i'd trade places with her".
            (
                ("places with",),
                near(r"grave|funeral|coffin|died|dead|buried|cemetery|passed",
                     r"(?:swap|trade|switch|change)\w* places with (?:him|her|them)", 10),
                r"\b(?:rota|shifts?|roster|schedule|duty|seat|seats)\b",
            ),
            # "doesn't even scare me anymore, dying sounds nice".
            (
                ("sounds", "feels", "seems"),
                r"\b(?:dying|death|being dead) (?:honestly |actually |just |kind of |kinda )?"
                r"(?:sounds|feels|seems) (?:so |really |quite )?(?:nice|peaceful|like (?:a )?"
                r"(?:holiday|relief|rest|peace|a break))\b",
                # Said of others at work: "to many of my palliative patients".
                r"\b(?:patients?|clients?|residents?|hospice|palliative|for many|to many)\b",
            ),
        ],
    ),
    (
        "en.means_ready",
        "English: a means lying ready, a place known for if it goes wrong, a plan now",
        [
            # "rope's in the ute", "the hose is in the boot".
            (
                ("rope", "noose", "hose"),
                r"\b(?:the )?(?:rope|noose|hose)(?:'s| is| has been) (?:already |ready |all ready )?"
                r"(?:in|under|behind) (?:the|my) (?:<W> )?\w+<END>",
                r"\b(?:garden|water\w*|tyre|tire|swing|tow\w*|boat|camping|climb\w*|horse|cattle"
                r"|sheep|tent|washing|leak\w*|hosepipe ban|plants?|lawn|car wash|pool)\b",
            ),
            # "if it goes badly, i know where the bridge is".
            (
                ("know where",),
                near(r"if (?:it|this|that|they|he|she) (?:goes|go|went) (?:badly|wrong|bad)"
                     r"|if (?:they|he|she) (?:take|takes) it badly|if it doesn'?t work",
                     r"i (?:know|knows) (?:exactly )?where (?:the|a) (?:<HEIGHT_EN>|railway|tracks"
                     r"|line|river|quarry|reservoir|cliffs?) is", 6),
            ),
            # "i have a plan now.", "got a plan and a date".
            # Not where the same sentence names what the plan is for (work, a move, money):
            # "plan" is this app's own word.
            (("plan now",), r"\b(?:i have|i've got|i got|got|have) a plan now<END>",
             r"\b(?:work|job|project|exams?|revision|budget|diet|money|debts?|wedding|moving|move"
             r"|house|holiday|business|boss|shifts?|rota|deadline|essay|thesis|training|gym|chaos"
             r"|garden|kids|school|step plan|plan b)\b"),
            # "tonight i check out." (round 21's en.sign_off has "the night i check out").
            (("check out",), r"\b(?:tonight|today|tomorrow|this weekend|on (?:monday|tuesday"
                             r"|wednesday|thursday|friday|saturday|sunday)) i(?:'m| am)? (?:finally )?"
                             r"check(?:ing)? out<END>",
             r"\b(?:hotel|hostel|airbnb|library|book|room|b&b|campsite|cabin|ward|hospital)\b"),
            # "not for going home" (a timetable), as round 21's "not for fishing".
            (("not for",), r"\bnot for (?:going home|getting home|travel|travelling|the commute"
                           r"|a trip|the shooting range|the range|hunting|the farm)\b"),
            # "i've worked out how many" (pills).
            (
                ("how many",),
                r"\bworked out (?:exactly )?how many(?: (?:<PILLS_EN>|patches|i(?:'d)? need|it"
                r" (?:takes|would take)|would do it|to take))?<END>",
            ),
            # "hose and tape", a kit for a car's exhaust.
            (
                ("hose",),
                r"\bhose(?:pipe)? (?:<AND>|with) (?:<W> )?(?:tape|duct tape|gaffer tape)\b",
                r"\b(?:garden|leak\w*|tap|sprinkler|pond|aquarium|washing machine|plumb\w*"
                r"|fix\w*|repair\w*)\b",
            ),
        ],
    ),
    (
        "en.harm_hidden",
        "English: self-injury passed off as an accident, picking or hitting oneself to hurt",
        [
            # "tipped kettle water over my wrist and told the gp it was an accident".
            (
                ("told", "said", "pretended"),
                near(r"wrists?|arms?|burn\w*|scald\w*|cut|cuts|bruis\w*|kettle|blade|lighter"
                     r"|knee|skin|hand",
                     r"(?:told|tell|telling|said) (?:<W> ){0,3}?(?:it was an accident|i fell|i'd"
                     r" fallen|i tripped|i slipped|it was the cat|it was the dog)|pretended it was"
                     r" an accident", 10),
                r"\b(?:he|she|they|someone|somebody) (?:<W> )?(?:hit|pushed|burn\w*|cut|hurt)"
                r" me\b",
            ),
            # "i pick at my nail beds until they bleed", "skin-picking to bleeding".
            (
                ("pick",),
                r"\bpick\w* (?:at )?(?:my |the )?(?:<W> )?(?:nail ?beds?|skin|cuticles|scabs?"
                r"|face|lips?|fingers|arms?|legs?|scalp) (?:<W> ){0,5}?(?:until|till|til|to)"
                r" (?:they |it )?(?:bleed\w*|bled|raw)\b|\bskin-?picking to (?:bleeding|blood)\b",
            ),
            # "i punch my stomach, hard, over and over"; "slapped my bad knee until it swelled".
            (
                ("punch", "hit", "slap", "smack", "beat"),
                r"\b(?:punch|hit|slap|smack|beat)\w* my (?:own |bad |sore )?(?:stomach|belly|thighs?"
                r"|legs?|head|face|arms?|knees?|chest|ribs)\b(?:\W{1,4}+\w{1,30}+){0,4}?\W{1,4}+"
                r"(?:until|till|hard|over and over|again and again|so hard|to punish)\b",
                r"\b(?:on|against) (?:the|a) (?:cupboard|door|shelf|table|car|wall|beam|ceiling)\b"
                r"|\b(?:accident\w*|by mistake|tripped|fell)\b",
            ),
            # "intent: to feel pain".
            (("feel pain",), r"\b(?:intent|purpose|reason|aim)\W{1,3}(?:was )?to feel pain\b"),
        ],
    ),
    (
        "en.others_intent",
        "English: someone close who means to follow, to jump, to finish the job",
        [
            # "said she's going to finish the job after exams" (with scars or a try before).
            (
                ("finish",),
                near(r"scars?|tried before|tried last|attempt\w*|overdos\w*|cut\w*|last time",
                     r"(?:going to|gonna|will|wants? to|plans? to|'ll) finish (?:the job|it off"
                     r"|what (?:she|he|they) started)", 12),
            ),
            # "my friend say she want to jump from her block".
            (
                ("jump",),
                r"\b(?:want|wants|wan|going|gonna|will|say|said|talk\w*) (?:<W> ){0,2}?jump"
                r" (?:from|off) (?:his|her|their|my|the|a) (?:hdb )?(?:block|flat|roof"
                r"|balcony|building)\b",
                r"\b(?:trampoline|pool|parkour|base ?jump\w*|parachut\w*|bungee)\b",
            ),
            # "talked about joining the lads who didn't come back".
            (
                ("who didn't", "who did not", "who never"),
                r"\bjoin\w* (?:the |his |her |my |our )?(?:lads|guys|mates|boys|girls|ones"
                r"|friends|men|crew|brothers) who (?:didn'?t|did not|never) (?:come|came|make it|made it"
                r"|get|got)"
                r" (?:back|home|out)\b",
            ),
            # "he wishes he'd stayed in the building" (a fire, a crash).
            (
                ("stayed in", "died in", "gone down"),
                r"\bwish\w* (?:he|she|they|i)(?:'d| had) (?:stayed in|died in|gone down with)"
                r" (?:the|that) (?:building|fire|car|wreck|crash|house|water|river|sea)\b",
            ),
            # "when he dies, i'm going with him".
            (
                ("going with", "go with", "follow"),
                near(r"when (?:he|she|they|dad|mum|mom) (?:dies|die|goes|passes)",
                     r"(?:i'm|i am|i'll|i will|she'?s|he'?s|she is|he is|she'll|he'll|they'?re"
                     r"|they'll) (?:go|going|follow|following) (?:with )?(?:him|her"
                     r"|them)", 6),
                r"\b(?:going|go|follow\w*) with (?:him|her|them) to (?!heaven|the other side"
                r"|the grave)|\b(?:funeral|burial|bury|buried|cremation|ashes)\b",
            ),
        ],
    ),
    (
        "en.affairs",
        "English: affairs put in order for after, last contact, a note for whoever reads it",
        [
            # "will updated, pension nominee changed, digital accounts handed over".
            (
                ("will updated", "will written", "will sorted", "will done", "will signed",
                 "passwords", "nominee", "next of kin"),
                near(r"will (?:updated|written|sorted|done|signed)|passwords|pension nominee"
                     r"|next of kin",
                     r"(?:accounts|passwords|logins) (?:handed over|written down|shared|sorted)"
                     r"|nominee changed|(?:cat|dog|pets?) (?:rehomed|sorted|goes to)"
                     r"|instead of me|nothing (?:left )?outstanding", 12),
                r"\b(?:surgery|operation|holiday|trip|flight|abroad|deploy\w*|tour|hospital"
                r"|solicitor said|everyone should|estate planning|workshop)\b",
            ),
            # "if anyone reads this, my cat goes to priya".
            (
                ("reads this", "finds this", "read this"),
                near(r"if (?:anyone|anybody|someone|somebody|you) (?:ever )?(?:reads?|finds?) this",
                     r"goes to|go to|look after|take care of|feed|is yours|are yours|i'm sorry"
                     r"|love you|tell (?:my|mum|mom|dad)", 10),
                r"\b(?:blog|post|thread|review|recipe|forum|subreddit|newsletter|channel)\b",
            ),
            # "rang everyone tonight to hear their voices once more".
            (
                ("once more", "one last time", "one more time", "final time"),
                r"\b(?:hear|see|hug|hold|kiss) (?:<W> ){0,2}?(?:voices?|faces?|them|him|her|everyone)"
                r" (?:<W> )?(?:once more|one (?:last|more|final) time|a final time)\b",
                r"\b(?:before (?:they|he|she|i) (?:leave|move|emigrat\w*|go)|moving|move|emigrat\w*"
                r"|abroad|holiday|deploy\w*|hospital|hospice|dying|funeral|visit)\b",
            ),
        ],
    ),
    (
        "en.cost_me",
        "English: a burden in money or in taking: all I do is take, poison to people",
        [
            (("take",), r"\ball i (?:ever )?do is take\b"),
            (("poison", "toxic"), r"\bi'?m (?:just )?(?:poison|toxic) (?:to|for) (?:people|everyone"
                                  r"|everybody|anyone|the people)\b"),
            (("investment",), r"\bi'?m (?:the|their|a) (?:worst|bad|terrible|biggest (?:waste"
                              r"|mistake)|wasted) investment\b"),
            (
                ("cost",),
                r"\bi cost (?:<W> ){0,3}?(?:thousands|a fortune|everything|every (?:last )?(?:bit"
                r"|penny|cent))\b",
                r"\b(?:shop|store|ticket|car|bill|insurance|repair|wedding)\b",
            ),
        ],
    ),
    (
        "en.no_version",
        "English: no version of this ends well, dead ends every way",
        [
            (
                ("version", "ends well", "end well"),
                r"\bno (?:version|way|world|future) (?:of this )?(?:that|where|in which) (?:this |it"
                r" |things )?(?:ends?|turns? out) (?:well|good|ok|okay|alright)\b",
                r"\b(?:film|movie|show|series|book|season|game|story|plot|novel|election|deal"
                r"|negotiation|match|project|business)\b",
            ),
            (("dead end",), r"\bdead ends? (?:in )?(?:every|each|all) (?:directions?|ways?|sides?)\b"),
            (("waking up",), r"\bno more waking up<END>"),
            # "what's even the point anymore".
            (("point",), r"\bwhat'?s (?:even |really )?the point (?:any ?more|of (?:anything|it all"
                         r"|living|going on|me))\b"),
        ],
    ),
]
