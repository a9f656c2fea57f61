"""Typed settings helpers that fail loudly, after healthchecks' hc/settings.py."""

import os
import secrets
from pathlib import Path


class ConfigError(RuntimeError):
    pass


def envstr(name: str, default: str | None = None) -> str | None:
    """A value from NAME, or from the file named by NAME_FILE (for container secrets)."""
    file_path = os.environ.get(f"{name}_FILE")
    if file_path:
        return Path(file_path).read_text(encoding="utf-8").strip()
    return os.environ.get(name, default)


def envbool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be a boolean (1/0, true/false), got {value!r}")


def envint(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, got {value!r}") from exc


def create_private_file_once(path: Path, text: str) -> None:
    """Write ``text`` to a new file only its owner can read; a file that exists is kept,
    so two workers starting at once agree on one secret."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    with os.fdopen(fd, "w") as fh:
        fh.write(text)


def secret_in_data_dir(data_dir: Path, filename: str, nbytes: int = 50) -> str:
    """Read a secret from the data folder, creating it once, readable only by its owner.

    The local install must work with one command, yet a secret must never live in the
    repository: so it is generated on first start, next to the database it protects.
    """
    path = data_dir / filename
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        create_private_file_once(path, secrets.token_urlsafe(nbytes))
    return path.read_text(encoding="utf-8").strip()


def email_config(url: str) -> dict:
    """Django's e-mail settings from one URL: ``smtp://user:pass@host:587`` (STARTTLS) or
    ``smtps://user:pass@host:465`` (TLS). Empty: mail goes to the console, delivered to
    nobody, so no page may promise that it arrives."""
    from urllib.parse import unquote, urlsplit

    if not url:
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ConfigError(f"EMAIL_URL must look like smtp://user:pass@host:587, got {parts.scheme}://…")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or (465 if parts.scheme == "smtps" else 587),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_SSL": parts.scheme == "smtps",
        "EMAIL_USE_TLS": parts.scheme == "smtp" and parts.port != 25,
        "EMAIL_TIMEOUT": 10,
    }
