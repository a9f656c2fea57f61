import time

from django.core.management.base import BaseCommand

from wagenmenner.demo import DEFAULT_MONTHS, DEFAULT_SEED, LANGUAGES, LIVES, create_demo


class Command(BaseCommand):
    help = ("Create the demo people (METHOD 4.12): four made-up lives with months of history "
            f"(their files are in {LIVES}) and a demo therapist. Running it again adds "
            "nothing; --reset recreates them (with new passwords).")

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true",
                            help="delete the demo accounts first, then create them anew")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                            help="the same seed on the same day gives the same history")
        parser.add_argument("--months", type=float, default=DEFAULT_MONTHS,
                            help=f"months of history (default {DEFAULT_MONTHS})")
        parser.add_argument("--language", choices=LANGUAGES, default="nl",
                            help="the language of the lives' texts and of the accounts")

    def handle(self, *args, reset, seed, months, language, **options):
        started = time.monotonic()
        logins = create_demo(seed=seed, months=months, reset=reset, language=language)
        for login in logins:
            if not self._new(login):
                continue
            partner = (f"  (partner of {login.extra['partner']})"
                       if login.extra.get("partner") else "")
            self.stdout.write(f"{login.email}  password: {login.password}{partner}")
            self.stdout.write(f"    {login.checkins} check-ins, {login.rides} rides, "
                              f"{login.escalations} escalations")
        therapist = logins.therapist
        if therapist and self._new(therapist):
            extra = therapist.extra
            self.stdout.write(f"{therapist.email}  password: {therapist.password}  (therapist "
                              f"of {', '.join(extra['clients'])})")
            self.stdout.write("    second factor: add this secret to an authenticator app "
                              f"(TOTP): {extra['totp_secret']}")
            self.stdout.write("    or log in with one of these one-time recovery codes: "
                              + " ".join(extra["recovery_codes"]))
        self.stdout.write(self.style.SUCCESS(
            f"Demo ready in {time.monotonic() - started:.1f} s. Log in at /inloggen/ with an "
            "address and password above."))

    def _new(self, login) -> bool:
        if not login.created:
            self.stdout.write(f"{login.email}  already there (use --reset for new passwords "
                              "and a fresh history)")
        return login.created
