"""A check-in holds the write lock (SQLite) or the person's row (PostgreSQL) for its
writes only: the work on its words, the crisis check, runs before its transaction, and
the verdict is stored inside it, in the answer, the idempotency record and the warning
plan's memory of the moment."""

import json

import pytest
from django.db import connection

from checkins.models import CheckIn, IdempotencyKey
from safety import alerts
from safety.models import CrisisTextSeen


@pytest.mark.django_db(transaction=True)
def test_the_crisis_check_runs_before_the_write_transaction_and_its_verdict_is_stored(
        api_person, person, answers, monkeypatch):
    in_transaction = []
    scan = alerts._scan

    def watch(text):
        in_transaction.append(connection.in_atomic_block)
        return scan(text)

    monkeypatch.setattr(alerts, "_scan", watch)
    response = api_person.post("/api/v1/checkins", json.dumps({**answers, "note": "ik wil dood"}),
                               content_type="application/json", HTTP_IDEMPOTENCY_KEY="k-1")

    assert response.status_code == 201 and response.json()["crisis_detected"] is True
    assert in_transaction and not any(in_transaction)
    assert CheckIn.objects.filter(owner=person).count() == 1
    assert IdempotencyKey.objects.get(owner=person, key="k-1").crisis_detected is True
    assert CrisisTextSeen.objects.filter(owner=person).exists()


@pytest.mark.django_db(transaction=True)
def test_a_check_in_that_fails_validation_stores_nothing_and_remembers_no_crisis(
        api_person, person, answers):
    response = api_person.post("/api/v1/checkins",
                               json.dumps({**answers, "note": "ik wil dood" + "x" * 5000}),
                               content_type="application/json")

    assert response.status_code == 422
    assert not CheckIn.objects.exists() and not CrisisTextSeen.objects.exists()
