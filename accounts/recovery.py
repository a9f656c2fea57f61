"""Ten one-time recovery codes: the way back in for a person whose server sends no e-mail,
or who lost their password and their mailbox. Shown once, stored as hashes; each works
once; a new set replaces the old one."""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from accounts.models import RecoveryCode

COUNT = 10
# No 0/o, 1/l/i: codes are copied by hand from paper.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LENGTH = 12  # 31^12: about 59 bits, out of reach of guessing at any throttled rate


def _normal(code: str) -> str:
    return "".join(c for c in code.lower() if c.isalnum())


def _hash(code: str) -> str:
    return hashlib.sha256(_normal(code).encode()).hexdigest()


def _shown(raw: str) -> str:
    return "-".join(raw[i:i + 4] for i in range(0, LENGTH, 4))


def codes_new(*, user) -> list[str]:
    """A fresh set of codes for ``user`` (the old set stops working); shown once."""
    raw = ["".join(secrets.choice(ALPHABET) for _ in range(LENGTH)) for _ in range(COUNT)]
    with transaction.atomic():
        RecoveryCode.objects.filter(user=user).delete()
        RecoveryCode.objects.bulk_create(
            [RecoveryCode(user=user, code_hash=_hash(code)) for code in raw])
    return [_shown(code) for code in raw]


def code_use(*, user, code: str) -> bool:
    """Use up one code of ``user``; False when it is wrong or was used before."""
    if len(_normal(code)) != LENGTH:
        return False
    with transaction.atomic():
        return RecoveryCode.objects.filter(
            user_id=user.pk, code_hash=_hash(code), used_at__isnull=True).update(
            used_at=timezone.now()) == 1


def codes_left(user) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()
