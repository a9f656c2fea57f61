"""The sentences of the insights page, worked out from a report as the JSON API gives it."""

import re
from datetime import date, timedelta

import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from insights import sentences
from insights.metrics import FIELDS


def summary(n=0, low=None, high=None):
    return {"n": n, "min": low, "max": high, "amplitude": None if n == 0 else high - low,
            "mean": None, "sd": None, "mssd": None, "pac": None}


def report(end: date, weeks=(), trend=None, buckets=None, rules=(), flips=None):
    """A report in the shape of selectors.insights_for_period, with only what a test needs.
    ``weeks`` is [(monday, {field: summary})]."""
    buckets = buckets or []
    return {
        "period": {"start": "2026-01-05", "end": end.isoformat(), "tz": "Europe/Amsterdam"},
        "weeks": [{"week": "", "start": monday.isoformat(),
                   **{f: fields.get(f, summary()) for f in FIELDS}} for monday, fields in weeks],
        "trend": trend or {f: {"amplitude_slope": None, "mssd_slope": None, "weeks": 0}
                           for f in FIELDS},
        "alarm_load": {"per_four_weeks": [b["alarm"] for b in buckets]},
        "rides": {"per_four_weeks": [b["rides"] for b in buckets],
                  "total": sum(b["rides"]["count"] for b in buckets)},
        "escalations": {"per_four_weeks": [b["escalations"] for b in buckets],
                        "total": sum(b["escalations"]["count"] for b in buckets)},
        "flips": flips or {"count": 0, "mean_drive_days": None, "pursuits": []},
        "rules": list(rules),
    }


SUNDAY = date(2026, 12, 6)  # the end of ISO week 2026-W49


def eight_weeks(recent_peak, recent_valley, before_peak, before_valley, n=5):
    monday = SUNDAY - timedelta(days=6)
    weeks = []
    for k in range(8):
        peak, valley = (recent_peak, recent_valley) if k < 4 else (before_peak, before_valley)
        weeks.append((monday - timedelta(weeks=k), {"alarm": summary(n, valley, peak)}))
    return list(reversed(weeks))


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", ["1–7 dec", "29 dec – 4 jan", "28 dec 2026 – 3 jan 2027", "1–7 dec 2026", "6 dec"]),
    ("en", ["1–7 Dec", "29 Dec – 4 Jan", "28 Dec 2026 – 3 Jan 2027", "1–7 Dec 2026",
            "6 Dec"])])
def test_weeks_read_as_their_dates(language, expected):
    with translation.override(language):
        assert [sentences.date_range(date(2025, 12, 1), date(2025, 12, 7)),
                sentences.date_range(date(2025, 12, 29), date(2026, 1, 4)),
                sentences.week_label("2026-12-28", year=True),
                sentences.week_label(date(2026, 12, 1), year=True),
                sentences.day_month(SUNDAY)] == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "In de laatste 4 weken, vergeleken met de 4 weken ervoor, waren de pieken van je "
           "alarm lager (van ongeveer 8 naar ongeveer 6) en bleven je dalen ongeveer even "
           "diep (rond 2)."),
    ("en", "In the last 4 weeks, compared with the 4 before, your alarm peaks were lower "
           "(from about 8 to about 6) and your valleys stayed about as deep (around 2).")])
def test_peaks_sentence_says_what_changed(language, expected):
    with translation.override(language):
        text = sentences.peaks_sentence(report(SUNDAY, eight_weeks(6, 2, 8, 2)), "alarm")
    assert text == expected


def test_peaks_sentence_rounds_as_people_do_and_calls_a_half_point_no_change():
    # Peaks 6.25 and 6.4 both read "about 6": the same, whatever the decimals.
    weeks = eight_weeks(6, 3, 6, 1)
    weeks[-1][1]["alarm"] = summary(5, 3, 7)  # recent peaks 6, 6, 6, 7: mean 6.25
    with translation.override("en"):
        text = sentences.peaks_sentence(report(SUNDAY, weeks), "alarm")
    assert text == ("In the last 4 weeks, compared with the 4 before, your alarm peaks stayed "
                    "about as high (around 6) and your valleys were less deep (from about 1 to "
                    "about 3).")


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Te weinig metingen in de laatste 4 weken om iets te zeggen over je energie "
           "(3 van de 8 die nodig zijn)."),
    ("en", "Too few check-ins in the last 4 weeks to say how your energy went (3 of the 8 "
           "needed).")])
