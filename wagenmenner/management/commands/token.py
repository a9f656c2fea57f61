from django.core.management.base import BaseCommand, CommandError

from accounts.models import ApiToken, User


class Command(BaseCommand):
    help = "Issue a new personal API token for EMAIL and print it (it is shown only once)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account for {email}.")
        _, raw = ApiToken.issue(user)
        self.stdout.write(raw)
