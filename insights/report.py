"""The insights report of a period (METHOD.md 4.4): the headline trend over the weeks, and
every figure put together as the JSON of ``/api/v1/insights``. Plain functions, no Django.
"""

import math
import numbers
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

import numpy as np

from insights.flips import Rating, flips_summary
from insights.metrics import (
    FIELDS,
    escalations_summary,
    rides_summary,
    rule_keeping,
    zone_of,
)

ROUND_DIGITS = 4


def theil_sen_slopes(xs: Sequence[float], *series: Sequence[float]) -> list[float | None]:
    """``metrics.theil_sen_slope(zip(xs, ys))`` for each ys of ``series``, with numpy: ten
    years of weeks are 136,000 pairs, too many for Python lists on every page.

    Exact, not an approximation: each slope is (y_j − y_i)/(x_j − x_i) for i < j, the very
    IEEE operations of the list, and the middle values are picked, not interpolated. The
    numbers must be ints or floats well within ±2**52, so that their differences are exact
    as doubles (week numbers and the figures of weeks are)."""
    x = np.asarray(xs, dtype=np.float64)
    # Row j, column i of an outer difference is x_j − x_i: below the diagonal, i < j.
    pairs = np.tri(len(x), len(x), -1, dtype=bool)
    dx = np.subtract.outer(x, x)[pairs]
    if not dx.all():  # pairs with equal x have no slope
        pairs[pairs] = dx != 0
        dx = dx[dx != 0]
    return [_median(np.subtract.outer(y, y)[pairs] / dx)
            for y in (np.asarray(ys, dtype=np.float64) for ys in series)]


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


def _monday(label: str) -> date:
    """The Monday of an ISO week label such as ``2026-W10`` (weeks as computed or as JSON)."""
    year, week = label.split("-W")
    return date.fromisocalendar(int(year), int(week), 1)


def weekly_trend(weeks: Sequence[Mapping[str, Any]],
                 fields: Sequence[str] = FIELDS) -> dict[str, dict[str, Any]]:
    """The headline "peaks less high, valleys less deep": the Theil–Sen slope of weekly
    amplitude and of weekly MSSD over the weeks, in units per week.

    x = the number of weeks since the first week of ``weeks`` (a gap of three weeks
    without check-ins counts as three weeks). Per field only weeks with n ≥ 2 (MSSD
    defined) count, for *both* slopes: a week with one check-in has amplitude 0 by
    arithmetic, not because it was calm, and would fake a falling trend. A slope is
    ``None`` with fewer than 2 such weeks. Returns ``{field: {"amplitude_slope",
    "mssd_slope", "weeks"}}``."""
    mondays = [_monday(week["week"]) for week in weeks]
    first = min(mondays, default=None)
    used = {field: [((monday - first).days // 7, week[field])
                    for monday, week in zip(mondays, weeks, strict=True)
                    if week.get(field) and week[field]["mssd"] is not None]
            for field in fields}
    # Levels counted in the same weeks (every check-in has every level) share their pairs.
    by_weeks: dict[tuple, list[str]] = {}
    for field in fields:
        by_weeks.setdefault(tuple(x for x, _ in used[field]), []).append(field)
    trend = {}
    for xs, group in by_weeks.items():
        slopes = iter(theil_sen_slopes(xs, *([summary[key] for _, summary in used[field]]
                                             for field in group
                                             for key in ("amplitude", "mssd"))))
        for field in group:
            trend[field] = {"amplitude_slope": next(slopes), "mssd_slope": next(slopes),
                            "weeks": len(used[field])}
    return {field: trend[field] for field in fields}


def insights_report(*, weeks: list[dict[str, Any]], alarm_load: dict[str, Any],
                    rides: Iterable[Any], escalations: Iterable[date | datetime],
                    pursuits: Mapping[str, Iterable[Rating]],
                    rule_records: Iterable[tuple[Any, bool | None]],
                    start: date, end: date, tz: str) -> dict[str, Any]:
    """All insights for the period [start, end] (local dates in ``tz``) as a JSON-ready
    dict with keys ``period, weeks, trend, alarm_load, flips, escalations, rides, rules``.

    ``weeks`` and ``alarm_load`` are the check-ins' figures of the period, from stored days
    (``insights.days.checkin_figures``) or, as reference, from the check-ins themselves
    (``insights.metrics.checkin_figures``). Rides and escalations count when their local
    date lies in the period; flips when their drop does (``flips.flips_summary``). Rule
    records carry no time, so the caller passes only those of the period's rides."""
    zone = zone_of(tz)
    return to_json_ready({
        "period": {"start": start, "end": end, "tz": tz},
        "weeks": weeks,
        "trend": weekly_trend(weeks),  # of the figures before rounding
        "alarm_load": alarm_load,
        "flips": flips_summary(pursuits, start=start, end=end, tz=zone),
        "escalations": escalations_summary(escalations, start, end, zone),
        "rides": rides_summary(rides, start, end, zone),
        "rules": rule_keeping(rule_records),
    })


_AS_THEY_ARE = frozenset({int, str, bool, type(None)})


def _rounded(value: float) -> float | None:
    # + 0.0 turns a rounded -0.0 into 0.0, so JSON never shows "-0.0".
    return round(value, ROUND_DIGITS) + 0.0 if math.isfinite(value) else None


def to_json_ready(value: Any) -> Any:
    """Dates → ISO strings, floats rounded to 4 decimals (a non-finite float becomes
    None, and -0.0 becomes 0.0), tuples → lists; the rest as it is."""
    kind = type(value)
    if kind is float:
        return _rounded(value)
    if kind in _AS_THEY_ARE:
        return value
    if kind is dict or isinstance(value, Mapping):
        # Plain values inline: ten years are 1,500 week summaries of eight figures.
        return {k if type(k) is str else str(k):
                v if type(v) in _AS_THEY_ARE else _rounded(v) if type(v) is float
                else to_json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_ready(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    # Decimal, Fraction and numpy numbers, which json refuses.
    if isinstance(value, numbers.Integral):
        return int(value)
    if isinstance(value, numbers.Real):
        return _rounded(float(value))
    return value
