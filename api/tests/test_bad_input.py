"""Input that once answered 500: each now gets a clear 4xx, as JSON, in the person's
language, and changes nothing."""

import json

import pytest
from django.utils import translation

from checkins.models import CheckIn, Pursuit, PursuitRating
from people.models import Escalation
from tests.factories import make_charioteer
from wagenmenner.moments import ERROR_MOMENT_RANGE

LEVELS = {"alarm": 1, "energy": 2, "drive": 3, "enjoyment": 4, "boredom": 5, "urge": 6}
BIG = 2**63
FAR_MOMENTS = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
               "1000-06-01T12:00:00+00:00", "9999-06-01T12:00:00+00:00"]


def in_dutch(message):
    with translation.override("nl"):
        return str(message)


def post(client, url, body, content_type="application/json"):
    return client.post(url, json.dumps(body), content_type=content_type)


def messages(response):
    detail = response.json()["detail"]
    if isinstance(detail, list):
        return [e["msg"] for e in detail]
    if isinstance(detail, dict):
        return [m for ms in detail.values() for m in ms]
    return [detail]


@pytest.fixture
def pursuit(person):
    return Pursuit.objects.create(owner=person, name="hardlopen")


@pytest.mark.parametrize("moment", FAR_MOMENTS)
def test_far_off_moments_are_refused_in_dutch(api_person, pursuit, moment):
    for url, body in (("/api/v1/checkins", {**LEVELS, "recorded_at": moment}),
                      ("/api/v1/escalations", {"happened_at": moment}),
                      (f"/api/v1/pursuits/{pursuit.pk}/ratings",
                       {"intensity": 3, "rated_at": moment})):
        response = post(api_person, url, body)
        assert response.status_code == 422, (url, response.content)
        assert in_dutch(ERROR_MOMENT_RANGE) in messages(response)
    assert not CheckIn.objects.exists() and not Escalation.objects.exists()
    assert not PursuitRating.objects.exists()


def test_a_far_off_moment_on_the_escalation_page_is_a_form_error(client_person):
    for moment in ("0001-01-01T00:00", "9999-12-31T23:59", "1000-01-01T10:00"):
        response = client_person.post("/mensen/escalaties/nieuw/", {"happened_at": moment})
        assert response.status_code == 200
        assert in_dutch(ERROR_MOMENT_RANGE) in response.content.decode()
    assert not Escalation.objects.exists()


@pytest.mark.parametrize("week", ["0001-W01", "9999-W52"])
def test_a_far_off_week_shows_the_current_week(client_person, week):
    assert client_person.get(f"/inzicht/week/?week={week}").status_code == 200


@pytest.mark.parametrize("url", [
    f"/api/v1/checkins?offset={BIG}", f"/api/v1/rides?offset={BIG}",
    f"/api/v1/rides?person_id={BIG}", f"/api/v1/rides?horse_id={BIG}",
    f"/api/v1/escalations?person_id={BIG}", f"/api/v1/escalations?offset={BIG}",
    f"/api/v1/selfchecks?offset={BIG}", "/api/v1/checkins?start=0",
])
def test_numbers_past_64_bits_and_far_days_in_lists_are_refused(api_person, url):
    response = api_person.get(url)
    assert response.status_code == 422
    assert response["Content-Type"].startswith("application/json")


def test_days_near_the_ends_of_the_calendar_mean_no_limit(api_person):
    response = api_person.get("/api/v1/checkins?start=0001-01-02&end=9999-12-30")
    assert response.status_code == 200 and response.json() == []


def test_ids_past_64_bits_are_not_found_or_refused(api_person, pursuit):
    assert api_person.get(f"/api/v1/goals/{BIG}").status_code == 404
    assert api_person.get(f"/api/v1/pursuits/{pursuit.pk}/ratings?offset={BIG}").status_code == 422
    response = post(api_person, "/api/v1/rules", {"if_text": "a", "then_text": "b",
                                                  "goal_id": BIG})
    assert response.status_code == 422


def test_null_empties_a_blank_text_field_and_is_refused_for_a_required_one(api_person, person,
                                                                          pursuit):
    objs = make_charioteer(person)
    goal, side, rule = objs["goal"], objs["side"], objs["rule"]
    for url, field in ((f"/api/v1/goals/{goal.pk}", "asks_of_me"),
                       (f"/api/v1/sides/{side.pk}", "good_for"),
                       (f"/api/v1/rules/{rule.pk}", "relation")):
        response = api_person.patch(url, {field: None}, content_type="application/json")
        assert response.status_code == 200, (url, response.content)
        assert response.json()[field] == ""
    for url, field in ((f"/api/v1/goals/{goal.pk}", "title"),
                       (f"/api/v1/pursuits/{pursuit.pk}", "name")):
        response = api_person.patch(url, {field: None}, content_type="application/json")
        assert response.status_code == 422
    goal.refresh_from_db()
    assert goal.title == "Ruzie maken zonder te ontploffen"


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded",
                                          ""])
def test_a_body_that_is_not_sent_as_json_is_refused(api_person, content_type):
    response = api_person.generic("POST", "/api/v1/goals",
                                  json.dumps({"domain": "work", "title": "x"}),
                                  content_type=content_type)
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]
    assert not api_person.get("/api/v1/goals").json()


def test_api_errors_are_json_for_400_404_413_and_401(api_person, client, db):
    response = post(api_person, "/api/v1/goals", "x")
    bad = api_person.post("/api/v1/goals", "{not json", content_type="application/json")
    assert bad.status_code == 400 and bad.json()["detail"]
    unknown = api_person.get("/api/v1/no-such-thing")
    assert unknown.status_code == 404 and unknown.json()["detail"]
    big = api_person.post("/api/v1/goals", "x" * (3 * 1024 * 1024),
                          content_type="application/json")
    assert big.status_code == 413 and big.json()["detail"]
    anonymous = client.get("/api/v1/goals")
    assert anonymous.status_code == 401 and anonymous.json()["detail"]
    assert response.status_code == 422


def test_schema_errors_speak_the_person_s_language(api_person):
    response = post(api_person, "/api/v1/goals", {"domain": "work"})
    with translation.override("nl"):
        assert "Dit veld is verplicht." in messages(response)


def _no_duplicate_keys(pairs):
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), keys
    return dict(pairs)


def test_every_operation_documents_its_errors(api_person):
    spec = json.loads(api_person.get("/api/v1/openapi.json").content,
                      object_pairs_hook=_no_duplicate_keys)
    for path, operations in spec["paths"].items():
        for operation in operations.values():
            assert {"400", "401", "422"} <= set(operation["responses"]), path
            if "requestBody" in operation:
                assert {"413", "415"} <= set(operation["responses"]), path


def test_the_api_docs_load_their_scripts_and_styles_from_this_server(client, db):
    import re

    html = client.get("/api/v1/docs").content.decode()
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert client.get(asset).status_code == 200, asset
