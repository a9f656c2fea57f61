"""Free text at rest: AES-256-GCM with versioned keys.

A stored value looks like ``wm1:<key id>:<base64(nonce + ciphertext)>``. The key id
lets old rows stay readable after a new key is added: new writes use the first key,
reads use whichever key the row names, and ``wagenmenner rotate-keys`` re-encrypts
old rows with the newest key (README, "Keys").
"""

import base64
import json
import secrets
from functools import lru_cache

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models

from wagenmenner.env import create_private_file_once

PREFIX = "wm1"
# Bound to this purpose, so a ciphertext cannot be replayed in another context.
AAD = b"wagenmenner-free-text"


class KeyError_(RuntimeError):
    pass


def _parse_keys(spec: str) -> dict[str, bytes]:
    keys = {}
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        key_id, _, b64 = part.partition(":")
        raw = base64.urlsafe_b64decode(b64 + "=" * (-len(b64) % 4))
        if len(raw) != 32 or not key_id.isalnum():
            raise KeyError_(f"Encryption key {key_id!r} must be an alphanumeric id and 32 bytes")
        keys[key_id] = raw
    if not keys:
        raise KeyError_("No encryption key configured")
    return keys


def _keys_file_spec() -> str:
    path = settings.DATA_DIR / "encryption_keys.json"
    if not path.exists():
        new = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
        create_private_file_once(path, json.dumps({"keys": [{"id": "k1", "key": new}]}))
    data = json.loads(path.read_text(encoding="utf-8"))
    return ",".join(f"{k['id']}:{k['key']}" for k in data["keys"])


@lru_cache(maxsize=1)
def keyring() -> tuple[str, dict[str, bytes]]:
    """The active key id and all known keys (the first configured key is active)."""
    spec = settings.ENCRYPTION_KEYS or _keys_file_spec()
    keys = _parse_keys(spec)
    return next(iter(keys)), keys


def encrypt(plaintext: str) -> str:
    active, keys = keyring()
    nonce = secrets.token_bytes(12)
    ct = AESGCM(keys[active]).encrypt(nonce, plaintext.encode("utf-8"), AAD)
    return f"{PREFIX}:{active}:{base64.b64encode(nonce + ct).decode()}"


def decrypt(stored: str) -> str:
    prefix, key_id, b64 = stored.split(":", 2)
    if prefix != PREFIX:
        raise ValueError("Not an encrypted value")
    _, keys = keyring()
    try:
        key = keys[key_id]
    except KeyError:
        raise KeyError_(f"Encryption key {key_id!r} is not configured") from None
    blob = base64.b64decode(b64)
    return AESGCM(key).decrypt(blob[:12], blob[12:], AAD).decode("utf-8")


def key_id_of(stored: str | None) -> str | None:
    if not stored or not stored.startswith(PREFIX + ":"):
        return None
    return stored.split(":", 2)[1]


class EncryptedTextField(models.TextField):
    """A text field stored encrypted; empty strings stay empty so blank checks still work."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.max_length:
            # TextField does not check max_length itself; the limit is on the plain text.
            self.validators.append(MaxLengthValidator(self.max_length))

    def from_db_value(self, value, expression, connection):
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(value)
