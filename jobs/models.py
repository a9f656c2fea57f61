from django.db import models


class PeriodicJob(models.Model):
    """When a periodic job is next due. Every worker reads this table; the one whose
    update moves ``next_run_at`` on enqueues the run (jobs/scheduler.py)."""

    name = models.CharField(max_length=100, primary_key=True)
    next_run_at = models.DateTimeField()
    last_enqueued_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"{self.name} (next {self.next_run_at:%Y-%m-%d %H:%M:%S})"
