from django.core.management.base import BaseCommand

from wagenmenner.cleanup import run_all


class Command(BaseCommand):
    help = ("Delete expired sessions, idempotency keys older than 24 hours, login records past "
            "their time and old throttle counts. Safe to run at any time; daily is enough.")

    def handle(self, *args, **options):
        for name, count in run_all().items():
            self.stdout.write(f"{name}: {count} deleted")
