"""Passkeys (django-otp-webauthn) for this deployment: the relying party is the site's own
host name. Behind TLS only ``SITE_URL``'s origin is accepted; the local install on plain
HTTP works at http://localhost:PORT (browsers refuse passkeys on an IP address)."""

from urllib.parse import urlsplit

from django.conf import settings
from django_otp_webauthn.helpers import WebAuthnHelper


def _local(request) -> bool:
    return not settings.HTTPS and request.get_host().split(":")[0] == "localhost"


def rp_id(request) -> str:
    if _local(request):
        return "localhost"
    return urlsplit(settings.SITE_URL).hostname or ""


class Helper(WebAuthnHelper):
    def get_allowed_origins(self) -> list[str]:
        if _local(self.request):
            return [f"http://{self.request.get_host()}"]
        return list(settings.OTP_WEBAUTHN_ALLOWED_ORIGINS)
