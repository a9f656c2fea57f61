"""The reciprocity ledger and trust experiments through the API (METHOD 4.5; registered
in api/urls.py)."""

from datetime import date, datetime, time, timedelta
from typing import Annotated, Literal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from ninja import PatchDict, Query, Router, Schema, Status
from pydantic import Field

from api.crud import check_references, crisis_flag
from api.schemas import Day, Error, Id, In, Moment, text
from insights.periods import user_zone
from people.models import ReciprocityEntry, TrustExperiment
from wagenmenner.access import get_owned_or_404, owned
from wagenmenner.validators import validate_in_calendar

# Offsets beyond this would overflow the database's integers; no list is that long.
MAX_OFFSET = 2**31
# An id in a query string (text, so not strict), within the database's integers.
QueryId = Annotated[int, Field(ge=1, le=2**63 - 1)]


def validate_field(name: str, validator, value) -> None:
    """Run a validator and name the field in its error, as full_clean would."""
    try:
        validator(value)
    except ValidationError as exc:
        raise ValidationError({name: exc.messages}) from None


reciprocity_router = Router(tags=["reciprocity"])
trust_router = Router(tags=["trust experiments"])
DirectionT = Literal[tuple(ReciprocityEntry.Direction.values)]
FearedT = Literal[tuple(TrustExperiment.Feared.values)]
Weight = Annotated[int, Field(strict=True, ge=1, le=3)]
Percent = Annotated[int, Field(strict=True, ge=0, le=100)]


class ReciprocityIn(In):
    person_id: Id
    direction: DirectionT
    what: text(1000, required=True)
    weight: Weight = 1
    happened_at: Moment | None = Field(
        None, description="Without an offset: the person's local time. Left out: now.")


class ReciprocityOut(Schema):
    id: int
    person_id: int
    direction: str
    what: str
    weight: int
    happened_at: datetime
    ride_id: int | None
    created_at: datetime
    updated_at: datetime
    crisis_detected: bool = False


class LedgerQuery(Schema):
    person_id: QueryId | None = None
    start: Day | None = Field(None, description="First local date (YYYY-MM-DD).")
    end: Day | None = Field(None, description="Last local date (YYYY-MM-DD).")
    limit: int = Field(100, ge=1, le=500)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


class TrustIn(In):
    person_id: Id
    what: text(1000, required=True)
    expectation: text(1000, required=True)
    belief_before: Percent
    planned_for: Day
    outcome: text(2000) = ""
    feared_happened: FearedT | None = None
    belief_after: Percent | None = None


class TrustOut(Schema):
    id: int
    person_id: int
    what: str
    expectation: str
    belief_before: int
    planned_for: date
    outcome: str
    feared_happened: str | None
    belief_after: int | None
    created_at: datetime
    updated_at: datetime
    crisis_detected: bool = False


class TrustQuery(Schema):
    person_id: QueryId | None = None
    limit: int = Field(100, ge=1, le=500)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)


def _as_out(obj, schema, crisis: bool = False) -> dict:
    data = {f: getattr(obj, f) for f in schema.model_fields if f != "crisis_detected"}
    data["crisis_detected"] = crisis
    return data


def _save(request, obj, data: dict, schema):
    """Apply the fields, validate the whole object, store it in one transaction, then
    check its free text for crisis language (never blocking the save)."""
    check_references(request.user, {k: v for k, v in data.items() if k == "person_id"})
    if data.get("happened_at") is not None and timezone.is_naive(data["happened_at"]):
        # Validated first: a naive year 1 or 9999 cannot be moved to UTC at all.
        validate_in_calendar(data["happened_at"])
        data["happened_at"] = timezone.make_aware(data["happened_at"], user_zone(request.user))
    if "outcome" in data and data["outcome"] is None:
        data["outcome"] = ""
    for key, value in data.items():
        setattr(obj, key, value)
    obj.full_clean()
    with transaction.atomic():
        obj.save()
    return _as_out(obj, schema, crisis_flag(*(getattr(obj, f) for f in obj.FREE_TEXT),
                                             user=request.user))


