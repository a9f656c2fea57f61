"""Erase leaves no trace; a page view writes nothing; files on disk are private."""

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import ApiToken
from accounts.sessions import UserSession
from checkins.models import IdempotencyKey
from conftest import PASSWORD
from tests.factories import make_charioteer

LEVELS = {"alarm": 1, "energy": 2, "drive": 3, "enjoyment": 4, "boredom": 5, "urge": 6}


def tables_holding(text: str) -> list[str]:
    """Every table with a text column that holds ``text`` anywhere."""
    found = []
    with connection.cursor() as cur:
        for table in connection.introspection.table_names(cur):
            columns = connection.introspection.get_table_description(cur, table)
            for column in columns:
                name = connection.ops.quote_name(column.name)
                cur.execute(f"SELECT count(*) FROM {connection.ops.quote_name(table)} "  # noqa: S608
                            f"WHERE CAST({name} AS TEXT) LIKE %s", [f"%{text}%"])
                if cur.fetchone()[0]:
                    found.append(f"{table}.{column.name}")
    return found


def test_erasing_an_account_leaves_its_address_in_no_table(person, stranger):
    make_charioteer(person)
    # Traces kept by address or session: a failed and a good log-in (axes), a session,
    # an idempotency key, an API token.
    Client().post("/inloggen/", {"username": person.email, "password": "fout"})
    web = Client()
    web.post("/inloggen/", {"username": person.email.upper(), "password": PASSWORD})
    _, raw = ApiToken.issue(person, name="telefoon")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    api.post("/api/v1/checkins", json.dumps(LEVELS), content_type="application/json",
             HTTP_IDEMPOTENCY_KEY="k-1")
    Client().post("/inloggen/", {"username": stranger.email, "password": "fout"})
    assert tables_holding(person.email) and IdempotencyKey.objects.exists()
    assert UserSession.objects.filter(user_id=person.pk).exists()

    response = web.post("/account/verwijderen/", {"password": PASSWORD})
    assert response.status_code == 200
    assert tables_holding(person.email) == []
    assert not UserSession.objects.filter(user_id=person.pk).exists()
    assert not IdempotencyKey.objects.exists()
    assert tables_holding(stranger.email)  # someone else's records stay


@pytest.mark.parametrize("url", ["/inloggen/", "/crisis/", "/aanmelden/", "/leren/", "/privacy/"])
def test_an_anonymous_visit_creates_no_session_row(client, db, url):
    assert client.get(url).status_code == 200
    assert not UserSession.objects.exists()


PAGES = ["/", "/meten/", "/rit/", "/teugels/", "/inzicht/", "/crisis/", "/mijn-wagenmenner/",
         "/account/", "/meten/geschiedenis/", "/ritten/", "/veiligheidsplan/", "/zelftest/"]


def test_a_page_view_writes_nothing_to_the_database(client, person):
    from conftest import PASSWORD

    client.post("/inloggen/", {"username": person.email, "password": PASSWORD})
    client_person = client
    make_charioteer(person)
    for url in PAGES:
        with CaptureQueriesContext(connection) as queries:
            assert client_person.get(url).status_code == 200, url
        writes = [q["sql"] for q in queries.captured_queries
                  if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
        assert writes == [], (url, writes)


def test_the_session_refreshes_at_most_every_few_minutes_and_ends_when_idle(
        client_person, person, settings, monkeypatch):
    import time as clock

    from accounts import sessions

    start = clock.time()
    monkeypatch.setattr(sessions.time, "time", lambda: start)
    client_person.get("/")
    monkeypatch.setattr(sessions.time, "time", lambda: start + sessions.REFRESH + 1)
    with CaptureQueriesContext(connection) as queries:
        client_person.get("/")
    assert any(q["sql"].startswith("UPDATE") for q in queries.captured_queries)
    idle = settings.SESSION_COOKIE_AGE
    monkeypatch.setattr(sessions.time, "time", lambda: start + sessions.REFRESH + idle + 2)
    assert client_person.get("/").status_code == 302


def test_a_session_ends_after_its_absolute_lifetime_even_when_used(client_person, settings,
                                                                   monkeypatch):
    import time as clock

    from accounts import sessions

    start = clock.time()
    monkeypatch.setattr(sessions.time, "time", lambda: start)
    client_person.get("/")
    step = sessions.REFRESH + 1
    for i in range(1, settings.SESSION_ABSOLUTE_SECONDS // step + 2):
        monkeypatch.setattr(sessions.time, "time", lambda i=i: start + i * step)
        response = client_person.get("/")
    assert response.status_code == 302


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_shm_and_backups_are_private(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    env = {**{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)},
           "WAGENMENNER_DATA": str(data)}
    script = ("import django; django.setup(); from django.core.management import call_command;"
              "call_command('migrate', verbosity=0);"
              f"call_command('backup', '{tmp_path / 'backup.sqlite3'}', plain=True)")
    subprocess.run([sys.executable, "-c", script], env={**env, "DJANGO_SETTINGS_MODULE":
                   "wagenmenner.settings"}, check=True, cwd=settings.BASE_DIR,
                   capture_output=True)
    assert _mode(data) == 0o700
    db = data / "wagenmenner.sqlite3"
    for path in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), tmp_path / "backup.sqlite3"):
        if path.exists():
            assert _mode(path) == 0o600, path
    assert db.exists() and (tmp_path / "backup.sqlite3").exists()
