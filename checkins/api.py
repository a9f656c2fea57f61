"""Check-ins through the API, exactly once with an Idempotency-Key (METHOD 4.3).

The offline queue on the phone (offline.js) sends here. Repeats are normal for it — a
lost answer, a second tab, a flaky network — so a request with a key it sent before
gets the first answer again, byte for byte, and stores nothing new (as Stripe does).
"""

import base64
import binascii
import ipaddress
import json
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from django.contrib.auth import SESSION_KEY
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema, Status
from pydantic import ConfigDict, Field, field_validator, model_validator

from api.schemas import IDEMPOTENCY_DOC, Day, Error, In, Offset, json_answer
from api.schemas import fail as _fail
from checkins import idempotency, services
from checkins.models import SCALES, CheckIn
from checkins.push import push_configured
from checkins.selectors import checkin_as_dict, checkins_between
from safety.alerts import checkin_crisis_reason, flag_crisis
from wagenmenner.access import get_owned_or_404
from wagenmenner.forms import ERROR_LEVEL

router = Router(tags=["check-ins"])

# The model's limits, shown in the OpenAPI schema and checked with a message of our own.
TEXT_LIMITS = {name: CheckIn._meta.get_field(name).max_length
               for name in ("substance", "substance_amount", "note")}
ERROR_UNKNOWN_FIELDS = _("Unknown field(s): %(fields)s. Known fields: %(known)s.")
ERROR_MISSING_LEVELS = _("Give a level from 0 to 10 for: %(fields)s.")
ERROR_TEXT = _("Write text here, at most %(max)s characters.")
ERROR_YES_NO = _("Give true or false.")
ERROR_TIME_FORMAT = _("This is not a time. Give a date and time with a time zone, for "
                      "example 2026-03-01T09:30:00+01:00.")
ERROR_PUSH_OFF = _("Reminders on the phone are not set up on this server.")
ERROR_PUSH_ENDPOINT = _("This is not the address of a push service.")
ERROR_PUSH_KEY = _("This is not a key of a push subscription.")


def _level(value: Any) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise _fail("level", ERROR_LEVEL)
    return value


