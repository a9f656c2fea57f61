"""Slowing down guessers without locking people out.

- Per account and address: django-axes pauses a pair after a few wrong passwords
  (settings.AXES_*), keyed on client_ip() and the normalised e-mail address.
- Per account, from everywhere: guessing one account from many addresses makes each
  further try wait a little longer (2, 4, 8 … up to 60 seconds). The browser the person
  logged in with before carries a signed device cookie and is never slowed (OWASP's
  "device cookies"), so an attack on their account does not keep them out.
- Sign-ups: a few per address per hour.
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.crypto import salted_hmac

from wagenmenner.client import client_ip

DEVICE_COOKIE = "__Host-wm_device"
DEVICE_SALT = "wagenmenner.device"
DEVICE_AGE = 60 * 60 * 24 * 365
MAX_WAIT_SECONDS = 60


def login_name(request, credentials=None) -> str:
    """The e-mail address as accounts store it (axes counts failures under this name)."""
    source = credentials if credentials is not None else getattr(request, "POST", {})
    return (source.get(settings.AXES_USERNAME_FORM_FIELD) or "").strip().lower()


def account_wait_seconds(username: str, now=None) -> int:
    """How long this account's next try must still wait, for a browser it does not know."""
    from axes.models import AccessAttempt

    now = now or timezone.now()
    recent = AccessAttempt.objects.filter(
        username=username, attempt_time__gte=now - settings.AXES_COOLOFF_TIME).aggregate(
        failures=Sum("failures_since_start"), last=Max("attempt_time"))
    over = (recent["failures"] or 0) - settings.ACCOUNT_SLOWDOWN_AFTER
    if over < 0 or recent["last"] is None:
        return 0
    wait = min(2 ** min(over + 1, 6), MAX_WAIT_SECONDS)
    left = (recent["last"] + timedelta(seconds=wait) - now).total_seconds()
    return max(0, int(left + 0.999))


def _device_id(email: str) -> str:
    # A keyed hash, not the address: the cookie must not tell who used this browser.
    return salted_hmac(DEVICE_SALT, email).hexdigest()[:32]


def device_cookie_value(user) -> str:
    return signing.dumps(_device_id(user.email), salt=DEVICE_SALT)


def known_device(request, username: str) -> bool:
    try:
        device = signing.loads(request.COOKIES.get(DEVICE_COOKIE, ""), salt=DEVICE_SALT,
                               max_age=DEVICE_AGE)
    except signing.BadSignature:
        return False
    return device == _device_id(username)


def remember_device(response, user) -> None:
    response.set_cookie(DEVICE_COOKIE, device_cookie_value(user), max_age=DEVICE_AGE,
                        secure=True, httponly=True, samesite="Lax", path="/")


def _key(kind: str, value: str) -> str:
    # Addresses are kept only as a keyed hash, and only for the throttle's window.
    return hashlib.sha256(f"{settings.SECRET_KEY}:{kind}:{value}".encode()).hexdigest()


def hit(request, kind: str, limit: int, window: timedelta) -> bool:
    """Count one try of ``kind`` from this client; False when over ``limit`` per window."""
    from accounts.models import ThrottleHit

    now = timezone.now()
    key = _key(kind, client_ip(request))
    recent = ThrottleHit.objects.filter(kind=kind, key=key, at__gte=now - window).count()
    if recent >= limit:
        return False
    ThrottleHit.objects.create(kind=kind, key=key, at=now)
    return True


def purge(older_than: timedelta = timedelta(days=1)) -> int:
    from accounts.models import ThrottleHit

    deleted, _ = ThrottleHit.objects.filter(at__lt=timezone.now() - older_than).delete()
    return deleted
