"""Many rows with a moment each, read without Django's per-row datetime parsing.

Ten years of check-ins are 29,000 rows. On SQLite Django parses each stored text with
``parse_datetime`` and then makes it aware, in Python, row by row: that was half of the
insights selector's time. PostgreSQL's driver returns aware datetimes from C already, so
there the ORM's own path is kept.
"""

from datetime import UTC, datetime
from functools import partial
from operator import attrgetter, methodcaller

from django.conf import settings
from django.db import connections
from django.db.models import TextField
from django.db.models.functions import Cast
from django.db.models.utils import create_namedtuple_class
from django.utils.dateparse import parse_datetime

_TEXT = "insights_moment_text"
_as_utc = methodcaller("replace", tzinfo=UTC)


def moment_rows(queryset, moment_field: str, *fields: str, named: bool = False) -> list:
    """``list(queryset.values_list(moment_field, *fields, named=named))``: the same
    values, with the moment (a DateTimeField) read faster on SQLite."""
    connection = connections[queryset.db]
    # Django makes a stored SQLite text aware in the connection's zone: UTC unless
    # DATABASES sets a TIME_ZONE. Anything else goes the ORM's way.
    if connection.vendor != "sqlite" or not settings.USE_TZ or connection.timezone is not UTC:
        return list(queryset.values_list(moment_field, *fields, named=named))
    # The CAST leaves the column without its declared type "datetime", so the sqlite3
    # module hands over the text instead of calling Django's parse_datetime on it.
    rows = list(queryset.annotate(**{_TEXT: Cast(moment_field, TextField())})
                .values_list(_TEXT, *fields))
    if not rows:
        return []
    columns = list(zip(*rows, strict=True))
    moments = _parse_utc(columns[0])
    joined = zip(moments, *columns[1:], strict=True)
    if named:
        return list(map(partial(tuple.__new__, create_namedtuple_class(moment_field, *fields)),
                        joined))
    return list(joined)


def _parse_utc(texts) -> list:
    """Django's SQLite converter, for a column at once: ``parse_datetime`` (which tries
    ``datetime.fromisoformat`` first), then UTC for a value stored without offset."""
    try:
        parsed = list(map(datetime.fromisoformat, texts))
    except (TypeError, ValueError):  # NULL, or a text only Django's pattern reads
        parsed = [None if t is None else parse_datetime(t) for t in texts]
    if any(map(attrgetter("tzinfo"), filter(None, parsed))):
        return [m if m is None or m.tzinfo is not None else m.replace(tzinfo=UTC)
                for m in parsed]
    if None in parsed:
        return [None if m is None else m.replace(tzinfo=UTC) for m in parsed]
    return list(map(_as_utc, parsed))
