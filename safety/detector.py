"""Crisis-language detector: does a piece of free text speak of suicide?

METHOD.md 4.7: free text (rides, check-in notes, escalations, look-backs,
self-check remarks, partner and therapist notes) that speaks of suicide,
wanting to be dead or ending one's life, in Dutch or English, brings the
crisis card up -- kindly, and without ever blocking the save.

This module is that check. It is a plain table of regular expressions, with no
Django, no model and no network, so anyone can read exactly why a text was
flagged.

Public API
----------
``detect_crisis(text) -> bool``
    True when at least one rule matches. ``None``, ``""`` and whitespace give
    False; any other non-``str`` raises ``TypeError``.
``find_crisis_phrases(text) -> list[CrisisMatch]``
    Every match, sorted by position and non-overlapping (at one position the
    longest match wins). ``start``/``end`` are offsets into the *original*
    text and ``excerpt == text[start:end]``. Excerpts are sensitive: show them
    to the person, never log them.

What it detects (rule ids are stable; ``RULES`` holds the table)
------------------------------------------------------------------
nl.suicide_word  zelfmoord (also "zelf moord", "zelfmoort", "zelmoord"),
                 zelfdoding, suïcidaal/suïcidale/suïcidepoging, doodswens,
                 doodsgedachten, levensmoe
nl.want_dead     ik wil (gewoon) dood / sterven, was ik maar dood, ik wou dat
                 ik dood was, liever dood, ik wil niet meer leven, ik wil er
                 niet meer zijn
nl.not_wake      (ik hoop dat ik) niet/nooit meer wakker word(en)
nl.end_life      er een eind(e) aan maken, een eind aan mijn leven, mijn leven
                 beëindigen, uit het leven stappen, zich van het leven beroven
nl.self_kill     mezelf ophangen / van kant maken / vermoorden / iets aandoen,
                 ik hang me op, ik breng mezelf om
nl.method        voor de trein springen, van het dak springen, alle pillen
                 tegelijk, pillen sparen, pillen slikken om dood te gaan,
                 opzettelijk een overdosis, een kogel door mijn kop
nl.no_reason     ik zie het niet meer zitten, het leven heeft geen zin meer,
                 geen reden om te leven, iedereen is beter af zonder mij
en.suicide_word  suicide, suicidal, suicidality (also "sucide", "suiside",
                 "su1c1de")
en.euphemism     unalive, sewer slide, commit sudoku, kms, kys
en.kill_self     kill myself / my self / himself, off myself, hang myself,
                 end myself, slit my wrists
en.want_die      want to die, wanna die, wish I was dead, wish I'd never been
                 born, better off dead, rather be dead
en.not_wake      go to sleep and never wake up, hope I don't wake up
en.end_life      end it all, end my life, take my own life, took his life
en.no_reason     no reason to live, nothing to live for, life isn't worth
                 living, don't want to be here anymore / to live / to exist,
                 better off without me, won't be around much longer
en.method        jump off a bridge/roof, jump in front of a train, a whole
                 bottle of pills, stockpiling pills, overdose on purpose,
                 a bullet in my head

Normalisation. Before matching, the text is case-folded, diacritics are
stripped (suïcide -> suicide, beëindigen -> beeindigen), curly apostrophes
and quotes become ASCII, odd spaces become plain spaces, and invisible
characters (soft hyphen, zero-width space) are dropped. A space in a pattern
matches any run of whitespace, which amounts to collapsing whitespace while
keeping the offsets exact.

Figurative uses. Fixed figurative expressions are listed in ``FIGURATIVE``;
a match that lies wholly inside one of them is dropped. They cover
"zelfmoordactie" (football slang), "zelfmoordaanslag", "politieke
zelfmoord", "Suicide Squad", "suicide doors", "career suicide", "killing
myself laughing", "shot myself in the foot", "I'd rather die than ...",
"liever dood dan ...". A few lookaheads in the patterns do the same job,
each with a comment. Hyperbole such as "dodelijk saai", "ik ga dood van de
hitte", "I could kill for a coffee" and "I'm dying to see it" matches no
rule in the first place.

Known limits (by design):

* It is a safety net, not a classifier and not a diagnosis. It never blocks
  a save; it only decides whether to show the crisis card.
* Negation is not handled: "ik denk niet aan zelfmoord", "I'm not suicidal"
  and "I don't want to die" still bring up the card. Denial and ambivalence
  are common in people at risk, and a card shown kindly costs far less than
  one that was missed.
* Reports about someone else ("hij pleegde zelfmoord", "he killed himself")
  match. That is accepted.
* A bare "zelfmoord"/"suicide" used figuratively outside the fixed list
  ("de deadline is zelfmoord") matches. That is accepted too.
* Ambiguous Dutch phrases that usually are *not* about suicide are left out
  on purpose: "ik kan niet meer", "ik wil niet meer" on its own, "er
  tussenuit", "aanrijding met een persoon", a bare "overdosis". Self-harm
  without suicidal language ("cut myself") is not covered.
* Only Dutch and English, and only the spellings in the table. Spelling
  mistakes outside the fuzzy word rules will be missed.
* "ik zie het niet meer zitten" triggers even with an object ("... met mijn
  studie"). It is the most common indirect Dutch phrase for suicidal
  thoughts, so we accept the false alarms.

Adding a phrase. Add a pattern to the right rule in ``_RULE_TABLE`` (or a new
``(id, description, patterns)`` row with an id like ``nl.something``). Write
patterns in the normalised form: lower case, no diacritics, ASCII
apostrophes, one plain space wherever whitespace may occur. ``<NAME>``
placeholders are expanded from ``_FRAGMENTS``. Then add at least one
positive and one negative row to ``safety/tests/test_detector.py``. Keep
every repetition bounded (``{0,3}``, never ``.*``) so that matching stays
linear.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "FIGURATIVE",
    "RULES",
    "CrisisMatch",
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
class Rule:
    id: str
    language: str
    description: str
    regex: re.Pattern[str]


# --------------------------------------------------------------------------
# Pattern fragments. Patterns are written against the *normalised* text; a
# literal space means "one or more whitespace characters".
# --------------------------------------------------------------------------

_FRAGMENTS = {
    # suicide / suïcide and common misspellings: sucide, suiside, suiscide,
    # su1c1de. Deliberately strict after the "d" so that no ordinary word
    # (succeed, subside) fits.
    "STEM": r"su[il1!y]?[cs]{1,2}[il1!y]?d",
    # zelfmoord, zelf moord, zelf-moord, zelmoord, zelfmord, zelfmoort. Not
    # "zal moord" ("hij zal moord plegen"): the vowel must be an e.
    "ZELFMOORD": r"ze{1,2}l[fv]?[\s\-_]*mo{1,2}r[dt]",
    # Dutch filler words that may sit between "wil" and "dood" etc.
    "FILLW": (
        r"(?:(?:ik|je|gewoon|echt|liever|eigenlijk|graag|het liefst|het liefste"
        r"|alleen maar|maar|nu|soms|zo|heel erg|toch|dan|ook|al|weer|gewoonweg"
        r"|nog|vaak|wel|morgen|vandaag|vanavond|vannacht|straks|misschien|snel"
        r"|zelf|echt wel|nu eenmaal) )"
    ),
    # Dutch reflexive pronouns that are unambiguous ("me"/"mij" alone can be
    # an object, or colloquial "my": "ik hang me jas op").
    "SELF": r"(?:mezelf|mijzelf|mij zelf|me zelf|m'zelf|mzelf|zichzelf|zich zelf|jezelf|je zelf|hemzelf|haarzelf|onszelf)",
    "MY": r"(?:mijn|m'n|mn|me|zijn|z'n|haar|hun|je|jouw|ons|het)",
    "PILLS_NL": (
        r"(?:pillen|pilletjes|tabletten|medicijnen|medicatie|slaappillen"
        r"|pijnstillers|paracetamol|paracetamols|oxazepam|temazepam"
        r"|antidepressiva|slaapmiddelen)"
    ),
    "VEHICLE_NL": r"(?:trein|metro|tram|bus|vrachtwagen|vrachtauto|truck|auto|intercity|sprinter)",
    "HEIGHT_NL": (
        r"(?:dak|flat|flatgebouw|brug|balkon|toren|kerktoren|gebouw|klif|rots"
        r"|viaduct|hoogbouw|parkeergarage|galerij|raam)"
    ),
    # Summer fun: "van de brug het water in springen". Used as a lookahead.
    "WATER_NL": r"(?:water|zwemmen|zwembad|bommetje|meer|plas|zee|gracht|kanaal)",
    # English filler between "want" and "die".
    "FILLE": (
        r"(?:(?:just|really|honestly|simply|so|literally|actually|kinda|kind of"
        r"|sometimes|still|truly|genuinely|seriously|badly|desperately|only"
        r"|often|kind of just|just really) )"
    ),
    # English reflexives: myself, my self, meself, ur self, themselves.
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

_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")


def _expand(pattern: str) -> str:
    # Expand repeatedly: fragments may use other fragments.
    previous = None
    while previous != pattern:
        previous = pattern
        pattern = _PLACEHOLDER.sub(lambda m: _FRAGMENTS[m.group(1)], pattern)
    # A literal space in a pattern stands for any run of whitespace, and
    # " ?" for an optional one. No pattern puts a literal space inside a
    # character class.
    return pattern.replace(" ?", r"\s*").replace(" ", r"\s+")


def _compile(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_expand(p)})" for p in patterns))


# --------------------------------------------------------------------------
# The rule table: (id, description, patterns).
# --------------------------------------------------------------------------

_RULE_TABLE: list[tuple[str, str, list[str]]] = [
    # ---------------------------------------------------------------- Dutch
    (
        "nl.suicide_word",
        "Dutch words for suicide and thoughts of death",
        [
            r"zelfmoord",  # also inside compounds: tienerzelfmoord
            r"\b<ZELFMOORD>",
            r"zelf[\s\-_]*doding",
            # Dutch forms of suïcide; the bare word is en.suicide_word.
            r"<STEM>(?:aal|ale|aliteit|e[a-z]{3,})",
            r"\bdoodswens",
            r"\bdoodsgedachte",
            r"\bdoodsverlangen",
            r"\blevensmoe",
        ],
    ),
    (
        "nl.want_dead",
        "Dutch: wanting to die or to be dead, not wanting to live",
        [
            r"\b(?:wil|wilde|wou|wilt|willen|wilden|zou willen) <FILLW>{0,3}"
            r"(?:dood zijn|dood gaan|doodgaan|dood|sterven)\b",
            r"\b(?:was|ware) ik <FILLW>{0,2}(?:maar|toch) (?:dood|nooit geboren)\b",
            r"\b(?:wou|wilde|wenste|zou willen|hoop|hoopte|wens) dat ik <FILLW>{0,2}"
            r"(?:dood (?:was|ben|ging|ga|zou zijn|zou gaan)|doodging|doodga"
            r"|nooit geboren (?:was|ben)|niet (?:meer )?(?:bestond|besta|leefde|leef)"
            r"|er niet (?:meer )?(?:was|ben|zou zijn))\b",
            r"\bhad ik <FILLW>{0,2}maar nooit (?:bestaan|geleefd)\b",
            r"\b(?:liever|beter|beter af) dood\b",
            r"\b(?:wil|wilde|wou|wilt|willen|wilden) <FILLW>{0,3}niet (?:meer|langer) "
            r"(?:leven|bestaan)\b",
            r"\bniet (?:meer|langer) (?:willen|wil) (?:leven|bestaan)\b",
            r"\b(?:wil|wilde|wou|wilt|willen|wilden) (?:ik )?(?:er|hier) <FILLW>{0,3}"
            r"niet (?:meer|langer) (?:zijn|bestaan)\b",
            r"\bik wil <FILLW>{0,2}euthanasie\b",
        ],
    ),
    (
        "nl.not_wake",
        "Dutch: not wanting to wake up again",
        [
            r"\b(?:niet|nooit) meer wakker (?:te )?(?:worden|word|wordt|zou worden|hoeven|hoef)\b",
            r"\b(?:wil|wilde|wou|hoop|hoopte|wens|wenste) (?:\S+ ){0,4}?(?:niet|nooit) meer wakker\b",
        ],
    ),
    (
        "nl.end_life",
        "Dutch: ending one's life",
        [
            r"\ber (?:\S+ ){0,3}?een eind(?:e)? aan (?:te )?"
            r"(?:maken|maak|maakt|maakte|maakten|gemaakt)\b",
            r"\b(?:maak|maakt|maakte|maakten|maken) (?:ik |je |hij |ze |zij |we )?er "
            r"(?:\S+ ){0,3}?een eind(?:e)? aan\b",
            r"\been eind(?:e)? (?:te )?(?:maken |maakte |maakt |maak |gemaakt )?aan <MY> "
            r"(?:eigen )?leven\b",
            r"\b<MY> (?:eigen )?leven (?:te )?(?:beeindigen|beeindig|beeindigt|beeindigd"
            r"|beeindigde|nemen)\b",
            r"\buit het leven (?:te )?(?:stappen|stap|stapt|stapte|stapten|gestapt)\b",
            r"\b(?:stap|stapt|stapte|stapten) <FILLW>{0,2}uit het leven\b",
            r"\b(?:zich|me|mij|<SELF>) <FILLW>{0,2}(?:van )?het leven (?:te )?"
            r"(?:benemen|beneemt|beneem|benam|benomen|ontnemen|ontneemt|ontnam"
            r"|beroofd|beroven|berooft|beroofde|beroofden)\b",
            r"\b(?:beroof|berooft|beroofde|beroofden|beneem|beneemt|benam|benamen) "
            r"(?:zich|me|mij|<SELF>) <FILLW>{0,2}(?:van )?het leven\b",
            r"\bzelf ?-?gekozen levenseinde\b",
        ],
    ),
    (
        "nl.self_kill",
        "Dutch: killing oneself (reflexive verbs)",
        [
            # "me"/"mij"/"zich" only directly before the verb: "ik hang me
            # jas op" (colloquial "my coat") must not match.
            r"\b(?:me|mij|zich) (?:van kant (?:te )?(?:maken|maak|maakt|maakte|gemaakt)"
            r"|ophangen|ophang|opgehangen|op te hangen|opknopen|op te knopen"
            r"|om het leven (?:te )?(?:brengen|gebracht)|ombrengen|om te brengen)\b",
            r"\b<SELF> <FILLW>{0,2}(?:van kant (?:te )?(?:maken|maak|maakt|maakte|gemaakt)"
            r"|op ?(?:te )?hangen|ophang|opgehangen|op ?(?:te )?knopen"
            r"|om het leven (?:te )?(?:brengen|gebracht)|ombrengen|om te brengen|omgebracht"
            r"|vermoorden|vermoord|doden|gedood|doodmaken|dood (?:te )?maken"
            r"|doodschieten|dood (?:te )?schieten|verdrinken|verdronken|vergiftigen"
            r"|vergiftigd|iets (?:aan ?(?:te )?doen|aandoe|aandoet|aangedaan)"
            r"|wat (?:aan ?(?:te )?doen|aandoe))\b",
            r"\b(?:hang|hangt|hing|hingen) (?:me|mij|zich|<SELF>) <FILLW>{0,2}op\b",
            r"\b(?:knoop|knoopt|knoopte) (?:me|mij|zich|<SELF>) <FILLW>{0,2}op\b",
            r"\b(?:maak|maakt|maakte|maakten) (?:me|mij|zich|<SELF>) <FILLW>{0,2}van kant\b",
            # "je maakt me dood" is hyperbole, so "dood" only with mezelf etc.
            r"\b(?:maak|maakt|maakte|maakten) <SELF> <FILLW>{0,2}dood\b",
            r"\b(?:breng|brengt|bracht|brachten) (?:me|mij|zich|<SELF>) <FILLW>{0,2}om het leven\b",
            # "ik breng mezelf om"; not "... om 8 uur".
            r"\b(?:breng|brengt|bracht|brachten) <SELF> <FILLW>{0,2}om\b(?! (?:\d|half|kwart))",
            r"\b(?:vermoord|vermoordt|vermoordde|dood|doodt|doodde|verdrink|verdrinkt|verdronk"
            r"|vergiftig|vergiftigt|vergiftigde) <SELF>",
            # "ik schiet mezelf in de voet" is an idiom, so "dood" is required.
            r"\b(?:schiet|schoot) <SELF> <FILLW>{0,2}(?:dood|door het hoofd|door mijn kop)\b",
            r"\b(?:doe|doet|deed|deden) <SELF> <FILLW>{0,2}(?:iets|wat) aan\b",
        ],
    ),
    (
        "nl.method",
        "Dutch: ways of ending one's life",
        [
            r"\b(?:voor|onder) (?:de|een|die) <VEHICLE_NL> (?:te )?(?:springen|spring|springt"
            r"|sprong|sprongen|gesprongen|gooien|gooi|gooit|gooide|gegooid|werpen|werp|wierp"
            r"|lopen|loop|liep|stappen|stap|stapte|gaan liggen|ga liggen|liggen)\b",
            r"\b(?:spring|springt|sprong|sprongen|gooi|gooit|gooide|werp|werpt|wierp|stap|stapt"
            r"|stapte) (?:me |mij |zich |<SELF> )?<FILLW>{0,3}(?:voor|onder) (?:de|een|die) "
            r"<VEHICLE_NL>\b",
            r"\bvan (?:het|een|de|die|dat) <HEIGHT_NL> (?:af )?(?:te )?(?:springen|spring|springt"
            r"|sprong|sprongen|gesprongen|gooien|gooi|gooit|gooide|werpen|stappen|stap"
            r"|afspringen|af te springen)\b(?!(?: \S+){0,5}? <WATER_NL>\b)",
            r"\b(?:spring|springt|sprong|sprongen|gooi|gooit|gooide|werp|wierp|stap|stapte) "
            r"(?:me |mij |zich |<SELF> )?<FILLW>{0,3}(?:van|vanaf|af) (?:het|een|de|die|dat) "
            r"<HEIGHT_NL>\b(?!(?: \S+){0,5}? <WATER_NL>\b)",
            r"\been (?:hele?|volle) (?:doos|strip|pot|potje|pak|pakje|fles|flesje|zak|voorraad)"
            r"(?: met| vol)? <PILLS_NL>\b",
            r"\b(?:een hand ?vol|handenvol|een handjevol) <PILLS_NL>\b",
            # "al mijn pillen" alone is also "already my pills": needs "at once".
            r"\b(?:alle|al (?:mijn|m'n|mn|me|de)) <PILLS_NL> (?:\S+ ){0,3}?"
            r"(?:tegelijk|tegelijkertijd|in een keer|in 1 keer|ineens|achter elkaar)\b",
            r"\b(?:tegelijk|in een keer|in 1 keer|ineens) (?:\S+ ){0,2}?(?:alle|al (?:mijn|m'n|mn|me|de)) "
            r"<PILLS_NL>\b",
            r"\b<PILLS_NL> (?:\S+ ){0,2}?(?:op ?(?:te )?sparen|opsparen|opgespaard|sparen|spaar"
            r"|gespaard|verzamelen|verzamel|verzameld|hamsteren|hamster|gehamsterd)\b",
            r"\b(?:spaar|spaart|sparen|spaarde|verzamel|verzamelt|hamster|hamstert) (?:\S+ ){0,2}?"
            r"<PILLS_NL>\b",
            r"\b<PILLS_NL> (?:in ?)?(?:te )?(?:slikken|slik|slikt|slikte|nemen|neem|nam|innemen"
            r"|inneem|ingenomen|geslikt) om (?:\S+ ){0,3}?(?:dood|te sterven|er een eind"
            r"|niet meer wakker|nooit meer wakker|er niet meer|uit het leven)",
            r"\b(?:expres|express|opzettelijk|bewust|met opzet|moedwillig) (?:\S+ ){0,3}?"
            r"overdosis\b",
            r"\boverdosis (?:\S+ ){0,3}?(?:expres|express|opzettelijk|bewust|met opzet)\b",
            r"\b(?:wil|wilde|wou|ga|ging|zou|overweeg|denk) (?:\S+ ){0,3}?overdosis "
            r"(?:te )?(?:nemen|neem|innemen|slikken|nam)\b",
            r"\been strop (?:gekocht|kopen|koop|geknoopt|knopen|knoop|gemaakt|maken|maak)\b",
            r"\bkogel door (?:mijn|m'n|mn|me|zijn|z'n|haar) (?:kop|hoofd|harses)\b",
        ],
    ),
    (
        "nl.no_reason",
        "Dutch: indirect phrasings (no way out, no reason to live, better off without me)",
        [
            r"\b(?:zie|ziet|zien|zag|zagen) (?:\S+ ){0,4}?niet (?:meer|langer) zitten\b",
            r"\bniet (?:meer|langer) zien zitten\b",
            r"\b(?:het|mijn|m'n|mn|dit) leven (?:heeft|had|is|was) (?:\S+ ){0,2}?"
            r"(?:geen zin|zinloos|niets meer waard|niks meer waard|niet meer de moeite"
            r"|geen waarde|geen nut)",
            r"\bgeen zin (?:meer )?(?:in|om) (?:te )?(?:het |mijn |m'n |dit )?leven\b",
            r"\bgeen (?:enkele )?reden (?:meer )?(?:om|tot) (?:te )?(?:leven|blijven leven"
            r"|verder te leven)\b",
            r"\b(?:niets|niks) (?:meer )?(?:om )?voor te leven\b",
            r"\bbeter (?:af )?zonder (?:mij|me)\b",
            r"\bbeter af (?:als|wanneer) ik (?:\S+ ){0,2}?(?:niet meer|dood|nooit geboren"
            r"|niet besta|er niet)\b",
        ],
    ),
    # -------------------------------------------------------------- English
    (
        "en.suicide_word",
        "English words for suicide (and the bare word suïcide in Dutch)",
        [
            r"<STEM>(?:e|es|ed|al|ally|ality|als)?(?![a-z])",
        ],
    ),
    (
        "en.euphemism",
        "Internet euphemisms and abbreviations",
        [
            r"\bun-?aliv(?:e|es|ed|ing)\b",
            r"\bsewer ?-?slide",
            r"\bcommit(?:s|ted|ting)? (?:die )?sudoku\b",
            r"\btoaster bath",
            # "kms": not kilometres ("300 kms").
            r"(?<!\d)(?<!\d\s)\bkms\b(?! ?/ ?h\b| per\b)",
            r"\bkys\b",
        ],
    ),
    (
        "en.kill_self",
        "English: killing oneself",
        [
            r"\bk[i1!]ll?(?:s|ed|ing|in'?)? <ENSELF>",
            r"\b(?:end|ended|ending|ends|hang|hanged|hung|hanging|hangs|drown|drowned|drowning"
            r"|poison|poisoned|poisoning|shoot|shot|shooting|top|topped|topping|gas|gassed"
            r"|electrocute|electrocuted|offed|offing) <ENSELF>",
            # "off myself" only as a verb: not "take the pressure off myself".
            r"\b(?:to|gonna|wanna|ll|will|could|would|should|might|just|i|and|or|then) "
            r"off <ENSELF>",
            r"\b(?:slit|slitting|slash|slashing|slashed) (?:my|his|her|their|your) "
            r"(?:own )?(?:wrists?|throat)\b",
            r"\bcut (?:my|his|her|their) (?:own )?wrists\b",
        ],
    ),
    (
        "en.want_die",
        "English: wanting to die or to be dead",
        [
            r"\b(?:want|wanted|wants|wanting|wanna|wish|wished|wishing|ready) <FILLE>{0,3}"
            r"(?:to )?die\b",
            r"\b(?:want|wanted|wants|wanting|wanna|wish|wished|wishing) <FILLE>{0,2}"
            r"(?:to )?be dead\b",
            r"\bwish(?:ed|ing)? (?:that )?i(?: was| were|'d be| would be| could be| had been) "
            r"<FILLE>{0,2}(?:already )?dead\b",
            r"\bwish(?:ed|ing)? (?:that )?i(?: could| would|'d| will)? <FILLE>{0,2}die\b",
            r"\bwish(?:ed|ing)? (?:that )?i(?: had never been|'d never been| was never| were never"
            r"| hadn'?t been| had not been| wasn'?t| was not| weren'?t) born\b",
            r"\bwish(?:ed|ing)? (?:that )?i(?: didn'?t| did not| could stop| would stop"
            r"| could just| could| would just) (?:stop )?exist(?:ing)?\b",
            r"\b(?:better off|rather be|prefer to be|prefer being) dead\b",
            r"\b(?:rather|prefer to) die\b",
        ],
    ),
    (
        "en.not_wake",
        "English: not wanting to wake up again",
        [
            r"\b(?:never|not) (?:to )?wake up (?:again|ever again|anymore|any more)\b",
            r"\b(?:sleep|go to sleep|fall asleep|sleeping|going to sleep) (?:and|&) "
            r"(?:just )?(?:never|not) wake up\b",
            r"\b(?:don'?t|do not) want to wake up (?:again|ever again|anymore|any more"
            r"|tomorrow)\b",
            # Not "I hope I don't wake up the baby / early".
            r"\bhope i (?:don'?t|do not|never|won'?t|will not) wake up\b(?! (?:the|my|her|his"
            r"|him|them|everyone|anyone|anybody|any|early|late|at|before|too|in time|with|on|to))",
        ],
    ),
    (
        "en.end_life",
        "English: ending one's life",
        [
            r"\bend(?:s|ed|ing)? (?:it all|my life|my own life|my existence|this life)\b",
            r"\bput(?:ting)? an end to (?:my (?:own )?life|it all|my existence)\b",
            r"\b(?:take|takes|taking|taken|took) (?:my|his|her|their|your|one'?s) own life\b",
            # "take my life back / in my own hands / seriously" is not suicide.
            r"\b(?:take|takes|taking|taken|took) (?:my|his|her|their) life\b(?! (?:back|away"
            r"|seriously|forward|apart|over|for granted|to the next|up|into|in (?:my|his|her"
            r"|their|your|our|own|a|an|another|new|the)\b))",
        ],
    ),
    (
        "en.no_reason",
        "English: indirect phrasings (no reason to live, better off without me)",
        [
            r"\bno (?:\S+ ){0,1}?(?:reason|point|purpose) (?:in |to )?(?:live|living"
            r"|go on|going on|stay alive|staying alive|be alive|being alive|keep living"
            r"|keep going on)\b(?! with\b)",
            r"\bnothing (?:left )?to live for\b",
            r"\blife (?:is not|isn'?t|is no longer|'?s not|ain'?t|is never|really isn'?t) "
            r"(?:\S+ ){0,1}?worth (?:living|it)\b",
            r"\bnot worth living\b",
            # "I don't want to live in London" is not ideation; "without her" is kept.
            r"\b(?:don'?t|do not|didn'?t|did not|no longer|doesn'?t|does not|never) "
            r"(?:\S+ ){0,1}?want to (?:live|be alive|exist|be here any ?more|be here any longer"
            r"|be around any ?more|be on this earth|be in this world)\b(?! (?:in|at|with|near|on"
            r"|there|here|like that|abroad|together|alone|next|close|by|under|above|somewhere"
            r"|anywhere|off|as)\b)",
            r"\bcan'?t (?:go on|keep|carry on) living\b",
            r"\bbetter off without me\b",
            r"\bbetter off if i (?:\S+ ){0,3}?(?:dead|gone|born|exist|alive)\b",
            r"\b(?:world|everyone|everybody) (?:would be|will be|is|'?d be) (?:a )?better"
            r"(?: place)? without me\b",
            r"\b(?:won'?t|will not|not going to|ain'?t gonna|not gonna) be (?:around|here) "
            r"(?:much|for much|for very much|very much) longer\b",
        ],
    ),
    (
        "en.method",
        "English: ways of ending one's life",
        [
            r"\b(?:jump|jumps|jumped|jumping|leap|leaps|leapt|leaping|throw myself|throwing myself"
            r"|threw myself|yeet myself|fling myself) (?:off|from|out of) (?:a|the|that|this|my"
            r"|some) (?:\S+ ){0,1}?<HEIGHT_EN>\b(?!(?: \S+){0,5}? <WATER_EN>\b)",
            r"\b(?:jump|jumps|jumped|jumping|step|steps|stepped|stepping|throw myself"
            r"|throwing myself|threw myself|walk|walked|walking|lie down|lay down|lying down) "
            r"(?:in front of|under) (?:a|the|an|that|this|some|oncoming) (?:\S+ ){0,1}?"
            r"<VEHICLE_EN>\b",
            r"\b(?:jump|jumped|jumping|lie down|lay down|lying down) (?:onto|on) (?:the )?"
            r"(?:train |railway |rail |subway )?tracks\b",
            r"\b(?:a|the) (?:whole|entire|full) (?:bottle|pack|packet|box|strip|blister|jar|tub)"
            r" (?:of )?(?:\S+ ){0,1}?<PILLS_EN>\b",
            # "downed the whole bottle" is usually alcohol: relapse, not this card.
            r"\b(?:take|took|taking|swallow|swallowed|swallowing) (?:the|a) whole bottle\b"
            r"(?! of (?:wine|water|beer|vodka|whisky|whiskey|rum|gin|juice|soda|coke|milk"
            r"|champagne|prosecco|cider|kombucha))",
            r"\b(?:a|a big|a whole) handful of <PILLS_EN>\b",
            r"\b(?:all|every one of|each of) (?:of )?(?:my|the|these|those) <PILLS_EN> "
            r"(?:at once|in one go|together|at the same time|all at once)\b",
            r"\b(?:stockpil(?:e|es|ed|ing)|hoard(?:s|ed|ing)?|sav(?:e|es|ed|ing) up) (?:my |up my "
            r"|up |some |all my |all the |all of my )?<PILLS_EN>\b",
            r"\b(?:overdose|overdosed|overdosing|od|od'?d|od'?ing) (?:\S+ ){0,3}?(?:on purpose"
            r"|deliberately|intentionally|purposely)\b",
            r"\b(?:on purpose|deliberately|intentionally|purposely) (?:\S+ ){0,2}?"
            r"(?:overdos(?:e|ed|ing)|od|od'?d)\b",
            # "going to overdose on coffee / Netflix" is hyperbole.
            r"\b(?:want|wanted|wanna|going|gonna|plan|planning|planned|thinking about"
            r"|thought about|think about|considering|considered|tempted) (?:\S+ ){0,2}?(?:to )?"
            r"(?:take an |taking an |an )?(?:overdose|overdosing|od)\b(?! on (?:coffee|caffeine"
            r"|sugar|chocolate|candy|sweets|netflix|tv|cake|cookies|carbs|memes|\S+ episodes))",
            r"\b(?:put|putting|eat|eating) a bullet (?:in|through) (?:my|his|her) "
            r"(?:head|brain|skull)\b",
        ],
    ),
]

# Figurative fixed expressions: a match lying wholly inside one is dropped.
_FIGURATIVE_TABLE: list[str] = [
    # zelfmoordactie (football slang), zelfmoordaanslag, zelfmoordmissie ...
    r"<ZELFMOORD>s?(?:actie|aanslag|aanval|terroris|commando|missie|pass|brigade|vest"
    r"|squad|auto|deur|plan)\w*",
    r"\b(?:politieke|politiek|sociale|sociaal|commerciele|commercieel|electorale|electoraal"
    r"|maatschappelijke|professionele|financiele|culinaire|tactische|economische"
    r"|zakelijke) <ZELFMOORD>\w*",
    r"<STEM>\w* (?:bomb\w*|attack\w*|squad\w*|mission\w*|door\w*|run\w*|drill\w*|sprint\w*"
    r"|squeeze\w*|king\w*|vest\w*|pass\w*|blonde\w*|jockey\w*|lane\w*|seat\w*|shift\w*"
    r"|clause\w*)",
    r"\b(?:career|political|politics|social|commercial|electoral|professional|financial"
    r"|brand|fashion|culinary|corporate|economic|tactical|artistic|musical|sporting"
    r"|competitive|pr) <STEM>\w*",
    r"\bk[i1!]ll?\w* <ENSELF> (?:laughing|with laughter|laughin'?)",
    r"\b(?:shoot|shot|shooting|shoots) <ENSELF> in the (?:foot|feet|leg)\b",
    r"\b(?:top|topped|topping|tops) <ENSELF> up\b",
    r"\b(?:drown|drowned|drowning|drowns) <ENSELF> in (?:\S+ ){0,1}?(?:work|tasks|chores"
    r"|coffee|tea|music|books|tv|netflix|series|games|study|studying|paperwork|projects?"
    r"|emails?|admin|sorrows?)\b",
    r"\b(?:rather|prefer to) die than\b(?! (?:live|living|go on|carry on|be alive|stay alive"
    r"|keep living))",
    r"\b(?:better off|rather be|prefer to be|prefer being) dead than\b(?! (?:alive|living|live))",
    r"\b(?:want|wanted|wants|wanting|wanna|wish|wished|wishing|ready) <FILLE>{0,3}(?:to )?"
    r"die (?:of|from) (?:embarrassment|shame|laughter|laughing|cringe|boredom|curiosity"
    r"|envy|jealousy|happiness)\b",
    r"\b(?:want|wanted|wants|wanting|wanna|wish|wished|wishing|ready) <FILLE>{0,3}(?:to )?"
    r"die (?:laughing|on (?:this|that|the) hill|happy|old|of old age)\b",
    r"\b(?:liever|beter|beter af) dood dan\b(?! levend)",
]


def _build_rules() -> tuple[Rule, ...]:
    rules = []
    for rule_id, description, patterns in _RULE_TABLE:
        language = rule_id.split(".", 1)[0]
        rules.append(Rule(rule_id, language, description, _compile(patterns)))
    return tuple(rules)


RULES: tuple[Rule, ...] = _build_rules()
FIGURATIVE: re.Pattern[str] = _compile(_FIGURATIVE_TABLE)


# --------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------

_APOSTROPHES = frozenset("\u2018\u2019\u201a\u201b\u02bc\u02bb\u0060\u00b4\u2032\uff07")
_QUOTES = frozenset("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02")
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
_ASCII_FOLD = {ord(c): c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


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
    position ``i`` of the folded text. ``None`` means the map is the identity,
    which holds for ASCII text and almost all Dutch and English text.
    """
    if text.isascii():
        return text.lower(), None
    table: dict[int, str] = dict(_ASCII_FOLD)
    identity = True
    for ch in set(text):
        if ord(ch) > 127:
            folded = _fold_char(ch)
            table[ord(ch)] = folded
            identity = identity and len(folded) == 1
    normalised = text.translate(table)
    if identity:
        return normalised, None
    index: list[int] = []
    for i, ch in enumerate(text):
        width = len(table.get(ord(ch), ch))
        if width == 1:
            index.append(i)
        elif width:
            index.extend([i] * width)
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


