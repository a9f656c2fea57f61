from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warningplan import phases
from warningplan.phases import DEFAULT_ALARM_FROM, Checkin, suggest

NOW = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)


def checkin(alarm, hours_ago=1, dark=None):
    return Checkin(id=7, at=NOW - timedelta(hours=hours_ago), alarm=alarm, dark_thoughts=dark)


@pytest.mark.parametrize("alarm, phase", [(0, "green"), (4, "green"), (5, "yellow"),
                                          (6, "yellow"), (7, "orange"), (8, "orange"),
                                          (9, "red"), (10, "red")])
def test_default_levels_give_the_issues_phases(alarm, phase):
    assert phases.phase_for_alarm(alarm, DEFAULT_ALARM_FROM) == phase


def test_a_phase_without_a_level_is_never_suggested_by_levels():
    levels = {"green": None, "yellow": 4, "orange": 6, "red": None}
    assert phases.phase_for_alarm(3, levels) is None
    assert phases.phase_for_alarm(10, levels) == "orange"


@pytest.mark.parametrize("levels", [{"green": 0, "yellow": 5, "orange": 5, "red": 9},
                                    {"green": 6, "yellow": 5, "orange": 7, "red": 9},
                                    {"green": 0, "yellow": None, "orange": 9, "red": 8},
                                    {"green": 0, "yellow": 11, "orange": None, "red": None},
                                    {"green": -1, "yellow": None, "orange": None, "red": None}])
def test_levels_must_rise_from_green_to_red(levels):
    with pytest.raises(phases.ThresholdError):
        phases.check_alarm_from(levels)


def test_the_latest_recent_checkin_suggests_the_phase():
    found = suggest(DEFAULT_ALARM_FROM, checkin(8), None, NOW)
    assert (found.phase, found.reason, found.level, found.checkin.id) == ("orange", "alarm", 7, 7)


def test_a_checkin_older_than_12_hours_suggests_nothing():
    found = suggest(DEFAULT_ALARM_FROM, checkin(9, hours_ago=12.5), None, NOW)
    assert (found.phase, found.reason) == (None, "no_checkin")
    assert suggest(DEFAULT_ALARM_FROM, None, None, NOW).phase is None


def test_crisis_language_of_the_last_24_hours_makes_it_red_whatever_the_alarm():
    found = suggest(DEFAULT_ALARM_FROM, checkin(2), NOW - timedelta(hours=23), NOW)
    assert (found.phase, found.reason) == ("red", "crisis_text")
    assert suggest(DEFAULT_ALARM_FROM, None, NOW - timedelta(hours=1), NOW).phase == "red"
    assert suggest(DEFAULT_ALARM_FROM, checkin(2), NOW - timedelta(hours=25), NOW).phase == "green"


def test_dark_thoughts_at_7_or_more_make_it_red():
    assert suggest(DEFAULT_ALARM_FROM, checkin(2, dark=7), None, NOW).reason == "dark_thoughts"
    assert suggest(DEFAULT_ALARM_FROM, checkin(2, dark=6), None, NOW).phase == "green"


def test_the_suggestion_knows_the_newest_moment_it_rests_on():
    crisis = NOW - timedelta(minutes=5)
    assert suggest(DEFAULT_ALARM_FROM, checkin(2), crisis, NOW).based_on_until == crisis
    assert suggest(DEFAULT_ALARM_FROM, checkin(8), None, NOW).based_on_until == checkin(8).at


levels_strategy = st.lists(st.one_of(st.none(), st.integers(0, 10)), min_size=4, max_size=4)


@given(levels_strategy, st.integers(0, 10))
def test_phase_for_alarm_never_goes_down_when_the_alarm_goes_up(values, alarm):
    levels = dict(zip(phases.PHASES, values, strict=True))
    try:
        phases.check_alarm_from(levels)
    except phases.ThresholdError:
        return
    order = [None, *phases.PHASES]
    here = order.index(phases.phase_for_alarm(alarm, levels))
    higher = order.index(phases.phase_for_alarm(min(10, alarm + 1), levels))
    assert higher >= here


@given(st.lists(st.integers(0, 20), min_size=11, max_size=11))
def test_phase_counts_count_every_checkin_in_a_phase_once(histogram):
    row = phases.phase_counts([("2026-W10", histogram)], DEFAULT_ALARM_FROM)[0]
    assert row["week"] == "2026-W10"
    assert sum(row[p] for p in phases.PHASES) == sum(histogram)
    assert row["red"] == histogram[9] + histogram[10]
