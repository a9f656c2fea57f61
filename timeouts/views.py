from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from checkins.models import CheckIn
from rides.models import Ride
from safety.alerts import flag_crisis_if_needed
from timeouts import selectors, services
from timeouts.forms import ReturnForm, TimeoutProtocolForm
from timeouts.models import TimeOut, TimeoutProtocol
from wagenmenner.access import get_owned_or_404, owned
from wagenmenner.owned_views import OwnedUpdateView


@login_required
def overview(request):
    """The time-out: running (a countdown the server's clock drives), over (check in, look
    back, the return rule), or ready to start; and the log of earlier ones."""
    user, now = request.user, timezone.now()
    context = selectors.home_context(user, now)
    over = context["timeout_over"]
    latest_checkin = None
    if over is not None:
        latest_checkin = (owned(CheckIn, user).filter(recorded_at__gte=over.end_moment(now))
                          .order_by("-recorded_at").only("alarm", "recorded_at").first())
    log = owned(TimeOut, user).select_related("started_by", "ended_by", "returned_by")
    return render(request, "timeouts/overview.html", {
        **context, "now": now, "protocol": selectors.agreement_for(user),
        "latest_checkin": latest_checkin, "return_form": ReturnForm(),
        "page": Paginator(log, 20).get_page(request.GET.get("page")),
    })


@login_required
@require_POST
def start(request):
    ride = None
    if request.POST.get("ride"):
        ride = get_owned_or_404(Ride, request.user, request.POST["ride"])
    try:
        services.timeout_start(owner=request.user, started_by=request.user, ride=ride)
    except services.TimeoutRunning as exc:
        ends = formats.time_format(timezone.localtime(exc.running.ends_at), "H:i")
        messages.info(request, services.ERROR_RUNNING % {"time": ends})
    return redirect("timeouts:overview")


@login_required
@require_POST
def end(request, pk):
    timeout = get_owned_or_404(TimeOut, request.user, pk)
    services.timeout_end(timeout=timeout, user=request.user)
    return redirect("timeouts:overview")


@login_required
@require_POST
def returned(request, pk):
    timeout = get_owned_or_404(TimeOut, request.user, pk)
    form = ReturnForm(request.POST, instance=timeout)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors["lookback"]))
        return redirect("timeouts:overview")
    services.timeout_return(timeout=timeout, user=request.user,
                            lookback=form.cleaned_data["lookback"])
    flag_crisis_if_needed(request, timeout.lookback)
    messages.success(request, _("Good that you came back to it."))
    if timeout.ride_id and not timeout.ride.committed_at:
        return redirect("rides:step", pk=timeout.ride_id, step=timeout.ride.resume_step())
    return redirect("home")


class ProtocolEdit(OwnedUpdateView):
    model = TimeoutProtocol
    form_class = TimeoutProtocolForm
    title = gettext_lazy("Time-out agreement")
    success_url_name = "timeouts:overview"
    template_name = "timeouts/protocol_form.html"

    def get_object(self, queryset=None):
        return (owned(TimeoutProtocol, self.request.user).first()
                or TimeoutProtocol(owner=self.request.user))


protocol_edit = ProtocolEdit.as_view()
