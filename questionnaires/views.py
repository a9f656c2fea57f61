"""The clinic's questionnaires as pages: the clinician uploads and gives them (from the
client's page); the client fills them in on the phone and reads what they answered."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from checkins.offline import cache_key_for
from questionnaires import definition, selectors, services
from questionnaires.forms import AnswerForm, AssignForm, UploadForm
from safety.alerts import flag_crisis_if_needed
from therapist.clients import client_link_or_404
from twofactor.gate import second_factor_or_403
from wagenmenner.access import READ, may


def _clinician_or_403(request):
    second_factor_or_403(request)
    if getattr(request.user, "clinician", None) is None:
        raise PermissionDenied


@login_required
def clinic(request):
    """The clinician's questionnaires: upload one, see the ones uploaded."""
    _clinician_or_403(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            raw = form.raw()
            if raw is None:
                form.add_error(None, _("Choose a file, or paste the JSON."))
            else:
                created = services.questionnaire_upload(author=request.user,
                                                        data=services.read_upload(raw))
                messages.success(request, _("“%(title)s” is ready to give to a client, from "
                                            "the client's page.") % {"title": created.title})
                return redirect("questionnaires:clinic")
        except definition.Invalid as exc:
            where = _(" (at %(path)s)") % {"path": exc.path} if exc.path else ""
            form.add_error(None, f"{exc.detail}{where}")
    if form.errors:
        status = 422
    return render(request, "questionnaires/clinic.html", {
        "form": form, "questionnaires": selectors.questionnaires_of(request.user)},
        status=status)


@login_required
@require_POST
def assign(request, link_id):
    link = client_link_or_404(request, link_id)
    _clinician_or_403(request)
    form = AssignForm(request.POST, questionnaires=selectors.questionnaires_of(request.user))
    if form.is_valid():
        shares = may(request.user, READ, kind="selfchecks", link_id=link.pk) is not None
        try:
            services.questionnaire_assign(link=link, questionnaire=form.cleaned_data[
                "questionnaire"], shares=shares)
            messages.success(request, _("Given. Your client finds it under Self-check."))
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
    else:
        messages.error(request, _("Choose one of your questionnaires."))
    return redirect("therapist:client", link_id=link.pk)


@login_required
def assigned(request):
    """The questionnaires the person's therapists gave them."""
    return render(request, "questionnaires/assigned.html",
                  {"assignments": list(selectors.assigned_to(request.user))})


@login_required
def fill(request, pk):
    assignment = selectors.assignment_of_or_404(request.user, pk)
    answered = getattr(assignment, "answers", None)
    if answered is not None:
        return render(request, "questionnaires/answered.html", {
            "assignment": assignment, "answers": answered,
            "rows": selectors.answer_rows(answered.questionnaire, answered.answers)})
    parsed = definition.parse(assignment.questionnaire.resource)
    form = AnswerForm(request.POST or None, parsed=parsed, initial={"key": uuid.uuid4()})
    if request.method == "POST" and form.is_valid():
        try:
            stored, _created = services.answers_save(
                owner=request.user, assignment=assignment, raw=form.answers(),
                key=form.cleaned_data["key"])
        except definition.Invalid:
            pass  # on the form, beside its question
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            flag_crisis_if_needed(request, *services.answer_texts(stored))
            messages.success(request, _("Your answers are saved."))
            if request.headers.get("X-Requested-With") == "fetch":
                # fill.js sent it: it goes on to the answers itself (and shows this message).
                return JsonResponse({"next": reverse("questionnaires:fill", args=[assignment.pk])})
            return redirect("questionnaires:fill", pk=assignment.pk)
    return render(request, "questionnaires/fill.html", {
        "assignment": assignment, "form": form, "title": parsed.title,
        # For fill.js: the answers by linkId, for the offline queue and the API.
        "link_ids": {name: link_id for link_id, name in form.names.items()},
        "user_key": cache_key_for(request.user)},
        status=422 if form.errors else 200)
