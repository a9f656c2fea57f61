"""The FHIR export as a page: the person's own (choose a period, download the file) and a
clinician's of a client."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from exchange import selectors
from exchange.api import bundle_response
from exchange.forms import ExportForm
from insights.forms import PeriodForm
from insights.periods import default_period, local_today


@login_required
@require_GET
def export(request):
    start, end = default_period(local_today(request.user))
    form = ExportForm(request.GET or None, initial={"start": start, "end": end})
    if not request.GET:
        return render(request, "exchange/export.html", {"form": form})
    if not form.is_valid():
        return render(request, "exchange/export.html", {"form": form}, status=422)
    data = form.cleaned_data
    bundle = selectors.fhir_bundle(request.user, data["start"], data["end"],
                                   selectors.own_scope(audit=data["audit"]))
    return bundle_response(selectors.as_json(bundle),
                           selectors.bundle_filename(request.user, data["start"], data["end"]))


@login_required
@require_GET
def client_export(request, link_id):
    """A clinician downloads a client's bundle from the client's page: within consent,
    logged as an export (the caseload route's twin)."""
    from django.contrib import messages
    from django.shortcuts import redirect

    from exchange.api import client_bundle_response
    from therapist.clients import client_link_or_404, client_period
    from therapist.selectors import last_session_of

    link = client_link_or_404(request, link_id)
    if not request.GET:
        start, end = client_period(link, None, last_session_of(link))
        return client_bundle_response(request, link, start.isoformat(), end.isoformat())
    form = PeriodForm(request.GET, prefix="fhir")
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("therapist:client", link_id=link.pk)
    data = form.cleaned_data
    return client_bundle_response(request, link, data["start"].isoformat(),
                                  data["end"].isoformat())
