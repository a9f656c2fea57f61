"""Writes for check-ins, their schedule and push subscriptions.

A check-in arrives from the page, from the offline queue on the phone, or from the API.
All three come through ``checkin_record``, so one Idempotency-Key means one check-in
whichever way it came in, and however often it was sent.
"""

import json
from datetime import UTC, datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from checkins.idempotency import Recorded, digest_of, store_once
from checkins.models import SCALES, CheckIn, IdempotencyKey, PushSubscription, Schedule
from checkins.selectors import checkin_as_dict
from safety.alerts import crisis_in, dark_thoughts_are_strong, remember_crisis_text
from wagenmenner.access import owned
from wagenmenner.moments import ERROR_MOMENT_RANGE, in_range

TEXT_FIELDS = ("substance", "substance_amount", "note")
FIELDS = (*SCALES, *TEXT_FIELDS, "conflict", "dark_thoughts", "recorded_at")
# Clocks on phones drift; more than this ahead of the server is a wrong clock or a typo.
FUTURE_TOLERANCE = timedelta(minutes=10)
# Repeats of a request are answered from the stored result for at least this long.
IDEMPOTENCY_KEY_TTL = timedelta(hours=24)

ERROR_NAIVE_TIME = _("Give the time with its time zone, for example 2026-03-01T09:30:00+01:00.")
ERROR_FUTURE_TIME = _("This time lies in the future. Check the clock of your phone.")
ERROR_KEY_REUSED = _("This Idempotency-Key was already used for a different check-in. "
                     "Use a new key for a new check-in.")


def normalise(fields: dict) -> dict:
    """The fields of a check-in in one canonical form, whichever way they came in.

    Browsers send textarea line breaks as CRLF in a form post but as LF from JavaScript;
    both must count as the same check-in for the Idempotency-Key.
    """
    data = {name: fields.get(name) for name in FIELDS}
    for name in TEXT_FIELDS:
        data[name] = (data[name] or "").replace("\r\n", "\n").strip()
    data["conflict"] = bool(data["conflict"])
    return data


def request_hash(data: dict) -> str:
    canonical = dict(data)
    if canonical["dark_thoughts"] is None:
        # Not asked: hashed as before the question existed, so keys sent then still match.
        del canonical["dark_thoughts"]
    when = canonical["recorded_at"]
    # Hash what the client said, not what the server filled in: a repeat without a time
    # must match the first request without a time.
    canonical["recorded_at"] = when.astimezone(UTC).isoformat() if when else None
    return digest_of(canonical)


def check_recorded_at(when: datetime | None, now: datetime) -> None:
    if when is None:
        return
    if timezone.is_naive(when):
        raise ValidationError({"recorded_at": [ERROR_NAIVE_TIME]})
    if not in_range(when):
        raise ValidationError({"recorded_at": [ERROR_MOMENT_RANGE]})
    if when > now + FUTURE_TOLERANCE:
        raise ValidationError({"recorded_at": [ERROR_FUTURE_TIME]})


# json.dumps(..., ensure_ascii=False) made an encoder like this one for every answer.
_JSON = json.JSONEncoder(ensure_ascii=False)


def _answer(checkin: CheckIn, crisis: bool) -> str:
    return _JSON.encode({**checkin_as_dict(checkin), "crisis_detected": crisis})


def checkin_record(*, owner, fields: dict, key: str = "") -> Recorded:
    """Store one check-in, or, for a key seen before, replay the first answer.

    Raises ValidationError for bad fields (nothing is stored, and the key stays unused,
    as Stripe does for requests that fail validation) and IdempotencyMismatch when the
    key was used for other content.
    """
    now = timezone.now()
    data = normalise(fields)
    check_recorded_at(data["recorded_at"], now)
    digest = request_hash(data) if key else ""  # what a repeat of the key must match
    stamped = data["recorded_at"] is None  # "now": the server gives the moment
    when = now if stamped else data["recorded_at"].astimezone(UTC)
    checkin = CheckIn(owner=owner, **{k: v for k, v in data.items() if k != "recorded_at"},
                      recorded_at=when)

    words_crisis = False
    insert = None

    def prepare():  # before the transaction: no writer waits for this
        nonlocal words_crisis, insert
        # The person logged in: no query to prove it. A check-in has nothing unique but
        # its id and no constraints (a test holds that), so only its fields are checked.
        checkin.full_clean(exclude=["owner"], validate_unique=False,
                           validate_constraints=False)
        words_crisis = crisis_in(*(data[f] for f in TEXT_FIELDS))
        # Sent without a time, it is stamped in the writer's turn (where its week is
        # read: insights.services.checkin_week_add), not when the request came in:
        # writers take turns, so each such check-in is then the latest of its week and
        # is added to the stored week in place. Stamped earlier, one that waited for
        # another worker's commit of a later moment came out of order, and its week was
        # recomputed from all of the week's check-ins inside the turn (with two workers
        # about 1 POST in 25 under load; at 2,000 check-ins in the week 12 ms, while
        # every other writer waited). It is the moment it is stored, too: created_at.
        insert = checkin.insert_later(now=("recorded_at", "created_at") if stamped else ())

    def save():
        insert()
        if words_crisis:
            remember_crisis_text(owner)
        return checkin, words_crisis or dark_thoughts_are_strong(data["dark_thoughts"])

    return store_once(owner=owner, key=key, digest=digest, kind="checkin", save=save,
                      answer=_answer, prepare=prepare)


def checkin_delete(*, checkin: CheckIn) -> None:
    with transaction.atomic():
        checkin.delete()


def idempotency_keys_purge(*, older_than: timedelta = IDEMPOTENCY_KEY_TTL) -> int:
    with transaction.atomic():
        deleted, _ = IdempotencyKey.objects.filter(
            created_at__lt=timezone.now() - older_than).delete()
    return deleted


def schedule_save(*, owner, form) -> Schedule:
    with transaction.atomic():
        schedule = form.save(commit=False)
        schedule.owner = owner
        schedule.full_clean()
        schedule.save()
    return schedule


def push_subscribe(*, owner, endpoint: str, p256dh: str, auth: str) -> PushSubscription:
    """Remember this browser for reminders. A browser that was subscribed by another
    account before now belongs to this one: reminders follow who is logged in."""
    with transaction.atomic():
        sub, _ = PushSubscription.objects.update_or_create(
            endpoint=endpoint, defaults={"owner": owner, "p256dh": p256dh, "auth": auth})
    return sub


def push_unsubscribe(*, owner, endpoint: str) -> int:
    with transaction.atomic():
        deleted, _ = owned(PushSubscription, owner).filter(endpoint=endpoint).delete()
    return deleted
