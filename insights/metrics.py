"""Insight definitions (METHOD.md 4.4) as plain functions over check-ins: no Django, no numpy.

These functions say what each figure means; they are the reference. The pages compute the
same figures from the stored day aggregates (``insights.days``), and property tests hold
the two to the same digits. Records are objects or dicts with the named fields; moments
are aware datetimes. A value that cannot be computed is ``None`` (``null`` in JSON), never 0.

Conventions where the method leaves a choice open:

- A check-in belongs to the local date of its moment in the person's time zone, and to
  that date's ISO week (Monday to Sunday). Per-4-week counts place moments by local date too.
- "In time order" within a week means: days in calendar order, and within a day by moment.
  That is the order of the moments themselves, except in the minutes a clock was set back
  across midnight (St. John's, Newfoundland, until 2011), whose check-ins stay with their
  own day.
- A check-in without a value for a level is left out of that level's series only.
"""

import itertools
import math
import statistics
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

FIELDS: tuple[str, ...] = ("alarm", "energy", "drive")  # the levels the insights read
# The optional check-in row on thoughts of death or of not wanting to live (issue 11 point
# 10): stored with the levels and shown to the person alone, never through a share.
DARK_THOUGHTS = "dark_thoughts"
STORED_FIELDS: tuple[str, ...] = (*FIELDS, DARK_THOUGHTS)  # the levels of the stored weeks
ACUTE_CHANGE = 3  # |Δ| ≥ 3 counts as an acute change (PAC)
HIGH_ALARM = 7  # alarm ≥ 7 counts towards alarm load
BUCKET_DAYS = 28  # "per 4 weeks"
SUMMARY_KEYS: tuple[str, ...] = ("n", "max", "min", "amplitude", "mean", "sd", "mssd", "pac")
NAIVE_DATETIME = "naive datetime: insights need time-zone-aware datetimes"


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _get(record: Any, name: str) -> Any:
    """Field ``name`` of a dict or an object, ``None`` where it is missing."""
    if isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


def zone_of(tz: str | tzinfo) -> tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def local_date(moment: date | datetime, zone: tzinfo) -> date:
    """The local calendar date of an aware datetime; a plain date is taken as it is."""
    if not isinstance(moment, datetime):
        return moment
    # astimezone() on a naive datetime silently assumes the *server's* zone, which would
    # shift check-ins across midnight and week boundaries.
    if moment.tzinfo is None:
        raise ValueError(NAIVE_DATETIME)
    return moment.astimezone(zone).date()


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def iso_week_label(local_dt: date | datetime) -> str:
    """ISO year and week of a *local* date, e.g. ``"2026-W10"``. The ISO year can differ
    from the calendar year around New Year (2026-12-31 is 2026-W53)."""
    iso = local_dt.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# --------------------------------------------------------------------------
# Series statistics
# --------------------------------------------------------------------------


def mean(xs: Iterable[float]) -> float | None:
    """Arithmetic mean; ``None`` for an empty series."""
    values = list(xs)
    return math.fsum(values) / len(values) if values else None


def _all_ints(values: Sequence[Any]) -> bool:
    return all(type(v) is int for v in values)


def _whole_sd(n: int, total: int, squares: int) -> float:
    """The sample SD of n whole numbers from their sum and sum of squares, with
    Σ(x − x̄)² = (n·Σx² − (Σx)²) / n worked out exactly in integers: one rounded division
    and one rounded square root, the same whether computed per value or from stored sums."""
    return math.sqrt((n * squares - total * total) / (n * (n - 1)))


def sample_sd(xs: Iterable[float]) -> float | None:
    """Sample standard deviation, √(Σ(x − x̄)² / (n − 1)); ``None`` if n < 2. Whole numbers
    (every check-in) exactly from integer sums, other numbers in two passes."""
    values = list(xs)
    n = len(values)
    if n < 2:
        return None
    if _all_ints(values):
        return _whole_sd(n, sum(values), sum(x * x for x in values))
    m = math.fsum(values) / n
    return math.sqrt(math.fsum((x - m) ** 2 for x in values) / (n - 1))


