"""English crisis rules: self-harm (cutting, scratching, burning, hitting or hurting oneself).

Self-harm is a serious risk signal on its own, so it brings up the crisis card like the
rest (docs/safety/crisis-detector.md, "Scope"). Everyday cuts and burns (the kitchen,
shaving, sport, an accident) and "cut myself off", "burned myself out" are left out.
Each rule is (id, description, [(anchors, pattern[, unless]), ...]); see
``safety.crisis_rules``.
"""

from __future__ import annotations

from safety.crisis_rules.words import near

# "after training", "before the gym": when it happened, not how.
_NOT_WHEN = r"(?<!after )(?<!before )(?<!since )(?<!following )"
# Where an ordinary cut, burn or bruise comes from. Looked for in the match's sentence.
_EVERYDAY = (
    r"\b(?:accident\w*|by mistake|shaving|shave|shaved|razor burn|cooking|cooked|cook|kitchen"
    r"|chopping|chop|chopped|slicing (?:the|some|an?)|vegetables?|veg|onions?|bread|cake"
    r"|cheese|meat|fruit|apple|potato\w*|tins?(?!')|(?:a|the|that|this) can|cans|can opener|paper"
    r"|envelope|haircut|hair"
    # Not "saw" alone ("till i saw stars"), nor sport named only as the time it happened
    # ("i cut myself again after training").
    r"|fringe|bangs|grass|lawn|hedge|garden\w*|wood|diy|(?:a|the|my|hand|chain|circular"
    r"|electric|band|table) ?saw|sawing|tools?|" + _NOT_WHEN + r"(?:sports?|football"
    r"|soccer|rugby|hockey|tennis|training|gym|workout|work out|lifting|running|cycling)"
    r"|ran"
    r"|bike|fell|fall|falling|tripped|slipped|cat|dog|brambles?|thorns?|rose bush|surgery"
    r"|operation|c-section|caesarean|injection|vaccine|jab|tattoo\w*|sunburn\w*|in the sun"
    r"|at the beach|oven|stove|pan|iron|kettle|tea|coffee|soup|barbecue|bbq|campfire"
    r"|fireworks?|tray|hot plate|curling iron|straighteners|cupboard|shelf|doorframe|door"
    r"|shed|fence|barbed wire|on (?:a|the) (?:<W> )?(?:nail|branch|wire|thorn|edge|corner))\b"
)
_THINGS = r"\b(?:car|phone|screen|paint|door|table|floor|record|glasses|lens|bumper|wall)s?\b"
# Reflexives of the person or someone they speak of; not "yourself" ("careful, you'll
# hurt yourself" is a warning, not a report).
_SELF = r"(?:my ?-?self|meself|myslef|her ?-?self|him ?-?self|them ?-?sel(?:f|ves))"
_BODY = (
    r"(?:my|his|her|their|your|the) (?:<W> )?(?:arms?|forearms?|wrists?|legs?|thighs?|skin"
    r"|stomach|belly|hips?|ankles?)"
)
_CUT = (
    r"(?:cut|cuts|cutting|cut up|slice|sliced|slicing|carve|carved|carving|scratch|scratched"
    r"|scratching|scratches|gash\w*|slash\w*|wounds|fresh cuts|scars|scarred|blade|razor"
    r"|razor blade|open)"
)

