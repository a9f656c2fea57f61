import time

from django.core.management.base import BaseCommand

from wagenmenner.demo import DEFAULT_MONTHS, DEFAULT_SEED, create_demo


class Command(BaseCommand):
    help = ("Create the demo people (METHOD 4.12): four made-up lives with months of history. "
            "Running it again adds nothing; --reset recreates them (with new passwords).")

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true",
                            help="delete the demo accounts first, then create them anew")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                            help="the same seed on the same day gives the same history")
        parser.add_argument("--months", type=float, default=DEFAULT_MONTHS,
                            help=f"months of history (default {DEFAULT_MONTHS})")

    def handle(self, *args, reset, seed, months, **options):
        started = time.monotonic()
        logins = create_demo(seed=seed, months=months, reset=reset)
        for login in logins:
            if login.created:
                partner = (f"  (partner of {login.extra['partner']})"
                           if login.extra.get("partner") else "")
                self.stdout.write(f"{login.email}  password: {login.password}{partner}")
                self.stdout.write(f"    {login.checkins} check-ins, {login.rides} rides, "
                                  f"{login.escalations} escalations")
            else:
                self.stdout.write(f"{login.email}  already there (use --reset for new "
                                  "passwords and a fresh history)")
        self.stdout.write(self.style.SUCCESS(
            f"Demo ready in {time.monotonic() - started:.1f} s. Log in at /inloggen/ with an "
            "address and password above."))
