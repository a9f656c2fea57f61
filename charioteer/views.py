from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from charioteer import forms, services
from charioteer.models import Echo, Goal, Horse, LifeRule, Side
from charioteer.suggestions import HORSE_DEFAULTS, RULE_TEMPLATES, SIDE_TEMPLATES
from people.models import Person
from safety.alerts import flag_crisis_if_needed
from safety.forms import SafetyPlanForm
from safety.plan import FIELDS as SAFETY_PLAN_FIELDS
from safety.services import safety_plan_for, safety_plan_save
from timeouts.forms import TimeoutProtocolForm
from timeouts.models import TimeoutProtocol
from timeouts.selectors import protocol_for
from wagenmenner.access import get_owned_or_404, owned
from wagenmenner.owned_views import OwnedCreateView, OwnedDeleteView, OwnedUpdateView
from warningplan.forms import WarningPlanForm
from warningplan.selectors import warning_plan_for
from warningplan.services import warning_plan_save

STEP_TITLES = {
    "acknowledge": gettext_lazy("Acknowledge"),
    "horses": gettext_lazy("Your horses"),
    "goals": gettext_lazy("Goals"),
    "rules": gettext_lazy("Life rules"),
    "sides": gettext_lazy("Sides of myself"),
    "people": gettext_lazy("People who matter"),
    "warning_plan": gettext_lazy("Warning plan"),
    "timeout": gettext_lazy("Time-out"),
    "safety_plan": gettext_lazy("Safety plan"),
}


def _collections(user):
    return {
        "horses": owned(Horse, user),
        "goals": owned(Goal, user),
        "rules": owned(LifeRule, user).select_related("goal", "horse", "person", "echo"),
        "sides": owned(Side, user),
        "people": owned(Person, user).select_related("goal"),
        "echoes": owned(Echo, user),
    }


@login_required
def overview(request):
    return render(request, "charioteer/overview.html", _collections(request.user))


@login_required
def setup(request):
    user = request.user
    steps = [{"key": k, "title": STEP_TITLES[k], "state": user.setup_state.get(k, "")}
             for k in services.SETUP_STEPS]
    return render(request, "charioteer/setup.html",
                  {"steps": steps, "next_step": services.setup_next_step(user),
                   "started": any(s["state"] for s in steps)})


@login_required
def setup_step(request, step):
    if step not in services.SETUP_STEPS:
        raise Http404
    user = request.user
    index = services.SETUP_STEPS.index(step)
    ack_form = forms.AcknowledgeForm(
        request.POST if step == "acknowledge" and request.method == "POST" else None,
        initial={"acknowledgement": user.acknowledgement})
    action = request.POST.get("action") if request.method == "POST" else None
    plan_form = None
    if step in PLAN_STEPS:
        # Steps 7 and 8 write the warning plan, the time-out agreement and the safety plan
        # on the step itself: "Save and continue" is one tap.
        plan_form, save = PLAN_STEPS[step](user, request.POST if action == "done" else None)
        if action == "done":
            if not plan_form.is_valid():
                return render(request, "charioteer/setup_step.html",
                              _step_context(request, step, index, ack_form, plan_form))
            save()
            if step == "timeout":
                flag_crisis_if_needed(request, plan_form.cleaned_data["signal_word"],
                                      plan_form.cleaned_data["where"])
    if request.method == "POST":
        if step == "acknowledge" and action == "done":
            if not ack_form.is_valid():
                return render(request, "charioteer/setup_step.html",
                              _step_context(request, step, index, ack_form))
            with transaction.atomic():
                user.acknowledgement = ack_form.cleaned_data["acknowledgement"]
                user.save(update_fields=["acknowledgement"])
            flag_crisis_if_needed(request, user.acknowledgement)
        if action in ("done", "skipped"):
            services.setup_mark(user=user, step=step, state=action)
            nxt = services.setup_next_step(user)
            if index + 1 < len(services.SETUP_STEPS) and (nxt or action == "done"):
                return redirect("charioteer:setup_step", step=services.SETUP_STEPS[index + 1])
            messages.success(request, _("Your charioteer is set up. You can change everything "
                                        "later under \"My charioteer\"."))
            return redirect("home")
    return render(request, "charioteer/setup_step.html",
                  _step_context(request, step, index, ack_form, plan_form))


def _warning_plan_step(user, data):
    form = WarningPlanForm(data, rows=warning_plan_for(user).rows)
    return form, lambda: warning_plan_save(user=user, phases=form.as_phases())


def _timeout_step(user, data):
    form = TimeoutProtocolForm(data, owner=user, instance=protocol_for(user)
                               or TimeoutProtocol(owner=user))

    def save():
        with transaction.atomic():
            form.save()
    return form, save


