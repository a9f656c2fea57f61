from django.core.management.base import BaseCommand, CommandError

from accounts.models import User
from twofactor.services import second_factor_remove


class Command(BaseCommand):
    help = ("Turn off EMAIL's second factor (app, passkeys, recovery codes), for a person who "
            "lost all of them. Check who asks, outside the app, before you run it.")

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account for {email}.")
        second_factor_remove(user=user)
        self.stdout.write(f"The second factor of {user.email} is off; they log in with their "
                          "password and can set up a new one.")
