import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from charioteer.services import setup_next_step
from checkins.selectors import checkins_home_context
from insights.views import home_card_context
from people.selectors import trust_open
from rides.selectors import home_context as ride_home_context
from safety.lines import crisis_lines
from timeouts.selectors import latest_context as timeout_home_context
from wagenmenner import home_reads
from warningplan.selectors import home_context as phase_home_context

logger = logging.getLogger(__name__)

HOME_EXPERIMENTS = 5


@login_required
def home(request):
    user = request.user
    now = timezone.now()
    singles = home_reads.singles(user)
    rides = ride_home_context(user, now)
    latest = singles.latest_checkin
    checkins = checkins_home_context(user, now, latest.at if latest else None,
                                     singles.schedule)
    timeouts = timeout_home_context(singles.latest_timeout, now)
    open_experiments = trust_open(user, timezone.localdate(), HOME_EXPERIMENTS)
    return render(request, "home.html", {
        # What is due, in the tab's title too: where no reminder reaches the phone, a
        # pinned tab still says so.
        "attention_count": (rides["lookbacks_due"] + (1 if checkins["checkin_due"] else 0)
                            + len(open_experiments) + (1 if timeouts["timeout_over"] else 0)),
        "open_experiments": open_experiments,
        "setup_next": setup_next_step(user),
        "now": now,
        **phase_home_context(now, latest, singles.plan, singles.crisis_at),
        **rides,
        **timeouts,
        **checkins,
        **home_card_context(user),
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


# --- Error pages ------------------------------------------------------------------------
# In the person's language, with the crisis button, the crisis lines (footer) and a way
# home: someone who lands on an error in a bad moment must never hit a dead end.

def _error(request, status, heading, message):
    return render(request, "errors/error.html", {"heading": heading, "message": message},
                  status=status)


def bad_request(request, exception=None):
    return _error(request, 400, _("This request could not be read"),
                  _("Something in what was sent is not right, so nothing was saved. Go back "
                    "and try again."))


def permission_denied(request, exception=None):
    return _error(request, 403, _("You cannot open this page"),
                  _("This page is not open to you. If you think it should be, log in again "
                    "with your own account."))


def method_not_allowed(request, allow: str):
    """A form's address opened as a page (a bookmark, the back button, a typed /uitloggen/):
    Django's 405 has no body, which the browser shows as its own dead end."""
    response = _error(request, 405, _("This page does not open like this"),
                      _("This address belongs to a form or a button, not to a page of its "
                        "own. Go back, or start again from the start page."))
    response["Allow"] = allow
    return response


def page_not_found(request, exception=None):
    return _error(request, 404, _("This page does not exist"),
                  _("The address may be mistyped, or what was here has been deleted."))


def server_error(request):
    """Rendered with as little as possible that can fail: the full page needs the session
    and the database, so when those are what failed, a plain page with the lines is left."""
    try:
        return _error(request, 500, _("Something went wrong"),
                      _("Wagenmenner could not finish this. Nothing you saved before is lost. "
                        "Try again in a moment."))
    except Exception:  # anything: the plain page below must still be served
        logger.exception("The error page itself failed; serving the plain one")
    try:
        html = loader.render_to_string("errors/500_plain.html",
                                       {"crisis": crisis_lines(get_language() or "nl")})
    except Exception:
        html = PLAIN_500
    return HttpResponseServerError(html)


# The last resort, when even the plain template cannot be rendered.
PLAIN_500 = ("<!DOCTYPE html><html lang=\"nl\"><meta charset=\"utf-8\"><title>Wagenmenner</title>"
             "<h1>Er ging iets mis / Something went wrong</h1>"
             "<p><a href=\"/crisis/\">Crisishulp / Crisis help</a></p>"
             "<p>112 (EU): <a href=\"tel:112\">112</a></p></html>")
