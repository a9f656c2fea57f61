"""Reads from PostgreSQL streaming replicas, writes to the primary (DATABASE_REPLICA_URLS).

A replica lags the primary by a moment, and a person must always see what they just
wrote. So only the page views of a logged-in person (GET, HEAD) read from a replica, and
only the person's own data (the apps in REPLICA_APPS); accounts, sessions, tokens and
login throttling are always read from the primary. After any write by the person, their
pages read from the primary for PIN_SECONDS, longer than a healthy replica lags. API
requests with a Bearer token read from the primary. Writes always go to the primary.
"""

import random
import time
from contextvars import ContextVar

from django.conf import settings

from wagenmenner.postgresql import database

REPLICA_APPS = frozenset({"charioteer", "checkins", "insights", "people", "rides", "safety",
                          "selfcheck"})
PIN_SECONDS = 30
SESSION_KEY = "wm_primary_until"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

_replica: ContextVar[str | None] = ContextVar("wm_replica", default=None)


def replica_databases(urls: str) -> dict:
    """DATABASES entries ``replica1``, ``replica2``… for comma-separated URLs. In tests a
    replica mirrors the primary, as a replica would."""
    databases = {}
    for i, url in enumerate((u.strip() for u in urls.split(",") if u.strip()), start=1):
        databases[f"replica{i}"] = {**database(url), "TEST": {"MIRROR": "default"}}
    return databases


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        alias = _replica.get()
        if alias is not None and model._meta.app_label in REPLICA_APPS:
            return alias
        return None  # the primary

    def db_for_write(self, model, **hints):
        return "default"

    def allow_relation(self, obj1, obj2, **hints):
        return True  # replicas hold the same rows as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == "default"  # a replica follows the primary's schema by itself


class ReplicaMiddleware:
    """Chooses, per request, whether the person's data may be read from a replica."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        person = user is not None and user.is_authenticated
        safe = request.method in SAFE_METHODS
        alias = None
        if person and safe and request.session.get(SESSION_KEY, 0) < time.time():
            alias = random.choice(settings.REPLICA_DATABASES)  # noqa: S311 - load spreading
        token = _replica.set(alias)
        try:
            response = self.get_response(request)
        finally:
            _replica.reset(token)
        if person and not safe:
            # Whatever this request wrote, the person's next pages read it back.
            request.session[SESSION_KEY] = time.time() + PIN_SECONDS
        return response
