from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from charioteer.forms import PersonForm
from people import selectors
from people.charts import balance_chart
from people.forms import EscalationForm, ReciprocityForm, TrustOutcomeForm, TrustPlanForm
from people.models import Escalation, Person, ReciprocityEntry, TrustExperiment
from rides.models import Ride
from safety.alerts import flag_violence
from wagenmenner.access import get_owned_or_404, owned
from wagenmenner.owned_views import OwnedCreateView, OwnedDeleteView, OwnedUpdateView, safe_next

person_create = OwnedCreateView.as_view(model=Person, form_class=PersonForm,
                                        title=gettext_lazy("Someone who matters"),
                                        success_url_name="people:list")
person_edit = OwnedUpdateView.as_view(model=Person, form_class=PersonForm,
                                      title=gettext_lazy("Edit person"),
                                      success_url_name="people:list",
                                      delete_url_name="people:delete")
person_delete = OwnedDeleteView.as_view(model=Person, success_url_name="people:list",
                                        template_name="people/person_confirm_delete.html")


@login_required
def escalations(request):
    rows = owned(Escalation, request.user).select_related("person", "ride")
    page = Paginator(rows, 25).get_page(request.GET.get("page"))
    return render(request, "people/escalations.html", {"page": page})


class _EscalationFormMixin:
    """The generic owned views save, and bring up the crisis card when the text asks; an
    escalation with objects or physical violence brings up where to get help."""

    model = Escalation
    form_class = EscalationForm
    success_url_name = "people:escalations"
    delete_url_name = "people:escalation_delete"
    template_name = "people/escalation_form.html"

    def form_valid(self, form):
        response = super().form_valid(form)
        if self.object.turned_violent:
            flag_violence(self.request)
        return response

class EscalationCreate(_EscalationFormMixin, OwnedCreateView):
    title = gettext_lazy("Log an escalation")

    def get_initial(self):
        initial = super().get_initial()
        ride_id = self.request.GET.get("ride")
        if ride_id:
            # Only the person's own ride can be suggested; any other id answers 404.
            ride = get_owned_or_404(Ride, self.request.user, ride_id)
            initial.update(ride=ride, person=ride.person_id, highest_alarm=ride.level)
        return initial


class EscalationUpdate(_EscalationFormMixin, OwnedUpdateView):
    title = gettext_lazy("Edit escalation")


escalation_create = EscalationCreate.as_view()
escalation_edit = EscalationUpdate.as_view()
escalation_delete = OwnedDeleteView.as_view(model=Escalation,
                                            success_url_name="people:escalations")


# --------------------------------------------------------------------------
# The people who matter, and a person's own page
# --------------------------------------------------------------------------

BALANCE_SENTENCES = {
    "none": gettext_lazy("Nothing was given or received between you and %(name)s in the last "
                         "%(weeks)s weeks, as far as the ledger knows."),
    "even": gettext_lazy("Over the last %(weeks)s weeks, giving and receiving between you and "
                         "%(name)s were about in balance."),
    "more_given": gettext_lazy("Over the last %(weeks)s weeks you gave somewhat more to "
                               "%(name)s than you received."),
    "much_more_given": gettext_lazy("Over the last %(weeks)s weeks you gave a lot more to "
                                    "%(name)s than you received."),
    "more_received": gettext_lazy("Over the last %(weeks)s weeks you received somewhat more "
                                  "from %(name)s than you gave."),
    "much_more_received": gettext_lazy("Over the last %(weeks)s weeks you received a lot more "
                                       "from %(name)s than you gave."),
}


def balance_sentence(kind: str, name: str, weeks: int = selectors.SENTENCE_WEEKS) -> str:
    return BALANCE_SENTENCES[kind] % {"name": name, "weeks": weeks}


@login_required
def people_list(request):
    rows = selectors.people_with_recent_totals(request.user, timezone.localdate())
    return render(request, "people/people.html", {
        "rows": [(p, sums, balance_sentence(kind, p.name)) for p, sums, kind in rows],
        "weeks": selectors.SENTENCE_WEEKS,
    })


def _chart_weeks(request) -> int:
    try:
        weeks = int(request.GET.get("weeks", ""))
    except ValueError:
        return selectors.DEFAULT_CHART_WEEKS
    return weeks if weeks in selectors.CHART_WEEKS else selectors.DEFAULT_CHART_WEEKS


