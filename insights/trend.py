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
    whole_x = bool(np.all(x == np.rint(x)))
    slopes = []
    for y in (np.asarray(ys, dtype=np.float64) for ys in series):
        dy = np.subtract.outer(y, y)[pairs]
        whole = whole_x and bool(np.all(y == np.rint(y)))
        slopes.append(_median_of_ratios(dy, dx) if whole else _median(dy / dx))
    return slopes


def _median_of_ratios(dy: np.ndarray, dx: np.ndarray) -> float | None:
    """``_median(dy / dx)`` of whole numbers, counting each distinct pair (dy, dx) once:
    whole-number figures (amplitudes 0–10 over week numbers) give few distinct slopes, and
    selection among many equal values is slow."""
    if not len(dx):
        return None
    dy, dx = dy.astype(np.int64), dx.astype(np.int64)
    low_y, low_x = dy.min(), dx.min()
    width = int(dx.max() - low_x) + 1
    if (int(dy.max() - low_y) + 1) * width > 4 * len(dx):  # not few: select
        return _median(dy / dx)
    counts = np.bincount((dy - low_y) * width + (dx - low_x))
    codes = np.flatnonzero(counts)
    ratios = (codes // width + low_y) / (codes % width + low_x)  # each as dy / dx gives it
    order = np.argsort(ratios, kind="stable")
    ratios, behind = ratios[order], np.cumsum(counts[codes][order])
    middle = int(behind[-1]) // 2
    upper = float(ratios[np.searchsorted(behind, middle + 1)])
    if behind[-1] % 2:
        return upper
    return (float(ratios[np.searchsorted(behind, middle)]) + upper) / 2


def _median(values: np.ndarray) -> float | None:
    """``statistics.median`` of the values; ``None`` when there are none."""
    count = len(values)
    if not count:
        return None
    middle = count // 2
    part = np.partition(values, middle)
    if count % 2:
        return float(part[middle])
    return (float(part[:middle].max()) + float(part[middle])) / 2


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
