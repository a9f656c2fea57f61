"""The insights report of a period (METHOD.md 4.4): every figure put together as the JSON
of ``/api/v1/insights``. Plain functions, no Django.
"""

import math
import numbers
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from insights.metrics import (
    checkin_figures,
    escalations_summary,
    rides_summary,
    zone_of,
)
from insights.trend import trend_of_weeks

ROUND_DIGITS = 4


def figures_of_checkins(checkins: Iterable[Any], start: date, end: date,
                        tz: str) -> dict[str, Any]:
    """The figures of the check-ins on the local dates start..end, from the reference
    definitions (``insights.metrics``): ``{"weeks" (JSON-ready), "trend", "alarm_load"}``,
    as ``insights.days.checkin_figures`` gives them from stored days."""
    weeks, alarm_load = checkin_figures(checkins, start, end, tz)
    return {"weeks": to_json_ready(weeks), "trend": trend_of_weeks(weeks),  # before rounding
            "alarm_load": alarm_load}


def figures_of_rides(rides: Iterable[Any], escalations: Iterable[date | datetime],
                     start: date, end: date, tz: str) -> dict[str, Any]:
    """The figures of the rides and escalations on the local dates start..end, from the
    reference definitions (``insights.metrics``): ``{"rides", "escalations"}``, as
    ``insights.tallies.rides_and_escalations`` gives them from stored weeks."""
    zone = zone_of(tz)
    return {"rides": rides_summary(rides, start, end, zone),
            "escalations": escalations_summary(escalations, start, end, zone)}


def insights_report(*, weeks: list[dict[str, Any]], trend: dict[str, Any],
                    alarm_load: dict[str, Any], rides: Mapping[str, Any],
                    escalations: Mapping[str, Any], flips: Mapping[str, Any],
                    rules: list[dict[str, Any]],
                    start: date, end: date, tz: str) -> dict[str, Any]:
    """All insights for the period [start, end] (local dates in ``tz``) as a JSON-ready
    dict with keys ``period, weeks, trend, alarm_load, flips, escalations, rides, rules``.

    ``weeks`` (already JSON-ready), ``trend`` and ``alarm_load`` are the figures of the
    period's check-ins, from stored days (``insights.days.checkin_figures``) or, as
    reference, from the check-ins themselves (``figures_of_checkins``). ``rides`` and
    ``escalations`` are the figures of those whose local date lies in the period, from
    stored weeks (``insights.tallies.rides_and_escalations``) or, as reference, from
    the rides and escalations themselves (``figures_of_rides``). ``flips`` is the
    ``flips.flips_summary`` of the flips whose drop lies in the period, from stored flips
    (``insights.models.PursuitFlip``) or, as reference, from the ratings themselves.
    ``rules`` is the ``metrics.rule_keeping`` of the rules chosen in the rides of the
    period, from stored weeks (``insights.tallies.rule_keeping``) or, as reference, from
    the chosen rules themselves."""
    return {"period": to_json_ready({"start": start, "end": end, "tz": tz}),
            "weeks": weeks,
            **to_json_ready({
                "trend": trend,
                "alarm_load": alarm_load,
                "flips": flips,
                "escalations": escalations,
                "rides": rides,
                "rules": rules,
            })}


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
