"""Tests for insights/metrics.py: the fixed definitions of METHOD.md 4.4.

Plain pytest + hypothesis, no Django: run with ``-p no:django``.
"""

import math
import random
import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from decimal import Decimal, localcontext
from fractions import Fraction
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from insights.metrics import (
    SUMMARY_KEYS,
    alarm_load,
    alarm_load_per_four_weeks,
    escalations_summary,
    iso_week_label,
    mean,
    mssd,
    pac,
    pearson,
    per_four_weeks,
    rides_summary,
    rule_keeping,
    sample_sd,
    series_summary,
    theil_sen_slope,
    weekly_summaries,
)

AMS = ZoneInfo("Europe/Amsterdam")

scores = st.lists(st.integers(min_value=0, max_value=10))
ints = st.lists(st.integers(min_value=-1000, max_value=1000))
reals = st.lists(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False))


def ams(*args: int, fold: int = 0) -> datetime:
    """A moment given as Amsterdam wall-clock time, returned in UTC."""
    return datetime(*args, tzinfo=AMS, fold=fold).astimezone(UTC)


def checkin(moment: datetime, alarm=None, energy=None, drive=None) -> dict:
    return {"recorded_at": moment, "alarm": alarm, "energy": energy, "drive": drive}


# --------------------------------------------------------------------------
# Series statistics: properties
# --------------------------------------------------------------------------


@given(st.integers(min_value=-1000, max_value=1000), st.integers(0, 50))
def test_mssd_of_a_constant_series_is_zero(value, n):
    assume(n >= 2)
    assert mssd([value] * n) == 0


@given(ints, st.integers(min_value=-1000, max_value=1000))
def test_mssd_is_unchanged_by_adding_a_constant(xs, c):
    assert mssd([x + c for x in xs]) == mssd(xs)


@given(reals, st.floats(min_value=-1e3, max_value=1e3))
def test_mssd_is_nearly_unchanged_by_adding_a_constant_to_reals(xs, c):
    assume(len(xs) >= 2)
    scale = max(1.0, max(abs(x) for x in xs), abs(c)) ** 2
    assert mssd([x + c for x in xs]) == pytest.approx(mssd(xs), abs=1e-9 * scale)


@given(ints, st.integers(min_value=-100, max_value=100))
def test_mssd_scales_with_the_square_of_a_factor(xs, c):
    assume(len(xs) >= 2)
    assert mssd([c * x for x in xs]) == pytest.approx(c * c * mssd(xs))


@given(reals)
def test_mssd_equals_the_direct_computation(xs):
    assume(len(xs) >= 2)
    exact = sum((Fraction(xs[i + 1]) - Fraction(xs[i])) ** 2 for i in range(len(xs) - 1)) / (
        len(xs) - 1
    )
    assert mssd(xs) == pytest.approx(float(exact), rel=1e-12, abs=1e-12)


@given(reals)
def test_pac_is_a_share(xs):
    result = pac(xs)
    if len(xs) < 2:
        assert result is None
    else:
        assert 0 <= result <= 1


@given(ints, st.integers(min_value=-1000, max_value=1000))
def test_pac_is_unchanged_by_adding_a_constant(xs, c):
    assert pac([x + c for x in xs]) == pac(xs)


@given(reals)
def test_sd_is_never_negative(xs):
    result = sample_sd(xs)
    if len(xs) < 2:
        assert result is None
    else:
        assert result >= 0


@given(reals)
def test_amplitude_is_max_minus_min_and_never_negative(xs):
    summary = series_summary(xs)
    if not xs:
        assert summary["amplitude"] is None
    else:
        assert summary["amplitude"] == max(xs) - min(xs) >= 0


