from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from wagenmenner import portability
from wagenmenner.env import create_private_file_once


class Command(BaseCommand):
    help = ("Write everything of the account EMAIL to FILE, a ZIP as on the account page (one "
            "JSON file per kind, CSVs, a README). FILE is new and readable by its owner only.")

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("file")

    def handle(self, *args, email, file, **options):
        user = User.objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"No account for {email}.")
        target = Path(file)
        if target.exists():
            raise CommandError(f"{target} exists already; choose a new file name.")
        data = portability.export_zip(user)
        create_private_file_once(target, "")
        target.write_bytes(data)
        self.stdout.write(f"Export of {user.email} written to {target} ({len(data)} bytes)")
