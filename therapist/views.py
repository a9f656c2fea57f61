"""The therapist's pages (issue 10): the caseload, a client's summary since the last
session with the clinician's own notes and session dates, and the report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from insights.forms import PeriodForm
from insights.periods import local_today
from safety.alerts import flag_crisis_if_needed
from sharing.services import access_log_write_many
from therapist import selectors, services
from therapist.charts import summary_display
from therapist.clients import client_link_or_404, client_period
from therapist.forms import NoteForm, SessionForm, SinceForm
from therapist.report import pdf_response, render_report, report_language
from therapist.summary import FEW_PER_WEEK, client_summary, own_summary
from twofactor.gate import second_factor_or_403

RECENCY = {"today": gettext_lazy("checked in today"),
           "this_week": gettext_lazy("checked in this week"),
           "older": gettext_lazy("last check-in longer ago"),
           "none": gettext_lazy("no check-ins yet")}


@login_required
def caseload(request):
    second_factor_or_403(request)
    rows, shown = selectors.caseload(request.user)
    access_log_write_many(request, shown)
    for row in rows:
        row["recency_text"] = RECENCY.get(row["recency"])
    return render(request, "therapist/caseload.html", {"rows": rows})


def _summary_page(request, link, form, *, note_form=None, session_form=None, status=200):
    """The client's page: the summary of the period ``form`` (a ``SinceForm``) asks for,
    else since the last session, and the clinician's own sections."""
    sessions = selectors.sessions_of(link)
    last_session = selectors.last_session_of(link, sessions)
    # An empty or absent date (a link with another parameter, "?since=") is no date.
    since_day = form.cleaned_data["since"] if form.is_valid() else None
    since_text = since_day.isoformat() if since_day else None
    try:
        since, until = client_period(link, since_text, last_session)
    except ValidationError as exc:
        form.add_error(None, exc.messages[0])
        since, until = client_period(link, None, last_session)
    summary = client_summary(request, link, since, until, last_session=last_session)
    return render(request, "therapist/client.html", {
        **_questionnaires(request, link, shown="selfchecks" in summary["shared"]),
        "link": link, "client": link.owner.public_name, "summary": summary,
        "display": summary_display(summary, since, until), "few_per_week": FEW_PER_WEEK,
        "since": since, "until": until, "form": form,
        "sessions": sessions,
        "notes": list(selectors.notes_of(link, request.user)),
        "note_form": note_form or NoteForm(),
        "session_form": session_form or SessionForm(initial={"date": local_today(request.user)}),
        "report_form": PeriodForm(initial={"start": since, "end": until}),
        "fhir_form": PeriodForm(initial={"start": since, "end": until}, prefix="fhir"),
    }, status=status)


def _questionnaires(request, link, *, shown: bool) -> dict:
    """The clinic's questionnaires given to this client; the answers only while the client
    shares self-checks (the summary's read of that kind is the access-log entry)."""
    from questionnaires import selectors as questionnaires
    from questionnaires.forms import AssignForm

    given, titles = questionnaires.for_client_page(link, request.user, with_answers=shown)
    form = None
    if shown and titles:
        form = AssignForm(questionnaires=questionnaires.questionnaires_of(request.user))
        form.fields["questionnaire"].choices = titles  # read above: no second query
    return {"given": given, "selfchecks_shared": shown, "assign_form": form}


@login_required
def client(request, link_id):
    return _summary_page(request, client_link_or_404(request, link_id, with_consents=True),
                         SinceForm(request.GET or None))


@login_required
@require_POST
def session_create(request, link_id):
    link = client_link_or_404(request, link_id)
    form = SessionForm(request.POST)
    if form.is_valid():
        try:
            services.session_record(link=link, day=form.cleaned_data["date"],
                                    today=local_today(request.user))
        except ValidationError as exc:
            form.add_error("date", exc.message_dict["date"][0])
    if form.errors:
        return _summary_page(request, link, SinceForm(), session_form=form, status=422)
    messages.success(request, _("The session is recorded. The summary now starts there."))
    return redirect("therapist:client", link_id=link.pk)


