import csv
from collections.abc import Callable
from datetime import timedelta
from typing import NamedTuple
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from charioteer.models import Goal, LifeRule, Side
from checkins.models import Pursuit, PursuitRating
from insights import charts, forms, selectors, services
from insights.metrics import FIELDS, STORED_FIELDS, SUMMARY_KEYS, iso_week_label
from insights.models import WeeklyReview
from insights.periods import (
    last_weeks,
    local_today,
    monday_of,
    page_default_period,
    parse_week,
    user_zone,
)
from insights.presentation import (
    FIELD_LABELS,
    HOME_WEEKS,
    alarm_load_context,
    flips_context,
    home_card,
    levels_context,
    period_choices,
    rides_context,
    rules_context,
)
from people.selectors import insights_context as people_insights_context
from safety.alerts import flag_crisis_if_needed
from wagenmenner.access import get_owned_or_404
from wagenmenner.owned_views import OwnedDeleteView, OwnedUpdateView
from wagenmenner.paths import path as path_of
from warningplan.selectors import insights_context as phases_insights_context

REVIEW_TARGETS = {WeeklyReview.Kind.RULE: LifeRule, WeeklyReview.Kind.GOAL: Goal,
                  WeeklyReview.Kind.SIDE: Side}


class Page(NamedTuple):
    """An insights page: its URL name, its name in the pages' navigation (and title), its
    template, the selector of its part of the report, and that part's context
    ``context(user, report, start, end)``."""

    name: str
    label: str
    template: str
    of_period: Callable
    context: Callable


# The headline (peaks and valleys) and each other part one tap away. Each page computes
# only what it shows.
PAGES = (
    Page("insights:overview", gettext_lazy("Peaks and valleys"), "insights/overview.html",
         selectors.levels_of_period, lambda user, report, start, end:
         levels_context(report, start, end)),
    Page("insights:alarm_load", gettext_lazy("Alarm load and phases"),
         "insights/alarm_load.html", selectors.alarm_load_of_period,
         lambda user, report, start, end: {**alarm_load_context(report),
                                           **phases_insights_context(report, start, end)}),
    Page("insights:flips", gettext_lazy("Flips"), "insights/flips.html",
         selectors.flips_of_period, lambda user, report, start, end: flips_context(report)),
    Page("insights:rides", gettext_lazy("Rides and escalations"), "insights/rides.html",
         selectors.rides_of_period, lambda user, report, start, end: rides_context(report)),
    Page("insights:rules", gettext_lazy("Rules"), "insights/rules.html",
         selectors.rules_of_period, lambda user, report, start, end: rules_context(report)),
    Page("insights:people", gettext_lazy("People and time-outs"), "insights/people.html",
         selectors.people_of_period, lambda user, report, start, end:
         {"report": report, **people_insights_context(user, report)}),
)


@login_required
def insights_page(request, number: int):
    """The insights page ``PAGES[number]`` (its URL passes the number): the period (the
    chosen one, or the default), the pages' navigation keeping a chosen period, and the
    part this page shows."""
    page = PAGES[number]
    user = request.user
    today = local_today(user)
    first_day = selectors.history_start(user)
    start, end = page_default_period(today, first_day)
    chosen = ""
    if "start" in request.GET or "end" in request.GET:
        form = forms.PeriodForm(request.GET)
        if form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
            chosen = "?" + urlencode({"start": start.isoformat(), "end": end.isoformat()})
    else:
        form = forms.PeriodForm(initial={"start": start, "end": end})
    context = page.context(user, page.of_period(user, start, end), start, end)
    query = urlencode({"start": start.isoformat(), "end": end.isoformat()})
    context.update({
        "form": form, "start": start, "end": end, "page_label": page.label,
        "pages": [(other.label, path_of(other.name) + chosen, other is page)
                  for other in PAGES],
        "periods": period_choices(today, first_day, (start, end)),
        "insights_json_url": f"{path_of('api:insights')}?{query}",
        "weeks_csv_url": f"{path_of('insights:weeks_csv')}?{query}"})
    return render(request, page.template, context)


def home_card_context(user) -> dict:
    """The home page's card: alarm's peaks and valleys of the last 8 weeks, in a sentence
    and a small chart."""
    start, end = last_weeks(local_today(user), HOME_WEEKS)
    report = selectors.weeks_report(user, start, end, fields=("alarm",))
    return {"insights_home": home_card(report, start, end)}


@login_required
def weeks_csv(request):
    """Every week of a period with its peaks and valleys, one row per ISO week: what the
    page's data tables leave out of a long period. The figures are the JSON API's."""
    form = forms.PeriodForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(" ".join(e for errors in form.errors.values()
                                               for e in errors), content_type="text/plain")
    start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    weeks = selectors.levels_of_period(request.user, start, end)["weeks"]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="wagenmenner-weeks-{start.isoformat()}-{end.isoformat()}.csv"')
    writer = csv.writer(response)
    # The dark-thoughts columns only where the person answered that row in the period.
    fields = [f for f in STORED_FIELDS if f in weeks[0]] if weeks else FIELDS
    writer.writerow(["week", "start", *(f"{f}_{k}" for f in fields for k in SUMMARY_KEYS)])
    for week in weeks:
        # Week labels, dates and numbers only: nothing a spreadsheet could run as a formula.
        writer.writerow([week["week"], week["start"],
                         *("" if week[f][k] is None else week[f][k]
                           for f in fields for k in SUMMARY_KEYS)])
    return response


