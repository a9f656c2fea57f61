"""Reads from streaming replicas: only a person's page views, never right after they wrote."""

import time

import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.db import router
from django.test import RequestFactory

from accounts.models import User
from checkins.models import CheckIn
from rides.models import Ride
from wagenmenner import replicas as wm_replicas
from wagenmenner.replicas import ReplicaMiddleware, ReplicaRouter, replica_databases

PIN_SECONDS, SESSION_KEY = wm_replicas.PIN_SECONDS, wm_replicas.SESSION_KEY


@pytest.fixture
def replicas(settings):
    settings.REPLICA_DATABASES = ["replica1"]
    settings.DATABASE_ROUTERS = ["wagenmenner.replicas.ReplicaRouter"]  # resets the routers


def through_middleware(method, user, session):
    """Which database a request's reads of check-ins, rides, accounts and sessions use."""
    seen = {}

    def view(request):
        for model in (CheckIn, Ride, User, Session):
            seen[model.__name__] = router.db_for_read(model)
        seen["write"] = router.db_for_write(CheckIn)
        return None

    request = getattr(RequestFactory(), method.lower())("/")
    request.user, request.session = user, session
    ReplicaMiddleware(view)(request)
    return seen


def test_a_persons_page_views_read_their_data_from_a_replica(replicas, person):
    seen = through_middleware("GET", person, SessionStore())
    assert seen == {"CheckIn": "replica1", "Ride": "replica1", "User": "default",
                    "Session": "default", "write": "default"}


def test_after_a_write_the_person_reads_from_the_primary_for_a_while(replicas, person):
    session = SessionStore()
    assert through_middleware("POST", person, session)["CheckIn"] == "default"
    assert session[SESSION_KEY] > time.time() + PIN_SECONDS - 5
    assert through_middleware("GET", person, session)["CheckIn"] == "default"
    session[SESSION_KEY] = time.time() - 1
    assert through_middleware("GET", person, session)["CheckIn"] == "replica1"


def test_anonymous_requests_and_api_tokens_read_from_the_primary(replicas):
    from django.contrib.auth.models import AnonymousUser

    session = SessionStore()
    assert through_middleware("GET", AnonymousUser(), session)["CheckIn"] == "default"
    assert SESSION_KEY not in session and session.session_key is None  # no session made


def test_replicas_are_never_migrated_and_mirror_the_primary_in_tests():
    databases = replica_databases("postgres://r:p@10.0.0.21:5432/wm, postgres://r:p@h2/wm")
    assert list(databases) == ["replica1", "replica2"]
    assert databases["replica1"]["HOST"] == "10.0.0.21"
    assert databases["replica2"]["TEST"] == {"MIRROR": "default"}
    assert ReplicaRouter().allow_migrate("replica1", "checkins") is False
    assert ReplicaRouter().allow_migrate("default", "checkins") is True


def test_without_replicas_everything_reads_from_the_primary(person):
    assert router.db_for_read(CheckIn) == "default"
