"""The crisis detector's second layer: a small model over word and letter n-grams.

The rules (``safety.detector``) name the ideas; people put the same ideas in words no rule
foresaw. This layer is a logistic regression trained on the project's own labelled rows
(``safety/crisis_model_build.py``, ``wagenmenner build-crisis-model``) and stored as a
readable table of n-grams and weights (``safety/crisis_model.json``). It is explainable by
construction: a text's score is the bias plus the sum of the weights of the n-grams it
contains, so a flag names the n-grams that raised it and by how much.

How a text is scored
--------------------
The text is read as the rules read it (``safety.crisis_text.normalise``), cut into
sentences, and long sentences into pieces of at most ``MAX_WORDS`` words. Each sentence is
scored alone and together with the next one (a phrase split over two sentences: "ik stop
ermee. met alles."); the text's score is the highest. So a long note is judged by its
darkest passage, not by its length.

Features of one word do not depend on its neighbours, so each word's share of the score is
computed once and kept (``_word_share``); a note then costs about three dictionary lookups
per word (the word, the pair it ends, the pair with one word between).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from safety.crisis_text import normalise

__all__ = ["MODEL_PATH", "Model", "ModelHit", "features", "load", "score_text", "sentences", "windows"]

MODEL_PATH = Path(__file__).resolve().parent / "crisis_model.json"

# A sentence longer than this is scored in overlapping pieces of this many words; longer
# stretches would let many small weights add up to a flag.
MAX_WORDS = 30
_STEP = MAX_WORDS // 2
# Letter n-grams of each word with its edges marked: "<dood>" -> "<do", "doo", ...
NGRAM_SIZES = (3, 4, 5)

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SENTENCE_END = re.compile(r"[.!?;:\n]+(?=\s|$)|\s-\s")


def word_features(word: str) -> list[str]:
    """The features one word brings: the word itself and its letter n-grams."""
    marked = f"<{word}>"
    grams = [f"w:{word}"]
    for n in NGRAM_SIZES:
        grams.extend("c:" + marked[i : i + n] for i in range(len(marked) - n + 1))
    return grams


def features(words: list[str]) -> list[str]:
    """Every feature of a run of words (repeats counted), as the model was trained on:
    each word's own, each pair of neighbours ("b:"), each pair with one word between
    ("s:", for "ik wil echt niet meer" as for "ik wil niet meer")."""
    found = []
    for word in words:
        found.extend(word_features(word))
    found.extend(f"b:{a} {b}" for a, b in zip(words, words[1:], strict=False))
    found.extend(f"s:{a} {b}" for a, b in zip(words, words[2:], strict=False))
    return found


def sentences(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of each sentence of a normalised text, long ones in pieces."""
    found = []
    pos = 0
    for stop, after in [*(m.span() for m in _SENTENCE_END.finditer(text)), (len(text), 0)]:
        words = _WORD.findall(text, pos, stop)
        if len(words) > MAX_WORDS:
            spans = list(_WORD.finditer(text, pos, stop))
            for i in range(0, len(spans) - _STEP, _STEP):
                piece = spans[i : i + MAX_WORDS]
                found.append((piece[0].start(), piece[-1].end(), [m.group() for m in piece]))
        elif words:
            while text[pos] == " ":
                pos += 1
            found.append((pos, stop, words))
        pos = after
    return found


def windows(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, words) of the runs a normalised text is scored on: its sentences,
    pieces of long ones, and each sentence together with the next."""
    alone = sentences(text)
    pairs = [(a[0], b[1], a[2] + b[2]) for a, b in zip(alone, alone[1:], strict=False)
             if len(a[2]) + len(b[2]) <= MAX_WORDS]
    return alone + pairs


@dataclass(frozen=True, slots=True)
class ModelHit:
    """The model's verdict on a text: its score, the words scored, and why."""

    score: float
    threshold: float
    # The window in the normalised text.
    start: int
    end: int
    # (feature, weight) of the features that raised the score most, strongest first.
    features: tuple[tuple[str, float], ...]

    @property
    def flagged(self) -> bool:
        return self.score >= self.threshold


