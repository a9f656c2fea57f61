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
computed once and kept (``Model._word_shares``, a bounded store); the pairs of words of a
note are looked up all at once, in a sorted array.

How the weights are kept
------------------------
In a worker, as numbers in sorted numpy arrays (``Model``): about 0.74 MB for the 73,000
n-grams of round 20, where dictionaries of strings took 7.6 MB. The file stays a table a
person can read, one n-gram and its weight to a line (``crisis_model_build.dumps``).
"""

from __future__ import annotations

import json
import math
import mmap
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import numpy as np

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
# A run of ".!?;:" or a newline before a space or the end, or a dash between spaces. Written
# to start with one class of characters, so that the regex engine skips every other
# character at C speed (as "[.!?;:\n]+(?=\s|$)|\s-\s", the same matches, it tried each).
_SENTENCE_END = re.compile(r"[.!?;:\n\s](?:(?<=[.!?;:\n])[.!?;:\n]*(?=\s|$)|(?<=\s)-\s)")


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
    """The weights, packed in sorted arrays: 12 bytes or less an n-gram.

    As dictionaries of strings the 73,000 n-grams of round 20 took a worker 7.6 MB (a
    string, a float and a table slot each). Here a letter n-gram is keyed by its exact
    number (``_gram_numbers``), a word by this process's ``hash`` of it and a pair of
    words by the two words' hashes mixed (``_pair_numbers``); Python salts ``hash`` per
    process, so these are computed when the model is read. The weights are kept in
    thousandths, as the file has them, so that a sum of them is exact.
    """

    def __init__(self, data: dict) -> None:
        self.bias: float = data["bias"]
        self.threshold: float = data["threshold"]
        self.meta: dict = data.get("meta", {})
        self._shares: dict[str, int] = {}
        weights = data["weights"]
        self._pack(lambda: ((kind, list(weights[kind]), weights[kind].values())
                            for kind in _KINDS if weights.get(kind)))

    @classmethod
    def read(cls, path: Path) -> Model:
        """The model in the file at ``path``. In the layout ``crisis_model_build.dumps``
        writes (one n-gram a line) the file is mapped, not read into one string, and its
        weights are parsed a block of lines at a time, so that the strings of all n-grams
        are never in memory at once; a file in another layout is read whole (the same
        model, with more memory while reading)."""
        with path.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            head = data.find(_WEIGHTS_START)
            blocks = _blocks(data, head)
            if blocks is None:
                return cls(json.loads(data[:]))
            model = cls({**json.loads(data[:head] + b"}"), "weights": {}})
            sizes = {kind: _lines(data, start, end) for kind, start, end in blocks}
            model._pack(lambda: _block_parts(data, blocks), sizes)
        return model

    def _pack(self, parts, sizes: dict[str, int] | None = None) -> None:
        """Keep the weights in two sorted pairs of arrays; ``parts()`` gives them as
        (kind, keys, weights), a kind in any number of parts, ``sizes`` how many of each
        kind there are (the arrays are made once, at their size)."""
        if sizes is None:
            sizes = {kind: len(keys) for kind, keys, _ in parts()}
        wanted = sizes.get("c", 0), sum(n for kind, n in sizes.items() if kind != "c")
        letters, hashed = _arrays(wanted[0], np.int32), _arrays(wanted[1], np.int64)
        filled = {id(letters): 0, id(hashed): 0}
        for kind, keys, weights in parts():
            if kind == "c":
                into, numbers = letters, _gram_numbers(keys)
                if (numbers < 0).any():
                    raise ValueError(f"not a letter n-gram of {NGRAM_SIZES} letters: "
                                     f"{keys[int(np.argmax(numbers < 0))]!r}")
            else:
                into, numbers = hashed, _key_numbers(kind, keys)
            at = filled[id(into)]
            into[0][at : at + len(keys)] = numbers
            into[1][at : at + len(keys)] = _thousandths(weights)
            filled[id(into)] = at + len(keys)
        if (filled[id(letters)], filled[id(hashed)]) != wanted:
            raise ValueError("the model's blocks of weights are not what their sizes say")
        self._letters, self._hashed = _sort(*letters), _sort(*hashed)
        # For ``_few_pairs``: the same keys and weights as Python sequences (no copy), and
        # where in the keys each 1/2^14 of the numbers starts (64 KB): the keys are hashes,
        # spread evenly, so a number is looked for among three or four keys.
        lowest = (np.arange(_BUCKETS, dtype=np.int64) - _BUCKETS // 2) << _BUCKET_SHIFT
        starts = np.append(np.searchsorted(self._hashed[0], lowest), len(self._hashed[0]))
        self._hashed_seq = (*map(memoryview, self._hashed), memoryview(starts.astype(np.int32)))
        # For ``_few_new_shares``: the letter n-grams' keys and weights as Python sequences,
        # and where the n-grams of each size and first two letters start (21 KB): a few
        # dozen keys to look among at most, often none.
        first_two = np.arange(_BASE * _BASE + 1, dtype=np.int64)
        bounds = np.concatenate([first_two * _BASE ** (size - 2) for size in NGRAM_SIZES])
        self._letters_seq = (*map(memoryview, self._letters),
                             memoryview(np.searchsorted(self._letters[0], bounds).astype(np.int32)))
        # Two of the model's words or pairs with one 64-bit number (about one process start
        # in 10^10): that number's weight is looked up by the feature's name instead.
        keys = self._hashed[0]
        twice = set(keys[1:][keys[1:] == keys[:-1]].tolist())
        self._collided: dict[int, dict[str, int]] = {}
        for kind, keys_, weights in parts() if twice else ():
            if kind != "c":
                numbers_ = _key_numbers(kind, keys_).tolist()
                for key, number, weight in zip(keys_, numbers_, weights, strict=True):
                    if number in twice:
                        self._collided.setdefault(number, {})[f"{kind}:{key}"] = round(weight * 1000)

    def _find_hashed(self, numbers: np.ndarray, name) -> list[int]:
        """The weights (thousandths) of words and pairs by their numbers; ``name(i)`` is
        the feature of ``numbers[i]``, asked for only if that number is one of two."""
        milli = _find(*self._hashed, numbers).tolist()
        if self._collided:
            for i in np.flatnonzero(np.isin(numbers, list(self._collided))).tolist():
                milli[i] = self._collided[int(numbers[i])].get(name(i), 0)
        return milli

    def weights(self, found: list[str]) -> list[float]:
        """The weight of each feature of ``found`` (named as ``features`` names them),
        0.0 for one the model does not have."""
        milli = [0] * len(found)
        letters = [i for i, f in enumerate(found) if f[0] == "c"]
        hashed = [i for i, f in enumerate(found) if f[0] != "c"]
        numbers = _gram_numbers([found[i][2:] for i in letters])
        for i, weight in zip(letters, _find(*self._letters, numbers).tolist(), strict=True):
            milli[i] = weight
        numbers = np.zeros(len(hashed), np.int64)
        for kind in "wbs":
            of_kind = [j for j, i in enumerate(hashed) if found[i][0] == kind]
            numbers[of_kind] = _key_numbers(kind, [found[hashed[j]][2:] for j in of_kind])
        weights = self._find_hashed(numbers, lambda j: found[hashed[j]])
        for i, weight in zip(hashed, weights, strict=True):
            milli[i] = weight
        return [m / 1000 for m in milli]

    def weight(self, feature: str) -> float:
        return self.weights([feature])[0]

    def _new_shares(self, words: list[str]) -> list[int]:
        """Each word's share of a score (its weight and its letter n-grams', thousandths),
        all words at once: the words marked and joined, a number for each stretch of 3,
        4 and 5 characters, kept where it stays inside its word."""
        n = len(words)
        spans = np.fromiter(map(len, words), np.int64, n) + 2
        digits = _digits("<" + "><".join(words) + ">")
        room = np.repeat(np.cumsum(spans), spans) - np.arange(len(digits))
        owner = np.repeat(np.arange(n), spans)
        numbers, owners = [], []
        grams = digits
        for size in range(1, max(NGRAM_SIZES) + 1):
            if size > 1:
                grams = grams[:-1] * _BASE + digits[size - 1 :]
            if size in NGRAM_SIZES:
                inside = room[: len(grams)] >= size
                numbers.append(grams[inside])
                owners.append(owner[: len(grams)][inside])
        letters = _find(*self._letters, np.concatenate(numbers))
        shares = np.bincount(np.concatenate(owners), weights=letters, minlength=n)
        own = self._find_hashed(_hashes(words), lambda i: f"w:{words[i]}")
        return [round(s) + w for s, w in zip(shares.tolist(), own, strict=True)]

    def _few_new_shares(self, words: list[str]) -> list[int]:
        """``_new_shares`` for a few words, one n-gram at a time (a bisection among a few
        keys each): for one or two new words numpy's thirty-odd calls cost several times
        that. The same numbers, sums and weights. Written for ``NGRAM_SIZES`` 3, 4 and 5
        (test_crisis_model.py compares the two on every word of the tuning table)."""
        keys, weights, starts = self._letters_seq
        row = _BASE * _BASE + 1
        shares = []
        for word in words:
            total = self._hashed_weight(_hash(word), lambda word=word: f"w:{word}")
            digits = [_DIGIT_OF.get(ch, _OTHER) for ch in f"<{word}>"]
            end = len(digits)
            for i in range(end - 2):
                # The n-grams of 3, 4 and 5 letters from here: each number is the one before
                # with a digit more; the keys to look among are those of its size and first
                # two letters.
                number = first_two = digits[i] * _BASE + digits[i + 1]
                for size, last in enumerate(range(i + 2, min(i + 5, end))):
                    number = number * _BASE + digits[last]
                    place = size * row + first_two
                    lo, hi = starts[place], starts[place + 1]
                    if lo < hi:
                        at = bisect_left(keys, number, lo, hi)
                        if at < hi and keys[at] == number:
                            total += weights[at]
            shares.append(total)
        return shares

    def _hashed_weight(self, number: int, name) -> int:
        """The weight (thousandths) of one word or pair by its number, as ``_find_hashed``
        gives it; ``name()`` is its feature, asked for only if that number is one of two."""
        if self._collided and number in self._collided:
            return self._collided[number].get(name(), 0)
        return self._look_up(number)

    def _look_up(self, number: int) -> int:
        """The weight of the word or pair with this number, 0 if the model has none."""
        keys, weights, starts = self._hashed_seq
        bucket = (number >> _BUCKET_SHIFT) + _BUCKETS // 2
        end = starts[bucket + 1]
        at = bisect_left(keys, number, starts[bucket], end)
        return weights[at] if at < end and keys[at] == number else 0

    def _word_shares(self, words: list[str]) -> list[int]:
        """Each word's share, from the store of words seen before or computed (and kept)."""
        get = self._shares.get
        shares = [get(w) for w in words]
        if None in shares:
            new = list(dict.fromkeys(w for w, s in zip(words, shares, strict=True) if s is None))
            few = sum(map(len, new)) <= FEW_LETTERS
            learned = dict(zip(new, (self._few_new_shares if few else self._new_shares)(new),
                               strict=True))
            shares = [learned[w] if s is None else s for w, s in zip(words, shares, strict=True)]
            kept = self._shares
            kept.update(learned)
            if len(kept) > SHARES_KEPT:  # a bound on memory, whatever people write
                for word in list(islice(kept, len(kept) - SHARES_KEPT // 2)):
                    del kept[word]
        return shares

    def _few_pairs(self, words: list[str]) -> list[int]:
        """``_pairs`` for a few words, each pair looked up alone: for a note of a few words
        numpy's calls on arrays of two or three numbers cost several times the work itself.
        The numbers are ``_pair_numbers``', made with Python's integers, wrapped to 64 bits."""
        hashes = list(map(_hash, words))
        collided, look_up = self._collided, self._look_up
        found = []
        for kind, gap in (("b", 1), ("s", 2)):
            mix = _MIX[kind]
            for i in range(len(words) - gap):
                number = (hashes[i] * mix ^ hashes[i + gap]) & _BITS64
                if number >= _SIGN64:
                    number -= 1 << 64
                if collided and number in collided:
                    found.append(collided[number].get(f"{kind}:{words[i]} {words[i + gap]}", 0))
                else:
                    found.append(look_up(number))
        return found

    def _sums(self, words: list[str]) -> tuple[list[int], list[int]]:
        """For a run of ``n`` words: each word's share (thousandths), and the weights of
        its pairs: at ``i - 1`` the pair of words i-1 and i (``b:``), at ``n - 1 + i - 2``
        the pair of words i-2 and i (``s:``)."""
        pairs = self._few_pairs if len(words) <= FEW_WORDS else self._pairs
        return self._word_shares(words), pairs(words)

    def _pairs(self, words: list[str]) -> list[int]:
        """The weights of the pairs of ``words`` (``_sums``), all looked up at once."""
        n = len(words)
        hashes = _hashes(words)
        numbers = np.concatenate([_pair_numbers("b", hashes[:-1], hashes[1:]),
                                  _pair_numbers("s", hashes[:-2], hashes[2:])])

        def name(i):
            gap, first = (1, i) if i < n - 1 else (2, i - n + 1)
            return f"{'bs'[gap - 1]}:{words[first]} {words[first + gap]}"

        return self._find_hashed(numbers, name)

    def _score(self, total: int, count: int) -> float:
        # The model was trained on vectors of length one, so that a long row and a short
        # one weigh alike: the sum is divided by the square root of the number of features.
        return self.bias + total / 1000 / math.sqrt(count)

    def window_score(self, words: list[str]) -> float:
        if not words:
            return float("-inf")
        shares, pairs = self._sums(words)
        return self._score(sum(shares) + sum(pairs), _count(list(map(len, words))))

    def best_window(self, normalised: str) -> tuple[float, int, int, list[str]]:
        """The highest-scoring window of ``windows``: (score, start, end, words), -inf
        without words. The words and pairs of the whole text are looked up at once; each
        sentence is summed once; a pair of sentences adds their sums and the pairs of
        words where they meet."""
        best = (float("-inf"), 0, 0, [])
        found = sentences(normalised)
        if not found:
            return best
        every = [w for *_, words in found for w in words]
        shares, pairs = self._sums(every)
        lengths = list(map(len, every))
        skips = len(shares) - 3  # pairs[skips + i]: the pair of words i-2 and i
        previous = None
        lo = 0
        for start, end, words in found:
            n = len(words)
            hi = lo + n
            total = sum(shares[lo:hi]) + sum(pairs[lo : hi - 1]) + sum(pairs[skips + lo + 2 : skips + hi])
            count = _count(lengths[lo:hi])
            score = self._score(total, count)
            if score > best[0]:
                best = (score, start, end, words)
            if previous is not None and len(previous[2]) + n <= MAX_WORDS:
                p_start, _, p_words, p_total, p_count = previous
                # Across where they meet: the pair, and the pairs with one word between.
                more, extra = pairs[lo - 1], 1
                if len(p_words) > 1:
                    more, extra = more + pairs[skips + lo], extra + 1
                if n > 1:
                    more, extra = more + pairs[skips + lo + 1], extra + 1
                score = self._score(p_total + total + more, p_count + count + extra)
                if score > best[0]:
                    best = (score, p_start, end, p_words + words)
            previous = (start, end, words, total, count)
            lo = hi
        return best

    def explain(self, words: list[str], top: int = 5) -> tuple[tuple[str, float], ...]:
        """The features of ``words`` that raise its score most: (feature, share of the
        score), strongest first. "w:" is a word, "b:" a pair of words, "s:" a pair with
        one word between, "c:" letters of a word ("<" and ">" mark its edges)."""
        found = features(words)
        scale = 1 / math.sqrt(len(found) or 1)
        contributions: dict[str, float] = {}
        for feature, weight in zip(found, self.weights(found), strict=True):
            contributions[feature] = contributions.get(feature, 0.0) + weight
        raised = sorted((item for item in contributions.items() if item[1] > 0),
                        key=lambda item: (-item[1], item[0]))
        return tuple((f, round(w * scale, 3)) for f, w in raised[:top])

    def hit(self, normalised: str) -> ModelHit:
        score, start, end, words = self.best_window(normalised)
        return ModelHit(score, self.threshold, start, end, self.explain(words))


def _count(lengths: list[int]) -> int:
    """The number of features of a run of words of ``lengths``: for a word of L letters
    itself and L, L-1 and L-2 letter n-grams of 3, 4 and 5 (2 for one letter), and the
    pairs."""
    n = len(lengths)
    return 3 * sum(lengths) - 2 * n + lengths.count(1) + n - 1 + max(n - 2, 0)


# Up to this many words a text's pairs are looked up one at a time (``Model._few_pairs``),
# beyond it all at once with numpy: the two take about as long at about this size
# (callgrind, December 2026: 3 words 28 against 69 K instructions, 6 words 68 against 72 K).
FEW_WORDS = 6
_BITS64, _SIGN64 = (1 << 64) - 1, 1 << 63
_BUCKETS, _BUCKET_SHIFT = 1 << 14, 64 - 14
# New words of at most this many letters in all get their shares one n-gram at a time
# (``Model._few_new_shares``), more all at once with numpy: about where the two meet (8
# letters 210 against 276 K instructions, 16 letters 364 against 286 K; in process time
# 17 against 35 µs and 31 against 38 µs).
FEW_LETTERS = 12

# Words whose share is kept once computed (``Model._word_shares``): about 120 bytes each
# (the word, an int, a slot), so at most about 0.5 MB; when full the older half goes.
SHARES_KEPT = 4096

# --------------------------------------------------------------------------
# Packing: numbers for n-grams, sorted arrays, the file read in parts
# --------------------------------------------------------------------------
_KINDS = "wbsc"
_hash = hash

# A letter n-gram's number: each character a digit in base 41, 1 to 39 for the characters
# a word can have ("<" and ">" mark its edges), 40 for any other. No digit is 0, so grams
# of different lengths never share a number, and five digits fit in 32 bits. Unlike a hash
# the number is exact: it never takes one n-gram for another.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789'<>"
_OTHER = len(_ALPHABET) + 1
_BASE = _OTHER + 1
_DIGIT = np.full(128, _OTHER, np.int32)
_DIGIT[[ord(ch) for ch in _ALPHABET]] = np.arange(1, len(_ALPHABET) + 1)
_DIGIT_OF = {ch: digit for digit, ch in enumerate(_ALPHABET, 1)}


def _digits(text: str) -> np.ndarray:
    """Each character of ``text`` as its digit (``_OTHER`` beyond ASCII)."""
    return _DIGIT[np.minimum(np.frombuffer(text.encode("utf-32-le"), np.uint32), 127)]


def _gram_numbers(grams: list[str]) -> np.ndarray:
    """The number of each letter n-gram of ``grams``; -1 for one of another length."""
    lengths = np.fromiter(map(len, grams), np.int64, len(grams))
    digits = _digits("".join(grams))
    starts = np.cumsum(lengths) - lengths
    numbers = np.zeros(len(grams), np.int32)
    for place in range(max(NGRAM_SIZES)):
        longer = np.flatnonzero(lengths > place)
        numbers[longer] = numbers[longer] * _BASE + digits[starts[longer] + place]
    numbers[~np.isin(lengths, NGRAM_SIZES)] = -1
    return numbers


def _hashes(strings) -> np.ndarray:
    return np.fromiter(map(_hash, strings), np.int64, len(strings))


# A pair's number: its first word's hash times the kind's odd number, xor the second's
# (wrapping at 64 bits). For each first word this maps second words one to one, and for
# random hashes two pairs share a number with chance 2^-64, as two strings' hashes do.
_MIX = {"b": 0x2545F4914F6CDD1D, "s": 0x1B873593CC9E2D51}


def _pair_numbers(kind: str, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return first * _MIX[kind] ^ second


def _key_numbers(kind: str, keys: list[str]) -> np.ndarray:
    """The numbers of words ("w") or pairs ("b", "s": two words and a space) by name."""
    if kind == "w" or not keys:
        return _hashes(keys)
    words = " ".join(keys).split(" ")
    first, second = words[0::2], words[1::2]
    if len(words) != 2 * len(keys) or any(
            len(a) + len(b) + 1 != len(key) for a, b, key in zip(first, second, keys, strict=True)):
        raise ValueError(f"a pair of the model is not two words: {kind}")
    return _pair_numbers(kind, _hashes(first), _hashes(second))


def _thousandths(weights) -> np.ndarray:
    """Weights with at most three decimals (as the build rounds them) as whole thousandths."""
    values = np.fromiter(weights, np.float64) * 1000
    milli = np.rint(values)
    if (np.abs(values - milli) > 1e-6).any() or (np.abs(milli) >= 2**31).any():
        raise ValueError("the model's weights must be whole thousandths")
    return milli.astype(np.int32)


def _arrays(size: int, dtype) -> tuple[np.ndarray, np.ndarray]:
    """Keys and weights for ``size`` n-grams; an empty kind gets one key no n-gram has."""
    if not size:
        return np.array([-1], dtype), np.zeros(1, np.int32)
    return np.empty(size, dtype), np.empty(size, np.int32)


def _sort(keys: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Keys and weights by key; the weights in 16 bits when they fit (|w| < 32.768: all so
    far, the largest is about 9), which saves 2 bytes an n-gram."""
    order = np.argsort(keys, kind="stable")
    weights = weights[order]
    if np.abs(weights).max() < 2**15:
        weights = weights.astype(np.int16)
    return keys[order], weights


def _find(keys: np.ndarray, weights: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """The weight of each of ``wanted`` in sorted ``keys``, 0 where it is not there."""
    places = np.searchsorted(keys, wanted)
    return weights.take(places, mode="clip") * (keys.take(places, mode="clip") == wanted)


# The layout ``crisis_model_build.dumps`` writes: the weights last, a block for each kind
# of feature, one n-gram a line.
_WEIGHTS_START = b',\n "weights": {\n'
_BLOCK_START = re.compile(rb'  "([a-z])": \{(\}?),?\n')
# About 16 KB of lines at a time: the strings and floats of one part are freed before the
# next is read, so the memory they took is used again instead of left in pieces (64 KB
# left a worker 0.4 MB more after reading, 8 KB no less than 16).
_PART = 16_384


def _blocks(data, head: int) -> list[tuple[str, int, int]] | None:
    """(kind, start, end) of each block of weights in ``data``; None for another layout."""
    if head < 0:
        return None
    blocks, pos = [], head + len(_WEIGHTS_START)
    while (match := _BLOCK_START.match(data, pos)) is not None:
        pos = match.end()
        if match.group(2):  # "{}": a kind without weights
            continue
        kind, end = match.group(1).decode(), data.find(b"\n  }", pos)
        if kind not in _KINDS or end < 0:
            return None
        blocks.append((kind, pos, end))
        pos = end + len(b"\n  }")
        pos += data[pos : pos + 1] == b","
        pos += data[pos : pos + 1] == b"\n"
    return blocks if data[pos:] == b" }\n}\n" else None


def _lines(data, start: int, end: int) -> int:
    """The number of lines from ``start`` to ``end`` (no line end there), counted a
    part at a time."""
    return 1 + sum(data[pos : min(pos + _PART, end)].count(b"\n") for pos in range(start, end, _PART))


def _block_parts(data, blocks):
    """(kind, keys, weights) of about ``_PART`` bytes of lines at a time."""
    for kind, start, end in blocks:
        pos = start
        while pos < end:
            stop = data.find(b"\n", min(pos + _PART, end))
            part = json.loads(b"{" + data[pos:stop].rstrip(b",") + b"}")
            yield kind, list(part), part.values()
            pos = stop + 1


_MODEL: Model | None = None


def load() -> Model:
    """The shipped model, read once per process on first use (never at start-up)."""
    global _MODEL
    if _MODEL is None:
        _MODEL = Model.read(MODEL_PATH)
    return _MODEL


def score_text(text: str, model: Model | None = None) -> float:
    """The model's score for a raw text (``-inf`` when it has no words)."""
    normalised, _ = normalise(text, index=False)
    return (model or load()).best_window(normalised)[0]
