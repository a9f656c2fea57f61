"""Per person and local date, the counts of rides and escalations, and the keeping of each
rule chosen in those rides, that the figures of METHOD 4.4 sum, seven days to a stored
week: what ``insights.models.RideWeek`` stores. Plain functions, no Django.

Ten years hold 1,800 rides with as many rules chosen and 400 escalations on 2,000 dates;
the insights page reads them as 522 weeks and sums their days here, giving the very figures
that ``metrics.rides_summary``, ``metrics.escalations_summary`` and ``metrics.rule_keeping``
give over the rows themselves (``tests/test_ride_days.py``).
"""

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
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
# A rule on a day of a stored week: how often a look-back answered it and said kept, and
# the first of its records that day, as (the ride's start in microseconds since 1970, the
# ride's id, the record's id): the order in which ``metrics.rule_keeping`` lists rules.
RULE_DAY = np.dtype([("weekday", "<i4"), ("rule", "<i8"), ("applied", "<i4"),
                     ("kept", "<i4"), ("started", "<i8"), ("ride", "<i8"), ("id", "<i8")])
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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


def rule_weeks(records: Iterable[tuple[datetime, int, int, Any, bool | None]],
               zone: tzinfo) -> dict[date, bytes]:
    """The rules chosen in rides, ``(ride's start, ride id, record id, rule id, kept)``
    each, as stored weeks: per local ISO week (its Monday), its ``RULE_DAY`` records, one
    per day and rule."""
    days: dict[tuple[date, Any], list] = {}
    for started_at, ride_id, record_id, rule_id, kept in records:
        day = local_date(started_at, zone)
        first = ((started_at - EPOCH) // timedelta(microseconds=1), ride_id, record_id)
        row = days.setdefault((day, rule_id), [0, 0, first])
        row[0] += kept is not None
        row[1] += bool(kept)
        row[2] = min(row[2], first)
    weeks: dict[date, list] = {}
    for (day, rule_id), (applied, kept, first) in days.items():
        weeks.setdefault(monday_of(day), []).append(
            (day.weekday(), rule_id, applied, kept, *first))
    return {monday: np.array(rows, dtype=RULE_DAY).tobytes() for monday, rows in weeks.items()}


def rule_keeping(weeks: Iterable[tuple[date, bytes]], start: date,
                 end: date) -> list[dict[str, Any]]:
    """``metrics.rule_keeping`` of the rules chosen in the rides on the local dates
    start..end, from stored weeks ``(Monday, packed RULE_DAY records)``."""
    weeks = [(monday, np.frombuffer(packed, dtype=RULE_DAY)) for monday, packed in weeks]
    records = np.concatenate([rows for _, rows in weeks] or [np.empty(0, dtype=RULE_DAY)])
    mondays = np.repeat([monday.toordinal() for monday, _ in weeks],
                        [len(rows) for _, rows in weeks]).astype(np.int64)
    ordinals = mondays + records["weekday"]
    records = records[(ordinals >= start.toordinal()) & (ordinals <= end.toordinal())]
    records = records[np.lexsort((records["id"], records["ride"], records["started"]))]
    rules, first, which = np.unique(records["rule"], return_index=True, return_inverse=True)
    applied = np.bincount(which, records["applied"], minlength=len(rules)).astype(np.int64)
    kept = np.bincount(which, records["kept"], minlength=len(rules)).astype(np.int64)
    return [{"rule_id": int(rules[k]), "applied": int(applied[k]), "kept": int(kept[k]),
             "share": ratio(int(kept[k]), int(applied[k]))} for k in np.argsort(first)]


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