class Model:
    def __init__(self, data: dict) -> None:
        self.bias: float = data["bias"]
        self.threshold: float = data["threshold"]
        self.meta: dict = data.get("meta", {})
        # One table per kind of feature ("w", "b", "s", "c"), keyed without the kind's
        # prefix, as stored: looking up a slice of a word then needs no new string, and
        # reading the file makes no second copy.
        self._tables: dict[str, dict[str, float]] = data["weights"]
        for kind in "wbsc":
            self._tables.setdefault(kind, {})
        self._shares: dict[str, tuple[float, int]] = {}

    def weight(self, feature: str) -> float:
        return self._tables[feature[0]].get(feature[2:], 0.0)

    def _word_share(self, word: str) -> tuple[float, int]:
        """The sum of the weights of one word's features, and how many there are."""
        share = self._shares.get(word)
        if share is None:
            chars = self._tables["c"].get
            marked = f"<{word}>"
            total, count = self._tables["w"].get(word, 0.0), 1
            for n in NGRAM_SIZES:
                last = len(marked) - n + 1
                if last > 0:
                    total += sum(chars(marked[i : i + n], 0.0) for i in range(last))
                    count += last
            share = (total, count)
            if len(self._shares) > 50_000:  # a bound on memory, whatever people write
                self._shares.clear()
            self._shares[word] = share
        return share

    def _run(self, words: list[str]) -> tuple[float, int]:
        """The sum of the weights of a run's features, and how many there are."""
        total, count = 0.0, 0
        for word in words:
            share, n = self._word_share(word)
            total += share
            count += n
        pairs, skips = self._tables["b"].get, self._tables["s"].get
        for i in range(1, len(words)):
            total += pairs(f"{words[i - 1]} {words[i]}", 0.0)
            count += 1
            if i >= 2:
                total += skips(f"{words[i - 2]} {words[i]}", 0.0)
                count += 1
        return total, count

    def _across(self, first: list[str], second: list[str]) -> tuple[float, int]:
        """The pairs that two runs side by side add: those across where they meet."""
        crossing = [("b", first[-1], second[0])]
        if len(first) > 1:
            crossing.append(("s", first[-2], second[0]))
        if len(second) > 1:
            crossing.append(("s", first[-1], second[1]))
        tables = self._tables
        return sum(tables[k].get(f"{a} {b}", 0.0) for k, a, b in crossing), len(crossing)

    def _score(self, total: float, count: int) -> float:
        # The model was trained on vectors of length one, so that a long row and a short
        # one weigh alike: the sum is divided by the square root of the number of features.
        return self.bias + total / math.sqrt(count)

    def window_score(self, words: list[str]) -> float:
        return self._score(*self._run(words)) if words else float("-inf")

    def best_window(self, normalised: str) -> tuple[float, int, int, list[str]]:
        """The highest-scoring window of ``windows``: (score, start, end, words), -inf
        without words. Each sentence is summed once; a pair adds two sums and the pair of
        words where they meet."""
        best = (float("-inf"), 0, 0, [])
        previous = None
        for start, end, words in sentences(normalised):
            total, count = self._run(words)
            score = self._score(total, count)
            if score > best[0]:
                best = (score, start, end, words)
            if previous is not None and len(previous[2]) + len(words) <= MAX_WORDS:
                p_start, _, p_words, p_total, p_count = previous
                more, extra = self._across(p_words, words)
                score = self._score(p_total + total + more, p_count + count + extra)
                if score > best[0]:
                    best = (score, p_start, end, p_words + words)
            previous = (start, end, words, total, count)
        return best

    def explain(self, words: list[str], top: int = 5) -> tuple[tuple[str, float], ...]:
        """The features of ``words`` that raise its score most: (feature, share of the
        score), strongest first. "w:" is a word, "b:" a pair of words, "s:" a pair with
        one word between, "c:" letters of a word ("<" and ">" mark its edges)."""
        found = features(words)
        scale = 1 / math.sqrt(len(found) or 1)
        contributions: dict[str, float] = {}
        for feature in found:
            contributions[feature] = contributions.get(feature, 0.0) + self.weight(feature)
        raised = sorted((item for item in contributions.items() if item[1] > 0),
                        key=lambda item: (-item[1], item[0]))
        return tuple((f, round(w * scale, 3)) for f, w in raised[:top])

    def hit(self, normalised: str) -> ModelHit:
        score, start, end, words = self.best_window(normalised)
        return ModelHit(score, self.threshold, start, end, self.explain(words))


_MODEL: Model | None = None


def _read(path: Path) -> dict:
    """The model file's data, with one float object per distinct weight.

    The weights are rounded to three decimals, so some 60,000 features share a few
    thousand values; json would make a float object (24 bytes) for each. Sharing them
    keeps a worker's resident memory for the model about 1.6 MB lower (8.4 -> 6.8 MB for
    round 19's file) for about 8 ms more CPU, once."""
    pool: dict[str, float] = {}

    def shared(text: str) -> float:
        value = pool.get(text)
        if value is None:
            value = pool[text] = float(text)
        return value

    return json.loads(path.read_text(encoding="utf-8"), parse_float=shared)


def load() -> Model:
    """The shipped model, read once per process on first use (never at start-up)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = Model(_read(MODEL_PATH))
    return _MODEL


def score_text(text: str, model: Model | None = None) -> float:
    """The model's score for a raw text (``-inf`` when it has no words)."""
    normalised, _ = normalise(text, index=False)
    return (model or load()).best_window(normalised)[0]
