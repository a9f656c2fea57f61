import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Apply migrations and serve Wagenmenner with gunicorn (default http://127.0.0.1:8000)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS", "2")))
        parser.add_argument("--no-migrate", action="store_true")

    def handle(self, *args, host, port, workers, no_migrate, **options):
        if not no_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Wagenmenner: http://{host}:{port}/  (data: {settings.DATA_DIR})")
        self.stdout.flush()
        # exec, so signals (Ctrl-C, systemd) go straight to gunicorn.
        gunicorn = [sys.executable, "-m", "gunicorn", "wagenmenner.wsgi:application",
                    "--bind", f"{host}:{port}", "--workers", str(workers),
                    "--access-logfile", "-", "--graceful-timeout", "10",
                    # Load the app once, before the workers fork: they start warm.
                    "--preload",
                    # No personal data in logs: only method, path without query, status.
                    "--access-logformat", '%(t)s "%(m)s %(U)s" %(s)s %(L)ss']
        os.execv(sys.executable, gunicorn)  # noqa: S606 - fixed argv, no shell
