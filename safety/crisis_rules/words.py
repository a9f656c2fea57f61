r"""Word lists and pattern helpers shared by the crisis rules.

Patterns are written against the *normalised* text (see ``safety.detector``): lower
case, no diacritics, ASCII apostrophes, informal spellings written out ("k" -> "ik",
"gwn" -> "gewoon", "dont" -> "don't"), every run of whitespace one plain space. So a
space in a pattern is one space and " ?" an optional one; ``\w*`` and ``\w+`` stand
for the rest of a word (at most 30 letters); ``<NAME>`` expands to ``FRAGMENTS[NAME]``.
Every repetition has a maximum, so no pattern can backtrack without end
(test_detector.py computes how far each pattern can reach and checks it).
"""

from __future__ import annotations

FRAGMENTS = {
    # One word (bounded, so a match has a known maximum length).
    "W": r"\S{1,30}+",
    # suicide / suïcide and common misspellings: sucide, suiside, suiscide,
    # su1c1de. Deliberately strict, so that no ordinary word (succeed,
    # subside) fits.
    "STEM": r"su[il1!y]?[cs]{1,2}[il1!y]?d",
    # zelfmoord, zelf moord, zelf-moord, zelmoord, zelfmord, zelfmoort. Not
    # "zal moord" ("hij zal moord plegen"): the vowel must be an e.
    "ZELFMOORD": r"ze{1,2}l[fv]?[\s\-_]{0,3}mo{1,2}r[dt]",
    # Dutch filler words that may sit between "wil" and "dood", and so on.
    "FILLW": (
        r"(?:(?:ik|je|gewoon|echt|liever|eigenlijk|graag|het liefst|het liefste"
        r"|alleen maar|maar|nu|soms|zo|heel erg|toch|dan|ook|al|weer|gewoonweg"
        r"|nog|vaak|wel|morgen|vandaag|vanavond|vannacht|straks|misschien|snel"
        r"|zelf|echt wel|nu eenmaal|even|eerlijk|serieus|honestly) )"
    ),
    # Dutch reflexives that are unambiguous. "me" and "mij" alone can be an
    # object, or colloquial "my": "ik hang me jas op".
    "SELF": (
        r"(?:mezelf|mijzelf|mij zelf|me zelf|m'zelf|mzelf|zichzelf|zich zelf|jezelf"
        r"|je zelf|hemzelf|haarzelf|onszelf)"
    ),
    "MY": r"(?:mijn|m'n|mn|me|zijn|z'n|haar|hun|je|jouw|ons|het)",
    "PILLS_NL": (
        r"(?:pillen|pilletjes|tabletten|medicijnen|medicatie|slaappillen|slaaptabletten"
        r"|pijnstillers|paracetamol|paracetamols|oxazepam|temazepam|diazepam|lorazepam"
        r"|antidepressiva|slaapmiddelen|zopiclon|sertraline|citalopram|fluoxetine|amitriptyline"
        r"|codeine|tramadol|oxycodon|morfine|fentanyl|insuline|lithium|quetiapine|ibuprofen"
        r"|naproxen|antipsychotica|benzo'?s|benzodiazepines|opiaten|xanax|valium|methadon"
        r"|subutex|buprenorfine)"
    ),
    "VEHICLE_NL": (
        r"(?:trein|metro|tram|bus|vrachtwagen|vrachtauto|truck|auto"
        r"|intercity|sprinter)"
    ),
    "HEIGHT_NL": (
        r"(?:dak|flat|flatgebouw|brug|balkon|toren|kerktoren|gebouw|klif|rots"
        r"|viaduct|hoogbouw|parkeergarage|galerij|raam)"
    ),
    # Summer fun: "van de brug het water in springen". Used in a lookahead.
    "WATER_NL": r"(?:water|zwemmen|zwembad|bommetje|meer|plas|zee|gracht|kanaal)",
    # English filler words between "want" and "die".
    "FILLE": (
        r"(?:(?:just|really|honestly|simply|so|literally|actually|kinda|kind of"
        r"|sometimes|still|truly|genuinely|seriously|badly|desperately|only"
        r"|often) )"
    ),
    # myself, my self, meself, ur self, themselves, my-self.
    "ENSELF": r"(?:my|me|ma|mi|your|ur|yo|him|her|them|one|our|their) ?-?s[ea]?l(?:f|ves|fs)\b",
    "PILLS_EN": (
        r"(?:pills|tablets|meds|medication|medications|sleeping pills|sleeping tablets|painkillers"
        r"|pain killers|paracetamol|tylenol|aspirin|ibuprofen|antidepressants|benzos|opioids"
        r"|opiates|diazepam|valium|xanax|lorazepam|oxazepam|temazepam|zopiclone|sertraline"
        r"|citalopram|fluoxetine|prozac|amitriptyline|codeine|co-codamol|tramadol|oxycodone"
        r"|oxycontin|morphine|fentanyl|insulin|lithium|quetiapine|seroquel|naproxen"
        r"|antipsychotics|benzodiazepines|methadone|subutex|buprenorphine)"
    ),
    "VEHICLE_EN": r"(?:train|bus|truck|lorry|car|subway|tube|tram|metro|traffic)",
    "HEIGHT_EN": (
        r"(?:bridge|roof|rooftop|building|cliff|balcony|tower|overpass|ledge"
        r"|window|parking garage|car park|skyscraper|high ?-?rise|flat|viaduct|multi-?storey)"
    ),
    "WATER_EN": r"(?:water|lake|sea|river|pool|ocean|canal|swimming|bungee|parachute)",
    # For good, in both languages (people mix them: "ik wil gewoon disappear, forever").
    "FOREVER": (
        r"(?:voorgoed|voor altijd|voor eeuwig|eeuwig|definitief|permanent|nooit meer terug"
        r"|nooit meer terugkomen|nooit meer terug te komen|forever|for good|for ever|permanently"
        r"|for all time|never (?:to )?(?:come|coming) back|without a trace"
        r"|off the face of the earth|van de aardbodem|van de wereld)"
    ),
    # The end of a clause: "ik heb een plan." but not "ik heb een plan voor de verhuizing".
    "END": r"(?= ?(?:[.!?,;]|$))",
    # "and" as people type it; "n" is left alone elsewhere (Dutch "n keer" means "een keer").
    "AND": r"(?:and|&|\+|n|'n'?)",
    # Dutch "een" as people type it.
    "EEN": r"(?:een|n|'n|1)",
}

