"""The reciprocity ledger and trust experiments through the API (METHOD 4.5; registered
in api/urls.py)."""

from datetime import date, datetime, time, timedelta
from typing import Annotated, Literal

from django.core.exceptions import ValidationError
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import Field

from api import crud
from api.schemas import Day, Error, Id, In, Moment, QueryId, text
from insights.periods import user_zone
from people.models import ReciprocityEntry, TrustExperiment
from wagenmenner.access import owned
from wagenmenner.validators import validate_in_calendar

# Offsets beyond this would overflow the database's integers; no list is that long.
MAX_OFFSET = 2**31


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


def _local_moment(user, data: dict, *, new: bool) -> None:
    """A ledger entry happened now unless told when; a moment without an offset is the
    person's local time."""
    if new and data.get("happened_at") is None:
        data["happened_at"] = timezone.now()
    moment = data.get("happened_at")
    if moment is not None and timezone.is_naive(moment):
        # Validated first: a naive year 1 or 9999 cannot be moved to UTC at all.
        validate_in_calendar(moment)
        data["happened_at"] = timezone.make_aware(moment, user_zone(user))


def _page(rows, query):
    if query.person_id:
        rows = rows.filter(person_id=query.person_id)
    return list(rows[query.offset:query.offset + query.limit])


# The lists filter and page, so they are written here; crud.register adds the rest under
# the operation ids and summaries these routes were first published with.
@reciprocity_router.get("", response={200: list[ReciprocityOut], 422: Error},
                        summary="List ledger entries, newest first")
def reciprocity_list(request, query: Query[LedgerQuery]):
    rows = owned(ReciprocityEntry, request.user)
    zone = user_zone(request.user)
    for name, day, after in (("start", query.start, 0), ("end", query.end, 1)):
        if day is None:
            continue
        validate_field(name, validate_in_calendar, day)
        bound = datetime.combine(day + timedelta(days=after), time(0), tzinfo=zone)
        rows = rows.filter(**{"happened_at__gte" if name == "start" else "happened_at__lt": bound})
    return _page(rows, query)


@trust_router.get("", response=list[TrustOut], summary="List trust experiments, latest first")
def trust_list(request, query: Query[TrustQuery]):
    return _page(owned(TrustExperiment, request.user), query)


crud.register(reciprocity_router, model=ReciprocityEntry, schema_in=ReciprocityIn,
              schema_out=ReciprocityOut, free_text=ReciprocityEntry.FREE_TEXT,
              prepare=_local_moment, with_list=False,
              published_as=("people.api_ledger", "reciprocity"),
              summaries={"create": "Add a ledger entry", "read": "Read a ledger entry",
                         "update": "Change a ledger entry", "delete": "Delete a ledger entry"})
crud.register(trust_router, model=TrustExperiment, schema_in=TrustIn, schema_out=TrustOut,
              free_text=TrustExperiment.FREE_TEXT, with_list=False,
              published_as=("people.api_ledger", "trust"),
              summaries={"create": "Plan a trust experiment",
                         "update": "Change a trust experiment, or add its outcome"})
