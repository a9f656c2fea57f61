"""Reads of the therapist's space: the caseload, a client's sessions and the clinician's
own notes."""

from datetime import timedelta

from django.db.models import Max

from checkins.models import CheckIn
from sharing.models import Link
from therapist.models import ClinicianNote, SessionDate
from wagenmenner.access import KINDS, READ, THERAPIST, grants_of_reader

# The kinds that show when the client last checked in (the recency badge); the first one
# shared is the grounds of the access-log entry.
CHECKIN_KINDS = ("insights", "weekly_summary", "checkin_levels")
TODAY, THIS_WEEK, OLDER, NONE = "today", "this_week", "older", "none"


def recency(last_checkin_at, zone, today) -> str:
    """The badge: last check-in today, in the last seven days, longer ago, or never."""
    if last_checkin_at is None:
        return NONE
    day = last_checkin_at.astimezone(zone).date()
    if day >= today:
        return TODAY
    if day > today - timedelta(days=7):
        return THIS_WEEK
    return OLDER


def caseload(user) -> tuple[list[dict], list]:
    """The clinician's clients, oldest link first: kinds shared, last session, last
    check-in where a check-in kind is shared. Four queries whatever the number of clients.
    Returns the rows and the grants whose data the rows show (for the access log)."""
    from insights.periods import local_today

    links = list(Link.objects.active().filter(reader=user, role=THERAPIST)
                 .select_related("owner").annotate(last_session=Max("sessions__date")))
    grants = grants_of_reader(user, READ, role=THERAPIST)
    shown, owners = [], {}
    for link in links:
        kinds = grants.get(link.pk, {})
        kind = next((k for k in CHECKIN_KINDS if k in kinds), None)
        if kind is not None:
            shown.append(kinds[kind])
            owners[link.owner_id] = link
    last = dict(CheckIn.objects.filter(owner_id__in=list(owners)).values("owner_id")
                .annotate(last=Max("recorded_at")).values_list("owner_id", "last"))
    rows = []
    for link in links:
        kinds = grants.get(link.pk, {})
        last_checkin = last.get(link.owner_id) if link.owner_id in owners else None
        rows.append({
            "link_id": link.pk, "link": link,
            "client": {"id": link.owner_id, "display_name": link.owner.public_name},
            "kinds": [k for k in KINDS if k in kinds],
            "last_session": link.last_session,
            "last_checkin_at": last_checkin,
            "recency": (recency(last_checkin, link.owner.zone, local_today(link.owner))
                        if link.owner_id in owners else None),
        })
    return rows, shown


def sessions_of(link) -> list[SessionDate]:
    """The session dates recorded, the last one first."""
    return list(SessionDate.objects.filter(link=link))


def last_session_of(link, sessions: list[SessionDate] | None = None):
    """The date of the last session (None: none recorded yet), from ``sessions`` when the
    page has read them already."""
    if sessions is not None:
        return sessions[0].date if sessions else None
    return SessionDate.objects.filter(link=link).values_list("date", flat=True).first()


def notes_of(link, author):
    return ClinicianNote.objects.filter(link=link, author=author)
