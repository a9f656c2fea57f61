"""Insight calculations (METHOD.md 4.4): plain Python, no Django.

Every function takes plain values (numbers, dates, aware datetimes, and
objects *or* dicts for records) and returns plain values, so the same code
serves the Django selectors, the CLI and the JSON API, and can be
property-tested in isolation.

The definitions in METHOD.md 4.4 are fixed; where the method leaves a choice
open, the choice is stated in the docstring of the function that makes it.
A value that cannot be computed is ``None`` (``null`` in JSON), never 0.
"""

import functools
import itertools
import math
import numbers
import statistics
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from operator import attrgetter, is_, itemgetter, le, mul, sub
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np

FIELDS: tuple[str, ...] = ("alarm", "energy", "drive")
ACUTE_CHANGE: float = 3  # |Δ| ≥ 3 counts as an acute change (PAC)
HIGH_ALARM: float = 7  # alarm ≥ 7 counts towards alarm load
DRIVE_HIGH: float = 8  # pursuit intensity ≥ 8 is the drive phase
BOREDOM_LOW: float = 3  # pursuit intensity ≤ 3 is the boredom phase
FLIP_WINDOW = timedelta(days=56)  # "within 8 weeks"
BUCKET_DAYS = 28  # "per 4 weeks"
ROUND_DIGITS = 4
isfinite = math.isfinite
# round(v, 4) of finite floats seen before: a ten-year report rounds 20,000 floats,
# most of them repeats (means and shares of a few whole numbers), and round() with
# digits is slow. Cleared when it grows past _ROUNDED_MAX.
_ROUNDED: dict[float, float] = {}
_ROUNDED_MAX = 1 << 16


def _rounded(value: float) -> float:
    """``round(value, ROUND_DIGITS) + 0.0`` of a finite float (the + 0.0 turns a
    rounded -0.0 into 0.0, so a cached 0.0 serves -0.0 too)."""
    result = _ROUNDED.get(value)
    if result is None:
        if len(_ROUNDED) >= _ROUNDED_MAX:
            _ROUNDED.clear()
        result = _ROUNDED[value] = round(value, ROUND_DIGITS) + 0.0
    return result

SUMMARY_KEYS: tuple[str, ...] = (
    "n",
    "max",
    "min",
    "amplitude",
    "mean",
    "sd",
    "mssd",
    "pac",
)

NAIVE_DATETIME = "naive datetime: insights need time-zone-aware datetimes"


@dataclass(frozen=True)
class Table:
    """Many records at once as plain tuples: ``rows[k][i]`` is the field
    ``names[i]`` of record k (a queryset's ``values_list``). Accepted wherever
    check-ins are, and the lightest form for many of them: Python's garbage
    collector keeps track of every object or named tuple, but lets go of
    plain tuples of numbers and datetimes. Ten years are 29,000 check-ins, and
    as named tuples two full collections took a third of the selector's time."""

    names: tuple[str, ...]
    rows: list[tuple[Any, ...]]

    def column(self, name: str) -> list[Any]:
        """The values of one field, ``None`` if the table has no such field."""
        if name not in self.names:
            return [None] * len(self.rows)
        return list(map(itemgetter(self.names.index(name)), self.rows))

    def select(self, names: Sequence[str]) -> list[tuple[Any, ...]]:
        """The rows as tuples of ``names`` (``None`` for a field it lacks)."""
        if tuple(names) == self.names:
            return list(self.rows)
        if all(n in self.names for n in names):
            pick = itemgetter(*(self.names.index(n) for n in names))
            if len(names) == 1:
                return [(v,) for v in map(pick, self.rows)]
            return list(map(pick, self.rows))
        return list(zip(*(self.column(n) for n in names), strict=True))


