"""The figures from stored days (insights/days.py) are the figures of the reference
definitions over the check-ins (insights/metrics.py), digit for digit: on random
histories across clock changes, skipped and repeated days, with empty days and weeks and
levels left out. No database here; tests/test_checkin_weeks.py does the same through
every write path."""

import json
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from insights import days, metrics
from insights.flips import flips_summary
from insights.report import figures_of_checkins, figures_of_rides, insights_report, to_json_ready

# Zones with what can go wrong: summer time (Amsterdam), half-hour and 45-minute offsets
# (Lord Howe, Kathmandu, Chatham), a day skipped (Apia, 30 December 2011), clocks set
# back across midnight (St. John's until 2011), summer time ending at midnight (Santiago).
ZONES = ["Europe/Amsterdam", "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Chatham",
         "Pacific/Apia", "America/St_Johns", "America/Santiago", "UTC"]
# Periods around those clock changes.
STARTS = [date(2024, 3, 25), date(2024, 10, 21), date(2011, 12, 20), date(2009, 10, 26),
          date(2009, 10, 30), date(2024, 4, 1), date(2024, 9, 2)]


def stored(checkins, zone) -> list[tuple]:
    """The rows a database would hold for these check-ins: (Monday, week per level)."""
    computed = days.checkin_weeks(checkins, zone)
    return [(monday, *(computed[monday][f] for f in metrics.FIELDS))
            for monday in sorted(computed)]


def from_days(checkins, start, end, tz):
    rows = stored(checkins, ZoneInfo(tz))
    return days.checkin_figures(days.Days.of_weeks(rows, start, end), start, end)


def report(figures, start, end, tz):
    return insights_report(**figures, **figures_of_rides([], [], start, end, tz),
                           flips=flips_summary({}),
                           rules=[],
                           start=start, end=end, tz=tz)


def same(got, expected):
    assert got == expected
    # == takes -0.0 for 0.0 and 1 for 1.0: the JSON text must be the same too.
    assert json.dumps(to_json_ready(got), sort_keys=True) == \
        json.dumps(to_json_ready(expected), sort_keys=True)


level = st.integers(0, 10)


@st.composite
def histories(draw):
    """(check-ins, start, end, tz): moments in random order, dense near local midnights
    and clock changes, with some levels left out, over a period with empty days and weeks."""
    tz = draw(st.sampled_from(ZONES))
    start = draw(st.sampled_from(STARTS)) + timedelta(days=draw(st.integers(-3, 3)))
    end = start + timedelta(days=draw(st.integers(0, 90)))
    zone = ZoneInfo(tz)
    first = datetime(start.year, start.month, start.day, tzinfo=zone).astimezone(UTC)
    span = int((end - start).days + 3) * 86400
    checkins = []
    for _ in range(draw(st.integers(0, 70))):
        if draw(st.booleans()):  # anywhere, from a day before to a day after the period
            moment = first + timedelta(seconds=draw(st.integers(-86400, span)))
        else:  # within minutes of a local midnight
            day = start + timedelta(days=draw(st.integers(-1, (end - start).days + 1)))
            midnight = datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)
            moment = midnight + timedelta(seconds=draw(st.integers(-5400, 5400)))
        checkins.append({"recorded_at": moment + timedelta(microseconds=draw(st.integers(0, 9))),
                         "alarm": draw(level), "energy": draw(st.one_of(level, st.none())),
                         "drive": draw(level)})
    return checkins, start, end, tz


@given(histories())
def test_figures_from_days_are_the_figures_of_the_check_ins(history):
    checkins, start, end, tz = history
    expected = figures_of_checkins(checkins, start, end, tz)
    got = from_days(checkins, start, end, tz)
    same(got, expected)
    same(report(got, start, end, tz), report(expected, start, end, tz))


