"""Figurative fixed expressions: a match lying wholly inside one of them is dropped.

"zelfmoordactie" is football slang, "career suicide" a bad career move, "I'd rather die
than eat that" a matter of taste; "a documentary about suicide" or "suicide prevention"
names a subject of work or of the news. Entries are (anchors, pattern), as in the rules.
"""

from __future__ import annotations

from safety.crisis_rules.words import A_ENSELF, A_STEM, A_ZELFMOORD

# Where suicide is a subject: a story, a lesson, a profession (the news: with "about").
_FRAMES = (
    "film", "films", "movie", "movies", "book", "books", "boek", "boeken", "novel", "roman",
    "thriller", "series", "serie", "song", "nummer", "liedje", "toneelstuk", "article",
    "artikel", "podcast", "documentary", "documentaire", "docu", "les", "lesson", "class",
    "course", "cursus", "training", "first aid", "eerste hulp", "protocol", "psycholoog",
    "psychologist", "psychiater", "psychiatrist", "onderzoeker", "researcher", "ggz",
    "mental health", "my job", "mijn werk", "mijn baan", "character", "hoofdpersoon",
    "personage", "dader", "killer", "romeo", "hamlet",
    # Round 17 (heldout5's dev half): someone else's care or story as one's work. Only
    # words a person in care would hardly use of themselves: "my client", not "patients"
    # ("with the other patients I still feel suicidal" stays a match), nor "bereaved".
    "my client", "mijn client", "my patient", "mijn patient", "supervision", "intervisie",
    "journalism", "journalistiek",
)  # fmt: skip
_NEWS = ("news", "nieuws", "journaal", "tv", "radio", "krant", "paper")
_SUBJECT = (
    r"(?:(?:<STEM>|<ZELFMOORD>|zelf[\s\-_]{0,3}doding|zelfbeschadiging|self ?-?harm|suicidal)\w*"
    r"|\w{2,30} (?:him|her|them) ?sel(?:f|ves)|(?:zich|zichzelf) \w{2,30}"
    r"|\w{2,30} zichzelf(?: \w{2,30})?"
    r"|(?:jumped|jumps|sprong|gesprongen|springt) (?:<W> ){0,3}?(?:bridge|brug|building"
    r"|gebouw|flat|roof|dak|train|trein)|van (?:een|de|het) (?:brug|flat|dak|gebouw)"
    r" (?:<W> )?gesprongen)\b"
)

