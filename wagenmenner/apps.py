import os
from pathlib import Path

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _private_sqlite_files(sender, connection, **kwargs):
    """The database and its WAL and shared-memory files are readable by their owner only.
    SQLite gives the -wal and -shm files the database file's mode, so this holds for files
    made later too; it is checked again on every new connection (cheap: three chmods)."""
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict["NAME"])
    if name.startswith(":memory:") or name.startswith("file:"):
        return
    for suffix in ("", "-wal", "-shm"):
        path = Path(name + suffix)
        if path.exists() and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)


class WagenmennerConfig(AppConfig):
    name = "wagenmenner"

    def ready(self):
        from django.utils.module_loading import autodiscover_modules

        connection_created.connect(_private_sqlite_files, dispatch_uid="private_sqlite_files")
        # Each app declares what of a person it exports (wagenmenner/portability.py).
        autodiscover_modules("portable")
