"""The reins on a phone: the goal that counts, one table for showing the rules without
network, and one write (POST /api/v1/rides/quick) that stores a ride exactly once."""

import json
from datetime import datetime, timedelta

from django.urls import reverse
from django.utils import timezone

from charioteer.models import Goal, Horse, LifeRule
from checkins.models import CheckIn, IdempotencyKey
from people.models import Person
from rides import services
from rides.models import Ride
from tests.factories import make_charioteer

URL = "/api/v1/rides/quick"
WHEN = "2026-01-05T09:30:00+01:00"


def post(client, data, key=None):
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key is not None else {}
    return client.post(URL, json.dumps(data), content_type="application/json", **headers)


def _every_template(person):
    from charioteer.services import rule_from_template
    from charioteer.suggestions import RULE_TEMPLATES

    return {t.key: rule_from_template(user=person, key=t.key) for t in RULE_TEMPLATES}


def _body(world, **changes):
    return {"horse_id": world["horse"].pk, "level": 8, "person_id": world["person"].pk,
            "rule_id": world["rule"].pk, "action": "Even naar buiten", "recorded_at": WHEN,
            **changes}


# --- The goal that counts --------------------------------------------------------------


def test_the_goal_of_the_person_it_is_about_counts_first(person):
    world = make_charioteer(person)
    other = Goal.objects.create(owner=person, domain="work", title="Rustig blijven op het werk")
    world["rule"].goal = other
    world["rule"].save()
    ride = Ride.objects.create(owner=person, mode="quick", horse=world["horse"], level=8,
                               person=world["person"])
    assert services.reins_for_ride(ride).goal == world["goal"]
    # Nobody in particular: the goal of the best fitting rule.
    ride.person = None
    assert services.reins_for_ride(ride).goal == other


def test_no_fitting_rule_and_nobody_in_particular_means_no_goal_is_made_up(person):
    world = make_charioteer(person)
    ride = Ride.objects.create(owner=person, mode="quick", horse=world["horse"], level=2)
    reins = services.reins_for_ride(ride)
    assert reins.goal is None and not reins.fits


def test_the_reins_show_the_goal_that_counts_and_store_it_with_the_ride(client_person,
                                                                        person):
    world = make_charioteer(person)
    Goal.objects.create(owner=person, domain="work", title="Een doel dat hier niet telt")
    client_person.post("/teugels/", {"horse": world["horse"].pk, "level": "8",
                                     "person": world["person"].pk})
    ride = Ride.objects.filter(owner=person, mode="quick").latest("pk")
    html = client_person.get(f"/teugels/{ride.pk}/").content.decode()
    assert "Het doel dat hier telt:" in html and "Ruzie maken zonder te ontploffen" in html
    assert "Een doel dat hier niet telt" not in html
    client_person.post(f"/teugels/{ride.pk}/", {"rule": world["rule"].pk, "action": "Wandelen"})
    ride.refresh_from_db()
    assert ride.goal == world["goal"]


def test_rules_read_as_sentences(client_person, person):
    world = make_charioteer(person)
    ride = Ride.objects.create(owner=person, mode="quick", horse=world["horse"], level=8)
    html = client_person.get(f"/teugels/{ride.pk}/").content.decode()
    assert "Als ik word bekritiseerd, dan ik zeg dat ik erop terugkom." in html
    assert "→" not in html


# --- One table, computed by the server, for the phone without network ------------------


def test_the_table_gives_every_answer_the_server_gives(person):
    """For every horse, person and level, the table says what the reins page says online."""
    make_charioteer(person)
    _every_template(person)
    Person.objects.create(owner=person, name="Kim", relation="child")
    horses = list(Horse.objects.filter(owner=person))
    people = list(Person.objects.filter(owner=person))
    table = services.reins_table(services.active_rules(person), horses, people)
    assert len(table) == len(horses) * (len(people) + 1) * 11
    for horse in horses:
        for who in [None, *people]:
            for level in range(11):
                ride = Ride(owner=person, mode="quick", horse=horse, level=level, person=who)
                reins = services.reins_for_ride(ride)
                entry = table[f"{horse.pk}:{who.pk if who else 0}:{level}"]
                assert entry == {"rules": [r.pk for r in reins.rules], "fits": reins.fits,
                                 "goal": reins.goal.pk if reins.goal else None}


def test_at_alarm_9_the_table_never_offers_to_stay(person):
    rules = _every_template(person)
    alarm = Horse.objects.get(owner=person, kind="alarm")
    partner = Person.objects.create(owner=person, name="Sam", relation="partner")
    table = services.reins_table(services.active_rules(person), [alarm], [partner])
    offered = table[f"{alarm.pk}:{partner.pk}:9"]["rules"]
    assert rules["time_out_before_red"].pk in offered
    assert rules["stay_for_ten_minutes"].pk not in offered
    assert rules["stay_for_ten_minutes"].pk in table[f"{alarm.pk}:{partner.pk}:4"]["rules"]


def test_the_reins_page_carries_the_table_and_no_history(client_person, person):
    world = make_charioteer(person)
    CheckIn.objects.create(owner=person, note="Een persoonlijke notitie", alarm=1, energy=1,
                           drive=1, enjoyment=1, boredom=1, urge=1)
    world["ride"].action = "Een oude actie"
    world["ride"].save()
    html = client_person.get(reverse("rides:quick")).content.decode()
    assert '<script id="wm-reins" type="application/json">' in html
    assert f'"{world["horse"].pk}:{world["person"].pk}:8"' in html
    assert "ik zeg dat ik erop terugkom" in html
    assert "Een persoonlijke notitie" not in html and "Een oude actie" not in html
    assert "Ruzie over de afwas" not in html


