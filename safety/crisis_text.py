"""How the crisis detector reads a text before matching it, and how it finds its way back.

1. Folded: lower case, no diacritics (suïcide -> suicide), ASCII quotes and dashes, every
   kind of whitespace one plain space, invisible characters dropped.
2. Written out: chat spellings become words ("k wil" -> "ik wil", "gwn" -> "gewoon",
   "dont" -> "don't", "kwil" -> "ik wil", "want 2 die" -> "want to die"), and letters
   repeated three or more times are cut to two ("dooooood" -> "dood").

``normalise`` returns the new text with a map from each of its positions to one in the
original, so that ``to_original`` turns a match back into what the person typed. The
rules (``safety.crisis_rules``) are written against the normalised text. Every regex here
runs once over the text, and none reads a stretch twice, so the work is linear in its
length.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from safety.crisis_rules import INFORMAL, K_VERBS

__all__ = ["normalise", "to_original", "trie"]


def trie(words: list[str]) -> str:
    """One regex for many literal words that tries the longest first, letter by letter."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(tree)


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



def _fold(text: str) -> tuple[str, list[int] | None]:
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


# Chat spellings, with the "k" of "ik" written against the verb ("kwil" -> "ik wil").
_CHAT = {**INFORMAL, **{"k" + verb: "ik " + verb for verb in K_VERBS}, "2": "to"}
_CHAT_TOKEN = re.compile(r"(?<![a-z0-9'/])(?:" + trie(sorted(_CHAT)) + r")(?![a-z0-9'/])")
# A letter typed three times or more ("dooooood", "dieee"), and the word around it. The
# word must start after a non-letter: otherwise a long word without a run would be read
# again from each of its letters (quadratic: 40,000 letters took 15 seconds).
_RUN = re.compile(r"([a-z])\1\1+")
_RUN_TOKEN = re.compile(r"(?<![a-z'])[a-z']*?([a-z])\1\1[a-z']*")
# Any whitespace other than one plain space: newlines, tabs, runs of spaces.
_ODD_SPACE = re.compile(r"\s{2,}|[^\S ]")


def _edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every chat spelling and odd space, in text order."""
    edits = [(m.start(), m.end(), " ") for m in _ODD_SPACE.finditer(text)]
    for m in _CHAT_TOKEN.finditer(text):
        token = m.group()
        # "want 2 die", but "2 pillen" stays a number: only between two words.
        if token == "2" and not (
            m.start() >= 2
            and text[m.start() - 2].isalpha()
            and text[m.end() + 1 : m.end() + 2].isalpha()
        ):
            continue
        edits.append((m.start(), m.end(), _CHAT[token]))
    if _RUN.search(text):
        for m in _RUN_TOKEN.finditer(text):
            collapsed = _RUN.sub(r"\1\1", m.group())
            edits.append((m.start(), m.end(), _CHAT.get(collapsed, collapsed)))
    return sorted(edits)


def _apply(text: str, edits: list[tuple[int, int, str]], *, index: bool) -> tuple[str, list[int] | None]:
    """Make the edits; with ``index``, also map each new position to one in ``text``."""
    pieces: list[str] = []
    where: list[int] = []
    previous = 0
    for start, end, word in edits:
        if start < previous:  # a repeated letter inside a chat spelling: already done
            continue
        pieces += (text[previous:start], word)
        if index:
            where.extend(range(previous, start))
            # Spread the new letters over the old ones: the first maps to the first
            # and the last to the last, so a match that starts or ends here keeps
            # whole words.
            last, width = len(word) - 1, end - start - 1
            where.extend(start + (i * width) // last if last else start for i in range(len(word)))
        previous = end
    pieces.append(text[previous:])
    if index:
        where.extend(range(previous, len(text)))
    return "".join(pieces), where if index else None


def normalise(text: str, *, index: bool = True) -> tuple[str, list[int] | None]:
    """Fold ``text`` and write it out; the map (None for the identity) leads back to it.

    Without ``index`` the map is not built (detect_crisis needs no offsets) and None
    is returned in its place.
    """
    folded, fold_index = _fold(text)
    edits = _edits(folded)
    if not edits:
        return folded, fold_index
    normalised, edit_index = _apply(folded, edits, index=index)
    if edit_index is None or fold_index is None:
        return normalised, edit_index
    return normalised, [fold_index[i] for i in edit_index]


def to_original(text: str, index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    """The span of ``text`` that normalised to ``start:end``, with ``index`` from normalise."""
    if index is None:
        return start, end
    o_start = index[start]
    o_end = index[end - 1] + 1
    # Take along characters after the last letter that folded away (a
    # combining accent), so that the excerpt shows the whole word.
    while o_end < len(text) and ord(text[o_end]) > 127 and _fold_char(text[o_end]) == "":
        o_end += 1
    return o_start, o_end
