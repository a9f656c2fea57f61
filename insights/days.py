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
import struct
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
    SUMMARY_KEYS,
    checkins_by_local_day,
    four_week_buckets,
    iso_week_label,
    mean,
    monday_of,
    pearson,
    ratio,
)
from insights.trend import weekly_trend

SCALE = 11  # levels are whole numbers 0–10
LEVEL_DAY = np.dtype([("counts", "<i4", (SCALE,)), ("first", "<i4"), ("last", "<i4"),
                      ("squared_steps", "<i4"), ("acute_steps", "<i4")])
NO_WEEK = bytes(7 * LEVEL_DAY.itemsize)  # a week without values of a level
_DAY = struct.Struct(f"<{SCALE + 4}i")  # one LEVEL_DAY record, its fields in order
assert _DAY.size == LEVEL_DAY.itemsize
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


def week_with_latest(packed: bytes | None, weekday: int, value: int | None) -> bytes | None:
    """A week's packed records of one level (``checkin_weeks``) with ``value`` added to day
    ``weekday`` as its latest value: the records ``level_day`` gives for the day's values
    followed by ``value``, without the earlier values (its last value is enough). Every
    check-in passes here, inside the write's transaction, once per level: one day's record
    is unpacked and packed again with ``struct`` (a tenth of what numpy's views of the
    record cost for so few numbers)."""
    if value is None:
        return packed
    if not (type(value) is int and 0 <= value < SCALE):
        raise ValueError(ERROR_LEVEL)
    week = bytearray(packed or NO_WEEK)
    at = weekday * _DAY.size
    *counts, first, last, squared_steps, acute_steps = _DAY.unpack_from(week, at)
    if any(counts):
        step = value - last
        squared_steps += step * step
        acute_steps += abs(step) >= ACUTE_CHANGE
    else:
        first = value
    counts[value] += 1
    _DAY.pack_into(week, at, *counts, first, value, squared_steps, acute_steps)
    return bytes(week)


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
    def of_weeks(cls, rows: Sequence[tuple], start: date, end: date,
                 fields: Sequence[str] = FIELDS) -> "Days":
        """The days start..end of stored weeks: rows ``(Monday, packed week of each level
        of fields)`` in date order."""
        mondays = np.array([row[0].toordinal() for row in rows], dtype=np.int64)
        ordinals = (mondays[:, None] + np.arange(7)).ravel()
        # One buffer per level: no Python object per figure.
        levels = {field: np.frombuffer(b"".join(row[k] or NO_WEEK for row in rows),
                                       dtype=LEVEL_DAY)
                  for k, field in enumerate(fields, start=1)}
        keep = ((ordinals >= start.toordinal()) & (ordinals <= end.toordinal())
                & np.any([records["counts"].any(axis=1) for records in levels.values()],
                         axis=0))
        return cls(ordinals[keep], {field: records[keep] for field, records in levels.items()})

    def without_empty(self, field: str) -> "Days":
        """These days without the level ``field`` when none of them has a value of it:
        the optional dark-thoughts row of a person who did not answer it in the period
        then adds no section, no figures and no work."""
        records = self.levels.get(field)
        if records is None or records["counts"].any():
            return self
        return Days(self.ordinals, {k: v for k, v in self.levels.items() if k != field})


