from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from wagenmenner import portability


class Command(BaseCommand):
    help = ("Read FILE, an export of Wagenmenner (ZIP), into the empty account EMAIL (make it "
            "first, with `wagenmenner createuser EMAIL`). All of it is stored, or nothing.")

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("file")

    def handle(self, *args, email, file, **options):
        user = User.objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"No account for {email}: make it with `wagenmenner createuser`.")
        source = Path(file)
        if not source.is_file():
            raise CommandError(f"No file at {source}.")
        try:
            counts = portability.import_zip(user, source.read_bytes())
        except portability.ImportError_ as exc:
            raise CommandError(str(exc)) from None
        total = sum(counts.values())
        self.stdout.write(f"Read {total} entries into {user.email}: " + ", ".join(
            f"{name} {count}" for name, count in counts.items() if count))
