"""Reminders and notices through Web Push, where the deployment configured VAPID keys.

A reminder says only that something is due: push services and lock screens see the
payload, so it never carries anything the person wrote. The jobs that call these run in
the background worker (jobs/tasks.py).
"""

import json
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from py_vapid import Vapid

from checkins import schedule as moments
from checkins.models import CheckIn, PushSubscription, ReminderSent, Schedule
from rides.models import Ride
from wagenmenner.access import owned

log = logging.getLogger(__name__)

# A reminder for a moment longer ago than this is not sent any more (the server was down,
# or the command did not run): a stale nudge helps nobody.
REMINDER_GRACE = timedelta(minutes=60)
# How long a push service keeps a reminder for a phone that is off.
PUSH_TTL_SECONDS = 60 * 60
SEND_TIMEOUT_SECONDS = 10


def push_configured() -> bool:
    return bool(settings.WAGENMENNER_VAPID_PUBLIC_KEY and settings.WAGENMENNER_VAPID_PRIVATE_KEY
                and settings.WAGENMENNER_VAPID_SUBJECT)


@lru_cache(maxsize=4)
def _vapid(private_key: str) -> Vapid:
    if "-----BEGIN" in private_key:
        return Vapid.from_pem(private_key.encode())
    return Vapid.from_string(private_key)


# A look-back reminder for a look-back planned longer ago than this is not sent: it
# spares a burst of old reminders when the feature or the worker first starts.
LOOKBACK_GRACE = timedelta(hours=24)

# The fixed texts a notice can say, by kind. Only a kind goes through the task queue
# (never text the person wrote); the text is translated for the recipient when sent.
NOTICES = {
    "checkin": _("Time for a check-in."),
    "lookback": _("Time to look back on your ride."),
    # A time-out's start by the other side, and its end: generic words, for a lock screen
    # others may see (never the signal word).
    "timeout_start": _("A pause has started. Open Wagenmenner to see it."),
    "timeout_end": _("Time to check in and look back."),
}


def notice_payload(language: str, kind: str, url: str) -> str:
    """The whole payload: a fixed, translated text and where to go. Nothing personal."""
    with translation.override(language):
        return json.dumps({"title": "Wagenmenner", "body": str(NOTICES[kind]), "url": url,
                           "tag": f"wm-{kind}"})


def push_send(subscription: PushSubscription, payload: str) -> bool:
    """Send one message. A subscription the push service no longer knows is deleted."""
    # Imported here: pywebpush brings aiohttp, a fifth of a second of every server
    # process's start-up for what only the worker sends.
    from pywebpush import WebPushException, webpush

    try:
        webpush(subscription.as_subscription_info(), data=payload,
                vapid_private_key=_vapid(settings.WAGENMENNER_VAPID_PRIVATE_KEY),
                vapid_claims={"sub": settings.WAGENMENNER_VAPID_SUBJECT},
                ttl=PUSH_TTL_SECONDS, timeout=SEND_TIMEOUT_SECONDS)
    except WebPushException as exc:
        status = getattr(exc.response, "status_code", None)
        if status in (404, 410):
            subscription.delete()
        else:
            log.warning("Push to subscription %s failed with status %s", subscription.pk, status)
        return False
    except OSError:  # network trouble: the next moment brings the next reminder
        log.warning("Push to subscription %s failed: network error", subscription.pk)
        return False
    PushSubscription.objects.filter(pk=subscription.pk).update(last_sent_at=timezone.now())
    return True


@dataclass
class ReminderReport:
    due: int = 0
    sent: int = 0
    failed: int = 0


def _claim(owner, moment: datetime) -> bool:
    """Take the one reminder of this moment; False if another run took it already."""
    try:
        with transaction.atomic():
            ReminderSent.objects.create(owner=owner, moment=moment)
    except IntegrityError:
        return False
    return True


def _send_to_phones(owner, payload: str, report: ReminderReport) -> None:
    for sub in owned(PushSubscription, owner):
        if push_send(sub, payload):
            report.sent += 1
        else:
            report.failed += 1


def notice_send(*, owner, kind: str, url: str) -> ReminderReport:
    """Send one notice of a fixed ``kind`` to every phone of ``owner``."""
    report = ReminderReport(due=1)
    if push_configured() and owner.is_active:
        _send_to_phones(owner, notice_payload(owner.language, kind, url), report)
    return report


def reminders_send(*, now: datetime | None = None) -> ReminderReport:
    """Send a reminder for every moment that is due now, once per moment."""
    now = now or timezone.now()
    report = ReminderReport()
    # A job over everyone, not a person's request, so not through wagenmenner.access; each
    # reminder goes only to the owner's own phones. One query for all: subqueries, not
    # joins, so check-ins and phones do not multiply.
    last = (CheckIn.objects.filter(owner=OuterRef("owner")).order_by("-recorded_at")
            .values("recorded_at")[:1])
    schedules = (Schedule.objects.exclude(mode=Schedule.Mode.OFF)
                 .filter(Exists(PushSubscription.objects.filter(owner=OuterRef("owner"))),
                         owner__is_active=True)
                 .select_related("owner").annotate(last_checkin_at=Subquery(last)))
    for sched in schedules:
        owner = sched.owner
        moment = moments.due_moment(sched.plan(), now, owner.zone, sched.last_checkin_at)
        if moment is None or now - moment > REMINDER_GRACE:
            continue
        report.due += 1
        if not _claim(owner, moment):
            continue
        _send_to_phones(owner, notice_payload(owner.language, "checkin",
                                              reverse("checkins:checkin")), report)
    return report


def reminder_claims_purge(*, now: datetime | None = None) -> int:
    """Claims are only needed while their moment can still be due."""
    now = now or timezone.now()
    return ReminderSent.objects.filter(moment__lt=now - timedelta(days=3)).delete()[0]


def lookback_reminders_send(*, now: datetime | None = None) -> ReminderReport:
    """Remind each person, once, of every look-back that has come due."""
    now = now or timezone.now()
    report = ReminderReport()
    # A job over everyone, as above; each reminder goes only to the ride owner's phones.
    due = (Ride.objects.open_lookbacks()
           .filter(lookback_due_at__lte=now, lookback_due_at__gt=now - LOOKBACK_GRACE,
                   lookback_reminded_at__isnull=True, owner__is_active=True)
           .filter(Exists(PushSubscription.objects.filter(owner=OuterRef("owner"))))
           .values_list("pk", "owner_id"))
    due = list(due)  # ids only: nothing the person wrote is read or decrypted
    owners = get_user_model().objects.in_bulk({owner_id for _ride, owner_id in due})
    for ride_id, owner_id in due:
        report.due += 1
        # Claimed before sending: of two workers at once, one sends.
        if not Ride.objects.filter(pk=ride_id, lookback_reminded_at__isnull=True).update(
                lookback_reminded_at=now):
            continue
        owner = owners[owner_id]
        url = reverse("rides:lookback", args=[ride_id])
        _send_to_phones(owner, notice_payload(owner.language, "lookback", url), report)
    return report
