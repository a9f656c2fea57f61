"""The second factor through the API (issue 10): set up an authenticator app."""

from django.core.exceptions import ValidationError
from ninja import Router, Schema, Status

from api.schemas import Error, In, text
from twofactor import services
from twofactor.views import _may_change

router = Router(tags=["second factor"])


class TotpOut(Schema):
    secret: str
    otpauth_url: str


class ConfirmIn(In):
    code: text(12, required=True)


class ConfirmOut(Schema):
    recovery_codes: list[str]


ERROR_CHANGE = ("This session has not confirmed the second factor it has: log in again with "
                "it before changing it.")


@router.post("/totp", response={200: TotpOut, 403: Error}, url_name="totp_begin",
             summary="Start setting up an authenticator app (TOTP)",
             description="A new secret, shown once, for any authenticator app (type the "
                         "secret or make a QR code of `otpauth_url`). It becomes the second "
                         "factor once a code from it is confirmed; an app set up earlier keeps "
                         "working until then.")
def totp_begin(request):
    if not _may_change(request):
        return Status(403, {"detail": ERROR_CHANGE})
    device = services.totp_begin(user=request.user)
    return {"secret": device.secret, "otpauth_url": device.config_url}


@router.post("/totp/confirm", response={200: ConfirmOut, 403: Error, 422: Error},
             url_name="totp_confirm", summary="Confirm the authenticator app with a code",
             description="The app becomes the second factor; the answer holds ten new one-time "
                         "recovery codes (shown once; the earlier ones stop working).")
def totp_confirm(request, payload: ConfirmIn):
    if not _may_change(request):
        return Status(403, {"detail": ERROR_CHANGE})
    session = request if not getattr(request, "wm_bearer", False) else None
    codes = services.totp_confirm(request=session, user=request.user, code=payload.code)
    if codes is None:
        raise ValidationError({"code": ["This code does not fit, or no app is being set up "
                                        "(POST /api/v1/auth/totp first)."]})
    return {"recovery_codes": codes}
