"""The person of a request is read by one plain statement (accounts/backends.py): the
same person, every field as the ORM gives it, on both databases; nobody else, nobody
inactive; and the sessions from before it keep their person (migration 0004)."""

from datetime import timedelta
from importlib import import_module
from types import SimpleNamespace

import pytest
from django.apps import apps
from django.contrib.auth import BACKEND_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore as DjangoStore
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.backends import PATH, UserBackend
from accounts.models import User
from accounts.sessions import SessionStore, UserSession

migration = import_module("accounts.migrations.0004_sessions_user_backend")


def test_the_person_is_read_with_every_field_as_the_orm_reads_it(person):
    person.display_name = "Anna – één"
    person.acknowledgement = "Ik herken het trekken en duwen."
    person.setup_state = {"1": "done", "2": "skipped"}
    person.privacy_accepted_at = timezone.now() - timedelta(days=3)
    person.is_staff = True
    person.save()
    with CaptureQueriesContext(connection) as ctx:
        read = UserBackend().get_user(str(person.pk))
    assert len(ctx.captured_queries) == 1
    expected = User.objects.get(pk=person.pk)
    for field in User._meta.concrete_fields:
        assert getattr(read, field.attname) == getattr(expected, field.attname), field.name
        assert type(getattr(read, field.attname)) is type(getattr(expected, field.attname))
    assert read._state.adding is False and read._state.db == expected._state.db
    assert read.get_session_auth_hash() == expected.get_session_auth_hash()


def test_no_one_else_and_no_one_inactive(person, stranger):
    backend = UserBackend()
    assert backend.get_user(stranger.pk).pk == stranger.pk
    assert backend.get_user(10**12) is None
    assert backend.get_user("not a number") is None
    person.is_active = False
    person.save(update_fields=["is_active"])
    assert backend.get_user(person.pk) is None


def test_logging_in_names_this_backend(client, person):
    from conftest import PASSWORD

    response = client.post("/inloggen/", {"username": person.email,
                                           "password": PASSWORD})
    assert response.status_code == 302
    key = client.cookies["__Host-wm_session"].value
    assert SessionStore(key).load()[BACKEND_SESSION_KEY] == PATH


def _old_session(person) -> str:
    store = SessionStore()
    store[SESSION_KEY] = str(person.pk)
    store[BACKEND_SESSION_KEY] = migration.DJANGO
    store["_auth_user_hash"] = person.get_session_auth_hash()
    store.create()
    return store.session_key


def test_a_session_from_before_keeps_its_person(client, person):
    key = _old_session(person)
    client.cookies["__Host-wm_session"] = key
    assert client.get("/").status_code == 302  # Django's backend is no longer listed
    key = _old_session(person)
    expired = _old_session(person)
    UserSession.objects.filter(session_key=expired).update(
        expire_date=timezone.now() - timedelta(minutes=1))
    migration.forwards(apps, SimpleNamespace(connection=connection))
    client.cookies["__Host-wm_session"] = key
    assert client.get("/").status_code == 200
    assert DjangoStore().decode(UserSession.objects.get(session_key=key).session_data)[
        BACKEND_SESSION_KEY] == PATH
    untouched = UserSession.objects.get(session_key=expired).session_data
    assert DjangoStore().decode(untouched)[BACKEND_SESSION_KEY] == migration.DJANGO
    migration.backwards(apps, SimpleNamespace(connection=connection))
    assert DjangoStore().decode(UserSession.objects.get(session_key=key).session_data)[
        BACKEND_SESSION_KEY] == migration.DJANGO


@pytest.mark.parametrize("path", ["/", "/crisis/"])
def test_pages_read_the_person_once(client_person, path):
    client_person.get(path)
    with CaptureQueriesContext(connection) as ctx:
        client_person.get(path)
    # The person's row with its password hash: the backend's read (home reads the person's
    # one-to-ones through the person as well, by id alone).
    assert sum('"password"' in q["sql"] for q in ctx.captured_queries) == 1
