"""Periodic jobs: due runs are enqueued once however many workers tick at once, and the
worker runs them."""

import threading
from datetime import timedelta

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from checkins.models import IdempotencyKey
from checkins.tests.conftest import LEVELS
from jobs.models import PeriodicJob
from jobs.scheduler import PERIODIC, enqueue_due
from jobs.tests.util import run_queued_jobs

NAMES = sorted(job.name for job in PERIODIC)


def queued():
    return sorted(DBTaskResult.objects.values_list("task_path", flat=True))


def test_due_jobs_are_enqueued_once_per_period(db):
    now = timezone.now()
    assert sorted(enqueue_due(now)) == NAMES
    assert enqueue_due(now + timedelta(seconds=30)) == []
    # After a minute the reminders are due again; the hourly purge is not.
    assert sorted(enqueue_due(now + timedelta(minutes=1))) == ["checkin-reminders",
                                                               "lookback-reminders"]
    assert len(queued()) == 5


def test_a_worker_back_after_a_day_enqueues_one_run_not_a_backlog(db):
    now = timezone.now()
    enqueue_due(now)
    assert sorted(enqueue_due(now + timedelta(days=1))) == NAMES
    assert PeriodicJob.objects.get(name="purge").next_run_at == now + timedelta(days=1, hours=1)


@pytest.mark.django_db(transaction=True)
def test_workers_ticking_at_the_same_moment_enqueue_each_job_once():
    now = timezone.now()
    start = threading.Barrier(4)
    errors = []

    def tick():
        try:
            start.wait(timeout=10)
            enqueue_due(now)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=tick) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert errors == []
    assert queued() == sorted(f"jobs.tasks.{n}" for n in
                              ("checkin_reminders", "lookback_reminders", "purge"))


@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_the_purge(api_person):
    sent = api_person.post("/api/v1/checkins", {**LEVELS, "note": "oud"},
                           content_type="application/json", HTTP_IDEMPOTENCY_KEY="k1")
    assert sent.status_code == 201
    IdempotencyKey.objects.update(created_at=timezone.now() - timedelta(days=2))
    expired = SessionStore()
    expired.set_expiry(-10)
    expired.create()
    live = SessionStore()
    live.create()
    enqueue_due()
    run_queued_jobs()
    results = DBTaskResult.objects.all()
    assert {r.status for r in results} == {"SUCCESSFUL"}
    assert not IdempotencyKey.objects.exists()
    assert list(Session.objects.values_list("session_key", flat=True)) == [live.session_key]
