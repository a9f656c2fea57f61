"""Rides through the API, step by step, with the same rules as the pages."""

import json
from datetime import datetime
from typing import Literal

from django.contrib.auth import SESSION_KEY
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema, Status
from pydantic import Field, StrictBool

from api.crud import check_references, crisis_flag
from api.schemas import (
    IDEMPOTENCY_DOC,
    Error,
    Id,
    In,
    Level,
    Moment,
    Offset,
    QueryId,
    json_answer,
    text,
    whole,
)
from charioteer.models import Echo, Horse, LifeRule, Side
from checkins.idempotency import IdempotencyMismatch
from checkins.services import check_recorded_at
from people.models import Person
from rides import services
from rides.models import LOOKBACK_STEP, Reaction, Ride
from safety.alerts import flag_crisis
from wagenmenner.access import get_owned_or_404, owned

ERROR_KEY_REUSED = _("This Idempotency-Key was already used for another ride. Use a new key "
                     "for a new ride.")

ReactionT = Literal[tuple(Reaction.values)]


class RideIn(In):
    mode: Literal["full", "quick"] = "full"


class RideStepIn(In):
    """The answers of one step; only the fields of that step are accepted (see the step
    table in the README)."""

    timeout_minutes: whole(ge=1, le=240) | None = None
    situation: text(5000) | None = None
    person_id: Id | None = None
    horse_id: Id | None = None
    level: Level | None = None
    reactions: list[ReactionT] | None = None
    signals: text(2000) | None = None
    echo_ids: list[Id] | None = None
    good_faith: StrictBool | None = None
    goal_id: Id | None = None
    other_needs: text(2000) | None = None
    rule_ids: list[Id] | None = None
    side_deployed_id: Id | None = None
    side_stabled_id: Id | None = None
    action: text(1000) | None = None
    action_when: text(200) | None = None
    lookback_in_hours: whole(ge=0, le=168) | None = None
    lookback_text: text(5000) | None = None
    escalated: StrictBool | None = None
    other_did: text(2000) | None = None
    feeling: text(2000) | None = None
    go_on: StrictBool | None = None
    rule_change: text(2000) | None = None
    rules_kept: dict[str, StrictBool | None] | None = None


class RideRuleOut(Schema):
    rule_id: int
    kept: bool | None


class RideOut(Schema):
    id: int
    mode: str
    started_at: datetime
    reached_step: int
    timeout_minutes: int | None
    situation: str
    person_id: int | None
    horse_id: int | None
    level: int | None
    reactions: list[str]
    signals: str
    echo_ids: list[int]
    good_faith: bool
    goal_id: int | None
    other_needs: str
    rules: list[RideRuleOut]
    side_deployed_id: int | None
    side_stabled_id: int | None
    action: str
    action_when: str
    committed_at: datetime | None
    lookback_due_at: datetime | None
    lookback_text: str
    escalated: bool | None
    other_did: str
    feeling: str
    go_on: bool | None
    rule_change: str
    lookback_done_at: datetime | None
    crisis_detected: bool = False


router = Router(tags=["rides"])

STEP_FIELDS = {
    1: {"timeout_minutes"},
    2: {"situation", "person_id", "horse_id", "level", "reactions", "signals"},
    3: {"echo_ids", "good_faith"},
    4: {"goal_id", "other_needs"},
    5: {"rule_ids", "side_deployed_id", "side_stabled_id"},
    6: {"action", "action_when", "lookback_in_hours"},
    7: {"lookback_text", "escalated", "other_did", "feeling", "go_on", "rule_change",
        "rules_kept"},
}
FREE_TEXT = Ride.FREE_TEXT


def _queryset():
    return Ride.objects.prefetch_related("echoes", "ride_rules")


def ride_out(ride: Ride, crisis: bool = False) -> dict:
    data = {f: getattr(ride, f) for f in RideOut.model_fields
            if f not in ("echo_ids", "rules", "crisis_detected")}
    data["echo_ids"] = [e.pk for e in ride.echoes.all()]
    data["rules"] = [{"rule_id": rr.rule_id, "kept": rr.kept} for rr in ride.ride_rules.all()]
    data["crisis_detected"] = crisis
    return data


class Page(Schema):
    limit: int = Field(50, ge=1, le=200)
    offset: Offset = 0


@router.get("", response=list[RideOut], summary="List rides, newest first")
def ride_list(request, page: Query[Page], person_id: QueryId | None = None,
              horse_id: QueryId | None = None, echo_id: QueryId | None = None):
    rides = owned(Ride, request.user, _queryset())
    if person_id:
        rides = rides.filter(person_id=person_id)
    if horse_id:
        rides = rides.filter(horse_id=horse_id)
    if echo_id:
        rides = rides.filter(echoes__id=echo_id)
    return [ride_out(r) for r in rides[page.offset:page.offset + page.limit]]


@router.post("", response={201: RideOut}, summary="Start a ride")
def ride_create(request, payload: RideIn):
    ride = services.ride_start(user=request.user, mode=payload.mode)
    return Status(201, ride_out(ride))


