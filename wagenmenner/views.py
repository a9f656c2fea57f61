from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from charioteer.services import setup_next_step
from checkins.selectors import checkins_home_context
from insights.selectors import insights_home_context
from people.selectors import trust_open
from rides.models import Ride
from timeouts.selectors import home_context as timeout_home_context
from wagenmenner.access import owned
from warningplan.selectors import home_context as phase_home_context


@login_required
def home(request):
    user = request.user
    rides = owned(Ride, user).select_related("horse", "person")
    now = timezone.now()
    open_lookbacks = list(rides.open_lookbacks().order_by("lookback_due_at")[:5])
    due_count = sum(1 for r in open_lookbacks if r.lookback_due_at and r.lookback_due_at <= now)
    checkins = checkins_home_context(user, now)
    timeouts = timeout_home_context(user, now)
    open_experiments = list(trust_open(user, timezone.localdate())[:5])
    return render(request, "home.html", {
        "open_lookbacks": open_lookbacks,
        # What is due, in the tab's title too: where no reminder reaches the phone, a
        # pinned tab still says so.
        "attention_count": (due_count + (1 if checkins["checkin_due"] else 0)
                            + len(open_experiments) + (1 if timeouts["timeout_over"] else 0)),
        "unfinished": list(rides.unfinished().order_by("-started_at")[:3]),
        "open_experiments": open_experiments,
        "setup_next": setup_next_step(user),
        "now": now,
        **phase_home_context(user, now),
        **timeouts,
        **checkins,
        **insights_home_context(user),
    })


def privacy(request):
    return render(request, "privacy.html")


@require_GET
@cache_control(max_age=86400)
def security_txt(request):
    expires = (timezone.now() + timedelta(days=180)).strftime("%Y-%m-%dT00:00:00Z")
    body = (
        f"Contact: {settings.SECURITY_CONTACT}\n"
        f"Expires: {expires}\n"
        "Preferred-Languages: nl, en\n"
        f"Canonical: {settings.SITE_URL.rstrip('/')}/.well-known/security.txt\n"
    )
    return HttpResponse(body, content_type="text/plain; charset=utf-8")


def csrf_failure(request, reason=""):
    return render(request, "csrf_failure.html", status=403)


@require_GET
def healthz(request):
    """For load balancers and the throughput benchmark: no database, no template."""
    return HttpResponse("ok", content_type="text/plain")
