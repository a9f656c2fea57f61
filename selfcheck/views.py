from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy

from safety.alerts import flag_crisis_if_needed, flag_violence
from selfcheck import display, items, scoring, services
from selfcheck.forms import SelfCheckForm
from selfcheck.models import SelfCheckResult
from wagenmenner.access import get_owned_or_404, owned
from wagenmenner.owned_views import OwnedDeleteView

HISTORY_LENGTH = 20


def _texts(lang):
    return {"check_title": items.TITLE[lang], "instruction": items.INSTRUCTION[lang],
            "disclaimer": items.DISCLAIMER[lang]}


@login_required
def take(request):
    lang = display.language()
    form = SelfCheckForm(request.POST or None, language=lang)
    if request.method == "POST" and form.is_valid():
        try:
            result = services.selfcheck_record(user=request.user, answers=form.answers(),
                                               remarks=form.cleaned_data["remarks"])
        except ValidationError as exc:
            for message in exc.messages:
                form.add_error(None, message)
        else:
            # After the save, never instead of it: the card comes up on the result page.
            flag_crisis_if_needed(request, result.remarks)
            if scoring.violence_signalled(result.answers, result.scores):
                flag_violence(request)
            return redirect("selfcheck:result", pk=result.pk)
    history = owned(SelfCheckResult, request.user)[:HISTORY_LENGTH]
    from questionnaires.selectors import assigned_to

    return render(request, "selfcheck/take.html", {
        # The clinic's questionnaires (METHOD 4.8) are found here, beside the self-check.
        "questionnaires_open": assigned_to(request.user).filter(answers__isnull=True).count(),
        "form": form, "scale": [labels[lang] for _, labels in items.SCALE],
        "history": history, **_texts(lang)})


@login_required
def result(request, pk):
    lang = display.language()
    found = get_owned_or_404(SelfCheckResult, request.user, pk)
    previous = services.selfcheck_previous(found)
    history = list(owned(SelfCheckResult, request.user)[:HISTORY_LENGTH])
    return render(request, "selfcheck/result.html", {
        "result": found, "previous": previous,
        "rows": display.chart_rows(found.scores, previous.scores if previous else None, lang),
        "chart": {"width": display.CHART_WIDTH, "height": display.chart_height(),
                  "bar_width": display.BAR_WIDTH, "bar_height": display.BAR_HEIGHT},
        "start_here": display.start_here(found.scores, lang),
        "dimensions": [d.title[lang] for d in items.DIMENSIONS],
        "history": display.history_rows(history),
        "outdated": found.version != items.VERSION,
        "scoring": items.SCORING[lang],
        **_texts(lang)})


class ResultDeleteView(OwnedDeleteView):
    model = SelfCheckResult
    success_url_name = "selfcheck:take"
    title = gettext_lazy("Delete this self-check")
