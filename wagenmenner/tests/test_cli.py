import io
import sqlite3
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from accounts.models import ApiToken, User
from rides.models import Ride


def test_createuser_reads_the_password_from_stdin(db, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("een lang genoeg wachtwoord\n"))
    call_command("createuser", "Nieuw@Example.org", stdout=io.StringIO())
    user = User.objects.get(email="nieuw@example.org")
    assert user.check_password("een lang genoeg wachtwoord")
    assert user.horses.count() == 2


def test_createuser_refuses_a_weak_password_and_duplicates(db):
    with pytest.raises(CommandError):
        call_command("createuser", "a@example.org", password="kort")
    call_command("createuser", "a@example.org", password="lang genoeg wachtwoord",
                 stdout=io.StringIO())
    with pytest.raises(CommandError):
        call_command("createuser", "a@example.org", password="lang genoeg wachtwoord")


def test_token_prints_a_working_bearer_token(person, client):
    out = io.StringIO()
    call_command("token", person.email, stdout=out)
    raw = out.getvalue().strip()
    assert raw.startswith("wm_") and not ApiToken.objects.filter(key_hash=raw).exists()
    assert client.get("/api/v1/rides", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200


def test_token_for_unknown_email_fails(db):
    with pytest.raises(CommandError):
        call_command("token", "niemand@example.org")


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_round_trip(person, tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite backup; PostgreSQL uses pg_dump")
    Ride.objects.create(owner=person, situation="voor de backup")
    target = tmp_path / "backup.sqlite3"
    call_command("backup", str(target), stdout=io.StringIO())
    con = sqlite3.connect(target)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    Ride.objects.all().delete()
    call_command("restore", str(target), stdout=io.StringIO())
    assert Ride.objects.get().situation == "voor de backup"


@pytest.mark.django_db(transaction=True)
def test_restore_refuses_a_damaged_or_foreign_file(tmp_path):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite restore")
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CommandError):
        call_command("restore", str(junk))
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("create table x (y)").connection.commit()
    with pytest.raises(CommandError):
        call_command("restore", str(other))


def test_wagenmenner_console_script_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "wagenmenner.cli", "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "createuser" in result.stdout
