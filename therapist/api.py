"""The therapist's space through the API (issue 10). ``caseload_router`` is mounted at
``/api/v1/caseload``; other apps add their client routes to it (``/{link_id}/…``) and reach
the client through ``therapist.clients``, as these routes do."""

from datetime import date, datetime
from typing import Literal

from ninja import Query, Router, Schema, Status
from pydantic import Field

from api.schemas import Day, Error, In, text
from insights.periods import local_today, parse_period
from safety.alerts import texts_speak_of_crisis
from sharing.services import access_log_write_many
from therapist import selectors, services
from therapist.clients import client_link_or_404, client_period
from therapist.models import NOTE_MAX_LENGTH
from therapist.report import pdf_response, render_report
from therapist.summary import client_summary, own_summary
from twofactor.gate import second_factor_or_403

caseload_router = Router(tags=["therapist"])
report_router = Router(tags=["therapist"])

GATE = ("Every route here answers 403 until the caller has confirmed a second factor "
        "(POST /api/v1/auth/totp), and 404 for a link that is not an active link of a "
        "client to the caller in the role therapist.")


class Client(Schema):
    id: int
    display_name: str


class CaseloadRow(Schema):
    link_id: int
    client: Client
    kinds: list[str]
    last_session: date | None
    last_checkin_at: datetime | None


class SessionIn(In):
    date: Day


class SessionOut(Schema):
    id: int
    date: date


class NoteIn(In):
    text: text(NOTE_MAX_LENGTH, required=True)


class NoteOut(Schema):
    id: int
    text: str
    created_at: datetime
    updated_at: datetime
    crisis_detected: bool = False


@caseload_router.get("", response={200: list[CaseloadRow], 403: Error}, url_name="caseload",
                     summary="My clients: what each shares, last session, last check-in",
                     description="`last_checkin_at` only where the client shares a kind that "
                                 "shows check-ins (insights, weekly_summary, checkin_levels); "
                                 "each such read is in the client's access log. " + GATE)
def caseload(request):
    second_factor_or_403(request)
    rows, shown = selectors.caseload(request.user)
    access_log_write_many(request, shown)
    return rows


@caseload_router.get("/{int:link_id}/sessions", response={200: list[SessionOut], 403: Error, 404: Error},
                     url_name="caseload_sessions", summary="The session dates I recorded", description=GATE)
def session_list(request, link_id: int):
    return selectors.sessions_of(client_link_or_404(request, link_id))


@caseload_router.post("/{int:link_id}/sessions",
                      response={201: SessionOut, 403: Error, 404: Error, 422: Error},
                      url_name="caseload_session_create", summary="Record a session date",
                      description="The summary's default period starts at the last session. "
                                  + GATE)
def session_create(request, link_id: int, payload: SessionIn):
    link = client_link_or_404(request, link_id)
    session = services.session_record(link=link, day=payload.date,
                                      today=local_today(request.user))
    return Status(201, session)


@caseload_router.delete("/{int:link_id}/sessions/{int:session_id}",
                        response={204: None, 403: Error, 404: Error},
                        url_name="caseload_session_delete", summary="Delete a session date",
                        description=GATE)
def session_delete(request, link_id: int, session_id: int):
    services.session_delete(link=client_link_or_404(request, link_id), pk=session_id)
    return Status(204, None)


def _note_out(note, written=False) -> dict:
    # Crisis-checked after a write, as every free text is; a list does not re-run it.
    return {"id": note.pk, "text": note.text, "created_at": note.created_at,
            "updated_at": note.updated_at,
            "crisis_detected": written and texts_speak_of_crisis(note.text)}


def _note(request, link_id, note_id):
    from django.shortcuts import get_object_or_404

    link = client_link_or_404(request, link_id)
    return link, get_object_or_404(selectors.notes_of(link, request.user), pk=note_id)


@caseload_router.get("/{int:link_id}/notes", response={200: list[NoteOut], 403: Error, 404: Error},
                     url_name="caseload_notes", summary="My own notes about this client",
                     description="Visible to the clinician who wrote them, and to nobody else "
                                 "(not to the client). " + GATE)
def note_list(request, link_id: int):
    link = client_link_or_404(request, link_id)
    return [_note_out(n) for n in selectors.notes_of(link, request.user)]


@caseload_router.post("/{int:link_id}/notes", response={201: NoteOut, 403: Error, 404: Error, 422: Error},
                      url_name="caseload_note_create", summary="Write a note of my own",
                      description=GATE)
