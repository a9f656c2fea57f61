"""Tests for insights/trend.py and insights/report.py: the exact numpy Theil–Sen, the
weekly trend, and the report's shape (keys, rounding, null for what cannot be computed)."""

import itertools
import json
import random
import statistics
from datetime import UTC, date, datetime
from fractions import Fraction
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from insights import trend
from insights.flips import flips_summary
from insights.metrics import SUMMARY_KEYS, rule_keeping, theil_sen_slope, weekly_summaries
from insights.report import figures_of_checkins, figures_of_rides, insights_report, to_json_ready
from insights.trend import theil_sen_slopes
from insights.trend import trend_of_weeks as weekly_trend

AMS = ZoneInfo("Europe/Amsterdam")


def ams(*args: int) -> datetime:
    """A moment given as Amsterdam wall-clock time, returned in UTC."""
    return datetime(*args, tzinfo=AMS).astimezone(UTC)


def checkin(moment: datetime, alarm=None, energy=None, drive=None) -> dict:
    return {"recorded_at": moment, "alarm": alarm, "energy": energy, "drive": drive}


# --------------------------------------------------------------------------
# Theil–Sen with numpy: the very floats of the definition
# --------------------------------------------------------------------------


def _by_brute_force(points):
    """The definition, once more: the median of the slopes of all pairs with distinct x."""
    slopes = [(yj - yi) / (xj - xi)
              for (xi, yi), (xj, yj) in itertools.combinations(points, 2) if xj != xi]
    return statistics.median(slopes) if slopes else None


xs_few = st.integers(0, 20)  # many equal x
xs_many = st.integers(-600, 600)
ys_any = st.one_of(
    st.integers(0, 10),
    st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False),
)


@given(st.lists(st.tuples(st.one_of(xs_few, xs_many), ys_any), max_size=90))
def test_theil_sen_with_numpy_equals_the_definition(points):
    xs, ys = [x for x, _ in points], [y for _, y in points]
    assert theil_sen_slopes(xs, ys) == [theil_sen_slope(points)] == [_by_brute_force(points)]


@given(st.lists(st.tuples(xs_many, st.integers(0, 10), ys_any), max_size=60))
def test_theil_sen_of_two_series_over_the_same_x_equals_two_fits(triples):
    xs = [x for x, _, _ in triples]
    amplitudes, mssds = [a for _, a, _ in triples], [m for _, _, m in triples]
    assert theil_sen_slopes(xs, amplitudes, mssds) == [
        theil_sen_slope(zip(xs, amplitudes, strict=True)),
        theil_sen_slope(zip(xs, mssds, strict=True)),
    ]


def test_theil_sen_over_ten_years_of_weeks_equals_the_definition():
    rng = random.Random(523)
    weeks = [w for w in range(523) if rng.random() > 0.05]  # a few weeks without data
    amplitudes = [rng.randint(0, 10) for _ in weeks]
    mssds = [rng.randint(0, 400) / rng.randint(1, 60) for _ in weeks]
    assert theil_sen_slopes(weeks, amplitudes, mssds) == [
        theil_sen_slope(zip(weeks, amplitudes, strict=True)),
        theil_sen_slope(zip(weeks, mssds, strict=True)),
    ]


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(0, 2**32), size=st.integers(129, 240),
       values=st.sampled_from(["two", "scale", "floats", "one"]),
       gaps=st.booleans())
def test_theil_sen_of_many_weeks_equals_the_definition(seed, size, values, gaps):
    """Over 128 weeks the median is found from a sample of the slopes (trend._ranked):
    still the very floats of the definition, ties and all."""
    rng = random.Random(seed)
    weeks = sorted(rng.sample(range(size * 2), size)) if gaps else list(range(size))
    figure = {"two": lambda: rng.choice((4, 5)), "scale": lambda: rng.randint(0, 10),
              "floats": lambda: rng.randint(0, 400) / rng.randint(1, 60),
              "one": lambda: 7}[values]
    ys = [figure() for _ in weeks]
    assert theil_sen_slopes(weeks, ys) == [theil_sen_slope(zip(weeks, ys, strict=True))]


