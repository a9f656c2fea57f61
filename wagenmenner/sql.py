"""Hand-written reads for the busiest pages. Django builds a small query in about 0.6 ms of
Python; SQLite or PostgreSQL answers it in 0.04 ms. A page of ten reads (the insights
page) spends most of its time building them, so its simplest reads are written as SQL.

Each such read filters on the owner in its own WHERE, as ``wagenmenner.access.owned``
does, and a test holds it to the ORM read it replaces on random data of two people."""

from datetime import date, datetime

from django.db import connections, router
from django.db.models import Model, signals
from django.db.models.base import ModelState
from django.db.models.fields.related_descriptors import ForeignKeyDeferredAttribute


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


def _kept(connection, kind: str) -> dict:
    """What these reads keep per connection (each field's reader, derived from the schema and
    the driver, the same for every read: the person's row is read by every page), kept on
    the connection itself. Its readers refer back to it, so a table outside keyed by the
    connection would keep every connection alive for good, one per thread that ever read."""
    return connection.__dict__.setdefault(f"_wagenmenner_{kind}", {})


def _reader(model, name: str | None, connection):
    if name is None:
        return None
    known = _kept(connection, "readers")
    read = known.get((model, name))
    if read is None:
        read = known[model, name] = _new_reader(model, name, connection)
    return read


def _new_reader(model, name: str, connection):
    """None where the ORM converts nothing (most columns): the value is read as given."""
    column = model._meta.get_field(name).cached_col
    converters = [*connection.ops.get_db_converters(column),
                  *column.get_db_converters(connection)]
    if not converters:
        return None

    def read(value):
        for convert in converters:
            value = convert(value, column, connection)
        return value

    return read


def fields_of(model, names: tuple[str, ...] | None = None) -> list:
    """``model``'s fields of these names (all concrete fields without names), in the order
    of the model, the one ``model.from_db`` takes values in; the primary key always first."""
    meta = model._meta
    wanted = None if names is None else {meta.get_field(name).attname for name in names}
    return [meta.pk, *(field for field in meta.concrete_fields if not field.primary_key
                       and (wanted is None or field.attname in wanted))]


def columns(fields: list, table: str) -> str:
    """The SELECT list of these fields from ``table`` (a name or an alias of the query)."""
    return ", ".join(f'{table}."{field.column}"' for field in fields)


def instance(model, fields: list, values, using: str | None = None):
    """A ``model`` instance read from ``values``, the columns of ``fields``, as the ORM
    builds one from a read with ``.only()``: each value converted as the ORM converts it,
    the other fields deferred. None when the primary key is NULL (a LEFT JOIN found no
    row). ``fields`` is a list made once (``fields_of``): what it needs is kept for it."""
    if values[0] is None:
        return None
    alias = using or router.db_for_read(model)
    connection = connections[alias]
    known = _kept(connection, "instances")
    found = known.get(id(fields))
    if found is None:  # kept with the list itself, so its id is not another's
        names = [field.attname for field in fields]
        found = known[id(fields)] = (fields, names, [
            (k, read) for k, field in enumerate(fields)
            if (read := _reader(model, field.name, connection)) is not None],
            _set_plainly(model, names))
    _, names, readers, plainly = found
    if readers:
        values = list(values)
        for k, read in readers:
            values[k] = read(values[k])
    if not plainly or (signals.pre_init.has_listeners(model)
                       or signals.post_init.has_listeners(model)):
        return model.from_db(alias, names, values)
    # What from_db builds, without Model.__init__'s general path (a fifth of the cost):
    # each value in its attribute, the rest deferred, the row as read from ``alias``.
    obj = model.__new__(model)
    obj._state = state = ModelState()
    state.adding, state.db = False, alias
    obj.__dict__.update(zip(names, values, strict=False))  # from_db ignores extra values too
    return obj


def _set_plainly(model, names: list[str]) -> bool:
    """Whether ``model.from_db`` would do no more than set these attributes: the model has
    no __init__ or from_db of its own, and setting none of them runs code of a descriptor
    (a foreign key's id does, but only to forget a related object a new row has not)."""
    if (model.__init__ is not Model.__init__
            or model.from_db.__func__ is not Model.from_db.__func__):
        return False
    for name in names:
        descriptor = getattr(model, name, None)
        if hasattr(descriptor, "__set__") and not isinstance(descriptor,
                                                             ForeignKeyDeferredAttribute):
            return False
    return True
