from rides.models import Ride
from tests.factories import make_charioteer


def test_reins_reach_the_rules_and_one_action_in_three_screens(client_person, person):
    world = make_charioteer(person)
    # Screen 1 (one tap from home): horse and level.
    assert 'href="/teugels/"' in client_person.get("/").content.decode()
    r = client_person.post("/teugels/", {"horse": world["horse"].pk, "level": "8",
                                         "person": world["person"].pk})
    ride = Ride.objects.get(owner=person, mode="quick")
    assert r["Location"] == f"/teugels/{ride.pk}/"
    # Screen 2: the matching rules and the goal, and one action.
    page = client_person.get(r["Location"])
    html = page.content.decode()
    assert "ik zeg dat ik erop terugkom" in html
    assert "Ruzie maken zonder te ontploffen" in html
    r = client_person.post(f"/teugels/{ride.pk}/", {"rule": world["rule"].pk,
                                                    "action": "Even naar buiten"})
    # Screen 3: done; the look-back waits on the home screen.
    assert r["Location"] == f"/teugels/{ride.pk}/klaar/"
    ride.refresh_from_db()
    assert ride.action == "Even naar buiten" and ride.is_committed
    assert list(ride.rules.all()) == [world["rule"]]
    assert f"/rit/{ride.pk}/terugblik/" in client_person.get("/").content.decode()


def test_reins_refuse_a_missing_horse(client_person, person):
    r = client_person.post("/teugels/", {"level": "5"})
    assert r.status_code == 200
    assert not Ride.objects.exists()


def test_reins_action_is_required(client_person, person):
    world = make_charioteer(person)
    ride = Ride.objects.create(owner=person, mode="quick", horse=world["horse"], level=5)
    r = client_person.post(f"/teugels/{ride.pk}/", {"action": ""})
    assert r.status_code == 200
    ride.refresh_from_db()
    assert not ride.is_committed


# --- the hot moment: no rule that stays in the situation from alarm 7 on ---------------

def _with_every_template(person):
    from charioteer.services import rule_from_template
    from charioteer.suggestions import RULE_TEMPLATES

    return {t.key: rule_from_template(user=person, key=t.key) for t in RULE_TEMPLATES}


def _quick(client, person, horse_kind, level, person_obj=None):
    from charioteer.models import Horse

    horse = Horse.objects.get(owner=person, kind=horse_kind)
    data = {"horse": horse.pk, "level": str(level)}
    if person_obj is not None:
        data["person"] = person_obj.pk
    client.post("/teugels/", data)
    ride = Ride.objects.filter(owner=person, mode="quick").latest("pk")
    return client.get(f"/teugels/{ride.pk}/").content.decode()


def test_at_alarm_9_the_reins_never_offer_to_stay_ten_more_minutes(client_person, person):
    from people.models import Person

    rules = _with_every_template(person)
    partner = Person.objects.create(owner=person, name="Sam", relation="partner")
    html = _quick(client_person, person, "alarm", 9, partner)
    assert str(rules["time_out_before_red"].then_text) in html
    assert str(rules["stay_for_ten_minutes"].then_text) not in html
    assert str(rules["children_calm_voice"].then_text) not in html


def test_when_nothing_fits_the_reins_still_leave_out_rules_that_stay(client_person, person):
    from charioteer.models import LifeRule

    LifeRule.objects.create(owner=person, if_text="het dichtbij komt", then_text="ik blijf",
                            stays_in_situation=True)
    LifeRule.objects.create(owner=person, if_text="ik me verveel", then_text="ik wandel",
                            min_level=10, horse=None)
    html = _quick(client_person, person, "alarm", 8)
    assert "ik wandel" in html  # nothing fits, so the other rules are shown...
    assert "ik blijf" not in html  # ...but not the one that stays


def test_below_alarm_7_the_rule_to_stay_is_offered(client_person, person):
    from people.models import Person

    rules = _with_every_template(person)
    partner = Person.objects.create(owner=person, name="Sam", relation="partner")
    html = _quick(client_person, person, "alarm", 4, partner)
    assert str(rules["stay_for_ten_minutes"].then_text) in html


def test_the_ride_at_alarm_8_leaves_out_rules_that_stay_from_every_list(person):
    from charioteer.models import Horse
    from rides.services import rules_for_ride

    rules = _with_every_template(person)
    ride = Ride.objects.create(owner=person, horse=Horse.objects.get(owner=person, kind="alarm"),
                               level=8, reached_step=5)
    offered, matching = rules_for_ride(ride)
    assert rules["stay_for_ten_minutes"] not in offered
    assert rules["children_calm_voice"] not in offered
    assert rules["time_out_before_red"].pk in matching
