"""The SQLite backend converts each statement's placeholders once (wagenmenner/sqlite3):
to what Django's own conversion gives, and the same rows come back."""

import sqlite3

import pytest
from django.db import connection, connections
from django.db.backends.sqlite3.base import SQLiteCursorWrapper as DjangoCursor

from wagenmenner.sqlite3 import base

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's backend")

STATEMENTS = ["SELECT %s", "SELECT %s, %s WHERE 'a%%' LIKE %s", "SELECT '%%s', %s",
              "SELECT 1", "UPDATE t SET a = %s WHERE b = '100%%'"]


def _cursor(factory):
    return sqlite3.connect(":memory:").cursor(factory=factory)


def test_a_statement_converts_as_django_converts_it(monkeypatch):
    # Empty, as in a new process: in the whole suite the store is full long before this runs.
    monkeypatch.setattr(base, "_converted", {})
    ours, django = _cursor(base.SQLiteCursorWrapper), _cursor(DjangoCursor)
    for statement in STATEMENTS:
        converted = ours.convert_query(statement)
        assert converted == django.convert_query(statement)
        assert base._converted[statement] == converted  # kept: the next run reads it
        assert ours.convert_query(statement) is converted
    named = "SELECT %(a)s, %(b)s"
    assert ours.convert_query(named, param_names=["a", "b"]) == "SELECT :a, :b"


def test_what_is_kept_is_bounded(monkeypatch):
    monkeypatch.setattr(base, "_converted", {})
    monkeypatch.setattr(base, "KEEP", 2)
    cursor = _cursor(base.SQLiteCursorWrapper)
    for k in range(5):
        assert cursor.convert_query(f"SELECT %s, {k}") == f"SELECT ?, {k}"
    long = "SELECT " + ", ".join(["%s"] * 2000)
    assert cursor.convert_query(long) == "SELECT " + ", ".join(["?"] * 2000)
    assert len(base._converted) == 2 and long not in base._converted


@pytest.mark.django_db
def test_the_app_runs_on_it():
    assert isinstance(connections["default"], base.DatabaseWrapper)
    with connection.cursor() as cursor:
        cursor.execute("SELECT %s, '%%s', %s", [7, "x"])
        assert cursor.fetchone() == (7, "%s", "x")
        cursor.execute("SELECT %s, '%%s', %s", [8, "y"])  # converted once, run twice
        assert cursor.fetchone() == (8, "%s", "y")
        cursor.execute("CREATE TEMP TABLE converted (a TEXT)")
        cursor.executemany("INSERT INTO converted VALUES (%s)", [["1%"], ["2"]])
        cursor.execute("SELECT a FROM converted WHERE a LIKE '1%%'")
        assert cursor.fetchall() == [("1%",)]
