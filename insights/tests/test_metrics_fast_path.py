"""The whole-number fast paths of insights_report (local days by binary search
between local midnights, weekly summaries and alarm load per day with numpy,
cached rounding; and check-ins handed over as numpy ``Columns``) give the very
report of the general path.
"""

import json
import math
import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from insights import metrics
from insights.metrics import FIELDS, Columns, Table, insights_report

ZONES = ["Europe/Amsterdam", "America/New_York", "UTC", "Australia/Lord_Howe",
         "America/Sao_Paulo", "Pacific/Apia", "Asia/Kolkata"]


def _history(rng: random.Random, start: date, days: int, per_day: int) -> list[tuple]:
    """(recorded_at, alarm, energy, drive) rows, in UTC, at random times, some of them
    close to local midnights and clock changes (the minutes are random over the day)."""
    first = datetime(start.year, start.month, start.day, tzinfo=UTC) - timedelta(hours=14)
    rows = []
    for _ in range(days * per_day):
        moment = first + timedelta(seconds=rng.randrange((days + 1) * 86400),
                                   microseconds=rng.choice([0, 0, rng.randrange(10**6)]))
        rows.append((moment, rng.randint(0, 10), rng.randint(0, 10), rng.randint(0, 10)))
    rows.sort(key=lambda r: r[0])
    return rows


def _reports(rows, start, end, tz, monkeypatch):
    """(fast report, general report) of the same check-ins, as a Table."""
    table = Table(("recorded_at", *FIELDS), rows)
    args = {"checkins": table, "rides": [], "escalations": [], "pursuits": {},
            "rule_records": [], "start": start, "end": end, "tz": tz}
    fast = insights_report(**args)
    metrics._ROUNDED.clear()
    with monkeypatch.context() as patch:
        patch.setattr(metrics, "_column_days", lambda columns, calendar: None)
        slow = insights_report(**args)
    return fast, slow


def _columns(rows) -> Columns:
    """The rows as a database hands them over in columns: whole seconds, rounded down."""
    seconds = [math.floor(moment.timestamp()) for moment, *_ in rows]
    return Columns(np.array(seconds, dtype=np.int64),
                   tuple(np.array([row[k] for row in rows], dtype=np.int64)
                         for k in range(1, len(FIELDS) + 1)))


def _all_reports(rows, start, end, tz, monkeypatch):
    """(columns report, fast report, general report) of the same check-ins, and the
    alarm load per 4 weeks of columns and of the table."""
    fast, slow = _reports(rows, start, end, tz, monkeypatch)
    metrics._ROUNDED.clear()
    columns = _columns(rows)
    by_columns = insights_report(checkins=columns, rides=[], escalations=[], pursuits={},
                                 rule_records=[], start=start, end=end, tz=tz)
    assert metrics.alarm_load_per_four_weeks(columns, start, end, tz) == \
        metrics.alarm_load_per_four_weeks(Table(("recorded_at", *FIELDS), rows), start, end, tz)
    return by_columns, fast, slow


def _same(fast, slow):
    assert fast == slow
    # == takes -0.0 for 0.0 and 1 for 1.0: compare the JSON text too.
    assert json.dumps(fast, sort_keys=True) == json.dumps(slow, sort_keys=True)


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fast_path_gives_the_general_report(tz, seed, monkeypatch):
    rng = random.Random(f"{tz}-{seed}")
    # Periods around the clock changes of 2011 (Samoa skipped 30 December), 2018 and 2024.
    start = rng.choice([date(2011, 9, 20), date(2018, 2, 5), date(2024, 3, 4),
                        date(2024, 10, 7)])
    days = rng.choice([3, 40, 120])
    end = start + timedelta(days=days - 1)
    rows = _history(rng, start, days, rng.choice([1, 3, 8]))
    by_columns, fast, slow = _all_reports(rows, start, end, tz, monkeypatch)
    _same(fast, slow)
    _same(by_columns, slow)
    assert fast["weeks"]


@pytest.mark.parametrize("tz", ["Europe/Amsterdam", "America/New_York"])
def test_fast_path_on_clock_change_weeks_and_midnights(tz, monkeypatch):
    """Check-ins every 10 minutes through the DST weeks of 2024, and at one second
    and one microsecond either side of every local midnight."""
    zone = ZoneInfo(tz)
    start, end = date(2024, 3, 4), date(2024, 11, 10)
    rows = []
    for week_start in (date(2024, 3, 4), date(2024, 3, 25), date(2024, 10, 21),
                       date(2024, 10, 28), date(2024, 11, 4)):
        first = datetime(week_start.year, week_start.month, week_start.day,
                         tzinfo=zone).astimezone(UTC)
        rows += [(first + timedelta(minutes=10 * k), k % 11, (k * 7) % 11, (k * 3) % 11)
                 for k in range(7 * 144)]
    day = start
    while day <= end:
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)
        for delta in (timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(0),
                      timedelta(microseconds=1)):
            rows.append((midnight + delta, day.day % 11, day.month % 11, 5))
        day += timedelta(days=1)
    rows.sort(key=lambda r: r[0])
    by_columns, fast, slow = _all_reports(rows, start, end, tz, monkeypatch)
    _same(fast, slow)
    _same(by_columns, slow)


def test_fast_path_with_one_checkin_in_a_week(monkeypatch):
    start, end = date(2024, 1, 1), date(2024, 2, 25)
    rows = [(datetime(2024, 1, 3, 9, tzinfo=UTC), 7, 3, 5)]
    rows += [(datetime(2024, 1, 15, 9, tzinfo=UTC) + timedelta(hours=5 * k), k % 11, 4, 6)
             for k in range(30)]
    rows += [(datetime(2024, 2, 20, 22, 59, 59, 999999, tzinfo=UTC), 10, 0, 0)]
    by_columns, fast, slow = _all_reports(rows, start, end, "Europe/Amsterdam", monkeypatch)
    _same(fast, slow)
    _same(by_columns, slow)
    assert [w["alarm"]["n"] for w in fast["weeks"]] == [1, 30, 1]


