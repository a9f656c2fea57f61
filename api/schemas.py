"""What every router's schemas share: text limits, levels, ids, moments, offsets, the strict
input base and the error shape."""

import re
from datetime import date, datetime
from typing import Annotated, Any

from django.http import HttpResponse
from ninja import Schema
from ninja.schema import DjangoGetter
from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from checkins.idempotency import MAX_KEY_LENGTH
from wagenmenner.moments import ERROR_MOMENT_RANGE, in_range


def text(max_length: int, required: bool = False):
    return Annotated[str, StringConstraints(strip_whitespace=True, max_length=max_length,
                                            min_length=1 if required else 0)]


def fail(kind: str, message) -> PydanticCustomError:
    """A validation error with a finished sentence in the person's language (it is active
    while the request is validated), with no {placeholders} left for pydantic to fill."""
    return PydanticCustomError(kind, str(message).replace("{", "(").replace("}", ")"))


def _moment(value: datetime) -> datetime:
    if not in_range(value):
        raise fail("moment_range", ERROR_MOMENT_RANGE)
    return value


def _written_moment(value: Any) -> Any:
    # A moment is written out (ISO 8601), never a bare number of seconds.
    if not isinstance(value, str | datetime):
        raise PydanticCustomError("datetime_type", "not a date and time")
    return value


def _whole(value: Any) -> Any:
    # JSON has one kind of number: 7.0 is the whole number 7 (and true is not a number).
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def whole(**bounds):
    """A whole number within bounds; no strings or booleans taken for numbers."""
    return Annotated[int, BeforeValidator(_whole), Field(strict=True, **bounds)]


def _written_day(value: Any) -> Any:
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise PydanticCustomError("date_parsing", "not a date")
    if not isinstance(value, str | date):
        raise PydanticCustomError("date_type", "not a date")
    return value


# Ids and offsets stay inside the database's 64-bit integers (larger ones would fail there).
MAX_ID = 2**63 - 1
Level = whole(ge=0, le=10)
Id = whole(ge=1, le=MAX_ID)
QueryId = Annotated[int, Field(ge=1, le=MAX_ID)]
Offset = Annotated[int, Field(ge=0, le=10**9)]
Moment = Annotated[datetime, BeforeValidator(_written_moment), AfterValidator(_moment)]
# A calendar day written YYYY-MM-DD.
Day = Annotated[date, BeforeValidator(_written_day)]


class In(Schema):
    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="wrap")
    @classmethod
    def _run_root_validator(cls, values: Any, handler, info) -> Any:
        # ninja's own (same name, so this one replaces it) validates a schema that refuses
        # unknown fields twice: the data as given, then again through its getter for ORM
        # objects and resolvers. A JSON body is a dict of plain values, which the first
        # pass validates completely; the second ran every field validator again (a tenth
        # of an API check-in's server time).
        if isinstance(values, dict) and not cls._ninja_resolvers:
            return handler(values)
        handler(values)
        return handler(DjangoGetter(values, cls, info.context))


class Error(Schema):
    detail: object


# --- Writes sent with an Idempotency-Key (checkins/idempotency.py) ----------------------

IDEMPOTENCY_DOC = {
    "in": "header", "name": "Idempotency-Key", "required": False,
    "schema": {"type": "string", "maxLength": MAX_KEY_LENGTH},
    "description": (
        "Any unique string (a UUID). A repeat with the same key and body gets the first "
        "answer (status and body, header `Idempotent-Replayed: true`) and stores nothing; "
        "the same key with another body gets 422. Keys are kept at least 24 hours."),
}


def json_answer(status: int, content: str, replayed: bool = False) -> HttpResponse:
    response = HttpResponse(content, status=status,
                            content_type="application/json; charset=utf-8")
    if replayed:
        response["Idempotent-Replayed"] = "true"
    return response
