from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from accounts.models import User
from exchange import selectors
from exchange.services import BUNDLE_KIND, access_log_operator_export
from insights.periods import local_today, parse_period


class Command(BaseCommand):
    help = ("Write a person's data as a FHIR R4 Bundle (JSON) to standard output: "
            "wagenmenner fhir-export EMAIL --start 2026-01-01 --end 2026-03-31 > bundle.json")

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--start", help="first local day, YYYY-MM-DD (default 12 weeks ago)")
        parser.add_argument("--end", help="last local day, included (default today)")
        parser.add_argument("--audit", action="store_true",
                            help="also the access log of the period, as AuditEvents")

    def handle(self, *args, email, start, end, audit, **options):
        user = User.objects.filter(email__iexact=email.strip()).first()
        if user is None:
            raise CommandError(f"No account for {email}.")
        with translation.override("en"):
            try:
                first, last = parse_period(start, end, local_today(user))
            except ValidationError as exc:
                raise CommandError("; ".join(exc.messages)) from None
        bundle = selectors.fhir_bundle(user, first, last, selectors.own_scope(audit=audit))
        # Whoever runs this on the server is not the person: they see it in their log.
        access_log_operator_export(subject=user, kind=BUNDLE_KIND,
                                   grounds="command line: wagenmenner fhir-export")
        self.stdout.write(selectors.as_json(bundle))
