import io
import subprocess
import sys
from pathlib import Path

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


def _children(pid):
    return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]


def _cmdline(pid):
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except FileNotFoundError:
        return ""


def _wait(condition, seconds=180):
    """Poll until ``condition`` holds; generous, as a loaded machine migrates and boots slowly."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_serve_runs_the_worker_beside_gunicorn_restarts_it_and_stops_both(tmp_path):
    import os
    import signal
    import socket
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env["WAGENMENNER_DATA"] = str(tmp_path)
    log = tmp_path / "serve.log"
    with log.open("w") as out:  # the server keeps its own copy of the file
        serve = subprocess.Popen([sys.executable, "-m", "wagenmenner.cli", "serve", "--port",
                                  str(port), "--workers", "1"], env=env, stdout=out,
                                 stderr=subprocess.STDOUT)
    try:
        def up():
            try:
                return urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
            except OSError:
                return None

        def worker():
            return next((c for c in _children(serve.pid) if " worker" in _cmdline(c)), None)

        assert _wait(up), log.read_text()[-3000:]
        assert _wait(lambda: worker() is not None)  # started once the site answers
        first = worker()
        # A worker that dies is started again, so reminders do not stop unnoticed.
        os.kill(first, signal.SIGKILL)
        assert _wait(lambda: worker() not in (None, first))
        # HUP restarts the job worker too, and the site keeps serving.
        second = worker()
        serve.send_signal(signal.SIGHUP)
        assert _wait(lambda: worker() not in (None, second))
        assert _wait(up) and serve.poll() is None
        children = _children(serve.pid)
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(60) == 0
        assert _wait(lambda: not any(_cmdline(c) for c in children), 30)
    finally:
        if serve.poll() is None:
            serve.kill()