@given(reals)
def test_series_summary_agrees_with_the_single_functions(xs):
    summary = series_summary(xs)
    assert list(summary) == list(SUMMARY_KEYS)
    assert summary["n"] == len(xs)
    for key, function in [
        ("mean", mean),
        ("sd", sample_sd),
        ("mssd", mssd),
        ("pac", pac),
    ]:
        expected = function(xs)
        if expected is None:
            assert summary[key] is None
        else:
            assert summary[key] == pytest.approx(expected)


@given(st.lists(st.integers(-10**6, 10**6), min_size=2, max_size=300))
def test_sd_of_whole_numbers_is_the_exact_value_to_the_last_digit_but_one(xs):
    """Whole numbers (every check-in) get their SD from exact integer sums: within one
    unit in the last place of the true value, per value and per week alike."""
    n = len(xs)
    average = Fraction(sum(xs), n)
    variance = sum((x - average) ** 2 for x in xs) / (n - 1)
    with localcontext() as context:
        context.prec = 60
        exact = (Decimal(variance.numerator) / Decimal(variance.denominator)).sqrt()
        sd = sample_sd(xs)
        assert abs(Decimal(sd) - exact) <= Decimal(math.ulp(sd))
    assert series_summary(xs)["sd"] == sd
    assert sd == pytest.approx(statistics.stdev(xs))


@given(st.lists(st.integers(0, 10), max_size=1))
def test_too_short_series_give_none_not_zero_and_never_crash(xs):
    summary = series_summary(xs)
    assert summary["sd"] is None
    assert summary["mssd"] is None
    assert summary["pac"] is None
    assert sample_sd(xs) is None
    assert mssd(xs) is None
    assert pac(xs) is None


def test_empty_series_is_all_none_except_n():
    assert series_summary([]) == {
        "n": 0,
        "max": None,
        "min": None,
        "amplitude": None,
        "mean": None,
        "sd": None,
        "mssd": None,
        "pac": None,
    }
    assert mean([]) is None


def test_single_value_has_max_min_mean_and_zero_amplitude():
    assert series_summary([4]) == {
        "n": 1,
        "max": 4,
        "min": 4,
        "amplitude": 0,
        "mean": 4.0,
        "sd": None,
        "mssd": None,
        "pac": None,
    }


# --------------------------------------------------------------------------
# Series statistics: hand-computed examples
# --------------------------------------------------------------------------


def test_series_2_5_3_9_by_hand():
    summary = series_summary([2, 5, 3, 9])
    assert summary["n"] == 4
    assert summary["max"] == 9
    assert summary["min"] == 2
    assert summary["amplitude"] == 7
    assert summary["mean"] == pytest.approx(4.75)
    # deviations −2.75, 0.25, −1.75, 4.25 → squares sum 28.75, / 3
    assert summary["sd"] == pytest.approx((28.75 / 3) ** 0.5)
    # differences 3, −2, 6 → (9 + 4 + 36) / 3
    assert summary["mssd"] == pytest.approx(49 / 3)
    assert summary["mssd"] == pytest.approx(16.3333, abs=1e-4)
    # |3| ≥ 3 and |6| ≥ 3, |−2| < 3
    assert summary["pac"] == pytest.approx(2 / 3)


def test_pac_counts_a_change_of_exactly_three():
    assert pac([0, 3, 1]) == 0.5
    assert pac([5, 2]) == 1.0
    assert pac([5, 3]) == 0.0
    assert pac([0, 4, 0], threshold=5) == 0.0


def test_mssd_depends_on_order_unlike_sd():
    assert mssd([1, 2, 3, 4]) == 1
    assert mssd([1, 3, 2, 4]) == pytest.approx((4 + 1 + 4) / 3)
    assert sample_sd([1, 2, 3, 4]) == pytest.approx(sample_sd([1, 3, 2, 4]))


# --------------------------------------------------------------------------
# Theil–Sen and Pearson
# --------------------------------------------------------------------------


