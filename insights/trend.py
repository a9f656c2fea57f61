"""The headline trend of METHOD 4.4, "peaks less high, valleys less deep": the Theil–Sen
slope of weekly amplitude and of weekly MSSD over the weeks, in units per week.

With numpy, exactly: ten years of weeks are 136,000 pairs per fit, too many for Python
lists on every page. ``metrics.theil_sen_slope`` is the plain definition it is tested
against.
"""

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import numpy as np

from insights.metrics import FIELDS


def theil_sen_slopes(xs: Sequence[float], *series: Sequence[float]) -> list[float | None]:
    """``metrics.theil_sen_slope(zip(xs, ys))`` for each ys of ``series``.

    Exact, not an approximation: each slope is (y_j − y_i)/(x_j − x_i) for i < j, the very
    IEEE operations of the definition, and the middle values are picked, not interpolated.
    The numbers must be ints or floats well within ±2**52, so that their differences are
    exact as doubles (week numbers and the figures of weeks are)."""
    x = np.asarray(xs, dtype=np.float64)
    # Row j, column i of an outer difference is x_j − x_i: below the diagonal, i < j.
    pairs = np.tri(len(x), len(x), -1, dtype=bool)
    dx = np.subtract.outer(x, x)[pairs]
    if not dx.all():  # pairs with equal x have no slope
        pairs[pairs] = dx != 0
        dx = dx[dx != 0]
    if series and len(dx) < BRACKET_FROM:
        # A few years of weeks: all series at once (row s, j, i: y_j − y_i of series s),
        # their medians in one selection.
        ys = np.asarray(series, dtype=np.float64)
        return _medians(np.subtract(ys[:, :, None], ys[:, None, :])[:, pairs] / dx)
    # Longer: one series at a time, each one's slopes a large array already.
    return [_median(np.subtract.outer(y, y)[pairs] / dx)
            for y in (np.asarray(ys, dtype=np.float64) for ys in series)]


SAMPLE = 2048  # slopes drawn to find a narrow range around the median
MARGIN = 96  # sample places on either side of the median's: over 4 standard deviations
BRACKET_FROM = 4 * SAMPLE  # fewer values are selected from directly
# Where the sample is taken, as fractions of the values' length: the multiples of the
# golden ratio, spread evenly yet in no period that the rows of the pairs could share. Not
# numpy.random: its generators cost every worker some 4 MB of memory for this one draw.
SPREAD = np.arange(1, SAMPLE + 1) * ((5 ** 0.5 - 1) / 2) % 1.0


def _medians(rows: np.ndarray) -> list[float | None]:
    """``_median`` of each row of fewer than BRACKET_FROM values, selected from all rows
    at once: one selection for the six fits of a page instead of one per fit."""
    count = rows.shape[1]
    if not count:
        return [None] * len(rows)
    middle = count // 2
    first = middle if count % 2 else middle - 1
    part = np.partition(rows, (first, middle), axis=1)
    return [float(row[middle]) if count % 2 else (float(row[first]) + float(row[middle])) / 2
            for row in part]


def _median(values: np.ndarray) -> float | None:
    """``statistics.median`` of the values; ``None`` when there are none."""
    count = len(values)
    if not count:
        return None
    middle = count // 2
    if count % 2:
        return _ranked(values, middle, middle)[0]
    low, high = _ranked(values, middle - 1, middle)
    return (low + high) / 2


def _ranked(values: np.ndarray, first: int, last: int) -> tuple[float, float]:
    """The values at places ``first`` and ``last`` (0-based) of the values in ascending
    order.

    Ten years of weeks are 136,000 slopes per fit, many of them equal, and selecting
    among all of them (np.partition) took most of the fit. A sample of them spread over
    all (SPREAD) gives a range [low, high] that holds the wanted places with near
    certainty; two counts over all values check that it does (else all are selected
    from), and the selection goes on among the few inside. The result is the very values:
    the sample only decides how fast they are found."""
    while len(values) >= BRACKET_FROM:
        sample = np.sort(values[(SPREAD * len(values)).astype(np.intp)])
        scale = SAMPLE / len(values)
        low = sample[max(int(first * scale) - MARGIN, 0)]
        high = sample[min(int(last * scale) + MARGIN, SAMPLE - 1)]
        below, upto = values < low, values <= high
        skipped = int(np.count_nonzero(below))
        if not skipped <= first <= last < np.count_nonzero(upto):
            break  # the sample missed: select among all
        if low == high:  # one value, repeated, fills the range
            return float(low), float(low)
        inside = values[upto & ~below]
        if len(inside) * 2 > len(values):
            break  # many equal values around the middle: sampling shortens little
        values, first, last = inside, first - skipped, last - skipped
    part = np.partition(values, (first, last))
    return float(part[first]), float(part[last])


def weekly_trend(mondays: Sequence[date],
                 levels: Mapping[str, tuple[Sequence[float], Sequence[float]]]
                 ) -> dict[str, dict[str, Any]]:
    """The trend per level from the weeks' Mondays and, per level, the weeks' amplitudes and
    MSSDs (NaN where MSSD is undefined). Returns ``{level: {"amplitude_slope",
    "mssd_slope", "weeks"}}``.

    x = the number of weeks since the first Monday (a gap of three weeks without check-ins
    counts as three weeks). Per level only weeks with n ≥ 2 (MSSD defined) count, for
    *both* slopes: a week with one check-in has amplitude 0 by arithmetic, not because it
    was calm, and would fake a falling trend. A slope is ``None`` with fewer than 2 such
    weeks."""
    first = min(mondays, default=date.min)
    weeks = np.array([(monday - first).days // 7 for monday in mondays], dtype=np.int64)
    used = {level: ~np.isnan(np.asarray(mssds, dtype=np.float64))
            for level, (_, mssds) in levels.items()}
    # Levels counted in the same weeks (every check-in has every level) share their pairs.
    by_weeks: dict[bytes, list[str]] = {}
    for level in levels:
        by_weeks.setdefault(used[level].tobytes(), []).append(level)
    trend = {}
    for group in by_weeks.values():
        kept = used[group[0]]
        slopes = iter(theil_sen_slopes(weeks[kept], *(np.asarray(levels[level][k])[kept]
                                                       for level in group for k in (0, 1))))
        for level in group:
            trend[level] = {"amplitude_slope": next(slopes), "mssd_slope": next(slopes),
                            "weeks": int(kept.sum())}
    return {level: trend[level] for level in levels}


def trend_of_weeks(weeks: Sequence[Mapping[str, Any]],
                   fields: Sequence[str] = FIELDS) -> dict[str, dict[str, Any]]:
    """``weekly_trend`` of weekly summaries (``metrics.weekly_summaries``, also as JSON)."""
    def figure(summary, key):
        value = summary.get(key) if summary else None
        return np.nan if value is None or summary.get("mssd") is None else value

    return weekly_trend([_monday(week["week"]) for week in weeks],
                        {field: ([figure(week.get(field), "amplitude") for week in weeks],
                                 [figure(week.get(field), "mssd") for week in weeks])
                         for field in fields})


def _monday(label: str) -> date:
    """The Monday of an ISO week label such as ``2026-W10``."""
    year, week = label.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)
