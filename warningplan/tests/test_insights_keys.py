"""The insights gain the people in the method: reciprocity, trust, phases and time-outs,
in the API, the CLI's JSON and the page."""

import json
from datetime import UTC, date, datetime, timedelta

from django.core.management import call_command

from checkins.models import CheckIn
from insights.selectors import insights_for_period
from people.models import Person, ReciprocityEntry, TrustExperiment
from timeouts.models import TimeOut
from warningplan.services import warning_plan_save

START, END = date(2026, 3, 2), date(2026, 3, 15)  # two ISO weeks, W10 and W11


def checkin(user, when, alarm):
    CheckIn.objects.create(owner=user, recorded_at=when, alarm=alarm, energy=5, drive=5,
                           enjoyment=5, boredom=5, urge=5)


def history(person):
    for k, alarm in enumerate((2, 5, 7, 9)):  # Monday 2 March: one in each phase
        checkin(person, datetime(2026, 3, 2, 8 + k, tzinfo=UTC), alarm)
    checkin(person, datetime(2026, 3, 10, 9, tzinfo=UTC), 6)
    checkin(person, datetime(2026, 3, 16, 9, tzinfo=UTC), 10)  # after the period
    sam = Person.objects.create(owner=person, name="Sam", relation="partner")
    for direction, weight in (("gave", 3), ("gave", 1), ("received", 2), ("asked", 2)):
        ReciprocityEntry.objects.create(owner=person, person=sam, direction=direction,
                                        weight=weight, what="x",
                                        happened_at=datetime(2026, 3, 5, 12, tzinfo=UTC))
    ReciprocityEntry.objects.create(owner=person, person=sam, direction="gave", weight=3,
                                    what="x", happened_at=datetime(2026, 2, 1, 12, tzinfo=UTC))
    TrustExperiment.objects.create(owner=person, person=sam, what="x", expectation="y",
                                   belief_before=80, planned_for=date(2026, 3, 4),
                                   feared_happened="no", belief_after=30)
    TrustExperiment.objects.create(owner=person, person=sam, what="x", expectation="y",
                                   belief_before=50, planned_for=date(2026, 3, 12))
    for day in (3, 11, 12):
        start = datetime(2026, 3, day, 19, tzinfo=UTC)
        TimeOut.objects.create(owner=person, started_by=person, started_at=start, minutes=30,
                               ends_at=start + timedelta(minutes=30),
                               ended_at=start + timedelta(minutes=30))
    return sam


def test_insights_count_the_people_in_the_method(person):
    sam = history(person)
    report = insights_for_period(person, START, END)
    assert report["reciprocity"] == [{"person_id": sam.pk, "gave": 4, "received": 2,
                                      "asked": 2, "refused": 0, "balance": 2}]
    assert report["trust"] == {"experiments": 2, "with_outcome": 1,
                               "feared_happened_share": 0.0, "mean_belief_change": -50.0}
    assert report["phases"] == [
        {"week": "2026-W10", "green": 1, "yellow": 1, "orange": 1, "red": 1},
        {"week": "2026-W11", "green": 0, "yellow": 1, "orange": 0, "red": 0}]
    assert report["timeouts"]["count"] == 3
    assert [b["count"] for b in report["timeouts"]["per_four_weeks"]] == [3]


def test_phases_follow_the_plans_own_levels(person):
    history(person)
    warning_plan_save(user=person, phases={"green": {"alarm_from": None},
                                           "yellow": {"alarm_from": 3},
                                           "orange": {"alarm_from": 6}})
    week = insights_for_period(person, START, END)["phases"][0]
    # Alarm 2 falls in no phase now; 5 is yellow, 7 orange, 9 red.
    assert (week["green"], week["yellow"], week["orange"], week["red"]) == (0, 1, 1, 1)


def test_the_api_and_the_cli_give_the_same_keys(person, api_person, capsys):
    history(person)
    data = api_person.get("/api/v1/insights", {"start": START.isoformat(),
                                               "end": END.isoformat()}).json()
    assert {"reciprocity", "trust", "phases", "timeouts"} <= set(data)
    call_command("insights", person.email, "--start", START.isoformat(), "--end",
                 END.isoformat(), "--json")
    printed = json.loads(capsys.readouterr().out)
    for key in ("reciprocity", "trust", "phases", "timeouts"):
        assert printed[key] == data[key]


def test_the_insights_pages_show_them(client_person, person):
    history(person)
    period = {"start": START.isoformat(), "end": END.isoformat()}
    people = client_person.get("/inzicht/mensen/", period).content.decode()
    assert 'id="reciprocity-h"' in people and "Sam" in people
    assert 'id="timeouts-h"' in people and "3 time-outs in deze periode" in people
    alarm = client_person.get("/inzicht/alarmbelasting/", period).content.decode()
    assert 'id="phases-h"' in alarm and '<path class="phase-red"' in alarm


def test_a_stranger_sees_none_of_it(person, stranger):
    history(person)
    report = insights_for_period(stranger, START, END)
    assert report["reciprocity"] == [] and report["phases"] == []
    assert report["trust"]["experiments"] == 0 and report["timeouts"]["count"] == 0
