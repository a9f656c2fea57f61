"""Crisis-language detector: does a piece of free text speak of suicide?

METHOD.md 4.7: free text (rides, check-in notes, escalations, look-backs, self-check
remarks, partner and therapist notes) that speaks of suicide, of wanting to be dead or
of ending one's life, in Dutch or English, brings up the crisis card, kindly and without
blocking the save. Issue 11 widened this to the indirect language people use when it is
serious: being a burden, no way out, farewells, preparations and means, thinking about
death, wanting to disappear for good, "ending it", "not being a problem much longer".

This module is the matching engine; the rules are data in ``safety.crisis_rules``. A
second layer, a small model over n-grams (``safety.crisis_model``), decides when no rule
matched. No Django, no network: every flag names the rule that raised it and the words it
matched, or the model's n-grams and their weights. docs/safety/crisis-detector.md is the
reviewer's summary (categories, figures, known limits); bench/detector_bench.py measures
recall and false alarms.

Public API
----------
``detect_crisis(text) -> bool``
    True when a rule matches or the model's score reaches its threshold. ``None``, ``""``
    and whitespace give False; any other value that is not a ``str`` raises ``TypeError``.
``find_crisis_phrases(text) -> list[CrisisMatch]``
    All rule matches, in text order and never overlapping; at one start the longest wins.
    Without any, the model's match (rule ``"model"``, its n-grams in ``features``) when
    it flags. ``start`` and ``end`` are offsets into the *original* text and
    ``excerpt == text[start:end]``. Excerpts are sensitive: show them, never log them.
``rules_fire(text)``, ``find_rule_matches(text)``
    The same for the rules alone.
``RULES``
    The compiled rules; ids such as ``nl.burden`` or ``en.want_die`` are stable.

How a text is read
------------------
1. Folded and 2. written out (``safety.crisis_text``): lower case, no diacritics, one
   plain space, chat spellings as words ("k wil gwn dood" -> "ik wil gewoon dood"), with
   a map back to the original offsets.
3. Matched: each pattern runs only in the sentences around its *anchors* (short words
   every match contains), which keeps a 5,000-character note at about two milliseconds.
   A match never crosses a sentence end (". ", "! ", "? ").
4. Filtered: a match lying wholly inside a figurative expression ("career suicide",
   "zelfmoordactie") is dropped, and so is a match whose rule has an ``unless`` pattern
   that occurs in the same sentence ("een touw ... voor de waslijn").

Negation is not handled on purpose ("I'm not suicidal" still brings the card): a card
shown once too often costs little, a missed crisis a great deal.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from safety import crisis_model
from safety.crisis_rules import FIGURATIVE, FRAGMENTS, RULE_TABLE
from safety.crisis_text import normalise, to_original, trie

__all__ = [
    "RULES",
    "CrisisMatch",
    "Pattern",
    "Rule",
    "detect_crisis",
    "find_crisis_phrases",
    "find_rule_matches",
    "rules_fire",
]


@dataclass(frozen=True, slots=True)
class CrisisMatch:
    """One matched phrase. Offsets refer to the original, unnormalised text."""

    rule: str
    language: str
    start: int
    end: int
    excerpt: str
    # For the model (rule "model"): the n-grams that raised its score most, with their
    # weights, strongest first. Empty for a rule.
    features: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class Pattern:
    source: str
    regex: re.Pattern[str]
    anchors: tuple[str, ...]
    # Found in the same sentence, this drops the match (an everyday setting).
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    language: str
    description: str
    patterns: tuple[Pattern, ...]


_PLACEHOLDER = re.compile(r"<([A-Z_]+)>")
_WORD_REST = re.compile(r"\\w([*+])")


def _expand(pattern: str) -> str:
    # Expand repeatedly: fragments may use other fragments.
    previous = None
    while previous != pattern:
        previous = pattern
        pattern = _PLACEHOLDER.sub(lambda m: FRAGMENTS[m.group(1)], pattern)
    # Normalised text has single plain spaces only (crisis_text), so a space in a pattern is
    # one space. "\w*" and "\w+" stand for the rest of a word, at most 30 letters, so
    # that every repetition has a maximum (test_detector.py checks all of them).
    return _WORD_REST.sub(lambda m: r"\w{0,30}" if m.group(1) == "*" else r"\w{1,30}", pattern)


# Folded text is ASCII but for the rare letter that does not decompose (ø, ł), so the
# ASCII classes match the same words and are quicker.
def _pattern(anchors: tuple[str, ...], source: str, unless: str | None = None) -> Pattern:
    for anchor in anchors:
        # An anchor that starts with a letter is looked for by its letters before any
        # regex runs (_anchor_finder, _starts_with); one that did not would be searched
        # for in every text.
        if not (anchor[0].isalnum() or anchor[0] == "'"):
            raise ValueError(f"anchor must start with a letter: {anchor!r}")
    return Pattern(
        source,
        re.compile(_expand(source), re.ASCII),
        anchors,
        re.compile(_expand(unless), re.ASCII) if unless else None,
    )


RULES: tuple[Rule, ...] = tuple(
    Rule(
        rule_id,
        rule_id.split(".", 1)[0],
        description,
        tuple(_pattern(*entry) for entry in entries),
    )
    for rule_id, description, entries in RULE_TABLE
)
_FIGURATIVE: tuple[Pattern, ...] = tuple(_pattern(a, s) for a, s in FIGURATIVE)


_LITERAL = re.compile(r"[a-z0-9' /-]+")


def _anchor_finder() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]],
                               dict[str, re.Pattern[str]], tuple[tuple[str, str], ...]]:
    """Compile every anchor, and one finder for all the literal ones.

    Nearly all anchors are literal words, and most are absent from most texts. Searching
    the text once per anchor (about 1,900) would cost more than all the rest of the work,
    and so did one search per first letter (28 for a note of four words). Instead, one
    regex visits each place of the text and captures the longest anchor there (a trie, so
    few steps each); every shorter anchor at that place is a prefix of it, and those are
    listed once here (``prefixes``). The few anchors that are regexes ("me\\b",
    "mo{1,2}r[dt]") are searched one by one, and only when the letters they start with are
    in the text.
    """
    anchors = {a for p in (*(p for rule in RULES for p in rule.patterns), *_FIGURATIVE)
               for a in p.anchors}
    literal = sorted(a for a in anchors if _LITERAL.fullmatch(a))
    finder = re.compile("(?=(" + trie(literal) + "))")
    prefixes = {a: tuple(a[:k] for k in range(1, len(a) + 1) if a[:k] in anchors)
                for a in literal}
    single = {a: re.compile(_expand(a)) for a in anchors}
    regexes = tuple((a, _starts_with(a)) for a in sorted(anchors - set(literal)))
    return finder, prefixes, single, regexes


def _starts_with(anchor: str) -> str:
    """Letters every match of the regex ``anchor`` starts with ("" when it is not plain to
    see): "niet (?:meer|langer) wil" -> "niet ", "mo{1,2}r[dt]" -> "m". A text without
    them cannot hold the anchor, and looking for letters is much quicker than a regex."""
    depth = 0
    for ch in anchor:  # an alternation of the whole anchor has no common start here
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            return ""
    letters = re.match(r"[a-z0-9' ]*", anchor).group()
    if anchor[len(letters):len(letters) + 1] in ("?", "*", "+", "{"):
        letters = letters[:-1]  # the last letter is optional or repeated
    return letters


_FINDER, _PREFIXES, _ANCHOR_REGEX, _REGEX_ANCHORS = _anchor_finder()

# Every (rule, pattern) in rule order, and for each anchor the places in that order of the
# patterns it gates: a text names few anchors, so its patterns are looked up, not all
# 700 asked whether they share an anchor with it (that asking was most of the check of a
# short note).
_PATTERNS: tuple[tuple[Rule, Pattern], ...] = tuple(
    (rule, pattern) for rule in RULES for pattern in rule.patterns)


def _gated_by() -> dict[str, list[int]]:
    places: dict[str, list[int]] = {}
    for place, (_, pattern) in enumerate(_PATTERNS):
        for anchor in pattern.anchors:
            places.setdefault(anchor, []).append(place)
    return places


_GATED_BY = _gated_by()


# A match never reaches further than this from its anchor (words are at most
# 30 characters, a pair of ideas at most twelve words apart), lookaheads included;
# test_detector.py computes each pattern's reach and checks it against these.
_BEFORE = 600
_AFTER = 600
# Nor does it run on past the end of a sentence.
_SENTENCE_END = re.compile(r"[.!?](?=\s)")
# How far either side of a match an ``unless`` pattern is looked for (in its sentence).
_UNLESS_REACH = 150


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
        self._present: frozenset[str] | None = None
        self._windows_cache: dict[object, list[tuple[int, int]]] = {}
        self._sentence_ends: list[int] | None = None
        self._figurative: tuple[list[int], list[int]] | None = None
        self._local_checks = 0
        # A text of one sentence that no match can outreach from any anchor (most notes):
        # every anchor's window is the whole text, so a pattern runs over it without its
        # anchors being looked up again.
        short = len(normalised) <= min(_BEFORE, _AFTER) and not _SENTENCE_END.search(normalised)
        self._whole = [(0, len(normalised))] if short else None
        # Characters handed to pattern regexes. Every repetition in a pattern has a
        # maximum, so the work per character is bounded and this count is the work:
        # the tests check that it grows in step with the text, whatever the text.
        self.scanned = 0

    def _sentences(self) -> list[int]:
        """Offsets just after each sentence-ending . ! or ? (before a space)."""
        if self._sentence_ends is None:
            self._sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        return self._sentence_ends

    def present(self) -> frozenset[str]:
        """The anchors that occur in the text."""
        if self._present is None:
            text = self.text
            found = set()
            for longest in set(_FINDER.findall(text)):
                found.update(_PREFIXES[longest])
            found.update(a for a, letters in _REGEX_ANCHORS
                         if letters in text and _ANCHOR_REGEX[a].search(text))
            self._present = frozenset(found)
        return self._present

    def _anchor_windows(self, anchor: str) -> list[tuple[int, int]]:
        """Merged windows around every occurrence of ``anchor``."""
        cached = self._windows_cache.get(anchor)
        if cached is not None:
            return cached
        windows: list[tuple[int, int]] = []
        if anchor in self.present():
            regex = _ANCHOR_REGEX[anchor]
            ends = self._sentences()
            n = len(self.text)
            pos = 0
            while pos < n and (m := regex.search(self.text, pos)) is not None:
                p = m.start()
                # The sentence around the anchor, but no further than a match
                # can reach from it.
                i = bisect_right(ends, p)
                sentence_end = ends[i] if i < len(ends) else n
                start = max(0, p - _BEFORE, ends[i - 1] if i else 0)
                end = min(sentence_end, p + _AFTER)
                # Windows that only touch meet at a sentence end: kept apart, so
                # that no match runs from one sentence into the next.
                if windows and start < windows[-1][1]:
                    windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
                else:
                    windows.append((start, end))
                # When the window reaches the end of the sentence, later hits in the
                # same sentence add nothing: search on from the next sentence. This
                # keeps the work linear in sentences rather than in hits.
                pos = end if end == sentence_end else p + 1
        self._windows_cache[anchor] = windows
        return windows

    def _windows(self, pattern: Pattern) -> list[tuple[int, int]]:
        if not self.gated:
            # Reference mode for tests: every sentence, no anchors.
            bounds = [0, *self._sentences(), len(self.text)]
            return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
        present = self.present()
        if self._whole is not None:
            return self._whole if any(a in present for a in pattern.anchors) else []
        anchors = [a for a in pattern.anchors if a in present]
        if len(anchors) <= 1:
            return self._anchor_windows(anchors[0]) if anchors else []
        cached = self._windows_cache.get(pattern.anchors)
        if cached is None:
            cached = []
            for start, end in sorted(w for a in anchors for w in self._anchor_windows(a)):
                if cached and start < cached[-1][1]:
                    cached[-1] = (cached[-1][0], max(end, cached[-1][1]))
                else:
                    cached.append((start, end))
            self._windows_cache[pattern.anchors] = cached
        return cached

    def matches(self, pattern: Pattern) -> Iterator[tuple[int, int]]:
        # With pos/endpos, \b and lookbehinds still see the characters
        # before the window, so a window behaves like the whole text.
        for start, end in self._windows(pattern):
            self.scanned += end - start
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
            self.scanned += (hi - lo) * len(_FIGURATIVE)
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

    def is_everyday(self, pattern: Pattern, start: int, end: int) -> bool:
        """Does the pattern's ``unless`` occur in the match's sentence, near the match?"""
        if pattern.unless is None:
            return False
        ends = self._sentences()
        i = bisect_right(ends, start)
        lo = max(0, start - _UNLESS_REACH, ends[i - 1] if i else 0)
        hi = min(len(self.text), end + _UNLESS_REACH, ends[i] if i < len(ends) else len(self.text))
        self.scanned += hi - lo
        return pattern.unless.search(self.text, lo, hi) is not None

    def raw_matches(self) -> Iterator[tuple[int, int, Rule]]:
        """(start, end, rule) in normalised offsets, figurative and everyday uses removed."""
        if self.gated:
            places = sorted({p for a in self.present() for p in _GATED_BY.get(a, ())})
            patterns = [_PATTERNS[p] for p in places]
        else:
            patterns = _PATTERNS
        for rule, pattern in patterns:
            for start, end in self.matches(pattern):
                if not self.is_figurative(start, end) and not self.is_everyday(
                    pattern, start, end
                ):
                    yield start, end, rule


def _rules_fire(normalised: str) -> bool:
    return next(_Scanner(normalised).raw_matches(), None) is not None


def rules_fire(text: str | None) -> bool:
    """True if a rule matches ``text`` (the first layer alone)."""
    checked = _check(text)
    return checked is not None and _rules_fire(normalise(checked, index=False)[0])


def _rule_matches(checked: str, normalised: str, index: list[int] | None) -> list[CrisisMatch]:
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
        o_start, o_end = to_original(checked, index, start, end)
        result.append(CrisisMatch(rule.id, rule.language, o_start, o_end, checked[o_start:o_end]))
    return result


def find_rule_matches(text: str | None) -> list[CrisisMatch]:
    """All rule matches, in text order and never overlapping, with offsets into ``text``."""
    checked = _check(text)
    if checked is None:
        return []
    normalised, index = normalise(checked)
    return _rule_matches(checked, normalised, index)


# --------------------------------------------------------------------------
# Both layers: a rule, or else the model (safety.crisis_model)
# --------------------------------------------------------------------------
MODEL_RULE = "model"


def detect_crisis(text: str | None) -> bool:
    """True if ``text`` speaks of suicide, wanting to be dead or ending one's life:
    a rule matches, or the model's score reaches its threshold."""
    checked = _check(text)
    if checked is None:
        return False
    normalised, _ = normalise(checked, index=False)
    if _rules_fire(normalised):
        return True
    model = crisis_model.load()
    return model.best_window(normalised)[0] >= model.threshold


def find_crisis_phrases(text: str | None) -> list[CrisisMatch]:
    """What raised the card: every rule match, in text order and never overlapping, with
    offsets into ``text``; or, when no rule matched and the model's score reaches its
    threshold, one match with rule ``"model"`` for the passage it scored highest, naming
    its strongest n-grams in ``features``."""
    checked = _check(text)
    if checked is None:
        return []
    normalised, index = normalise(checked)
    matches = _rule_matches(checked, normalised, index)
    if matches:
        return matches
    hit = crisis_model.load().hit(normalised)
    if not hit.flagged:
        return []
    o_start, o_end = to_original(checked, index, hit.start, hit.end)
    return [CrisisMatch(MODEL_RULE, "", o_start, o_end, checked[o_start:o_end], hit.features)]
