import hashlib
import json
import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.staticfiles import finders
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from checkins import exports, idempotency, selectors, services
from checkins.forms import CheckInForm, ScheduleForm
from checkins.models import CheckIn, PushSubscription, Schedule
from checkins.offline import cache_key_for
from checkins.push import push_configured
from questionnaires.selectors import open_to_fill
from safety.alerts import (
    REASON_DARK_THOUGHTS_UNSAVED,
    checkin_crisis_reason,
    dark_thoughts_are_strong,
    flag_crisis,
)
from wagenmenner.access import get_owned_or_404, owned

# On the screen first; what, how much and the note fold away (optional, and the check-in
# must take under 15 seconds).
MAIN_FIELDS = ("alarm", "energy", "drive", "enjoyment", "boredom", "urge", "dark_thoughts",
               "conflict")
# offline.js sends this header when it posts the form itself, to get JSON back.
FETCH_HEADER = "X-WM-Fetch"
# What the service worker keeps for offline use: pages per person (see sw.js), the crisis
# page as anyone sees it, and the static files these pages need.
# The crisis page is kept per person too (with their plan); the logged-out copy in the
# static cache stays the fallback for everyone.
OFFLINE_PAGES = ("checkins:checkin", "rides:quick", "safety:plan", "safety:crisis",
                 "warningplan:plan", "timeouts:overview", "checkins:offline")
OFFLINE_STATIC = ("wagenmenner/app.css", "wagenmenner/app.js",
                  "wagenmenner/offline.js", "rides/quick.js", "wagenmenner/icon.svg",
                  "wagenmenner/manifest.webmanifest", "safety/safety.css", "safety/print.js",
                  "questionnaires/fill.js")


MSG_SAVED = gettext_lazy("Check-in saved.")
MSG_ALREADY_SAVED = gettext_lazy("This check-in was already saved.")
MSG_RESENT_CHANGED = gettext_lazy("These answers differ from the check-in this form already "
                                  "sent. Press the button again to save them as a new check-in.")


def _form_errors(form, exc: ValidationError) -> None:
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


@login_required
def checkin(request):
    data = request.POST.copy() if request.method == "POST" else None
    ask = selectors.asks_dark_thoughts(request.user)
    form = CheckInForm(data, initial={"key": uuid.uuid4().hex}, ask_dark_thoughts=ask)
    if request.method == "POST" and form.is_valid():
        try:
            recorded = services.checkin_record(owner=request.user, fields=form.record_fields(),
                                               key=form.cleaned_data["key"])
        except ValidationError as exc:
            _form_errors(form, exc)
        except idempotency.IdempotencyMismatch:
            # Sent again after changing the answers (the back button): a new key, so the
            # next press stores it as the new check-in it is.
            data["key"] = uuid.uuid4().hex
            form = CheckInForm(data, ask_dark_thoughts=ask)
            form.is_valid()
            form.add_error(None, MSG_RESENT_CHANGED)
        else:
            if recorded.replayed:
                messages.info(request, MSG_ALREADY_SAVED)
            else:
                if recorded.body.get("crisis_detected"):  # checked once, when stored
                    flag_crisis(request, checkin_crisis_reason(recorded.body))
                messages.success(request, MSG_SAVED)
            if request.headers.get(FETCH_HEADER) == "1":
                return JsonResponse({"saved": True, "next": reverse("home")}, status=201)
            return redirect("home")
    if request.method == "POST" and dark_thoughts_are_strong(form.dark_thoughts_given()):
        # Nothing saved (a row left empty), yet the person said the thoughts of death are
        # strong: the lines come up now, not only once the form is complete.
        flag_crisis(request, REASON_DARK_THOUGHTS_UNSAVED)
    return render(request, "checkins/checkin.html", {
        "form": form,
        "main_fields": [form[name] for name in MAIN_FIELDS if name in form.fields],
        "user_key": cache_key_for(request.user),
    })


@login_required
def history(request):
    page = Paginator(owned(CheckIn, request.user), 25).get_page(request.GET.get("page"))
    return render(request, "checkins/history.html", {"page": page})


