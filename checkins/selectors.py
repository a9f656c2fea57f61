"""Reads for check-ins: what the home screen, the history and the API show."""

from datetime import date, datetime, time, timedelta

from checkins import schedule as moments
from checkins.models import SCALES, CheckIn, Schedule
from wagenmenner.access import owned
from wagenmenner.moments import EARLIEST_YEAR, LATEST_YEAR
from wagenmenner.sql import fetch

OUT_FIELDS = ("id", "recorded_at", *SCALES, "substance", "substance_amount", "conflict", "note",
              "dark_thoughts", "created_at")


def checkin_as_dict(checkin: CheckIn) -> dict:
    """A check-in as JSON-ready values (the API's shape, also stored for replays)."""
    data = {name: getattr(checkin, name) for name in OUT_FIELDS}
    for name in ("recorded_at", "created_at"):
        data[name] = data[name].isoformat() if data[name] else None
    return data


def schedule_for(user) -> Schedule | None:
    return owned(Schedule, user).first()


_ASKS_SQL = (f"SELECT ask_dark_thoughts FROM {Schedule._meta.db_table}"  # noqa: S608 (names)
             " WHERE owner_id = %s")


def asks_dark_thoughts(user) -> bool:
    """Whether the person's schedule asks about dark thoughts, the one thing of it the
    check-in page needs: one plain statement of one column (wagenmenner/sql.py) instead of
    the ORM's read of the whole row (about a tenth of the page's CPU). A person has at most
    one schedule; without one, nothing is asked."""
    rows = fetch(Schedule, _ASKS_SQL, [user.pk], read_as=("ask_dark_thoughts",))
    return bool(rows) and rows[0][0]


def checkins_home_context(user, now: datetime, last_at: datetime | None,
                          sched: Schedule | None) -> dict:
    """What the home screen shows about check-ins: the moment that is due, if any, and
    the next one, given when the latest check-in was and the schedule (home reads both
    with other things). No query."""
    context = {"checkin_due": None, "checkin_next": None}
    if sched is None or sched.mode == Schedule.Mode.OFF:
        return context
    plan, tz = sched.plan(), user.zone
    context["checkin_due"] = moments.due_moment(plan, now, tz, last_at)
    context["checkin_next"] = moments.next_moment(plan, now, tz)
    return context


def upcoming_moments(sched: Schedule, user, now: datetime, days: int = 2) -> list[datetime]:
    """The moments from now to the end of the day after ``days - 1`` days, as a preview."""
    tz = user.zone
    end_day = now.astimezone(tz).date() + timedelta(days=days)
    end = datetime.combine(end_day, time(0), tzinfo=tz)
    return moments.moments_between(sched.plan(), now, end, tz)


def checkins_between(user, start: date | None, end: date | None):
    """The person's check-ins from the start of ``start`` to the end of ``end``, both
    local dates in the person's time zone, newest first."""
    qs = owned(CheckIn, user)
    tz = user.zone
    # Days near the ends of the calendar would overflow when moved to UTC; before 1900 or
    # after 2199 no check-in can lie (wagenmenner/moments.py), so they mean "no limit".
    if start is not None and start.year >= EARLIEST_YEAR:
        qs = qs.filter(recorded_at__gte=datetime.combine(start, time(0), tzinfo=tz))
    if end is not None and end.year <= LATEST_YEAR:
        qs = qs.filter(recorded_at__lt=datetime.combine(end + timedelta(days=1), time(0),
                                                        tzinfo=tz))
    return qs
