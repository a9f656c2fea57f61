"""How a request finds its person: Django's ModelBackend, with the read of every page made
by one plain statement.

Every page of a logged-in person reads their row first (``request.user``). Through the ORM
that read cost about 0.5 ms of Python to build, several times what running it costs; it is
the same read here (the row with this id, every column, each value converted as the ORM
converts it), as accounts/sessions.py reads the session row. Logging in, passwords and
permissions are ModelBackend's, unchanged.

Sessions name the backend that logged them in; those from before this backend named
Django's, and migration 0004 renamed it in every live session, so nobody is logged out.
"""

import weakref

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models.expressions import Col

PATH = "accounts.backends.UserBackend"

# Per connection: the statement, the field names, and each column's converters. Derived
# from the schema and the database driver, the same for every read.
_reads = weakref.WeakKeyDictionary()


def _read_for(connection, model):
    read = _reads.get(connection)
    if read is None:
        meta = model._meta
        fields = meta.concrete_fields
        columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
        statement = (f"SELECT {columns} FROM {connection.ops.quote_name(meta.db_table)} "  # noqa: S608 (names from the schema)
                     f"WHERE {connection.ops.quote_name(meta.pk.column)} = %s")
        converters = []
        for k, field in enumerate(fields):
            found = (connection.ops.get_db_converters(Col(meta.db_table, field))
                     + field.get_db_converters(connection))
            if found:
                converters.append((k, field, found))
        read = _reads[connection] = (statement, [f.attname for f in fields], converters)
    return read


class UserBackend(ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        try:
            pk = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        alias = router.db_for_read(model)
        connection = connections[alias]
        statement, _, _ = _read_for(connection, model)
        with connection.cursor() as cursor:
            cursor.execute(statement, [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        user = user_from_row(connection, model, row)
        return user if self.user_can_authenticate(user) else None


def user_from_row(connection, model, row) -> object:
    """The person of a row of every column of ``model`` (in field order, as ``_read_for``
    selects them), each value converted as the ORM converts it."""
    _, names, converters = _read_for(connection, model)
    values = list(row)
    for k, field, functions in converters:
        value = values[k]
        for function in functions:
            value = function(value, field, connection)
        values[k] = value
    return model.from_db(connection.alias, names, values)