@pytest.mark.parametrize("margin", [trend.MARGIN, 0])
@pytest.mark.parametrize("values", [
    [0.0] * 9000 + [1.0] * 9001,  # the middle between two long runs
    [3.0] * 20000,
    list(range(30000)),
    [float(v % 97) / 7 for v in range(25000)],
    [-5.0] * 12000 + [0.5] * 3 + [9.0] * 12000,  # one odd value in the middle
])
def test_median_of_many_values_is_statistics_median(monkeypatch, margin, values):
    """With no margin the sample misses often: all values are then selected from."""
    monkeypatch.setattr(trend, "MARGIN", margin)
    shuffled = random.Random(len(values)).sample(values, len(values))
    for part in (shuffled, shuffled[:-1]):  # an even and an odd count
        assert trend._median(np.asarray(part)) == statistics.median(part)


def test_theil_sen_of_fractions_is_the_median_of_exact_slopes():
    points = [(i, Fraction(i * i, 3)) for i in range(6)]
    assert theil_sen_slope(points) == _by_brute_force(points)


# --------------------------------------------------------------------------
# Trend
# --------------------------------------------------------------------------


def _week_of(monday: date, values: list[int]) -> list[dict]:
    return [
        checkin(datetime(monday.year, monday.month, monday.day, 9 + i, tzinfo=AMS), v)
        for i, v in enumerate(values)
    ]


def test_trend_counts_real_weeks_including_gaps():
    items = (
        _week_of(date(2026, 3, 2), [0, 6])  # W10: amplitude 6, MSSD 36
        + _week_of(date(2026, 3, 9), [0, 5])  # W11: 5, 25
        + _week_of(date(2026, 3, 16), [7])  # W12: one check-in, not used
        + _week_of(date(2026, 3, 30), [0, 2])  # W14: 2, 4 (W13 missing)
    )
    weeks = weekly_summaries(items, "Europe/Amsterdam")
    trend = weekly_trend(weeks)
    assert trend["alarm"]["weeks"] == 3
    # x = 0, 1, 4: amplitude falls 1 per week
    assert trend["alarm"]["amplitude_slope"] == pytest.approx(-1)
    # MSSD slopes −11, −8, −7 → median −8
    assert trend["alarm"]["mssd_slope"] == pytest.approx(-8)
    assert trend["energy"] == {"amplitude_slope": None, "mssd_slope": None, "weeks": 0}


def test_trend_accepts_json_ready_weeks():
    items = _week_of(date(2026, 3, 2), [0, 6]) + _week_of(date(2026, 3, 16), [0, 4])
    weeks = to_json_ready(weekly_summaries(items, "Europe/Amsterdam"))
    assert weekly_trend(weeks)["alarm"]["amplitude_slope"] == pytest.approx(-1)
    no_start = [{k: v for k, v in w.items() if k != "start"} for w in weeks]
    assert weekly_trend(no_start)["alarm"]["amplitude_slope"] == pytest.approx(-1)


def test_trend_of_no_weeks_or_one_week_is_none():
    assert weekly_trend([])["alarm"] == {
        "amplitude_slope": None,
        "mssd_slope": None,
        "weeks": 0,
    }
    one = weekly_summaries(_week_of(date(2026, 3, 2), [1, 5]), "Europe/Amsterdam")
    assert weekly_trend(one)["alarm"] == {
        "amplitude_slope": None,
        "mssd_slope": None,
        "weeks": 1,
    }


# --------------------------------------------------------------------------
# The report
# --------------------------------------------------------------------------


