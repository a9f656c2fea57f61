"""The warning plan through the API (METHOD 4.6): one plan per person, so no ids."""

from datetime import datetime
from typing import Literal

from django.utils import timezone
from ninja import Router, Schema
from pydantic import Field

from api.schemas import Error, In, Level, text
from warningplan import selectors, services
from warningplan.models import TEXT_MAX_LENGTH
from warningplan.texts import because

router = Router(tags=["warning plan"])
PhaseT = Literal["green", "yellow", "orange", "red"]


class PhaseIn(In):
    my_signals: text(TEXT_MAX_LENGTH) = ""
    others_notice: text(TEXT_MAX_LENGTH) = ""
    i_do: text(TEXT_MAX_LENGTH) = ""
    others_may_do: text(TEXT_MAX_LENGTH) = ""
    alarm_from: Level | None = Field(
        description="From this alarm level (0–10) a check-in suggests the phase; null: never. "
                    "Levels must rise from green to red.")


class PhasesIn(In):
    green: PhaseIn
    yellow: PhaseIn
    orange: PhaseIn
    red: PhaseIn


class PlanIn(In):
    phases: PhasesIn


class PhaseOut(Schema):
    my_signals: str
    others_notice: str
    i_do: str
    others_may_do: str
    alarm_from: int | None


class PlanOut(Schema):
    phases: dict[PhaseT, PhaseOut]
    updated_at: datetime | None


class SuggestionOut(Schema):
    phase: PhaseT | None
    because: str
    checkin_id: int | None


@router.get("", response=PlanOut, summary="Read my warning plan",
            description="Without a saved plan: empty texts at the default levels (yellow from "
                        "alarm 5, orange from 7, red from 9) and updated_at null.")
def warning_plan_read(request):
    return selectors.warning_plan_as_dict(selectors.warning_plan_for(request.user))


@router.put("", response={200: PlanOut, 422: Error},
            summary="Write my warning plan (all four phases)",
            description="The red phase describes a crisis on purpose: the plan is never "
                        "scanned for crisis language, so the answer has no crisis_detected.")
def warning_plan_write(request, payload: PlanIn):
    services.warning_plan_save(user=request.user, phases=payload.dict()["phases"])
    return selectors.warning_plan_as_dict(selectors.warning_plan_for(request.user))


@router.get("/phase", response=SuggestionOut, summary="The phase my latest check-in suggests",
            description="From the latest check-in of the last 12 hours, by the plan's levels; "
                        "red whenever a free text of the last 24 hours spoke of crisis. "
                        "phase is null when there is no recent check-in. A suggestion, never a "
                        "verdict.")
def warning_plan_phase(request):
    plan = selectors.warning_plan_for(request.user)
    suggestion = selectors.current_suggestion(
        request.user, plan, selectors.latest_checkin(request.user), timezone.now())
    return {"phase": suggestion.phase, "because": because(suggestion),
            "checkin_id": suggestion.checkin.id if suggestion.checkin else None}
