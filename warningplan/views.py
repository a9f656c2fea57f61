from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagenmenner.owned_views import safe_next
from warningplan import selectors, services
from warningplan.forms import WarningPlanForm


@login_required
def plan(request):
    """The plan to read, also offline; ``?print=1`` gives a clean page for paper."""
    found = selectors.warning_plan_for(request.user)
    template = "warningplan/plan_print.html" if request.GET.get("print") else "warningplan/plan.html"
    return render(request, template, {"plan": found.saved, "rows": found.rows,
                                      "back_url": reverse("warningplan:plan")})


@login_required
def plan_edit(request):
    found = selectors.warning_plan_for(request.user)
    form = WarningPlanForm(request.POST or None, rows=found.rows)
    if request.method == "POST" and form.is_valid():
        # No crisis check on this save, by design: see warningplan.models.WarningPlan.
        try:
            services.warning_plan_save(user=request.user, phases=form.as_phases())
        except ValidationError as exc:  # a race with another tab; the form checked the same
            form.add_error(None, exc)
        else:
            messages.success(request, _("Your warning plan is saved."))
            return redirect(safe_next(request, reverse("warningplan:plan")))
    return render(request, "warningplan/plan_edit.html",
                  {"form": form, "plan": found.saved, "next": safe_next(request, "")})


@login_required
@require_POST
def dismiss(request):
    services.warning_plan_dismiss(user=request.user)
    messages.success(request, _("All right. The suggestion comes back with your next "
                                "check-in, if it fits then."))
    return redirect(safe_next(request, reverse("home")))
