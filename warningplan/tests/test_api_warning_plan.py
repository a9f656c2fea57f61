from datetime import timedelta

import pytest
from django.utils import timezone

from checkins.models import CheckIn
from warningplan.models import WarningPhase

URL = "/api/v1/warning-plan"


def phase(level, i_do=""):
    return {"my_signals": "", "others_notice": "", "i_do": i_do, "others_may_do": "",
            "alarm_from": level}


PLAN = {"phases": {"green": phase(0), "yellow": phase(4), "orange": phase(6, "Ik ga lopen"),
                   "red": phase(8, "Ik bel 113")}}


def put(client, body):
    return client.put(URL, body, content_type="application/json")


def test_without_a_plan_get_gives_the_default_levels(api_person):
    data = api_person.get(URL).json()
    assert data["updated_at"] is None
    assert {p: v["alarm_from"] for p, v in data["phases"].items()} == {
        "green": 0, "yellow": 5, "orange": 7, "red": 9}


def test_put_writes_the_whole_plan_and_get_reads_it(api_person):
    response = put(api_person, PLAN)
    assert response.status_code == 200
    assert response.json()["phases"]["orange"]["i_do"] == "Ik ga lopen"
    assert api_person.get(URL).json()["phases"]["red"]["alarm_from"] == 8


@pytest.mark.parametrize("body", [
    {"phases": {**PLAN["phases"], "orange": phase(4)}},
    {"phases": {**PLAN["phases"], "red": phase(11)}},
    {"phases": {**PLAN["phases"], "red": phase(-1)}},
    {"phases": {k: v for k, v in PLAN["phases"].items() if k != "red"}},
    {"phases": {**PLAN["phases"], "purple": phase(3)}},
    {"phases": {**PLAN["phases"], "red": {"i_do": "x"}}},
    {"phases": {**PLAN["phases"], "red": {**phase(8), "i_do": "x" * 2001}}},
    {"phases": {**PLAN["phases"], "red": {**phase(8), "alarm_from": "8"}}},
    {}, {"phases": None}])
def test_bad_plans_get_422_and_change_nothing(api_person, body):
    put(api_person, PLAN)
    assert put(api_person, body).status_code == 422
    assert WarningPhase.objects.get(phase="orange").i_do == "Ik ga lopen"


def test_the_phase_route_says_which_phase_and_why(api_person, person):
    put(api_person, PLAN)
    assert api_person.get(URL + "/phase").json() == {
        "phase": None, "because": "Geen meting in de laatste 12 uur, dus geen fase voorgesteld.",
        "checkin_id": None}
    c = CheckIn.objects.create(owner=person, alarm=7, energy=5, drive=5, enjoyment=5, boredom=5,
                               urge=5, recorded_at=timezone.now() - timedelta(hours=1))
    data = api_person.get(URL + "/phase").json()
    assert data["phase"] == "orange" and data["checkin_id"] == c.pk
    assert "alarm 7" in data["because"] and "6" in data["because"]


def test_dark_thoughts_at_7_make_the_latest_check_in_red_whatever_the_alarm(api_person, person,
                                                                           client_person):
    later = timezone.now() - timedelta(minutes=30)
    c = CheckIn.objects.create(owner=person, alarm=2, energy=5, drive=5, enjoyment=5, boredom=5,
                               urge=5, dark_thoughts=8, recorded_at=later)
    data = api_person.get(URL + "/phase").json()
    assert data["phase"] == "red" and data["checkin_id"] == c.pk and "8" in data["because"]
    assert "phase-badge red" in client_person.get("/").content.decode()
    CheckIn.objects.filter(pk=c.pk).update(dark_thoughts=6)
    assert api_person.get(URL + "/phase").json()["phase"] == "green"  # by the alarm again


def test_a_stranger_reads_only_their_own_default_plan(api_person, api_stranger, person):
    put(api_person, PLAN)
    CheckIn.objects.create(owner=person, alarm=9, energy=5, drive=5, enjoyment=5, boredom=5,
                           urge=5)
    assert api_stranger.get(URL).json()["phases"]["red"]["i_do"] == ""
    assert api_stranger.get(URL + "/phase").json()["phase"] is None


def test_crisis_language_in_any_free_text_makes_the_phase_red_for_24_hours(api_person, person):
    levels = {"alarm": 2, "energy": 5, "drive": 5, "enjoyment": 5, "boredom": 5, "urge": 5}
    api_person.post("/api/v1/checkins", {**levels, "note": "Rustige dag"},
                    content_type="application/json")
    assert api_person.get(URL + "/phase").json()["phase"] == "green"
    goal = api_person.post("/api/v1/goals", {"domain": "self", "title": "Ik wil dood"},
                           content_type="application/json")
    assert goal.json()["crisis_detected"] is True
    data = api_person.get(URL + "/phase").json()
    assert data["phase"] == "red" and "24 uur" in data["because"]
    from safety.models import CrisisTextSeen

    CrisisTextSeen.objects.update(at=timezone.now() - timedelta(hours=25))
    assert api_person.get(URL + "/phase").json()["phase"] == "green"


def test_a_stranger_cannot_make_the_persons_phase_red(api_stranger, api_person):
    api_stranger.post("/api/v1/goals", {"domain": "self", "title": "Ik wil dood"},
                      content_type="application/json")
    assert api_person.get(URL + "/phase").json()["phase"] is None
