"""checkins/schedule.py: when check-ins are asked for. Plain functions, no database."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checkins.schedule import (
    MAX_PER_DAY,
    Plan,
    due_moment,
    fixed_moments,
    format_times,
    latest_moment,
    local_moment,
    moments_between,
    moments_on,
    next_moment,
    parse_times,
    random_moments,
)

AMS = ZoneInfo("Europe/Amsterdam")
SPRING_FORWARD = date(2026, 3, 29)  # 02:00 CET becomes 03:00 CEST
FALL_BACK = date(2026, 10, 25)  # 03:00 CEST becomes 02:00 CET
ZONES = [AMS, ZoneInfo("UTC"), ZoneInfo("America/New_York"), ZoneInfo("Australia/Lord_Howe"),
         ZoneInfo("Asia/Kolkata")]


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def wall(moment):
    return moment.astimezone(AMS).time()


days = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))
minutes_of_day = st.integers(min_value=0, max_value=24 * 60 - 1)


@st.composite
def windows(draw):
    start = draw(st.integers(min_value=0, max_value=24 * 60 - 2))
    end = draw(st.integers(min_value=start + 1, max_value=24 * 60 - 1))
    return time(start // 60, start % 60), time(end // 60, end % 60)


# --- fixed times ------------------------------------------------------------------------

def test_a_fixed_time_is_that_wall_clock_time_in_the_person_s_zone():
    assert local_moment(date(2026, 1, 15), time(9, 0), AMS) == utc(2026, 1, 15, 8, 0)
    assert local_moment(date(2026, 7, 15), time(9, 0), AMS) == utc(2026, 7, 15, 7, 0)


def test_fixed_moments_follow_the_clock_on_both_dst_days():
    assert fixed_moments(SPRING_FORWARD, [time(9)], AMS) == [utc(2026, 3, 29, 7, 0)]
    assert fixed_moments(FALL_BACK, [time(9)], AMS) == [utc(2026, 10, 25, 8, 0)]


def test_a_time_that_does_not_exist_when_clocks_go_forward_comes_one_hour_later():
    [moment] = fixed_moments(SPRING_FORWARD, [time(2, 30)], AMS)
    assert moment == utc(2026, 3, 29, 1, 30)
    assert wall(moment) == time(3, 30)


def test_a_time_that_happens_twice_when_clocks_go_back_is_the_first_of_the_two():
    [moment] = fixed_moments(FALL_BACK, [time(2, 30)], AMS)
    assert moment == utc(2026, 10, 25, 0, 30)  # 02:30 CEST, not 02:30 CET an hour later


def test_two_times_that_meet_in_one_instant_give_one_moment():
    # On the spring-forward night 02:30 does not exist and lands on 03:30.
    assert fixed_moments(SPRING_FORWARD, [time(2, 30), time(3, 30)], AMS) == [
        utc(2026, 3, 29, 1, 30)]


@given(days, st.lists(minutes_of_day, max_size=MAX_PER_DAY), st.sampled_from(ZONES))
def test_fixed_moments_are_sorted_distinct_and_on_that_local_day(day, minutes, tz):
    times = [time(m // 60, m % 60) for m in minutes]
    found = fixed_moments(day, times, tz)
    assert found == sorted(set(found))
    assert len(found) <= len(set(times))
    for moment in found:
        assert moment.tzinfo is UTC
        # A moment pushed forward by a DST gap can land just after midnight only when the
        # gap is at midnight; otherwise it stays on the day.
        assert moment.astimezone(tz).date() in (day, day + timedelta(days=1))


# --- random moments ---------------------------------------------------------------------

@settings(max_examples=300)
@given(days, windows(), st.integers(min_value=1, max_value=MAX_PER_DAY), st.sampled_from(ZONES),
       st.integers(min_value=1, max_value=10**9))
def test_random_moments_are_within_the_window_sorted_distinct_and_as_many_as_asked(
        day, window, count, tz, user_id):
    start, end = window
    found = random_moments(day, start, end, count, tz, str(user_id))
    first, last = local_moment(day, start, tz), local_moment(day, end, tz)
    available = int((last - first).total_seconds() // 60)
    assert len(found) == max(0, min(count, available))
    assert found == sorted(set(found))
    for moment in found:
        assert first <= moment < last
        assert moment.second == 0 and moment.microsecond == 0


@given(days, windows(), st.integers(min_value=1, max_value=MAX_PER_DAY),
       st.integers(min_value=1, max_value=10**9))
def test_random_moments_are_the_same_on_every_reload(day, window, count, user_id):
    first = random_moments(day, *window, count, AMS, str(user_id))
    again = random_moments(day, *window, count, AMS, str(user_id))
    assert first == again


def test_random_moments_differ_between_people_and_between_days():
    window = (time(8), time(22))
    one = random_moments(date(2026, 5, 4), *window, 5, AMS, "1")
    other = random_moments(date(2026, 5, 4), *window, 5, AMS, "2")
    next_day = random_moments(date(2026, 5, 5), *window, 5, AMS, "1")
    assert one != other
    assert [m - timedelta(days=1) for m in next_day] != one


def test_random_moments_are_spread_over_the_window():
    found = random_moments(date(2026, 5, 4), time(9), time(21), 4, AMS, "7")
    # One moment in each quarter of the 12 hours.
    for i, moment in enumerate(found):
        assert local_moment(date(2026, 5, 4), time(9 + 3 * i), AMS) <= moment
        assert moment < local_moment(date(2026, 5, 4), time(12 + 3 * i), AMS)


def test_a_window_over_the_spring_forward_hour_is_one_hour_shorter_and_stays_inside():
    found = random_moments(SPRING_FORWARD, time(0), time(6), 60, AMS, "3")
    assert len(found) == 60
    assert all(utc(2026, 3, 28, 23, 0) <= m < utc(2026, 3, 29, 4, 0) for m in found)
    assert all(not (time(2) <= wall(m) < time(3)) for m in found)  # that hour does not exist


def test_a_window_over_the_fall_back_hour_is_one_hour_longer():
    found = random_moments(FALL_BACK, time(0), time(6), 7 * 60, AMS, "3")
    assert len(found) == 7 * 60  # 7 real hours between 00:00 and 06:00 that night
    assert all(utc(2026, 10, 24, 22, 0) <= m < utc(2026, 10, 25, 5, 0) for m in found)


def test_an_empty_or_reversed_window_gives_no_moments():
    assert random_moments(date(2026, 5, 4), time(10), time(10), 3, AMS, "1") == []
    assert random_moments(date(2026, 5, 4), time(12), time(10), 3, AMS, "1") == []
    assert random_moments(date(2026, 5, 4), time(9), time(21), 0, AMS, "1") == []


# --- plans, due and next ------------------------------------------------------------------

FIXED = Plan(fixed_times=(time(9), time(13), time(20)), seed="1")
RANDOM = Plan(window_start=time(9), window_end=time(21), per_day=3, seed="1")


def test_a_plan_without_times_or_window_is_empty():
    assert Plan().is_empty
    assert Plan(window_start=time(9), window_end=time(8), per_day=3).is_empty
    assert moments_on(Plan(), date(2026, 5, 4), AMS) == []
    assert next_moment(Plan(), utc(2026, 5, 4, 12), AMS) is None


def test_moments_between_spans_days_in_local_time():
    found = moments_between(FIXED, utc(2026, 5, 4, 0), utc(2026, 5, 6, 0), AMS)
    assert found == [utc(2026, 5, 4, 7), utc(2026, 5, 4, 11), utc(2026, 5, 4, 18),
                     utc(2026, 5, 5, 7), utc(2026, 5, 5, 11), utc(2026, 5, 5, 18)]


def test_a_moment_is_due_from_its_time_until_the_next_moment():
    assert due_moment(FIXED, utc(2026, 5, 4, 6, 59), AMS, None) == utc(2026, 5, 3, 18)
    assert due_moment(FIXED, utc(2026, 5, 4, 7, 0), AMS, None) == utc(2026, 5, 4, 7)
    assert due_moment(FIXED, utc(2026, 5, 4, 10, 59), AMS, None) == utc(2026, 5, 4, 7)
    assert due_moment(FIXED, utc(2026, 5, 4, 11, 0), AMS, None) == utc(2026, 5, 4, 11)


def test_a_check_in_after_the_moment_makes_it_no_longer_due():
    now = utc(2026, 5, 4, 8)
    assert due_moment(FIXED, now, AMS, utc(2026, 5, 4, 7, 30)) is None
    assert due_moment(FIXED, now, AMS, utc(2026, 5, 4, 7, 0)) is None
    assert due_moment(FIXED, now, AMS, utc(2026, 5, 4, 6, 59)) == utc(2026, 5, 4, 7)


def test_the_next_moment_is_the_first_after_now():
    assert next_moment(FIXED, utc(2026, 5, 4, 7, 0), AMS) == utc(2026, 5, 4, 11)
    assert next_moment(FIXED, utc(2026, 5, 4, 19, 0), AMS) == utc(2026, 5, 5, 7)


@given(st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2099, 1, 1),
                    timezones=st.just(UTC)))
def test_the_due_moment_is_the_latest_moment_and_lies_before_the_next(now):
    for plan in (FIXED, RANDOM):
        due = due_moment(plan, now, AMS, None)
        assert due == latest_moment(plan, now, AMS)
        assert due is not None and due <= now
        coming = next_moment(plan, now, AMS)
        assert coming is not None and due < coming and now < coming


def test_a_random_plan_gives_the_same_moments_to_the_same_person_on_each_call():
    now = utc(2026, 5, 4, 12)
    assert moments_on(RANDOM, date(2026, 5, 4), AMS) == moments_on(RANDOM, date(2026, 5, 4), AMS)
    assert due_moment(RANDOM, now, AMS, None) == due_moment(RANDOM, now, AMS, None)


# --- typing times -------------------------------------------------------------------------

def test_times_are_read_in_several_ways_sorted_and_once():
    assert parse_times("20:15, 8:00 13.30;8:00") == [time(8), time(13, 30), time(20, 15)]
    assert parse_times("") == []
    assert format_times([time(8), time(13, 30)]) == "08:00, 13:30"


@pytest.mark.parametrize("text", ["abc", "25:00", "8", "8:5", "12:60", "-1:00", "08:00:00"])
def test_a_part_that_is_no_time_of_day_is_named(text):
    with pytest.raises(ValueError) as err:
        parse_times(f"09:00, {text}")
    assert err.value.args[0] == text