@given(
    st.integers(-100, 100),
    st.integers(-100, 100),
    st.lists(st.integers(-500, 500), min_size=2, max_size=40, unique=True),
)
def test_theil_sen_on_a_line_returns_its_slope(a, b, xs):
    assert theil_sen_slope([(x, a + b * x) for x in xs]) == pytest.approx(b)


@given(
    st.integers(-100, 100),
    st.integers(-100, 100),
    st.lists(st.integers(-500, 500), min_size=5, max_size=40, unique=True),
    st.integers(min_value=0),
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False),
)
def test_theil_sen_ignores_one_outlier(a, b, xs, which, outlier):
    points = [(x, a + b * x) for x in xs]
    i = which % len(points)
    points[i] = (points[i][0], outlier)
    assert theil_sen_slope(points) == pytest.approx(b)


def test_theil_sen_needs_two_distinct_x():
    assert theil_sen_slope([]) is None
    assert theil_sen_slope([(1, 5)]) is None
    assert theil_sen_slope([(1, 5), (1, 7), (1, 9)]) is None
    # pairs with equal x are skipped, the others still count
    assert theil_sen_slope([(1, 5), (1, 7), (3, 9)]) == pytest.approx(1.5)


def test_theil_sen_takes_the_median_of_pairwise_slopes():
    # slopes: (0,0)-(1,1)=1, (0,0)-(2,4)=2, (1,1)-(2,4)=3 → median 2
    assert theil_sen_slope([(0, 0), (1, 1), (2, 4)]) == 2
    # even count: slopes 1 and 3 (x distinct pairs only) → mean of the two
    assert theil_sen_slope([(0, 0), (1, 1), (1, 3)]) == 2


@given(st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10)), max_size=30))
def test_pearson_is_between_minus_one_and_one_or_none(pairs):
    xs = [x for x, _ in pairs]
    ys = [y for _, y in pairs]
    r = pearson(xs, ys)
    if len(pairs) < 3 or len(set(xs)) < 2 or len(set(ys)) < 2:
        assert r is None
    else:
        assert -1 <= r <= 1
        assert r == pytest.approx(statistics.correlation(xs, ys))


# --------------------------------------------------------------------------
# ISO weeks in the person's time zone
# --------------------------------------------------------------------------


def test_iso_week_label_is_zero_padded():
    assert iso_week_label(date(2026, 3, 2)) == "2026-W10"
    assert iso_week_label(date(2026, 1, 1)) == "2026-W01"
    assert iso_week_label(datetime(2026, 3, 8, 23, 59, tzinfo=AMS)) == "2026-W10"


def test_iso_week_label_at_the_year_boundary():
    assert iso_week_label(date(2026, 12, 31)) == "2026-W53"
    assert iso_week_label(date(2027, 1, 3)) == "2026-W53"
    assert iso_week_label(date(2027, 1, 4)) == "2027-W01"
    assert iso_week_label(date(2025, 12, 29)) == "2026-W01"


def test_sunday_night_and_monday_just_after_midnight_are_different_weeks():
    sunday = ams(2026, 3, 8, 23, 30)  # 22:30 UTC
    monday = ams(2026, 3, 9, 0, 30)  # 23:30 UTC, still Sunday in UTC
    assert monday.date() == date(2026, 3, 8)
    weeks = weekly_summaries([checkin(sunday, 2), checkin(monday, 9)], "Europe/Amsterdam")
    assert [w["week"] for w in weeks] == ["2026-W10", "2026-W11"]
    assert [w["start"] for w in weeks] == [date(2026, 3, 2), date(2026, 3, 9)]
    # successive differences never cross the week boundary
    assert [w["alarm"]["n"] for w in weeks] == [1, 1]
    assert all(w["alarm"]["mssd"] is None for w in weeks)


