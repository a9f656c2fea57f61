"""The clinic's questionnaires through the API (issue 10): the clinician uploads a FHIR R4
Questionnaire and gives it to a client; the client lists what they were given and answers,
with a FHIR QuestionnaireResponse or the app's plain answers."""

import json
import uuid
from datetime import datetime

from django.contrib.auth import SESSION_KEY
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from api.schemas import Error, In
from questionnaires import definition, selectors, services
from safety.alerts import flag_crisis, texts_speak_of_crisis
from therapist.api import GATE, caseload_router
from therapist.clients import client_grant, client_link_or_404
from twofactor.gate import second_factor_or_403
from wagenmenner.access import READ, may, valid_id

router = Router(tags=["questionnaires"])

FHIR_BODY = {"requestBody": {"required": True, "content": {
    "application/json": {"schema": {"type": "object"}}}}}


class Problem(Schema):
    detail: str
    path: str


class Created(Schema):
    id: int
    title: str


class AssignIn(In):
    questionnaire_id: int


class AssignmentOut(Schema):
    id: int
    questionnaire_id: int
    title: str
    assigned_at: datetime
    answers: dict | None = None


class AssignedOut(AssignmentOut):
    assigned_by: str
    questionnaire: dict


class AnswersOut(Schema):
    id: int
    authored_at: datetime
    answers: dict
    crisis_detected: bool = False


def _json_body(request):
    if int(request.META.get("CONTENT_LENGTH") or 0) > definition.MAX_BYTES:
        raise definition.Invalid(_("The file is larger than 1 MB."), "")
    return services.read_upload(request.body)


def _authored_at(body, assignment):
    """``recorded_at`` of the plain answers: when the person pressed send, for answers kept
    on the phone and sent later (offline.js). Kept between the giving and now, so a phone
    with a wrong clock never makes its answers fail; None: now."""
    value = body.get("recorded_at") if isinstance(body, dict) else None
    if value is None:
        return None
    try:
        when = parse_datetime(value) if isinstance(value, str) else None
        if when is None or when.tzinfo is None:
            raise ValueError
        return min(max(when, assignment.assigned_at), timezone.now())
    except (ValueError, OverflowError):
        raise definition.Invalid(_("recorded_at must be a date and time with its offset "
                                   "(ISO 8601)."), "recorded_at") from None


def _problem(exc: definition.Invalid):
    return Status(422, {"detail": exc.detail, "path": exc.path})


def _clinician_or_403(request):
    second_factor_or_403(request)
    if getattr(request.user, "clinician", None) is None:
        raise HttpError(403, _("Only therapists give questionnaires."))


@router.post("", response={201: Created, 403: Error, 422: Problem},
             url_name="questionnaire_upload", summary="Upload a FHIR R4 Questionnaire (clinician)",
             description="The body is a FHIR R4 Questionnaire. Supported item types: group, "
                         "display, boolean, choice (with answerOption), integer, decimal, "
                         "string, text, date; `required`; simple `enableWhen`. Anything else "
                         "is refused with 422 and the `path` of the first problem, e.g. "
                         "`item[3].answerOption`. At most 1 MB. " + GATE,
             openapi_extra=FHIR_BODY)
def questionnaire_upload(request):
    _clinician_or_403(request)
    try:
        created = services.questionnaire_upload(author=request.user, data=_json_body(request))
    except definition.Invalid as exc:
        return _problem(exc)
    return Status(201, {"id": created.pk, "title": created.title})


@router.get("", response={200: list[Created], 403: Error}, url_name="questionnaire_list",
            summary="The questionnaires I uploaded (clinician)", description=GATE)
def questionnaire_list(request):
    _clinician_or_403(request)
    return [{"id": q.pk, "title": q.title} for q in selectors.questionnaires_of(request.user)]


def _assignment_out(a, *, answers: bool) -> dict:
    return {"id": a.pk, "questionnaire_id": a.questionnaire_id, "title": a.questionnaire.title,
            "assigned_at": a.assigned_at,
            "answers": selectors.answers_json_ready(getattr(a, "answers", None)) if answers else None}