def _report(**overrides):
    arguments = {
        "checkins": [
            checkin(ams(2026, 3, 2, 0, 30), 8, 5, 6),  # first day, 1 March in UTC
            checkin(ams(2026, 3, 2, 12), 3, 4, 6),
            checkin(ams(2026, 3, 3, 12), 5, 2, 7),
            checkin(ams(2026, 3, 9, 12), 2, 6, 5),
            checkin(ams(2026, 3, 9, 20), 1, 7, 5),
            checkin(ams(2026, 3, 15, 23, 30), 6, 5, 5),  # last day
            checkin(ams(2026, 3, 16, 0, 30), 10, 0, 0),  # outside: 15 March in UTC
            checkin(ams(2026, 3, 1, 23, 30), 10, 0, 0),  # outside
        ],
        "rides": [{"started_at": ams(2026, 3, 4, 18), "escalated": False}],
        "escalations": [ams(2026, 3, 10, 21)],
        "pursuits": {"guitar": [(date(2026, 2, 20), 9), (date(2026, 3, 5), 2)]},
        "rule_records": [(7, True), (7, False), (8, None)],
        "start": date(2026, 3, 2),
        "end": date(2026, 3, 15),
        "tz": "Europe/Amsterdam",
    }
    arguments.update(overrides)
    figures = figures_of_checkins(arguments.pop("checkins"), arguments["start"],
                                  arguments["end"], arguments["tz"])
    arguments.update(figures_of_rides(arguments.pop("rides"), arguments.pop("escalations"),
                                      arguments["start"], arguments["end"], arguments["tz"]))
    arguments["rules"] = rule_keeping(arguments.pop("rule_records"))
    arguments["flips"] = flips_summary(arguments.pop("pursuits"), start=arguments["start"],
                                       end=arguments["end"], tz=arguments["tz"])
    return insights_report(**figures, **arguments)


def test_report_is_json_with_the_agreed_keys():
    report = _report()
    assert json.loads(json.dumps(report)) == report
    assert list(report) == [
        "period",
        "weeks",
        "trend",
        "alarm_load",
        "flips",
        "escalations",
        "rides",
        "rules",
    ]
    assert report["period"] == {
        "start": "2026-03-02",
        "end": "2026-03-15",
        "tz": "Europe/Amsterdam",
    }
    assert [w["week"] for w in report["weeks"]] == ["2026-W10", "2026-W11"]
    for week in report["weeks"]:
        assert set(week) == {"week", "start", "alarm", "energy", "drive"}
        for field in ("alarm", "energy", "drive"):
            assert list(week[field]) == list(SUMMARY_KEYS)
    assert set(report["trend"]) == {"alarm", "energy", "drive"}
    assert report["rules"][0] == {"rule_id": 7, "applied": 2, "kept": 1, "share": 0.5}


def test_report_uses_only_checkins_on_local_dates_in_the_period():
    report = _report()
    assert [w["alarm"]["n"] for w in report["weeks"]] == [3, 3]
    assert report["weeks"][0]["alarm"]["max"] == 8  # the 00:30 one counts
    assert report["weeks"][1]["alarm"]["max"] == 6  # the 10s were outside
    assert report["alarm_load"]["n"] == 6


def test_report_rounds_to_four_decimals_and_keeps_none():
    report = _report()
    week = report["weeks"][0]["alarm"]  # 8, 3, 5
    assert week["mean"] == 5.3333
    assert week["mssd"] == pytest.approx((25 + 4) / 2)
    assert week["pac"] == 0.5
    assert report["flips"]["count"] == 1
    assert report["flips"]["pursuits"][0]["flips"][0] == {
        "start": "2026-02-20",
        "peak_end": "2026-02-20",
        "drop": "2026-03-05",
        "drive_days": 0.0,
    }
    assert report["escalations"]["total"] == 1
    assert report["rides"]["share_no_escalation"] == 1.0
    assert report["rules"][1]["share"] is None


def test_empty_report_reports_missing_values_as_null_not_zero():
    report = _report(checkins=[], rides=[], escalations=[], pursuits={}, rule_records=[])
    assert report["weeks"] == []
    assert report["trend"]["alarm"] == {
        "amplitude_slope": None,
        "mssd_slope": None,
        "weeks": 0,
    }
    assert report["alarm_load"]["share"] is None
    assert report["flips"] == {"count": 0, "mean_drive_days": None, "pursuits": []}
    assert report["rides"]["share_no_escalation"] is None
    assert "null" in json.dumps(report)


def test_to_json_ready_never_shows_minus_zero_or_nan():
    assert to_json_ready(-0.00001) == 0.0
    assert json.dumps(to_json_ready(-0.00001)) == "0.0"
    assert to_json_ready(float("nan")) is None
    assert to_json_ready({"a": (1, 2.123456, None, True)}) == {"a": [1, 2.1235, None, True]}
    assert to_json_ready(Fraction(1, 3)) == 0.3333