# Anchor lists shared by several patterns (see "Speed" above).
A_ZELFMOORD = ("mo{1,2}r[dt]",)
A_STEM = ("su[il1!y]?[cs]",)
A_AT_ONCE_NL = ("tegelijk", "in een keer", "in 1 keer", "ineens", "achter elkaar")
A_ENSELF = ("s[ea]?l(?:f|ve)",)
A_PILLS_NL = (
    "pil", "tablet", "medic", "pijnstill", "paracetamol", "azepam", "antidepress",
    "slaapmiddel", "zopiclon", "sertralin", "citalopram", "fluoxetin", "amitriptylin", "codein",
    "tramadol", "oxycod", "morfine", "fentanyl", "insulin", "lithium", "quetiapin", "ibuprofen",
    "naproxen", "antipsychotic", "benzo", "opiat", "xanax", "valium", "methadon", "subutex",
    "buprenorfin",
)  # fmt: skip
A_PILLS_EN = (
    "pill", "tablet", "meds", "medication", "painkiller", "pain killer", "paracetamol", "tylenol",
    "aspirin", "ibuprofen", "antidepress", "benzo", "opioid", "opiat", "azepam", "valium",
    "xanax", "zopiclone", "sertraline", "citalopram", "fluoxetine", "prozac", "amitriptyline",
    "codeine", "co-codamol", "tramadol", "oxycod", "oxycontin", "morphine", "fentanyl", "insulin",
    "lithium", "quetiapine", "seroquel", "naproxen", "antipsychotic", "methadone", "subutex",
    "buprenorphin",
)  # fmt: skip
A_VEHICLE_NL = (
    "trein", "metro", "tram", "bus", "vracht", "truck", "auto", "intercity", "sprinter",
)  # fmt: skip
A_JUMP_NL = ("spring", "sprong", "gooi", "werp", "wierp", "stap")


def near(a: str, b: str, words: int = 6) -> str:
    """``a`` and ``b`` in either order, at most ``words`` words apart, in one sentence.

    Burden, farewells and the like are said in any word order ("ik ben een last",
    "een last, dat ben ik"), so these rules pair two ideas rather than spell one phrase.
    Between them only whole words and punctuation; the scanner keeps the match in one
    sentence.
    """
    # Possessive, so that a failed pairing never backtracks into a word.
    gap = rf"(?:\W{{1,4}}+\w{{1,30}}+){{0,{words}}}?\W{{1,4}}+"
    return rf"\b(?:{a}){gap}(?:{b})(?!\w)|\b(?:{b}){gap}(?:{a})(?!\w)"