@login_required
def person_detail(request, pk):
    person = get_owned_or_404(Person, request.user, pk, Person.objects.select_related("goal"))
    data = selectors.person_ledger(person, request.user.zone, timezone.localdate(),
                                   _chart_weeks(request))
    chart = balance_chart(
        key="balance", title=_("Balance over time"),
        desc=_("Given minus received, by weight, added up week by week: above the zero line "
               "you gave more, below it you received more."),
        weeks=data["weeks"], legend=[])
    return render(request, "people/person.html", {
        "person": person, **data, "chart": chart,
        "sentence": balance_sentence(data["kind"], person.name),
        "chart_choices": selectors.CHART_WEEKS,
        "experiments": person.trust_experiments.all()[:5],
        "escalation_count": person.escalations.count(),
    })


@login_required
def reciprocity_list(request, pk):
    person = get_owned_or_404(Person, request.user, pk)
    page = Paginator(person.reciprocity_entries.all(), 50).get_page(request.GET.get("page"))
    return render(request, "people/ledger.html", {"person": person, "page": page})


class _LedgerFormMixin:
    model = ReciprocityEntry
    form_class = ReciprocityForm
    template_name = "people/ledger_form.html"
    delete_url_name = "people:reciprocity_delete"

    def get_success_url(self):
        return safe_next(self.request, reverse("people:detail", args=[self.person.pk]))

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["person"] = self.person
        return kwargs

    def get_context_data(self, **kwargs):
        return super().get_context_data(person=self.person, **kwargs)


class ReciprocityCreate(_LedgerFormMixin, OwnedCreateView):
    title = gettext_lazy("Add to the ledger")

    def dispatch(self, request, *args, **kwargs):
        self.person = get_owned_or_404(Person, request.user, kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)


class ReciprocityUpdate(_LedgerFormMixin, OwnedUpdateView):
    title = gettext_lazy("Edit ledger entry")

    def get_object(self, queryset=None):
        entry = super().get_object(queryset)
        self.person = entry.person
        return entry


class ReciprocityDelete(OwnedDeleteView):
    model = ReciprocityEntry

    def get_success_url(self):
        return reverse("people:detail", args=[self.object.person_id])


reciprocity_create = ReciprocityCreate.as_view()
reciprocity_edit = ReciprocityUpdate.as_view()
reciprocity_delete = ReciprocityDelete.as_view()


# --------------------------------------------------------------------------
# Trust experiments
# --------------------------------------------------------------------------


@login_required
def trust_list(request):
    experiments = owned(TrustExperiment, request.user).select_related("person")
    page = Paginator(experiments, 25).get_page(request.GET.get("page"))
    return render(request, "people/trust_list.html", {
        "page": page, "summary": selectors.trust_summary(experiments),
        "has_people": owned(Person, request.user).exists()})


class TrustCreate(OwnedCreateView):
    model = TrustExperiment
    form_class = TrustPlanForm
    title = gettext_lazy("Plan a trust experiment")
    success_url_name = "people:trust"
    template_name = "people/trust_form.html"

    def get_initial(self):
        initial = super().get_initial()
        person_id = self.request.GET.get("person")
        if person_id:
            initial["person"] = get_owned_or_404(Person, self.request.user, person_id)
        return initial


class TrustUpdate(OwnedUpdateView):
    model = TrustExperiment
    form_class = TrustPlanForm
    title = gettext_lazy("Edit trust experiment")
    success_url_name = "people:trust"
    delete_url_name = "people:trust_delete"
    template_name = "people/trust_form.html"


class TrustOutcome(OwnedUpdateView):
    model = TrustExperiment
    form_class = TrustOutcomeForm
    title = gettext_lazy("How did it go?")
    success_url_name = "people:trust"
    template_name = "people/trust_outcome.html"

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs.pop("owner")  # the outcome form changes no choice of related objects
        return kwargs


trust_create = TrustCreate.as_view()
trust_edit = TrustUpdate.as_view()
trust_outcome = TrustOutcome.as_view()
trust_delete = OwnedDeleteView.as_view(model=TrustExperiment, success_url_name="people:trust")
