from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from checkins.models import CheckIn
from safety.tests.cards import waiting_cards
from warningplan.models import WarningPhase, WarningPlan


def form_data(**overrides):
    data = {}
    for phase, level in (("green", "0"), ("yellow", "5"), ("orange", "7"), ("red", "9")):
        data.update({f"{phase}-my_signals": f"signalen {phase}",
                     f"{phase}-others_notice": "", f"{phase}-i_do": f"ik doe {phase}",
                     f"{phase}-others_may_do": "", f"{phase}-alarm_from": level})
    data.update(overrides)
    return data


def checkin(user, alarm, minutes_ago=5):
    return CheckIn.objects.create(owner=user, alarm=alarm, energy=5, drive=5, enjoyment=5,
                                  boredom=5, urge=5,
                                  recorded_at=timezone.now() - timedelta(minutes=minutes_ago))


def test_the_plan_is_written_with_four_phases(client_person, person):
    response = client_person.post(reverse("warningplan:plan_edit"),
                                  form_data(**{"red-i_do": "Ik bel mijn zus", "green-alarm_from": ""}))
    assert response.status_code == 302
    plan = WarningPlan.objects.get(owner=person)
    rows = {p.phase: p for p in plan.phases.all()}
    assert rows["red"].i_do == "Ik bel mijn zus" and rows["green"].alarm_from is None
    html = client_person.get(reverse("warningplan:plan")).content.decode()
    assert "Ik bel mijn zus" in html


def test_writing_about_crisis_in_the_red_phase_brings_no_card(client_person, person):
    client_person.post(reverse("warningplan:plan_edit"),
                       form_data(**{"red-my_signals": "Ik denk aan zelfmoord"}))
    assert WarningPhase.objects.get(phase="red").my_signals == "Ik denk aan zelfmoord"
    assert "crisis" not in waiting_cards(client_person)


@pytest.mark.parametrize("field, value, error", [
    ("orange-alarm_from", "5", "orange-alarm_from"), ("yellow-alarm_from", "11", None),
    ("red-alarm_from", "x", None), ("green-alarm_from", "8", "yellow-alarm_from"),
    ("red-i_do", "x" * 2001, None)])
def test_bad_plans_get_a_clear_message_and_change_nothing(client_person, person, field, value,
                                                          error):
    client_person.post(reverse("warningplan:plan_edit"), form_data())
    response = client_person.post(reverse("warningplan:plan_edit"),
                                  form_data(**{field: value, "green-i_do": "gewijzigd"}))
    assert response.status_code == 200 and (error or field) in response.context["form"].errors
    assert WarningPhase.objects.get(phase="green").i_do == "ik doe green"


def test_home_shows_the_phase_the_latest_checkin_suggests(client_person, person):
    client_person.post(reverse("warningplan:plan_edit"), form_data())
    checkin(person, 8)
    html = client_person.get("/").content.decode()
    assert 'data-phase="orange"' in html and "ik doe orange" in html
    assert reverse("rides:start") in html.split('data-phase="orange"')[1]


def test_red_shows_the_way_to_the_crisis_card(client_person, person):
    client_person.post(reverse("warningplan:plan_edit"), form_data())
    checkin(person, 9)
    section = client_person.get("/").content.decode().split('data-phase="red"')[1]
    assert reverse("safety:crisis") in section.split("</section>")[0]


def test_an_old_checkin_suggests_no_phase(client_person, person):
    checkin(person, 9, minutes_ago=13 * 60)
    assert "data-phase=" not in client_person.get("/").content.decode()


def test_not_right_now_hides_the_suggestion_until_a_newer_checkin(client_person, person):
    checkin(person, 8, minutes_ago=10)
    assert 'data-phase="orange"' in client_person.get("/").content.decode()
    client_person.post(reverse("warningplan:dismiss"))
    assert "data-phase=" not in client_person.get("/").content.decode()
    checkin(person, 6, minutes_ago=0)
    assert 'data-phase="yellow"' in client_person.get("/").content.decode()


def test_the_plan_prints_with_the_crisis_lines(client_person, person):
    client_person.post(reverse("warningplan:plan_edit"), form_data())
    html = client_person.get(reverse("warningplan:plan") + "?print=1").content.decode()
    assert "ik doe red" in html and 'class="card crisis-card"' in html


def test_the_plan_page_is_kept_for_offline_use(client_person):
    config = client_person.get("/sw.js").content.decode()
    assert reverse("warningplan:plan") in config


def test_someone_else_sees_only_their_own_plan(client_person, person, client, stranger):
    client_person.post(reverse("warningplan:plan_edit"), form_data(**{"red-i_do": "geheim-rood"}))
    client.force_login(stranger)
    assert "geheim-rood" not in client.get(reverse("warningplan:plan")).content.decode()
    assert "geheim-rood" not in client.get(reverse("warningplan:plan_edit")).content.decode()
    checkin(person, 9)
    assert "data-phase=" not in client.get("/").content.decode()
