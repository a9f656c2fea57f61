"""Housekeeping that keeps stored traces short: expired sessions, idempotency keys past
their 24 hours, old login records and throttle counts. Plain functions, run by
`wagenmenner cleanup` (daily is enough) or by the job worker's schedule."""

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.utils import timezone


def sessions_clear() -> int:
    from accounts.sessions import UserSession

    now = timezone.now()
    deleted, _ = UserSession.objects.filter(expire_date__lt=now).delete()
    # Rows of the sessions table Django used before accounts.UserSession.
    old, _ = Session.objects.filter(expire_date__lt=now).delete()
    return deleted + old


def login_records_purge() -> int:
    """Failed-attempt counters end with their cool-off; the log of log-ins and failures
    is kept WAGENMENNER_LOGIN_LOG_DAYS (30) days for spotting attacks, then goes."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog

    now = timezone.now()
    total = AccessAttempt.objects.filter(
        attempt_time__lt=now - settings.AXES_COOLOFF_TIME).delete()[0]
    keep = now - timedelta(days=settings.LOGIN_LOG_DAYS)
    total += AccessLog.objects.filter(attempt_time__lt=keep).delete()[0]
    total += AccessFailureLog.objects.filter(attempt_time__lt=keep).delete()[0]
    return total


def run_all() -> dict[str, int]:
    from accounts import throttle
    from checkins.services import idempotency_keys_purge

    return {
        "sessions": sessions_clear(),
        "idempotency_keys": idempotency_keys_purge(),
        "login_records": login_records_purge(),
        "throttle": throttle.purge(),
    }