@login_required
@require_POST
def session_delete(request, link_id, session_id):
    services.session_delete(link=client_link_or_404(request, link_id), pk=session_id)
    messages.success(request, _("The session date was deleted."))
    return redirect("therapist:client", link_id=link_id)


@login_required
@require_POST
def note_create(request, link_id):
    link = client_link_or_404(request, link_id)
    form = NoteForm(request.POST)
    if form.is_valid():
        note = services.note_save(link=link, author=request.user, text=form.cleaned_data["text"])
        flag_crisis_if_needed(request, note.text)
        messages.success(request, _("Your note is saved. Only you can read it."))
        return redirect(reverse("therapist:client", args=[link.pk]) + "#notes")
    return _summary_page(request, link, SinceForm(), note_form=form, status=422)


def _own_note(request, link_id, note_id):
    link = client_link_or_404(request, link_id)
    note = selectors.notes_of(link, request.user).filter(pk=note_id).first()
    if note is None:
        raise Http404
    return link, note


@login_required
def note_edit(request, link_id, note_id):
    link, note = _own_note(request, link_id, note_id)
    form = NoteForm(request.POST or None, initial={"text": note.text})
    if request.method == "POST" and form.is_valid():
        services.note_save(link=link, author=request.user, text=form.cleaned_data["text"],
                           note=note)
        flag_crisis_if_needed(request, note.text)
        messages.success(request, _("Saved."))
        return redirect(reverse("therapist:client", args=[link.pk]) + "#notes")
    return render(request, "therapist/note_edit.html", {"form": form, "link": link,
                                                        "note": note,
                                                        "client": link.owner.public_name})


@login_required
@require_POST
def note_delete(request, link_id, note_id):
    _link, note = _own_note(request, link_id, note_id)
    note.delete()
    messages.success(request, _("The note was deleted."))
    return redirect(reverse("therapist:client", args=[link_id]) + "#notes")


@login_required
def report(request, link_id):
    """The clinician's PDF of a client and a period: within consent, logged as a print.
    A period that is not one goes back to the client's page with the reason, never a
    report of another period than the one asked for."""
    link = client_link_or_404(request, link_id, with_consents=True)
    last_session = selectors.last_session_of(link)
    since, until = client_period(link, None, last_session)
    if "start" in request.GET or "end" in request.GET:
        form = PeriodForm(request.GET)
        if not form.is_valid():
            messages.error(request, " ".join(e for errors in form.errors.values()
                                             for e in errors))
            return redirect("therapist:client", link_id=link.pk)
        since, until = form.cleaned_data["start"], form.cleaned_data["end"]
    summary = client_summary(request, link, since, until, action="print",
                             last_session=last_session)
    clinician = getattr(request.user, "clinician", None)
    pdf = render_report(request, summary=summary, subject_name=link.owner.public_name,
                        since=since, until=until,
                        language=report_language(request, request.user),
                        made_for=request.user.public_name,
                        registration=clinician.registration if clinician else "")
    return pdf_response(pdf, f"wagenmenner-{link.pk}-{since}-{until}.pdf")


@login_required
def own_report(request):
    """The person's own report, to take to a session: a page to choose, then the PDF."""
    user = request.user
    default = client_period_default(user)
    if "start" not in request.GET:
        return render(request, "therapist/own_report.html", {
            "form": PeriodForm(initial={"start": default[0], "end": default[1]})})
    form = PeriodForm(request.GET)
    if not form.is_valid():
        return render(request, "therapist/own_report.html", {"form": form}, status=422)
    since, until = form.cleaned_data["start"], form.cleaned_data["end"]
    pdf = render_report(request, summary=own_summary(user, since, until),
                        subject_name=user.public_name, since=since, until=until,
                        language=report_language(request, user))
    return pdf_response(pdf, f"wagenmenner-{since}-{until}.pdf")


def client_period_default(user):
    from insights.periods import default_period

    return default_period(local_today(user))
