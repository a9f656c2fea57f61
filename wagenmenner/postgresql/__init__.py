"""Django's PostgreSQL backend with a cheaper health check and prepared statements for the
busiest paths (``base.py``)."""

import dj_database_url


def database(url: str, conn_max_age: int = 600) -> dict:
    """A DATABASES entry for ``url`` (dj_database_url): the connection kept and checked,
    on this backend for PostgreSQL, where ``prepared_cursor`` prepares its statements."""
    entry = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    if entry["ENGINE"] == "django.db.backends.postgresql":
        entry["ENGINE"] = __name__
        # At their first run. Only prepared_cursor's statements: psycopg never prepares
        # those of Django's client-bound cursors.
        entry.setdefault("OPTIONS", {}).setdefault("prepare_threshold", 0)
    return entry


def prepared_cursor(connection):
    """A cursor whose statements PostgreSQL parses and plans once per connection (see
    ``base.py``); on other databases ``connection.cursor()``. For statements run again and
    again with other values only (the hand-written SQL of every check-in, every token):
    each statement prepared stays on the server as long as its connection (psycopg keeps
    at most 100 per connection, the least used dropped)."""
    method = getattr(connection, "prepared_cursor", None)
    return method() if method is not None else connection.cursor()
