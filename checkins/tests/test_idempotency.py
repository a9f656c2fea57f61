"""Exactly once: the Idempotency-Key of POST /api/v1/checkins, as payment APIs use it."""

import json
import threading
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.utils import timezone, translation

from checkins.idempotency import ERROR_KEY_FORMAT
from checkins.models import CheckIn, IdempotencyKey
from checkins.services import ERROR_KEY_REUSED

URL = "/api/v1/checkins"
WHEN = "2026-01-05T09:30:00+01:00"


def post(client, data, key=None):
    headers = {"HTTP_IDEMPOTENCY_KEY": key} if key is not None else {}
    return client.post(URL, json.dumps(data), content_type="application/json", **headers)


def in_dutch(message):
    with translation.override("nl"):
        return str(message)


def test_a_repeat_with_the_same_key_and_body_gets_the_first_answer_and_stores_nothing(
        api_person, person, answers):
    body = {**answers, "recorded_at": WHEN}
    first = post(api_person, body, key="k-1")
    again = post(api_person, body, key="k-1")
    assert first.status_code == again.status_code == 201
    assert again.content == first.content
    assert again["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first
    assert CheckIn.objects.filter(owner=person).count() == 1


def test_the_same_body_written_differently_is_the_same_request(api_person, person, answers):
    post(api_person, {**answers, "recorded_at": WHEN}, key="k-1")
    # Same instant in UTC, keys in another order, text with CRLF line breaks.
    same = {"recorded_at": "2026-01-05T08:30:00Z", **dict(reversed(list(answers.items())))}
    assert post(api_person, same, key="k-1").status_code == 201
    assert CheckIn.objects.filter(owner=person).count() == 1


def test_the_same_key_with_a_different_body_is_refused_with_a_clear_error(api_person, person,
                                                                          answers):
    post(api_person, {**answers, "recorded_at": WHEN}, key="k-1")
    response = post(api_person, {**answers, "alarm": 1, "recorded_at": WHEN}, key="k-1")
    assert response.status_code == 422
    assert response.json() == {"detail": {"idempotency_key": [in_dutch(ERROR_KEY_REUSED)]}}
    assert CheckIn.objects.filter(owner=person).count() == 1
    assert CheckIn.objects.get(owner=person).alarm == 7


def test_without_a_time_a_repeat_still_matches_the_first_request(api_person, person, answers):
    assert post(api_person, answers, key="k-2").status_code == 201
    assert post(api_person, answers, key="k-2").status_code == 201
    assert CheckIn.objects.filter(owner=person).count() == 1


def test_new_keys_store_new_check_ins(api_person, person, answers):
    post(api_person, answers, key="k-1")
    post(api_person, answers, key="k-2")
    post(api_person, answers)
    post(api_person, answers)
    assert CheckIn.objects.filter(owner=person).count() == 4


def test_keys_belong_to_their_owner(api_person, api_stranger, person, stranger, answers):
    mine = post(api_person, answers, key="shared")
    theirs = post(api_stranger, {**answers, "alarm": 2}, key="shared")
    assert mine.status_code == theirs.status_code == 201
    assert theirs.json()["id"] != mine.json()["id"]
    assert CheckIn.objects.filter(owner=stranger).count() == 1


def test_a_request_that_fails_validation_does_not_use_up_its_key(api_person, person, answers):
    assert post(api_person, {**answers, "alarm": 11}, key="k-1").status_code == 422
    assert post(api_person, answers, key="k-1").status_code == 201
    assert CheckIn.objects.filter(owner=person).count() == 1


@pytest.mark.parametrize("key", ["x" * 256, "sleutel met é", " voorspatie"])
def test_a_malformed_key_is_refused(api_person, answers, key):
    response = post(api_person, answers, key=key)
    assert response.status_code == 422
    assert in_dutch(ERROR_KEY_FORMAT) in response.json()["detail"]["idempotency_key"]
    assert CheckIn.objects.count() == 0


def test_the_key_stores_a_hash_of_the_body_and_no_words_of_the_person(api_person, answers):
    response = post(api_person, answers, key="k-1")
    stored = IdempotencyKey.objects.filter(key="k-1").values().get()
    assert len(stored["request_hash"]) == 64
    assert stored["status"] == 201 and stored["checkin_id"] == response.json()["id"]
    # Nothing of what was written, in clear or otherwise: the answer is rebuilt on replay.
    assert set(stored) == {"id", "owner_id", "key", "request_hash", "status", "checkin_id",
                           "ride_id",
                           "crisis_detected", "created_at"}


def test_a_replay_keeps_saying_whether_the_first_answer_saw_a_crisis(api_person, answers):
    body = {**answers, "note": "ik wil dood"}
    first = post(api_person, body, key="k-1")
    assert first.json()["crisis_detected"] is True
    again = post(api_person, body, key="k-1")
    assert again.content == first.content


def test_the_key_goes_with_its_check_in(api_person, answers):
    checkin_id = post(api_person, answers, key="k-1").json()["id"]
    assert api_person.delete(f"{URL}/{checkin_id}").status_code == 204
    assert not IdempotencyKey.objects.exists()


def test_a_check_in_from_the_page_and_its_resend_from_the_offline_queue_count_once(
        client_person, person, form_answers, answers):
    """The page posted, the server saved it, the answer was lost: offline.js sends the
    same check-in with the same key to the API later."""
    when = "2026-01-05T08:30:00.250Z"
    client_person.post("/meten/", {**form_answers, "key": "uuid-1", "recorded_at": when,
                                   "note": "regel een\r\nregel twee"})
    response = post(client_person, {**answers, "recorded_at": when,
                                    "note": "regel een\nregel twee"}, key="uuid-1")
    assert response.status_code == 201
    assert response["Idempotent-Replayed"] == "true"
    assert CheckIn.objects.filter(owner=person).count() == 1


def test_purging_deletes_keys_older_than_24_hours_only(api_person, answers):
    post(api_person, answers, key="old")
    post(api_person, answers, key="new")
    IdempotencyKey.objects.filter(key="old").update(
        created_at=timezone.now() - timedelta(hours=25))
    IdempotencyKey.objects.filter(key="new").update(
        created_at=timezone.now() - timedelta(hours=23))
    call_command("purge_idempotency_keys")
    assert list(IdempotencyKey.objects.values_list("key", flat=True)) == ["new"]
    assert CheckIn.objects.count() == 2  # the check-ins themselves stay


def test_purging_refuses_to_keep_keys_shorter_than_a_day(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("purge_idempotency_keys", hours=1)


@pytest.mark.django_db(transaction=True)
def test_simultaneous_repeats_store_exactly_one_check_in(person, answers):
    """Eight threads, each with its own database connection, send the same key at the same
    moment (the test database is a file, so they really compete for it)."""
    from accounts.models import ApiToken

    _, raw = ApiToken.issue(person)
    body = {**answers, "recorded_at": WHEN}
    start = threading.Barrier(8)
    results = []

    def send():
        try:
            client = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
            start.wait()
            response = post(client, body, key="race")
            results.append((response.status_code, response.content))
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(results) == 8
    assert {status for status, _ in results} == {201}
    assert len({content for _, content in results}) == 1
    assert CheckIn.objects.filter(owner=person).count() == 1
    assert IdempotencyKey.objects.filter(owner=person, key="race").count() == 1


def test_a_repeat_that_loses_the_race_on_insert_replays_what_the_winner_committed(
        person, answers, monkeypatch):
    """The look-up before the transaction saw nothing; meanwhile another request stored
    the key. The insert then fails on the unique constraint, and the answer is a replay."""
    from checkins import idempotency, services

    first = services.checkin_record(owner=person, fields=answers, key="race")
    real_replay = idempotency._replay
    calls = []

    def miss_first_time(owner, key, digest, kind, answer):
        calls.append(key)
        return None if len(calls) == 1 else real_replay(owner, key, digest, kind, answer)

    monkeypatch.setattr(idempotency, "_replay", miss_first_time)
    again = services.checkin_record(owner=person, fields=answers, key="race")
    assert len(calls) == 2
    assert again.replayed and again.status == 201 and again.body == first.body
    assert CheckIn.objects.filter(owner=person).count() == 1
