"""Hand-written reads for the busiest pages. Django builds a small query in about 0.6 ms of
Python; SQLite or PostgreSQL answers it in 0.04 ms. A page of ten reads (the insights
page) spends most of its time building them, so its simplest reads are written as SQL.

Each such read filters on the owner in its own WHERE, as ``wagenmenner.access.owned``
does, and a test holds it to the ORM read it replaces on random data of two people."""

from datetime import date, datetime

from django.db import connections, router


def fetch(model, sql: str, params: list, read_as: tuple[str | None, ...] = ()) -> list[tuple]:
    """The rows of ``sql`` from ``model``'s database. Date and moment parameters are
    adapted as the ORM adapts them. ``read_as`` names, per column of the result, the
    field of ``model`` it is read as (None: as the database gives it; columns beyond
    are as given): SQLite hands moments back as text, the ORM as datetimes."""
    connection = connections[router.db_for_read(model)]
    ops = connection.ops
    params = [ops.adapt_datetimefield_value(p) if isinstance(p, datetime)
              else ops.adapt_datefield_value(p) if isinstance(p, date) else p for p in params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    readers = [_reader(model, name, connection) for name in read_as]
    if not any(readers):
        return rows
    return [tuple(read(value) if read else value for read, value in
                  zip([*readers, *[None] * (len(row) - len(readers))], row, strict=True))
            for row in rows]


def _reader(model, name: str | None, connection):
    if name is None:
        return None
    column = model._meta.get_field(name).cached_col
    converters = [*connection.ops.get_db_converters(column),
                  *column.get_db_converters(connection)]

    def read(value):
        for convert in converters:
            value = convert(value, column, connection)
        return value

    return read
