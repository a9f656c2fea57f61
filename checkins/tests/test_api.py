"""/api/v1/checkins: record, list, read and delete check-ins."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone, translation

from checkins import api as checkins_api
from checkins.api import (
    ERROR_MISSING_LEVELS,
    ERROR_TEXT,
    ERROR_TIME_FORMAT,
    ERROR_UNKNOWN_FIELDS,
    ERROR_YES_NO,
)
from checkins.models import CheckIn
from checkins.services import ERROR_FUTURE_TIME, ERROR_NAIVE_TIME
from checkins.tests.conftest import LEVELS
from safety.tests.cards import waiting_cards
from wagenmenner.forms import ERROR_LEVEL

URL = "/api/v1/checkins"


def post(client, data, **headers):
    return client.post(URL, json.dumps(data), content_type="application/json", **headers)


def messages(response):
    """Every error message of a 422, whichever shape it has."""
    detail = response.json()["detail"]
    if isinstance(detail, list):
        return [e["msg"] for e in detail]
    return [m for msgs in detail.values() for m in msgs]


def in_dutch(message, **params):
    with translation.override("nl"):
        return str(message) % params if params else str(message)


def test_a_check_in_is_recorded_and_answered_with_201(api_person, person, answers):
    when = "2026-01-05T09:30:00+01:00"
    response = post(api_person, {**answers, "recorded_at": when})
    assert response.status_code == 201
    body = response.json()
    assert body["alarm"] == 7 and body["note"] == answers["note"]
    assert body["recorded_at"] == "2026-01-05T08:30:00+00:00"
    assert body["crisis_detected"] is False
    saved = CheckIn.objects.get(owner=person)
    assert saved.pk == body["id"] and saved.substance_amount == "3 glazen"


def test_the_body_is_validated_once(api_person, answers, monkeypatch):
    # ninja validated a schema that refuses unknown fields twice (api.schemas.In).
    seen = []
    real = checkins_api._level
    monkeypatch.setattr(checkins_api, "_level", lambda value: seen.append(value) or real(value))
    assert post(api_person, answers).status_code == 201
    assert len(seen) == len(LEVELS)


def test_a_check_in_has_nothing_unique_to_validate_but_its_id():
    """checkin_record validates a check-in's fields only (full_clean without the unique and
    constraint checks): whoever adds a unique field or a constraint must check it there."""
    meta = CheckIn._meta
    assert [f.name for f in meta.fields if f.unique] == ["id"]
    assert not meta.unique_together and not meta.constraints and not meta.total_unique_constraints


def test_without_a_time_the_check_in_is_recorded_now(api_person, person):
    response = post(api_person, LEVELS)
    assert response.status_code == 201
    assert abs(CheckIn.objects.get(owner=person).recorded_at - timezone.now()) < timedelta(
        minutes=1)


def test_the_answer_says_when_a_note_speaks_of_crisis(api_person, answers):
    response = post(api_person, {**answers, "note": "Ik wil dood, ik zie het niet meer zitten."})
    assert response.json()["crisis_detected"] is True


def test_a_check_in_from_the_app_in_the_browser_brings_up_the_crisis_card(client_person,
                                                                          answers):
    response = post(client_person, {**answers, "note": "Ik wil er een eind aan maken."})
    assert response.status_code == 201
    assert waiting_cards(client_person) == {"crisis": "text"}


def future():
    return (timezone.now() + timedelta(minutes=30)).isoformat()


BAD = [
    ({"alarm": 11}, in_dutch(ERROR_LEVEL)),
    ({"alarm": -1}, in_dutch(ERROR_LEVEL)),
    ({"energy": "abc"}, in_dutch(ERROR_LEVEL)),
    ({"energy": "5"}, in_dutch(ERROR_LEVEL)),
    ({"drive": 5.5}, in_dutch(ERROR_LEVEL)),
    ({"drive": True}, in_dutch(ERROR_LEVEL)),
    ({"conflict": "yes"}, in_dutch(ERROR_YES_NO)),
    ({"note": "x" * 5001}, in_dutch(ERROR_TEXT, max=5000)),
    ({"substance": ["bier"]}, in_dutch(ERROR_TEXT, max=200)),
    ({"recorded_at": "abc"}, in_dutch(ERROR_TIME_FORMAT)),
    ({"recorded_at": "2026-02-30T10:00:00+01:00"}, in_dutch(ERROR_TIME_FORMAT)),
    ({"recorded_at": 1767600000}, in_dutch(ERROR_TIME_FORMAT)),
    ({"recorded_at": "2026-01-05T09:30:00"}, in_dutch(ERROR_NAIVE_TIME)),
    ({"recorded_at": "future"}, in_dutch(ERROR_FUTURE_TIME)),
    ({"mood": 5}, None),
]


@pytest.mark.parametrize(("change", "message"), BAD)
def test_bad_input_gets_a_clear_422_and_changes_nothing(api_person, answers, change, message):
    if change.get("recorded_at") == "future":
        change = {"recorded_at": future()}
    response = post(api_person, {**answers, **change})
    assert response.status_code == 422
    if message is None:
        message = in_dutch(ERROR_UNKNOWN_FIELDS, fields="mood",
                           known=", ".join(["alarm", "energy", "drive", "enjoyment", "boredom",
                                            "urge", "substance", "substance_amount", "conflict",
                                            "note", "dark_thoughts", "recorded_at"]))
    assert message in messages(response)
    assert CheckIn.objects.count() == 0


def test_missing_levels_are_named(api_person):
    response = post(api_person, {"alarm": 3, "energy": 4})
    assert response.status_code == 422
    assert in_dutch(ERROR_MISSING_LEVELS, fields="drive, enjoyment, boredom, urge") in messages(
        response)


def test_a_body_that_is_not_json_is_refused(api_person):
    response = api_person.post(URL, "alarm=3", content_type="application/json")
    assert response.status_code in (400, 422)
    assert CheckIn.objects.count() == 0


def test_a_time_a_few_minutes_ahead_is_accepted_for_phone_clocks(api_person, answers):
    ahead = (timezone.now() + timedelta(minutes=5)).isoformat()
    assert post(api_person, {**answers, "recorded_at": ahead}).status_code == 201


def test_the_list_is_newest_first_and_only_mine(api_person, person, stranger):
    now = timezone.now()
    old = CheckIn.objects.create(owner=person, recorded_at=now - timedelta(days=2), **LEVELS)
    new = CheckIn.objects.create(owner=person, recorded_at=now, **LEVELS)
    CheckIn.objects.create(owner=stranger, **LEVELS)
    body = api_person.get(URL).json()
    assert [c["id"] for c in body] == [new.pk, old.pk]


def test_the_list_filters_on_local_dates_and_pages(api_person, person):
    from datetime import UTC, datetime

    # 23:30 UTC on 4 January is 00:30 on 5 January in Amsterdam.
    late = CheckIn.objects.create(owner=person, recorded_at=datetime(2026, 1, 4, 23, 30,
                                                                     tzinfo=UTC), **LEVELS)
    CheckIn.objects.create(owner=person, recorded_at=datetime(2026, 1, 4, 12, tzinfo=UTC),
                           **LEVELS)
    CheckIn.objects.create(owner=person, recorded_at=datetime(2026, 1, 7, 12, tzinfo=UTC),
                           **LEVELS)
    body = api_person.get(URL, {"start": "2026-01-05", "end": "2026-01-06"}).json()
    assert [c["id"] for c in body] == [late.pk]
    assert len(api_person.get(URL, {"limit": 2}).json()) == 2
    assert len(api_person.get(URL, {"limit": 2, "offset": 2}).json()) == 1
    assert api_person.get(URL, {"limit": 0}).status_code == 422
    assert api_person.get(URL, {"start": "gisteren"}).status_code == 422


def test_one_check_in_can_be_read_and_deleted(api_person, person):
    item = CheckIn.objects.create(owner=person, note="eigen notitie", **LEVELS)
    assert api_person.get(f"{URL}/{item.pk}").json()["note"] == "eigen notitie"
    assert api_person.delete(f"{URL}/{item.pk}").status_code == 204
    assert not CheckIn.objects.filter(pk=item.pk).exists()


def test_a_stranger_gets_404_on_every_check_in_id(api_stranger, person):
    item = CheckIn.objects.create(owner=person, note="privé", **LEVELS)
    assert api_stranger.get(f"{URL}/{item.pk}").status_code == 404
    assert api_stranger.delete(f"{URL}/{item.pk}").status_code == 404
    assert api_stranger.get(f"{URL}/999999").status_code == 404
    assert api_stranger.get(URL).json() == []
    assert CheckIn.objects.filter(pk=item.pk).exists()


def test_without_login_the_api_answers_401(db, client, answers):
    assert post(client, answers).status_code == 401
    assert client.get(URL).status_code == 401
    assert CheckIn.objects.count() == 0


def test_the_browser_session_needs_the_csrf_token(person, answers):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(person)
    assert post(browser, answers).status_code == 403
    token = browser.get("/meten/sessie/").json()["csrf"]
    assert post(browser, answers, HTTP_X_CSRFTOKEN=token).status_code == 201


def test_the_last_possible_date_as_end_is_not_an_error(api_person, person):
    CheckIn.objects.create(owner=person, **LEVELS)
    response = api_person.get(URL, {"start": "0001-01-01", "end": "9999-12-31"})
    assert response.status_code == 200 and len(response.json()) == 1


def test_the_service_gets_the_fields_as_validated():
    """The view hands the service ``dict(payload)``: for a schema of plain fields that is
    what ``model_dump()`` gives, the very same values; a nested schema would differ."""
    payload = checkins_api.CheckInIn.model_validate({
        **LEVELS, "note": "even rustig", "substance": None, "dark_thoughts": 3,
        "recorded_at": "2026-03-01T09:30:00+01:00"})
    dumped = payload.model_dump()
    assert dict(payload) == dumped
    assert all(value is dumped[name] for name, value in dict(payload).items())


def test_a_check_in_without_a_time_is_not_recorded_after_it_was_stored(api_person, person):
    """Sent without a time, a check-in is stamped in the writer's turn: the moment it was
    stored (``created_at``) is that moment too, not the earlier one when its INSERT was
    built, so no check-in says it was recorded after it was stored."""
    body = post(api_person, LEVELS).json()
    stored = CheckIn.objects.get(owner=person)
    assert stored.recorded_at == stored.created_at
    assert body["recorded_at"] == body["created_at"]
