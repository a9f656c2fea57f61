"""The PostgreSQL backend's health check (wagenmenner/postgresql): a kept connection is
trusted without a round trip while the server has said nothing, and replaced when the
server has closed it."""

import time

import psycopg
import pytest
from django.db import connection
from django.db.backends.postgresql import base as django_backend

pytestmark = [pytest.mark.django_db(transaction=True),
              pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")]


def _new_request():
    """What Django does between two requests, then the first query's health check."""
    connection.close_if_unusable_or_obsolete()
    connection.close_if_health_check_failed()


def test_a_healthy_kept_connection_is_checked_without_a_query(monkeypatch):
    connection.ensure_connection()
    kept = connection.connection
    assert connection.health_check_enabled
    monkeypatch.setattr(django_backend.DatabaseWrapper, "is_usable",
                        lambda self: pytest.fail("a round trip for a healthy connection"))
    _new_request()
    assert connection.connection is kept
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)


def test_a_connection_the_server_closed_is_replaced_before_the_first_query():
    connection.ensure_connection()
    kept, pid = connection.connection, connection.connection.info.backend_pid
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the server's goodbye reaches the socket
        _new_request()
        if connection.connection is not kept:
            break
        time.sleep(0.05)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != pid
    assert connection.connection is not kept


def test_without_the_check_the_closed_connection_would_fail():
    """The test above is not vacuous: the same closed connection, used unchecked, fails."""
    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [pid])
    time.sleep(0.2)
    with pytest.raises(psycopg.OperationalError):
        connection.connection.execute("SELECT 1")
    connection.close()


def test_a_check_in_s_statements_are_prepared_and_logged_with_their_values(person):
    """The hand-written statements of a check-in are parsed and planned once per
    connection (prepared_cursor); the query log still shows each with its values."""
    from django.test.utils import CaptureQueriesContext

    from checkins import services

    levels = {"alarm": 7, "energy": 3, "drive": 5, "enjoyment": 2, "boredom": 6, "urge": 4}
    services.checkin_record(owner=person, fields=levels)
    with CaptureQueriesContext(connection) as queries:
        services.checkin_record(owner=person, fields=levels, key="prepared-1")
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    for table in ("checkins_checkin", "insights_checkinweek", "checkins_idempotencykey"):
        assert any(table in statement for statement in prepared), table
    assert any("FOR NO KEY UPDATE" in statement for statement in prepared)
    logged = [query["sql"] for query in queries]
    assert f"WHERE id = {person.pk} FOR NO KEY UPDATE" in " ".join(logged)
    assert any("prepared-1" in sql for sql in logged if sql.startswith("SELECT 1 FROM"))
