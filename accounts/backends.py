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

from functools import cache

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import ValidationError
from django.db import connections, router

from wagenmenner.sql import columns, fields_of, instance

PATH = "accounts.backends.UserBackend"


@cache
def _person_read(model) -> tuple[str, list]:
    """The statement and the fields it reads, from the schema: the same for every read."""
    fields, table = fields_of(model), model._meta.db_table
    return (f"SELECT {columns(fields, table)} FROM {table}"  # noqa: S608 (names from the schema)
            f' WHERE "{model._meta.pk.column}" = %s', fields)


class UserBackend(ModelBackend):
    def get_user(self, user_id):
        model = get_user_model()
        try:
            pk = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        alias = router.db_for_read(model)
        connection = connections[alias]
        with connection.cursor() as cursor:
            cursor.execute(_person_read(model)[0], [pk])
            row = cursor.fetchone()
        if row is None:
            return None
        user = user_from_row(model, row, alias)
        return user if self.user_can_authenticate(user) else None


def user_from_row(model, row, using: str | None = None) -> object:
    """The person of a row of every column of ``model``, in the order of
    ``wagenmenner.sql.fields_of``, each value converted as the ORM converts it."""
    return instance(model, _person_read(model)[1], row, using)
