"""Django's PostgreSQL backend with a cheaper health check (``base.py``)."""

import dj_database_url


def database(url: str, conn_max_age: int = 600) -> dict:
    """A DATABASES entry for ``url`` (dj_database_url): the connection kept and checked,
    on this backend for PostgreSQL."""
    entry = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    if entry["ENGINE"] == "django.db.backends.postgresql":
        entry["ENGINE"] = __name__
    return entry