def test_a_checkin_belongs_to_the_week_of_its_local_time_not_utc():
    in_utc = weekly_summaries([checkin(ams(2026, 3, 9, 0, 30), 5)], "UTC")
    in_ams = weekly_summaries([checkin(ams(2026, 3, 9, 0, 30), 5)], "Europe/Amsterdam")
    assert in_utc[0]["week"] == "2026-W10"
    assert in_ams[0]["week"] == "2026-W11"


def test_year_boundary_week_in_amsterdam():
    items = [
        checkin(ams(2026, 12, 31, 12, 0), 1),
        checkin(ams(2027, 1, 3, 23, 30), 4),  # Sunday: still 2026-W53
        checkin(ams(2027, 1, 4, 0, 30), 8),  # Monday 00:30, Sunday 23:30 UTC
    ]
    weeks = weekly_summaries(items, "Europe/Amsterdam")
    assert [w["week"] for w in weeks] == ["2026-W53", "2027-W01"]
    assert weeks[0]["alarm"]["mssd"] == 9
    assert weeks[1]["alarm"]["n"] == 1


def test_week_with_the_spring_clock_change():
    # 2026-W13 runs Mon 23 March to Sun 29 March; at 02:00 on the 29th the
    # clocks go to 03:00 (CET +1 → CEST +2).
    items = [
        checkin(ams(2026, 3, 23, 0, 15), 3),  # Sunday 23:15 UTC
        checkin(ams(2026, 3, 29, 1, 30), 5),  # before the change
        checkin(ams(2026, 3, 29, 3, 30), 9),  # after the change
        checkin(ams(2026, 3, 29, 23, 30), 6),  # 21:30 UTC
        checkin(ams(2026, 3, 30, 0, 30), 1),  # 22:30 UTC Sunday: new week
    ]
    weeks = weekly_summaries(items, "Europe/Amsterdam")
    assert [w["week"] for w in weeks] == ["2026-W13", "2026-W14"]
    assert weeks[0]["alarm"]["n"] == 4
    assert weeks[0]["alarm"]["mssd"] == pytest.approx((4 + 16 + 9) / 3)
    assert weeks[1]["alarm"]["n"] == 1


def test_autumn_repeated_hour_is_ordered_by_moment_not_wall_clock():
    # 25 Oct 2026: 03:00 CEST becomes 02:00 CET, so 02:00–03:00 happens twice.
    # Given in Amsterdam time (same tzinfo), Python would compare the wall
    # clocks and put 02:15 (second pass) before 02:30 (first pass).
    first_pass = datetime(2026, 10, 25, 2, 30, tzinfo=AMS)  # 00:30 UTC
    second_pass = datetime(2026, 10, 25, 2, 15, tzinfo=AMS, fold=1)  # 01:15 UTC
    later = datetime(2026, 10, 25, 9, 0, tzinfo=AMS)
    items = [checkin(second_pass, 9), checkin(later, 2), checkin(first_pass, 1)]
    [week] = weekly_summaries(items, "Europe/Amsterdam")
    assert week["week"] == "2026-W43"
    # time order 1, 9, 2 → (64 + 49) / 2; wall-clock order would give 32.5
    assert week["alarm"]["mssd"] == pytest.approx(56.5)


class _BackAcrossMonday(tzinfo):
    """A made-up zone whose clock turns back from Monday 00:30 to Sunday
    23:30 (+01:00 → +00:00), at 2026-03-08 23:30 UTC."""

    change = datetime(2026, 3, 8, 23, 30)  # UTC, naive

    def utcoffset(self, dt):
        wall = dt.replace(tzinfo=None)
        if wall < self.change:
            return timedelta(hours=1)
        if wall >= self.change + timedelta(hours=1):
            return timedelta(0)
        return timedelta(0) if dt.fold else timedelta(hours=1)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "BACK"

    def fromutc(self, dt):
        utc = dt.replace(tzinfo=None)
        if utc < self.change:
            return (utc + timedelta(hours=1)).replace(tzinfo=self)
        fold = 1 if utc < self.change + timedelta(hours=1) else 0
        return utc.replace(tzinfo=self, fold=fold)


