from datetime import date, timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext

from insights.flips import flips_summary
from insights.metrics import rule_keeping
from insights.report import figures_of_checkins, figures_of_rides, insights_report
from insights.selectors import insights_for_period
from insights.tests.helpers import (
    add_checkin,
    add_checkins,
    add_escalation,
    add_pursuit,
    add_ride,
    add_rule,
    ams,
)

START, END = date(2026, 3, 2), date(2026, 4, 26)  # eight ISO weeks, 2026-W10 to W17


def _hand_made(person):
    """The same history twice: in the database, and as plain values for metrics."""
    checkins = add_checkins(person, ams(2026, 3, 2, 8), 120, step=timedelta(hours=11))
    # Monday 00:30 in Amsterdam is Sunday 23:30 UTC: it opens the new local week.
    checkins.append(add_checkin(person, ams(2026, 3, 9, 0, 30), alarm=9, energy=1, drive=2))
    # Outside the period, on either side.
    add_checkin(person, ams(2026, 3, 1, 23, 50), alarm=10)
    add_checkin(person, ams(2026, 4, 27, 0, 10), alarm=10)
    keep, wait = add_rule(person), add_rule(person, "ik verveel me", "ik bel eerst iemand")
    rides = [add_ride(person, ams(2026, 3, 3, 20), escalated=False, rules=[(keep, True)]),
             add_ride(person, ams(2026, 3, 20, 21), escalated=True,
                      rules=[(keep, False), (wait, True)]),
             add_ride(person, ams(2026, 4, 8, 9), escalated=None, rules=[(wait, None)]),
             add_ride(person, ams(2026, 4, 28, 9), escalated=False, rules=[(keep, True)])]
    escalations = [add_escalation(person, ams(2026, 3, 20, 22)).happened_at,
                   add_escalation(person, ams(2026, 4, 25, 23, 30)).happened_at,
                   add_escalation(person, ams(2026, 2, 27, 12)).happened_at]
    shop = [(ams(2026, 2, 1, 12), 9), (ams(2026, 2, 20, 12), 9), (ams(2026, 3, 10, 12), 2)]
    sail = [(ams(2026, 3, 12, 12), 8), (ams(2026, 4, 1, 12), 3)]
    add_pursuit(person, "Webshop", shop)
    add_pursuit(person, "Zeilen", sail)
    return {
        "checkins": [{"recorded_at": c.recorded_at, "alarm": c.alarm, "energy": c.energy,
                      "drive": c.drive} for c in checkins],
        "rides": [{"started_at": r.started_at, "escalated": r.escalated} for r in rides],
        "escalations": escalations,
        "pursuits": {"Zeilen": sail, "Webshop": shop},
        "rule_records": [(keep.pk, True), (keep.pk, False), (wait.pk, True), (wait.pk, None)],
        "rules": {keep.pk: keep, wait.pk: wait},
    }


def test_selector_gives_the_same_numbers_as_the_reference_over_check_ins(person):
    data = _hand_made(person)
    expected = insights_report(
        **figures_of_checkins(data["checkins"], START, END, "Europe/Amsterdam"),
        **figures_of_rides(data["rides"], data["escalations"], START, END, "Europe/Amsterdam"),
        flips=flips_summary(data["pursuits"], start=START, end=END, tz="Europe/Amsterdam"),
        rules=rule_keeping(data["rule_records"]), start=START, end=END, tz="Europe/Amsterdam")
    got = insights_for_period(person, START, END)
    for key in ("period", "weeks", "trend", "escalations", "alarm_load", "rides"):
        assert got[key] == expected[key], key
    assert [(r["rule_id"], r["kept"], r["applied"], r["share"]) for r in got["rules"]] == \
        [(r["rule_id"], r["kept"], r["applied"], r["share"]) for r in expected["rules"]]
    assert got["flips"]["count"] == expected["flips"]["count"] == 2
    assert got["flips"]["mean_drive_days"] == expected["flips"]["mean_drive_days"]
    assert sorted(p["name"] for p in got["flips"]["pursuits"]) == ["Webshop", "Zeilen"]
    # Each pursuit's flips, read stored, are the reference's to the digit.
    by_name = {p["name"]: p for p in expected["flips"]["pursuits"]}
    for pursuit in got["flips"]["pursuits"]:
        assert {k: v for k, v in pursuit.items() if k not in ("name", "pursuit_id")} == \
            {k: v for k, v in by_name[pursuit["name"]].items() if k != "name"}


def test_selector_puts_a_check_in_in_the_week_of_its_local_time(person):
    add_checkin(person, ams(2026, 3, 8, 23, 30), alarm=1)
    add_checkin(person, ams(2026, 3, 9, 0, 30), alarm=9)
    weeks = insights_for_period(person, START, END)["weeks"]
    assert [(w["week"], w["alarm"]["max"]) for w in weeks] == [("2026-W10", 1), ("2026-W11", 9)]


def test_selector_adds_rule_texts_and_pursuit_ids(person):
    _hand_made(person)
    report = insights_for_period(person, START, END)
    assert {r["if_text"] for r in report["rules"]} == {"ik word bekritiseerd", "ik verveel me"}
    assert all(isinstance(p["pursuit_id"], int) for p in report["flips"]["pursuits"])


def test_selector_gives_alarm_load_and_calm_rides_per_four_weeks(person):
    _hand_made(person)
    report = insights_for_period(person, START, END)
    buckets = report["alarm_load"]["per_four_weeks"]
    assert [b["start"] for b in buckets] == ["2026-03-02", "2026-03-30"]
    assert sum(b["n"] for b in buckets) == report["alarm_load"]["n"]
    rides = report["rides"]["per_four_weeks"]
    assert [b["share_no_escalation"] for b in rides] == [0.5, None]


def test_selector_query_count_does_not_grow_with_history(person):
    _hand_made(person)
    with CaptureQueriesContext(connection) as few:
        insights_for_period(person, START, END)
    add_checkins(person, ams(2026, 3, 2, 9), 600, step=timedelta(hours=2))
    for day in range(20):
        add_ride(person, ams(2026, 3, 5 + day, 9), escalated=day % 2 == 0,
                 rules=[(add_rule(person), True)])
        add_pursuit(person, f"p{day}", [(ams(2026, 3, 5 + day, 9), 9)])
    with CaptureQueriesContext(connection) as many:
        insights_for_period(person, START, END)
    assert len(many) == len(few) <= 11  # 7 for METHOD 4.4, 4 for the people (4.5, 4.6)


def test_selector_sees_nothing_of_someone_else(person, stranger):
    _hand_made(stranger)
    report = insights_for_period(person, START, END)
    assert report["weeks"] == [] and report["rules"] == [] and report["flips"]["count"] == 0
    assert report["alarm_load"]["share"] is None
    assert report["rides"]["total"] == 0 and report["escalations"]["total"] == 0
