import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wagenmenner.management.commands.backup import pg_env, sqlite_path


class Command(BaseCommand):
    help = ("Replace the database with the backup at PATH, after checking its integrity. "
            "The encryption keys of the backup's time must be configured.")

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        source = Path(path)
        if not source.is_file():
            raise CommandError(f"No backup file at {source}.")
        db = sqlite_path()
        if db is None:
            if shutil.which("pg_restore") is None:
                raise CommandError("pg_restore is needed to restore PostgreSQL.")
            subprocess.run(["pg_restore", "--clean", "--if-exists", "--no-owner",
                            "--dbname", pg_env()["PGDATABASE"], str(source)],
                           env=pg_env(), check=True)
            self.stdout.write(f"Restored from {source}")
            return
        try:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            check = src.execute("PRAGMA integrity_check").fetchone()[0]
            has_tables = src.execute(
                "SELECT count(*) FROM sqlite_master WHERE name='django_migrations'").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CommandError(f"{source} is not a usable SQLite database: {exc}") from None
        if check != "ok":
            src.close()
            raise CommandError(f"{source} failed its integrity check: {check}")
        if not has_tables:
            src.close()
            raise CommandError(f"{source} is not a Wagenmenner backup.")
        dst = sqlite3.connect(db)
        try:
            with dst:
                src.backup(dst)
            after = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
            src.close()
        if after != "ok":
            raise CommandError(f"The restored database failed its integrity check: {after}")
        self.stdout.write(f"Restored from {source}")
