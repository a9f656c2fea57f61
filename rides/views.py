from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from charioteer.suggestions import ECHO_ARTICLES
from checkins.offline import cache_key_for
from rides import forms, selectors, services
from rides.models import Ride
from safety.alerts import flag_crisis_if_needed
from timeouts.selectors import start_context as timeout_start_context
from wagenmenner.access import get_owned_or_404, owned
from wagenmenner.forms import offer

STEP_TITLES = {
    1: gettext_lazy("Stop"),
    2: gettext_lazy("Recognise"),
    3: gettext_lazy("Acknowledge"),
    4: gettext_lazy("Goal"),
    5: gettext_lazy("Rule and deployment"),
    6: gettext_lazy("Act"),
    7: gettext_lazy("Look back"),
}
FREE_TEXT = Ride.FREE_TEXT
STEP_FORMS = {1: forms.StopForm, 2: forms.RecogniseForm, 3: forms.AcknowledgeStepForm,
              4: forms.GoalStepForm, 5: forms.RuleStepForm, 6: forms.ActForm}
# What a step reads with its ride: step 4 shows the goal with this person, step 5 matches
# the rules to the horse and the person; the other steps' forms need only the ids.
STEP_RELATED = {4: ("person__goal",), 5: ("person", "horse")}


def _ride(request, pk, related=("person", "horse", "goal")):
    rides = Ride.objects.select_related(*related) if related else Ride.objects.all()
    ride = get_owned_or_404(Ride, request.user, pk, rides)
    ride.owner = request.user  # who it is, known already: no second query for the person
    return ride


@login_required
@require_POST
def ride_start(request):
    ride = services.ride_start(user=request.user)
    return redirect("rides:step", pk=ride.pk, step=1)


@login_required
def ride_start_page(request):
    unfinished = owned(Ride, request.user).unfinished().select_related("horse", "person")[:5]
    return render(request, "rides/start.html", {"unfinished": unfinished})


def _form_for(step, request, ride, data=None):
    kwargs = {"instance": ride, "data": data}
    if step in (2, 3, 4, 5):
        kwargs["owner"] = request.user
    extra = {}
    if step == 5:
        echo_ids, kwargs["chosen"], kwargs["sides"] = selectors.rule_step_reads(ride,
                                                                                request.user)
        rules, matching = services.rules_for_ride(ride, echo_ids=echo_ids)
        kwargs["rules"] = rules
        kwargs["matching_ids"] = matching
        extra["matching_count"] = len(matching)
    if step == 6 and data is None:
        kwargs["initial"] = {"lookback_in_hours": 3}
    return STEP_FORMS[step](**kwargs), extra


