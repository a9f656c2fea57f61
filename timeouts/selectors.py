"""Reads for time-outs: the running one, the one that waits for its look-back, the log,
and the insights' figures."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from insights.metrics import per_four_weeks
from insights.periods import utc_bounds
from timeouts.models import TimeOut, TimeoutProtocol
from wagenmenner.access import LIVE_ROLES, READ, Grant, grants_of_reader, owned
from wagenmenner.sql import fetch

# How long after its end a time-out still asks for a check-in and a look-back.
PROMPT_FOR = timedelta(hours=24)


def protocol_for(user, *, with_person: bool = True) -> TimeoutProtocol | None:
    protocols = owned(TimeoutProtocol, user)
    return (protocols.select_related("person") if with_person else protocols).first()


def agreement_for(user, *, with_person: bool = True) -> TimeoutProtocol:
    """The saved agreement, or an unsaved one with the defaults (30 minutes, talk again
    below alarm 5) that a time-out without an agreement follows; ``pk`` tells them apart."""
    return protocol_for(user, with_person=with_person) or TimeoutProtocol()


def current(user, now: datetime, *, with_starter: bool = True) -> TimeOut | None:
    """The running time-out, if any (with who started it, where that is shown)."""
    running = owned(TimeOut, user).filter(ended_at__isnull=True, ends_at__gt=now)
    return (running.select_related("started_by") if with_starter else running).first()


def awaiting_return(latest: TimeOut | None, now: datetime) -> TimeOut | None:
    """The latest time-out, if it is over, ended within the last 24 hours and is not yet
    closed with "we talked again": home and the time-out page ask for a check-in and a
    look-back."""
    if latest is None or latest.returned_at is not None:
        return None
    ended = latest.end_moment(now)
    return latest if ended is not None and now - ended <= PROMPT_FOR else None


def home_context(user, now: datetime) -> dict:
    """One query: the latest time-out is the running one, or the one that may wait for
    its look-back (at most one is open at a time)."""
    return latest_context(owned(TimeOut, user).first(), now)


def latest_context(latest: TimeOut | None, now: datetime) -> dict:
    """``home_context`` of the latest time-out read already (home reads it with other
    things, ``wagenmenner.home_reads``)."""
    running = latest if latest is not None and latest.is_running(now) else None
    return {"timeout_running": running,
            "timeout_over": None if running else awaiting_return(latest, now)}


def timeouts_for_period(user, start: date, end: date) -> dict:
    """The insights' ``timeouts`` key: how many started on the local dates start..end, and
    how many per 4 weeks (buckets from ``start``, as the escalations')."""
    zone = user.zone
    lo, hi = utc_bounds(start, end, zone)
    # As SQL (wagenmenner.sql): the ORM cost the insights page ten times more to build it.
    moments = [moment for (moment,) in fetch(
        TimeOut, f"SELECT started_at FROM {TimeOut._meta.db_table} WHERE owner_id = %s"  # noqa: S608 (a name)
        " AND started_at >= %s AND started_at < %s", [user.pk, lo, hi], read_as=("started_at",))]
    buckets = per_four_weeks(moments, start, end, zone)
    for bucket in buckets:
        for key in ("start", "end"):
            bucket[key] = bucket[key].isoformat()
    return {"count": len(moments), "per_four_weeks": buckets}


def start_context(user, now: datetime) -> dict:
    """What a start button needs: the agreement's minutes, or the running time-out's end.
    It shows neither the agreement's person nor who started the time-out: read without."""
    return {"timeout_protocol": agreement_for(user, with_person=False),
            "timeout_running": current(user, now, with_starter=False)}


SHARED_KIND = "timeout_protocol"


@dataclass(frozen=True)
class SharedTimeout:
    """A time-out of someone who shares their time-out agreement with the reader: what the
    reader may see of it (never its look-back)."""

    timeout: TimeOut
    grant: Grant
    protocol: TimeoutProtocol


def shared_running(user, now: datetime) -> list[SharedTimeout]:
    """The running time-outs of the people who share their agreement with ``user`` as
    partner or close one: three queries at most, whatever the number of links."""
    grants = grants_of_reader(user, READ, role=LIVE_ROLES, kind=SHARED_KIND)
    by_owner = {}
    for per_kind in grants.values():
        by_owner.setdefault(per_kind[SHARED_KIND].owner.pk, per_kind[SHARED_KIND])
    if not by_owner:
        return []
    running = list(TimeOut.objects.filter(owner_id__in=by_owner, ended_at__isnull=True,
                                          ends_at__gt=now).select_related("started_by"))
    if not running:
        return []
    protocols = {p.owner_id: p for p in TimeoutProtocol.objects.filter(
        owner_id__in=[t.owner_id for t in running])}
    return [SharedTimeout(t, by_owner[t.owner_id], protocols.get(t.owner_id) or TimeoutProtocol())
            for t in running]


def shared_log(owner, limit: int = 10):
    """The latest time-outs of ``owner`` for a reader the agreement is shared with (call
    only with a grant): when, how long, who started and ended them."""
    return owned(TimeOut, owner).select_related("started_by", "ended_by")[:limit]
