"""The log-in step of the second factor: after the password, a person who has turned a
second factor on sees nothing but the step that asks for it (and the crisis help, which is
never behind a log-in)."""

from contextlib import suppress
from urllib.parse import urlencode

from django.core.exceptions import ObjectDoesNotExist
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from django_otp.middleware import OTPMiddleware as DjangoOTPMiddleware
from django_otp.models import Device

from twofactor.gate import SecondFactorRequired
from twofactor.services import has_second_factor

PENDING = "wm_second_factor_pending"
# What a person may reach between the password and the second factor.
OPEN_WHILE_PENDING = {
    "twofactor:verify", "accounts:logout", "set_language", "safety:crisis", "privacy",
    "healthz", "security_txt", "otp_webauthn:credential-authentication-begin",
    "otp_webauthn:credential-authentication-complete", "otp_webauthn:js-i18n-catalog",
}


def ask_second_factor_after_login(sender, request, user, **kwargs):
    """Whoever has a second factor confirms it after the password, on every log-in."""
    if request is not None and hasattr(request, "session") and has_second_factor(user):
        request.session[PENDING] = True


def _route(request) -> str:
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return ""
    return match.view_name


class OTPMiddleware(DjangoOTPMiddleware):
    """django-otp's middleware: on every request, the device the session was confirmed
    with must still exist, be confirmed and be the person's own. It reads that device
    with get() where django-otp uses first(): first() sorts by id, and a sorted query
    costs the ORM a comparison of every column it reads, on every page a clinician
    opens."""

    def _device_from_persistent_id(self, persistent_id: str):
        with suppress(ValueError, LookupError, ObjectDoesNotExist):
            devices = Device._filter_persistent_id(self._normalize_persistent_id(persistent_id))
            return devices.get() if devices is not None else None
        return None


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        session = getattr(request, "session", None)
        if session is not None and session.get(PENDING):
            user = request.user
            if not user.is_authenticated:
                session.pop(PENDING, None)
            elif user.is_verified():
                session.pop(PENDING, None)
            elif _route(request) not in OPEN_WHILE_PENDING:
                if request.path_info.startswith("/api/"):
                    return JsonResponse({"detail": _("Confirm your second factor first.")},
                                        status=403)
                query = urlencode({"next": request.get_full_path()})
                return redirect(f"{reverse('twofactor:verify')}?{query}")
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, SecondFactorRequired):
            return render(request, "twofactor/required.html",
                          {"message": exception.message}, status=403)
        return None
