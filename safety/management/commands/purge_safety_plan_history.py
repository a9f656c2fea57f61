from django.core.management.base import BaseCommand

from safety.services import UNDO_DAYS, safety_plan_history_purge


class Command(BaseCommand):
    help = (f"Delete the earlier versions of safety plans that were deleted more than "
            f"{UNDO_DAYS} days ago (until then a deletion can be undone). Run it daily.")

    def handle(self, *args, **options):
        deleted = safety_plan_history_purge()
        self.stdout.write(f"{deleted} earlier version(s) of deleted safety plans removed.")
