from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError

from checkins.services import IDEMPOTENCY_KEY_TTL, idempotency_keys_purge


class Command(BaseCommand):
    help = ("Delete Idempotency-Keys older than --hours (default 24). A repeat of an older "
            "request is then treated as new, so keep this above how long phones stay offline "
            "with a queue, if you can.")

    def add_arguments(self, parser):
        parser.add_argument("--hours", type=int,
                            default=int(IDEMPOTENCY_KEY_TTL.total_seconds() // 3600))

    def handle(self, *args, hours, **options):
        if hours < 24:
            raise CommandError("Keys are kept at least 24 hours: --hours must be 24 or more.")
        deleted = idempotency_keys_purge(older_than=timedelta(hours=hours))
        self.stdout.write(f"{deleted} idempotency key(s) deleted.")
