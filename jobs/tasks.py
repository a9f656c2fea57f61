"""The background jobs, as django-tasks tasks run by the worker (`wagenmenner worker`,
started beside gunicorn by `wagenmenner serve`).

Arguments are stored in the clear in the task table, so a task takes ids and fixed
kinds only, never anything a person wrote.
"""

from datetime import timedelta
from importlib import import_module

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from checkins import push
from checkins.services import idempotency_keys_purge

# Finished task results are kept this long, to look into a failure, then deleted.
TASK_RESULTS_KEPT = timedelta(days=7)


@task()
def checkin_reminders() -> dict:
    if not push.push_configured():
        return {"configured": False}
    report = push.reminders_send()
    return {"due": report.due, "sent": report.sent, "failed": report.failed}


@task()
def lookback_reminders() -> dict:
    if not push.push_configured():
        return {"configured": False}
    report = push.lookback_reminders_send()
    return {"due": report.due, "sent": report.sent, "failed": report.failed}


@task()
def purge() -> dict:
    """What must not outlive its use: idempotency keys, expired sessions, reminder
    claims, and the job results themselves."""
    now = timezone.now()
    done = {
        "idempotency_keys": idempotency_keys_purge(),
        "expired_sessions_cleared": _sessions_clear_expired(),
        "reminder_claims": push.reminder_claims_purge(now=now),
        "task_results": DBTaskResult.objects.finished()
        .filter(finished_at__lt=now - TASK_RESULTS_KEPT).delete()[0],
    }
    return done


def _sessions_clear_expired() -> bool:
    """What `clearsessions` does, for the configured session engine."""
    import_module(settings.SESSION_ENGINE).SessionStore.clear_expired()
    return True


@task()
def notice(user_id: int, kind: str, url: str) -> dict:
    owner = get_user_model().objects.filter(pk=user_id).first()
    if owner is None:  # the account was deleted meanwhile
        return {"sent": 0}
    report = push.notice_send(owner=owner, kind=kind, url=url)
    return {"sent": report.sent, "failed": report.failed}


def notice_enqueue(*, owner, kind: str, url: str) -> None:
    """Queue a notice (a fixed text of ``checkins.push.NOTICES``) for the phones of
    ``owner``: for events another person starts, such as a time-out. Call it after the
    event is stored (``transaction.on_commit``); the worker sends it within seconds."""
    if kind not in push.NOTICES:
        raise ValueError(f"unknown notice kind {kind!r}")
    notice.enqueue(owner.pk, kind, url)
