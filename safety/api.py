"""The safety plan through the API: one plan per person, so no ids in the paths."""

from datetime import datetime
from typing import Annotated

from django.http import Http404
from ninja import Router, Schema, Status
from pydantic import StringConstraints

from api.schemas import Error, In
from safety import services
from safety.plan import PART_MAX_LENGTH

router = Router(tags=["safety plan"])

PartText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=PART_MAX_LENGTH)]


class SafetyPlanIn(In):
    warning_signs: PartText = ""
    coping: PartText = ""
    distractions: PartText = ""
    help_contacts: PartText = ""
    professionals: PartText = ""
    safe_environment: PartText = ""
    reasons_to_live: PartText = ""


class SafetyPlanOut(Schema):
    warning_signs: str
    coping: str
    distractions: str
    help_contacts: str
    professionals: str
    safe_environment: str
    reasons_to_live: str
    created_at: datetime
    updated_at: datetime


@router.get("", response={200: SafetyPlanOut, 404: Error}, summary="Read my safety plan")
def safety_plan_read(request):
    plan = services.safety_plan_for(request.user)
    if plan is None:
        raise Http404
    return plan


@router.put("", response={200: SafetyPlanOut, 422: Error},
            summary="Write my safety plan (all seven parts; a part left out becomes empty)",
            description="A safety plan speaks of crisis on purpose: it is never scanned for "
                        "crisis language, so the answer has no crisis_detected.")
def safety_plan_write(request, payload: SafetyPlanIn):
    return services.safety_plan_save(user=request.user, parts=payload.dict())


@router.delete("", response={204: None, 404: Error}, summary="Delete my safety plan")
def safety_plan_delete(request):
    if not services.safety_plan_delete(user=request.user):
        raise Http404
    return Status(204, None)