@dataclass(frozen=True)
class Columns:
    """Check-ins as numpy columns, the lightest form of all: ``seconds[k]`` is the
    moment of check-in k as whole seconds since 1970-01-01 UTC (rounded down), and
    ``values[i][k]`` its field ``FIELDS[i]``, all int64, in time order (ties in the
    order the check-ins were stored). A database hands these over without a Python
    object per moment; ten years are 29,000 check-ins.

    Whole seconds are enough: the local day and the 4-week bucket of a moment are
    found by comparing it with local midnights, which fall on whole seconds, and
    ``t < M`` holds exactly when ``floor(t) < M`` for a whole M. The order comes
    from the caller, not from the (rounded) seconds."""

    seconds: np.ndarray
    values: tuple[np.ndarray, ...]

    @classmethod
    def of_rows(cls, rows: Sequence[tuple[Any, ...]]) -> "Columns | None":
        """Rows of ``_rows(checkins, FIELDS)`` (in time order) as columns, or None
        unless every value is a whole number of modest size (every check-in from the
        database is)."""
        values = [list(map(itemgetter(k), rows)) for k in range(1, len(FIELDS) + 1)]
        if not rows or not all(map(_whole_numbers, values)):
            return None
        second = timedelta(seconds=1)
        seconds = [(row[0] - _EPOCH) // second for row in rows]  # exact, rounded down
        return cls(np.array(seconds, dtype=np.int64),
                   tuple(np.array(v, dtype=np.int64) for v in values))

    def as_table(self) -> "Table":
        """The same check-ins as a ``Table`` (moments at whole seconds, in UTC)."""
        moments = [_EPOCH + timedelta(seconds=s) for s in self.seconds.tolist()]
        columns = [column.tolist() for column in self.values]
        return Table(("recorded_at", *FIELDS), list(zip(moments, *columns, strict=True)))


@dataclass(frozen=True)
class RideColumns:
    """Rides as numpy columns: ``seconds`` as in ``Columns`` (in time order), and
    ``look_back[k]`` 1 when ride k escalated, 0 when it did not, -1 when it has no
    look-back yet (``escalated`` None)."""

    seconds: np.ndarray
    look_back: np.ndarray

    def as_rows(self) -> list[tuple[datetime, bool | None]]:
        """The rides as (started_at, escalated) pairs, moments at whole seconds."""
        return [(_EPOCH + timedelta(seconds=s), None if code < 0 else bool(code))
                for s, code in zip(self.seconds.tolist(), self.look_back.tolist(), strict=True)]


class _Calendar:
    """The local midnights of a period's days, and of two days either side, as UTC
    seconds: worked out once per report (3,650 days for ten years), shared by every
    count that places moments on local days or in 4-week buckets."""

    def __init__(self, start: date, end: date, zone: tzinfo):
        self.start, self.end, self.zone = start, end, zone
        # Clock changes shift local time by at most a day: two days of margin catch
        # whatever one can move into the period.
        self.first = start.toordinal() - 2

    @functools.cached_property
    def stamps(self) -> "np.ndarray":
        days = range(self.first, self.end.toordinal() + 4)
        return np.array(_midnight_stamps(days, self.zone), dtype=np.float64)

    def midnight(self, day: date) -> float:
        """UTC seconds of the local midnight that begins ``day`` (within the period or
        the day after it)."""
        return self.stamps[day.toordinal() - self.first]

    def days(self, seconds: "np.ndarray") -> "np.ndarray":
        """The local day ordinal of each moment (whole UTC seconds), as
        ``datetime.fromtimestamp(s, zone).toordinal()`` gives it; moments outside the
        days looked at get ``first - 1``, before the period either way.

        Binary search among the local midnights; the moments of a day that does not
        last 24 hours (a clock change, a repeated hour across midnight, a skipped day)
        are converted one by one."""
        lengths = np.diff(self.stamps)
        index = np.searchsorted(self.stamps, seconds, side="right") - 1
        inside = (index >= 0) & (index < len(lengths))
        days = np.where(inside, index + self.first, self.first - 1)
        if (lengths < 0).any():
            irregular = inside
        else:
            irregular = inside & (lengths[np.clip(index, 0, len(lengths) - 1)] != _DAY_SECONDS)
        for k in np.flatnonzero(irregular).tolist():
            days[k] = datetime.fromtimestamp(int(seconds[k]), self.zone).toordinal()
        return days

    def in_period(self, days: "np.ndarray") -> "np.ndarray":
        return (days >= self.start.toordinal()) & (days <= self.end.toordinal())

    def bucket_bounds(self, buckets: list[dict[str, Any]]) -> "np.ndarray":
        """UTC seconds of the midnights that begin each bucket of ``per_four_weeks``,
        and of the one that ends the last."""
        if not buckets:
            return np.zeros(0, dtype=np.float64)
        return np.array([self.midnight(b["start"]) for b in buckets]
                        + [self.midnight(buckets[-1]["end"] + timedelta(days=1))])


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------


def _get(record: Any, name: str) -> Any:
    """Field ``name`` of a dict or an object (model instance, dataclass)."""
    if type(record) is dict or isinstance(record, Mapping):
        return record.get(name)
    return getattr(record, name, None)


def _get_many(record: Any, names: Sequence[str]) -> tuple[Any, ...]:
    """Several fields of a dict or an object at once, ``None`` where missing."""
    # type() before isinstance(): the Mapping ABC check and a Python-level
    # call per field were the slowest steps when reading 29,000 check-ins.
    if type(record) is dict or isinstance(record, Mapping):
        return tuple(map(record.get, names))
    return tuple(getattr(record, name, None) for name in names)


def _fields_of(records: Iterable[Any], names: Sequence[str]) -> list[tuple[Any, ...]]:
    """``_get_many(record, names)`` of each record, in C for uniform input: all dicts,
    or all of one class that is not a mapping (named tuples, model instances)."""
    records = list(records)
    if records:
        kind = type(records[0])
        if kind is dict or not issubclass(kind, Mapping):
            getter = itemgetter(*names) if kind is dict else attrgetter(*names)
            if all(map(is_, map(type, records), itertools.repeat(kind))):
                try:
                    values = list(map(getter, records))
                except (KeyError, AttributeError, TypeError):
                    pass
                else:
                    return values if len(names) > 1 else [(v,) for v in values]
    return [_get_many(r, names) for r in records]


def _zone(tz: str | tzinfo) -> tzinfo:
    return ZoneInfo(tz) if isinstance(tz, str) else tz


def _local(moment: datetime, zone: tzinfo) -> datetime:
    # astimezone() on a naive datetime silently assumes the *server's* zone,
    # which would shift check-ins across midnight and week boundaries.
    if moment.tzinfo is None:
        raise ValueError(NAIVE_DATETIME)
    return moment.astimezone(zone)


def _local_date(moment: date | datetime, zone: tzinfo) -> date:
    """Local calendar date of an aware datetime; a plain date is taken as is."""
    if isinstance(moment, datetime):
        return _local(moment, zone).date()
    return moment


def _local_midnight_utc(day: date, zone: tzinfo) -> datetime:
    """The UTC moment the local ``day`` begins (where midnight falls in a
    clock-change gap, zoneinfo maps it to the moment of the change)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)


# Clock changes shift local time by at most a day (Samoa skipped one in
# 2011), so a moment more than this far inside or outside a period's UTC
# bounds needs no time-zone conversion to be placed.
_SAFE_MARGIN = timedelta(days=2)


def _local_date_filter(start: date, end: date, zone: tzinfo) -> Callable[[date | datetime], bool]:
    """A predicate: does a moment (aware datetime or date) fall on a local
    date within [start, end]? Exact, and cheap for moments away from the
    period's edges."""
    inner_lo, inner_hi, outer_lo, outer_hi = _filter_bounds(start, end, zone)

    def within(moment: date | datetime) -> bool:
        if isinstance(moment, datetime) and moment.tzinfo is not None:
            if inner_lo <= moment < inner_hi:
                return True
            if moment < outer_lo or moment >= outer_hi:
                return False
        return start <= _local_date(moment, zone) <= end

    return within


def _filter_bounds(start: date, end: date, zone: tzinfo) -> tuple[datetime, ...]:
    """(inner_lo, inner_hi, outer_lo, outer_hi): moments in [inner_lo, inner_hi)
    are within the local dates start..end, moments outside [outer_lo, outer_hi)
    are not, whatever the clock does."""
    lo = _local_midnight_utc(start, zone)
    hi = _local_midnight_utc(end + timedelta(days=1), zone)
    return lo + _SAFE_MARGIN, hi - _SAFE_MARGIN, lo - _SAFE_MARGIN, hi + _SAFE_MARGIN


def _as_instant(moment: date | datetime) -> datetime:
    """An aware datetime for ordering and durations; a date counts as 00:00 UTC."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(NAIVE_DATETIME)
        return moment
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


def _days(delta: timedelta) -> float:
    return delta.total_seconds() / 86400


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


# --------------------------------------------------------------------------
# Series statistics
# --------------------------------------------------------------------------


def mean(xs: Iterable[float]) -> float | None:
    """Arithmetic mean; ``None`` for an empty series."""
    values = list(xs)
    if not values:
        return None
    return math.fsum(values) / len(values)


def sample_sd(xs: Iterable[float]) -> float | None:
    """Sample standard deviation, √(Σ(x − x̄)² / (n − 1)); ``None`` if n < 2.

    Whole numbers (every check-in) exactly from integer sums (``_whole_sd``);
    other numbers two-pass with ``math.fsum`` rather than ``statistics.stdev``,
    whose exact fractions are far too slow for 10 years of check-ins.
    """
    values = list(xs)
    n = len(values)
    if n < 2:
        return None
    if _all_ints(values):
        return _whole_sd(n, sum(values), sum(x * x for x in values))
    m = math.fsum(values) / n
    return math.sqrt(math.fsum([(x - m) ** 2 for x in values]) / (n - 1))


def _all_ints(values: Sequence[Any]) -> bool:
    return all(map(is_, map(type, values), itertools.repeat(int)))


def _whole_sd(n: int, total: int, squares: int) -> float:
    """The sample SD of n whole numbers from their sum and sum of squares, with
    Σ(x − x̄)² = (n·Σx² − (Σx)²) / n worked out exactly in integers: one rounded
    division and one rounded square root, so the closest a float can be, and the
    same whether computed per value or from sums (check-ins are whole numbers)."""
    return math.sqrt((n * squares - total * total) / (n * (n - 1)))


def _differences(values: Iterable[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(values)]


def mssd(xs: Iterable[float]) -> float | None:
    """Mean squared successive difference, Σ_{i=1}^{n−1}(x_{i+1} − x_i)² / (n − 1).

    The series must be in time order. ``None`` if n < 2 (von Neumann 1941;
    Jahng, Wood & Trull 2008).
    """
    diffs = _differences(list(xs))
    if not diffs:
        return None
    return math.fsum([d * d for d in diffs]) / len(diffs)


def pac(xs: Iterable[float], threshold: float = ACUTE_CHANGE) -> float | None:
    """Probability of acute change: share of successive differences with
    |x_{i+1} − x_i| ≥ ``threshold`` (default 3). ``None`` if n < 2."""
    diffs = _differences(list(xs))
    if not diffs:
        return None
    return sum(1 for d in diffs if abs(d) >= threshold) / len(diffs)


def series_summary(xs: Iterable[float]) -> dict[str, Any]:
    """Peaks and valleys of one time-ordered series.

    Keys: ``n, max, min, amplitude, mean, sd, mssd, pac``. With n = 0 all but
    ``n`` are ``None``. With n = 1, max, min, mean and amplitude (= max − min
    = 0) are defined, sd, mssd and pac are ``None``.
    """
    values = list(xs)
    n = len(values)
    if not n:
        return {key: (0 if key == "n" else None) for key in SUMMARY_KEYS}
    high, low = max(values), min(values)
    summary = {
        "n": n,
        "max": high,
        "min": low,
        "amplitude": high - low,
        "mean": math.fsum(values) / n,
        "sd": None,
        "mssd": None,
        "pac": None,
    }
    if n >= 2:
        # Same formulas as sample_sd/mssd/pac, sharing the mean and the
        # differences, as maps that run in C: this runs once per week and
        # field, 1,500+ times for ten years of check-ins.
        m = summary["mean"]
        diffs = list(map(sub, values[1:], values[:-1]))
        if _all_ints(values):
            summary["sd"] = _whole_sd(n, sum(values), sum(map(mul, values, values)))
        else:
            deviations = map(sub, values, itertools.repeat(m))
            summary["sd"] = math.sqrt(math.fsum(map(pow, deviations, itertools.repeat(2)))
                                      / (n - 1))
        summary["mssd"] = math.fsum(map(mul, diffs, diffs)) / (n - 1)
        summary["pac"] = sum(map(le, itertools.repeat(ACUTE_CHANGE), map(abs, diffs))) / (n - 1)
    return summary


def theil_sen_slope(points: Iterable[tuple[float, float]]) -> float | None:
    """Theil–Sen estimator: median of (y_j − y_i)/(x_j − x_i) over all pairs
    i < j with x_i ≠ x_j (median of an even count = mean of the middle two).
    ``None`` if there is no such pair. O(n²) pairs."""
    pts = list(points)
    if len(pts) >= _ARRAYS_FROM and all(len(p) == 2 for p in pts):
        xs, ys = (list(c) for c in zip(*pts, strict=True))
        if _exact_as_doubles(xs) and _exact_as_doubles(ys):
            try:
                return _theil_sen_arrays(xs, [ys])[0]
            except OverflowError:
                pass  # the plain computation below behaves as it always did
    slopes = [
        (yj - yi) / (xj - xi)
        for i, (xi, yi) in enumerate(pts)
        for xj, yj in pts[i + 1 :]
        if xj != xi
    ]
    if not slopes:
        return None
    return statistics.median(slopes)


def _theil_sen_slopes(xs: Sequence[float], *series: Sequence[float]) -> list[float | None]:
    """``theil_sen_slope(zip(xs, ys))`` for each ys in ``series``, with the pairs'
    x-differences worked out once (the weekly trend fits amplitude and MSSD over the
    same weeks)."""
    if len(xs) >= _ARRAYS_FROM and _exact_as_doubles(xs) and all(map(_exact_as_doubles, series)):
        try:
            return _theil_sen_arrays(xs, series)
        except OverflowError:
            pass
    return [theil_sen_slope(zip(xs, ys, strict=True)) for ys in series]


# Below this many points the plain list is quicker than setting up arrays.
_ARRAYS_FROM = 24
# Integers up to 2**52 and their differences are exact as doubles, so float64
# arithmetic gives the very floats Python's int and float operators give.
_EXACT_LIMIT = 2**52


def _exact_as_doubles(values: Sequence[Any]) -> bool:
    """True when every value is a plain int or float of modest size: then the
    array path computes each slope bit for bit as the list does."""
    return all((type(v) is int or type(v) is float) and -_EXACT_LIMIT <= v <= _EXACT_LIMIT
               for v in values)  # the range test also refuses NaN


def _theil_sen_arrays(xs: Sequence[float], series: Sequence[Sequence[float]]) -> list:
    """Theil–Sen with float64 arrays: 523 weekly points give 136,000 pairs, and the
    six fits of a ten-year page took ~200 ms as Python lists (most of it sorting).

    Exact, not an approximation: each pair is (y_j − y_i)/(x_j − x_i) with i < j,
    the very IEEE operations the list does. The middle values come from numpy's sort, and an even
    count is averaged in Python, as statistics.median does. Raises OverflowError
    when a slope is not finite, for the caller to fall back on the list."""
    later, earlier = _pairs(len(xs))
    dx, dy, work = _buffers(len(later))
    x = np.asarray(xs, dtype=np.float64)
    _differences_of_pairs(x, later, earlier, dx, work)  # x_j − x_i for every pair i < j
    distinct = dx != 0
    every = bool(distinct.all())
    if not every:
        dx = dx[distinct]
    slopes_per_series = []
    for ys in series:
        _differences_of_pairs(np.asarray(ys, dtype=np.float64), later, earlier, dy, work)
        slopes_per_series.append(_median_slope(dy if every else dy[distinct], dx))
    return slopes_per_series


def _differences_of_pairs(values, later, earlier, out, work) -> None:
    values.take(later, out=out)
    values.take(earlier, out=work)
    np.subtract(out, work, out=out)


# Work arrays for the pairs, kept per thread: ten years of weeks are 136,000 pairs,
# and fresh megabytes for every fit cost more than the arithmetic on them.
_WORK = threading.local()


def _buffers(count: int) -> "tuple[np.ndarray, np.ndarray, np.ndarray]":
    work = getattr(_WORK, "arrays", None)
    if work is None or work.shape[1] < count:
        work = _WORK.arrays = np.empty((3, count), dtype=np.float64)
    return work[0, :count], work[1, :count], work[2, :count]


def _median_slope(dy: "np.ndarray", dx: "np.ndarray") -> float | None:
    count = len(dx)
    if not count:
        return None
    with np.errstate(over="ignore"):
        slopes = np.divide(dy, dx, out=dy)  # dy is a work array: overwritten
    if not np.isfinite(slopes).all():
        raise OverflowError("a slope overflowed")
    # A full sort, not np.partition: with the many equal slopes of whole-number
    # amplitudes, partition took several times longer than sorting.
    slopes.sort()
    middle = count // 2
    if count % 2:
        return float(slopes[middle])
    return (float(slopes[middle - 1]) + float(slopes[middle])) / 2


@functools.lru_cache(maxsize=4)
def _pairs(n: int) -> "tuple[np.ndarray, np.ndarray]":
    """(j, i) of every pair of n points with i < j, as index arrays: gathering the
    differences with them is several times quicker than the below-diagonal half of
    an n × n difference matrix (2 MB of indexes for the 523 weeks of ten years)."""
    # nonzero() hands back strided views of one array: copied, the gathers run
    # several times faster.
    later, earlier = np.nonzero(np.tri(n, n, -1, dtype=bool))
    return np.ascontiguousarray(later), np.ascontiguousarray(earlier)


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    """Pearson r of paired values; ``None`` if fewer than 3 pairs or either
    side has zero variance."""
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
# Weeks: peaks and valleys, and their trend
# --------------------------------------------------------------------------


def iso_week_label(local_dt: date | datetime) -> str:
    """ISO year and week of a *local* date or datetime, e.g. ``"2026-W10"``.

    The ISO year can differ from the calendar year around New Year
    (2026-12-31 is 2026-W53; 2027-01-04 is 2027-W01).
    """
    iso = local_dt.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _rows(checkins: Iterable[Any], fields: Sequence[str]) -> list[tuple[Any, ...]]:
    """Check-ins as tuples (recorded_at, *values of ``fields``), sorted by
    moment (stable, so equal moments keep input order). Check-ins without
    ``recorded_at`` are skipped; a naive ``recorded_at`` is refused. The
    moments come back in UTC."""
    names = ("recorded_at", *fields)
    if isinstance(checkins, Table):
        rows = checkins.select(names)
    else:
        records = list(checkins)
        # Fast paths in C for uniform input: dicts with every key (a queryset's
        # .values()) or objects with every attribute (model instances).
        getter = itemgetter if records and type(records[0]) is dict else attrgetter
        try:
            rows = list(map(getter(*names), records))
        except (KeyError, AttributeError, TypeError):
            rows = [_get_many(r, names) for r in records]
    if None in map(itemgetter(0), rows):
        rows = [row for row in rows if row[0] is not None]
    # Datetimes sharing a tzinfo compare by wall clock, ignoring the fold,
    # so two moments in a zone's repeated autumn hour could sort wrongly;
    # in UTC (as Django hands them over) the order is the real order.
    if not all(map(is_, map(attrgetter("tzinfo"), map(itemgetter(0), rows)),
                   itertools.repeat(UTC))):
        rows = [(_local(row[0], UTC), *row[1:]) for row in rows]
    rows.sort(key=itemgetter(0))
    return rows


def _period_key(local: datetime, days: int) -> int:
    """Ordinal of the local day (days=1) or of its ISO week's Monday (days=7)."""
    ordinal = local.toordinal()
    return ordinal - local.weekday() if days == 7 else ordinal


def _group_by_local_period(
    rows: Sequence[tuple[Any, ...]], zone: tzinfo, days: int
) -> dict[int, list[tuple[Any, ...]]]:
    """Time-sorted rows (moment first) grouped by local day (days=1) or local
    ISO week (days=7), keyed by ``_period_key``, in time order within a group.
    One conversion per row: this is the general path, for what the whole-number
    path (``Columns``) does not take."""
    groups: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        groups.setdefault(_period_key(_local(row[0], zone), days), []).append(row)
    return groups


def weekly_summaries(
    checkins: Iterable[Any],
    tz: str | tzinfo,
    fields: Sequence[str] = FIELDS,
) -> list[dict[str, Any]]:
    """Peaks and valleys per ISO week (Monday–Sunday) of *local* time in ``tz``.

    Each check-in (object or dict with an aware ``recorded_at`` and the
    numeric ``fields``, or a row of a ``Table``) belongs to the ISO week of
    its local time, so a check-in at Monday 00:30 in Amsterdam (Sunday 23:30
    UTC in winter) opens the new week. Within a week check-ins are ordered by moment and
    successive differences never cross a week boundary. A check-in whose
    value for a field is ``None`` is left out of that field's series only
    (the successive difference then spans the two neighbouring check-ins).

    Returns one dict per week *that has check-ins*, in week order:
    ``{"week": "2026-W10", "start": date (Monday), <field>: series_summary}``.
    Weeks without check-ins are not listed; ``weekly_trend`` still counts
    them as elapsed time. O(n log n) for the sort, O(n) otherwise.
    """
    return _weekly_summaries(_rows(checkins, fields), _zone(tz), fields)


def _weekly_summaries(
    rows: Sequence[tuple[Any, ...]], zone: tzinfo, fields: Sequence[str]
) -> list[dict[str, Any]]:
    """weekly_summaries of rows from ``_rows(checkins, fields)``."""
    groups = _group_by_local_period(rows, zone, 7)
    mondays = sorted(groups)
    weeks: list[dict[str, Any]] = []
    for monday in mondays:
        start = date.fromordinal(monday)
        weeks.append({"week": iso_week_label(start), "start": start})
    counts = [len(groups[monday]) for monday in mondays]
    flat = list(itertools.chain.from_iterable(groups[monday] for monday in mondays))
    for k, field in enumerate(fields, start=1):
        column = list(map(itemgetter(k), flat))
        if _whole_numbers(column):
            summaries = _whole_number_summaries(column, counts)
        else:
            summaries = [series_summary(v for v in part if v is not None)
                         for part in _parts(column, counts)]
        for entry, summary in zip(weeks, summaries, strict=True):
            entry[field] = summary
    return weeks


def _parts(values: list[Any], counts: Sequence[int]) -> Iterable[list[Any]]:
    """``values`` cut into consecutive parts of ``counts`` values."""
    start = 0
    for count in counts:
        yield values[start : start + count]
        start += count


# Check-in values are whole numbers 0–10. Well below this bound sums and squares
# of them are exact in 64-bit integers, and every sum is exact as a float.
_WHOLE_LIMIT = 2**20


def _whole_numbers(values: list[Any]) -> bool:
    """True when every value is a plain int of modest size (no None, bool or float)."""
    return (
        0 < len(values) <= _WHOLE_LIMIT
        and set(map(type, values)) == {int}
        and -_WHOLE_LIMIT <= min(values)
        and max(values) <= _WHOLE_LIMIT
    )


def _whole_number_summaries(values: list[int], counts: Sequence[int]) -> list[dict[str, Any]]:
    """``series_summary`` of each part of ``values`` (cut by ``counts``, each ≥ 1),
    for whole numbers, with numpy: ten years are 1,566 weekly series.

    The same numbers as series_summary, not approximations: with whole numbers
    every sum it takes is an exact integer, so numpy's integer sums give it exactly,
    and a mean, ratio or SD (``_whole_sd``) is worked out from those integers in
    Python. Squares stay exact in int64 below _WHOLE_LIMIT."""
    v = np.asarray(values, dtype=np.int64)
    n = np.asarray(counts, dtype=np.int64)
    starts = np.concatenate(([0], np.cumsum(n)[:-1]))
    highs = np.maximum.reduceat(v, starts).tolist()
    lows = np.minimum.reduceat(v, starts).tolist()
    totals = np.add.reduceat(v, starts).tolist()
    squares = np.add.reduceat(v * v, starts).tolist()
    # Successive differences within a part: diffs[k] = v[k + 1] − v[k]; a part of
    # c values starting at s has c − 1 of them, diffs[s : s + c − 1].
    diffs = np.diff(v)
    squared = np.concatenate(([0], np.cumsum(diffs * diffs)))
    acute = np.concatenate(([0], np.cumsum(np.abs(diffs) >= ACUTE_CHANGE)))
    ends = starts + n - 1
    squared_sums = (squared[ends] - squared[starts]).tolist()
    acute_counts = (acute[ends] - acute[starts]).tolist()
    summaries = []
    for c, high, low, total, square, sq, ac in zip(counts, highs, lows, totals, squares,
                                                  squared_sums, acute_counts, strict=True):
        if c >= 2:
            sd, mssd, share = _whole_sd(c, total, square), sq / (c - 1), ac / (c - 1)
        else:
            sd = mssd = share = None
        summaries.append({"n": c, "max": high, "min": low, "amplitude": high - low,
                          "mean": total / c, "sd": sd, "mssd": mssd, "pac": share})
    return summaries


def _week_start(week: Mapping[str, Any]) -> date:
    start = week.get("start")
    if isinstance(start, date):
        return start
    if isinstance(start, str):
        return date.fromisoformat(start)
    year, number = str(week["week"]).split("-W")
    return date.fromisocalendar(int(year), int(number), 1)


def weekly_trend(
    weeks: Sequence[Mapping[str, Any]],
    fields: Sequence[str] = FIELDS,
) -> dict[str, dict[str, Any]]:
    """The headline "peaks less high, valleys less deep": Theil–Sen slope of
    weekly amplitude and of weekly MSSD over the weeks, in units per week.

    x = number of real weeks since the earliest week in ``weeks`` (so a gap
    of three weeks without check-ins counts as three weeks). Per field only
    weeks with n ≥ 2 check-ins (MSSD defined) are used, for *both* slopes: a
    week with a single check-in has amplitude 0 by arithmetic, not because
    it was calm, and would fake a falling trend. Both slopes therefore use
    the same weeks, whose number is ``weeks``. A slope is ``None`` with
    fewer than 2 usable weeks.

    Returns ``{field: {"amplitude_slope", "mssd_slope", "weeks"}}``.
    """
    if not weeks:
        return {f: {"amplitude_slope": None, "mssd_slope": None, "weeks": 0} for f in fields}
    first = min(_week_start(w) for w in weeks)
    index = [(_week_start(w) - first).days // 7 for w in weeks]
    trend: dict[str, dict[str, Any]] = {}
    for field in fields:
        used = [
            (x, w[field])
            for x, w in zip(index, weeks, strict=True)
            if w.get(field)
            and w[field].get("mssd") is not None
            and w[field].get("amplitude") is not None
        ]
        amplitude_slope, mssd_slope = _theil_sen_slopes(
            [x for x, _ in used], [s["amplitude"] for _, s in used], [s["mssd"] for _, s in used]
        )
        trend[field] = {
            "amplitude_slope": amplitude_slope,
            "mssd_slope": mssd_slope,
            "weeks": len(used),
        }
    return trend


_DAY_SECONDS = 86400
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def _midnight_stamps(days: range, zone: tzinfo) -> list[float]:
    """``_local_midnight_utc(day, zone).timestamp()`` of each day ordinal. For a
    ZoneInfo or a fixed offset straight from the zone's utcoffset of the naive local
    midnight (fold 0, as astimezone takes it): a quarter of the time."""
    if type(zone) is ZoneInfo or type(zone) is timezone:
        offset, local = zone.utcoffset, datetime.fromordinal
        return [(day - _EPOCH_ORDINAL) * _DAY_SECONDS - offset(local(day)).total_seconds()
                for day in days]
    return [_local_midnight_utc(date.fromordinal(day), zone).timestamp() for day in days]


def _column_days(
    columns: Columns, calendar: _Calendar
) -> "tuple[np.ndarray, list[np.ndarray]] | None":
    """(local day ordinal per check-in, one int64 array per field of FIELDS) for the
    check-ins of ``columns`` on the local dates of the calendar's period, or None when
    there are none or a value is too large to be summed exactly (then the caller takes
    the general path)."""
    values = list(columns.values)
    if any(len(v) and (v.min() < -_WHOLE_LIMIT or v.max() > _WHOLE_LIMIT) for v in values):
        return None
    days = calendar.days(columns.seconds)
    keep = calendar.in_period(days)
    if not keep.all():
        days, values = days[keep], [v[keep] for v in values]
    if not len(days):
        return None
    return days, values


def _runs(keys: "np.ndarray", columns: "list[np.ndarray]"):
    """Rows grouped by key as ``_group_by_local_period`` groups them (groups in
    key order, rows in time order within a group): (keys of the groups, their
    counts, their starts, the columns in that order)."""
    if len(keys) > 1 and (np.diff(keys) < 0).any():
        order = np.argsort(keys, kind="stable")
        keys = keys[order]
        columns = [column[order] for column in columns]
    starts = np.concatenate(([0], np.flatnonzero(np.diff(keys)) + 1))
    counts = np.diff(np.concatenate((starts, [len(keys)])))
    return keys[starts].tolist(), counts.tolist(), starts, columns


def _weekly_summaries_of_days(days: "np.ndarray", columns: "list[np.ndarray]") -> list[dict]:
    """``_weekly_summaries(rows, zone, FIELDS)`` from ``_column_days``."""
    mondays, counts, _, columns = _runs(days - (days - 1) % 7, columns)
    weeks: list[dict[str, Any]] = []
    for monday in mondays:
        start = date.fromordinal(monday)
        weeks.append({"week": iso_week_label(start), "start": start})
    for field, column in zip(FIELDS, columns, strict=True):
        for entry, summary in zip(weeks, _whole_number_summaries(column, counts), strict=True):
            entry[field] = summary
    return weeks


def _alarm_load_of_whole_days(days: "np.ndarray", columns: "list[np.ndarray]") -> dict:
    """``_alarm_load(rows, zone)`` from ``_column_days`` (alarm and energy
    are the first two of FIELDS)."""
    keys, counts, starts, (alarms, energies, *_) = _runs(days, columns[:2])
    highest = np.maximum.reduceat(alarms, starts).tolist()
    alarm_sums = np.add.reduceat(alarms, starts).tolist()
    energy_sums = np.add.reduceat(energies, starts).tolist()
    alarm_days = {day: (top, alarm_sum / c) for day, c, top, alarm_sum
                  in zip(keys, counts, highest, alarm_sums, strict=True)}
    energy_means = {day: energy_sum / c for day, c, energy_sum
                    in zip(keys, counts, energy_sums, strict=True)}
    high = int(np.count_nonzero(alarms >= HIGH_ALARM))
    return _alarm_load_of_days(alarm_days, energy_means, len(alarms), high)


# --------------------------------------------------------------------------
# Alarm load
# --------------------------------------------------------------------------


def alarm_load(checkins: Iterable[Any], tz: str | tzinfo) -> dict[str, Any]:
    """Alarm load and its relation to the next day's energy.

    Days are local calendar days in ``tz``; "next day" is the next calendar
    day (D + 1), not the next day that happens to have check-ins.

    - ``n``: check-ins with an alarm value.
    - ``high``: check-ins with alarm ≥ 7.  ``share`` = high / n (``None`` if n = 0).
    - ``next_day_energy_after_high``: over the days D with at least one
      alarm ≥ 7 whose next day D + 1 has energy values, the mean of the
      daily mean energy of D + 1 (each next day weighs once, however many
      check-ins it has). ``None`` if there is no such day.
    - ``next_day_energy_after_other``: the same over days D that have alarm
      values but none ≥ 7.
    - ``correlation``: Pearson r between a day's mean alarm and the next
      calendar day's mean energy, over all days D where both exist;
      ``None`` with fewer than 3 such pairs or zero variance on either side.
    """
    return _alarm_load(_rows(checkins, ("alarm", "energy")), _zone(tz))


def _alarm_load(rows: Sequence[tuple[Any, ...]], zone: tzinfo) -> dict[str, Any]:
    """alarm_load of time-sorted rows (moment, alarm, energy, ...)."""
    alarm_days: dict[int, tuple[float, float | None]] = {}
    energy_means: dict[int, float] = {}
    n = high = 0
    for day, rows_of_day in _group_by_local_period(rows, zone, 1).items():
        alarms = [row[1] for row in rows_of_day if row[1] is not None]
        energies = [row[2] for row in rows_of_day if row[2] is not None]
        if alarms:
            alarm_days[day] = (max(alarms), mean(alarms))
            n += len(alarms)
            high += sum(1 for v in alarms if v >= HIGH_ALARM)
        if energies:
            energy_means[day] = math.fsum(energies) / len(energies)
    return _alarm_load_of_days(alarm_days, energy_means, n, high)


def _alarm_load_of_days(alarm_days: dict[int, tuple[float, float | None]],
                        energy_means: dict[int, float], n: int, high: int) -> dict[str, Any]:
    """The alarm_load dict from per-day (highest alarm, mean alarm) and mean energy."""
    after_high: list[float] = []
    after_other: list[float] = []
    pair_alarm: list[float] = []
    pair_energy: list[float] = []
    for day in sorted(alarm_days):
        next_energy = energy_means.get(day + 1)  # day ordinals
        if next_energy is None:
            continue
        highest, average = alarm_days[day]
        if highest >= HIGH_ALARM:
            after_high.append(next_energy)
        else:
            after_other.append(next_energy)
        pair_alarm.append(average)
        pair_energy.append(next_energy)
    return {
        "n": n,
        "high": high,
        "share": _ratio(high, n),
        "next_day_energy_after_high": mean(after_high),
        "next_day_energy_after_other": mean(after_other),
        "correlation": pearson(pair_alarm, pair_energy),
    }


def alarm_load_per_four_weeks(
    checkins: Iterable[Any],
    start: date,
    end: date,
    tz: str | tzinfo,
) -> list[dict[str, Any]]:
    """Alarm load per 28-day bucket of ``per_four_weeks(start, end)``:
    ``[{"start", "end", "days", "n", "high", "share"}]``, with n, high and
    share as in ``alarm_load`` over the check-ins from the local midnight
    that begins the bucket's first day up to the one that ends its last day.

    The same as ``alarm_load`` applied to each bucket's check-ins in turn,
    but counted once: running totals over the check-ins in time order, read
    at each bucket's bounds (ten years are 130 buckets and 29,000 check-ins).
    """
    zone = _zone(tz)
    if isinstance(checkins, Columns):
        return _alarm_load_per_four_weeks_of_columns(checkins, _Calendar(start, end, zone))
    rows = _rows(checkins, ("alarm",))
    moments = list(map(itemgetter(0), rows))
    alarms = list(map(itemgetter(1), rows))
    # counted[k] / high[k]: check-ins with an alarm value / with alarm ≥ 7 among the first k.
    counted: Sequence[int]
    if _whole_numbers(alarms):
        counted = range(len(alarms) + 1)
        high = [0, *np.cumsum(np.array(alarms, dtype=np.int64) >= HIGH_ALARM).tolist()]
    else:
        counted = [0, *itertools.accumulate(a is not None for a in alarms)]
        high = [0, *itertools.accumulate(a is not None and a >= HIGH_ALARM for a in alarms)]
    buckets = []
    for bucket in per_four_weeks((), start, end, zone):
        lo = _local_midnight_utc(bucket["start"], zone)
        hi = _local_midnight_utc(bucket["end"] + timedelta(days=1), zone)
        i, j = bisect_left(moments, lo), bisect_left(moments, hi)
        n, n_high = counted[j] - counted[i], high[j] - high[i]
        buckets.append({"start": bucket["start"], "end": bucket["end"], "days": bucket["days"],
                        "n": n, "high": n_high, "share": _ratio(n_high, n)})
    return buckets


def _alarm_load_per_four_weeks_of_columns(
    columns: Columns, calendar: _Calendar
) -> list[dict[str, Any]]:
    """``alarm_load_per_four_weeks`` of ``Columns``: the bucket bounds found among the
    (whole) seconds all at once."""
    buckets = per_four_weeks((), calendar.start, calendar.end, calendar.zone)
    alarms = columns.values[FIELDS.index("alarm")]
    high = np.concatenate(([0], np.cumsum(alarms >= HIGH_ALARM)))
    # A bucket ends where the next begins: both are the local midnight between them.
    at = np.searchsorted(columns.seconds, calendar.bucket_bounds(buckets), side="left")
    counts, highs = np.diff(at).tolist(), np.diff(high[at]).tolist()
    return [{"start": b["start"], "end": b["end"], "days": b["days"], "n": n, "high": n_high,
             "share": _ratio(n_high, n)} for b, n, n_high in zip(buckets, counts, highs, strict=True)]


# --------------------------------------------------------------------------
# Drive → boredom flips
# --------------------------------------------------------------------------

Rating = tuple[date | datetime, float]


def drive_boredom_flips(ratings: Iterable[Rating]) -> dict[str, Any]:
    """Drive → boredom flips of ONE pursuit.

    Ratings are (aware datetime or date, intensity 0–10), taken in time
    order (a date counts as 00:00 UTC of that day; ties keep input order).

    A *stretch* (the drive phase) opens at a rating ≥ 8 and runs to the last
    ≥ 8 rating before it closes. Ratings of 4–7 do not close it. It closes
    at the first of:

    - a rating ≤ 3 at most 56 days (8 weeks, inclusive) after the stretch's
      last ≥ 8 rating: that is a **flip** (start, peak_end, drop);
    - the first rating more than 56 days after the stretch's last ≥ 8
      rating, whatever its value: the ratings stayed below 8 for the whole
      flip window, so there was no flip; that rating is then judged afresh
      (a ≥ 8 rating opens a new stretch).

    So 9, 6, 9, 2 (all close together) is one stretch and one flip, and
    9, 6, 2 is a flip too (the 2 is within 8 weeks of the 9).

    ``drive_days`` of a flip = days from its first to its last ≥ 8 rating
    (0 when the stretch is a single rating; fractional for datetimes).
    Returns ``{"count", "mean_drive_days" (None if no flips), "flips":
    [{"start", "peak_end", "drop", "drive_days"}]}`` with the original
    date/datetime values.
    """
    ordered = sorted(ratings, key=lambda r: _as_instant(r[0]))
    flips: list[dict[str, Any]] = []
    # The open stretch as (first ≥ 8 moment, last ≥ 8 moment), or None.
    stretch: tuple[date | datetime, date | datetime] | None = None
    for moment, intensity in ordered:
        if intensity is None:
            continue
        if stretch and _as_instant(moment) - _as_instant(stretch[1]) > FLIP_WINDOW:
            stretch = None
        if stretch is None:
            if intensity >= DRIVE_HIGH:
                stretch = (moment, moment)
        elif intensity >= DRIVE_HIGH:
            stretch = (stretch[0], moment)
        elif intensity <= BOREDOM_LOW:
            first, last = stretch
            flips.append(
                {
                    "start": first,
                    "peak_end": last,
                    "drop": moment,
                    "drive_days": _days(_as_instant(last) - _as_instant(first)),
                }
            )
            stretch = None
    return {
        "count": len(flips),
        "mean_drive_days": mean(f["drive_days"] for f in flips),
        "flips": flips,
    }


def flips_summary(
    pursuits: Mapping[str, Iterable[Rating]],
    *,
    start: date | None = None,
    end: date | None = None,
    tz: str | tzinfo = "UTC",
) -> dict[str, Any]:
    """Flips over all pursuits: total ``count`` and ``mean_drive_days`` (each
    flip weighs once, across pursuits), plus per pursuit ``{"name", "count",
    "mean_drive_days", "flips"}`` in the given order.

    Stretches are found in the full history passed in; with ``start``/``end``
    only flips whose *drop* (the moment the flip completed) falls on a local
    date within [start, end] are kept, so a drive phase that began before
    the period still counts whole.
    """
    zone = _zone(tz)
    per_pursuit: list[dict[str, Any]] = []
    all_days: list[float] = []
    for name, ratings in pursuits.items():
        flips = drive_boredom_flips(ratings)["flips"]
        if start is not None or end is not None:
            flips = [
                f
                for f in flips
                if (start is None or _local_date(f["drop"], zone) >= start)
                and (end is None or _local_date(f["drop"], zone) <= end)
            ]
        days = [f["drive_days"] for f in flips]
        all_days.extend(days)
        per_pursuit.append(
            {
                "name": name,
                "count": len(flips),
                "mean_drive_days": mean(days),
                "flips": flips,
            }
        )
    return {
        "count": len(all_days),
        "mean_drive_days": mean(all_days),
        "pursuits": per_pursuit,
    }


def new_pursuit_reminder(
    ratings_of_new_pursuit: Iterable[Rating],
    past_flips_summary: Mapping[str, Any],
) -> bool:
    """True when the new pursuit's first rating (earliest in time) is ≥ 8 and
    the person has at least one past flip (``past_flips_summary["count"]``,
    from ``flips_summary`` or ``drive_boredom_flips`` over the *other*,
    earlier pursuits; the caller leaves the new pursuit out)."""
    ordered = sorted(ratings_of_new_pursuit, key=lambda r: _as_instant(r[0]))
    if not ordered:
        return False
    return ordered[0][1] >= DRIVE_HIGH and past_flips_summary.get("count", 0) >= 1


# --------------------------------------------------------------------------
# Escalations, rides and rules
# --------------------------------------------------------------------------


def per_four_weeks(
    datetimes: Iterable[date | datetime],
    start: date,
    end: date,
    tz: str | tzinfo,
) -> list[dict[str, Any]]:
    """Counts per 28-day bucket from ``start`` to ``end`` (inclusive, local
    dates in ``tz``). Buckets start at ``start``; the last one may be
    shorter, its length is ``days``. Moments outside the period are ignored.
    Returns ``[{"start", "end", "days", "count"}]``; [] if end < start.
    """
    if end < start:
        return []
    zone = _zone(tz)
    total_days = (end - start).days + 1
    buckets = [
        {
            "start": start + timedelta(days=offset),
            "end": start + timedelta(days=min(offset + BUCKET_DAYS, total_days) - 1),
            "days": min(BUCKET_DAYS, total_days - offset),
            "count": 0,
        }
        for offset in range(0, total_days, BUCKET_DAYS)
    ]
    for moment in datetimes:
        if moment is None:
            continue
        day = _local_date(moment, zone)
        if start <= day <= end:
            buckets[(day - start).days // BUCKET_DAYS]["count"] += 1
    return buckets


def escalations_summary(
    datetimes: Iterable[date | datetime],
    start: date,
    end: date,
    tz: str | tzinfo,
) -> dict[str, Any]:
    """Escalations per 4 weeks and their ``total`` within the period."""
    buckets = per_four_weeks(datetimes, start, end, tz)
    return {
        "per_four_weeks": buckets,
        "total": sum(b["count"] for b in buckets),
    }


def rides_summary(
    rides: Iterable[Any],
    start: date,
    end: date,
    tz: str | tzinfo,
) -> dict[str, Any]:
    """Rides per 4 weeks and the share whose look-back says no escalation.

    Each ride has ``started_at`` and ``escalated`` (True / False / None when
    there is no look-back yet). Only rides started on a local date within
    [start, end] count. ``share_no_escalation`` = rides whose look-back says
    no escalation (``escalated`` False) / rides with a look-back (``None``
    if none).
    """
    zone = _zone(tz)
    if isinstance(rides, RideColumns):
        return _rides_summary_of_columns(rides, _Calendar(start, end, zone))
    within = _local_date_filter(start, end, zone)
    in_period = [(moment, escalated)
                 for moment, escalated in _fields_of(rides, ("started_at", "escalated"))
                 if moment is not None and within(moment)]
    looked_back = [escalated for _, escalated in in_period if escalated is not None]
    calm = sum(1 for escalated in looked_back if not escalated)
    buckets = per_four_weeks((moment for moment, _ in in_period), start, end, zone)
    return {
        "per_four_weeks": buckets,
        "total": len(in_period),
        "with_look_back": len(looked_back),
        "no_escalation": calm,
        "share_no_escalation": _ratio(calm, len(looked_back)),
    }


def look_backs_per_four_weeks(
    rides: Iterable[Any],
    start: date,
    end: date,
    tz: str | tzinfo,
) -> list[dict[str, Any]]:
    """Per 28-day bucket of ``per_four_weeks(start, end)``: ``with_look_back``,
    ``no_escalation`` and ``share_no_escalation`` as ``rides_summary`` gives
    them for the rides between the bucket's UTC bounds (the local midnights
    that begin its first day and end its last), found by bisection instead of
    a pass over all rides per bucket."""
    zone = _zone(tz)
    if isinstance(rides, RideColumns):
        return _look_backs_of_columns(rides, _Calendar(start, end, zone))
    dated = sorted(
        ((moment, escalated)
         for moment, escalated in _fields_of(rides, ("started_at", "escalated"))
         if moment is not None),
        key=lambda pair: _as_instant(pair[0]),
    )
    moments = [_as_instant(moment) for moment, _ in dated]
    buckets = []
    for bucket in per_four_weeks((), start, end, zone):
        first, last = bucket["start"], bucket["end"]
        i = bisect_left(moments, _local_midnight_utc(first, zone))
        j = bisect_left(moments, _local_midnight_utc(last + timedelta(days=1), zone))
        within = _local_date_filter(first, last, zone)
        looked_back = [escalated for moment, escalated in dated[i:j]
                       if escalated is not None and within(moment)]
        calm = sum(1 for escalated in looked_back if not escalated)
        buckets.append({"with_look_back": len(looked_back), "no_escalation": calm,
                        "share_no_escalation": _ratio(calm, len(looked_back))})
    return buckets


def _rides_summary_of_columns(rides: RideColumns, calendar: _Calendar) -> dict[str, Any]:
    """``rides_summary`` of ``RideColumns``: each ride's local day found once."""
    buckets = per_four_weeks((), calendar.start, calendar.end, calendar.zone)
    days = calendar.days(rides.seconds)
    in_period = calendar.in_period(days)
    looks = rides.look_back[in_period]
    counts = np.bincount((days[in_period] - calendar.start.toordinal()) // BUCKET_DAYS,
                         minlength=len(buckets)).tolist()
    for bucket, count in zip(buckets, counts, strict=True):
        bucket["count"] = count
    with_look_back = int(np.count_nonzero(looks >= 0))
    calm = int(np.count_nonzero(looks == 0))
    return {"per_four_weeks": buckets, "total": int(np.count_nonzero(in_period)),
            "with_look_back": with_look_back, "no_escalation": calm,
            "share_no_escalation": _ratio(calm, with_look_back)}


def _look_backs_of_columns(rides: RideColumns, calendar: _Calendar) -> list[dict[str, Any]]:
    """``look_backs_per_four_weeks`` of ``RideColumns``: a ride counts in a bucket when
    both its UTC moment lies between the bucket's bounds and its local date within
    the bucket's dates, as there."""
    buckets = per_four_weeks((), calendar.start, calendar.end, calendar.zone)
    by_moment = np.searchsorted(calendar.bucket_bounds(buckets), rides.seconds,
                                side="right") - 1
    days = calendar.days(rides.seconds)
    by_day = (days - calendar.start.toordinal()) // BUCKET_DAYS
    counted = (by_moment == by_day) & calendar.in_period(days) & (rides.look_back >= 0)
    which = by_moment[counted]
    looked_back = np.bincount(which, minlength=len(buckets)).tolist()
    calm = np.bincount(which, weights=rides.look_back[counted] == 0,
                       minlength=len(buckets)).astype(np.int64).tolist()
    return [{"with_look_back": n, "no_escalation": c, "share_no_escalation": _ratio(c, n)}
            for n, c in zip(looked_back, calm, strict=True)]


def rule_keeping(
    records: Iterable[tuple[Any, bool | None]],
) -> list[dict[str, Any]]:
    """Rule keeping per rule from look-back records (rule_id, kept).

    ``applied`` = records with kept not None (the rule was at stake),
    ``kept`` = records with kept True, ``share`` = kept / applied (``None``
    if never applied). Rules appear in order of first appearance, also when
    all their records are None (applied 0).
    """
    rules: dict[Any, dict[str, Any]] = {}
    for rule_id, kept in records:
        row = rules.setdefault(rule_id, {"rule_id": rule_id, "applied": 0, "kept": 0})
        if kept is not None:
            row["applied"] += 1
            row["kept"] += 1 if kept else 0
    return [{**row, "share": _ratio(row["kept"], row["applied"])} for row in rules.values()]


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def to_json_ready(value: Any) -> Any:
    """Dates/datetimes → ISO strings, floats rounded to 4 decimals, tuples →
    lists, None stays None (and a non-finite float becomes None)."""
    # Exact types first: a ten-year report has 20,000 values, and the
    # isinstance checks against the numbers ABCs below are slow.
    kind = type(value)
    if kind is float:
        return _rounded(value) if math.isfinite(value) else None
    if kind is int or kind is str or kind is bool or value is None:
        return value
    if kind is dict:
        # Scalars inline: a ten-year report has 1,500 week summaries of eight values.
        out = {}
        for k, v in value.items():
            key = k if type(k) is str else str(k)
            vkind = type(v)
            if vkind is float:
                out[key] = _rounded(v) if isfinite(v) else None
            elif vkind is int or vkind is str or vkind is bool or v is None:
                out[key] = v
            else:
                out[key] = to_json_ready(v)
        return out
    if kind is list:
        return [to_json_ready(v) for v in value]
    if kind is _JsonReady:
        return list(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        value = float(value)  # also Decimal and Fraction, which json refuses
        if not math.isfinite(value):
            return None
        # + 0.0 turns a rounded -0.0 into 0.0, so JSON never shows "-0.0".
        return round(value, ROUND_DIGITS) + 0.0
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): to_json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_json_ready(v) for v in value]
    return value


def _weeks_and_alarm_load(checkins: Any, calendar: _Calendar) -> tuple:
    """(weekly summaries, alarm load, whole) of the check-ins on the local dates of the
    calendar's period. Whole numbers (every check-in from the database) take the
    numpy path of ``Columns``, anything else the general path; both give the same
    numbers. ``whole`` says which path was taken."""
    if isinstance(checkins, Columns):
        columns, rows = checkins, None
    else:
        rows = _rows(checkins, FIELDS)
        columns = Columns.of_rows(rows)
    fast = _column_days(columns, calendar) if columns is not None else None
    if fast is not None:
        return _weekly_summaries_of_days(*fast), _alarm_load_of_whole_days(*fast), True
    if rows is None:
        rows = _rows(checkins.as_table(), FIELDS)
    within = _local_date_filter(calendar.start, calendar.end, calendar.zone)
    rows = [row for row in rows if within(row[0])]
    # One set of sorted rows for both: alarm and energy are its first two fields.
    return (_weekly_summaries(rows, calendar.zone, FIELDS), _alarm_load(rows, calendar.zone),
            False)


class _JsonReady(list):
    """A list ``to_json_ready`` hands back as it is: already JSON-ready."""


_ROUNDED_KEYS = ("mean", "sd", "mssd", "pac")


def _whole_weeks_json_ready(weeks: list[dict[str, Any]]) -> _JsonReady:
    """``to_json_ready(weeks)`` of weekly summaries of whole numbers, in place and
    without the general walk through every value (a ten-year report has 1,566 week
    summaries): there ``n``, ``max``, ``min`` and ``amplitude`` are ints and the other
    figures floats or None, so only those are rounded."""
    rounded, finite = _rounded, isfinite
    for week in weeks:
        week["start"] = week["start"].isoformat()
        for field in FIELDS:
            summary = week[field]
            for key in _ROUNDED_KEYS:
                value = summary[key]
                if value is not None:
                    summary[key] = rounded(value) if finite(value) else None
    return _JsonReady(weeks)


def insights_report(
    *,
    checkins: Iterable[Any],
    rides: Iterable[Any],
    escalations: Iterable[date | datetime],
    pursuits: Mapping[str, Iterable[Rating]],
    rule_records: Iterable[tuple[Any, bool | None]],
    start: date,
    end: date,
    tz: str,
) -> dict[str, Any]:
    """All insights for the period [start, end] (local dates in ``tz``), as a
    JSON-ready dict with keys ``period, weeks, trend, alarm_load, flips,
    escalations, rides, rules``.

    Check-ins (records or a ``Table``), rides and escalations count when
    their local date lies in the period; flips when their drop does (see ``flips_summary``). Rule records
    carry no time, so the caller passes only look-backs of the period.
    Each week entry holds ``week``, ``start`` (Monday, ISO) and one summary
    per field; the first and last week may be partial.
    """
    zone = _zone(tz)
    calendar = _Calendar(start, end, zone)
    if not isinstance(checkins, (Columns, Table)):
        checkins = list(checkins)  # read twice: weeks, and alarm load per 4 weeks
    if not isinstance(rides, RideColumns):
        rides = list(rides)
    weeks, load, whole = _weeks_and_alarm_load(checkins, calendar)
    trend = weekly_trend(weeks)  # of the figures before rounding
    if isinstance(checkins, Columns):
        load["per_four_weeks"] = _alarm_load_per_four_weeks_of_columns(checkins, calendar)
    else:
        load["per_four_weeks"] = alarm_load_per_four_weeks(checkins, start, end, zone)
    if isinstance(rides, RideColumns):
        ride_summary = _rides_summary_of_columns(rides, calendar)
        look_backs = _look_backs_of_columns(rides, calendar)
    else:
        ride_summary = rides_summary(rides, start, end, zone)
        look_backs = look_backs_per_four_weeks(rides, start, end, zone)
    for bucket, part in zip(ride_summary["per_four_weeks"], look_backs, strict=True):
        bucket.update(part)
    report = {
        "period": {"start": start, "end": end, "tz": tz},
        "weeks": _whole_weeks_json_ready(weeks) if whole else weeks,
        "trend": trend,
        "alarm_load": load,
        "flips": flips_summary(pursuits, start=start, end=end, tz=zone),
        "escalations": escalations_summary(escalations, start, end, zone),
        "rides": ride_summary,
        "rules": rule_keeping(rule_records),
    }
    return to_json_ready(report)
