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
