from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext_lazy

from charioteer.forms import PersonForm
from people.forms import EscalationForm
from people.models import Escalation, Person
from rides.models import Ride
from safety.alerts import flag_violence
from wagenmenner.access import get_owned_or_404, owned
from wagenmenner.owned_views import OwnedCreateView, OwnedDeleteView, OwnedUpdateView

person_create = OwnedCreateView.as_view(model=Person, form_class=PersonForm,
                                        title=gettext_lazy("Someone who matters"))
person_edit = OwnedUpdateView.as_view(model=Person, form_class=PersonForm,
                                      title=gettext_lazy("Edit person"),
                                      delete_url_name="people:delete")
person_delete = OwnedDeleteView.as_view(model=Person)


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
