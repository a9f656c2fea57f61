"""The FHIR export through the API (issue 10): the person's own data as a FHIR R4 Bundle,
and a clinician's export of a client within consent (a route of the caseload)."""

from django.http import HttpResponse
from ninja import Query, Router, Schema
from pydantic import Field

from api.schemas import Error
from exchange import selectors, services
from insights.periods import local_today, parse_period
from therapist.api import GATE, caseload_router
from therapist.clients import client_link_or_404

router = Router(tags=["FHIR"])

FHIR_JSON = "application/fhir+json"
BUNDLE_DOC = {200: {"description": "A FHIR R4 Bundle of type `collection`.",
                    "content": {FHIR_JSON: {"schema": {"type": "object"}}}}}


class ExportFilters(Schema):
    start: str | None = Field(None, description="First local day (YYYY-MM-DD); default 12 weeks ago")
    end: str | None = Field(None, description="Last local day, included; default today")
    audit: bool = Field(False, description="Also the access log of the period, as AuditEvents")


def bundle_response(bundle_json: str, filename: str) -> HttpResponse:
    response = HttpResponse(bundle_json, content_type=f"{FHIR_JSON}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@router.get("/export", response={200: object, 422: Error}, url_name="fhir_export",
            summary="My data as a FHIR R4 Bundle",
            description="A Bundle (type `collection`) for a clinic's system: Patient, the "
                        "check-in as a Questionnaire and a QuestionnaireResponse per check-in, "
                        "an Observation (category survey) per scale per week with the "
                        "check-ins it derives from, the safety plan as a CarePlan, a Consent "
                        "per active share, and with `audit=true` the access log as "
                        "AuditEvents.",
            openapi_extra={"responses": BUNDLE_DOC})
def fhir_export(request, filters: Query[ExportFilters]):
    user = request.user
    start, end = parse_period(filters.start, filters.end, local_today(user))
    bundle = selectors.fhir_bundle(user, start, end, selectors.own_scope(audit=filters.audit))
    return bundle_response(selectors.as_json(bundle),
                           selectors.bundle_filename(user, start, end))


class ClientExportFilters(Schema):
    start: str | None = Field(None, description="First local day (YYYY-MM-DD); default 12 weeks ago")
    end: str | None = Field(None, description="Last local day, included; default today")


@caseload_router.get("/{int:link_id}/fhir", response={200: object, 403: Error, 404: Error, 422: Error},
                     url_name="caseload_fhir", summary="A client's data as a FHIR R4 Bundle",
                     description="Within consent: the Patient and the Consent of this link "
                                 "always; the check-in Questionnaire and a "
                                 "QuestionnaireResponse per check-in (levels and conflict only) "
                                 "with `checkin_levels`; the weekly Observations with "
                                 "`weekly_summary` or `insights`; the safety plan's CarePlan "
                                 "with `safety_plan`; the clinic's questionnaires and answers "
                                 "with `selfchecks`. Each kind used is in the client's access "
                                 "log with the action `export`. " + GATE,
                     openapi_extra={"responses": BUNDLE_DOC})
def client_fhir_export(request, link_id: int, filters: Query[ClientExportFilters]):
    return client_bundle_response(request, client_link_or_404(request, link_id),
                                  filters.start, filters.end)


def client_bundle_response(request, link, start: str | None, end: str | None) -> HttpResponse:
    """The client's bundle of a period as a download (the route and the page)."""
    owner = link.owner
    first, last = parse_period(start, end, local_today(owner))
    bundle = selectors.fhir_bundle(owner, first, last, services.client_scope(request, link))
    return bundle_response(selectors.as_json(bundle),
                           selectors.bundle_filename(owner, first, last))
