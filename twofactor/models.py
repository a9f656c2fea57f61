"""Second factors (issue 10): an authenticator app (TOTP) and one-time recovery codes, as
devices of django-otp; passkeys are django-otp-webauthn's own ``WebAuthnCredential``.

The TOTP device is django-otp's algorithm (``django_otp.oath.TOTP``) with the shared
secret encrypted at rest like every other secret of the person (django-otp's own
``TOTPDevice`` keeps it in clear). Recovery codes are kept as SHA-256 hashes only, one
row per code, so using one is a single conditional UPDATE that two tries cannot both win.
"""

import hashlib
import time
from base64 import b32encode
from binascii import unhexlify
from urllib.parse import quote, urlencode

from django.db import models
from django.utils import timezone
from django_otp.models import Device, ThrottlingMixin, TimestampMixin
from django_otp.oath import TOTP
from django_otp.util import random_hex

from wagenmenner.crypto import EncryptedTextField

ISSUER = "Wagenmenner"


def new_key() -> str:
    return random_hex(20)  # 160 bits, as RFC 4226 recommends


class TotpDevice(TimestampMixin, ThrottlingMixin, Device):
    """An authenticator app. Unconfirmed until the person typed one code from it."""

    key = EncryptedTextField(max_length=80, default=new_key)
    step = 30
    digits = 6
    tolerance = 1  # one step either way: a phone clock a little off still works
    drift = models.SmallIntegerField(default=0)
    # The time step of the last code accepted: a code is never accepted twice.
    last_t = models.BigIntegerField(default=-1)

    class Meta(Device.Meta):
        verbose_name = "authenticator app"

    def get_throttle_factor(self) -> int:
        return 1  # after a wrong code, wait 1, 2, 4, 8 … seconds before the next try

    @property
    def bin_key(self) -> bytes:
        return unhexlify(self.key.encode())

    def verify_token(self, token) -> bool:
        allowed, _ = self.verify_is_allowed()
        if not allowed:
            return False
        text = "".join(str(token).split())
        verified = False
        if text.isdigit() and len(text) == self.digits:
            totp = TOTP(self.bin_key, self.step, 0, self.digits, self.drift)
            totp.time = time.time()
            verified = totp.verify(int(text), self.tolerance, self.last_t + 1)
            if verified:
                self.last_t = totp.t()
                self.drift = totp.drift
                self.throttle_reset(commit=False)
                self.set_last_used_timestamp(commit=False)
                self.save()
        if not verified:
            self.throttle_increment(commit=True)
        return verified

    @property
    def config_url(self) -> str:
        """The otpauth:// address an authenticator app reads from the QR code."""
        label = f"{ISSUER}:{self.user.get_username()}"
        params = urlencode({"secret": b32encode(self.bin_key).decode().rstrip("="),
                            "algorithm": "SHA1", "digits": self.digits, "period": self.step,
                            "issuer": ISSUER})
        return f"otpauth://totp/{quote(label)}?{params}"

    @property
    def secret(self) -> str:
        """The secret as an authenticator app asks for it when typed by hand."""
        return b32encode(self.bin_key).decode().rstrip("=")


def code_hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


class RecoveryCodeDevice(ThrottlingMixin, Device):
    """Ten one-time codes, the way back in when the phone or the passkey is lost."""

    class Meta(Device.Meta):
        verbose_name = "recovery codes"

    def get_throttle_factor(self) -> int:
        return 1

    def verify_token(self, token) -> bool:
        from twofactor.services import normalise_code

        allowed, _ = self.verify_is_allowed()
        if not allowed:
            return False
        used = RecoveryCode.objects.filter(device=self, code_hash=code_hash(normalise_code(token)),
                                           used_at__isnull=True).update(used_at=timezone.now())
        if used:
            self.throttle_reset()
        else:
            self.throttle_increment()
        return bool(used)


class RecoveryCode(models.Model):
    device = models.ForeignKey(RecoveryCodeDevice, on_delete=models.CASCADE, related_name="codes")
    code_hash = models.CharField(max_length=64)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["device", "code_hash"])]

    def __str__(self):
        return f"recovery code {self.pk}"
