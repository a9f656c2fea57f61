"""Periodic jobs without cron: every worker ticks, and the database decides which one
enqueues a due run, so two workers (two app hosts) never run a period twice.

The claim is one conditional UPDATE: ``next_run_at`` moves on only where it was still due.
On PostgreSQL the second of two simultaneous updates waits for the first, re-reads the
row, finds it no longer due and changes nothing; SQLite runs writes one at a time. The
run is enqueued in the same transaction, so a claim without its run cannot happen. A
worker that was down for a day enqueues one run, not a day of them.
"""

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from jobs import tasks
from jobs.models import PeriodicJob

log = logging.getLogger(__name__)

# How often a worker looks for due periodic jobs.
TICK_SECONDS = 15


@dataclass(frozen=True)
class Periodic:
    name: str
    every: timedelta
    task: object


PERIODIC = (
    Periodic("checkin-reminders", timedelta(minutes=1), tasks.checkin_reminders),
    Periodic("lookback-reminders", timedelta(minutes=1), tasks.lookback_reminders),
    Periodic("purge", timedelta(hours=1), tasks.purge),
)


def enqueue_due(now: datetime | None = None) -> list[str]:
    """Enqueue every periodic job that is due and not yet taken by another worker."""
    now = now or timezone.now()
    # A new job is due at once; ignore_conflicts: another worker may insert it too.
    PeriodicJob.objects.bulk_create([PeriodicJob(name=job.name, next_run_at=now)
                                     for job in PERIODIC], ignore_conflicts=True)
    enqueued = []
    for job in PERIODIC:
        with transaction.atomic():
            claimed = PeriodicJob.objects.filter(name=job.name, next_run_at__lte=now).update(
                next_run_at=now + job.every, last_enqueued_at=now)
            if claimed:
                job.task.enqueue()
                enqueued.append(job.name)
    return enqueued


def tick_forever(stop: threading.Event, seconds: float = TICK_SECONDS) -> None:
    """The worker's scheduling thread: survives a database that is away for a while."""
    while not stop.is_set():
        try:
            close_old_connections()
            enqueue_due()
        except Exception:
            log.exception("Could not enqueue the periodic jobs; trying again shortly.")
            connection.close()
        stop.wait(seconds)
    connection.close()
