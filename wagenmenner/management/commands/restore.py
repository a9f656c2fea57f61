from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wagenmenner.backups import BackupError, backup_restore, load_identities


class Command(BaseCommand):
    help = ("Replace the database with the backup at PATH: decrypt it with --identity FILE "
            "(an age identity or SSH private key), check its integrity, then put it in "
            "place. The encryption keys of the backup's time must be configured.")

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--identity", metavar="FILE",
                            help="the private key that decrypts an encrypted backup")

    def handle(self, *args, path, identity, **options):
        try:
            identities = load_identities(Path(identity)) if identity else []
            backup_restore(source=Path(path), identities=identities)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored from {path}")