def _differences(values: Sequence[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(values)]


def mssd(xs: Iterable[float]) -> float | None:
    """Mean squared successive difference, Σ_{i=1}^{n−1}(x_{i+1} − x_i)² / (n − 1), of a
    time-ordered series; ``None`` if n < 2 (von Neumann 1941; Jahng, Wood & Trull 2008)."""
    diffs = _differences(list(xs))
    return math.fsum(d * d for d in diffs) / len(diffs) if diffs else None


def pac(xs: Iterable[float], threshold: float = ACUTE_CHANGE) -> float | None:
    """Probability of acute change: the share of successive differences with
    |x_{i+1} − x_i| ≥ ``threshold``; ``None`` if n < 2."""
    diffs = _differences(list(xs))
    return sum(1 for d in diffs if abs(d) >= threshold) / len(diffs) if diffs else None


def empty_summary() -> dict[str, Any]:
    """The summary of a series without values: n 0, the rest None."""
    return {key: (0 if key == "n" else None) for key in SUMMARY_KEYS}


def whole_summary(n: int, high: int, low: int, total: int, squares: int,
                  squared_steps: int, acute_steps: int) -> dict[str, Any]:
    """``series_summary`` of n ≥ 1 whole numbers from their highest and lowest value, sum,
    sum of squares, sum of squared successive differences and number of acute ones.
    Every sum of whole numbers is exact, so these give the very floats the values do."""
    several = n >= 2
    return {"n": n, "max": high, "min": low, "amplitude": high - low, "mean": total / n,
            "sd": _whole_sd(n, total, squares) if several else None,
            "mssd": squared_steps / (n - 1) if several else None,
            "pac": acute_steps / (n - 1) if several else None}


def series_summary(xs: Iterable[float]) -> dict[str, Any]:
    """Peaks and valleys of one time-ordered series: ``n, max, min, amplitude, mean, sd,
    mssd, pac``. With n = 0 all but ``n`` are ``None``; with n = 1 sd, mssd and pac are."""
    values = list(xs)
    n = len(values)
    if not n:
        return empty_summary()
    diffs = _differences(values)
    if _all_ints(values):
        return whole_summary(n, max(values), min(values), sum(values),
                             sum(x * x for x in values), sum(d * d for d in diffs),
                             sum(1 for d in diffs if abs(d) >= ACUTE_CHANGE))
    high, low = max(values), min(values)
    return {"n": n, "max": high, "min": low, "amplitude": high - low,
            "mean": math.fsum(values) / n, "sd": sample_sd(values), "mssd": mssd(values),
            "pac": pac(values)}


def theil_sen_slope(points: Iterable[tuple[float, float]]) -> float | None:
    """Theil–Sen estimator: the median of (y_j − y_i)/(x_j − x_i) over all pairs i < j with
    x_i ≠ x_j (median of an even count = mean of the middle two); ``None`` without such a
    pair. The reference for ``insights.trend``, which computes it with numpy."""
    pts = list(points)
    slopes = [(yj - yi) / (xj - xi) for i, (xi, yi) in enumerate(pts)
              for xj, yj in pts[i + 1:] if xj != xi]
    return statistics.median(slopes) if slopes else None


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson r of paired values; ``None`` with fewer than 3 pairs or when either side
    has zero variance."""
    n = len(xs)
    if n != len(ys):
        raise ValueError("pearson() needs pairs of equal length")
    if n < 3:
        return None
    mx, my = math.fsum(xs) / n, math.fsum(ys) / n
    sxx = math.fsum((x - mx) ** 2 for x in xs)
    syy = math.fsum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    sxy = math.fsum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    # Clamp: rounding can push |r| a hair above 1 for perfectly linear data.
    return max(-1.0, min(1.0, sxy / math.sqrt(sxx * syy)))


# --------------------------------------------------------------------------
# Check-ins per local day, and what is computed from them
# --------------------------------------------------------------------------


def checkins_by_local_day(checkins: Iterable[Any], zone: tzinfo,
                          fields: Sequence[str] = FIELDS) -> dict[date, list[tuple]]:
    """The check-ins' values of ``fields`` per local date, in time order within a day
    (equal moments keep their input order). Check-ins without a moment are skipped; a
    naive moment is refused."""
    rows = [(moment, index, tuple(_get(c, f) for f in fields))
            for index, c in enumerate(checkins)
            if (moment := _get(c, "recorded_at")) is not None]
    for moment, _, _ in rows:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(NAIVE_DATETIME)
    # Compared in UTC: aware datetimes sharing a zone compare by wall clock and would
    # misorder the repeated hour of an autumn clock change.
    rows.sort(key=lambda row: (row[0].astimezone(UTC), row[1]))
    days: dict[date, list[tuple]] = {}
    for moment, _, values in rows:
        days.setdefault(local_date(moment, zone), []).append(values)
    return days


def weekly_summaries(checkins: Iterable[Any], tz: str | tzinfo,
                     fields: Sequence[str] = FIELDS) -> list[dict[str, Any]]:
    """Peaks and valleys per ISO week of local time: ``{"week": "2026-W10", "start":
    Monday, <field>: series_summary}`` for each week *that has check-ins*, in week order.
    Successive differences never cross a week boundary."""
    weeks: dict[date, list[tuple]] = {}
    days = checkins_by_local_day(checkins, zone_of(tz), fields)
    for day in sorted(days):
        weeks.setdefault(monday_of(day), []).extend(days[day])
    return [{"week": iso_week_label(monday), "start": monday,
             **{field: series_summary(row[k] for row in rows if row[k] is not None)
                for k, field in enumerate(fields)}}
            for monday, rows in weeks.items()]


def alarm_load_of_days(days: Iterable[tuple[int, int, int, float | None, float | None]]
                       ) -> dict[str, Any]:
    """Alarm load from per-day figures ``(ordinal, alarm n, alarm ≥ 7 count, mean alarm,
    mean energy)``, in date order (a mean is ``None`` on a day without such values):

    - ``n``, ``high``, ``share``: check-ins with an alarm value, with alarm ≥ 7, their ratio;
    - ``next_day_energy_after_high``: over the days D with an alarm ≥ 7 whose next calendar
      day D + 1 has energy values, the mean of D + 1's mean energy (each next day weighs
      once); ``next_day_energy_after_other``: the same over days D with alarm values, none ≥ 7;
    - ``correlation``: Pearson r between a day's mean alarm and the next calendar day's mean
      energy, over the days where both exist."""
    days = list(days)
    energy_of = {ordinal: energy for ordinal, _, _, _, energy in days if energy is not None}
    after_high, after_other, pair_alarm, pair_energy = [], [], [], []
    for ordinal, _, high, alarm, _ in days:
        next_energy = energy_of.get(ordinal + 1)
        if alarm is None or next_energy is None:
            continue
        (after_high if high else after_other).append(next_energy)
        pair_alarm.append(alarm)
        pair_energy.append(next_energy)
    n, high = sum(day[1] for day in days), sum(day[2] for day in days)
    return {"n": n, "high": high, "share": ratio(high, n),
            "next_day_energy_after_high": mean(after_high),
            "next_day_energy_after_other": mean(after_other),
            "correlation": pearson(pair_alarm, pair_energy)}


def alarm_load(checkins: Iterable[Any], tz: str | tzinfo) -> dict[str, Any]:
    """Alarm load and its relation to the next day's energy (``alarm_load_of_days``), days
    being local calendar days in ``tz``."""
    days = []
    for day, rows in sorted(checkins_by_local_day(checkins, zone_of(tz), ("alarm", "energy"))
                            .items()):
        alarms = [a for a, _ in rows if a is not None]
        energies = [e for _, e in rows if e is not None]
        days.append((day.toordinal(), len(alarms), sum(1 for a in alarms if a >= HIGH_ALARM),
                     mean(alarms), mean(energies)))
    return alarm_load_of_days(days)


def four_week_buckets(start: date, end: date) -> list[dict[str, Any]]:
    """The 28-day buckets from ``start`` to ``end`` (local dates, inclusive) as ``{"start",
    "end", "days"}``; the last one may be shorter. [] if end < start."""
    total = (end - start).days + 1
    return [{"start": start + timedelta(days=offset),
             "end": start + timedelta(days=min(offset + BUCKET_DAYS, total) - 1),
             "days": min(BUCKET_DAYS, total - offset)}
            for offset in range(0, max(total, 0), BUCKET_DAYS)]


def per_four_weeks(datetimes: Iterable[date | datetime], start: date, end: date,
                   tz: str | tzinfo) -> list[dict[str, Any]]:
    """Counts per bucket of ``four_week_buckets``: ``[{"start", "end", "days", "count"}]``.
    Moments on local dates outside the period are ignored."""
    buckets = [{**bucket, "count": 0} for bucket in four_week_buckets(start, end)]
    zone = zone_of(tz)
    for moment in datetimes:
        if moment is not None and start <= (day := local_date(moment, zone)) <= end:
            buckets[(day - start).days // BUCKET_DAYS]["count"] += 1
    return buckets


def alarm_load_per_four_weeks(checkins: Iterable[Any], start: date, end: date,
                              tz: str | tzinfo) -> list[dict[str, Any]]:
    """Per bucket of ``four_week_buckets``: ``n``, ``high`` and ``share`` as ``alarm_load``
    gives them for the check-ins on the bucket's local dates."""
    buckets = four_week_buckets(start, end)
    counts = [[0, 0] for _ in buckets]
    for day, rows in checkins_by_local_day(checkins, zone_of(tz), ("alarm",)).items():
        if start <= day <= end:
            alarms = [a for (a,) in rows if a is not None]
            bucket = counts[(day - start).days // BUCKET_DAYS]
            bucket[0] += len(alarms)
            bucket[1] += sum(1 for a in alarms if a >= HIGH_ALARM)
    return [{"start": b["start"], "end": b["end"], "days": b["days"], "n": n, "high": high,
             "share": ratio(high, n)} for b, (n, high) in zip(buckets, counts, strict=True)]


def checkin_figures(checkins: Iterable[Any], start: date, end: date,
                    tz: str | tzinfo) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """(weekly summaries, alarm load with ``per_four_weeks``) of the check-ins on the local
    dates start..end: what ``insights.days.checkin_figures`` gives from stored days."""
    zone = zone_of(tz)
    checkins = [c for c in checkins if _get(c, "recorded_at") is not None
                and start <= local_date(_get(c, "recorded_at"), zone) <= end]
    load = alarm_load(checkins, zone)
    load["per_four_weeks"] = alarm_load_per_four_weeks(checkins, start, end, zone)
    return weekly_summaries(checkins, zone), load


# --------------------------------------------------------------------------
# Escalations, rides and rules
# --------------------------------------------------------------------------


def escalations_summary(datetimes: Iterable[date | datetime], start: date, end: date,
                        tz: str | tzinfo) -> dict[str, Any]:
    """Escalations per 4 weeks and their ``total`` within the period."""
    buckets = per_four_weeks(datetimes, start, end, tz)
    return {"per_four_weeks": buckets, "total": sum(b["count"] for b in buckets)}


def _look_back_counts(looks: list[bool | None]) -> dict[str, Any]:
    """Rides with a look-back, those whose look-back says no escalation, and their share."""
    looked_back = [escalated for escalated in looks if escalated is not None]
    calm = sum(1 for escalated in looked_back if not escalated)
    return {"with_look_back": len(looked_back), "no_escalation": calm,
            "share_no_escalation": ratio(calm, len(looked_back))}


def rides_summary(rides: Iterable[Any], start: date, end: date,
                  tz: str | tzinfo) -> dict[str, Any]:
    """Rides per 4 weeks and the share whose look-back says no escalation, in all and per
    bucket. Each ride has ``started_at`` and ``escalated`` (True, False, or None before its
    look-back); rides started on a local date within [start, end] count."""
    zone = zone_of(tz)
    buckets = [{**bucket, "count": 0} for bucket in four_week_buckets(start, end)]
    looks: list[list[bool | None]] = [[] for _ in buckets]
    for ride in rides:
        moment = _get(ride, "started_at")
        if moment is not None and start <= (day := local_date(moment, zone)) <= end:
            looks[(day - start).days // BUCKET_DAYS].append(_get(ride, "escalated"))
    for bucket, part in zip(buckets, looks, strict=True):
        bucket["count"] = len(part)
        bucket.update(_look_back_counts(part))
    return {"per_four_weeks": buckets, "total": sum(len(part) for part in looks),
            **_look_back_counts([look for part in looks for look in part])}


def rule_keeping(records: Iterable[tuple[Any, bool | None]]) -> list[dict[str, Any]]:
    """Rule keeping per rule from look-back records (rule_id, kept): ``applied`` = records
    with kept not None, ``kept`` = records with kept True, ``share`` = kept / applied
    (``None`` if never applied). Rules in order of first appearance."""
    rules: dict[Any, dict[str, Any]] = {}
    for rule_id, kept in records:
        row = rules.setdefault(rule_id, {"rule_id": rule_id, "applied": 0, "kept": 0})
        if kept is not None:
            row["applied"] += 1
            row["kept"] += 1 if kept else 0
    return [{**row, "share": ratio(row["kept"], row["applied"])} for row in rules.values()]