def _safety_plan_step(user, data):
    found = safety_plan_for(user)
    form = SafetyPlanForm(data, initial={f: getattr(found, f) for f in SAFETY_PLAN_FIELDS}
                          if found else None)
    # No crisis check on this save, by design: see safety.models.SafetyPlan.
    return form, lambda: safety_plan_save(user=user, parts=form.cleaned_data)


PLAN_STEPS = {"warning_plan": _warning_plan_step, "timeout": _timeout_step,
              "safety_plan": _safety_plan_step}


def _step_context(request, step, index, ack_form, plan_form=None):
    ctx = _collections(request.user)
    ctx.update({
        "step": step,
        "step_title": STEP_TITLES[step],
        "index": index + 1,
        "total": len(services.SETUP_STEPS),
        "progress": ["done" if n < index else "current" if n == index else ""
                     for n in range(len(services.SETUP_STEPS))],
        "plan_form": plan_form,
        "ack_form": ack_form,
        "here": reverse("charioteer:setup_step", args=[step]),
        "rule_templates": RULE_TEMPLATES,
        "side_templates": SIDE_TEMPLATES,
        "horse_defaults": HORSE_DEFAULTS,
        "prev_step": services.SETUP_STEPS[index - 1] if index else None,
    })
    if step == "goals":
        ctx["form"] = forms.GoalForm(owner=request.user)
    elif step == "rules":
        ctx["form"] = forms.LifeRuleForm(owner=request.user)
    elif step == "sides":
        ctx["form"] = forms.SideForm(owner=request.user)
    elif step == "people":
        ctx["form"] = forms.PersonForm(owner=request.user)
    return ctx


@login_required
@require_POST
def rule_from_template(request):
    key = request.POST.get("template")
    if key not in {t.key for t in RULE_TEMPLATES}:
        raise Http404
    rule = services.rule_from_template(user=request.user, key=key)
    messages.success(request, _("Rule added. Make it your own: change the wording where you like."))
    nxt = request.POST.get("next")
    if nxt == "setup":
        return redirect("charioteer:setup_step", step="rules")
    return redirect("charioteer:rule_edit", pk=rule.pk)


@login_required
@require_POST
def side_from_template(request):
    template = next((t for t in SIDE_TEMPLATES if t.key == request.POST.get("template")), None)
    if template is None:
        raise Http404
    side = Side(owner=request.user, name=str(template.name), good_for=str(template.good_for),
                when_to_deploy=str(template.when_to_deploy),
                when_harmful=str(template.when_harmful))
    side.full_clean()
    with transaction.atomic():
        side.save()
    messages.success(request, _("Side added. Make it your own: change the wording where you like."))
    if request.POST.get("next") == "setup":
        return redirect("charioteer:setup_step", step="sides")
    return redirect("charioteer:side_edit", pk=side.pk)


@login_required
def acknowledge_edit(request):
    form = forms.AcknowledgeForm(request.POST or None,
                                 initial={"acknowledgement": request.user.acknowledgement})
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            request.user.acknowledgement = form.cleaned_data["acknowledgement"]
            request.user.save(update_fields=["acknowledgement"])
        flag_crisis_if_needed(request, request.user.acknowledgement)
        messages.success(request, _("Saved."))
        return redirect("charioteer:overview")
    return render(request, "object_form.html", {"form": form, "title": _("Acknowledge"),
                                                "cancel_url": reverse("charioteer:overview")})


@login_required
@require_POST
def echo_delete(request, pk):
    echo = get_owned_or_404(Echo, request.user, pk)
    if echo.key:  # the defaults belong to the method; only own echoes can go
        raise Http404
    with transaction.atomic():
        echo.delete()
    return redirect("charioteer:overview")


def _crud(model, form_class, title_new, title_edit, name):
    delete_name = f"charioteer:{name}_delete"
    create = OwnedCreateView.as_view(model=model, form_class=form_class, title=title_new)
    update = OwnedUpdateView.as_view(model=model, form_class=form_class, title=title_edit,
                                     delete_url_name=delete_name)
    delete = OwnedDeleteView.as_view(model=model)
    return create, update, delete


goal_create, goal_edit, goal_delete = _crud(
    Goal, forms.GoalForm, gettext_lazy("New goal"), gettext_lazy("Edit goal"), "goal")
rule_create, rule_edit, rule_delete = _crud(
    LifeRule, forms.LifeRuleForm, gettext_lazy("New life rule"), gettext_lazy("Edit life rule"),
    "rule")
side_create, side_edit, side_delete = _crud(
    Side, forms.SideForm, gettext_lazy("New side of myself"), gettext_lazy("Edit side"), "side")
echo_create = OwnedCreateView.as_view(model=Echo, form_class=forms.EchoForm,
                                      title=gettext_lazy("New echo"))
horse_edit = OwnedUpdateView.as_view(model=Horse, form_class=forms.HorseForm,
                                     title=gettext_lazy("Edit horse"))