def _parse_adjust(user, value: str):
    """``rule-12``, ``goal-3``, ``side-5`` or ``new_rule`` → (kind, object or None).
    Someone else's id answers 404, like everywhere."""
    if value == WeeklyReview.Kind.NEW_RULE:
        return WeeklyReview.Kind.NEW_RULE, None
    kind, _sep, pk = value.partition("-")
    if kind not in REVIEW_TARGETS or not pk.isdigit():
        raise Http404
    return WeeklyReview.Kind(kind), get_owned_or_404(REVIEW_TARGETS[kind], user, pk)


@login_required
def weekly_review(request):
    user = request.user
    today = local_today(user)
    monday = parse_week(request.POST.get("week") or request.GET.get("week"), today)
    label = iso_week_label(monday)
    adjust = request.POST.get("adjust") or request.GET.get("adjust") or ""
    form = kind = target = None
    if adjust:
        kind, target = _parse_adjust(user, adjust)
        form = forms.AdjustmentForm(request.POST if request.method == "POST" else None,
                                    kind=kind, owner=user, target=target)
    if request.method == "POST":
        if form is None:
            raise Http404
        if form.is_valid():
            try:
                services.weekly_review_save(
                    user=user, week=label, kind=kind, target_id=target.pk if target else None,
                    changes=form.changes(), reason=form.cleaned_data["reason"],
                    goal=form.cleaned_data.get("goal"))
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                flag_crisis_if_needed(request, form.cleaned_data["reason"],
                                      *form.changes().values())
                messages.success(request, _("Your adjustment is saved. Try it this week, and "
                                            "look at what it does at the next review."))
                return redirect(f"{reverse('insights:week')}?week={label}")
    # The week's figures only when the page is shown: a saved adjustment just redirects.
    data = selectors.weekly_review_data(user, monday)
    report = data["report"]
    return render(request, "insights/week.html", {
        **data,
        "fields": [{"field": f, "label": FIELD_LABELS[f], **compare}
                   for f, compare in data["compare"].items()],
        "rides_week": report["rides"],
        "rules_week": report["rules"],
        "reviews_week": list(selectors.weekly_reviews(user, label)),
        "past_reviews": list(selectors.weekly_reviews(user).exclude(week=label)[:20]),
        "targets": forms.adjustable_targets(user),
        "kinds": WeeklyReview.Kind,
        "form": form,
        "adjust": adjust,
        "target": target,
        "kind": kind,
        "again": request.GET.get("again") == "1",
        "previous_week": iso_week_label(monday - timedelta(weeks=1)),
        "next_week": (iso_week_label(monday + timedelta(weeks=1))
                      if monday < monday_of(today) else None),
    })


# --------------------------------------------------------------------------
# Pursuits
# --------------------------------------------------------------------------


@login_required
def pursuits(request):
    return render(request, "insights/pursuits.html",
                  {"rows": selectors.pursuits_overview(request.user)})


@login_required
def pursuit_create(request):
    form = forms.PursuitCreateForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        pursuit = services.pursuit_create(user=request.user, name=form.cleaned_data["name"],
                                          kind=form.cleaned_data["kind"],
                                          intensity=form.cleaned_data.get("intensity"))
        flag_crisis_if_needed(request, pursuit.name)
        messages.success(request, _("Saved."))
        return redirect("insights:pursuit_detail", pk=pursuit.pk)
    return render(request, "object_form.html", {
        "form": form, "title": _("Something you go for"),
        "cancel_url": reverse("insights:pursuits")})


def _pursuit(request, pk):
    return get_owned_or_404(Pursuit, request.user, pk)


@login_required
def pursuit_detail(request, pk):
    pursuit = _pursuit(request, pk)
    history = selectors.pursuit_history(request.user, pursuit)
    zone = user_zone(request.user)
    ratings = history["ratings"]
    rating_rows = list(PursuitRating.objects.filter(pursuit=pursuit).order_by("-rated_at", "-id"))
    return render(request, "insights/pursuit_detail.html", {
        "pursuit": pursuit,
        "history": history,
        "rating_rows": rating_rows,
        "levels": range(11),
        "chart": charts.ratings_chart(
            key="ratings", ratings=ratings, zone=zone,
            title=_("Intensity of %(name)s over time") % {"name": pursuit.name},
            desc=_("%(n)s ratings on the 0–10 scale; the upper dashed line marks 8 (drive), "
                   "the lower 3 (boredom).") % {"n": len(ratings)}),
    })


@login_required
@require_POST
def pursuit_rate(request, pk):
    pursuit = _pursuit(request, pk)
    form = forms.RatingForm(request.POST)
    if form.is_valid():
        services.pursuit_rate(pursuit=pursuit, intensity=form.cleaned_data["intensity"])
        messages.success(request, _("Rated: %(n)s.") % {"n": form.cleaned_data["intensity"]})
    else:
        messages.error(request, form.errors["intensity"][0])
    return redirect("insights:pursuit_detail", pk=pursuit.pk)


@login_required
@require_POST
def rating_delete(request, pk, rating_pk):
    pursuit = _pursuit(request, pk)
    # The pursuit is the owned object; a rating is found only within it.
    rating = PursuitRating.objects.filter(pursuit=pursuit, pk=rating_pk).first()
    if rating is None:
        raise Http404
    with transaction.atomic():
        rating.delete()
    messages.success(request, _("Deleted."))
    return redirect("insights:pursuit_detail", pk=pursuit.pk)


class _PursuitEdit(OwnedUpdateView):
    def get_success_url(self):
        return reverse("insights:pursuit_detail", args=[self.object.pk])


pursuit_edit = _PursuitEdit.as_view(model=Pursuit, form_class=forms.PursuitEditForm,
                                    title=gettext_lazy("Edit pursuit"),
                                    delete_url_name="insights:pursuit_delete")
pursuit_delete = OwnedDeleteView.as_view(model=Pursuit, success_url_name="insights:pursuits",
                                         template_name="insights/pursuit_confirm_delete.html")
