"""The person's side of sharing: invite, choose per link what is shared, see the history
of consent and who saw what; and the invited person's side of an invitation."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from insights.forms import PeriodForm
from insights.periods import default_period, local_today, utc_bounds
from safety.alerts import flag_crisis_if_needed
from sharing import selectors, services
from sharing.forms import CodeForm, InvitationMailForm, InviteForm, KindsForm
from sharing.models import Invitation, code_hash
from sharing.qr import qr_svg
from wagenmenner.access import DELETE, UPDATE, get_owned_or_404, link_or_404

SESSION_CODE = "wm_invitation_code"


@login_required
def index(request):
    links = selectors.links_for(request.user)
    outgoing = [row for row in links if row["direction"] == "outgoing"]
    for row in outgoing:
        row["form"] = KindsForm(initial={"kinds": row["kinds"]}, prefix=f"link{row['id']}")
    return render(request, "sharing/index.html", {
        "outgoing": outgoing,
        "incoming": [row for row in links if row["direction"] == "incoming"],
        "invitations": selectors.open_invitations(request.user),
        "history": selectors.consent_history(request.user)[:100],
        "invite_form": InviteForm(initial={"display_name": request.user.display_name}),
    })


@login_required
def invite(request):
    form = InviteForm(request.POST or None,
                      initial={"display_name": request.user.display_name})
    if request.method != "POST" or not form.is_valid():
        return render(request, "sharing/invite.html", {"form": form})
    user = request.user
    with transaction.atomic():
        if user.display_name != form.cleaned_data["display_name"]:
            user.display_name = form.cleaned_data["display_name"]
            user.save(update_fields=["display_name"])
        invitation, code = services.invitation_create(owner=user, role=form.cleaned_data["role"])
    flag_crisis_if_needed(request, user.display_name)
    # The code exists only in this answer: only its hash is stored (see the page's text).
    return _invitation_made(request, invitation, code, InvitationMailForm(initial={"code": code}))


def _invitation_made(request, invitation, code, mail_form):
    url = request.build_absolute_uri(reverse("sharing:invitation_code", args=[code]))
    return render(request, "sharing/invitation_made.html", {
        "invitation": invitation, "code": code, "url": url, "qr": qr_svg(url),
        "mail_form": mail_form if settings.EMAIL_URL else None,
    })


@login_required
@require_POST
def invitation_mail(request, pk):
    invitation = get_owned_or_404(Invitation, request.user, pk)
    form = InvitationMailForm(request.POST)
    if not form.is_valid() or code_hash(form.cleaned_data["code"]) != invitation.code_hash:
        raise Http404
    code = form.cleaned_data["code"]
    if not settings.EMAIL_URL or not invitation.is_open():
        messages.error(request, _("This invitation cannot be sent by e-mail."))
        return redirect("sharing:index")
    url = request.build_absolute_uri(reverse("sharing:invitation_code", args=[code]))
    # The mail names nobody and no health topic: it may be read on a shared screen.
    with translation.override(request.user.language):
        send_mail(_("An invitation to Wagenmenner"),
                  _("Someone you know invites you to Wagenmenner.\n\nOpen this link within "
                    "7 days to see who it is and to accept or decline:\n%(url)s\n\nOr enter "
                    "this code at %(site)s: %(code)s\n") % {
                      "url": url, "code": code,
                      "site": request.build_absolute_uri(reverse("sharing:invitation"))},
                  None, [form.cleaned_data["email"]], fail_silently=False)
    messages.success(request, _("The invitation was sent."))
    return redirect("sharing:index")


@login_required
@require_POST
def invitation_withdraw(request, pk):
    services.invitation_withdraw(invitation=get_owned_or_404(Invitation, request.user, pk))
    messages.success(request, _("The invitation was withdrawn: its code no longer works."))
    return redirect("sharing:index")


@login_required
@require_POST
def link_kinds(request, link_id):
    link = link_or_404(request.user, link_id, UPDATE)
    form = KindsForm(request.POST, prefix=f"link{link.pk}")
    if not form.is_valid():
        messages.error(request, _("Choose from the kinds listed."))
        return redirect("sharing:index")
    services.link_set_kinds(link=link, kinds=form.cleaned_data["kinds"])
    messages.success(request, _("Saved. This is what they can see from now on."))
    return redirect(reverse("sharing:index") + f"#link-{link.pk}")


@login_required
def link_end(request, link_id):
    link = link_or_404(request.user, link_id, DELETE)
    if request.method == "POST":
        services.link_end(link=link, by=request.user)
        messages.success(request, _("The link has ended. Nothing is shared on it any more."))
        return redirect("partner:space" if link.reader_id == request.user.pk else "sharing:index")
    outgoing = link.owner_id == request.user.pk
    return render(request, "sharing/link_end.html", {
        "link": link, "outgoing": outgoing,
        "other": (link.reader if outgoing else link.owner).public_name})


@login_required
def access_log(request):
    today = local_today(request.user)
    start, end = default_period(today)
    form = PeriodForm(request.GET or None, initial={"start": start, "end": end})
    if request.GET and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    lo, hi = utc_bounds(start, end, request.user.zone)
    services.access_log_read_own(request)
    return render(request, "sharing/access_log.html", {
        "form": form, "start": start, "end": end,
        "entries": selectors.access_entries(request.user, lo, hi)[:1000],
    })


# --- The invited person -------------------------------------------------------------------


def invitation_code(request, code):
    """The link in the invitation: keep the code in the session and drop it from the
    address bar, so it is not left in the browser's history."""
    request.session[SESSION_CODE] = services.normalise_code(code)
    return redirect("sharing:invitation")


def invitation(request):
    """Who invites me, for what: accept or decline. Works with the link or a typed code."""
    code = request.session.get(SESSION_CODE, "")
    form = CodeForm(request.POST or None, initial={"code": code})
    if not request.user.is_authenticated:
        nxt = reverse("sharing:invitation")
        return render(request, "sharing/invitation_login.html", {"has_code": bool(code), "next": nxt})
    address = services.client_address(request)
    context = {"form": form, "code": code}
    if request.method == "POST":
        if request.POST.get("decline"):
            request.session.pop(SESSION_CODE, None)
            messages.success(request, _("You declined. Nothing was linked."))
            return redirect("home")
        if form.is_valid():
            code = services.normalise_code(form.cleaned_data["code"])
            try:
                if request.POST.get("accept"):
                    services.invitation_accept(code=code, user=request.user, address=address)
                    request.session.pop(SESSION_CODE, None)
                    messages.success(request, _("You are linked. Nothing is shared with you "
                                                "until they choose what to share."))
                    return redirect("partner:space")
                request.session[SESSION_CODE] = code
                context["code"] = code
            except services.Throttled:
                return render(request, "sharing/invitation.html",
                              {**context, "throttled": True}, status=429)
            except ValidationError as exc:
                form.add_error("code", exc.message_dict["code"][0])
                request.session.pop(SESSION_CODE, None)
                return render(request, "sharing/invitation.html", context, status=422)
    if context["code"]:
        try:
            context["invitation"] = services.invitation_find(code=context["code"],
                                                             user=request.user, address=address)
        except services.Throttled:
            return render(request, "sharing/invitation.html", {**context, "throttled": True},
                          status=429)
        except ValidationError as exc:
            request.session.pop(SESSION_CODE, None)
            form = CodeForm()
            form.add_error("code", exc.message_dict["code"][0])
            context.update(form=form, code="")
    return render(request, "sharing/invitation.html", context)
