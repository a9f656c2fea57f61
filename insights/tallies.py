"""Per person and local date, the counts of rides and escalations that the figures of
METHOD 4.4 sum, seven days to a stored week: what ``insights.models.RideWeek`` stores.
Plain functions, no Django.

Ten years hold 1,800 rides and 400 escalations on 2,000 dates; the insights page reads
them as 522 weeks and sums their days into 4-week buckets here, giving the very figures
that ``metrics.rides_summary`` and ``metrics.escalations_summary`` give over the rides and
escalations themselves (``tests/test_ride_days.py``).
"""

from collections.abc import Iterable, Mapping
from datetime import date, datetime, tzinfo
from typing import Any

import numpy as np

from insights.metrics import (
    BUCKET_DAYS,
    _get,
    four_week_buckets,
    local_date,
    monday_of,
    ratio,
)

# A date's counts, in this order: rides started, of them with a look-back, of those
# without escalation; escalations logged.
TALLY_KEYS: tuple[str, ...] = ("rides", "looked_back", "calm", "escalations")
# A stored week: per day, Monday first, its counts of TALLY_KEYS as 32-bit integers.
WEEK_SHAPE = (7, len(TALLY_KEYS))
COUNT = np.dtype("<i4")


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


def week_tallies(tallies: Mapping[date, tuple[int, ...]]) -> dict[date, bytes]:
    """Day tallies (``day_tallies``) as stored weeks: per local ISO week (its Monday) that
    has a counted date, its seven days packed (``WEEK_SHAPE``)."""
    weeks: dict[date, np.ndarray] = {}
    for day, counts in tallies.items():
        monday = monday_of(day)
        if monday not in weeks:
            weeks[monday] = np.zeros(WEEK_SHAPE, dtype=COUNT)
        weeks[monday][day.weekday()] = counts
    return {monday: week.tobytes() for monday, week in weeks.items()}


def _look_backs(looked_back: int, calm: int) -> dict[str, Any]:
    return {"with_look_back": looked_back, "no_escalation": calm,
            "share_no_escalation": ratio(calm, looked_back)}


def rides_and_escalations(weeks: Iterable[tuple[date, bytes]], start: date,
                          end: date) -> dict[str, dict[str, Any]]:
    """``{"rides": metrics.rides_summary, "escalations": metrics.escalations_summary}`` of
    the period start..end from stored weeks ``(Monday, packed days)``; their dates outside
    the period are left out."""
    weeks = list(weeks)
    buckets = four_week_buckets(start, end)
    mondays = np.array([monday.toordinal() for monday, _ in weeks], dtype=np.int64)
    ordinals = (mondays[:, None] + np.arange(7)).ravel()
    counts = np.frombuffer(b"".join(packed for _, packed in weeks),
                           dtype=COUNT).reshape(-1, len(TALLY_KEYS))
    inside = (ordinals >= start.toordinal()) & (ordinals <= end.toordinal())
    which = (ordinals[inside] - start.toordinal()) // BUCKET_DAYS
    # Whole numbers summed as doubles: exact far beyond any count of rides.
    sums = np.array([np.bincount(which, counts[inside, k], minlength=len(buckets))
                     for k in range(len(TALLY_KEYS))], dtype=np.int64).T
    totals = sums.sum(axis=0).tolist()
    sums = sums.tolist()
    return {
        "rides": {"per_four_weeks": [{**bucket, "count": rides, **_look_backs(looked, calm)}
                                     for bucket, (rides, looked, calm, _) in
                                     zip(buckets, sums, strict=True)],
                  "total": totals[0], **_look_backs(totals[1], totals[2])},
        "escalations": {"per_four_weeks": [{**bucket, "count": counts[3]}
                                           for bucket, counts in zip(buckets, sums, strict=True)],
                        "total": totals[3]},
    }
