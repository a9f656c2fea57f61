import io
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from accounts.models import ApiToken, User


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


def test_wagenmenner_console_script_runs(tmp_path):
    result = subprocess.run([sys.executable, "-m", "wagenmenner.cli", "--help"],
                            capture_output=True, text=True)
    assert result.returncode == 0 and "createuser" in result.stdout
