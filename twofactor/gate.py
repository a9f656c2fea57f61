"""The gate before client data (issue 10): a therapist sees nothing of a client until a
second factor is confirmed. For a page or a route with a session, the session must have
been verified with it; an API token works once the person has one confirmed (the token
was made by someone who logged in that way, and ends with a new password)."""

from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from twofactor.services import has_second_factor

ERROR_MISSING = _("Client data is shown only after a second factor is confirmed: a code "
                  "from an authenticator app (TOTP) or a passkey. Set one up under Account, "
                  "Second factor.")
ERROR_UNVERIFIED = _("Client data is shown only after you confirm your second factor (a "
                     "code from your authenticator app, a passkey or a recovery code) in "
                     "this session. Log in again to confirm it.")


class SecondFactorRequired(PermissionDenied):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = str(message)
        self.setup_url = reverse("twofactor:settings")


def second_factor_confirmed(request) -> bool:
    user = request.user
    if getattr(request, "wm_bearer", False):
        return has_second_factor(user)
    is_verified = getattr(user, "is_verified", None)
    return bool(is_verified and is_verified())


def second_factor_or_403(request) -> None:
    if not second_factor_confirmed(request):
        user = request.user
        raise SecondFactorRequired(ERROR_UNVERIFIED if has_second_factor(user) else ERROR_MISSING)