FIGURATIVE = [
    # zelfmoordactie (football slang), zelfmoordaanslag, zelfmoordmissie ...
    (
        A_ZELFMOORD,
        # Not "zelfmoordplan": that is a plan for suicide.
        r"<ZELFMOORD>s?(?:actie|aanslag|aanval|terroris|commando|missie|pass|brigade|vest"
        r"|squad|auto|deur)\w*",
    ),
    (
        A_ZELFMOORD,
        r"\b(?:politieke|politiek|sociale|sociaal|commerciele|commercieel|electorale"
        r"|electoraal|maatschappelijke|professionele|financiele|culinaire|tactische"
        r"|economische|zakelijke) <ZELFMOORD>\w*",
    ),
    (
        A_STEM,
        # Not "run" or "pass": "suicide runs in my family", "the urge to
        # commit suicide passed".
        r"<STEM>\w* (?:bomb|attack|squad|mission|door|drill|sprint|squeeze|king|vest"
        r"|blonde|jockey|lane|seat|clause)\w*",
    ),
    (
        A_STEM,
        r"\b(?:career|political|politics|social|commercial|electoral|professional"
        r"|financial|brand|fashion|culinary|corporate|economic|tactical|artistic|musical"
        r"|sporting|competitive|pr) <STEM>\w*",
    ),
    (("laugh",), r"\bk[i1!]ll?\w* <ENSELF> (?:laughing|with laughter|laughin'?)"),
    (
        ("foot", "feet", "leg"),
        r"\b(?:shoot|shot|shooting|shoots) <ENSELF> in the (?:foot|feet|leg)\b",
    ),
    (A_ENSELF, r"\b(?:top|topped|topping|tops) <ENSELF> up\b"),
    (
        A_ENSELF,
        r"\b(?:drown|drowned|drowning|drowns) <ENSELF> in (?:<W> ){0,1}?(?:work|tasks"
        r"|chores|coffee|tea|music|books|tv|netflix|series|games|study|studying|paperwork"
        r"|projects?|emails?|admin|sorrows?)\b",
    ),
    (
        ("than",),
        r"\b(?:rather|prefer to) die than\b(?! (?:live|living|go on|carry on|be alive"
        r"|stay alive|keep living|keep going|continue|feel|be like this|this))",
    ),
    (
        ("than",),
        r"\b(?:better off|rather be|prefer to be|prefer being) dead than\b"
        r"(?! (?:alive|living|live|go on|carry on|keep going|continue|feel|be like this|this))",
    ),
    (
        ("die",),
        r"\b(?:want|wanted|wants|wanting|wanna|wish|wished|wishing|ready) <FILLE>{0,3}"
        r"(?:to )?<FILLE>{0,2}die (?:of|from) (?:embarrassment|shame|laughter|laughing|cringe"
        r"|boredom|curiosity|envy|jealousy|happiness)\b",
    ),
    (
        ("die",),
        r"\b(?:want|wanted|wants|wanting|wanna|wish|wished|wishing|ready) <FILLE>{0,3}"
        r"(?:to )?<FILLE>{0,2}die (?:laughing|on (?:this|that|the) hill|happy|old|of old age)\b",
    ),
    (("dood",), r"\b(?:liever|beter|beter af) dood dan\b(?! levend)"),
    # Suicide as the subject of a programme, a text, a course or the figures (the dev
    # table's media_work rows): the word alone is then no sign of the writer's own state.
    # Whatever else the sentence says is still read by the rules and the model.
    (
        A_STEM + A_ZELFMOORD,
        r"\b(?:documentary|documentaries|docu|documentaire|podcast|film|movie|book|boek"
        r"|novel|roman|article|artikel|paper|krant|series|serie|episode|aflevering|lecture"
        r"|lezing|course|cursus|training|workshop|webinar|dissertation|thesis|scriptie"
        r"|research|onderzoek|report|rapport|protocol|guideline|richtlijn|module|college"
        r"|presentation|presentatie) (?:<W> ){0,3}?(?:about|on|over|rond|around|regarding)"
        r" (?:<W> ){0,2}?(?:<STEM>|<ZELFMOORD>|zelf[\s\-_]{0,3}doding)\w*",
    ),
    (
        A_STEM + A_ZELFMOORD,
        r"(?:<STEM>\w*|<ZELFMOORD>|zelf[\s\-_]{0,3}doding) (?:prevention|awareness|protocol"
        r"|rates?|statistics|figures|research|policy|guidelines?|preventie|cijfers|beleid"
        r"|richtlijn|onderzoek)\b",
    ),
    (
        A_STEM + A_ZELFMOORD,
        r"(?:<STEM>|<ZELFMOORD>|zelf[\s\-_]{0,3}doding)(?:e|es)?(?:preventie|cijfers|beleid"
        r"|richtlijn|protocol|onderzoek)\w*",
    ),
    (
        A_STEM + A_ZELFMOORD,
        r"\b(?:richtlijn|protocol|module|cursus|training) (?:<W> ){0,1}?<STEM>\w* gedrag\b",
    ),
    # Round 16: the same subject in a story, the news, a lesson or someone's work, a few
    # words on ("in that book the main character kills himself", "mijn werk bij de ggz
    # gaat vaak over suicidaliteit", "the news was about someone who jumped off a
    # bridge"): the other independent writers' media_work rows. Only acts of a third
    # person ("himself", "zichzelf", "jumped") and the subject words are covered; "I want
    # to kill myself" after a film about it is still a match of its own.
    (
        _FRAMES,
        r"\b(?:" + "|".join(_FRAMES) + r")\b(?:\W{1,4}+\w{1,30}+){0,10}?\W{1,4}+" + _SUBJECT,
    ),
    (
        _NEWS,
        r"\b(?:" + "|".join(_NEWS) + r")\b(?:\W{1,4}+\w{1,30}+){0,4}?\W{1,4}+(?:about|over)"
        r"(?:\W{1,4}+\w{1,30}+){0,8}?\W{1,4}+" + _SUBJECT,
    ),
    (
        ("bungee",),
        r"\bbungee ?-?jump\w* (?:<W> ){0,2}?(?:off|from|van) (?:a|the|een|de|het) (?:bridge"
        r"|brug|crane|kraan|tower|toren)\b",
    ),
]