class QuickRideIn(In):
    """The reins in one write: horse and level (and with whom), the rule followed (if any)
    and one action. ``recorded_at``: when the button was pressed, with its time zone (the
    phone sends it later when it was offline); default now."""

    horse_id: Id
    level: Level
    person_id: Id | None = None
    rule_id: Id | None = None
    action: text(1000, required=True)
    recorded_at: Moment | None = None


@router.post("/quick", response={201: RideOut, 422: Error}, url_name="ride_quick",
             summary="Take the reins: a quick ride, committed to one action",
             openapi_extra={"parameters": [IDEMPOTENCY_DOC]})
def ride_quick(request, payload: QuickRideIn):
    user = request.user
    check_references(user, {"horse_id": payload.horse_id, "person_id": payload.person_id})
    check_recorded_at(payload.recorded_at, timezone.now())
    rule = None
    if payload.rule_id is not None:
        rule = _owned_ids(user, LifeRule, [payload.rule_id], "rule_id")[0]
    try:
        recorded = services.ride_quick_record(
            owner=user, horse=owned(Horse, user).get(pk=payload.horse_id), level=payload.level,
            person=(owned(Person, user).get(pk=payload.person_id)
                    if payload.person_id else None),
            rule=rule, action=payload.action, at=payload.recorded_at,
            key=request.headers.get("Idempotency-Key", ""))
    except IdempotencyMismatch:
        detail = {"detail": {"idempotency_key": [str(ERROR_KEY_REUSED)]}}
        return json_answer(422, json.dumps(detail, ensure_ascii=False))
    if (not recorded.replayed and request.session.get(SESSION_KEY)
            and recorded.body["crisis_detected"]):
        # Sent from the app in the browser: the next page shows the crisis card too.
        flag_crisis(request)
    return json_answer(recorded.status, recorded.content, recorded.replayed)


@router.get("/{int:pk}", response={200: RideOut, 404: Error}, summary="Read a ride")
def ride_read(request, pk: int):
    return ride_out(get_owned_or_404(Ride, request.user, pk, _queryset()))


@router.delete("/{int:pk}", response={204: None, 404: Error}, summary="Delete a ride")
def ride_delete(request, pk: int):
    ride = get_owned_or_404(Ride, request.user, pk)
    with transaction.atomic():
        ride.delete()
    return Status(204, None)


def _owned_ids(user, model, ids, field):
    found = list(owned(model, user).filter(pk__in=ids))
    if len(found) != len(set(ids)):
        raise ValidationError({field: [f"Unknown {model._meta.model_name} id."]})
    return found


@router.patch("/{int:pk}/steps/{int:step}",
              response={200: RideOut, 404: Error, 422: Error},
              summary="Answer one step of the ride (1–7)")
def ride_step(request, pk: int, step: int, payload: RideStepIn):
    if step not in STEP_FIELDS:
        raise Http404
    ride = get_owned_or_404(Ride, request.user, pk)
    data = payload.dict(exclude_unset=True)
    extra = set(data) - STEP_FIELDS[step]
    if extra:
        raise ValidationError({f: [f"Not a field of step {step}."] for f in sorted(extra)})
    if step < LOOKBACK_STEP and ride.is_committed:
        raise ValidationError({"__all__": [services.ERROR_ALREADY_COMMITTED]})
    user = request.user
    check_references(user, {k: v for k, v in data.items() if k in ("person_id", "horse_id", "goal_id")})
    with transaction.atomic():
        echo_ids = data.pop("echo_ids", None)
        rule_ids = data.pop("rule_ids", None)
        rules_kept = data.pop("rules_kept", None)
        hours = data.pop("lookback_in_hours", None)
        for side_field in ("side_deployed_id", "side_stabled_id"):
            if data.get(side_field) is not None:
                _owned_ids(user, Side, [data[side_field]], side_field)
        for key, value in data.items():
            setattr(ride, key, "" if value is None and key in FREE_TEXT else value)
        if step == 6:
            if not (ride.action or "").strip():
                raise ValidationError({"action": ["Write down one concrete thing you will do."]})
            services.mark_committed(ride, services.DEFAULT_LOOKBACK_HOURS if hours is None
                                    else hours)
        elif step == LOOKBACK_STEP:
            if ride.escalated is None:
                raise ValidationError({"escalated": ["Say whether it escalated."]})
            services.mark_looked_back(ride)
        else:
            ride.reached_step = max(ride.reached_step, step + 1)
        ride.full_clean()
        ride.save()
        if echo_ids is not None:
            ride.echoes.set(_owned_ids(user, Echo, echo_ids, "echo_ids"))
        if rule_ids is not None:
            services.ride_set_rules(ride, _owned_ids(user, LifeRule, rule_ids, "rule_ids"))
        if rules_kept:
            chosen = set(ride.ride_rules.values_list("rule_id", flat=True))
            for key in rules_kept:
                if not key.isdigit() or int(key) not in chosen:
                    raise ValidationError({"rules_kept": [f"Rule {key} was not chosen in this ride."]})
            services.ride_rules_kept(ride, {int(key): kept for key, kept in rules_kept.items()})
    ride = get_owned_or_404(Ride, user, pk, _queryset())
    return ride_out(ride, crisis_flag(*(getattr(ride, f) for f in FREE_TEXT), user=user))
