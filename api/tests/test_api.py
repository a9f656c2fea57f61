import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from charioteer.models import Goal, Horse, LifeRule
from rides.models import Ride

J = "application/json"


def post(client, url, data):
    return client.post(url, json.dumps(data), content_type=J)


def patch(client, url, data):
    return client.patch(url, json.dumps(data), content_type=J)


def test_openapi_schema_is_published(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    for path in ("/api/v1/goals", "/api/v1/rules", "/api/v1/sides", "/api/v1/people",
                 "/api/v1/rides", "/api/v1/rides/{pk}/steps/{step}"):
        assert path in schema["paths"], path


def test_operation_ids_stay_as_published(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    ids = {op["operationId"] for item in schema["paths"].values() for op in item.values()}
    assert {"api_checkins_checkin_create", "api_rides_ride_step", "api_crud_goal_list",
            "insights_api_insights", "people_api_ledger_reciprocity_create",
            "people_api_ledger_trust_update", "people_api_ledger_trust_list"} <= ids


def test_no_token_no_access(client, db):
    assert client.get("/api/v1/goals").status_code == 401
    assert client.get("/api/v1/goals", HTTP_AUTHORIZATION="Bearer wm_wrong").status_code == 401


def test_session_login_works_for_reads(client_person):
    assert client_person.get("/api/v1/goals").status_code == 200


def test_goal_crud(api_person, person):
    r = post(api_person, "/api/v1/goals", {"domain": "work", "title": "  Op tijd stoppen  "})
    assert r.status_code == 201
    goal = r.json()
    assert goal["title"] == "Op tijd stoppen"
    assert api_person.get(f"/api/v1/goals/{goal['id']}").json()["domain"] == "work"
    r = patch(api_person, f"/api/v1/goals/{goal['id']}", {"asks_of_me": "nee zeggen"})
    assert r.status_code == 200 and r.json()["asks_of_me"] == "nee zeggen"
    assert api_person.delete(f"/api/v1/goals/{goal['id']}").status_code == 204
    assert not Goal.objects.exists()


def test_rule_with_structured_if_and_crisis_flag(api_person, person):
    alarm = Horse.objects.get(owner=person, kind="alarm")
    r = post(api_person, "/api/v1/rules", {"if_text": "ik wil dood", "then_text": "113 bellen",
                                           "horse_id": alarm.pk, "min_level": 7,
                                           "relation": "partner"})
    assert r.status_code == 201
    assert r.json()["crisis_detected"] is True
    rule = LifeRule.objects.get()
    assert (rule.horse, rule.min_level, rule.relation) == (alarm, 7, "partner")


@pytest.mark.parametrize("payload", [
    {"domain": "work"},
    {"domain": "work", "title": ""},
    {"domain": "work", "title": "   "},
    {"domain": "mars", "title": "x"},
    {"domain": "work", "title": "x" * 301},
    {"domain": "work", "title": "x", "unknown": 1},
    {"domain": 5, "title": "x"},
    [],
    "tekst",
])
def test_bad_goal_payloads_are_refused_and_change_nothing(api_person, payload):
    r = post(api_person, "/api/v1/goals", payload)
    assert r.status_code in (400, 422)
    assert "detail" in r.json()
    assert not Goal.objects.exists()


def test_malformed_json_is_a_clear_400_not_a_500(api_person):
    r = api_person.post("/api/v1/goals", "{niet json", content_type=J)
    assert r.status_code in (400, 422)


def test_ride_step_by_step_through_the_api(api_person, person):
    alarm = Horse.objects.get(owner=person, kind="alarm")
    rule = LifeRule.objects.create(owner=person, if_text="a", then_text="b", horse=alarm)
    ride = post(api_person, "/api/v1/rides", {"mode": "full"}).json()
    url = f"/api/v1/rides/{ride['id']}/steps/"
    assert patch(api_person, url + "1", {"timeout_minutes": 5}).status_code == 200
    r = patch(api_person, url + "2", {"situation": "ruzie", "horse_id": alarm.pk, "level": 8,
                                      "reactions": ["fight"]})
    assert r.status_code == 200 and r.json()["reached_step"] == 3
    assert r.json()["crisis_detected"] is False
    assert patch(api_person, url + "5", {"rule_ids": [rule.pk]}).status_code == 200
    assert patch(api_person, url + "6", {"action": "wandelen"}).status_code == 200
    r = patch(api_person, url + "7", {"escalated": False, "rules_kept": {str(rule.pk): True}})
    data = r.json()
    assert r.status_code == 200 and data["lookback_done_at"] and data["rules"][0]["kept"] is True


@pytest.mark.parametrize("step,payload", [
    (2, {"level": 11}), (2, {"level": -1}), (2, {"level": "abc"}), (2, {"level": "5"}),
    (2, {"action": "not this step"}), (2, {"horse_id": 999999}), (9, {}),
    (6, {"action": ""}), (7, {"feeling": "x"}), (2, {"reactions": ["dance"]}),
])
def test_bad_ride_steps_are_refused_and_change_nothing(api_person, person, step, payload):
    ride = Ride.objects.create(owner=person)
    r = patch(api_person, f"/api/v1/rides/{ride.pk}/steps/{step}", payload)
    assert r.status_code in (404, 422)
    fresh = Ride.objects.get(pk=ride.pk)
    assert (fresh.level, fresh.reached_step, fresh.committed_at) == (None, 1, None)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=3),
    max_leaves=8)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.dictionaries(
    st.sampled_from(["domain", "title", "asks_of_me", "if_text", "then_text", "min_level",
                     "goal_id", "horse_id", "name", "relation", "x"]),
    json_values, max_size=5), kind=st.sampled_from(["goals", "rules", "sides", "people"]))
def test_any_payload_gets_a_clear_answer_never_a_500(api_person, payload, kind):
    r = post(api_person, f"/api/v1/{kind}", payload)
    assert r.status_code in (201, 400, 422), r.content


@pytest.mark.parametrize("kind,payload", [
    ("goals", {"domain": "self", "title": "Ik wil niet meer leven zo"}),
    ("sides", {"name": "de vechter", "when_harmful": "als ik er een eind aan wil maken"}),
    ("people", {"name": "Sam", "relation": "partner"}),
])
def test_every_write_with_free_text_says_whether_it_speaks_of_crisis(api_person, kind,
                                                                     payload):
    r = post(api_person, f"/api/v1/{kind}", payload)
    assert r.status_code == 201
    assert r.json()["crisis_detected"] is (kind != "people")