@reciprocity_router.get("", response={200: list[ReciprocityOut], 422: Error},
                        summary="List ledger entries, newest first")
def reciprocity_list(request, query: Query[LedgerQuery]):
    rows = owned(ReciprocityEntry, request.user)
    if query.person_id:
        rows = rows.filter(person_id=query.person_id)
    zone = user_zone(request.user)
    for name, day, after in (("start", query.start, 0), ("end", query.end, 1)):
        if day is None:
            continue
        validate_field(name, validate_in_calendar, day)
        bound = datetime.combine(day + timedelta(days=after), time(0), tzinfo=zone)
        rows = rows.filter(**{"happened_at__gte" if name == "start" else "happened_at__lt": bound})
    return [_as_out(e, ReciprocityOut) for e in rows[query.offset:query.offset + query.limit]]


@reciprocity_router.post("", response={201: ReciprocityOut, 422: Error},
                         summary="Add a ledger entry")
def reciprocity_create(request, payload: ReciprocityIn):
    data = payload.dict()
    if data["happened_at"] is None:
        data["happened_at"] = timezone.now()
    return Status(201, _save(request, ReciprocityEntry(owner=request.user), data,
                             ReciprocityOut))


@reciprocity_router.get("/{int:pk}", response={200: ReciprocityOut, 404: Error},
                        summary="Read a ledger entry")
def reciprocity_read(request, pk: int):
    return _as_out(get_owned_or_404(ReciprocityEntry, request.user, pk), ReciprocityOut)


@reciprocity_router.patch("/{int:pk}", response={200: ReciprocityOut, 404: Error, 422: Error},
                          summary="Change a ledger entry")
def reciprocity_update(request, pk: int, payload: PatchDict[ReciprocityIn]):
    entry = get_owned_or_404(ReciprocityEntry, request.user, pk)
    return _save(request, entry, dict(payload), ReciprocityOut)


@reciprocity_router.delete("/{int:pk}", response={204: None, 404: Error},
                           summary="Delete a ledger entry")
def reciprocity_delete(request, pk: int):
    entry = get_owned_or_404(ReciprocityEntry, request.user, pk)
    with transaction.atomic():
        entry.delete()
    return Status(204, None)


@trust_router.get("", response=list[TrustOut], summary="List trust experiments, latest first")
def trust_list(request, query: Query[TrustQuery]):
    rows = owned(TrustExperiment, request.user)
    if query.person_id:
        rows = rows.filter(person_id=query.person_id)
    return [_as_out(x, TrustOut) for x in rows[query.offset:query.offset + query.limit]]


@trust_router.post("", response={201: TrustOut, 422: Error}, summary="Plan a trust experiment")
def trust_create(request, payload: TrustIn):
    return Status(201, _save(request, TrustExperiment(owner=request.user), payload.dict(),
                             TrustOut))


@trust_router.get("/{int:pk}", response={200: TrustOut, 404: Error},
                  summary="Read a trust experiment")
def trust_read(request, pk: int):
    return _as_out(get_owned_or_404(TrustExperiment, request.user, pk), TrustOut)


@trust_router.patch("/{int:pk}", response={200: TrustOut, 404: Error, 422: Error},
                    summary="Change a trust experiment, or add its outcome")
def trust_update(request, pk: int, payload: PatchDict[TrustIn]):
    experiment = get_owned_or_404(TrustExperiment, request.user, pk)
    return _save(request, experiment, dict(payload), TrustOut)


@trust_router.delete("/{int:pk}", response={204: None, 404: Error},
                     summary="Delete a trust experiment")
def trust_delete(request, pk: int):
    experiment = get_owned_or_404(TrustExperiment, request.user, pk)
    with transaction.atomic():
        experiment.delete()
    return Status(204, None)