@pytest.mark.parametrize("tz", ZONES)
def test_every_ten_minutes_through_a_year_of_clock_changes(tz):
    """Check-ins every ten minutes and at the edges of every local midnight: thousands of
    successive differences, across every clock change of a year."""
    zone = ZoneInfo(tz)
    year = 2011 if tz == "Pacific/Apia" else 2009 if tz == "America/St_Johns" else 2024
    start, end = date(year, 1, 1), date(year, 12, 31)
    moment = datetime(year, 1, 1, tzinfo=zone).astimezone(UTC)
    checkins, k = [], 0
    while moment.astimezone(zone).year == year:
        checkins.append({"recorded_at": moment, "alarm": k % 11, "energy": (k * 7) % 11,
                         "drive": (k * k) % 11})
        k += 1
        moment += timedelta(minutes=10 if (k // 2000) % 2 else 97)
    day = start
    while day <= end:
        midnight = datetime(day.year, day.month, day.day, tzinfo=zone).astimezone(UTC)
        for delta in (timedelta(seconds=-1), timedelta(0), timedelta(microseconds=1)):
            checkins.append({"recorded_at": midnight + delta, "alarm": day.day % 11,
                             "energy": day.month % 11, "drive": 5})
        day += timedelta(days=1)
    expected = figures_of_checkins(checkins, start, end, tz)
    got = from_days(checkins, start, end, tz)
    same(got, expected)


def test_a_level_left_out_all_week_is_an_empty_summary_and_spans_the_gaps():
    zone = ZoneInfo("Europe/Amsterdam")

    def at(d, h):
        return datetime(2026, 3, d, h, tzinfo=zone)

    checkins = [{"recorded_at": at(2, 9), "alarm": 2, "energy": None, "drive": 1},
                {"recorded_at": at(2, 20), "alarm": 9, "energy": None, "drive": 1},
                {"recorded_at": at(4, 9), "alarm": 5, "energy": None, "drive": None},
                {"recorded_at": at(6, 9), "alarm": 1, "energy": None, "drive": 8}]
    start, end = date(2026, 3, 2), date(2026, 3, 8)
    [week] = from_days(checkins, start, end, "Europe/Amsterdam")["weeks"]
    assert week["energy"] == metrics.empty_summary()
    # drive: 1, 1 on Monday, nothing on Wednesday, 8 on Friday: steps 0 and 7
    assert (week["drive"]["n"], week["drive"]["mssd"], week["drive"]["pac"]) == (3, 24.5, 0.5)
    same(from_days(checkins, start, end, "Europe/Amsterdam"),
         figures_of_checkins(checkins, start, end, "Europe/Amsterdam"))


def test_a_week_holds_a_record_per_day_of_counts_first_last_and_steps():
    zone = ZoneInfo("UTC")
    checkins = [{"recorded_at": datetime(2026, 3, 4, h, tzinfo=UTC), "alarm": a,
                 "energy": None, "drive": 5} for h, a in ((8, 3), (9, None), (10, 9), (11, 9),
                                                           (12, 2))]
    [(monday, week)] = days.checkin_weeks(checkins, zone).items()
    assert monday == date(2026, 3, 2)
    assert week["energy"] is None
    records = np.frombuffer(week["alarm"], dtype=days.LEVEL_DAY)
    assert [r["counts"].sum() for r in records] == [0, 0, 4, 0, 0, 0, 0]  # Wednesday
    wednesday = records[2]
    assert wednesday["counts"].tolist() == [0, 0, 1, 1, 0, 0, 0, 0, 0, 2, 0]
    assert (wednesday["first"], wednesday["last"]) == (3, 2)
    assert (wednesday["squared_steps"], wednesday["acute_steps"]) == (36 + 0 + 49, 2)
    assert days.level_day([None, None]) is None


@given(st.lists(st.tuples(st.integers(0, 6), st.none() | st.integers(0, 10)), max_size=30))
def test_adding_each_latest_value_in_place_gives_the_week_recomputed(values):
    """What a check-in made now does to its stored week (days.week_with_latest) equals
    recomputing the week from all its check-ins."""
    monday = datetime(2026, 3, 2, tzinfo=UTC)
    checkins, packed = [], None
    for k, (weekday, value) in enumerate(sorted(values, key=lambda v: v[0])):
        checkins.append({"recorded_at": monday + timedelta(days=weekday, minutes=k),
                         "alarm": value})
        packed = days.week_with_latest(packed, weekday, value)
    recomputed = days.checkin_weeks(checkins, ZoneInfo("UTC"), ("alarm",))
    assert packed == (recomputed[monday.date()]["alarm"] if recomputed else None)


@pytest.mark.parametrize("bad", [11, -1, 2.5, True, "4"])
def test_a_level_outside_0_to_10_is_refused(bad):
    with pytest.raises(ValueError, match="0 to 10"):
        days.level_day([4, bad])
    with pytest.raises(ValueError, match="0 to 10"):
        days.week_with_latest(None, 2, bad)


def test_no_days_give_no_weeks_and_missing_figures():
    period = (date(2026, 3, 2), date(2026, 3, 8))
    figures = days.checkin_figures(days.Days.of_weeks([], *period), *period)
    assert figures["weeks"] == []
    assert figures["trend"]["alarm"] == {"amplitude_slope": None, "mssd_slope": None,
                                         "weeks": 0}
    assert figures["alarm_load"] == {**metrics.alarm_load([], "UTC"), "per_four_weeks": [
        {"start": date(2026, 3, 2), "end": date(2026, 3, 8), "days": 7, "n": 0, "high": 0,
         "share": None}]}


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)
# Exact halves of the fourth decimal that a double can hold (multiples of 1/32, 5/10⁵·2ᵏ…).
halves = st.integers(-10**6, 10**6).map(lambda k: k / 32 + 1 / 20000 * (k % 2))


@given(st.lists(st.one_of(finite, halves, st.integers(0, 10**6).map(lambda k: k / 20000),
                          st.just(float("nan")), st.just(-0.0)), max_size=200))
def test_json_floats_round_as_python_does(values):
    expected = [None if v != v else round(v, 4) + 0.0 for v in values]
    got = days.json_floats(np.array(values, dtype=np.float64))
    assert json.dumps(got) == json.dumps(expected)