# Informal spellings, written out before matching (whole tokens only). Ambiguous
# shorthands stay out: "me" (mij or mijn), "n" (een or and), "miss", "ill".
INFORMAL = {
    # Dutch chat spelling
    "k": "ik", "'k": "ik", "ikke": "ik", "t": "het", "'t": "het", "'n": "een",
    "gwn": "gewoon", "gewn": "gewoon", "gwoon": "gewoon", "gewon": "gewoon",
    "nie": "niet", "ni": "niet", "nt": "niet", "nit": "niet", "mr": "meer",
    "wss": "waarschijnlijk", "mss": "misschien", "ff": "even", "nx": "niks", "nks": "niks",
    "iem": "iemand", "dr": "er", "d'r": "er", "der": "er", "zn": "zijn", "z'n": "zijn",
    "mn": "mijn", "m'n": "mijn", "leve": "leven", "sterve": "sterven", "ieder1": "iedereen",
    "iedereeen": "iedereen", "zelfmoordgedachtes": "zelfmoordgedachten",
    # English chat spelling and common slips
    "u": "you", "ur": "your", "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't",
    "burdon": "burden", "burdan": "burden",
    "wont": "won't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
    "wasnt": "wasn't", "werent": "weren't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "aint": "ain't", "havent": "haven't", "hasnt": "hasn't",
    "thats": "that's", "theres": "there's", "whats": "what's", "theyd": "they'd",
    "theyll": "they'll", "youll": "you'll", "youd": "you'd", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "ppl": "people",
    "every1": "everyone", "evry1": "everyone", "evryone": "everyone", "everyon": "everyone",
    "some1": "someone", "no1": "no one", "any1": "anyone", "w/o": "without", "w/": "with",
    "w": "with", "b": "be", "smth": "something", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tonite": "tonight", "2nite": "tonight", "thru": "through",
    "dissapear": "disappear", "dissappear": "disappear", "disapear": "disappear",
    "wnat": "want", "wnt": "want", "agian": "again", "waan": "want", "wid": "with",
    "soo": "so", "diee": "die",
    "dyin": "dying", "livin": "living", "4ever": "forever", "4eva": "forever",
    "savin": "saving", "thinkin": "thinking", "killin": "killing", "goin": "going",
    "doin": "doing", "tryin": "trying", "feelin": "feeling", "hurtin": "hurting",
    "endin": "ending", "givin": "giving", "sayin": "saying", "plannin": "planning",
    "hidin": "hiding", "wantin": "wanting", "takin": "taking", "jumpin": "jumping",
    "wishin": "wishing", "hopin": "hoping", "bout": "about", "lyfe": "life", "lyf": "life",
    "ded": "dead", "myslef": "myself", "mysef": "myself", "myslf": "myself", "mself": "myself",
    "wud": "would", "cud": "could", "jst": "just", "rly": "really", "tho": "though",
    # Dutch chat drops the last n: "verdwijne", "worde", "makn".
    "zon": "zo'n", "makn": "maken", "verdwijne": "verdwijnen", "worde": "worden",
    "slape": "slapen", "stoppe": "stoppen",
    # Scots, as heldout8's writer wrote it ("ah'm gonnae kill masel", "ah cannae see nae
    # future"). Not "ah" alone (an interjection), nor "ma" (a mother).
    "ah'm": "i'm", "ah've": "i've", "ah'll": "i'll", "ah'd": "i'd", "masel": "myself",
    "mysel": "myself", "gonnae": "gonna", "cannae": "can't",
    "canna": "can't", "dinnae": "don't", "didnae": "didn't", "disnae": "doesn't",
    "wisnae": "wasn't", "isnae": "isn't", "couldnae": "couldn't", "wouldnae": "wouldn't",
    "widnae": "wouldn't", "shouldnae": "shouldn't", "willnae": "won't", "deid": "dead",
    "deein": "dying", "aboot": "about", "ower": "over", "nae": "no", "tae": "to",
    # Jamaican patois: "cyaan" (can't), "miself"; "waan" is above.
    "cyaan": "can't", "miself": "myself",
    # Limburgs and Brabants, as heldout9's writer wrote them ("ich wil verdwiene, veur
    # altied", "ich zeen gein oetweeg mie", "as ik d'r nie mer ben"). Not "bin" (an English
    # bin), "hè" (folded to "he") or "as" (English).
    "ich": "ik", "neet": "niet", "mer": "meer", "mie": "meer", "veur": "voor", "vur": "voor",
    "altied": "altijd", "doed": "dood", "oet": "uit", "oetweeg": "uitweg", "gein": "geen",
    "miene": "mijn", "mien": "mijn", "verdwiene": "verdwijnen", "dink": "denk", "zeen": "zie",
    "zeet": "zegt", "kinjer": "kinderen", "lank": "lang", "veul": "veel", "ind": "eind",
}  # fmt: skip
# "kwil", "kzie", "kben": the "k" of "ik" written against the verb.
K_VERBS = (
    "wil", "wou", "wilde", "zie", "ben", "heb", "ga", "denk", "dacht", "weet", "voel", "zou",
    "moet", "kan", "kon", "hoop", "wens", "maak", "hoef", "zit", "had", "was", "word", "werd",
)  # fmt: skip

