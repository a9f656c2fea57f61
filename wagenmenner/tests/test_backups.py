"""Backups: encrypted to the operator's age keys, restored only when whole; SQLite and
PostgreSQL alike."""

import io
import os
import sqlite3
import stat
from datetime import UTC, datetime

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from checkins.models import CheckIn
from wagenmenner.backups import BackupError, parse_recipients

NOTE = "alleen voor mij: de ruzie met Sanne"

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def key(tmp_path, settings):
    """A backup key pair made by the command an operator uses; its recipient configured."""
    identity = tmp_path / "backup-identity.txt"
    out = io.StringIO()
    call_command("backup_key", str(identity), stdout=out)
    line = out.getvalue().strip()
    assert line.startswith("WAGENMENNER_BACKUP_RECIPIENTS=age1")
    settings.BACKUP_RECIPIENTS = line.split("=", 1)[1]
    assert stat.S_IMODE(identity.stat().st_mode) == 0o600
    return identity


def checkin_with_note(owner):
    return CheckIn.objects.create(owner=owner, recorded_at=datetime(2026, 3, 1, 9, tzinfo=UTC),
                                  alarm=7, energy=3, drive=5, enjoyment=2, boredom=1, urge=4,
                                  note=NOTE)


def test_encrypted_backup_hides_everything_and_restores_with_the_identity(person, key, tmp_path):
    checkin_with_note(person)
    target = tmp_path / "nested" / "wagenmenner.backup"
    call_command("backup", str(target), stdout=io.StringIO())
    raw = target.read_bytes()
    assert raw.startswith(b"age-encryption.org/v1\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    for secret in (NOTE, "Sanne", person.email, "django_migrations", "checkins_checkin"):
        assert secret.encode() not in raw
    CheckIn.objects.all().delete()
    call_command("restore", str(target), identity=str(key), stdout=io.StringIO())
    assert CheckIn.objects.get(owner=person).note == NOTE


def test_plain_backup_needs_plain_and_is_private(person, tmp_path, settings):
    settings.BACKUP_RECIPIENTS = ""
    checkin_with_note(person)
    target = tmp_path / "plain.backup"
    with pytest.raises(CommandError, match="WAGENMENNER_BACKUP_RECIPIENTS"):
        call_command("backup", str(target))
    assert not target.exists()
    call_command("backup", str(target), plain=True, stdout=io.StringIO())
    raw = target.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # Readable without a key (table names in the clear; pg_dump compresses the rows), yet
    # notes stay encrypted field by field.
    assert b"django_migrations" in raw
    if connection.vendor == "sqlite":
        assert person.email.encode() in raw
    assert NOTE.encode() not in raw
    CheckIn.objects.all().delete()
    call_command("restore", str(target), stdout=io.StringIO())
    assert CheckIn.objects.get(owner=person).note == NOTE
    with pytest.raises(CommandError, match="exists already"):
        call_command("backup", str(target), plain=True)


def test_restore_refuses_without_key_with_a_wrong_key_or_a_changed_byte(person, key, tmp_path):
    checkin_with_note(person)
    target = tmp_path / "wagenmenner.backup"
    call_command("backup", str(target), stdout=io.StringIO())
    CheckIn.objects.all().delete()
    with pytest.raises(CommandError, match="--identity"):
        call_command("restore", str(target))
    other = tmp_path / "other-identity.txt"
    call_command("backup_key", str(other), stdout=io.StringIO())
    with pytest.raises(CommandError, match="Cannot decrypt"):
        call_command("restore", str(target), identity=str(other))
    damaged = bytearray(target.read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    changed = tmp_path / "changed.backup"
    changed.write_bytes(bytes(damaged))
    with pytest.raises(CommandError, match="Cannot decrypt"):
        call_command("restore", str(changed), identity=str(key))
    assert not CheckIn.objects.exists()  # nothing was put in place
    # No decrypted copy is left behind in the data folder.
    from django.conf import settings
    assert not [p for p in os.listdir(settings.DATA_DIR) if p.startswith(".backup-")]


def test_restore_refuses_a_damaged_or_foreign_file(db, tmp_path):
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CommandError, match="Not a usable"):
        call_command("restore", str(junk))
    if connection.vendor == "sqlite":
        other = tmp_path / "other.sqlite3"
        sqlite3.connect(other).execute("create table x (y)").connection.commit()
        with pytest.raises(CommandError, match="Not a Wagenmenner backup"):
            call_command("restore", str(other))


def test_recipients_are_age_or_ssh_keys_and_anything_else_is_refused():
    ssh = ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN"
           " alice@example")
    text = ("# backup keys\nage1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg,\n"
            f"{ssh}\n")
    assert len(parse_recipients(text)) == 2
    with pytest.raises(BackupError):
        parse_recipients("AGE-SECRET-KEY-1 not a recipient")
    with pytest.raises(BackupError):
        parse_recipients("age1notakey")