def test_clock_turning_back_across_the_week_boundary_follows_local_time():
    zone = _BackAcrossMonday()
    moments = [
        datetime(2026, 3, 8, 22, 0, tzinfo=UTC),  # Sun 23:00 local, W10
        datetime(2026, 3, 8, 23, 10, tzinfo=UTC),  # Mon 00:10 local, W11
        datetime(2026, 3, 8, 23, 45, tzinfo=UTC),  # Sun 23:45 again, W10
        datetime(2026, 3, 9, 1, 0, tzinfo=UTC),  # Mon 01:00 local, W11
    ]
    assert [iso_week_label(m.astimezone(zone)) for m in moments] == [
        "2026-W10",
        "2026-W11",
        "2026-W10",
        "2026-W11",
    ]
    weeks = weekly_summaries(
        [checkin(m, a) for m, a in zip(moments, [1, 5, 4, 9], strict=True)], zone
    )
    assert [(w["week"], w["alarm"]["max"], w["alarm"]["min"]) for w in weeks] == [
        ("2026-W10", 4, 1),
        ("2026-W11", 9, 5),
    ]


def _reference_weeks(items, tz):
    """The definition, written the slow and obvious way."""
    zone = ZoneInfo(tz)
    ordered = sorted(items, key=lambda c: c["recorded_at"].astimezone(UTC))
    groups: dict[str, list] = {}
    for c in ordered:
        groups.setdefault(iso_week_label(c["recorded_at"].astimezone(zone)), []).append(c)
    return [
        {
            "week": label,
            **{
                f: series_summary([c[f] for c in group if c[f] is not None])
                for f in ("alarm", "energy", "drive")
            },
        }
        for label, group in sorted(groups.items())
    ]


def _clock_changes(zone: ZoneInfo, year: int) -> list[datetime]:
    moment, changes = datetime(year, 1, 1, tzinfo=UTC), []
    offset = moment.astimezone(zone).utcoffset()
    while moment.year == year:
        moment += timedelta(minutes=30)
        if moment.astimezone(zone).utcoffset() != offset:
            offset = moment.astimezone(zone).utcoffset()
            changes.append(moment)
    return changes


@pytest.mark.parametrize(
    ("tz", "year"),
    [
        ("Europe/Amsterdam", 2026),
        ("America/Havana", 2026),  # clocks change at midnight
        ("America/Santiago", 2026),  # back from Sunday 00:00 to Saturday 23:00
        ("Australia/Lord_Howe", 2026),  # half-hour change
        ("Pacific/Apia", 2011),  # skipped 30 December 2011 entirely
        ("America/Recife", 2000),  # summer time for one week only: two changes in a week
    ],
)
def test_weekly_summaries_and_alarm_load_match_the_definition_around_clock_changes(tz, year):
    rng = random.Random(f"{tz}{year}")
    items = [
        checkin(change + timedelta(minutes=m), rng.randint(0, 10), rng.randint(0, 10))
        for change in _clock_changes(ZoneInfo(tz), year)
        for m in range(-4 * 24 * 60, 4 * 24 * 60, 37)
    ]
    rng.shuffle(items)
    weeks = weekly_summaries(items, tz)
    assert [{k: v for k, v in w.items() if k != "start"} for w in weeks] == (
        _reference_weeks(items, tz)
    )
    assert alarm_load(items, tz) == _reference_alarm_load(items, tz)


