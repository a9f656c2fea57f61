"""Per person and local day, what the METHOD 4.4 figures of check-ins combine from.

Ten years are 29,000 check-ins but 3,650 days, stored seven to a row: one row per local ISO
week (``insights.models.CheckInWeek``), so ten years are 522 rows to read. The pages combine
the days here; check-ins are read only to bring a week up to date when one of them is
written (``insights.services.checkin_weeks_refresh``).

A day of one level is one ``LEVEL_DAY`` record of whole numbers:

- ``counts[v]``: how many of the day's check-ins had level v (0–10). The count, sum, sum
  of squares, highest and lowest value follow from these exactly, and so does every count
  above a threshold (alarm ≥ 7; the phases of a warning plan);
- ``first``, ``last``: the day's first and last value in time order. The step from one
  day's last value to the next day's first is a successive difference of the week too;
- ``squared_steps``, ``acute_steps``: Σ(x_{i+1} − x_i)² over the day's own successive
  differences, and how many of them have |x_{i+1} − x_i| ≥ 3.

A day without a value of the level has every count 0. Every figure is a sum or a ratio of
these integers, so the days give the very floats that the definitions in
``insights.metrics`` give over the check-ins (``tests/test_days.py``). Levels are the list
``metrics.FIELDS``: a new level is one more column of weeks.
"""

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo
from typing import Any

import numpy as np

from insights.metrics import (
    ACUTE_CHANGE,
    BUCKET_DAYS,
    FIELDS,
    HIGH_ALARM,
    alarm_load_of_days,
    checkins_by_local_day,
    empty_summary,
    four_week_buckets,
    iso_week_label,
    monday_of,
    ratio,
    whole_summary,
)

SCALE = 11  # levels are whole numbers 0–10
LEVEL_DAY = np.dtype([("counts", "<i4", (SCALE,)), ("first", "<i4"), ("last", "<i4"),
                      ("squared_steps", "<i4"), ("acute_steps", "<i4")])
NO_WEEK = bytes(7 * LEVEL_DAY.itemsize)  # a week without values of a level
VALUES = np.arange(SCALE, dtype=np.int64)
ERROR_LEVEL = "check-in levels are whole numbers from 0 to 10"


def level_day(values: Iterable[int | None]) -> tuple | None:
    """One day's values of one level, in time order, as a ``LEVEL_DAY`` record; None when
    the day has no value of the level (a None is left out, and the successive difference
    spans it, as in ``metrics.weekly_summaries``)."""
    xs = [v for v in values if v is not None]
    if not xs:
        return None
    if not all(type(x) is int and 0 <= x < SCALE for x in xs):
        raise ValueError(ERROR_LEVEL)
    counts = [0] * SCALE
    for x in xs:
        counts[x] += 1
    steps = [b - a for a, b in itertools.pairwise(xs)]
    return (counts, xs[0], xs[-1], sum(d * d for d in steps),
            sum(1 for d in steps if abs(d) >= ACUTE_CHANGE))


def checkin_weeks(checkins: Iterable[Any], zone: tzinfo,
                  fields: Sequence[str] = FIELDS) -> dict[date, dict[str, bytes | None]]:
    """Per local ISO week (its Monday) the check-ins fall in: for each level the packed
    records of the week's seven days, Monday first; None when no day has a value."""
    weeks: dict[date, dict[int, list]] = {}
    for day, rows in checkins_by_local_day(checkins, zone, fields).items():
        weeks.setdefault(monday_of(day), {})[day.weekday()] = rows
    packed = {}
    for monday, days in weeks.items():
        packed[monday] = {}
        for k, field in enumerate(fields):
            records = [level_day(row[k] for row in days.get(weekday, ()))
                       for weekday in range(7)]
            packed[monday][field] = (None if records == [None] * 7 else np.array(
                [record or ([0] * SCALE, 0, 0, 0, 0) for record in records],
                dtype=LEVEL_DAY).tobytes())
    return packed


@dataclass(frozen=True)
class Days:
    """The days with check-ins of a period, in date order: ``ordinals[k]`` is day k as
    ``date.toordinal()``, and ``levels[field][k]`` its ``LEVEL_DAY`` record of that level."""

    ordinals: np.ndarray
    levels: dict[str, np.ndarray]

    @classmethod
    def of_weeks(cls, rows: Sequence[tuple], start: date, end: date) -> "Days":
        """The days start..end of stored weeks: rows ``(Monday, packed week of each level
        of FIELDS)`` in date order."""
        mondays = np.array([row[0].toordinal() for row in rows], dtype=np.int64)
        ordinals = (mondays[:, None] + np.arange(7)).ravel()
        # One buffer per level: no Python object per figure.
        levels = {field: np.frombuffer(b"".join(row[k] or NO_WEEK for row in rows),
                                       dtype=LEVEL_DAY)
                  for k, field in enumerate(FIELDS, start=1)}
        keep = ((ordinals >= start.toordinal()) & (ordinals <= end.toordinal())
                & np.any([records["counts"].any(axis=1) for records in levels.values()],
                         axis=0))
        return cls(ordinals[keep], {field: records[keep] for field, records in levels.items()})


