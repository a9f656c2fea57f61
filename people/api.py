"""People and escalations through the API (registered in api/urls.py)."""

from datetime import datetime
from typing import Literal

from django.contrib.auth import SESSION_KEY
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from ninja import PatchDict, Query, Router, Schema, Status
from pydantic import Field, StrictBool

from api import crud
from api.crud import check_references, crisis_flag
from api.schemas import Error, Id, In, Level, Moment, Offset, QueryId, text
from charioteer.api import RelationT
from insights.periods import user_zone
from people.models import Escalation, Person
from rides.models import Ride
from safety.alerts import flag_crisis, flag_violence
from wagenmenner.access import get_owned_or_404, owned


class PersonIn(In):
    name: text(80, required=True)
    relation: RelationT
    goal_id: Id | None = None


class PersonOut(Schema):
    id: int
    name: str
    relation: str
    goal_id: int | None
    crisis_detected: bool = False


people_router = crud.register(Router(tags=["people"]), model=Person, schema_in=PersonIn,
                              schema_out=PersonOut, free_text=("name",))
escalations_router = Router(tags=["escalations"])
FREE_TEXT = ("trigger", "what_happened", "harm", "repair")
StepT = Literal[tuple(Escalation.Step.values)]


class EscalationIn(In):
    happened_at: Moment = Field(description="Without an offset: the person's local time.")
    person_id: Id | None = None
    ride_id: Id | None = None
    trigger: text(2000) = ""
    highest_alarm: Level | None = None
    verbal: StrictBool = False
    things: StrictBool = False
    physical: StrictBool = False
    what_happened: text(5000) = ""
    harm: text(2000) = ""
    repair: text(2000) = ""
    missed_step: StepT | Literal[""] = ""


class EscalationOut(Schema):
    id: int
    happened_at: datetime
    person_id: int | None
    ride_id: int | None
    trigger: str
    highest_alarm: int | None
    verbal: bool
    things: bool
    physical: bool
    what_happened: str
    harm: str
    repair: str
    missed_step: str
    created_at: datetime
    crisis_detected: bool = False


class Page(Schema):
    limit: int = Field(50, ge=1, le=200)
    offset: Offset = 0


def _clean(user, data: dict) -> dict:
    check_references(user, {k: v for k, v in data.items() if k == "person_id"})
    ride_id = data.get("ride_id")
    if ride_id is not None and not owned(Ride, user).filter(pk=ride_id).exists():
        raise ValidationError({"ride_id": [f"Unknown ride id {ride_id}."]})
    moment = data.get("happened_at")
    if moment is not None and timezone.is_naive(moment):
        data["happened_at"] = timezone.make_aware(moment, user_zone(user))
    for name in FREE_TEXT:
        if name in data and data[name] is None:
            data[name] = ""
    if "missed_step" in data and data["missed_step"] is None:
        data["missed_step"] = ""
    return data


def _after_save(request, obj: Escalation) -> bool:
    """The crisis check of the saved text; sent from the app in the browser, the next page
    shows the crisis card and, after objects or physical violence, where to get help."""
    crisis = crisis_flag(*(getattr(obj, f) for f in FREE_TEXT), user=request.user)
    if request.session.get(SESSION_KEY):
        if crisis:
            flag_crisis(request)
        if obj.turned_violent:
            flag_violence(request)
    return crisis


def _out(obj: Escalation, crisis: bool = False) -> dict:
    data = {f: getattr(obj, f) for f in EscalationOut.model_fields if f != "crisis_detected"}
    data["crisis_detected"] = crisis
    return data


@escalations_router.get("", response=list[EscalationOut], summary="List escalations, newest first")
def escalation_list(request, page: Query[Page], person_id: QueryId | None = None):
    rows = owned(Escalation, request.user)
    if person_id:
        rows = rows.filter(person_id=person_id)
    return [_out(e) for e in rows[page.offset:page.offset + page.limit]]


@escalations_router.post("", response={201: EscalationOut, 422: Error},
                         summary="Log an escalation")
def escalation_create(request, payload: EscalationIn):
    data = _clean(request.user, payload.dict())
    obj = Escalation(owner=request.user, **data)
    obj.full_clean()
    with transaction.atomic():
        obj.save()
    return Status(201, _out(obj, _after_save(request, obj)))


@escalations_router.get("/{int:pk}", response={200: EscalationOut, 404: Error},
                        summary="Read an escalation")
def escalation_read(request, pk: int):
    return _out(get_owned_or_404(Escalation, request.user, pk))


@escalations_router.patch("/{int:pk}", response={200: EscalationOut, 404: Error, 422: Error},
                          summary="Update an escalation")
def escalation_update(request, pk: int, payload: PatchDict[EscalationIn]):
    obj = get_owned_or_404(Escalation, request.user, pk)
    for key, value in _clean(request.user, dict(payload)).items():
        setattr(obj, key, value)
    obj.full_clean()
    with transaction.atomic():
        obj.save()
    return _out(obj, _after_save(request, obj))


@escalations_router.delete("/{int:pk}", response={204: None, 404: Error},
                           summary="Delete an escalation")
def escalation_delete(request, pk: int):
    obj = get_owned_or_404(Escalation, request.user, pk)
    with transaction.atomic():
        obj.delete()
    return Status(204, None)
