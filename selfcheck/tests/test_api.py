"""/api/v1/selfchecks: the items, recording a self-check, and reading results back."""

import json

import pytest

from selfcheck import items
from selfcheck.models import SelfCheckResult

URL = "/api/v1/selfchecks"
ALL_ONE = {item.key: 1 for item in items.ITEMS}


def post(client, data):
    return client.post(URL, json.dumps(data), content_type="application/json")


def test_the_items_come_in_the_persons_language(api_person, api_stranger):
    nl = api_person.get(f"{URL}/items").json()
    assert nl["language"] == "nl" and nl["title"] == items.TITLE["nl"]
    assert nl["disclaimer"] == items.DISCLAIMER["nl"]
    assert [i["key"] for i in nl["items"]] == [i.key for i in items.ITEMS]
    assert nl["scale"] == {str(v): labels["nl"] for v, labels in items.SCALE}
    en = api_stranger.get(f"{URL}/items").json()
    assert en["items"][0]["text"] == items.ITEMS[0].text["en"]


def test_posting_answers_returns_scores_and_where_to_start(api_person):
    answers = {**ALL_ONE, **{i.key: 0 if i.reverse else 4 for i in items.ITEMS
                             if i.dimension == "push_pull"}}
    response = post(api_person, {"answers": answers})
    assert response.status_code == 201
    body = response.json()
    assert body["scores"]["push_pull"] == 100.0
    assert body["start_with"] == ["push_pull"]
    assert body["crisis_detected"] is False
    assert body["change"] is None
    assert SelfCheckResult.objects.get(pk=body["id"]).answers == answers


def test_crisis_language_in_the_remarks_is_reported_and_saved(api_person):
    body = post(api_person, {"answers": ALL_ONE, "remarks": "I want to die."}).json()
    assert body["crisis_detected"] is True
    assert SelfCheckResult.objects.get(pk=body["id"]).remarks == "I want to die."


def test_a_second_result_reports_the_change(api_person):
    post(api_person, {"answers": ALL_ONE})
    body = post(api_person, {"answers": {**ALL_ONE, "pp7": 3}}).json()
    assert body["change"]["push_pull"] == 10.0


@pytest.mark.parametrize("data", [
    {"answers": {"nope": 1}},
    {"answers": {**ALL_ONE, "ae1": 9}},
    {"answers": {**ALL_ONE, "ae1": True}},
    {"answers": {**ALL_ONE, "ae1": "2"}},
    {"answers": {"ae1": 1}},
    {"answers": ALL_ONE, "remarks": "x" * 2001},
    {"answers": ALL_ONE, "owner_id": 1},
])
def test_wrong_answers_are_refused_with_422(api_person, data):
    assert post(api_person, data).status_code == 422
    assert not SelfCheckResult.objects.exists()


def test_list_and_read_return_only_the_persons_results(api_person, api_stranger):
    mine = post(api_person, {"answers": ALL_ONE}).json()["id"]
    theirs = post(api_stranger, {"answers": ALL_ONE}).json()["id"]
    assert [r["id"] for r in api_person.get(URL).json()] == [mine]
    assert api_person.get(f"{URL}/{mine}").json()["id"] == mine
    assert api_person.get(f"{URL}/{theirs}").status_code == 404


def test_stranger_gets_404_on_the_persons_result(api_person, api_stranger):
    mine = post(api_person, {"answers": ALL_ONE}).json()["id"]
    assert api_stranger.get(f"{URL}/{mine}").status_code == 404
    assert api_stranger.delete(f"{URL}/{mine}").status_code == 404
    assert SelfCheckResult.objects.filter(pk=mine).exists()


def test_deleting_a_result(api_person):
    mine = post(api_person, {"answers": ALL_ONE}).json()["id"]
    assert api_person.delete(f"{URL}/{mine}").status_code == 204
    assert api_person.get(f"{URL}/{mine}").status_code == 404


def test_the_self_check_api_needs_authentication(client, db):
    assert client.get(URL).status_code == 401
    assert client.get(f"{URL}/items").status_code == 401


def test_sent_from_the_app_in_the_browser_the_next_page_shows_the_crisis_card(client_person):
    response = post(client_person, {"answers": ALL_ONE, "remarks": "Ik wil dood."})
    assert response.json()["crisis_detected"] is True
    html = client_person.get("/zelftest/").content.decode()
    assert 'id="crisis-card"' in html


def test_a_token_client_gets_no_session_from_a_crisis_remark(api_person):
    post(api_person, {"answers": ALL_ONE, "remarks": "Ik wil dood."})
    assert "__Host-wm_session" not in api_person.cookies


def test_the_list_gives_each_change_in_a_fixed_number_of_queries(
        api_person, django_assert_max_num_queries):
    for value in (0, 1, 2, 3, 4, 2):
        assert post(api_person, {"answers": {i.key: value for i in items.ITEMS}}).status_code == 201
    with django_assert_max_num_queries(6):
        listed = api_person.get(URL).json()
    for row in listed:
        assert row["change"] == api_person.get(f"{URL}/{row['id']}").json()["change"]
    assert listed[-1]["change"] is None and listed[0]["change"] is not None
