import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from charioteer.models import Horse, LifeRule, Side
from rides.models import Ride
from tests.factories import make_charioteer


@pytest.fixture
def world(person):
    return make_charioteer(person)


def _start(client):
    r = client.post("/rit/nieuw/")
    return Ride.objects.get(pk=int(r["Location"].split("/")[2]))


def test_full_ride_saves_every_step_and_commits(client_person, person, world):
    ride = _start(client_person)
    alarm = world["horse"]
    posts = {
        1: {},  # the time-out starts from this step in its own form (timeouts/tests)
        2: {"situation": "Kritiek op mijn planning", "horse": alarm.pk, "level": "8",
            "person": world["person"].pk, "reactions": ["fight", "freeze"], "signals": "kaak"},
        3: {"echoes": [world["echo"].pk], "good_faith": "on", "new_echo": "alles of niets"},
        4: {"goal": world["goal"].pk, "other_needs": "dat ik luister"},
        5: {"rules": [world["rule"].pk], "side_deployed": world["side"].pk},
        6: {"action": "Ik zeg dat ik erop terugkom", "action_when": "nu",
            "lookback_in_hours": "3"},
    }
    for step, data in posts.items():
        r = client_person.post(f"/rit/{ride.pk}/stap/{step}/", data)
        assert r.status_code == 302, (step, r.content[:2000])
    ride.refresh_from_db()
    assert ride.level == 8 and ride.reactions == ["fight", "freeze"]
    assert {e.label or e.key for e in ride.echoes.all()} == {"criticism_as_attack",
                                                             "alles of niets"}
    assert ride.good_faith and ride.goal == world["goal"]
    assert list(ride.rules.all()) == [world["rule"]] and ride.side_deployed == world["side"]
    assert ride.committed_at and ride.lookback_due_at > ride.committed_at
    assert ride.resume_step() == 7


def test_step_five_proposes_the_matching_rule_first(client_person, person, world):
    other = LifeRule.objects.create(owner=person, if_text="ik verveel me", then_text="wandelen",
                                    horse=Horse.objects.get(owner=person, kind="drive"))
    ride = Ride.objects.create(owner=person, horse=world["horse"], level=7, reached_step=5)
    form = client_person.get(f"/rit/{ride.pk}/stap/5/").context["form"]
    choices = [pk for pk, _ in form.fields["rules"].choices]
    assert choices[0] == world["rule"].pk
    assert other.pk in choices  # still offered, below
    assert "Past nu" in str(form.fields["rules"].choices[0][1]) or \
        "Fits now" in str(form.fields["rules"].choices[0][1])


def test_an_unfinished_ride_is_kept_and_resumed(client_person, person, world):
    ride = _start(client_person)
    client_person.post(f"/rit/{ride.pk}/stap/1/", {})
    client_person.post(f"/rit/{ride.pk}/stap/2/", {"situation": "half af",
                                                   "horse": world["horse"].pk, "level": "5",
                                                   "pause": "1"})
    ride.refresh_from_db()
    assert ride.situation == "half af" and ride.reached_step == 3
    home = client_person.get("/").content.decode()
    assert f"/rit/{ride.pk}/stap/3/" in home
    # Jumping ahead past the reached step goes back to where the ride is.
    assert client_person.get(f"/rit/{ride.pk}/stap/6/")["Location"] == f"/rit/{ride.pk}/stap/3/"


@pytest.mark.parametrize("level", ["11", "-1", "abc", ""])
def test_bad_level_is_refused_with_a_message_and_changes_nothing(client_person, person, world,
                                                                 level):
    ride = Ride.objects.create(owner=person, reached_step=2, situation="oud")
    r = client_person.post(f"/rit/{ride.pk}/stap/2/", {"situation": "nieuw",
                                                       "horse": world["horse"].pk, "level": level})
    assert r.status_code == 200
    assert "0 tot 10" in r.content.decode() or "0 to 10" in r.content.decode()
    ride.refresh_from_db()
    assert ride.situation == "oud" and ride.level is None


def test_commit_needs_an_action(client_person, person, world):
    ride = Ride.objects.create(owner=person, reached_step=6)
    r = client_person.post(f"/rit/{ride.pk}/stap/6/", {"action": "  ", "lookback_in_hours": "3"})
    assert r.status_code == 200
    ride.refresh_from_db()
    assert ride.committed_at is None


def test_committed_ride_sends_steps_to_the_look_back(client_person, person, world):
    ride = world["ride"]
    client_person.post(f"/rit/{ride.pk}/stap/6/", {"action": "wandelen", "lookback_in_hours": "1"})
    assert client_person.get(f"/rit/{ride.pk}/stap/2/")["Location"] == f"/rit/{ride.pk}/terugblik/"


def test_look_back_records_escalation_and_rule_keeping(client_person, person, world):
    ride = world["ride"]
    client_person.post(f"/rit/{ride.pk}/stap/6/", {"action": "wandelen", "lookback_in_hours": "1"})
    assert f"/rit/{ride.pk}/terugblik/" in client_person.get("/").content.decode()
    r = client_person.post(f"/rit/{ride.pk}/terugblik/", {
        "lookback_text": "Het bleef rustig", "escalated": "no", "go_on": "yes",
        f"kept_{world['rule'].pk}": "yes", "feeling": "opgelucht"})
    assert r.status_code == 302
    ride.refresh_from_db()
    assert ride.escalated is False and ride.go_on is True and ride.is_done
    assert ride.ride_rules.get().kept is True
    assert f"/rit/{ride.pk}/terugblik/" not in client_person.get("/").content.decode()


def test_look_back_must_say_whether_it_escalated(client_person, person, world):
    ride = world["ride"]
    r = client_person.post(f"/rit/{ride.pk}/terugblik/", {"lookback_text": "x"})
    assert r.status_code == 200
    ride.refresh_from_db()
    assert not ride.is_done


def test_crisis_words_in_a_ride_bring_up_the_card_and_keep_the_text(client_person, person,
                                                                     world):
    ride = Ride.objects.create(owner=person, reached_step=2)
    r = client_person.post(f"/rit/{ride.pk}/stap/2/", {
        "situation": "Ik wil niet meer leven", "horse": world["horse"].pk, "level": "9"},
        follow=True)
    assert 'id="crisis-card"' in r.content.decode()
    ride.refresh_from_db()
    assert ride.situation == "Ik wil niet meer leven"
    # Only once: the next page is calm again.
    assert 'id="crisis-card"' not in client_person.get("/").content.decode()


def test_step_five_reads_the_sides_once_for_both_choices(client_person, person, world):
    Side.objects.create(owner=person, name="De luisteraar")
    ride = Ride.objects.create(owner=person, horse=world["horse"], level=7, reached_step=5)
    with CaptureQueriesContext(connection) as queries:
        page = client_person.get(f"/rit/{ride.pk}/stap/5/").content.decode()
    side_reads = [q["sql"] for q in queries if "charioteer_side" in q["sql"]]
    assert len(side_reads) == 1, side_reads
    assert page.count("De luisteraar") == 2  # offered to deploy and to keep in the stable
