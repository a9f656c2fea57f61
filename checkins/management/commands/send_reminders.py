from django.core.management.base import BaseCommand

from checkins.push import push_configured, reminders_send


class Command(BaseCommand):
    help = ("Send a Web Push reminder for every scheduled check-in moment that is due, once "
            "per moment. Run it every few minutes (cron, a systemd timer).")

    def handle(self, *args, **options):
        if not push_configured():
            self.stdout.write("Web Push is not configured (WAGENMENNER_VAPID_*): nothing sent.")
            return
        report = reminders_send()
        self.stdout.write(f"{report.due} due, {report.sent} sent, {report.failed} failed.")
