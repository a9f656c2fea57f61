"""The safety plan through the API: one plan per person, so no ids in the paths (the
earlier versions have ids of their own, scoped to the person like everything else)."""

from datetime import datetime
from typing import Annotated, Literal

from django.http import Http404
from ninja import Router, Schema, Status
from pydantic import Field, StringConstraints

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


class SafetyPlanVersionOut(Schema):
    id: int
    warning_signs: str
    coping: str
    distractions: str
    help_contacts: str
    professionals: str
    safe_environment: str
    reasons_to_live: str
    saved_at: datetime = Field(description="When this version was written.")
    replaced_at: datetime = Field(description="When it stopped being the plan.")
    reason: Literal["edited", "restored", "deleted"] = Field(
        description="Why it stopped being the plan.")
    expires_at: datetime | None = Field(
        description="After a deletion: when this version goes for good (30 days later).")


@router.get("", response={200: SafetyPlanOut, 404: Error}, summary="Read my safety plan")
def safety_plan_read(request):
    plan = services.safety_plan_for(request.user)
    if plan is None:
        raise Http404
    return plan


@router.put("", response={200: SafetyPlanOut, 422: Error},
            summary="Write my safety plan (all seven parts; a part left out becomes empty)",
            description="The plan as it was is kept as an earlier version "
                        "(`GET /safety-plan/versions`). A safety plan speaks of crisis on "
                        "purpose: it is never scanned for crisis language, so the answer has "
                        "no crisis_detected.")
def safety_plan_write(request, payload: SafetyPlanIn):
    return services.safety_plan_save(user=request.user, parts=payload.dict())


@router.delete("", response={204: None, 404: Error}, summary="Delete my safety plan",
               description=f"Can be undone for {services.UNDO_DAYS} days: the plan is kept as "
                           "an earlier version; restore it with `POST "
                           "/safety-plan/versions/{id}/restore`. After that it is gone for "
                           "good, with its earlier versions.")
def safety_plan_delete(request):
    if not services.safety_plan_delete(user=request.user):
        raise Http404
    return Status(204, None)


@router.get("/versions", response=list[SafetyPlanVersionOut],
            summary="List the earlier versions of my safety plan, newest first")
def safety_plan_version_list(request):
    return list(services.safety_plan_versions(request.user))


@router.get("/versions/{int:pk}", response={200: SafetyPlanVersionOut, 404: Error},
            summary="Read an earlier version of my safety plan")
def safety_plan_version_read(request, pk: int):
    return services.safety_plan_version(request.user, pk)


@router.post("/versions/{int:pk}/restore", response={200: SafetyPlanOut, 404: Error},
             summary="Put an earlier version back as my safety plan",
             description="The plan it replaces (if any) is kept as an earlier version too; "
                         "this also undoes a deletion.")
def safety_plan_version_restore(request, pk: int):
    version = services.safety_plan_version(request.user, pk)
    return services.safety_plan_restore(user=request.user, version=version)