def note_create(request, link_id: int, payload: NoteIn):
    link = client_link_or_404(request, link_id)
    return Status(201, _note_out(services.note_save(link=link, author=request.user,
                                                    text=payload.text), written=True))


@caseload_router.patch("/{int:link_id}/notes/{int:note_id}",
                       response={200: NoteOut, 403: Error, 404: Error, 422: Error},
                       url_name="caseload_note_update", summary="Change a note of mine",
                       description=GATE)
def note_update(request, link_id: int, note_id: int, payload: NoteIn):
    link, note = _note(request, link_id, note_id)
    return _note_out(services.note_save(link=link, author=request.user, text=payload.text,
                                        note=note), written=True)


@caseload_router.delete("/{int:link_id}/notes/{int:note_id}",
                        response={204: None, 403: Error, 404: Error},
                        url_name="caseload_note_delete", summary="Delete a note of mine",
                        description=GATE)
def note_delete(request, link_id: int, note_id: int):
    _link, note = _note(request, link_id, note_id)
    note.delete()
    return Status(204, None)


class SummaryFilters(Schema):
    since: str | None = Field(None, description="First local day (YYYY-MM-DD); default: the "
                                                "last session, else four weeks ago")


@caseload_router.get("/{int:link_id}/summary", response={200: dict, 403: Error, 404: Error, 422: Error},
                     url_name="caseload_summary", summary="Since the last session: the figures",
                     description="Within consent: check-ins per week, trends (amplitude and "
                                 "MSSD per week with mean and SD, MSSD only from weeks with "
                                 "`mssd_min_n` check-ins or more), alarm load, phases (where "
                                 "the warning plan exists), rides and the share without "
                                 "escalation, escalations, rule keeping, reciprocity and trust "
                                 "(where they exist), self-check change. Every figure carries "
                                 "`n`, the data points it rests on; a section the client does "
                                 "not share is null. Each kind read is in the client's access "
                                 "log. " + GATE)
def summary(request, link_id: int, filters: Query[SummaryFilters]):
    link = client_link_or_404(request, link_id, with_consents=True)
    last_session = selectors.last_session_of(link)
    since, until = client_period(link, filters.since, last_session)
    return {"link_id": link.pk, "client": {"id": link.owner_id,
                                           "display_name": link.owner.public_name},
            **client_summary(request, link, since, until, last_session=last_session)}


class ReportFilters(Schema):
    start: str | None = Field(None, description="First local day (YYYY-MM-DD); default 12 weeks ago")
    end: str | None = Field(None, description="Last local day, included; default today")
    lang: Literal["nl", "en"] | None = Field(None, description="Language; default the caller's")


PDF = {200: {"content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
             "description": "The report as PDF"}}


@report_router.get("/report.pdf", response={200: None, 422: Error}, url_name="own_report",
                   summary="My own report as PDF (take this to my session)",
                   openapi_extra={"responses": PDF})
def own_report(request, filters: Query[ReportFilters]):
    user = request.user
    since, until = parse_period(filters.start, filters.end, local_today(user))
    pdf = render_report(request, summary=own_summary(user, since, until),
                        subject_name=user.public_name, since=since, until=until,
                        language=filters.lang or user.language)
    return pdf_response(pdf, f"wagenmenner-{since}-{until}.pdf")


@caseload_router.get("/{int:link_id}/report.pdf", response={200: None, 403: Error, 404: Error, 422: Error},
                     url_name="caseload_report", summary="A client's report of a period as PDF",
                     description="Within consent, as the summary; the period and the consent "
                                 "it was made under are printed in it. Each one is in the "
                                 "client's access log with the action `print`. " + GATE,
                     openapi_extra={"responses": PDF})
def client_report(request, link_id: int, filters: Query[ReportFilters]):
    link = client_link_or_404(request, link_id, with_consents=True)
    since, until = parse_period(filters.start, filters.end, local_today(link.owner))
    summary = client_summary(request, link, since, until, action="print",
                             last_session=selectors.last_session_of(link))
    clinician = getattr(request.user, "clinician", None)
    pdf = render_report(request, summary=summary, subject_name=link.owner.public_name,
                        since=since, until=until, language=filters.lang or request.user.language,
                        made_for=request.user.public_name,
                        registration=clinician.registration if clinician else "")
    return pdf_response(pdf, f"wagenmenner-{link.pk}-{since}-{until}.pdf")
