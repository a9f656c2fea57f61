"""Django's PostgreSQL backend, with a health check that needs no round trip.

Each worker keeps its connection (``CONN_MAX_AGE``) and Django checks it at the start of
every request that uses it (``CONN_HEALTH_CHECKS``) with a ``SELECT 1``: a round trip to
the server for each request, a ninth of a check-in's statements. An idle connection
that the server has closed (a restart, a crash, ``pg_terminate_backend``, an idle
time-out) has something to read: the server's goodbye, or the end of the stream. So the
socket is asked first, without waiting; only when it has something to say is the
connection checked the old way, and dropped if that fails.
"""

import select

from django.db.backends.postgresql import base


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self):
        if self.connection is None or self.connection.closed:
            return False
        try:
            readable, _, _ = select.select([self.connection.fileno()], [], [], 0)
        except (OSError, ValueError):  # the descriptor is gone
            return False
        return not readable or super().is_usable()
