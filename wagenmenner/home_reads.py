"""What home reads of which a person has at most one: the check-in schedule, the warning
plan, when a text of theirs last spoke of crisis, the latest check-in and the latest
time-out. One plain statement through the person (``wagenmenner.sql``), instead of three
ORM reads that cost home about 2 ms of Python to build, and on PostgreSQL three round
trips. Every table in it is tied to the person's id; a test holds each part to the ORM
read it replaces, on random data of two people."""

from dataclasses import dataclass
from datetime import datetime

from accounts.models import User
from checkins.models import CheckIn, Schedule
from safety.models import CrisisTextSeen
from timeouts.models import TimeOut
from wagenmenner.sql import columns, fetch, fields_of, instance
from warningplan import phases as rules
from warningplan.models import WarningPlan


@dataclass(frozen=True)
class Singles:
    schedule: Schedule | None
    plan: WarningPlan | None  # the plan's row, without its phases
    crisis_at: datetime | None
    latest_checkin: rules.Checkin | None
    latest_timeout: TimeOut | None  # the running one, or the one that may await its look-back


# Each part: the model, its fields read, the alias in the statement, how it is joined.
_PARTS = (
    (Schedule, None, "s", "s.owner_id = u.id"),
    (WarningPlan, None, "p", "p.owner_id = u.id"),
    (CrisisTextSeen, ("at",), "c", "c.owner_id = u.id"),
    # The latest by the orders of ``warningplan.selectors.latest_checkin`` and of
    # ``TimeOut.Meta.ordering``.
    (CheckIn, ("recorded_at", "alarm", "dark_thoughts"), "ci",
     "ci.id = (SELECT id FROM {table} WHERE owner_id = u.id"
     " ORDER BY recorded_at DESC, id DESC LIMIT 1)"),
    (TimeOut, None, "t", "t.id = (SELECT id FROM {table} WHERE owner_id = u.id"
     " ORDER BY started_at DESC, id DESC LIMIT 1)"),
)
_FIELDS = [fields_of(model, names) for model, names, _, _ in _PARTS]
_SELECT = ", ".join(columns(fields, alias)
                    for fields, (_, _, alias, _) in zip(_FIELDS, _PARTS, strict=True))
_JOINS = "".join(f" LEFT JOIN {model._meta.db_table} {alias} ON "
                 + join.format(table=model._meta.db_table) for model, _, alias, join in _PARTS)
_SQL = f"SELECT {_SELECT} FROM {User._meta.db_table} u{_JOINS} WHERE u.id = %s"  # noqa: S608 (names)

def singles(user) -> Singles:
    """The person's rows of which there is at most one: one query."""
    row = fetch(User, _SQL, [user.pk])[0]
    found, start = [], 0
    for (model, _, _, _), fields in zip(_PARTS, _FIELDS, strict=True):
        found.append(instance(model, fields, row[start:start + len(fields)]))
        start += len(fields)
    schedule, plan, crisis_text, checkin, timeout = found
    return Singles(
        schedule=schedule, plan=plan, crisis_at=crisis_text.at if crisis_text else None,
        latest_checkin=(rules.Checkin(checkin.pk, checkin.recorded_at, checkin.alarm,
                                      checkin.dark_thoughts) if checkin else None),
        latest_timeout=timeout)
