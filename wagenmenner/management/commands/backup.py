from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from wagenmenner.backups import BackupError, backup_create, parse_recipients


class Command(BaseCommand):
    help = ("Write a consistent copy of the database to PATH while the app runs (SQLite's "
            "online backup; pg_dump for PostgreSQL), encrypted with age to the keys in "
            "WAGENMENNER_BACKUP_RECIPIENTS; --plain writes it unencrypted. The file is "
            "readable by its owner only. Keep the encryption keys of the data apart from it.")

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--plain", action="store_true",
                            help="write the backup unencrypted (keep it somewhere safe)")

    def handle(self, *args, path, plain, **options):
        try:
            recipients = [] if plain else parse_recipients(settings.BACKUP_RECIPIENTS)
            if not plain and not recipients:
                raise BackupError(
                    "Backups are encrypted to WAGENMENNER_BACKUP_RECIPIENTS, which is not set. "
                    "Make a key with `wagenmenner backup-key FILE` and set the printed "
                    "recipient, or write an unencrypted backup with --plain.")
            backup_create(target=Path(path), recipients=recipients)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        how = "unencrypted" if plain else f"encrypted to {len(recipients)} key(s)"
        self.stdout.write(f"Backup written to {path} ({how})")
