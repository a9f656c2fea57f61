"""Scoring of the self-check "Hoe erg is het? / How bad is it?" (METHOD.md 4.8).

Plain Python, no Django. Content lives in ``selfcheck.items``.

Rules (fixed, so results can be checked and compared over time):
- ``answers`` maps item keys to values 0..4 on ``items.SCALE``. An item that is
  left out counts as not answered; there is no other way to skip an item.
- A reverse-keyed item counts as ``4 - value``, so for every dimension a higher
  score means more difficulty.
- A dimension's score is the mean of its answered items × 25, a number from 0
  to 100, rounded half up to one decimal.
- A dimension with fewer than ceil(60 %) of its items answered (3 of 5) has
  no score: ``None``, never 0.
- Scores and bands are descriptive. They are not a diagnosis.

Errors: a wrong value (out of range, unknown key) raises ValueError, a wrong
type (bool, float, str, None where a number is needed) raises TypeError. The
messages are the ``ERROR_*`` constants below, so tests and callers can match
them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction

from selfcheck.items import (
    DIMENSIONS,
    DIMENSIONS_BY_KEY,
    ITEMS,
    ITEMS_BY_KEY,
    PHYSICAL_VIOLENCE_ITEM,
    SCALE_MAX,
    SCALE_MIN,
)

SCORE_MIN = 0.0
SCORE_MAX = 100.0

# Share of a dimension's items that must be answered for it to get a score.
MIN_ANSWERED_SHARE = Fraction(3, 5)

# start_with(): only dimensions scoring at least this are suggested.
START_WITH_THRESHOLD = 50.0

# violence_signalled(): from this anger score on, the result brings up where to get help.
ANGER_HIGH = 75.0

# band(): upper bounds (exclusive) of the descriptive bands.
BANDS = (
    ("low", 25.0),
    ("some", 50.0),
    ("considerable", 75.0),
    ("high", math.inf),
)

ERROR_UNKNOWN_ITEM = "Unknown self-check item {key!r}."
ERROR_VALUE_NOT_INTEGER = (
    "Answer to self-check item {key!r} must be a whole number from "
    f"{SCALE_MIN} to {SCALE_MAX}, got {{value!r}}."
)
ERROR_VALUE_OUT_OF_RANGE = (
    f"Answer to self-check item {{key!r}} must be from {SCALE_MIN} to "
    f"{SCALE_MAX}, got {{value!r}}."
)
ERROR_UNKNOWN_DIMENSION = "Unknown self-check dimension {key!r}."
ERROR_SCORE_NOT_A_NUMBER = (
    "Score for dimension {key!r} must be None or a number, got {value!r}."
)
ERROR_SCORE_OUT_OF_RANGE = (
    f"Score for dimension {{key!r}} must be from {SCORE_MIN:g} to "
    f"{SCORE_MAX:g}, got {{value!r}}."
)
ERROR_BAND_NOT_A_NUMBER = "band() needs a score (a number), got {value!r}."
ERROR_BAND_OUT_OF_RANGE = (
    f"band() needs a score from {SCORE_MIN:g} to {SCORE_MAX:g}, got {{value!r}}."
)
ERROR_NEGATIVE_N = "start_with() needs n >= 0, got {n!r}."

_ITEMS_PER_DIMENSION = {
    dimension.key: tuple(item for item in ITEMS if item.dimension == dimension.key)
    for dimension in DIMENSIONS
}


def min_answered(item_count: int) -> int:
    """How many of ``item_count`` items must be answered for a score."""
    return math.ceil(MIN_ANSWERED_SHARE * item_count)


def _round_half_up(value: Fraction) -> float:
    """Round an exact value half up to one decimal (6.25 -> 6.3)."""
    return math.floor(value * 10 + Fraction(1, 2)) / 10


def _validate_answers(answers: Mapping[str, int]) -> None:
    for key, value in answers.items():
        if key not in ITEMS_BY_KEY:
            raise ValueError(ERROR_UNKNOWN_ITEM.format(key=key))
        # bool is an int subclass; True/False are not answers on the scale.
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(ERROR_VALUE_NOT_INTEGER.format(key=key, value=value))
        if not SCALE_MIN <= value <= SCALE_MAX:
            raise ValueError(ERROR_VALUE_OUT_OF_RANGE.format(key=key, value=value))


def score(answers: Mapping[str, int]) -> dict[str, float | None]:
    """Score per dimension, 0..100 (higher = more difficulty), or None.

    Returns every dimension key, in ``DIMENSIONS`` order. Raises ValueError
    for an unknown item key or a value outside 0..4, and TypeError for a value
    that is not a whole number (a bool, a float, a string, None). The whole
    answer set is checked before anything is scored.
    """
    _validate_answers(answers)
    scores: dict[str, float | None] = {}
    for dimension in DIMENSIONS:
        items = _ITEMS_PER_DIMENSION[dimension.key]
        values = [
            SCALE_MAX - answers[item.key] if item.reverse else answers[item.key]
            for item in items
            if item.key in answers
        ]
        if not values or len(values) < min_answered(len(items)):
            scores[dimension.key] = None
            continue
        mean = Fraction(sum(values), len(values))
        scores[dimension.key] = _round_half_up(mean * 100 / (SCALE_MAX - SCALE_MIN))
    return scores


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _validate_scores(scores: Mapping[str, float | None]) -> None:
    for key, value in scores.items():
        if key not in DIMENSIONS_BY_KEY:
            raise ValueError(ERROR_UNKNOWN_DIMENSION.format(key=key))
        if value is None:
            continue
        if not _is_number(value):
            raise TypeError(ERROR_SCORE_NOT_A_NUMBER.format(key=key, value=value))
        # Written so that NaN fails too.
        if not SCORE_MIN <= value <= SCORE_MAX:
            raise ValueError(ERROR_SCORE_OUT_OF_RANGE.format(key=key, value=value))


def change(
    previous: Mapping[str, float | None], current: Mapping[str, float | None]
) -> dict[str, float | None]:
    """Per dimension: current − previous (rounded to one decimal).

    None where either score is None or missing. Positive = more difficulty
    than before. Raises ValueError for unknown dimension keys or scores
    outside 0..100, TypeError for a score that is not a number.
    """
    _validate_scores(previous)
    _validate_scores(current)
    result: dict[str, float | None] = {}
    for dimension in DIMENSIONS:
        before = previous.get(dimension.key)
        now = current.get(dimension.key)
        if before is None or now is None:
            result[dimension.key] = None
        else:
            # Scores carry one decimal; compute exactly in tenths so that e.g.
            # 33.3 - 8.3 gives 25.0 and not 25.000000000000004.
            tenths = round(now * 10) - round(before * 10)
            result[dimension.key] = tenths / 10
    return result


def start_with(scores: Mapping[str, float | None], n: int = 2) -> list[str]:
    """Keys of up to ``n`` highest-scoring dimensions with a score >= 50.

    Ties are broken by ``DIMENSIONS`` order. Dimensions without a score are
    never suggested. An empty list means nothing stands out.
    """
    if n < 0:
        raise ValueError(ERROR_NEGATIVE_N.format(n=n))
    _validate_scores(scores)
    order = {dimension.key: index for index, dimension in enumerate(DIMENSIONS)}
    candidates = [
        key
        for key, value in scores.items()
        if value is not None and value >= START_WITH_THRESHOLD
    ]
    candidates.sort(key=lambda key: (-scores[key], order[key]))
    return candidates[:n]


def band(score: float) -> str:
    """Descriptive band of a score: "low", "some", "considerable" or "high".

    < 25 low, < 50 some, < 75 considerable, otherwise high. Labels for display
    are in ``items.BAND_LABELS``. Raises TypeError for None (a dimension
    without a score has no band) and ValueError outside 0..100.
    """
    if not _is_number(score):
        raise TypeError(ERROR_BAND_NOT_A_NUMBER.format(value=score))
    if not SCORE_MIN <= score <= SCORE_MAX:
        raise ValueError(ERROR_BAND_OUT_OF_RANGE.format(value=score))
    for name, upper in BANDS:
        if score < upper:
            return name
    raise AssertionError("unreachable: the last band has no upper bound")


def violence_signalled(answers: Mapping[str, int], scores: Mapping[str, float | None]) -> bool:
    """Whether a result asks for the card with where to get help for violence: a high
    anger score (the band "high"), or any answer above "never" to the item about pushing,
    grabbing or hitting someone. Answers and scores are taken as already validated."""
    anger = scores.get("anger_escalation")
    return ((anger is not None and anger >= ANGER_HIGH)
            or answers.get(PHYSICAL_VIOLENCE_ITEM, SCALE_MIN) > SCALE_MIN)
