from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from wagenmenner.backups import new_identity, open_private


class Command(BaseCommand):
    help = ("Make an age key pair for backups: the private key (identity) goes to FILE, "
            "readable by its owner only; the public key (recipient) is printed. Keep FILE "
            "off the server, where restores are done.")

    def add_arguments(self, parser):
        parser.add_argument("path")

    def handle(self, *args, path, **options):
        identity, recipient = new_identity()
        try:
            with open_private(Path(path)) as out:
                out.write(f"# public key: {recipient}\n{identity}\n".encode())
        except FileExistsError:
            raise CommandError(f"{path} exists already; choose a new file name.") from None
        self.stdout.write(f"WAGENMENNER_BACKUP_RECIPIENTS={recipient}")