@login_required
def detail(request, pk):
    item = get_owned_or_404(CheckIn, request.user, pk)
    return render(request, "checkins/detail.html", {"checkin": item})


@login_required
@require_POST
def delete(request, pk):
    item = get_owned_or_404(CheckIn, request.user, pk)
    services.checkin_delete(checkin=item)
    messages.success(request, _("Check-in deleted."))
    return redirect("checkins:history")


@login_required
def schedule(request):
    instance = selectors.schedule_for(request.user) or Schedule(owner=request.user)
    form = ScheduleForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        services.schedule_save(owner=request.user, form=form)
        messages.success(request, _("Your check-in moments are saved."))
        return redirect("checkins:schedule")
    upcoming = []
    if instance.pk and instance.mode != Schedule.Mode.OFF:
        upcoming = selectors.upcoming_moments(instance, request.user, timezone.now())
    return render(request, "checkins/schedule.html", {
        "form": form,
        "upcoming": upcoming,
        "time_zone": request.user.time_zone,
        "vapid_public_key": settings.WAGENMENNER_VAPID_PUBLIC_KEY if push_configured() else "",
        "push_url": reverse("api:push_subscribe"),
        "phones": owned(PushSubscription, request.user).count(),
    })


@require_GET
@never_cache
def session(request):
    """For offline.js and sw.js: a fresh CSRF token for sending the queue, and whose it is."""
    if not request.user.is_authenticated:
        return JsonResponse({"authenticated": False}, status=401)
    # The pages sw.js keeps beyond its fixed list: the clinic's questionnaires still to
    # answer (filled in offline like a check-in; questionnaires/static/fill.js).
    pages = [reverse("questionnaires:fill", args=[a.pk]) for a in open_to_fill(request.user)]
    return JsonResponse({"authenticated": True, "csrf": get_token(request),
                         "user": cache_key_for(request.user), "pages": pages})


def _static_text(path: str) -> str | None:
    found = finders.find(path)
    if not found:
        return None
    with open(found, encoding="utf-8") as fh:
        return fh.read()


@require_GET
def offline(request):
    """What the service worker shows, without network, for a page it did not keep: that
    this page needs a connection, and what works without one (never the browser's own
    error page, and never another page in its place)."""
    to_fill = open_to_fill(request.user) if request.user.is_authenticated else []
    return render(request, "checkins/offline.html", {"to_fill": to_fill})


@require_GET
def service_worker(request):
    """sw.js from the root, so its scope is the whole site, with what it must cache.

    The version is a hash of every file it caches, so a changed file installs a new
    worker (browsers compare the script byte for byte) and drops the old caches.
    """
    source = _static_text("wagenmenner/sw.js")
    if source is None:
        raise Http404
    static = [p for p in OFFLINE_STATIC if finders.find(p)]
    digest = hashlib.sha256(source.encode())
    for path in static:
        digest.update((_static_text(path) or "").encode())
    config = {
        "version": digest.hexdigest()[:16],
        "pages": [reverse(name) for name in OFFLINE_PAGES],
        "crisis": reverse("safety:crisis"),
        "fallback": reverse("checkins:offline"),
        "static": [settings.STATIC_URL + p for p in static],
        "icon": settings.STATIC_URL + "wagenmenner/icon.svg",
        "session": reverse("checkins:session"),
    }
    body = f"const WM_CONFIG = {json.dumps(config)};\n{source}"
    response = HttpResponse(body, content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


EXPORT_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json; charset=utf-8"}


@login_required
@require_GET
def export(request, kind, fmt):
    if kind not in exports.KINDS or fmt not in EXPORT_TYPES:
        raise Http404
    columns, rows = exports.KINDS[kind]
    items = rows(request.user)
    content = exports.as_csv(columns, items) if fmt == "csv" else exports.as_json(items)
    response = StreamingHttpResponse(content, content_type=EXPORT_TYPES[fmt])
    name = f"wagenmenner-{kind}-{timezone.localdate().isoformat()}.{fmt}"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