@router.get("/assigned", response=list[AssignedOut], url_name="questionnaires_assigned",
            summary="The questionnaires my therapists gave me",
            description="`answers` is null until answered. `questionnaire` is the FHIR "
                        "Questionnaire to fill in.")
def assigned(request):
    return [{**_assignment_out(a, answers=True), "assigned_by": a.link.reader_name,
             "questionnaire": a.questionnaire.resource}
            for a in selectors.assigned_to(request.user)]


@router.post("/{int:assignment_id}/responses",
             response={200: AnswersOut, 201: AnswersOut, 404: Error, 422: Problem},
             url_name="questionnaire_respond", summary="Answer a questionnaire I was given",
             description="`{id}` is the `id` of `GET /questionnaires/assigned`. The body is a "
                         "FHIR QuestionnaireResponse, or the app's plain answers "
                         "`{\"answers\": {\"<linkId>\": <answer>}}` (a choice by its code, a "
                         "date as YYYY-MM-DD), with `recorded_at` (when it was sent from the "
                         "phone, ISO 8601 with offset) for answers kept offline. With the "
                         "same `Idempotency-Key` (a UUID) a resent answer is stored once (200 "
                         "with the stored one). 422 names "
                         "the linkId of the first problem in `path`.",
             openapi_extra=FHIR_BODY)
def respond(request, assignment_id: int):
    assignment = selectors.assignment_of_or_404(request.user, assignment_id)
    try:
        key = uuid.UUID(request.headers["Idempotency-Key"])
    except (KeyError, ValueError):
        key = None
    try:
        body = _json_body(request)
        raw = (definition.answers_from_response(body) if isinstance(body, dict)
               and body.get("resourceType") else (body or {}).get("answers")
               if isinstance(body, dict) else None)
        if raw is None:
            raise definition.Invalid(_("Send a QuestionnaireResponse or {\"answers\": {…}}."),
                                     "answers")
        stored, created = services.answers_save(owner=request.user, assignment=assignment,
                                                raw=raw, key=key,
                                                authored_at=_authored_at(body, assignment))
    except definition.Invalid as exc:
        return _problem(exc)
    crisis = created and texts_speak_of_crisis(*services.answer_texts(stored),
                                               user=request.user)
    if crisis and request.session.get(SESSION_KEY):
        # Sent from the app in the browser (fill.js, or the offline queue once online):
        # the next page shows the crisis card too, as the form's own post does.
        flag_crisis(request)
    out = {"id": stored.pk, "authored_at": stored.authored_at,
           "answers": json.loads(stored.answers), "crisis_detected": crisis}
    return Status(201 if created else 200, out)


@caseload_router.post("/{int:link_id}/questionnaires",
                      response={201: AssignmentOut, 403: Error, 404: Error, 422: Error},
                      url_name="caseload_questionnaire_assign",
                      summary="Give a client one of my questionnaires",
                      description="The client must share `selfchecks` (its answers are shown "
                                  "under that consent), else 422. " + GATE)
def assign(request, link_id: int, payload: AssignIn):
    link = client_link_or_404(request, link_id)
    questionnaire = selectors.questionnaires_of(request.user).filter(
        pk=valid_id(payload.questionnaire_id) or 0).first()
    if questionnaire is None:
        # Another clinician's questionnaire, or none: the same answer.
        raise ValidationError({"questionnaire_id": [_("Choose one of your questionnaires.")]})
    shares = may(request.user, READ, kind="selfchecks", link_id=link.pk) is not None
    created = services.questionnaire_assign(link=link, questionnaire=questionnaire,
                                            shares=shares)
    return Status(201, _assignment_out(created, answers=False))


@caseload_router.get("/{int:link_id}/questionnaires",
                     response={200: list[AssignmentOut], 403: Error, 404: Error},
                     url_name="caseload_questionnaires",
                     summary="The questionnaires I gave this client, with their answers",
                     description="The answers only while the client shares `selfchecks` "
                                 "(then the read is in the client's access log), else null. "
                                 + GATE)
def assignments(request, link_id: int):
    link = client_link_or_404(request, link_id)
    rows = list(selectors.assignments_of_link(link))
    shown = any(getattr(a, "answers", None) for a in rows) and client_grant(
        request, link, "selfchecks") is not None
    return [_assignment_out(a, answers=shown) for a in rows]