@given(
    st.lists(
        st.tuples(
            st.datetimes(
                min_value=datetime(2019, 1, 1),
                max_value=datetime(2028, 12, 31),
                timezones=st.just(UTC),
            ),
            st.integers(0, 10),
        ),
        max_size=60,
    ),
    st.sampled_from(["Europe/Amsterdam", "America/Santiago", "Asia/Kolkata", "Pacific/Auckland"]),
)
def test_weekly_summaries_match_the_definition_for_random_moments(pairs, tz):
    items = [checkin(m, a, 10 - a, a // 2) for m, a in pairs]
    weeks = weekly_summaries(items, tz)
    assert [{k: v for k, v in w.items() if k != "start"} for w in weeks] == (
        _reference_weeks(items, tz)
    )
    assert sum(w["alarm"]["n"] for w in weeks) == len(items)
    assert all(w["start"].weekday() == 0 for w in weeks)


def _on_dates(items, key, first, last, zone):
    """The items whose moment falls on a local date from first to last."""
    return [i for i in items if first <= i[key].astimezone(zone).date() <= last]


@given(
    st.lists(
        st.tuples(
            st.datetimes(
                min_value=datetime(2026, 1, 1),
                max_value=datetime(2026, 12, 31),
                timezones=st.just(UTC),
            ),
            st.one_of(st.none(), st.integers(0, 10)),
            st.one_of(st.none(), st.booleans()),
        ),
        max_size=60,
    ),
    st.sampled_from(["Europe/Amsterdam", "America/Santiago", "UTC"]),
    st.integers(0, 300),
)
def test_per_four_weeks_details_equal_the_totals_applied_to_each_bucket(triples, tz, days):
    start, zone = date(2026, 2, 1), ZoneInfo(tz)
    end = start + timedelta(days=days)
    items = [checkin(m, a, 5) for m, a, _ in triples]
    rides = [{"started_at": m, "escalated": e} for m, _, e in triples]
    alarm = alarm_load_per_four_weeks(items, start, end, tz)
    looks = rides_summary(rides, start, end, tz)["per_four_weeks"]
    assert len(alarm) == len(looks) == len(per_four_weeks([], start, end, tz))
    for bucket, look in zip(alarm, looks, strict=True):
        whole = alarm_load(_on_dates(items, "recorded_at", bucket["start"], bucket["end"], zone),
                           tz)
        assert (bucket["n"], bucket["high"], bucket["share"]) == (
            whole["n"], whole["high"], whole["share"])
        part = rides_summary(rides, bucket["start"], bucket["end"], tz)
        assert {k: look[k] for k in ("count", "with_look_back", "no_escalation",
                                     "share_no_escalation")} == \
            {"count": part["total"], **{k: part[k] for k in ("with_look_back", "no_escalation",
                                                            "share_no_escalation")}}


def test_weekly_summaries_accept_objects_and_dicts_with_missing_values():
    @dataclass
    class CheckIn:
        recorded_at: datetime
        alarm: int | None
        energy: int | None
        drive: int | None

    objects = [
        CheckIn(ams(2026, 3, 2, 9), 2, 5, None),
        CheckIn(ams(2026, 3, 2, 12), None, 6, None),
        CheckIn(ams(2026, 3, 2, 15), 8, 7, None),
    ]
    [week] = weekly_summaries(objects, "Europe/Amsterdam")
    assert week["alarm"]["n"] == 2
    assert week["alarm"]["mssd"] == 36  # the None is skipped: 2 → 8
    assert week["energy"]["n"] == 3
    assert week["drive"] == series_summary([])
    partial = [
        {"recorded_at": ams(2026, 3, 2, 9), "alarm": 3},
        SimpleNamespace(recorded_at=ams(2026, 3, 2, 10), alarm=4, energy=1, drive=2),
    ]
    [week] = weekly_summaries(partial, "Europe/Amsterdam")
    assert (week["alarm"]["n"], week["energy"]["n"], week["drive"]["n"]) == (2, 1, 1)


def test_naive_datetimes_are_refused():
    with pytest.raises(ValueError, match="naive"):
        weekly_summaries([checkin(datetime(2026, 3, 2, 9), 1)], "Europe/Amsterdam")
    with pytest.raises(ValueError, match="naive"):
        weekly_summaries(
            [checkin(datetime(2026, 3, 2, 9), 1), checkin(ams(2026, 3, 2, 9), 1)],
            "Europe/Amsterdam",
        )


def test_weekly_summaries_of_nothing_is_an_empty_list():
    assert weekly_summaries([], "Europe/Amsterdam") == []


# --------------------------------------------------------------------------
# Alarm load
# --------------------------------------------------------------------------


def _reference_alarm_load(items, tz):
    zone = ZoneInfo(tz)
    days: dict[date, list] = {}
    for c in items:
        days.setdefault(c["recorded_at"].astimezone(zone).date(), []).append(c)
    alarms = [c["alarm"] for c in items if c["alarm"] is not None]
    after_high, after_other, pairs = [], [], []
    for day in sorted(days):
        day_alarms = [c["alarm"] for c in days[day] if c["alarm"] is not None]
        nxt = [
            c["energy"] for c in days.get(day + timedelta(days=1), []) if c["energy"] is not None
        ]
        if not day_alarms or not nxt:
            continue
        energy = mean(nxt)
        (after_high if max(day_alarms) >= 7 else after_other).append(energy)
        pairs.append((mean(day_alarms), energy))
    high = sum(1 for a in alarms if a >= 7)
    return {
        "n": len(alarms),
        "high": high,
        "share": high / len(alarms) if alarms else None,
        "next_day_energy_after_high": mean(after_high),
        "next_day_energy_after_other": mean(after_other),
        "correlation": pearson([a for a, _ in pairs], [e for _, e in pairs]),
    }


def test_alarm_load_by_hand():
    items = [
        checkin(ams(2026, 3, 2, 9), alarm=8, energy=5),  # Mon: high day
        checkin(ams(2026, 3, 2, 20), alarm=2, energy=5),
        checkin(ams(2026, 3, 3, 0, 30), alarm=3, energy=2),  # Tue, Mon in UTC
        checkin(ams(2026, 3, 3, 18), energy=4),  # Tue energy mean 3
        checkin(ams(2026, 3, 4, 12), alarm=1, energy=6),  # Wed
        checkin(ams(2026, 3, 5, 12), alarm=9, energy=7),  # Thu: high day
        checkin(ams(2026, 3, 6, 12), alarm=2, energy=1),  # Fri
    ]
    result = alarm_load(items, "Europe/Amsterdam")
    assert result["n"] == 6
    assert result["high"] == 2
    assert result["share"] == pytest.approx(2 / 6)
    # after Mon → Tue 3, after Thu → Fri 1
    assert result["next_day_energy_after_high"] == pytest.approx(2)
    # after Tue → Wed 6, after Wed → Thu 7 (Fri has no next day)
    assert result["next_day_energy_after_other"] == pytest.approx(6.5)
    # day mean alarm vs next day mean energy: (5, 3), (3, 6), (1, 7), (9, 1)
    assert result["correlation"] == pytest.approx(
        statistics.correlation([5, 3, 1, 9], [3, 6, 7, 1])
    )
    assert result == _reference_alarm_load(items, "Europe/Amsterdam")


def test_alarm_load_pairs_only_consecutive_calendar_days():
    items = [
        checkin(ams(2026, 3, 2, 9), alarm=8, energy=5),
        checkin(ams(2026, 3, 4, 9), alarm=1, energy=2),  # Wed, not Tue
        checkin(ams(2026, 3, 6, 9), alarm=1, energy=2),
    ]
    result = alarm_load(items, "Europe/Amsterdam")
    assert result["next_day_energy_after_high"] is None
    assert result["next_day_energy_after_other"] is None
    assert result["correlation"] is None


def test_alarm_load_of_nothing_is_none_not_zero():
    assert alarm_load([], "Europe/Amsterdam") == {
        "n": 0,
        "high": 0,
        "share": None,
        "next_day_energy_after_high": None,
        "next_day_energy_after_other": None,
        "correlation": None,
    }


def test_alarm_load_correlation_is_none_with_zero_variance():
    items = [checkin(ams(2026, 3, d, 9), alarm=4, energy=d) for d in range(2, 8)]
    result = alarm_load(items, "Europe/Amsterdam")
    assert result["share"] == 0
    assert result["next_day_energy_after_other"] == pytest.approx(5)  # 3..7
    assert result["correlation"] is None


# --------------------------------------------------------------------------
# Escalations, rides, rules
# --------------------------------------------------------------------------


def test_per_four_weeks_buckets_and_a_shorter_last_bucket():
    start, end = date(2026, 1, 5), date(2026, 3, 4)  # 59 days
    moments = [
        ams(2026, 1, 5, 0, 10),  # first minute-ish of the period, 4 Jan in UTC
        ams(2026, 2, 1, 23, 0),  # day 27: first bucket
        ams(2026, 2, 2, 0, 30),  # day 28: second bucket, 1 Feb in UTC
        ams(2026, 3, 4, 23, 59),  # last day
        ams(2026, 3, 5, 0, 30),  # outside, though 4 March in UTC
        ams(2026, 1, 4, 23, 30),  # outside
    ]
    buckets = per_four_weeks(moments, start, end, "Europe/Amsterdam")
    assert buckets == [
        {"start": date(2026, 1, 5), "end": date(2026, 2, 1), "days": 28, "count": 2},
        {"start": date(2026, 2, 2), "end": date(2026, 3, 1), "days": 28, "count": 1},
        {"start": date(2026, 3, 2), "end": date(2026, 3, 4), "days": 3, "count": 1},
    ]
    assert per_four_weeks([], end, start, "Europe/Amsterdam") == []
    exact = per_four_weeks([], date(2026, 1, 5), date(2026, 2, 1), "UTC")
    assert [b["days"] for b in exact] == [28]


def test_escalations_summary_counts_within_the_period():
    result = escalations_summary(
        [ams(2026, 1, 6, 12), ams(2026, 2, 10, 12), ams(2025, 12, 1, 12)],
        date(2026, 1, 5),
        date(2026, 2, 28),
        "Europe/Amsterdam",
    )
    assert result["total"] == 2
    assert [(b["days"], b["count"]) for b in result["per_four_weeks"]] == [
        (28, 1),
        (27, 1),
    ]


def test_rides_summary_share_without_escalation():
    rides = [
        {"started_at": ams(2026, 1, 6, 12), "escalated": False},
        SimpleNamespace(started_at=ams(2026, 1, 7, 12), escalated=False),
        {"started_at": ams(2026, 2, 3, 12), "escalated": True},
        {"started_at": ams(2026, 2, 4, 12), "escalated": None},  # no look-back yet
        {"started_at": ams(2025, 12, 1, 12), "escalated": True},  # outside
    ]
    result = rides_summary(rides, date(2026, 1, 5), date(2026, 2, 28), "Europe/Amsterdam")
    assert result["total"] == 4
    assert result["with_look_back"] == 3
    assert result["no_escalation"] == 2
    assert result["share_no_escalation"] == pytest.approx(2 / 3)
    assert [b["count"] for b in result["per_four_weeks"]] == [2, 2]
    none_yet = rides_summary(rides[3:4], date(2026, 1, 5), date(2026, 2, 28), "UTC")
    assert none_yet["share_no_escalation"] is None


def test_rule_keeping_per_rule():
    records = [(1, True), (1, False), (2, None), (1, True), (3, False)]
    assert rule_keeping(records) == [
        {"rule_id": 1, "applied": 3, "kept": 2, "share": pytest.approx(2 / 3)},
        {"rule_id": 2, "applied": 0, "kept": 0, "share": None},
        {"rule_id": 3, "applied": 1, "kept": 0, "share": 0.0},
    ]
    assert rule_keeping([]) == []