@pytest.mark.parametrize("tz", ["Europe/Amsterdam", "America/New_York"])
def test_fast_path_on_an_empty_period(tz, monkeypatch):
    by_columns, fast, slow = _all_reports([], date(2024, 3, 1), date(2024, 3, 31), tz,
                                          monkeypatch)
    _same(fast, slow)
    _same(by_columns, slow)
    rows = [(datetime(2024, 5, 1, 12, tzinfo=UTC), 5, 5, 5)]  # outside the period
    by_columns, fast, slow = _all_reports(rows, date(2024, 3, 1), date(2024, 3, 31), tz,
                                          monkeypatch)
    _same(fast, slow)
    _same(by_columns, slow)
    assert fast["weeks"] == [] and fast["alarm_load"]["n"] == 0


@pytest.mark.parametrize("tz", ZONES)
def test_calendar_days_equal_the_conversion_row_by_row(tz):
    zone = ZoneInfo(tz)
    rng = random.Random(tz)
    first = datetime(2010, 1, 1, tzinfo=UTC)
    moments = sorted(first + timedelta(seconds=rng.randrange(15 * 365 * 86400))
                     for _ in range(20000))
    seconds = np.array([math.floor(m.timestamp()) for m in moments], dtype=np.int64)
    days = metrics._Calendar(moments[0].date(), moments[-1].date(), zone).days(seconds)
    assert days.tolist() == [m.astimezone(zone).toordinal() for m in moments]


def test_rounding_cache_gives_round():
    metrics._ROUNDED.clear()
    rng = random.Random(5)
    values = [rng.uniform(-10, 10) for _ in range(2000)] + [-0.0, 0.0, -0.00004, 0.00005]
    for value in values * 2:
        assert json.dumps(metrics._rounded(value)) == json.dumps(round(value, 4) + 0.0)


@pytest.mark.parametrize("tz", [*ZONES, "fixed"])
def test_midnight_stamps_equal_the_local_midnights(tz):
    from datetime import timezone
    zone = timezone(timedelta(hours=5, minutes=30)) if tz == "fixed" else ZoneInfo(tz)
    days = range(date(1995, 1, 1).toordinal(), date(2030, 1, 1).toordinal())
    assert metrics._midnight_stamps(days, zone) == [
        metrics._local_midnight_utc(date.fromordinal(d), zone).timestamp() for d in days]


def test_columns_with_values_too_large_to_sum_exactly_take_the_general_path(monkeypatch):
    """Not what the database holds (levels are 0–10), but never a wrong number."""
    start, end = date(2024, 1, 1), date(2024, 1, 31)
    rows = [(datetime(2024, 1, 2, 9, tzinfo=UTC) + timedelta(hours=7 * k),
             2**40 if k == 3 else k % 11, 5, 5) for k in range(40)]
    by_columns, _, slow = _all_reports(rows, start, end, "Europe/Amsterdam", monkeypatch)
    _same(by_columns, slow)
    assert by_columns["weeks"][0]["alarm"]["max"] == 2**40


def test_columns_before_1970_and_after_2038(monkeypatch):
    for start in (date(1969, 12, 20), date(2038, 1, 10)):
        end = start + timedelta(days=30)
        rows = _history(random.Random(str(start)), start, 31, 4)
        by_columns, _, slow = _all_reports(rows, start, end, "America/New_York", monkeypatch)
        _same(by_columns, slow)


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("seed", [1, 2])
def test_ride_columns_count_the_rides_of_rows(tz, seed):
    """Rides as numpy columns (whole seconds, look-back as 1/0/-1) give the same rides
    per 4 weeks and look-backs as rows of datetimes: at random moments, and at one
    microsecond and one second either side of every local midnight."""
    rng = random.Random(f"rides-{tz}-{seed}")
    zone = ZoneInfo(tz)
    start = rng.choice([date(2011, 11, 20), date(2018, 2, 5), date(2024, 3, 4),
                        date(2024, 9, 30)])
    days = rng.choice([20, 90, 150])
    end = start + timedelta(days=days - 1)
    first = datetime(start.year, start.month, start.day, tzinfo=UTC) - timedelta(days=2)
    moments = [first + timedelta(seconds=rng.randrange((days + 4) * 86400),
                                 microseconds=rng.randrange(10**6)) for _ in range(400)]
    day = start - timedelta(days=1)
    while day <= end + timedelta(days=1):
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)
        moments += [midnight + timedelta(microseconds=d) for d in (-10**6, -1, 0, 1)]
        day += timedelta(days=1)
    moments.sort()
    rides = [{"started_at": moment, "escalated": rng.choice([True, False, None])}
             for moment in moments]
    columns = metrics.RideColumns(
        np.array([math.floor(m.timestamp()) for m in moments], dtype=np.int64),
        np.array([-1 if r["escalated"] is None else int(r["escalated"]) for r in rides],
                 dtype=np.int64))
    assert metrics.rides_summary(columns, start, end, tz) == \
        metrics.rides_summary(rides, start, end, tz)
    assert metrics.look_backs_per_four_weeks(columns, start, end, tz) == \
        metrics.look_backs_per_four_weeks(rides, start, end, tz)
    assert columns.as_rows() == [
        (datetime.fromtimestamp(math.floor(r["started_at"].timestamp()), UTC), r["escalated"])
        for r in rides]
    assert metrics.rides_summary(columns, start, end, tz)["total"] > 0