def test_peaks_sentence_says_how_much_is_missing(language, expected):
    weeks = [(SUNDAY - timedelta(days=6), {"energy": summary(3, 2, 7)})]
    with translation.override(language):
        assert sentences.peaks_sentence(report(SUNDAY, weeks), "energy") == expected


def test_peaks_sentence_describes_the_last_weeks_when_there_is_nothing_before():
    weeks = [(SUNDAY - timedelta(days=6 + 7 * k), {"drive": summary(6, 1, 9)}) for k in range(2)]
    with translation.override("en"):
        text = sentences.peaks_sentence(report(SUNDAY, weeks), "drive")
    assert text == ("In the last 4 weeks your drive peaks were about 9 and your valleys about 1; "
                    "too few check-ins in the 4 weeks before to compare (0 of the 8 needed).")


def _trend(slope, mssd_slope=0.0, weeks=20):
    return {f: {"amplitude_slope": slope, "mssd_slope": mssd_slope, "weeks": weeks}
            for f in FIELDS}


@pytest.mark.parametrize(("slope", "mssd", "expected"), [
    (-0.23, -0.1, "Over 20 weeks the swings of your alarm within a week became smaller, by "
                  "about 1 point per month; the jumps from one check-in to the next became "
                  "smaller."),
    (0.1, 0.0, "Over 20 weeks the swings of your alarm within a week became larger, by about "
               "0.4 points per month; the jumps from one check-in to the next stayed about "
               "the same."),
    (0.01, 0.5, "Over 20 weeks the swings of your alarm within a week stayed about the same; "
                "the jumps from one check-in to the next became larger."),
])
def test_trend_sentence_speaks_per_month_never_per_week(slope, mssd, expected):
    with translation.override("en"):
        assert sentences.trend_sentence(report(SUNDAY, trend=_trend(slope, mssd)),
                                        "alarm") == expected


def test_trend_sentence_waits_for_enough_weeks():
    with translation.override("nl"):
        text = sentences.trend_sentence(report(SUNDAY, trend=_trend(-0.5, weeks=3)), "energy")
    assert text == ("Nog te weinig weken met twee of meer metingen om een trend in je energie "
                    "te zien (3 van de 6 die nodig zijn).")


def _bucket(start, days, n=0, high=0, rides=0, looked=0, calm=0, escalations=0):
    first = date.fromisoformat(start)
    span = {"start": start, "end": (first + timedelta(days=days - 1)).isoformat(), "days": days}
    return {"alarm": {**span, "n": n, "high": high, "share": high / n if n else None},
            "rides": {**span, "count": rides, "with_look_back": looked, "no_escalation": calm,
                      "share_no_escalation": calm / looked if looked else None},
            "escalations": {**span, "count": escalations}}


def test_alarm_load_and_rides_sentences_name_the_weeks_by_date():
    buckets = [_bucket("2026-10-12", 28, n=45, high=12, rides=4, looked=4, calm=1,
                       escalations=3),
               _bucket("2026-11-09", 28, n=40, high=3, rides=6, looked=5, calm=3,
                       escalations=1)]
    data = report(SUNDAY, buckets=buckets)
    with translation.override("en"):
        assert sentences.alarm_load_sentence(data) == (
            "In the last 4 weeks (9 Nov – 6 Dec), 3 of your 40 check-ins had alarm 7 or higher "
            "(8 %), against 12 of 45 (27 %) in the 4 weeks before.")
        assert sentences.rides_sentence(data) == (
            "In the last 4 weeks (9 Nov – 6 Dec): 6 rides and 1 escalation, against 4 rides and "
            "3 escalations in the 4 weeks before; of the 5 rides you looked back on, 3 without an "
            "escalation.")
    with translation.override("nl"):
        assert sentences.rides_sentence(data) == (
            "In de laatste 4 weken (9 nov – 6 dec): 6 ritten en 1 escalatie, tegen 4 ritten en "
            "3 escalaties in de 4 weken daarvoor; van de 5 ritten waarop je terugblikte: 3 zonder "
            "escalatie.")


