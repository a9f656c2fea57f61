import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection


def sqlite_path() -> Path | None:
    if connection.vendor != "sqlite":
        return None
    return Path(connection.settings_dict["NAME"])


def pg_env() -> dict:
    s = connection.settings_dict
    env = dict(os.environ)
    env.update({"PGHOST": str(s.get("HOST") or ""), "PGPORT": str(s.get("PORT") or ""),
                "PGUSER": s.get("USER") or "", "PGPASSWORD": s.get("PASSWORD") or "",
                "PGDATABASE": s["NAME"]})
    return env


class Command(BaseCommand):
    help = ("Write a consistent copy of the database to PATH, safe while the app runs "
            "(SQLite's online backup; pg_dump for PostgreSQL). Keep the encryption keys "
            "(data folder encryption_keys.json) apart from the backup.")

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        target = Path(path)
        if target.exists():
            raise CommandError(f"{target} exists already; choose a new file name.")
        target.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite_path()
        if db is None:
            if shutil.which("pg_dump") is None:
                raise CommandError("pg_dump is needed to back up PostgreSQL.")
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            subprocess.run(["pg_dump", "--format=custom", "--file", str(target)],
                           env=pg_env(), check=True)
        else:
            tmp = target.with_name(target.name + ".part")
            # Private from its first byte, not only once it is finished.
            os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
            src = sqlite3.connect(db)
            dst = sqlite3.connect(tmp)
            try:
                with dst:
                    src.backup(dst)  # page by page, under SQLite's own locking
                ok = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
                src.close()
            if ok != "ok":
                tmp.unlink(missing_ok=True)
                raise CommandError(f"The copy failed its integrity check: {ok}")
            os.replace(tmp, target)
        os.chmod(target, 0o600)
        self.stdout.write(f"Backup written to {target}")
