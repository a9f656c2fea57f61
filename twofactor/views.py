"""The person's pages for the second factor: set up an authenticator app or a passkey, keep
recovery codes, and the step after the password that asks for it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sharing.qr import qr_svg
from twofactor import services
from twofactor.forms import AppCodeForm, CodeForm, PasswordForm
from twofactor.gate import second_factor_confirmed
from twofactor.middleware import PENDING
from twofactor.models import TotpDevice
from wagenmenner.access import valid_id
from wagenmenner.owned_views import safe_next


def _may_change(request) -> bool:
    """Someone who has a second factor changes it only from a session confirmed with it:
    a stolen password alone cannot swap it."""
    return not services.has_second_factor(request.user) or second_factor_confirmed(request)


def _refuse(request):
    messages.error(request, _("Log out and in again, with your second factor, to change it."))
    return redirect("twofactor:settings")


@login_required
def settings_view(request):
    user = request.user
    return render(request, "twofactor/settings.html", {
        "totp": services.confirmed_totp(user),
        "passkeys": list(services.passkeys(user)),
        "codes_left": services.recovery_codes_left(user),
        "has_factor": services.has_second_factor(user),
        "may_change": _may_change(request),
        "password_form": PasswordForm(user),
    })


def _app_setup(request, device, form, status=200):
    response = render(request, "twofactor/app_setup.html", {
        "device": device, "form": form,
        "qr": qr_svg(device.config_url, label=_("QR code for your authenticator app"))},
        status=status)
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def app_start(request):
    if not _may_change(request):
        return _refuse(request)
    return _app_setup(request, services.totp_begin(user=request.user), AppCodeForm())


@login_required
@require_POST
def app_confirm(request):
    if not _may_change(request):
        return _refuse(request)
    device = TotpDevice.objects.filter(user=request.user, confirmed=False).order_by("-pk").first()
    if device is None:
        return redirect("twofactor:settings")
    form = AppCodeForm(request.POST)
    codes = None
    if form.is_valid():
        codes = services.totp_confirm(request=request, user=request.user,
                                      code=form.cleaned_data["code"])
        if codes is None:
            form.add_error("code", _("This code does not fit. Type the code the app shows "
                                     "now; check that the phone's clock is right."))
    if codes is None:
        return _app_setup(request, device, form, status=422)
    return _codes(request, codes, first=True)


def _codes(request, codes, first=False):
    response = render(request, "twofactor/codes.html", {"codes": codes, "first": first})
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def codes_renew(request):
    form = PasswordForm(request.user, request.POST)
    if not _may_change(request) or not form.is_valid():
        messages.error(request, _("That password is not right, or this session has not "
                                  "confirmed your second factor; nothing changed."))
        return redirect("twofactor:settings")
    return _codes(request, services.recovery_codes_new(user=request.user))


@login_required
@require_POST
def remove(request):
    form = PasswordForm(request.user, request.POST)
    if not _may_change(request) or not form.is_valid():
        messages.error(request, _("That password is not right, or this session has not "
                                  "confirmed your second factor; nothing changed."))
        return redirect("twofactor:settings")
    services.second_factor_remove(user=request.user)
    messages.success(request, _("Your second factor is off. Client data stays closed until "
                                "you set one up again."))
    return redirect("twofactor:settings")


@login_required
@require_POST
def passkey_remove(request, pk):
    if not _may_change(request):
        return _refuse(request)
    get_object_or_404(services.passkeys(request.user), pk=valid_id(pk)).delete()
    messages.success(request, _("The passkey was removed."))
    return redirect("twofactor:settings")


@login_required
def verify(request):
    """After the password: the code from the app, a recovery code, or a passkey."""
    nxt = safe_next(request, reverse("home"))
    if not request.session.get(PENDING):
        return redirect(nxt)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        used = services.second_factor_verify(request=request, code=form.cleaned_data["code"])
        if used is not None:
            request.session.pop(PENDING, None)
            if used == "recovery":
                left = services.recovery_codes_left(request.user)
                messages.warning(request, _("You used a recovery code; %(n)s are left. Set up "
                                            "your app or passkey again, and make new codes.")
                                 % {"n": left})
                return redirect("twofactor:settings")
            return redirect(nxt)
        form.add_error("code", _("This code does not fit, or it was used before. Wait a "
                                 "moment and try the code the app shows now."))
    return render(request, "twofactor/verify.html", {
        "form": form, "next": nxt,
        "has_passkey": services.passkeys(request.user).exists()},
        status=422 if form.errors else 200)