class CheckInIn(In):
    """One check-in. Levels 0–10; ``recorded_at`` is when it was experienced, with its
    time zone (default: now); at most 10 minutes ahead of the server's clock."""

    alarm: int = Field(ge=0, le=10)
    energy: int = Field(ge=0, le=10)
    drive: int = Field(ge=0, le=10)
    enjoyment: int = Field(ge=0, le=10)
    boredom: int = Field(ge=0, le=10)
    urge: int = Field(ge=0, le=10)
    substance: str | None = Field("", max_length=TEXT_LIMITS["substance"])
    substance_amount: str | None = Field("", max_length=TEXT_LIMITS["substance_amount"])
    conflict: bool = False
    note: str | None = Field("", max_length=TEXT_LIMITS["note"])
    dark_thoughts: int | None = Field(
        None, ge=0, le=10,
        description="Thoughts of death or of not wanting to live, 0–10, or null when not "
                    "asked. From 7 on the answer says crisis_detected: true.")
    recorded_at: datetime | None = None

    @model_validator(mode="before")
    @classmethod
    def _known_and_complete(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        # Read once: ``model_fields`` is a property, and asked for every key of every body
        # it was half of validating a check-in.
        known = cls.model_fields
        unknown = sorted(str(k) for k in data if k not in known)
        if unknown:
            raise _fail("unknown_field", ERROR_UNKNOWN_FIELDS % {
                "fields": ", ".join(unknown), "known": ", ".join(known)})
        missing = [s for s in SCALES if data.get(s) is None]
        if missing:
            raise _fail("levels_missing", ERROR_MISSING_LEVELS % {"fields": ", ".join(missing)})
        return data

    @field_validator(*SCALES, mode="before")
    @classmethod
    def _level(cls, value: Any) -> int:
        return _level(value)

    @field_validator("dark_thoughts", mode="before")
    @classmethod
    def _optional_level(cls, value: Any) -> int | None:
        return None if value is None else _level(value)

    @field_validator(*TEXT_LIMITS, mode="before")
    @classmethod
    def _text(cls, value: Any, info) -> str:
        limit = TEXT_LIMITS[info.field_name]
        if value is None:
            return ""
        if not isinstance(value, str) or len(value) > limit:
            raise _fail("text", ERROR_TEXT % {"max": limit})
        return value

    @field_validator("conflict", mode="before")
    @classmethod
    def _yes_no(cls, value: Any) -> bool:
        if not isinstance(value, bool):
            raise _fail("yes_no", ERROR_YES_NO)
        return value

    @field_validator("recorded_at", mode="before")
    @classmethod
    def _when(cls, value: Any) -> datetime | None:
        if value is None:
            return None
        try:
            when = parse_datetime(value) if isinstance(value, str) else None
        except ValueError:
            when = None
        if when is None:
            raise _fail("datetime", ERROR_TIME_FORMAT)
        try:
            services.check_recorded_at(when, timezone.now())
        except ValidationError as exc:
            raise _fail("datetime", exc.message_dict["recorded_at"][0]) from None
        return when


class CheckInOut(Schema):
    id: int
    recorded_at: datetime
    alarm: int
    energy: int
    drive: int
    enjoyment: int
    boredom: int
    urge: int
    substance: str
    substance_amount: str
    conflict: bool
    note: str
    dark_thoughts: int | None
    created_at: datetime


class CheckInCreated(CheckInOut):
    crisis_detected: bool


class Filters(Schema):
    start: Day | None = Field(None, description="First day (in the person's time zone)")
    end: Day | None = Field(None, description="Last day, included")
    limit: int = Field(50, ge=1, le=500)
    offset: Offset = 0


@router.post("", url_name="checkin_create", summary="Record a check-in",
             response={201: CheckInCreated, 422: Error},
             openapi_extra={"parameters": [IDEMPOTENCY_DOC]})
def checkin_create(request, payload: CheckInIn):
    key = request.META.get("HTTP_IDEMPOTENCY_KEY", "")
    try:
        # The fields as validated (plain values): what model_dump (``.dict()``) gives for
        # a flat schema, without its walk (a quarter of validating the body).
        recorded = services.checkin_record(owner=request.user, fields=dict(payload), key=key)
    except idempotency.IdempotencyMismatch:
        detail = {"detail": {"idempotency_key": [str(services.ERROR_KEY_REUSED)]}}
        return json_answer(422, json.dumps(detail, ensure_ascii=False))
    if (not recorded.replayed and request.session.get(SESSION_KEY)
            and recorded.body.get("crisis_detected")):
        # Sent from the app in the browser: the next page shows the crisis card too.
        flag_crisis(request, checkin_crisis_reason(recorded.body))
    return json_answer(recorded.status, recorded.content, recorded.replayed)


@router.get("", response=list[CheckInOut], url_name="checkin_list",
            summary="List check-ins, newest first")
def checkin_list(request, filters: Query[Filters]):
    items = checkins_between(request.user, filters.start, filters.end)
    return [checkin_as_dict(c) for c in items[filters.offset:filters.offset + filters.limit]]


@router.get("/{int:pk}", response={200: CheckInOut, 404: Error}, url_name="checkin_read",
            summary="Read a check-in")
def checkin_read(request, pk: int):
    return checkin_as_dict(get_owned_or_404(CheckIn, request.user, pk))


@router.delete("/{int:pk}", response={204: None, 404: Error}, url_name="checkin_delete",
               summary="Delete a check-in")
def checkin_delete(request, pk: int):
    services.checkin_delete(checkin=get_owned_or_404(CheckIn, request.user, pk))
    return Status(204, None)


# --- Reminders on this phone (Web Push) ------------------------------------------------


def _b64url(value: str, length: int) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        raise _fail("push_key", ERROR_PUSH_KEY) from None
    if len(raw) != length:
        raise _fail("push_key", ERROR_PUSH_KEY)
    return raw


class PushKeys(Schema):
    model_config = ConfigDict(extra="forbid")

    p256dh: str = Field(max_length=200)
    auth: str = Field(max_length=100)

    @field_validator("p256dh")
    @classmethod
    def _p256dh(cls, value: str) -> str:
        if _b64url(value, 65)[0] != 4:  # an uncompressed P-256 point
            raise _fail("push_key", ERROR_PUSH_KEY)
        return value

    @field_validator("auth")
    @classmethod
    def _auth(cls, value: str) -> str:
        _b64url(value, 16)
        return value


def _check_endpoint(value: str) -> str:
    """Push services live on public https addresses. Anything else would let a request
    make this server post to an address of someone's choosing (a local service, say)."""
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
    except ValueError:
        raise _fail("push_endpoint", ERROR_PUSH_ENDPOINT) from None
    try:
        ipaddress.ip_address(host)
        is_ip = True
    except ValueError:
        is_ip = False
    if (parts.scheme != "https" or not host or "." not in host or is_ip
            or host == "localhost" or host.endswith((".localhost", ".local", ".internal"))
            or parts.username or parts.password):
        raise _fail("push_endpoint", ERROR_PUSH_ENDPOINT)
    return value


class PushSubscriptionIn(In):
    """What the browser's PushSubscription.toJSON() gives."""

    endpoint: str = Field(max_length=2000)
    expirationTime: int | None = None  # noqa: N815 (the browser's name)
    keys: PushKeys

    @field_validator("endpoint")
    @classmethod
    def _endpoint(cls, value: str) -> str:
        return _check_endpoint(value)


class PushUnsubscribeIn(In):
    endpoint: str = Field(max_length=2000)


class PushOut(Schema):
    subscribed: bool


@router.post("/push-subscriptions", url_name="push_subscribe",
             response={201: PushOut, 409: Error, 422: Error},
             summary="Receive check-in reminders on this browser")
def push_subscribe(request, payload: PushSubscriptionIn):
    if not push_configured():
        return Status(409, {"detail": str(ERROR_PUSH_OFF)})
    services.push_subscribe(owner=request.user, endpoint=payload.endpoint,
                            p256dh=payload.keys.p256dh, auth=payload.keys.auth)
    return Status(201, {"subscribed": True})


@router.delete("/push-subscriptions", url_name="push_unsubscribe",
               response={200: PushOut, 422: Error},
               summary="Stop check-in reminders on this browser")
def push_unsubscribe(request, payload: PushUnsubscribeIn):
    services.push_unsubscribe(owner=request.user, endpoint=payload.endpoint)
    return {"subscribed": False}
