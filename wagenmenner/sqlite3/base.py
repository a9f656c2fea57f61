"""Django's SQLite backend, with each statement's placeholders converted once per process.

Django writes its statements with ``%s`` placeholders, and its SQLite cursor turns them
into SQLite's ``?`` with a regular expression at every run: for the five statements of a
check-in that was 7 % of the request's instructions (7 µs for the token's read alone),
more than running some of them. What a statement converts to depends on its text alone,
so each text is converted once and kept: the app's statements are a few hundred, and past
``KEEP`` of them (or a text longer than ``LONGEST``: a bulk write's list of values) a
statement is converted at each run, as before. Everything else is Django's backend.
"""

from django.db.backends.sqlite3 import base

KEEP = 1000
LONGEST = 4000
_converted: dict[str, str] = {}


class SQLiteCursorWrapper(base.SQLiteCursorWrapper):
    def convert_query(self, query, *, param_names=None):
        if param_names is not None:  # named placeholders: Django's conversion
            return super().convert_query(query, param_names=param_names)
        converted = _converted.get(query)
        if converted is None:
            converted = super().convert_query(query)
            if len(_converted) < KEEP and len(query) <= LONGEST:
                _converted[query] = converted
        return converted


class DatabaseWrapper(base.DatabaseWrapper):
    def create_cursor(self, name=None):
        return self.connection.cursor(factory=SQLiteCursorWrapper)