def _raw_matches(normalised: str):
    """Yield (start, end, rule) in normalised offsets, figurative uses removed."""
    figurative = [m.span() for m in FIGURATIVE.finditer(normalised)]
    fig_starts = [s for s, _ in figurative]
    for rule in RULES:
        for m in rule.regex.finditer(normalised):
            start, end = m.span()
            if start == end:
                continue
            # finditer spans do not overlap, so the candidate container is
            # the last figurative span starting at or before this match.
            i = bisect_right(fig_starts, start) - 1
            if i >= 0 and end <= figurative[i][1]:
                continue
            yield start, end, rule


def detect_crisis(text: str | None) -> bool:
    """True if ``text`` speaks of suicide, wanting to be dead or ending one's life."""
    checked = _check(text)
    if checked is None:
        return False
    normalised, _ = _normalise(checked)
    return next(_raw_matches(normalised), None) is not None


def find_crisis_phrases(text: str | None) -> list[CrisisMatch]:
    """All non-overlapping matches, in text order, with offsets into ``text``."""
    checked = _check(text)
    if checked is None:
        return []
    normalised, index = _normalise(checked)
    order = {rule.id: n for n, rule in enumerate(RULES)}
    candidates = sorted(
        _raw_matches(normalised),
        key=lambda c: (c[0], -(c[1] - c[0]), order[c[2].id]),
    )
    result: list[CrisisMatch] = []
    last_end = -1
    for start, end, rule in candidates:
        if start < last_end:
            continue
        last_end = end
        o_start, o_end = _to_original(checked, index, start, end)
        result.append(
            CrisisMatch(rule.id, rule.language, o_start, o_end, checked[o_start:o_end])
        )
    return result


def _to_original(text: str, index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if index is None:
        return start, end
    o_start = index[start]
    o_end = index[end - 1] + 1
    # Take along trailing characters that folded away (a combining accent
    # after the last letter), so the excerpt shows the whole word.
    while o_end < len(text) and ord(text[o_end]) > 127 and _fold_char(text[o_end]) == "":
        o_end += 1
    return o_start, o_end