RULES = [
    (
        "en.self_harm",
        "English: self-harm (cutting, scratching, burning, hitting or hurting oneself)",
        [
            # "I cut myself again", "she's been burning herself", "I want to hurt myself".
            (
                ("sel",),
                r"\b(?:cut|cuts|cutting|slice|sliced|slicing|carve|carved|carving|burn|burns|scratch"
                r"|scratched|scratching|scratches|slap|slapped|slapping"
                r"|burned|burnt|burning|hit|hits|hitting|punch|punched|punches|punching|beat"
                r"|beats|beating|hurt|hurts|hurting|harm|harms|harmed|harming|injure|injured"
                r"|injuring|mutilate|mutilated|mutilating|stab|stabbed|stabbing|bruise|bruised"
                r"|bruising) <FILLE>{0,1}" + _SELF + r"\b(?! (?:off|out|up|in on|loose|short|free"
                r"|a|an|some|down|to sleep)\b)",
                _EVERYDAY + r"|\b(?:song|film|movie|story|book|show|series|documentary|podcast|video"
                r"|episode|play|poem|novel|article|character)s? (?:<W> ){0,2}?about\b"
                r"|\bover the (?:head|shoulder)|\bitch\w*|\bmosquito\w*|\beczema\b",
            ),
            (
                ("self", "sh ", "nssi"),
                r"\bself ?-?(?:harm\w*|injur\w*|mutilat\w*)|\bnssi\b",
                r"\b(?:documentary|article|book|podcast|series|film|movie|lecture|training"
                r"|course|research\w*|stud(?:y|ies|ying)|students|pupils|patients|clients|signs|awareness|prevention|guideline|policy|protocol|webinar"
                r"|module|essay|exam|presentation|class|lesson)\b",
            ),
            # "slice my arms open", "my legs are all cut up", "a blade to my leg".
            (
                ("arm", "wrist", "leg", "thigh", "skin", "stomach", "belly", "hip", "ankle"),
                near(_BODY, _CUT, 5),
                _EVERYDAY + "|" + _THINGS,
            ),
            # "cut again last night", "I've been cutting", "the urge to cut".
            (
                ("cut", "harming", "burning"),
                r"\b(?:cut|cutting|harmed|harming) (?:again|last night|tonight|this morning"
                r"|yesterday|today)\b|\b(?:started|start|starting|been|keep|kept|went back to"
                r"|back to|relapsed|relapse|urges? to|craving|stop|stopped|quit|quitting"
                r"|months clean from|clean from) (?:<W> )?(?:cutting|harming)\b"
                r"|\b(?:urges? to|relapsed and|relapse and|need to|want to) (?:<W> )?cut\b"
                r"(?! (?:the|my hair|your|his|their|it|them|some|down|back|off|out|in|through"
                r"|a|an|this|that|costs|ties|loose|corners|class)\b)",
                _EVERYDAY + "|" + _THINGS + r"|\b(?:power|electricity|water|gas|internet|wifi"
                r"|budget|funding|hours|pay|salary|prices?|costs?|film|scene|line|corners|class"
                r"|school|carbs|sugar|meat|dairy|ties|back on|down on)\b",
            ),
            # "scratching till it bleeds", "hit myself until I bruise".
            (
                ("bleed", "bled", "bruise", "blood"),
                r"\b(?:scratch|scratching|scratched|pinch|pinching|pinched|hit|hitting|punch"
                r"|punching|bite|biting|cut|cutting|bang|banged|banging|" + _SELF
                + r") (?:<W> ){0,5}?(?:till|until"
                r"|til|untill|so) (?:it|they|i|she|he) (?:bleeds?|bled|bruises?|bruised"
                r"|draws? blood)\b",
                _EVERYDAY + r"|\b(?:itch\w*|eczema|mosquito|bite|bites|rash|nails?)\b",
            ),
            (
                ("cigarette", "hob", "lighter", "stove", "iron"),
                near(r"(?:cigarettes?|lighters?|(?:put|stubbed) (?:<W> )?out)",
                     r"(?:on|to|against) (?:my|his|her|their) (?:<W> )?(?:skin|arms?|hands?|legs?"
                     r"|wrists?|thighs?)", 5)
                + r"|\b(?:my|his|her|their) (?:hand|hands|arm|fingers?) (?:on|onto|against) the"
                r" (?:hot )?(?:hob|stove|hot plate|iron)\b(?= ?(?:[.!?,;]|$| on purpose| to| and"
                r" held| and kept))",
                r"\bby accident\b|\baccident\w*",
            ),
            (
                ("purpose", "deliberately", "intentionally"),
                r"\b(?:cut|burned|burnt|scalded|hit|punched|scratched|bruised|hurt|harmed) (?:"
                + _SELF + r"|(?:my|his|her|their) (?:<W> )?(?:hands?|arms?|wrists?|legs?|thighs?"
                r"|skin|fingers?|face|head)) (?:<W> ){0,4}?(?:on purpose|deliberately"
                r"|intentionally)\b",
            ),
            (("deserve",), r"\bi deserve (?:the |to feel )?pain\b|\bi deserve to (?:bleed|hurt)\b"),
            # Round 16 (heldout3): damage done to oneself, old wounds opened, a wrist opened,
            # "sh" back, knuckles or nails until they bleed, a head until dizzy.
            (
                ("damage", "harm"),
                r"\b(?:do|did|doing|done) (?:some |real |serious )?(?:damage|harm) to " + _SELF + r"\b",
            ),
            (
                ("open",),
                near("scars?|cuts|wounds|scabs", "(?:re-?opened|ripped|tore|picked|cut) (?:them|it)"
                     " (?:open|up)?(?: again)?|opened (?:them|it) (?:up )?again|re-?opened", 8),
                r"\b(?:surgery|operation|knee|fell|cat|stitches|itch\w*)\b",
            ),
            (
                ("wrist",),
                r"\b(?:opened|slit|slashed|sliced|cut) (?:up |open )?(?:my|his|her|their) wrists?\b",
                _EVERYDAY,
            ),
            (
                ("sh ",),
                r"\bsh (?:is back|again|relapse|urges?)\b|\b(?:relapsed|relapse|urges?) (?:<W> )?sh\b",
            ),
            (
                ("bled", "bleed", "dizzy", "blood"),
                r"\b(?:punched|punch|punching|hit|hitting|banged|banging|dug|digging|bit|bite|biting)"
                r" (?:<W> ){0,5}?"
                r"(?:till|until|til) (?:my (?:<W> )?(?:knuckles|skin|hands?|fingers|arms?|legs?|head)"
                r"|i was|i'?m|it) (?:<W> )?(?:bled|bleed|bleeding|dizzy|bloody|drew blood|bruised)\b",
                r"\b(?:accident\w*|by mistake|itch\w*|mosquito\w*|eczema|fell|boxing|training"
                r"|bag|dog|cat|horse|hamster|bit me|bitten)\b",
            ),
            (
                ("lighter", "cigarette", "match", "candle"),
                r"\bburn(?:ed|t|ing)? my (?:<W> )?(?:arm|arms|hand|hands|leg|legs|wrist|wrists|skin"
                r"|thigh|thighs) with (?:a|my|the) (?:lighter|cigarette|match|candle)\b",
                r"\b(?:barbecue|bbq|by accident|accident\w*|campfire|fireworks?|birthday)\b",
            ),
            (
                ("cut",),
                r"\b(?:so|then|and|or) i cut(?: again| myself)?<END>",
            ),
            (
                ("nails",),
                r"\b(?:dug|dig|digging|pressed|press|pressing) my nails into (?:my )?(?:<W> )?"
                r"(?:arms?|skin|hands?|legs?|wrists?|palms?|thighs?)\b",
            ),
            (
                ("my own",),
                r"\b(?:punch|punched|punching|hit|hitting|slap|slapped|slapping) my own (?:legs?|arms?"
                r"|face|head|thighs?|stomach)\b",
            ),
            (
                ("punish",),
                near("boiling|burn\\w*|cut\\w*|hit\\w*|slapp?\\w*|scratch\\w*|punch\\w*|starv\\w*",
                     "punish(?:ing)? myself", 10),
            ),
            (
                ("reopen",),
                r"\breopen(?:ing|ed|s)? (?:(?:the same|my|old|the) ){0,2}(?:cuts?|wounds?|scars?)\b",
                r"\b(?:surgery|operation|stitches|knee|fell)\b",
            ),
            # Round 20, what the independent writers' self-harm rows missed most: the
            # tools (a sharpener's blade, a compass, a razor kept close), hiding it (sleeves
            # to hide the arms, cleaning up before someone is home), "cut" with no object,
            # "sh" as a noun, biting or burning with a thing pressed to the skin.
            (
                ("sh ",),
                r"\bsh (?:is (?:the only|all|what|my)|helps|calms|takes the edge)\b",
            ),
            (
                ("cut",),
                r"\b(?:i|and) cut (?:again|twice|three times|\d{1,3} times|tonight|last night"
                r"|deeper)\b|\band cut<END>",
                _EVERYDAY,
            ),
            (
                ("razor", "blade"),
                r"\bkeep (?:a|my|the) (?:razor|blade)s? (?:<W> ){0,2}?(?:in my (?!(?:bathroom"
                r"|wash ?bag|toiletr\w*|shaving)\b)|hidden|just in case)",
            ),
            (
                ("sharpener",),
                r"\b(?:pencil )?sharpener blade|\bblade (?:out of|from) (?:the|a|my) (?:pencil )?"
                r"sharpener|\b(?:snapped|broke|broken|smashed) (?:a|the|my) (?:pencil )?sharpener\b",
            ),
            (
                ("compass",),
                r"\bcompass (?:<W> ){0,4}?(?:on|into|in) my (?:arm|forearm|wrist|leg|thigh|skin)\b",
            ),
            (
                ("bit", "bite"),
                r"\b(?:bit|bite|biting|bites) (?:my|her|his) (?:arm|hand|wrist|leg)s? (?:<W> )?"
                r"(?:until|till|til|so hard) (?:<W> ){0,2}?(?:bruised|bled|bleeds|bleed|broke the"
                r" skin)\b",
                _EVERYDAY,
            ),
            (
                ("arm", "wrist", "leg", "thigh", "scar", "cut"),
                r"\b(?:hoodies?|jumpers?|sweaters?|long sleeves) (?:<W> ){0,5}?(?:to hide|because"
                r" of|so (?:no one|nobody) sees) my (?:arms|wrists|legs|thighs|scars|cuts)\b",
            ),
            (
                ("to my", "against my", "on my", "onto my"),
                r"\b(?:pressed|held|put|pushed) (?:the|a|my) (?:hot |boiling )?(?:pan|iron|lighter"
                r"|cigarette|knife|blade|straighteners?|hair straighteners?)s? (?:to|against|on"
                r"|onto) my (?:arm|skin|wrist|leg|hand|thigh|stomach)\b",
                r"\b(?:accident\w*|by mistake|oops)\b",
            ),
            (
                ("bathroom",),
                near(r"(?:kitchen knife|knife|blade|razor|scissors)",
                     r"locked (?:myself |me )?in the bathroom|locked the bathroom", 6),
            ),
            (
                ("scab", "cuts", "wounds"),
                near(r"(?:scabs?|cuts|wounds)", r"(?:open\w*|reopen\w*|pick\w*) (?:<W> ){0,2}?(?:again"
                     r"|until they bleed|till they bleed|until it bleeds)", 8),
            ),
            (
                ("home",),
                near(r"(?:the cuts|the blood|plasters|bandages)", r"before (?:my partner|anyone"
                     r"|everyone|mum|mom|dad|he|she|they|my \w{2,30}) (?:gets|got|comes|came) home", 8),
                r"\b(?:nose\w*|period|kids?|children|knee|grazed|fell|dog|cat)\b",
            ),
        ],
    ),
]
