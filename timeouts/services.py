"""Starting, ending and closing time-outs. Every write is one transaction; the server's
clock decides what is running."""

from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from timeouts.models import DEFAULT_MINUTES, TimeOut, TimeoutProtocol
from timeouts.tasks import timeout_end_notice
from wagenmenner.access import owned

ERROR_RUNNING = _("A time-out is already running. It ends at %(time)s.")


class TimeoutRunning(Exception):
    def __init__(self, running: TimeOut):
        super().__init__(running.pk)
        self.running = running


def _close_expired(owner, now) -> None:
    """A time-out whose time is up is over; write down when, so that only a running one
    is open (the unique constraint counts open rows)."""
    (owned(TimeOut, owner).filter(ended_at__isnull=True, ends_at__lte=now)
     .update(ended_at=F("ends_at")))


def timeout_start(*, owner, started_by, ride=None, now=None) -> TimeOut:
    """Start the owner's agreed time-out now (30 minutes without an agreement). Raises
    TimeoutRunning, with the running one, while another runs."""
    now = now or timezone.now()
    protocol = owned(TimeoutProtocol, owner).first()
    minutes = protocol.minutes if protocol else DEFAULT_MINUTES
    try:
        with transaction.atomic():
            _close_expired(owner, now)
            running = owned(TimeOut, owner).filter(ended_at__isnull=True).first()
            if running is not None:
                raise TimeoutRunning(running)
            timeout = TimeOut(owner=owner, started_by=started_by, started_at=now,
                              minutes=minutes, ends_at=now + timedelta(minutes=minutes),
                              ride=ride)
            timeout.full_clean(validate_constraints=False)
            timeout.save()
            if ride is not None and ride.timeout_minutes != minutes:
                ride.timeout_minutes = minutes
                ride.save(update_fields=["timeout_minutes", "updated_at"])
            transaction.on_commit(lambda: timeout_end_notice.using(
                run_after=timeout.ends_at).enqueue(timeout.pk))
    except IntegrityError:  # another start won the race between the check and the insert
        raise TimeoutRunning(owned(TimeOut, owner).filter(ended_at__isnull=True).first()
                             ) from None
    return timeout


def timeout_end(*, timeout: TimeOut, user, now=None) -> TimeOut:
    """End a running time-out now. One that is over already stays as it was."""
    now = now or timezone.now()
    with transaction.atomic():
        timeout.refresh_from_db()
        if timeout.ended_at is None:
            if now < timeout.ends_at:
                timeout.ended_at, timeout.ended_by = now, user
            else:
                timeout.ended_at = timeout.ends_at
            timeout.save(update_fields=["ended_at", "ended_by"])
    return timeout


def timeout_return(*, timeout: TimeOut, user, lookback: str = "", now=None) -> TimeOut:
    """"We talked again": the time-out is over and closed, with an optional look-back.
    Saying it again changes the look-back, not the moment of return."""
    now = now or timezone.now()
    timeout = timeout_end(timeout=timeout, user=user, now=now)
    with transaction.atomic():
        if timeout.returned_at is None:
            timeout.returned_at, timeout.returned_by = now, user
        timeout.lookback = (lookback or "").strip()
        timeout.full_clean(validate_constraints=False)
        timeout.save(update_fields=["returned_at", "returned_by", "lookback"])
    return timeout