def test_the_reins_page_takes_a_fixed_number_of_queries(client_person, person,
                                                        django_assert_max_num_queries):
    make_charioteer(person)
    _every_template(person)
    for i in range(8):
        Person.objects.create(owner=person, name=f"Iemand {i}", relation="friend")
    with django_assert_max_num_queries(14):
        assert client_person.get(reverse("rides:quick")).status_code == 200


# --- POST /api/v1/rides/quick: exactly once ---------------------------------------------


def test_the_reins_sent_later_store_a_committed_ride_at_the_moment_they_were_used(
        api_person, person):
    world = make_charioteer(person)
    response = post(api_person, _body(world), key="r-1")
    assert response.status_code == 201, response.content
    ride = Ride.objects.get(pk=response.json()["id"])
    assert ride.mode == "quick" and ride.owner == person
    assert ride.started_at == ride.committed_at == datetime.fromisoformat(WHEN)
    assert ride.lookback_due_at == ride.committed_at + timedelta(hours=3)
    assert ride.action == "Even naar buiten" and ride.level == 8
    assert list(ride.rules.all()) == [world["rule"]] and ride.goal == world["goal"]
    assert ride.lookback_done_at is None


def test_a_repeat_with_the_same_key_stores_nothing_and_gets_the_first_answer(api_person,
                                                                              person):
    world = make_charioteer(person)
    first = post(api_person, _body(world), key="r-1")
    again = post(api_person, _body(world), key="r-1")
    assert first.status_code == again.status_code == 201
    assert again.content == first.content and again["Idempotent-Replayed"] == "true"
    assert Ride.objects.filter(owner=person, mode="quick").count() == 1
    assert IdempotencyKey.objects.get(key="r-1").ride_id == first.json()["id"]


def test_the_same_key_with_another_action_is_refused(api_person, person):
    world = make_charioteer(person)
    post(api_person, _body(world), key="r-1")
    response = post(api_person, _body(world, action="Iets anders"), key="r-1")
    assert response.status_code == 422
    assert "idempotency_key" in response.json()["detail"]
    assert Ride.objects.filter(owner=person, mode="quick").count() == 1


def test_a_key_used_for_a_check_in_is_not_taken_for_a_ride(api_person, person):
    world = make_charioteer(person)
    checkin = {"alarm": 1, "energy": 1, "drive": 1, "enjoyment": 1, "boredom": 1, "urge": 1}
    assert api_person.post("/api/v1/checkins", json.dumps(checkin),
                           content_type="application/json",
                           HTTP_IDEMPOTENCY_KEY="same").status_code == 201
    assert post(api_person, _body(world), key="same").status_code == 422
    assert not Ride.objects.filter(owner=person, mode="quick").exists()


def test_the_reins_refuse_another_person_s_horse_rule_or_person(api_person, person, stranger):
    world = make_charioteer(person)
    theirs = make_charioteer(stranger)
    for field, value in (("horse_id", theirs["horse"].pk), ("rule_id", theirs["rule"].pk),
                         ("person_id", theirs["person"].pk)):
        response = post(api_person, _body(world, **{field: value}), key=f"k-{field}")
        assert response.status_code == 422, field
        assert field in response.json()["detail"]
    assert not Ride.objects.filter(owner=person, mode="quick").exists()
    assert not IdempotencyKey.objects.exists()


def test_the_reins_refuse_bad_input_in_the_person_s_language(api_person, person):
    world = make_charioteer(person)
    future = (timezone.now() + timedelta(days=1)).isoformat()
    for changes in ({"action": "   "}, {"level": 11}, {"recorded_at": future},
                    {"recorded_at": "2026-01-05T09:30:00"}, {"horse_id": None}):
        response = post(api_person, _body(world, **changes), key="k-bad")
        assert response.status_code == 422, changes
    assert not Ride.objects.filter(owner=person, mode="quick").exists()


def test_an_action_that_speaks_of_ending_life_brings_the_crisis_card(client_person, person):
    world = make_charioteer(person)
    response = client_person.post(URL, json.dumps(_body(world, action="Ik wil er een eind aan maken")),
                                  content_type="application/json", HTTP_IDEMPOTENCY_KEY="c-1")
    assert response.status_code == 201 and response.json()["crisis_detected"] is True
    assert "crisis-card" in client_person.get("/").content.decode()


def test_without_a_rule_the_ride_has_none(api_person, person):
    world = make_charioteer(person)
    response = post(api_person, _body(world, rule_id=None, person_id=None), key="r-2")
    ride = Ride.objects.get(pk=response.json()["id"])
    assert not ride.rules.exists() and ride.person is None
    # Nobody in particular, and the chosen-or-not rule is the best fitting one's goal.
    assert ride.goal == world["goal"]
    assert not LifeRule.objects.filter(owner=person).exclude(pk=world["rule"].pk).exists()


# --- Copy: a side is deployed or kept in the stable, not both ---------------------------


def test_a_side_cannot_be_deployed_and_kept_in_the_stable_at_once(client_person, person,
                                                                  api_person):
    world = make_charioteer(person)
    ride, side = world["ride"], world["side"]
    response = client_person.post(f"/rit/{ride.pk}/stap/5/", {
        "side_deployed": side.pk, "side_stabled": side.pk})
    assert response.status_code == 200
    assert "Eén kant kan niet tegelijk ingezet worden en op stal blijven." in (
        response.content.decode())
    response = api_person.patch(f"/api/v1/rides/{ride.pk}/steps/5", json.dumps(
        {"side_deployed_id": side.pk, "side_stabled_id": side.pk}),
        content_type="application/json")
    assert response.status_code == 422 and "side_stabled" in response.json()["detail"]
    ride.refresh_from_db()
    assert ride.side_deployed is None and ride.side_stabled is None