def test_a_short_last_stretch_is_named_by_its_days():
    data = report(date(2026, 3, 10), buckets=[_bucket("2026-03-01", 10, n=12, high=1)])
    with translation.override("en"):
        assert sentences.alarm_load_sentence(data) == (
            "In the last 10 days (1–10 Mar), 1 of your 12 check-ins had alarm 7 or higher (8 %).")


def test_flips_and_rules_sentences():
    flips = {"count": 2, "mean_drive_days": 40.6, "pursuits": [{"count": 2}]}
    rules = [{"applied": 3, "kept": 2}, {"applied": 1, "kept": 0}]
    with translation.override("en"):
        data = report(SUNDAY, flips=flips, rules=rules)
        assert sentences.flips_sentence(data) == (
            "2 flips from drive to boredom in this period; a drive phase lasted about 41 days "
            "on average.")
        assert sentences.rules_sentence(data) == (
            "You kept a chosen rule 2 of the 4 times a look-back asked about it (50 %).")
        assert sentences.rules_sentence(report(SUNDAY)) == (
            "No life rules were chosen in rides in this period.")
        assert sentences.rides_sentence(report(SUNDAY)) == (
            "No rides and no escalations in this period.")
        assert sentences.flips_sentence(report(SUNDAY)).startswith("You follow no pursuits")


def test_one_day_and_one_flip_are_singular_in_both_languages():
    data = report(SUNDAY, flips={"count": 1, "mean_drive_days": 1.2, "pursuits": [{"count": 1}]})
    with translation.override("en"):
        assert sentences.flips_sentence(data) == (
            "1 flip from drive to boredom in this period; the drive phase lasted about 1 day.")
    with translation.override("nl"):
        assert sentences.flips_sentence(data) == (
            "1 omslag van drive naar verveling in deze periode; de drivefase duurde ongeveer "
            "1 dag.")
        assert sentences.days_text(2.5) == "3 dagen"


weekly = st.tuples(st.integers(0, 40), st.integers(0, 10), st.integers(0, 10))


@given(st.lists(weekly, min_size=8, max_size=8))
def test_the_peaks_sentence_carries_the_rounded_means_of_the_weekly_figures(rows):
    """Whatever the weeks, the sentence's numbers are the weekly peaks and valleys of the
    report, averaged over the weeks with check-ins and rounded half up."""
    monday = SUNDAY - timedelta(days=6)
    weeks = [(monday - timedelta(weeks=7 - k),
              {"alarm": summary(n, min(a, b), max(a, b)) if n else summary()})
             for k, (n, a, b) in enumerate(rows)]
    figures = sentences.peaks_and_valleys(report(SUNDAY, weeks), "alarm")
    for window, part in (("before", rows[:4]), ("recent", rows[4:])):
        used = [(min(a, b), max(a, b)) for n, a, b in part if n]
        assert figures[window]["n"] == sum(n for n, _, _ in part)
        if used:
            assert figures[window]["peak"] == pytest.approx(sum(h for _, h in used) / len(used))
            assert figures[window]["valley"] == pytest.approx(sum(v for v, _ in used) / len(used))
    with translation.override("en"):
        text = sentences.peaks_sentence(report(SUNDAY, weeks), "alarm")
    recent, before = figures["recent"], figures["before"]
    if recent["n"] >= sentences.MIN_CHECKINS and before["n"] >= sentences.MIN_CHECKINS:
        assert re.search(rf"(about|around) {int(recent['peak'] + 0.5)}\b", text)
        assert re.search(rf"(about|around) {int(recent['valley'] + 0.5)}\b", text)
    elif recent["n"] < sentences.MIN_CHECKINS:
        assert f"({recent['n']} of the 8 needed)" in text
