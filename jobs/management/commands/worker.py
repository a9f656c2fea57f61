import logging
import threading

from django_tasks_db.compat import TASKS_LOGGER
from django_tasks_db.management.commands import db_worker

from jobs.scheduler import tick_forever


class Command(db_worker.Command):
    """django-tasks' database worker, which takes each queued job under a row lock (SKIP
    LOCKED on PostgreSQL) so two workers never run the same job, plus a thread that
    enqueues the periodic jobs when they are due."""

    help = ("Run the background jobs: check-in and look-back reminders, notices, and the "
            "purges of old keys, sessions and results. `wagenmenner serve` starts one beside "
            "the web server; on a separate host run this and `serve --no-worker`. Any number "
            "of workers may share one database: each job runs once.")

    def configure_logging(self, verbosity: int) -> None:
        super().configure_logging(verbosity)
        # A line per job and minute would drown the log: by default only problems show.
        level = {0: logging.ERROR, 1: logging.WARNING, 2: logging.INFO}.get(verbosity,
                                                                             logging.DEBUG)
        for name in (TASKS_LOGGER, "django_tasks_db"):
            logging.getLogger(name).setLevel(level)

    def handle(self, *args, **options):
        stop = threading.Event()
        threading.Thread(target=tick_forever, args=(stop,), name="wm-scheduler",
                         daemon=True).start()
        try:
            super().handle(*args, **{**options, "reload": False})
        finally:
            stop.set()
