"""Backups: a consistent copy of the database, encrypted with age to the operator's keys.

Only the holders of the matching age identities (private keys) can read a backup, so a
backup can be kept off the machine without trusting where it is kept. A plain copy only
on request (``--plain``). A backup never lies on disk in the clear outside the data
folder, which already holds the database itself: PostgreSQL's dump streams straight into
the encryption; SQLite's online copy, and a backup being restored, are made in a
private temporary folder inside the data folder and removed at once.
"""

import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

import pyrage
from django.conf import settings
from django.db import connection

AGE_HEADER = b"age-encryption.org/v1\n"
AGE_ARMOR = b"-----BEGIN AGE ENCRYPTED FILE-----"


class BackupError(Exception):
    pass


def parse_recipients(text: str) -> list:
    """age recipients (``age1…``) and SSH public keys (``ssh-ed25519 …``, ``ssh-rsa …``),
    separated by commas or new lines; lines starting with # are comments."""
    recipients = []
    for line in text.replace(",", "\n").splitlines():
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        try:
            if entry.startswith("age1"):
                recipients.append(pyrage.x25519.Recipient.from_str(entry))
            elif entry.startswith("ssh-"):
                recipients.append(pyrage.ssh.Recipient.from_str(entry))
            else:
                raise ValueError
        except (ValueError, pyrage.RecipientError):
            raise BackupError(f"Not an age recipient or SSH public key: {entry[:24]}…") from None
    return recipients


def load_identities(path: Path) -> list:
    """The private keys in an age identity file (``AGE-SECRET-KEY-1…`` lines, as
    ``age-keygen`` and ``wagenmenner backup-key`` write them) or an unencrypted SSH key."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BackupError(f"Cannot read the identity file {path}: {exc.strerror}") from None
    try:
        if b"PRIVATE KEY-----" in raw:
            return [pyrage.ssh.Identity.from_buffer(raw)]
        identities = [pyrage.x25519.Identity.from_str(line.strip())
                      for line in raw.decode("ascii").splitlines()
                      if line.strip().startswith("AGE-SECRET-KEY-")]
    except (UnicodeDecodeError, ValueError, pyrage.IdentityError):
        raise BackupError(f"{path} holds no usable age identity or SSH private key.") from None
    if not identities:
        raise BackupError(f"{path} holds no age identity (AGE-SECRET-KEY-1… line).")
    return identities


def new_identity() -> tuple[str, str]:
    """A new age key pair: (identity, recipient)."""
    identity = pyrage.x25519.Identity.generate()
    return str(identity), str(identity.to_public())


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as fh:
        start = fh.read(len(AGE_ARMOR))
    return start.startswith(AGE_HEADER) or start.startswith(AGE_ARMOR)


def open_private(path: Path) -> BinaryIO:
    """A new file only its owner can read, from the first byte on (never chmod after)."""
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


@contextmanager
def private_workdir() -> Iterator[Path]:
    """A temporary folder (0700) in the data folder, removed whatever happens."""
    work = Path(tempfile.mkdtemp(prefix=".backup-", dir=settings.DATA_DIR))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def sqlite_path() -> Path | None:
    if connection.vendor != "sqlite":
        return None
    return Path(connection.settings_dict["NAME"])


def pg_env() -> dict:
    s = connection.settings_dict
    env = dict(os.environ)
    env.update({"PGHOST": str(s.get("HOST") or ""), "PGPORT": str(s.get("PORT") or ""),
                "PGUSER": s.get("USER") or "", "PGPASSWORD": s.get("PASSWORD") or "",
                "PGDATABASE": s["NAME"]})
    return env


def _need(program: str) -> None:
    if shutil.which(program) is None:
        raise BackupError(f"{program} is needed for PostgreSQL (Debian: apt-get install "
                          "postgresql-client).")


def _write(reader: BinaryIO, target: Path, recipients: list) -> None:
    """Copy ``reader`` to a new private file, encrypted when there are recipients; the
    file is synced to disk, or removed if anything failed."""
    try:
        with open_private(target) as out:
            if recipients:
                pyrage.encrypt_io(reader, out, recipients)
            else:
                shutil.copyfileobj(reader, out)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _sqlite_check(path: Path) -> None:
    """A backup must be an intact SQLite database with Wagenmenner's tables."""
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            check = con.execute("PRAGMA integrity_check").fetchone()[0]
            ours = con.execute(
                "SELECT count(*) FROM sqlite_master WHERE name='django_migrations'").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"Not a usable SQLite database: {exc}") from None
    if check != "ok":
        raise BackupError(f"The database failed its integrity check: {check}")
    if not ours:
        raise BackupError("Not a Wagenmenner backup (no django_migrations table).")


