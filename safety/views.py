from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control

from safety import services
from safety.forms import SafetyPlanForm
from safety.plan import FIELDS


# Server-rendered, so it works logged out and without JS. Private: for a logged-in person
# the page holds their own safety plan (and PrivateCacheMiddleware then sends no-store);
# a logged-out copy may stay in the browser's cache, never in a shared proxy.
@cache_control(max_age=3600, private=True)
def crisis(request):
    plan = services.safety_plan_for(request.user)
    # A plan deleted in the last 30 days: in a crisis, say that it can be put back, rather
    # than "you have no plan yet".
    deleted = services.deleted_safety_plan(request.user, plan) \
        if request.user.is_authenticated else None
    return render(request, "safety/crisis.html", {"plan": plan, "deleted_plan": deleted})


@login_required
def plan(request):
    """The plan to read, in a crisis too; ``?print=1`` gives a clean page for paper."""
    found = services.safety_plan_for(request.user)
    if request.GET.get("print"):
        return render(request, "safety/plan_print.html",
                      {"plan": found, "back_url": reverse("safety:plan")})
    return render(request, "safety/plan.html", {
        "plan": found,
        "latest_version": services.safety_plan_versions(request.user).first()})


@login_required
def plan_history(request):
    return render(request, "safety/plan_history.html", {
        "versions": services.safety_plan_versions(request.user),
        "plan": services.safety_plan_for(request.user)})


@login_required
def plan_version(request, pk):
    """One earlier version to read, and to put back (POST)."""
    version = services.safety_plan_version(request.user, pk)
    if request.method == "POST":
        services.safety_plan_restore(user=request.user, version=version)
        messages.success(request, _("This version is your safety plan again. The plan it "
                                    "replaced is kept among the earlier versions."))
        return redirect("safety:plan")
    return render(request, "safety/plan_version.html", {"version": version})


@login_required
def plan_edit(request):
    found = services.safety_plan_for(request.user)
    initial = {field: getattr(found, field) for field in FIELDS} if found else None
    form = SafetyPlanForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        # No crisis check on this save, by design: see safety.models.SafetyPlan.
        services.safety_plan_save(user=request.user, parts=form.cleaned_data)
        messages.success(request, _("Your safety plan is saved."))
        return redirect("safety:plan")
    return render(request, "safety/plan_edit.html", {"form": form, "plan": found})
