from django.core.management.base import BaseCommand, CommandError

from accounts.models import ApiToken, User


class Command(BaseCommand):
    help = ("Issue a new personal API token for EMAIL and print it (it is shown only once). "
            "It ends after --days days (default WAGENMENNER_API_TOKEN_DAYS, 90), when the "
            "password changes, or when revoked on the account page.")

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--name", default="", help="shown on the account page")
        parser.add_argument("--days", type=int, default=None)

    def handle(self, *args, email, name, days, **options):
        user = User.objects.filter(email=email.strip().lower()).first()
        if user is None:
            raise CommandError(f"No account for {email}.")
        if days is not None and not 1 <= days <= 3650:
            raise CommandError("--days must be between 1 and 3650.")
        _, raw = ApiToken.issue(user, name=name or "command line", days=days)
        self.stdout.write(raw)