def _pg_check(path: Path) -> None:
    """pg_restore reads the whole table of contents of a custom-format archive."""
    listing = subprocess.run(["pg_restore", "--list", str(path)], capture_output=True, text=True)
    if listing.returncode != 0:
        raise BackupError(f"Not a usable PostgreSQL archive: {listing.stderr.strip()[:200]}")
    if " django_migrations " not in listing.stdout:
        raise BackupError("Not a Wagenmenner backup (no django_migrations table).")


def backup_create(*, target: Path, recipients: list) -> None:
    """Write a consistent copy of the live database to ``target`` (a new file, 0600),
    encrypted to ``recipients`` unless that list is empty."""
    if target.exists():
        raise BackupError(f"{target} exists already; choose a new file name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_path()
    if db is None:
        _need("pg_dump")
        dump = subprocess.Popen(["pg_dump", "--format=custom"], env=pg_env(),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _write(dump.stdout, target, recipients)
        finally:
            dump.stdout.close()
            error = dump.stderr.read().decode(errors="replace")
            dump.wait()
        if dump.returncode != 0:
            target.unlink(missing_ok=True)
            raise BackupError(f"pg_dump failed: {error.strip()[:300]}")
        return
    with private_workdir() as work:
        copy = work / "copy.sqlite3"
        src, dst = sqlite3.connect(db), sqlite3.connect(copy)
        try:
            with dst:
                src.backup(dst)  # page by page, under SQLite's own locking
        finally:
            dst.close()
            src.close()
        _sqlite_check(copy)
        with open(copy, "rb") as reader:
            _write(reader, target, recipients)


def backup_restore(*, source: Path, identities: list) -> None:
    """Decrypt ``source`` if it is encrypted, check it, then replace the database with it.
    Nothing is changed unless the whole backup decrypted and passed its checks."""
    if not source.is_file():
        raise BackupError(f"No backup file at {source}.")
    encrypted = is_encrypted(source)
    if encrypted and not identities:
        raise BackupError("This backup is encrypted: give the key with --identity FILE.")
    if identities and not encrypted:
        raise BackupError("This backup is not encrypted; restore it without --identity.")
    with private_workdir() as work:
        plain = source
        if encrypted:
            plain = work / "backup"
            with open(source, "rb") as reader, open_private(plain) as out:
                try:
                    # age authenticates every chunk: a changed byte fails here.
                    pyrage.decrypt_io(reader, out, identities)
                except (OSError, pyrage.DecryptError) as exc:
                    raise BackupError(f"Cannot decrypt the backup (wrong key, or the file is "
                                      f"damaged): {exc}") from None
        db = sqlite_path()
        if db is None:
            _need("pg_restore")
            _pg_check(plain)
            # One transaction: a restore that fails halfway leaves the database as it was.
            done = subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner",
                                   "--single-transaction", "--exit-on-error",
                                   "--dbname", pg_env()["PGDATABASE"], str(plain)],
                                  env=pg_env(), capture_output=True, text=True)
            if done.returncode != 0:
                raise BackupError(f"pg_restore failed: {done.stderr.strip()[:300]}")
            return
        _sqlite_check(plain)
        src, dst = sqlite3.connect(f"file:{plain}?mode=ro", uri=True), sqlite3.connect(db)
        try:
            with dst:
                src.backup(dst)
            after = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if after != "ok":
            raise BackupError(f"The restored database failed its integrity check: {after}")
