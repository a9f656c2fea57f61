"""/api/v1/safety-plan: the person's one plan; no ids, so nobody else can even name it."""

import json

import pytest

URL = "/api/v1/safety-plan"


def put(client, data):
    return client.put(URL, json.dumps(data), content_type="application/json")


def test_reading_a_plan_that_does_not_exist_yet_gives_404(api_person):
    assert api_person.get(URL).status_code == 404


def test_writing_the_plan_creates_it_and_reading_returns_it(api_person):
    response = put(api_person, {"coping": "Wandelen.", "reasons_to_live": "Mijn dochter."})
    assert response.status_code == 200
    body = api_person.get(URL).json()
    assert body["coping"] == "Wandelen."
    assert body["reasons_to_live"] == "Mijn dochter."
    assert body["warning_signs"] == ""
    assert "crisis_detected" not in body


def test_writing_again_replaces_every_part(api_person):
    put(api_person, {"coping": "Wandelen.", "distractions": "De sportschool."})
    body = put(api_person, {"coping": "Fietsen."}).json()
    assert (body["coping"], body["distractions"]) == ("Fietsen.", "")


@pytest.mark.parametrize("data", [
    {"owner_id": 2},
    {"coping": "x" * 3001},
    {"coping": 12},
])
def test_an_unknown_or_wrong_part_is_refused(api_person, data):
    assert put(api_person, data).status_code == 422


def test_stranger_cannot_read_or_delete_the_persons_plan(api_person, api_stranger):
    put(api_person, {"coping": "Wandelen."})
    assert api_stranger.get(URL).status_code == 404
    assert api_stranger.delete(URL).status_code == 404
    assert api_person.get(URL).json()["coping"] == "Wandelen."


def test_deleting_the_plan_removes_it(api_person):
    put(api_person, {"coping": "Wandelen."})
    assert api_person.delete(URL).status_code == 204
    assert api_person.get(URL).status_code == 404


def test_the_plan_api_needs_authentication(client, db):
    assert client.get(URL).status_code == 401
