"""Many rows with a moment each, read without Django's per-row datetime parsing.

Ten years of check-ins are 29,000 rows. On SQLite Django parses each stored text with
``parse_datetime`` and then makes it aware, in Python, row by row: that was half of the
insights selector's time. PostgreSQL's driver returns aware datetimes from C already, so
there the ORM's own path is kept.

Quicker still, ``moment_columns`` has the database turn each moment into whole seconds
and hands every column over as one numpy array (check-ins and rides for the insights).
"""

import itertools
import sqlite3
from datetime import UTC, datetime
from functools import partial
from operator import attrgetter, itemgetter

import numpy as np
from django.conf import settings
from django.db import connections
from django.db.models import BigIntegerField, F, Func, TextField
from django.db.models.utils import create_namedtuple_class
from django.utils.dateparse import parse_datetime

_TEXT = "insights_moment_text"
_UTC_SUFFIX = "+00:00"


def moment_rows(queryset, moment_field: str, *fields: str, named: bool = False) -> list:
    """``list(queryset.values_list(moment_field, *fields, named=named))``: the same
    values, with the moment (a DateTimeField) read faster on SQLite."""
    connection = connections[queryset.db]
    # Django makes a stored SQLite text aware in the connection's zone: UTC unless
    # DATABASES sets a TIME_ZONE. Anything else goes the ORM's way.
    if connection.vendor != "sqlite" or not settings.USE_TZ or connection.timezone is not UTC:
        return list(queryset.values_list(moment_field, *fields, named=named))
    # An expression has no declared type "datetime", so the sqlite3 module hands over
    # the text instead of calling Django's parse_datetime on it. The offset is appended
    # in SQL: datetime.replace(tzinfo=UTC) per row cost more than the parsing.
    with_offset = Func(F(moment_field), template=f"(%(expressions)s || '{_UTC_SUFFIX}')",
                       output_field=TextField())
    rows = list(queryset.annotate(**{_TEXT: with_offset}).values_list(_TEXT, *fields))
    if not rows:
        return []
    # Column by column: zip(*rows) would hold an iterator per row, 29,000 objects
    # for the garbage collector to go through.
    moments = _parse_utc(list(map(itemgetter(0), rows)))
    others = [list(map(itemgetter(k), rows)) for k in range(1, len(fields) + 1)]
    joined = zip(moments, *others, strict=True)
    if named:
        return list(map(partial(tuple.__new__, create_namedtuple_class(moment_field, *fields)),
                        joined))
    return list(joined)


# Whole seconds since 1970 of a DateTimeField, rounded down (before 1970 too), computed
# by the database. SQLite has unixepoch() from 3.38 (2022); before that, rows are read.
# SQLite stores "YYYY-MM-DD HH:MM:SS[.ffffff]" in UTC and rounds a fraction to the
# nearest millisecond (…59.9999995 would become the next second): the text is cut to
# whole seconds first.
_EPOCH_SECONDS = {
    "sqlite": "unixepoch(substr(%(expressions)s, 1, 19))",
    "postgresql": "FLOOR(EXTRACT(EPOCH FROM %(expressions)s))::bigint",
}
_SECONDS = "insights_moment_seconds"


def moment_columns(queryset, moment_field: str, *fields: str) -> "tuple[np.ndarray, ...] | None":
    """(whole seconds of ``moment_field`` since 1970 UTC, then each of the integer
    ``fields``) as int64 arrays, in the queryset's order: ten years of check-ins without
    a Python object per moment. None on a database this does not know, or when a field
    holds NULL; the caller then reads rows (``moment_rows``)."""
    connection = connections[queryset.db]
    template = _EPOCH_SECONDS.get(connection.vendor)
    if template is None or (connection.vendor == "sqlite"
                            and sqlite3.sqlite_version_info < (3, 38)):
        return None
    seconds = Func(F(moment_field), template=template, output_field=BigIntegerField())
    sql, params = (queryset.annotate(**{_SECONDS: seconds}).values_list(_SECONDS, *fields)
                   .query.sql_with_params())
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    width = 1 + len(fields)
    try:
        flat = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64,
                           count=len(rows) * width)
    except TypeError:  # a NULL
        return None
    table = flat.reshape(len(rows), width)
    return tuple(np.ascontiguousarray(table[:, k]) for k in range(width))


def _parse_utc(texts) -> list:
    """Django's SQLite converter for a whole column: ``parse_datetime`` (which tries
    ``datetime.fromisoformat`` first), then UTC for a value stored without an offset.

    Django stores aware datetimes as UTC without an offset, so each text carries the
    appended "+00:00" once and parses straight to an aware UTC datetime. Anything else
    (NULL, a text with its own offset, a form only Django's pattern reads) makes the
    fast parse fail, and the whole column is read the way Django reads it."""
    try:
        moments = list(map(datetime.fromisoformat, texts))
    except (TypeError, ValueError):
        pass
    else:
        # fromisoformat drops the offset after a date without a time ("2026-03-01+00:00").
        if all(map(attrgetter("tzinfo"), moments)):
            return moments
    moments = []
    for text in texts:
        moment = None if text is None else parse_datetime(text[: -len(_UTC_SUFFIX)])
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        moments.append(moment)
    return moments
