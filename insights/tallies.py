"""Per person and local date, the counts of rides and escalations that the figures of
METHOD 4.4 sum: what ``insights.models.RideDay`` stores. Plain functions, no Django.

Ten years hold 1,800 rides and 400 escalations; the insights page reads their dates as at
most one row per date and sums them into 4-week buckets here, giving the very figures
that ``metrics.rides_summary`` and ``metrics.escalations_summary`` give over the rides and
escalations themselves (``tests/test_ride_days.py``).
"""

from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from typing import Any

from insights.metrics import BUCKET_DAYS, _get, four_week_buckets, local_date, ratio

# A date's counts, in this order: rides started, of them with a look-back, of those
# without escalation; escalations logged.
TALLY_KEYS: tuple[str, ...] = ("rides", "looked_back", "calm", "escalations")


def day_tallies(rides: Iterable[Any], escalations: Iterable[date | datetime],
                zone: tzinfo) -> dict[date, tuple[int, int, int, int]]:
    """The counts of ``TALLY_KEYS`` per local date that has a ride or an escalation. Each
    ride has ``started_at`` and ``escalated`` (True, False, or None before its look-back);
    each escalation is its moment. Moments that are None are left out."""
    days: dict[date, list[int]] = {}
    for ride in rides:
        moment = _get(ride, "started_at")
        if moment is None:
            continue
        counts = days.setdefault(local_date(moment, zone), [0, 0, 0, 0])
        counts[0] += 1
        escalated = _get(ride, "escalated")
        if escalated is not None:
            counts[1] += 1
            counts[2] += not escalated
    for moment in escalations:
        if moment is not None:
            days.setdefault(local_date(moment, zone), [0, 0, 0, 0])[3] += 1
    return {day: tuple(counts) for day, counts in days.items()}


def _look_backs(looked_back: int, calm: int) -> dict[str, Any]:
    return {"with_look_back": looked_back, "no_escalation": calm,
            "share_no_escalation": ratio(calm, looked_back)}


def rides_and_escalations(tallies: Iterable[tuple[date, int, int, int, int]], start: date,
                          end: date) -> dict[str, dict[str, Any]]:
    """``{"rides": metrics.rides_summary, "escalations": metrics.escalations_summary}`` of
    the period start..end from day tallies ``(date, *counts of TALLY_KEYS)``; dates outside
    the period are left out."""
    buckets = four_week_buckets(start, end)
    sums = [[0, 0, 0, 0] for _ in buckets]
    first, last = start.toordinal(), end.toordinal()
    for day, rides, looked_back, calm, escalations in tallies:
        if first <= (ordinal := day.toordinal()) <= last:
            bucket = sums[(ordinal - first) // BUCKET_DAYS]
            bucket[0] += rides
            bucket[1] += looked_back
            bucket[2] += calm
            bucket[3] += escalations
    totals = [sum(column) for column in zip(*sums, strict=True)] or [0, 0, 0, 0]
    return {
        "rides": {"per_four_weeks": [{**bucket, "count": rides, **_look_backs(looked, calm)}
                                     for bucket, (rides, looked, calm, _) in
                                     zip(buckets, sums, strict=True)],
                  "total": totals[0], **_look_backs(totals[1], totals[2])},
        "escalations": {"per_four_weeks": [{**bucket, "count": counts[3]}
                                           for bucket, counts in zip(buckets, sums, strict=True)],
                        "total": totals[3]},
    }
