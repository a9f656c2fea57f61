"""Crisis-language detector: does a piece of free text speak of suicide?

METHOD.md 4.7 says that free text (rides, check-in notes, escalations,
look-backs, self-check remarks, partner and therapist notes) that speaks of
suicide, wanting to be dead or ending one's life, in Dutch or English, brings
up the crisis card. It does so kindly and never blocks the save.

This module does that check. It is a plain table of regular expressions:
no Django, no model, no network. Anyone can read exactly why a text was
flagged. See docs/safety/crisis-detector.md for the reviewer's summary.

Public API
----------
``detect_crisis(text) -> bool``
    True when at least one rule matches. ``None``, ``""`` and text that is
    only whitespace give False. Any other value that is not a ``str`` raises
    ``TypeError``.
``find_crisis_phrases(text) -> list[CrisisMatch]``
    All matches, in text order and never overlapping. When two matches start
    at the same place, the longest wins. ``start`` and ``end`` are offsets
    into the *original* text, and ``excerpt == text[start:end]``. Excerpts
    are sensitive: show them to the person, never log them.

Rules (the ids are stable; ``RULES`` holds the table)
------------------------------------------------------
nl.suicide_word  zelfmoord (also "zelf moord", "zelfmoort", "zelmoord"),
                 zelfdoding, suïcidaal / suïcidale / suïcidepoging,
                 doodswens, doodsgedachten, levensmoe
nl.want_dead     ik wil (gewoon) dood / sterven, was ik maar dood, ik wou dat
                 ik dood was, liever dood, ik wil niet meer leven, ik wil er
                 niet meer zijn
nl.not_wake      (ik hoop dat ik) niet / nooit meer wakker word(en)
nl.end_life      er een eind(e) aan maken, een eind aan mijn leven, mijn leven
                 beëindigen, uit het leven stappen, zich van het leven beroven
nl.self_kill     mezelf ophangen / van kant maken / vermoorden / iets aandoen,
                 ik hang me op, ik breng mezelf om
nl.method        voor de trein springen, van het dak springen, alle pillen
                 tegelijk, pillen sparen, pillen slikken om dood te gaan,
                 opzettelijk een overdosis, een kogel door mijn kop
nl.no_reason     ik zie het niet meer zitten, het leven heeft geen zin meer,
                 geen reden om te leven, iedereen is beter af zonder mij,
                 klaar met het leven, niemand zal me missen
en.suicide_word  suicide, suicidal, suicidality (also "sucide", "suiside",
                 "su1c1de"); also the bare word suïcide in Dutch text
en.euphemism     unalive, sewer slide, commit sudoku, kms, kys
en.kill_self     kill myself / my self / himself, off myself, hang myself,
                 end myself, slit my wrists
en.want_die      want to die, wanna die, wish I was dead, wish I'd never been
                 born, better off dead, rather be dead
en.not_wake      go to sleep and never wake up, hope I don't wake up
en.end_life      end it all, end my life, take my own life, took his life
en.no_reason     no reason to live, nothing to live for, life isn't worth
                 living, don't want to be here anymore / to live / to exist,
                 better off without me, nobody would miss me, tired of
                 living, won't be around much longer
en.method        jump off a bridge or roof, jump in front of a train, a whole
                 bottle of pills, stockpiling pills, overdose on purpose,
                 a bullet in my head

Normalisation. Before matching, the text is case-folded. Diacritics are
stripped (suïcide -> suicide, beëindigen -> beeindigen). Curly apostrophes
and quotes become ASCII, unusual spaces become plain spaces, and invisible
characters (soft hyphen, zero-width space) are dropped. In a pattern, a
space matches any run of whitespace (newlines included) and " ?" matches
optional whitespace. This has the same effect as collapsing whitespace,
but keeps the offsets exact.

Figurative uses. Fixed figurative expressions are listed in
``_FIGURATIVE_TABLE``; a match that lies wholly inside one of them is
dropped. The list covers "zelfmoordactie" (football slang),
"zelfmoordaanslag", "politieke zelfmoord", "Suicide Squad", "suicide doors",
"career suicide", "killing myself laughing", "shot myself in the foot",
"I'd rather die than ..." and "liever dood dan ...". A few lookaheads in the
patterns do the same job, each with a comment. Hyperbole such as "dodelijk
saai", "ik ga dood van de hitte", "I could kill for a coffee" and "I'm dying
to see it" matches no rule in the first place.

Known limits (by design):

* It is a safety net, not a classifier and not a diagnosis. It never blocks
  a save; it only decides whether the crisis card is shown.
* Negation is not handled: "ik denk niet aan zelfmoord", "I'm not suicidal"
  and "I don't want to die" still bring up the card. Denial and ambivalence
  are common in people at risk, and a card shown kindly costs far less than
  a missed crisis.
* Reports about someone else ("hij pleegde zelfmoord", "he killed himself")
  match. That is accepted.
* A bare "zelfmoord" or "suicide" used figuratively outside the fixed list
  ("de deadline is zelfmoord") matches. That is accepted too.
* Some ambiguous Dutch phrases are left out on purpose, because they are
  usually *not* about suicide: "ik kan niet meer", "ik wil niet meer" on its
  own, "er tussenuit", "aanrijding met een persoon", and a bare
  "overdosis". Self-harm without suicidal language ("cut myself") is not
  covered either.
* "ik zie het niet meer zitten" triggers even when it has an object ("...
  met mijn studie"). It is the most common indirect Dutch phrase for
  suicidal thoughts, so we accept the false alarms.
* Worry about an *accidental* overdose ("I'm afraid he's going to
  overdose") shows the card. That is accepted: it is a crisis as well.
* Only Dutch and English, and only the spellings in the table. "want to
  die" needs the "to", because Dutch "want die ..." means "because that
  ...".
* A phrase never spans the end of a sentence (". ", "! " or "? ") and
  never runs more than about 200 characters from its anchor word (see
  below). Real phrases are far shorter.

Speed. Every pattern lists *anchors*: short regexes that start with a
literal character, at least one of which occurs inside any match of the
pattern ("dood", "wakker", "eind"). The detector first finds the anchors,
which is fast. It then runs the full pattern only on the sentences around
them. A 100 KB note takes from a few milliseconds to a few tens of
milliseconds. Every repetition is bounded (``{0,3}``; ``<W>`` is a word of
at most 30 characters; never ``.*``), so there is no catastrophic
backtracking.

Adding a phrase
---------------
1. Add ``((anchors...), pattern)`` to the right rule in ``_RULE_TABLE``, or
   add a new ``(id, description, [...])`` row with an id such as
   ``nl.something``. Write the pattern in normalised form: lower case, no
   diacritics, ASCII apostrophes, a plain space wherever whitespace may
   occur. ``<NAME>`` placeholders expand from ``_FRAGMENTS``.
2. List anchors: words that *every* match of the pattern contains. If
   they are wrong, the pattern silently stops matching. For every table
   row, ``test_anchors_never_hide_a_match`` compares the result with a scan
   that ignores the anchors.
3. Add at least one positive row and one negative row to
   ``safety/tests/test_detector.py``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "RULES",
    "CrisisMatch",
    "Pattern",
    "Rule",
    "detect_crisis",
    "find_crisis_phrases",
]


@dataclass(frozen=True, slots=True)
class CrisisMatch:
    """One matched phrase. Offsets refer to the original, unnormalised text."""

    rule: str
    language: str
    start: int
    end: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class Pattern:
    source: str
    regex: re.Pattern[str]
    anchors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    language: str
    description: str
    patterns: tuple[Pattern, ...]


# --------------------------------------------------------------------------
# Pattern fragments. Patterns are written against the *normalised* text.
# --------------------------------------------------------------------------

_FRAGMENTS = {
    # One word (bounded, so a match has a known maximum length).
    "W": r"\S{1,30}",
    # suicide / suïcide and common misspellings: sucide, suiside, suiscide,
    # su1c1de. Deliberately strict, so that no ordinary word (succeed,
    # subside) fits.
    "STEM": r"su[il1!y]?[cs]{1,2}[il1!y]?d",
    # zelfmoord, zelf moord, zelf-moord, zelmoord, zelfmord, zelfmoort. Not
    # "zal moord" ("hij zal moord plegen"): the vowel must be an e.
    "ZELFMOORD": r"ze{1,2}l[fv]?[\s\-_]*mo{1,2}r[dt]",
    # Dutch filler words that may sit between "wil" and "dood", and so on.
    "FILLW": (
        r"(?:(?:ik|je|gewoon|echt|liever|eigenlijk|graag|het liefst|het liefste"
        r"|alleen maar|maar|nu|soms|zo|heel erg|toch|dan|ook|al|weer|gewoonweg"
        r"|nog|vaak|wel|morgen|vandaag|vanavond|vannacht|straks|misschien|snel"
        r"|zelf|echt wel|nu eenmaal) )"
    ),
    # Dutch reflexives that are unambiguous. "me" and "mij" alone can be an
    # object, or colloquial "my": "ik hang me jas op".
    "SELF": (
        r"(?:mezelf|mijzelf|mij zelf|me zelf|m'zelf|mzelf|zichzelf|zich zelf|jezelf"
        r"|je zelf|hemzelf|haarzelf|onszelf)"
    ),
    "MY": r"(?:mijn|m'n|mn|me|zijn|z'n|haar|hun|je|jouw|ons|het)",
    "PILLS_NL": (
        r"(?:pillen|pilletjes|tabletten|medicijnen|medicatie|slaappillen"
        r"|pijnstillers|paracetamol|paracetamols|oxazepam|temazepam"
        r"|antidepressiva|slaapmiddelen)"
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
        r"(?:pills|tablets|meds|medication|medications|sleeping pills|painkillers"
        r"|paracetamol|tylenol|aspirin|ibuprofen|antidepressants|benzos|opioids)"
    ),
    "VEHICLE_EN": r"(?:train|bus|truck|lorry|car|subway|tube|tram|metro|traffic)",
    "HEIGHT_EN": (
        r"(?:bridge|roof|rooftop|building|cliff|balcony|tower|overpass|ledge"
        r"|window|parking garage|car park|skyscraper|high ?-?rise|flat)"
    ),
    "WATER_EN": r"(?:water|lake|sea|river|pool|ocean|canal|swimming|bungee|parachute)",
}

# Anchor lists shared by several patterns (see "Speed" above).
_A_ZELFMOORD = ("mo{1,2}r[dt]",)
_A_STEM = ("su[il1!y]?[cs]",)
_A_SELF_VERBS_NL = (
    "kant", "hang", "knop", "leven", "breng", "gebracht", "vermoord", "doden", "gedood",
    "dood", "verdr", "vergiftig", "aan ?(?:te )?doe", "aangedaan",
)  # fmt: skip
_A_AT_ONCE_NL = ("tegelijk", "in een keer", "in 1 keer", "ineens", "achter elkaar")
_A_ENSELF = ("s[ea]?l(?:f|ve)",)
_A_PILLS_NL = (
    "pil", "tablet", "medic", "pijnstill", "paracetamol", "azepam", "antidepress",
    "slaapmiddel",
)  # fmt: skip
_A_VEHICLE_NL = (
    "trein", "metro", "tram", "bus", "vracht", "truck", "auto", "intercity", "sprinter",
)  # fmt: skip
_A_JUMP_NL = ("spring", "sprong", "gooi", "werp", "wierp", "stap")

_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")


def _expand(pattern: str) -> str:
    # Expand repeatedly: fragments may use other fragments.
    previous = None
    while previous != pattern:
        previous = pattern
        pattern = _PLACEHOLDER.sub(lambda m: _FRAGMENTS[m.group(1)], pattern)
    # A literal space stands for a run of whitespace and " ?" for optional
    # whitespace. No pattern puts a literal space inside a character class.
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


# --------------------------------------------------------------------------
# The rule table: (id, description, [(anchors, pattern), ...]).
# --------------------------------------------------------------------------

_Entry = tuple[tuple[str, ...], str]

_RULE_TABLE: list[tuple[str, str, list[_Entry]]] = [
    # ---------------------------------------------------------------- Dutch
    (
        "nl.suicide_word",
        "Dutch words for suicide and thoughts of death",
        [
            # "zelfmoord" also inside compounds (tienerzelfmoord); the fuzzy
            # spellings only at the start of a word.
            (_A_ZELFMOORD, r"zelfmoord|\b<ZELFMOORD>"),
            (("doding",), r"zelf[\s\-_]*doding"),
            # Dutch forms of suïcide; the bare word is en.suicide_word.
            (_A_STEM, r"<STEM>(?:aal|ale|aliteit|e[a-z]{3,})"),
            (("doods",), r"\bdoods(?:wens|gedachte|verlangen)"),
            (("levensmoe",), r"\blevensmoe"),
        ],
    ),
    (
        "nl.want_dead",
        "Dutch: wanting to die or to be dead, not wanting to live",
        [
            (
                ("dood", "sterv"),
                r"\b(?:wil|wilde|wou|wilt|willen|wilden|zou willen) <FILLW>{0,3}"
                r"(?:dood zijn|dood gaan|doodgaan|dood|sterven)\b",
            ),
            (
                ("dood", "geboren"),
                r"\b(?:was|ware) ik <FILLW>{0,2}(?:maar|toch) (?:dood|nooit geboren)\b",
            ),
            (
                ("dat ik",),
                r"\b(?:wou|wilde|wenste|zou willen|hoop|hoopte|wens) dat ik <FILLW>{0,2}"
                r"(?:dood (?:was|ben|ging|ga|zou zijn|zou gaan)|doodging|doodga"
                r"|nooit geboren (?:was|ben)|niet (?:meer )?(?:bestond|besta|leefde|leef)"
                r"|er niet (?:meer )?(?:was|ben|zou zijn))\b",
            ),
            (("bestaan", "geleefd"), r"\bhad ik <FILLW>{0,2}maar nooit (?:bestaan|geleefd)\b"),
            (("dood",), r"\b(?:liever|beter|beter af) dood\b"),
            (
                ("niet (?:meer|langer) (?:verder )?(?:leven|bestaan)",),
                r"\b(?:wil|wilde|wou|wilt|willen|wilden) <FILLW>{0,3}niet (?:meer|langer) "
                r"(?:verder )?(?:leven|bestaan)\b",
            ),
            (
                ("niet (?:meer|langer) wil",),
                r"\bniet (?:meer|langer) (?:willen|wil) (?:leven|bestaan)\b",
            ),
            (
                ("niet (?:meer|langer) (?:zijn|bestaan)",),
                r"\b(?:wil|wilde|wou|wilt|willen|wilden) (?:ik )?(?:er|hier) <FILLW>{0,3}"
                r"niet (?:meer|langer) (?:zijn|bestaan)\b",
            ),
            (("euthanasie",), r"\bik wil <FILLW>{0,2}euthanasie\b"),
        ],
    ),
    (
        "nl.not_wake",
        "Dutch: not wanting to wake up again",
        [
            # First person only: "ik hoop dat de baby niet meer wakker wordt"
            # is a tired parent.
            (
                ("wakker",),
                r"\b(?:niet|nooit) meer wakker (?:te )?(?:worden|word|zou worden|hoeven|hoef)\b",
            ),
            (("wakker",), r"\bdat ik <FILLW>{0,3}(?:niet|nooit) meer wakker\b"),
            (
                ("wakker",),
                r"\b(?:wil|wilde|wou|hoop|hoopte|wens|wenste) (?:(?:gaan )?slapen en )?"
                r"<FILLW>{0,3}(?:niet|nooit) meer wakker\b",
            ),
        ],
    ),
    (
        "nl.end_life",
        "Dutch: ending one's life",
        [
            (
                ("eind",),
                # "… er een eind aan wil maken": a modal verb may stand before "maken".
                r"\ber (?:<W> ){0,3}?een eind(?:e)? aan "
                r"(?:(?:wil|wilde|wou|ga|gaan|zou|zal|kan|kon|kunnen|moet|wilden) ){0,2}(?:te )?"
                r"(?:maken|maak|maakt|maakte|maakten|gemaakt)\b",
            ),
            (
                ("eind",),
                r"\b(?:maak|maakt|maakte|maakten|maken) (?:ik |je |hij |ze |zij |we )?er "
                r"(?:<W> ){0,3}?een eind(?:e)? aan\b",
            ),
            (
                ("eind",),
                r"\been eind(?:e)? (?:te )?(?:maken |maakte |maakt |maak |gemaakt )?aan <MY> "
                r"(?:eigen )?leven\b",
            ),
            (
                ("leven (?:te )?(?:beeindig|nemen)",),
                r"\b<MY> (?:eigen )?leven (?:te )?(?:beeindigen|beeindig|beeindigt|beeindigd"
                r"|beeindigde|nemen)\b",
            ),
            (
                ("uit het leven",),
                r"\buit het leven (?:te )?(?:stappen|stap|stapt|stapte|stapten|gestapt)\b",
            ),
            (("uit het leven",), r"\b(?:stap|stapt|stapte|stapten) <FILLW>{0,2}uit het leven\b"),
            (
                ("het leven",),
                r"\b(?:zich|me|mij|<SELF>) <FILLW>{0,2}(?:van )?het leven (?:te )?"
                r"(?:benemen|beneemt|beneem|benam|benomen|ontnemen|ontneemt|ontnam"
                r"|beroofd|beroven|berooft|beroofde|beroofden)\b",
            ),
            (
                ("het leven",),
                r"\b(?:beroof|berooft|beroofde|beroofden|beneem|beneemt|benam|benamen) "
                r"(?:zich|me|mij|<SELF>) <FILLW>{0,2}(?:van )?het leven\b",
            ),
            (("levenseinde",), r"\bzelf ?-?gekozen levenseinde\b"),
        ],
    ),
    (
        "nl.self_kill",
        "Dutch: killing oneself (reflexive verbs)",
        [
            # "me", "mij" and "zich" only directly before the verb, so that
            # "ik hang me jas op" does not match.
            (
                ("kant", "hang", "knop", "leven", "breng"),
                r"\b(?:me|mij|zich) (?:van kant (?:te )?(?:maken|maak|maakt|maakte|gemaakt)"
                r"|ophangen|ophang|opgehangen|op te hangen|opknopen|op te knopen"
                r"|om het leven (?:te )?(?:brengen|gebracht)|ombrengen|om te brengen)\b",
            ),
            (
                _A_SELF_VERBS_NL,
                r"\b<SELF> <FILLW>{0,2}(?:van kant (?:te )?(?:maken|maak|maakt|maakte"
                r"|gemaakt)|op ?(?:te )?hangen|ophang|opgehangen|op ?(?:te )?knopen"
                r"|om het leven (?:te )?(?:brengen|gebracht)|ombrengen|om te brengen"
                r"|omgebracht|vermoorden|vermoord|doden|gedood|doodmaken|dood (?:te )?maken"
                r"|doodschieten|dood (?:te )?schieten|verdrinken|verdronken|vergiftigen"
                r"|vergiftigd|iets (?:aan ?(?:te )?doen|aandoe|aandoet|aangedaan)"
                r"|wat (?:aan ?(?:te )?doen|aandoe))\b",
            ),
            (
                ("hang", "hing"),
                r"\b(?:hang|hangt|hing|hingen) (?:me|mij|zich|<SELF>) <FILLW>{0,2}op\b",
            ),
            (("knoop",), r"\b(?:knoop|knoopt|knoopte) (?:me|mij|zich|<SELF>) <FILLW>{0,2}op\b"),
            (
                ("kant",),
                r"\b(?:maak|maakt|maakte|maakten) (?:me|mij|zich|<SELF>) <FILLW>{0,2}van kant\b",
            ),
            # "je maakt me dood" is hyperbole, so "dood" only with mezelf etc.
            (("dood",), r"\b(?:maak|maakt|maakte|maakten) <SELF> <FILLW>{0,2}dood\b"),
            (
                ("leven",),
                r"\b(?:breng|brengt|bracht|brachten) (?:me|mij|zich|<SELF>) <FILLW>{0,2}"
                r"om het leven\b",
            ),
            # "ik breng mezelf om", but not "... om 8 uur".
            (
                ("breng", "bracht"),
                r"\b(?:breng|brengt|bracht|brachten) <SELF> <FILLW>{0,2}om\b"
                r"(?! (?:\d|half|kwart))",
            ),
            (
                ("vermoord", "dood", "verdr", "vergiftig"),
                r"\b(?:vermoord|vermoordt|vermoordde|dood|doodt|doodde|verdrink|verdrinkt"
                r"|verdronk|vergiftig|vergiftigt|vergiftigde) <SELF>",
            ),
            # "ik schiet mezelf in de voet" is an idiom, so "dood" is required.
            (
                ("schiet", "schoot"),
                r"\b(?:schiet|schoot) <SELF> <FILLW>{0,2}(?:dood|door het hoofd|door mijn kop)\b",
            ),
            (
                ("iets aan", "wat aan"),
                r"\b(?:doe|doet|deed|deden) <SELF> <FILLW>{0,2}(?:iets|wat) aan\b",
            ),
        ],
    ),
    (
        "nl.method",
        "Dutch: ways of ending one's life",
        [
            (
                _A_VEHICLE_NL,
                r"\b(?:voor|onder) (?:de|een|die) <VEHICLE_NL> (?:te )?(?:springen|spring"
                r"|springt|sprong|sprongen|gesprongen|gooien|gooi|gooit|gooide|gegooid|werpen"
                r"|werp|wierp)\b",
            ),
            # Walking or lying: only trains ("onder de auto liggen" is a repair).
            (
                ("trein", "metro", "tram", "intercity", "sprinter"),
                r"\b(?:voor|onder) (?:de|een|die) (?:trein|metro|tram|intercity|sprinter) "
                r"(?:te )?(?:lopen|loop|liep|stappen|stap|stapte|gaan liggen|ga liggen"
                r"|liggen)\b",
            ),
            (
                _A_VEHICLE_NL,
                r"\b(?:spring|springt|sprong|sprongen|gooi|gooit|gooide|werp|werpt|wierp|stap"
                r"|stapt|stapte) (?:me |mij |zich |<SELF> )?<FILLW>{0,3}(?:voor|onder) "
                r"(?:de|een|die) <VEHICLE_NL>\b",
            ),
            (
                _A_JUMP_NL,
                r"\b(?:van|vanaf|uit) (?:het|een|de|die|dat) <HEIGHT_NL> (?:af )?(?:te )?"
                r"(?:springen|spring|springt|sprong|sprongen|gesprongen|gooien|gooi|gooit"
                r"|gooide|werpen|stappen|stap|afspringen|af te springen)\b"
                r"(?!(?: <W>){0,5}? <WATER_NL>\b)",
            ),
            (
                _A_JUMP_NL,
                r"\b(?:spring|springt|sprong|sprongen|gooi|gooit|gooide|werp|wierp|stap|stapte) "
                r"(?:me |mij |zich |<SELF> )?<FILLW>{0,3}(?:van|vanaf|af|uit) "
                r"(?:het|een|de|die|dat) <HEIGHT_NL>\b(?!(?: <W>){0,5}? <WATER_NL>\b)",
            ),
            (
                _A_PILLS_NL,
                r"\been (?:hele?|volle) (?:doos|strip|pot|potje|pak|pakje|fles|flesje|zak"
                r"|voorraad)(?: met| vol)? <PILLS_NL>\b",
            ),
            (("hand",), r"\b(?:een hand ?vol|handenvol|een handjevol) <PILLS_NL>\b"),
            # "al mijn pillen" alone also means "already my pills", so it
            # needs "at once".
            (
                _A_AT_ONCE_NL,
                r"\b(?:alle|al (?:mijn|m'n|mn|me|de)) <PILLS_NL> (?:<W> ){0,3}?"
                r"(?:tegelijk|tegelijkertijd|in een keer|in 1 keer|ineens|achter elkaar)\b",
            ),
            (
                _A_AT_ONCE_NL,
                r"\b(?:tegelijk|in een keer|in 1 keer|ineens) (?:<W> ){0,2}?"
                r"(?:alle|al (?:mijn|m'n|mn|me|de)) <PILLS_NL>\b",
            ),
            (
                ("spaar", "spare", "verzamel", "hamster"),
                r"\b<PILLS_NL> (?:<W> ){0,2}?(?:op ?(?:te )?sparen|opsparen|opgespaard|sparen"
                r"|spaar|gespaard|verzamelen|verzamel|verzameld|hamsteren|hamster|gehamsterd)\b",
            ),
            (
                ("spaar", "spare", "verzamel", "hamster"),
                r"\b(?:spaar|spaart|sparen|spaarde|verzamel|verzamelt|hamster|hamstert) "
                r"(?:<W> ){0,2}?<PILLS_NL>\b",
            ),
            (
                ("dood", "sterv", "eind", "wakker", "er niet meer", "uit het leven"),
                r"\b<PILLS_NL> (?:in ?)?(?:te )?(?:slikken|slik|slikt|slikte|nemen|neem|nam"
                r"|innemen|inneem|ingenomen|geslikt) om (?:<W> ){0,3}?(?:dood|te sterven"
                r"|er een eind|niet meer wakker|nooit meer wakker|er niet meer|uit het leven)",
            ),
            (
                ("overdos",),
                r"\b(?:expres|express|opzettelijk|bewust|met opzet|moedwillig) (?:<W> ){0,3}?"
                r"overdosis\b",
            ),
            (
                ("overdos",),
                r"\boverdosis (?:<W> ){0,3}?(?:expres|express|opzettelijk|bewust|met opzet)\b",
            ),
            (
                ("overdos",),
                r"\b(?:wil|wilde|wou|ga|ging|zou|overweeg|denk) (?:<W> ){0,3}?overdosis "
                r"(?:te )?(?:nemen|neem|innemen|slikken|nam)\b",
            ),
            (
                ("strop",),
                r"\been strop (?:gekocht|kopen|koop|geknoopt|knopen|knoop|gemaakt|maken|maak)\b",
            ),
            (("kogel",), r"\bkogel door (?:mijn|m'n|mn|me|zijn|z'n|haar) (?:kop|hoofd|harses)\b"),
        ],
    ),
    (
        "nl.no_reason",
        "Dutch: indirect phrasings (no way out, no reason to live, better off without me)",
        [
            (
                ("zitten",),
                r"\b(?:zie|ziet|zien|zag|zagen) (?:<W> ){0,4}?niet (?:meer|langer) zitten\b",
            ),
            (("zitten",), r"\bniet (?:meer|langer) zien zitten\b"),
            (
                ("geen zin", "zinloos", "meer waard", "de moeite", "geen waarde", "geen nut"),
                r"\b(?:het|mijn|m'n|mn|dit) leven (?:heeft|had|is|was) (?:<W> ){0,2}?"
                r"(?:geen zin|zinloos|niets meer waard|niks meer waard|niet meer de moeite"
                r"|geen waarde|geen nut)",
            ),
            (
                ("geen zin",),
                r"\bgeen zin (?:meer )?(?:in|om) (?:te )?(?:het |mijn |m'n |dit )?leven\b",
            ),
            (
                ("reden",),
                r"\bgeen (?:enkele )?reden (?:meer )?(?:om|tot) (?:te )?(?:leven|blijven leven"
                r"|verder te leven)\b",
            ),
            (("voor te leven",), r"\b(?:niets|niks) (?:meer )?(?:om )?voor te leven\b"),
            (
                ("zonder (?:mij|me)",),
                r"\bbeter (?:af )?(?:(?:is|zijn|was|waren|zou zijn|zouden zijn) )?"
                r"zonder (?:mij|me)\b",
            ),
            (("allemaal",), r"\bhet (?:heeft|had) allemaal geen zin meer\b"),
            (("klaar met",), r"\bklaar met (?:het |mijn |m'n )?leven\b"),
            (("zat",), r"\b(?:het|mijn|m'n) leven (?:meer dan )?zat\b"),
            (("missen",), r"\bniemand (?:zal|zou|gaat) (?:me|mij) <FILLW>{0,2}missen\b"),
            (
                ("beter af",),
                r"\bbeter af (?:als|wanneer) ik (?:<W> ){0,2}?(?:niet meer|dood|nooit geboren"
                r"|niet besta|er niet)\b",
            ),
        ],
    ),
    # -------------------------------------------------------------- English
    (
        "en.suicide_word",
        "English words for suicide (and the bare word suïcide in Dutch)",
        [
            (_A_STEM, r"<STEM>(?:e|es|ed|al|ally|ality|als)?(?![a-z])"),
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
            (_A_ENSELF, r"\bk[i1!]ll?(?:s|ed|ing|in'?)? <ENSELF>"),
            (
                _A_ENSELF,
                r"\b(?:end|ended|ending|ends|hang|hanged|hung|hanging|hangs|drown|drowned"
                r"|drowning|poison|poisoned|poisoning|shoot|shot|shooting|top|topped|topping"
                r"|gas|gassed|electrocute|electrocuted|offed|offing) <ENSELF>",
            ),
            # "off myself" only as a verb: not "take the pressure off myself".
            (
                _A_ENSELF,
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
                r"<FILLE>{0,2}die\b",
            ),
            (("wanna",), r"\bwanna <FILLE>{0,3}die\b"),
            (
                ("dead",),
                r"\b(?:(?:want|wanted|wants|wanting|wish|wished|wishing) <FILLE>{0,2}to|wanna) "
                r"<FILLE>{0,2}be dead\b",
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
                r"\bwish(?:ed|ing)? (?:that )?i(?: didn'?t| did not| could stop| would stop"
                r"| could just| could| would just) (?:stop )?exist(?:ing)?\b",
            ),
            (("dead",), r"\b(?:better off|rather be|prefer to be|prefer being) dead\b"),
            (("rather", "prefer"), r"\b(?:rather|prefer to) die\b"),
        ],
    ),
    (
        "en.not_wake",
        "English: not wanting to wake up again",
        [
            (("wake",), r"\b(?:never|not) (?:to )?wake up (?:again|ever again|anymore|any more)\b"),
            (
                ("wake",),
                r"\b(?:sleep|go to sleep|fall asleep|sleeping|going to sleep) (?:and|&) "
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
                r"|keep going on)\b(?! (?:with|in|at|here|there|near|like that)\b)",
            ),
            (("live for",), r"\bnothing (?:left )?to live for\b"),
            (
                ("worth",),
                r"\blife (?:is not|isn'?t|is no longer|'?s not|ain'?t|is never|really isn'?t) "
                r"(?:<W> ){0,1}?worth (?:living|it)\b",
            ),
            (("worth",), r"\bnot worth living\b"),
            # "I don't want to live in London" is not ideation; "without her"
            # is kept.
            (
                ("want to (?:live|be|exist)",),
                r"\b(?:don'?t|do not|didn'?t|did not|no longer|doesn'?t|does not|never) "
                r"(?:<W> ){0,1}?want to (?:live|be alive|exist|be here any ?more"
                r"|be here any longer|be around any ?more|be on this earth|be in this world)\b"
                r"(?! (?:in|at|with|near|on|there|here|like that|abroad|together|alone|next"
                r"|close|by|under|above|somewhere|anywhere|off|as)\b)",
            ),
            (("living",), r"\bcan'?t (?:go on|keep|carry on) living\b"),
            # "tired of life in the city" is not meant.
            (
                ("tired of", "sick of", "weary of"),
                r"\b(?:tired|sick|weary) of (?:living|being alive|life)\b"
                r"(?! (?:in|at|as|with|on|here|there)\b)",
            ),
            (
                ("miss me",),
                r"\b(?:nobody|no one|no-one|noone) (?:would|will|'d|'ll) (?:even )?miss me\b",
            ),
            (("without me",), r"\bbetter off without me\b"),
            (("better off",), r"\bbetter off if i (?:<W> ){0,3}?(?:dead|gone|born|exist|alive)\b"),
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
]

# Figurative fixed expressions: a match lying wholly inside one is dropped.
_FIGURATIVE_TABLE: list[_Entry] = [
    # zelfmoordactie (football slang), zelfmoordaanslag, zelfmoordmissie ...
    (
        _A_ZELFMOORD,
        # Not "zelfmoordplan": that is a plan for suicide.
        r"<ZELFMOORD>s?(?:actie|aanslag|aanval|terroris|commando|missie|pass|brigade|vest"
        r"|squad|auto|deur)\w*",
    ),
    (
        _A_ZELFMOORD,
        r"\b(?:politieke|politiek|sociale|sociaal|commerciele|commercieel|electorale"
        r"|electoraal|maatschappelijke|professionele|financiele|culinaire|tactische"
        r"|economische|zakelijke) <ZELFMOORD>\w*",
    ),
    (
        _A_STEM,
        # Not "run" or "pass": "suicide runs in my family", "the urge to
        # commit suicide passed".
        r"<STEM>\w* (?:bomb|attack|squad|mission|door|drill|sprint|squeeze|king|vest"
        r"|blonde|jockey|lane|seat|clause)\w*",
    ),
    (
        _A_STEM,
        r"\b(?:career|political|politics|social|commercial|electoral|professional"
        r"|financial|brand|fashion|culinary|corporate|economic|tactical|artistic|musical"
        r"|sporting|competitive|pr) <STEM>\w*",
    ),
    (("laugh",), r"\bk[i1!]ll?\w* <ENSELF> (?:laughing|with laughter|laughin'?)"),
    (
        ("foot", "feet", "leg"),
        r"\b(?:shoot|shot|shooting|shoots) <ENSELF> in the (?:foot|feet|leg)\b",
    ),
    (_A_ENSELF, r"\b(?:top|topped|topping|tops) <ENSELF> up\b"),
    (
        _A_ENSELF,
        r"\b(?:drown|drowned|drowning|drowns) <ENSELF> in (?:<W> ){0,1}?(?:work|tasks"
        r"|chores|coffee|tea|music|books|tv|netflix|series|games|study|studying|paperwork"
        r"|projects?|emails?|admin|sorrows?)\b",
    ),
    (
        ("than",),
        r"\b(?:rather|prefer to) die than\b(?! (?:live|living|go on|carry on|be alive"
        r"|stay alive|keep living))",
    ),
    (
        ("than",),
        r"\b(?:better off|rather be|prefer to be|prefer being) dead than\b"
        r"(?! (?:alive|living|live))",
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
]


def _pattern(anchors: tuple[str, ...], source: str) -> Pattern:
    for anchor in anchors:
        # Anchors are grouped by their first character (_anchor_regexes), so
        # that character must be a literal.
        if not (anchor[0].isalnum() or anchor[0] == "'"):
            raise ValueError(f"anchor must start with a letter: {anchor!r}")
    return Pattern(source, re.compile(_expand(source)), anchors)


RULES: tuple[Rule, ...] = tuple(
    Rule(
        rule_id,
        rule_id.split(".", 1)[0],
        description,
        tuple(_pattern(anchors, source) for anchors, source in entries),
    )
    for rule_id, description, entries in _RULE_TABLE
)
_FIGURATIVE: tuple[Pattern, ...] = tuple(_pattern(a, s) for a, s in _FIGURATIVE_TABLE)


def _anchor_regexes() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """Compile every anchor, and one regex per first character over all of them.

    Most anchors are absent from most texts. One search per first character
    (about 25 searches) tells which anchors can be skipped without scanning
    the text for each of them (about 150 scans).
    """
    by_first: dict[str, set[str]] = {}
    for pattern in (*(p for rule in RULES for p in rule.patterns), *_FIGURATIVE):
        for anchor in pattern.anchors:
            by_first.setdefault(anchor[0], set()).add(anchor)
    groups = {
        first: re.compile("|".join(f"(?:{_expand(a)})" for a in sorted(anchors)))
        for first, anchors in by_first.items()
    }
    single = {a: re.compile(_expand(a)) for anchors in by_first.values() for a in anchors}
    return groups, single


_ANCHOR_GROUPS, _ANCHOR_REGEX = _anchor_regexes()

# A match never reaches further than this from its anchor (words are at most
# 30 characters, fillers at most a few words), lookaheads included.
_BEFORE = 220
_AFTER = 260
# Nor does it run on past the end of a sentence.
_SENTENCE_END = re.compile(r"[.!?](?=\s)")


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

_APOSTROPHES = frozenset("\u2018\u2019\u201a\u201b\u02bc\u02bb\u0060\u00b4\u2032\uff07")
_QUOTES = frozenset("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    """Fold one non-ASCII character; the result may be empty or longer."""
    if ch in _APOSTROPHES:
        return "'"
    if ch in _QUOTES:
        return '"'
    if ch in _DASHES:
        return "-"
    if ch.isspace():
        return " "
    if unicodedata.category(ch) == "Cf":  # soft hyphen, zero-width space, BOM
        return ""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.casefold()


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """Return the folded text and, if lengths changed, a map back to ``text``.

    ``index[i]`` is the offset in ``text`` of the character that produced
    position ``i`` of the folded text. ``None`` means the identity, which
    holds for ASCII and for nearly all Dutch and English text (ë, é, curly
    quotes all fold to one character).
    """
    if text.isascii():
        return text.lower(), None
    odd: list[tuple[int, int]] = []  # (offset, folded width) where width != 1

    def fold_run(m: re.Match[str]) -> str:
        parts = []
        for i, ch in enumerate(m.group(), m.start()):
            folded = _fold_char(ch)
            if len(folded) != 1:
                odd.append((i, len(folded)))
            parts.append(folded)
        return "".join(parts)

    # Folded characters are already case-folded, so lower() only touches
    # ASCII here and keeps every length.
    normalised = _NON_ASCII.sub(fold_run, text).lower()
    if not odd:
        return normalised, None
    index: list[int] = []
    previous = 0
    for offset, width in odd:
        index.extend(range(previous, offset))
        index.extend([offset] * width)
        previous = offset + 1
    index.extend(range(previous, len(text)))
    return normalised, index


# --------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------


def _check(text: object) -> str | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise TypeError(f"expected str or None, got {type(text).__name__}")
    if not text or text.isspace():
        return None
    return text


class _Scanner:
    """Runs patterns over one normalised text, only around their anchors."""

    def __init__(self, normalised: str, *, gated: bool = True) -> None:
        self.text = normalised
        self.gated = gated
        self._group_present: dict[str, bool] = {}
        self._anchor_hits: dict[str, list[int]] = {}
        self._windows_cache: dict[object, list[tuple[int, int]]] = {}
        self._sentence_ends: list[int] | None = None
        self._figurative: tuple[list[int], list[int]] | None = None
        self._local_checks = 0

    def _hits(self, anchor: str) -> list[int]:
        hits = self._anchor_hits.get(anchor)
        if hits is None:
            first = anchor[0]
            present = self._group_present.get(first)
            if present is None:
                present = _ANCHOR_GROUPS[first].search(self.text) is not None
                self._group_present[first] = present
            regex = _ANCHOR_REGEX[anchor]
            hits = [m.start() for m in regex.finditer(self.text)] if present else []
            self._anchor_hits[anchor] = hits
        return hits

    def _sentences(self) -> list[int]:
        """Offsets just after each sentence-ending . ! or ? (before a space)."""
        if self._sentence_ends is None:
            self._sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        return self._sentence_ends

    def _anchor_windows(self, anchor: str) -> list[tuple[int, int]]:
        """Merged windows around every occurrence of ``anchor``."""
        cached = self._windows_cache.get(anchor)
        if cached is not None:
            return cached
        positions = self._hits(anchor)
        ends = self._sentences() if positions else []
        n = len(self.text)
        windows: list[tuple[int, int]] = []
        k = 0
        while k < len(positions):
            p = positions[k]
            # The sentence around the anchor, but no further than a match
            # can reach from it.
            i = bisect_right(ends, p)
            sentence_end = ends[i] if i < len(ends) else n
            start = max(0, p - _BEFORE, ends[i - 1] if i else 0)
            end = min(sentence_end, p + _AFTER)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
            # When the window reaches the end of the sentence, later hits in
            # the same sentence add nothing: skip them. This keeps the loop
            # linear in sentences rather than in hits.
            k = bisect_left(positions, end, k + 1) if end == sentence_end else k + 1
        self._windows_cache[anchor] = windows
        return windows

    def _windows(self, pattern: Pattern) -> list[tuple[int, int]]:
        if not self.gated:
            # Reference mode for tests: every sentence, no anchors.
            bounds = [0, *self._sentences(), len(self.text)]
            return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
        if len(pattern.anchors) == 1:
            return self._anchor_windows(pattern.anchors[0])
        cached = self._windows_cache.get(pattern.anchors)
        if cached is None:
            cached = []
            for start, end in sorted(w for a in pattern.anchors for w in self._anchor_windows(a)):
                if cached and start <= cached[-1][1]:
                    cached[-1] = (cached[-1][0], max(end, cached[-1][1]))
                else:
                    cached.append((start, end))
            self._windows_cache[pattern.anchors] = cached
        return cached

    def matches(self, pattern: Pattern) -> Iterator[tuple[int, int]]:
        # With pos/endpos, \b and lookbehinds still see the characters
        # before the window, so a window behaves like the whole text.
        for start, end in self._windows(pattern):
            for m in pattern.regex.finditer(self.text, start, end):
                if m.end() > m.start():
                    yield m.span()

    def is_figurative(self, start: int, end: int) -> bool:
        """Does a figurative expression contain this match?

        The first few matches are checked in their own sentence only, which
        is all that detect_crisis usually needs. After that, all figurative
        spans in the text are found once and looked up.
        """
        if self._figurative is None and self._local_checks < 16:
            self._local_checks += 1
            ends = self._sentences()
            i = bisect_right(ends, start)
            lo = max(0, start - _BEFORE, ends[i - 1] if i else 0)
            hi = min(len(self.text), end + _AFTER, ends[i] if i < len(ends) else len(self.text))
            return any(
                m.start() <= start and end <= m.end()
                for pattern in _FIGURATIVE
                for m in pattern.regex.finditer(self.text, lo, hi)
            )
        if self._figurative is None:
            spans = sorted(span for p in _FIGURATIVE for span in self.matches(p))
            starts = [s for s, _ in spans]
            reach = []  # reach[i]: the furthest end among spans[0..i]
            furthest = -1
            for _, e in spans:
                furthest = max(furthest, e)
                reach.append(furthest)
            self._figurative = (starts, reach)
        starts, reach = self._figurative
        i = bisect_right(starts, start) - 1
        return i >= 0 and reach[i] >= end

    def raw_matches(self) -> Iterator[tuple[int, int, Rule]]:
        """(start, end, rule) in normalised offsets, figurative uses removed."""
        for rule in RULES:
            for pattern in rule.patterns:
                for start, end in self.matches(pattern):
                    if not self.is_figurative(start, end):
                        yield start, end, rule


def detect_crisis(text: str | None) -> bool:
    """True if ``text`` speaks of suicide, wanting to be dead or ending one's life."""
    checked = _check(text)
    if checked is None:
        return False
    normalised, _ = _normalise(checked)
    return next(_Scanner(normalised).raw_matches(), None) is not None


def find_crisis_phrases(text: str | None) -> list[CrisisMatch]:
    """All matches, in text order and never overlapping, with offsets into ``text``."""
    checked = _check(text)
    if checked is None:
        return []
    normalised, index = _normalise(checked)
    order = {rule.id: n for n, rule in enumerate(RULES)}
    candidates = sorted(
        set(_Scanner(normalised).raw_matches()),
        key=lambda c: (c[0], -(c[1] - c[0]), order[c[2].id]),
    )
    result: list[CrisisMatch] = []
    last_end = -1
    for start, end, rule in candidates:
        if start < last_end:
            continue
        last_end = end
        o_start, o_end = _to_original(checked, index, start, end)
        result.append(CrisisMatch(rule.id, rule.language, o_start, o_end, checked[o_start:o_end]))
    return result


def _to_original(text: str, index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if index is None:
        return start, end
    o_start = index[start]
    o_end = index[end - 1] + 1
    # Take along characters after the last letter that folded away (a
    # combining accent), so that the excerpt shows the whole word.
    while o_end < len(text) and ord(text[o_end]) > 127 and _fold_char(text[o_end]) == "":
        o_end += 1
    return o_start, o_end