def _moments(records: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per record: the count, sum and sum of squares of its values."""
    counts = records["counts"].astype(np.int64)
    return counts.sum(axis=1), counts @ VALUES, counts @ (VALUES * VALUES)


def json_floats(values: np.ndarray) -> list[float | None]:
    """``round(v, 4) + 0.0`` of each value, None for NaN, as ``report.to_json_ready`` gives
    them, for many at once: ten years are 6,000 figures, and Python's round takes long.
    An integer k = rint(v · 10⁴) gives k / 10⁴, the double nearest the rounded decimal, as
    Python's round does; only where v · 10⁴ lies within a few units in the last place of a
    half could its own rounding have tipped k the other way, and Python decides those."""
    scaled = values * 1e4
    out = (np.rint(scaled) / 1e4 + 0.0).tolist()
    unsure = ~(np.abs(scaled - np.floor(scaled) - 0.5) > 4 * np.spacing(np.abs(scaled)))
    for k in np.flatnonzero(unsure).tolist():
        value = float(values[k])
        out[k] = round(value, 4) + 0.0 if np.isfinite(value) else None
    return out


def _levels_weeks(week: np.ndarray, records: np.ndarray) -> dict[str, np.ndarray]:
    """The figures of ``metrics.series_summary`` per level and week, each an array of
    (levels, weeks): ``records`` are the levels' ``LEVEL_DAY`` records of the days, one row
    per level, and day k lies in week ``week[k]`` (every week 0.. holds a day). The three
    levels in one pass: per level, a pass of some forty small numpy steps was most of
    their time. Sums of whole numbers are exact in int64, and each ratio is one IEEE
    division of two of them, as in ``metrics.whole_summary``."""
    counts = records["counts"].astype(np.int64)
    kept = counts.sum(axis=2) > 0  # the days with a value of the level
    # A step from a kept day's first value back to the last value of the level's kept day
    # before it, when that lies in the same week (days between without a value are
    # skipped, as a None is in the check-ins).
    latest = np.maximum.accumulate(np.where(kept, np.arange(len(week)), -1), axis=1)[:, :-1]
    before = np.maximum(latest, 0)
    within = kept[:, 1:] & (latest >= 0) & (week[before] == week[1:])
    step = (records["first"][:, 1:].astype(np.int64)
            - np.take_along_axis(records["last"], before, axis=1))
    squared = records["squared_steps"].astype(np.int64)
    acute = records["acute_steps"].astype(np.int64)
    squared[:, 1:] += np.where(within, step * step, 0)
    acute[:, 1:] += within & (np.abs(step) >= ACUTE_CHANGE)
    starts = np.flatnonzero(np.concatenate(([True], week[1:] != week[:-1])))
    counts = np.add.reduceat(counts, starts, axis=1)
    squared_sums = np.add.reduceat(squared, starts, axis=1)
    acute_sums = np.add.reduceat(acute, starts, axis=1)
    n, total, squares = counts.sum(axis=2), counts @ VALUES, counts @ (VALUES * VALUES)
    seen, some, several = counts > 0, n > 0, n > 1
    high = SCALE - 1 - np.argmax(seen[:, :, ::-1], axis=2)
    low = np.argmax(seen, axis=2)
    with np.errstate(divide="ignore", invalid="ignore"):
        return {"n": n, "max": high, "min": low, "amplitude": high - low, "some": some,
                "mean": np.where(some, total / n, np.nan),
                "sd": np.where(several, np.sqrt((n * squares - total * total)
                                                / (n * (n - 1))), np.nan),
                "mssd": np.where(several, squared_sums / (n - 1), np.nan),
                "pac": np.where(several, acute_sums / (n - 1), np.nan)}


def weekly_summaries(days: Days) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """``metrics.weekly_summaries`` of the check-ins of these days (of the levels they
    hold), JSON-ready, and the trend of the figures before rounding
    (``trend.weekly_trend``)."""
    mondays = days.ordinals - (days.ordinals - 1) % 7  # ordinal 1 is a Monday
    starts, week = np.unique(mondays, return_inverse=True)
    starts = [date.fromordinal(monday) for monday in starts.tolist()]
    entries = [{"week": iso_week_label(start), "start": start.isoformat()} for start in starts]
    fields = list(days.levels)
    if not starts or not fields:
        return entries, weekly_trend(starts, {field: ([], []) for field in fields})
    figures = _levels_weeks(week, np.stack([days.levels[field] for field in fields]))
    # Each figure of every level and week in one list, in the order of SUMMARY_KEYS: the
    # whole numbers None where the level has no value in the week, the ratios rounded.
    some = figures["some"]
    whole = np.stack([figures[key] for key in ("max", "min", "amplitude")])
    ratios = json_floats(np.stack([figures[key] for key in ("mean", "sd", "mssd", "pac")]
                                  ).ravel())
    weeks = len(starts)
    per_level = [figures["n"].tolist(),
                 *np.where(some, whole, None).reshape(3, -1, weeks).tolist(),
                 *(ratios[k * weeks:(k + 1) * weeks]
                   for k in range(4 * len(fields)))]
    # per_level: n per level, then per key (levels within), grouped below per level.
    trend_series = {}
    for f, field in enumerate(fields):
        columns = [per_level[0][f], *(per_level[1 + k][f] for k in range(3)),
                   *(per_level[4 + k * len(fields) + f] for k in range(4))]
        for entry, summary in zip(entries, zip(*columns, strict=True), strict=True):
            entry[field] = dict(zip(SUMMARY_KEYS, summary, strict=True))
        trend_series[field] = (figures["amplitude"][f], figures["mssd"][f])
    return entries, weekly_trend(starts, trend_series)


def alarm_load(days: Days) -> dict[str, Any]:
    """``metrics.alarm_load`` of the check-ins of these days."""
    alarm_n, alarm_total, _ = _moments(days.levels["alarm"])
    high = days.levels["alarm"]["counts"][:, HIGH_ALARM:].sum(axis=1)
    energy_n, energy_total, _ = _moments(days.levels["energy"])
    # Day k and the next calendar day, when that is the next stored day.
    pair = np.flatnonzero((days.ordinals[1:] == days.ordinals[:-1] + 1)
                          & (alarm_n[:-1] > 0) & (energy_n[1:] > 0))
    alarm_mean = alarm_total[pair] / alarm_n[pair]  # IEEE divisions, as Python's
    next_energy = energy_total[pair + 1] / energy_n[pair + 1]
    after_high = high[pair] > 0
    n, n_high = int(alarm_n.sum()), int(high.sum())
    return {"n": n, "high": n_high, "share": ratio(n_high, n),
            "next_day_energy_after_high": mean(next_energy[after_high].tolist()),
            "next_day_energy_after_other": mean(next_energy[~after_high].tolist()),
            "correlation": pearson(alarm_mean.tolist(), next_energy.tolist())}


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


def checkin_figures(days: Days, start: date, end: date) -> dict[str, Any]:
    """``report.figures_of_checkins`` from the stored days of the period start..end (and
    no others): ``{"weeks" (JSON-ready), "trend", "alarm_load"}``."""
    weeks, trend = weekly_summaries(days)
    load = alarm_load(days)
    load["per_four_weeks"] = alarm_load_per_four_weeks(days, start, end)
    return {"weeks": weeks, "trend": trend, "alarm_load": load}
