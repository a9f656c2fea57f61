"""The person's own FHIR export as a page: choose a period, download the file."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from exchange import selectors
from exchange.api import bundle_response
from exchange.forms import ExportForm
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
