"""Starting, ending and closing time-outs. Every write is one transaction; the server's
clock decides what is running."""

from dataclasses import replace
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from timeouts.models import DEFAULT_MINUTES, TimeOut, TimeoutProtocol
from timeouts.selectors import SHARED_KIND
from timeouts.tasks import timeout_end_notice
from wagenmenner.access import CREATE, LIVE_ROLES, READ, link_or_404, may, owned

ERROR_RUNNING = _("A time-out is already running. It ends at %(time)s.")
ERROR_NOT_SHARED = _("The time-out agreement is not shared on this link, so the time-out "
                     "cannot be started from it.")


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
            transaction.on_commit(lambda: _tell_the_other_side(timeout))
    except IntegrityError:  # another start won the race between the check and the insert
        raise TimeoutRunning(owned(TimeOut, owner).filter(ended_at__isnull=True).first()
                             ) from None
    return timeout


def people_in(timeout: TimeOut) -> list[tuple[object, str]]:
    """Everyone in this time-out, once each, with the page each of them opens: the owner,
    and the partners and close ones the agreement is shared with."""
    from sharing.selectors import readers_of

    people = {timeout.owner_id: (timeout.owner, reverse("timeouts:overview"))}
    for link in readers_of(timeout.owner, SHARED_KIND, LIVE_ROLES):
        people.setdefault(link.reader_id, (link.reader, reverse(
            "partner:kind", args=[link.pk, SHARED_KIND])))
    return list(people.values())


def _tell_the_other_side(timeout: TimeOut) -> None:
    """A notice on the other side's phones (where Web Push is configured): fixed, generic
    words; the page shows the rest. Their open pages show it anyway within seconds."""
    from checkins.push import push_configured
    from jobs.tasks import notice_enqueue

    if not push_configured():
        return
    for user, url in people_in(timeout):
        if user.pk != timeout.started_by_id:
            notice_enqueue(owner=user, kind="timeout_start", url=url)


def timeout_start_on_link(request, link_id) -> TimeOut:
    """Start the agreed time-out of the link's owner (METHOD 4.6, either side): the reader
    needs ``timeout_protocol`` shared on the link, and so does the owner who starts their
    own through it (403 otherwise); a link the caller is no party to is a 404. The start
    by a reader is written to the owner's access log, with its grounds."""
    from sharing.services import access_log_refusal, access_log_write, link_kinds

    user = request.user
    link = link_or_404(user, link_id)
    if link.owner_id == user.pk:
        if SHARED_KIND not in link_kinds(link):
            raise PermissionDenied(ERROR_NOT_SHARED)
        return timeout_start(owner=user, started_by=user)
    grant = may(user, CREATE, kind=SHARED_KIND, link_id=link.pk)
    if grant is None:
        access_log_refusal(request, link_id=link.pk, kind=SHARED_KIND, action=CREATE)
        raise PermissionDenied(ERROR_NOT_SHARED)
    try:
        timeout = timeout_start(owner=grant.owner, started_by=user)
    except TimeoutRunning:
        access_log_write(request, replace(grant, action=READ))  # they learn it runs
        raise
    access_log_write(request, grant)
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
