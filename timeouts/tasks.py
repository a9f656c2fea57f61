"""A time-out's end reaches the phone too (where Web Push is configured): the worker runs
this at the end, with the time-out's id only (task arguments are stored in the clear)."""

from django_tasks import task

from checkins import push
from timeouts.models import TimeOut


@task()
def timeout_end_notice(timeout_id: int) -> dict:
    """Ask for a check-in when the time is up, unless the time-out was ended early or
    closed already: then the person is looking at it. The partners and close ones the
    agreement is shared with are asked too (the return rule is about both)."""
    from timeouts.services import people_in

    timeout = (TimeOut.objects.filter(pk=timeout_id).select_related("owner", "started_by")
               .first())
    if timeout is None or timeout.returned_at is not None or (
            timeout.ended_at is not None and timeout.ended_at < timeout.ends_at):
        return {"sent": 0}
    sent = failed = 0
    for user, url in people_in(timeout):
        report = push.notice_send(owner=user, kind="timeout_end", url=url)
        sent, failed = sent + report.sent, failed + report.failed
    return {"sent": sent, "failed": failed}
