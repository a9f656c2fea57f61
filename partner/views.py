"""The partner's (or close one's) space, METHOD 4.10: what was shared with me, read-only;
my private log; articles for partners; and my own safety before anything else."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import formats, timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learn.library import articles
from partner.forms import NoteForm, SafetyForm
from partner.models import PrivateNote, SafetyQuestionAsked
from safety.alerts import flag_crisis_if_needed
from safety.plan import PARTS
from selfcheck import display as selfcheck_display
from selfcheck.items import DIMENSIONS
from sharing import kinds as shared_kinds
from sharing.selectors import links_for
from timeouts import selectors as timeout_selectors
from timeouts import services as timeout_services
from wagenmenner.access import link_or_404, owned, shared_or_404
from wagenmenner.owned_views import OwnedDeleteView, OwnedUpdateView
from warningplan.models import Phase

LOG_PAGE = 50


def safety_asked_first(view):
    """A page of the partner space: logged in, and past the safety question of the first
    visit before anything shared is shown."""
    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not SafetyQuestionAsked.objects.filter(owner=request.user).exists():
            return redirect("partner:safety")
        return view(request, *args, **kwargs)
    return wrapper


def partner_articles():
    return [a for a in articles(get_language() or "nl") if "partner" in a.audience]


@safety_asked_first
def space(request):
    incoming = [row for row in links_for(request.user) if row["direction"] == "incoming"]
    return render(request, "partner/home.html", {"incoming": incoming,
                                                 "articles": partner_articles()})


@login_required
def safety_first(request):
    """Asked once, privately, before anything shared is shown. Only *that* it was asked
    is stored, never the answer."""
    form = SafetyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        SafetyQuestionAsked.objects.get_or_create(owner=request.user)
        if form.cleaned_data["answer"] == "not_always":
            return render(request, "partner/not_safe.html")
        return redirect("partner:space")
    return render(request, "partner/safety.html", {"form": form})


@safety_asked_first
def link(request, link_id):
    found = link_or_404(request.user, link_id)
    if found.reader_id != request.user.pk:
        return redirect("sharing:index")
    row = next(r for r in links_for(request.user) if r["id"] == found.pk)
    return render(request, "partner/link.html", {"row": row, "link": found})


@safety_asked_first
def kind(request, link_id, kind):
    if kind not in shared_kinds.KIND_INFO:
        raise Http404
    grant = shared_or_404(request, link_id=link_id, kind=kind)
    info = shared_kinds.KIND_INFO[kind]
    try:
        data = shared_kinds.kind_data(kind, owner=grant.owner, link=grant.link,
                                      params=request.GET)
    except ValidationError:
        data = shared_kinds.kind_data(kind, owner=grant.owner, link=grant.link)
    return render(request, info.template, {
        "grant": grant, "info": info, "data": data, "other": grant.owner.public_name,
        "link": grant.link, **_display(kind, data, grant)})


PHASE_MEANING = {"green": gettext_lazy("calm"), "yellow": gettext_lazy("tension rising"),
                 "orange": gettext_lazy("close to escalation"), "red": gettext_lazy("crisis")}


def _display(kind: str, data, grant) -> dict:
    """What a kind's page needs beyond its JSON: moments as datetimes, names for keys."""
    if kind == "warning_plan":
        labels = dict(Phase.choices)
        return {"updated_at": data["updated_at"],
                "phase_rows": [{**texts, "phase": phase, "label": labels[phase],
                                "meaning": PHASE_MEANING[phase]}
                               for phase, texts in data["phases"].items()]}
    if kind == "timeout_protocol":
        # The owner's time-outs, under the same grant (read) as the agreement itself.
        now = timezone.now()
        log = list(timeout_selectors.shared_log(grant.owner))
        running = next((t for t in log if t.is_running(now)), None)
        over = None if running or not log else timeout_selectors.awaiting_return(log[0], now)
        return {"running": running, "over": over, "timeout_log": log, "now": now}
    if kind == "safety_plan" and data:
        return {"plan_parts": [(part.title, data[part.field]) for part in PARTS]}
    if kind == "checkin_levels":
        return {"rows": [{**row, "recorded_at": parse_datetime(row["recorded_at"])}
                         for row in data]}
    if kind == "selfchecks":
        lang = selfcheck_display.language()
        titles = {d.key: d.title[lang] for d in DIMENSIONS}
        return {"rows": [{**row, "named_scores": [(titles.get(k, k), v)
                                                  for k, v in row["scores"].items()]}
                         for row in data]}
    if kind in ("rides", "escalations"):
        return {"rows": data}
    return {}


@safety_asked_first
@require_POST
def timeout_start(request, link_id):
    """Start the agreed time-out of the person who shares it (METHOD 4.6, either side)."""
    try:
        timeout_services.timeout_start_on_link(request, link_id)
    except timeout_services.TimeoutRunning as exc:
        ends = formats.time_format(timezone.localtime(exc.running.ends_at), "H:i")
        messages.info(request, timeout_services.ERROR_RUNNING % {"time": ends})
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return redirect("partner:link", link_id=link_id)
    else:
        messages.success(request, _("The time-out has started. Their open pages of the app "
                                    "show it within seconds."))
    return redirect("partner:kind", link_id=link_id, kind="timeout_protocol")


@login_required
def log(request):
    form = NoteForm(request.POST or None, owner=request.user)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            note = form.save()
        messages.success(request, _("Saved in your own log."))
        flag_crisis_if_needed(request, note.text)
        return redirect("partner:log")
    return render(request, "partner/log.html", {
        "form": form, "notes": owned(PrivateNote, request.user)[:LOG_PAGE]})


class NoteEdit(OwnedUpdateView):
    model = PrivateNote
    form_class = NoteForm
    title = gettext_lazy("Edit a log entry")
    success_url_name = "partner:log"
    delete_url_name = "partner:note_delete"
    template_name = "partner/note_form.html"


class NoteDelete(OwnedDeleteView):
    model = PrivateNote
    success_url_name = "partner:log"
    title = gettext_lazy("Delete this log entry?")
    template_name = "partner/note_confirm_delete.html"