def _moments(records: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per record: the count, sum and sum of squares of its values."""
    counts = records["counts"].astype(np.int64)
    return counts.sum(axis=1), counts @ VALUES, counts @ (VALUES * VALUES)


def weekly_summaries(days: Days) -> list[dict[str, Any]]:
    """``metrics.weekly_summaries`` of the check-ins of these days."""
    mondays = days.ordinals - (days.ordinals - 1) % 7  # ordinal 1 is a Monday
    weeks = np.unique(mondays).tolist()
    entries = [{"week": iso_week_label(start), "start": start}
               for start in map(date.fromordinal, weeks)]
    for field in FIELDS:
        summaries = _level_weeks(mondays, days.levels[field])
        for entry, monday in zip(entries, weeks, strict=True):
            entry[field] = summaries.get(monday) or empty_summary()
    return entries


def _level_weeks(mondays: np.ndarray, records: np.ndarray) -> dict[int, dict[str, Any]]:
    """``series_summary`` per week of one level, keyed by the Monday's ordinal, for the
    weeks with values of the level."""
    kept = records["counts"].sum(axis=1) > 0
    mondays, records = mondays[kept], records[kept]
    if not len(records):
        return {}
    # A step from one day's last value to the next kept day's first, within one week.
    within = mondays[1:] == mondays[:-1]
    step = records["first"][1:].astype(np.int64) - records["last"][:-1]
    squared = records["squared_steps"].astype(np.int64)
    acute = records["acute_steps"].astype(np.int64)
    squared[1:] += np.where(within, step * step, 0)
    acute[1:] += within & (np.abs(step) >= ACUTE_CHANGE)
    starts = np.flatnonzero(np.concatenate(([True], ~within)))
    counts = np.add.reduceat(records["counts"].astype(np.int64), starts)
    n, total, squares = counts.sum(axis=1), counts @ VALUES, counts @ (VALUES * VALUES)
    seen = counts > 0
    high = SCALE - 1 - np.argmax(seen[:, ::-1], axis=1)
    low = np.argmax(seen, axis=1)
    figures = zip(n.tolist(), high.tolist(), low.tolist(), total.tolist(), squares.tolist(),
                  np.add.reduceat(squared, starts).tolist(),
                  np.add.reduceat(acute, starts).tolist(), strict=True)
    return {monday: whole_summary(*week)
            for monday, week in zip(mondays[starts].tolist(), figures, strict=True)}


def alarm_load(days: Days) -> dict[str, Any]:
    """``metrics.alarm_load`` of the check-ins of these days."""
    alarm_n, alarm_total, _ = _moments(days.levels["alarm"])
    high = days.levels["alarm"]["counts"][:, HIGH_ALARM:].sum(axis=1)
    energy_n, energy_total, _ = _moments(days.levels["energy"])
    # Means as Python divides whole numbers: the floats metrics.mean gives.
    alarm_means = [t / n if n else None for t, n in zip(alarm_total.tolist(), alarm_n.tolist(),
                                                        strict=True)]
    energy_means = [t / n if n else None
                    for t, n in zip(energy_total.tolist(), energy_n.tolist(), strict=True)]
    return alarm_load_of_days(zip(days.ordinals.tolist(), alarm_n.tolist(), high.tolist(),
                                  alarm_means, energy_means, strict=True))


def alarm_load_per_four_weeks(days: Days, start: date, end: date) -> list[dict[str, Any]]:
    """``metrics.alarm_load_per_four_weeks`` of the check-ins of these days."""
    buckets = four_week_buckets(start, end)
    inside = (days.ordinals >= start.toordinal()) & (days.ordinals <= end.toordinal())
    which = (days.ordinals[inside] - start.toordinal()) // BUCKET_DAYS
    counts = days.levels["alarm"]["counts"][inside].astype(np.int64)
    n = np.bincount(which, counts.sum(axis=1), minlength=len(buckets)).astype(np.int64)
    high = np.bincount(which, counts[:, HIGH_ALARM:].sum(axis=1),
                       minlength=len(buckets)).astype(np.int64)
    return [{"start": b["start"], "end": b["end"], "days": b["days"], "n": count, "high": top,
             "share": ratio(top, count)}
            for b, count, top in zip(buckets, n.tolist(), high.tolist(), strict=True)]


def checkin_figures(days: Days, start: date, end: date) -> tuple[list[dict], dict[str, Any]]:
    """``metrics.checkin_figures`` from the stored days of the period start..end (and no
    others)."""
    load = alarm_load(days)
    load["per_four_weeks"] = alarm_load_per_four_weeks(days, start, end)
    return weekly_summaries(days), load
