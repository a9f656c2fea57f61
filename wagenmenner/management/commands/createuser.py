import sys

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.models import User
from accounts.services import account_create
from therapist.services import clinician_register


class Command(BaseCommand):
    help = "Create a person's account. The password comes from --password or standard input."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--password", help="(visible in the process list: prefer stdin)")
        parser.add_argument("--language", default="nl", choices=["nl", "en"])
        parser.add_argument("--time-zone", default="Europe/Amsterdam")
        parser.add_argument("--role", default="person", choices=["person", "clinician"],
                            help="clinician: a therapist, who sees what clients share "
                                 "once a second factor is confirmed")
        parser.add_argument("--registration", default="",
                            help="a clinician's professional registration (e.g. BIG number)")

    def handle(self, *args, email, password, language, time_zone, role, registration, **options):
        email = email.strip().lower()
        if password is None:
            password = sys.stdin.readline().rstrip("\n")
        if User.objects.filter(email__iexact=email).exists():
            raise CommandError(f"An account for {email} already exists.")
        try:
            User(email=email).clean_fields(exclude=["password", "time_zone"])
            password_validation.validate_password(password, User(email=email))
            User(email=email, time_zone=time_zone).clean_fields(exclude=["password"])
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        with transaction.atomic():
            user = account_create(email=email, password=password, language=language,
                                  time_zone=time_zone)
            if role == "clinician":
                clinician_register(user=user, registration=registration[:40])
        self.stdout.write(f"Created {email}" + (" (clinician: set up a second factor at the first "
                                                "log-in)" if role == "clinician" else ""))