@login_required
def ride_step(request, pk, step):
    if step not in STEP_FORMS:
        raise Http404
    ride = _ride(request, pk, STEP_RELATED.get(step, ()))
    if ride.is_committed:
        # Steps 1–6 are closed once an action is committed; what is left is the look-back.
        return redirect("rides:lookback", pk=ride.pk)
    if step > ride.reached_step:
        return redirect("rides:step", pk=ride.pk, step=ride.reached_step)
    if step == 3:  # the ride's echoes, read once for the form and the page
        prefetch_related_objects([ride], "echoes")
    form, extra = _form_for(step, request, ride, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        if step == 6:
            services.ride_commit(ride=ride, form=form,
                                 lookback_in_hours=form.cleaned_data["lookback_in_hours"])
            flag_crisis_if_needed(request, ride.action, ride.action_when)
            messages.success(request, _("Committed. Wagenmenner will remind you to look back."))
            return redirect("rides:detail", pk=ride.pk)
        services.ride_answer_step(
            ride=ride, step=step, form=form,
            new_echo_label=form.cleaned_data.get("new_echo", "").strip() if step == 3 else "",
            rules=form.cleaned_data.get("rules") if step == 5 else None)
        flag_crisis_if_needed(request, *(form.cleaned_data.get(f) for f in FREE_TEXT),
                              form.cleaned_data.get("new_echo"))
        if request.POST.get("pause"):
            messages.success(request, _("Saved. You can go on with this ride later."))
            return redirect("home")
        return redirect("rides:step", pk=ride.pk, step=step + 1)
    context = {"ride": ride, "form": form, "step": step, "title": STEP_TITLES[step], **extra}
    if step == 3:
        context["echo_articles"] = ECHO_ARTICLES
    if step == 1:
        context.update(timeout_start_context(request.user, timezone.now()))
    if step == 4:
        context["person_goal"] = ride.person.goal if ride.person_id and ride.person.goal_id else None
    return render(request, "rides/step.html", context)


@login_required
def ride_lookback(request, pk):
    ride = _ride(request, pk)
    ride_rules = list(ride.ride_rules.select_related("rule"))
    form = forms.LookbackForm(request.POST if request.method == "POST" else None, instance=ride,
                              ride_rules=ride_rules)
    if request.method == "POST" and form.is_valid():
        services.ride_lookback(ride=ride, form=form)
        flag_crisis_if_needed(request, *(form.cleaned_data.get(f) for f in FREE_TEXT))
        messages.success(request, _("Look-back saved. Well done for looking back."))
        return redirect("rides:detail", pk=ride.pk)
    return render(request, "rides/lookback.html", {"ride": ride, "form": form,
                                                   "title": STEP_TITLES[7], "step": 7})


@login_required
def ride_detail(request, pk):
    ride = _ride(request, pk)
    return render(request, "rides/detail.html", {
        "ride": ride,
        "echoes": ride.echoes.all(),
        "ride_rules": ride.ride_rules.select_related("rule"),
        "side_deployed": ride.side_deployed,
        "side_stabled": ride.side_stabled,
    })


@login_required
def quick_start(request):
    form = forms.QuickStartForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        ride = services.ride_start(user=request.user, mode=Ride.Mode.QUICK)
        form.instance = ride
        ride.horse = form.cleaned_data["horse"]
        ride.level = form.cleaned_data["level"]
        ride.person = form.cleaned_data["person"]
        ride.reached_step = 3
        ride.full_clean()
        ride.save()
        return redirect("rides:quick_act", pk=ride.pk)
    # Everything the reins can show, for quick.js to show it on this page, with or without
    # network (the page is kept on the phone, sw.js). Without JavaScript the form posts.
    read = selectors.reins_reads(request.user)
    horses, people, rules = read.horses, read.people, read.rules
    offer(form.fields["horse"], horses)  # read once, for the table and the form
    offer(form.fields["person"], people)
    table = services.reins_table(rules, horses, people)
    shown = {pk for entry in table.values() for pk in entry["rules"]}
    goal_ids = {entry["goal"] for entry in table.values()} - {None}
    goals = {r.goal.pk: r.goal for r in rules if r.goal_id in goal_ids}
    goals.update({p.goal.pk: p.goal for p in people if p.goal_id in goal_ids})
    return render(request, "rides/quick_start.html", {
        "form": form, "table": table, "rules": [r for r in rules if r.pk in shown],
        "goals": list(goals.values()), "user_key": cache_key_for(request.user)})


@login_required
def quick_act(request, pk):
    ride = _ride(request, pk)
    if ride.is_committed:
        return redirect("rides:quick_done", pk=ride.pk)
    reins = services.reins_for_ride(ride)
    form = forms.QuickActForm(request.POST or None, rules=reins.rules)
    if request.method == "POST" and form.is_valid():
        services.ride_quick_commit(ride=ride, rule=form.cleaned_data["rule"],
                                   action=form.cleaned_data["action"], goal=reins.goal)
        flag_crisis_if_needed(request, form.cleaned_data["action"])
        return redirect("rides:quick_done", pk=ride.pk)
    return render(request, "rides/quick_act.html", {"ride": ride, "form": form,
                                                    "reins": reins})


@login_required
def quick_done(request, pk):
    ride = _ride(request, pk)
    return render(request, "rides/quick_done.html", {"ride": ride})


@login_required
def history(request):
    filters = forms.HistoryFilterForm(request.GET or None, owner=request.user)
    rides = (owned(Ride, request.user).select_related("person", "horse")
             .prefetch_related("echoes"))
    if filters.is_valid():
        data = filters.cleaned_data
        if data["person"]:
            rides = rides.filter(person=data["person"])
        if data["horse"]:
            rides = rides.filter(horse=data["horse"])
        if data["echo"]:
            rides = rides.filter(echoes=data["echo"])
    page = Paginator(rides, 25).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "rides/history.html",
                  {"filters": filters, "page": page, "query": query.urlencode()})
