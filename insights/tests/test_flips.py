"""Tests for insights/flips.py: drive → boredom flips (METHOD.md 4.4)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from insights.flips import drive_boredom_flips, flips_summary, new_pursuit_reminder

D0 = date(2026, 1, 5)


def day(n: int) -> date:
    return D0 + timedelta(days=n)


def test_a_stretch_survives_middling_ratings_and_ends_in_a_flip():
    result = drive_boredom_flips([(day(0), 9), (day(10), 6), (day(20), 9), (day(30), 2)])
    assert result["count"] == 1
    assert result["flips"] == [
        {"start": day(0), "peak_end": day(20), "drop": day(30), "drive_days": 20.0},
    ]
    assert result["mean_drive_days"] == 20


def test_a_drop_within_exactly_eight_weeks_is_a_flip_and_later_is_not():
    assert drive_boredom_flips([(day(0), 8), (day(56), 3)])["count"] == 1
    assert drive_boredom_flips([(day(0), 8), (day(57), 3)])["count"] == 0
    # a middling rating in between does not stretch the window
    assert drive_boredom_flips([(day(0), 8), (day(40), 5), (day(60), 1)])["count"] == 0


def test_ratings_that_stay_below_eight_for_eight_weeks_end_the_stretch():
    result = drive_boredom_flips([(day(0), 9), (day(30), 5), (day(70), 9), (day(80), 2)])
    # the first stretch closed unflipped at day 70; a new one opened there
    assert result["flips"] == [
        {"start": day(70), "peak_end": day(70), "drop": day(80), "drive_days": 0.0},
    ]


def test_several_flips_in_one_pursuit_and_unsorted_input():
    ratings = [(day(12), 8), (day(0), 9), (day(3), 2), (day(10), 8), (day(20), 1)]
    result = drive_boredom_flips(ratings)
    assert result["count"] == 2
    assert [f["drive_days"] for f in result["flips"]] == [0.0, 2.0]
    assert result["mean_drive_days"] == pytest.approx(1.0)


def test_flips_with_datetimes_give_fractional_days():
    t0 = datetime(2026, 1, 5, 12, tzinfo=UTC)
    result = drive_boredom_flips(
        [(t0, 9), (t0 + timedelta(days=1, hours=12), 10), (t0 + timedelta(days=3), 0)]
    )
    assert result["mean_drive_days"] == pytest.approx(1.5)
    assert result["flips"][0]["start"] == t0


def test_no_drive_phase_means_no_flips_and_none_duration():
    assert drive_boredom_flips([(day(0), 7), (day(3), 1)]) == {
        "count": 0,
        "mean_drive_days": None,
        "flips": [],
    }
    assert drive_boredom_flips([]) == {"count": 0, "mean_drive_days": None, "flips": []}
    # a stretch still running at the end is not a flip
    assert drive_boredom_flips([(day(0), 9), (day(3), 6)])["count"] == 0


def test_flips_summary_over_pursuits_and_within_a_period():
    pursuits = {
        "guitar": [(day(0), 9), (day(10), 9), (day(20), 2)],  # 10 days, drop day 20
        "chess": [(day(100), 8), (day(104), 1)],  # 0 days, drop day 104
        "running": [(day(0), 5)],
    }
    summary = flips_summary(pursuits)
    assert summary["count"] == 2
    assert summary["mean_drive_days"] == pytest.approx(5)
    assert [p["name"] for p in summary["pursuits"]] == ["guitar", "chess", "running"]
    assert summary["pursuits"][2]["mean_drive_days"] is None
    in_period = flips_summary(pursuits, start=day(15), end=day(60))
    assert in_period["count"] == 1
    assert in_period["mean_drive_days"] == pytest.approx(10)


def test_new_pursuit_reminder():
    past = flips_summary({"guitar": [(day(0), 9), (day(20), 2)]})
    none_past = flips_summary({"chess": [(day(0), 9)]})
    assert new_pursuit_reminder([(day(100), 9)], past) is True
    assert new_pursuit_reminder([(day(100), 7), (day(101), 10)], past) is False
    # "first" is first in time, not first in the list
    assert new_pursuit_reminder([(day(101), 5), (day(100), 8)], past) is True
    assert new_pursuit_reminder([(day(100), 9)], none_past) is False
    assert new_pursuit_reminder([], past) is False


