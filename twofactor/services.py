"""Turning a second factor on, using it, and the way back when it is lost (issue 10)."""

import secrets

from django.db import transaction
from django_otp import login as otp_login

from twofactor.models import RecoveryCode, RecoveryCodeDevice, TotpDevice, code_hash

RECOVERY_CODES = 10
# Typed from paper: no 0/O, 1/I/L. 12 characters of 31 ≈ 59 bits each, and every wrong
# try doubles the wait before the next (django-otp's throttling).
CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 12


def normalise_code(code) -> str:
    """As a person types a recovery code: any case, with or without spaces and dashes."""
    plain = "".join(ch for ch in str(code).lower() if ch.isalnum())[:64]
    return "-".join(plain[i:i + 4] for i in range(0, len(plain), 4))


def _new_code() -> str:
    return normalise_code("".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)))


def passkeys(user):
    from django_otp_webauthn.models import WebAuthnCredential

    return WebAuthnCredential.objects.filter(user=user, confirmed=True)


def confirmed_totp(user) -> TotpDevice | None:
    return TotpDevice.objects.filter(user=user, confirmed=True).first()


def has_second_factor(user) -> bool:
    """An authenticator app or a passkey, confirmed. Recovery codes alone are not one:
    they are the way back to one."""
    if user is None or not user.is_authenticated:
        return False
    return (TotpDevice.objects.filter(user=user, confirmed=True).exists()
            or passkeys(user).exists())


def totp_begin(*, user) -> TotpDevice:
    """A new authenticator app, unconfirmed until one of its codes is typed. An app set up
    earlier keeps working until then."""
    with transaction.atomic():
        TotpDevice.objects.filter(user=user, confirmed=False).delete()
        return TotpDevice.objects.create(user=user, name="app", confirmed=False)


def totp_confirm(*, request, user, code: str) -> list[str] | None:
    """The code from the new app: the app becomes the second factor (replacing an earlier
    one), the session counts as verified with it, and ten new recovery codes are made.
    None when the code does not fit (or no app is being set up)."""
    device = TotpDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None or not device.verify_token(code):
        return None
    with transaction.atomic():
        TotpDevice.objects.filter(user=user, confirmed=True).delete()
        TotpDevice.objects.filter(pk=device.pk).update(confirmed=True)
        device.confirmed = True
        codes = recovery_codes_new(user=user)
    if request is not None and getattr(request, "session", None) is not None:
        otp_login(request, device)
    return codes


def recovery_codes_new(*, user) -> list[str]:
    """Ten new one-time codes; the earlier ones stop working. Shown once, stored hashed."""
    codes = [_new_code() for _ in range(RECOVERY_CODES)]
    with transaction.atomic():
        device, _ = RecoveryCodeDevice.objects.get_or_create(user=user, defaults={"name": "codes"})
        RecoveryCode.objects.filter(device=device).delete()
        RecoveryCode.objects.bulk_create(RecoveryCode(device=device, code_hash=code_hash(c))
                                         for c in codes)
    return codes


def recovery_codes_left(user) -> int:
    return RecoveryCode.objects.filter(device__user=user, used_at__isnull=True).count()


def second_factor_verify(*, request, code: str) -> str | None:
    """The log-in step: a code from the app, or one recovery code. Returns which was used
    ("app" or "recovery"), None when neither fits."""
    user = request.user
    for device, used in ((confirmed_totp(user), "app"),
                         (RecoveryCodeDevice.objects.filter(user=user).first(), "recovery")):
        if device is not None and device.verify_token(code):
            otp_login(request, device)
            return used
    return None


def second_factor_remove(*, user) -> None:
    """Every second factor of the person goes (the app, passkeys, recovery codes)."""
    from django_otp_webauthn.models import WebAuthnCredential

    with transaction.atomic():
        TotpDevice.objects.filter(user=user).delete()
        WebAuthnCredential.objects.filter(user=user).delete()
        RecoveryCodeDevice.objects.filter(user=user).delete()
