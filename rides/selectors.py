"""Reads of rides that other apps' pages show."""

from datetime import datetime

from rides.models import Ride
from wagenmenner.sql import columns, fetch, fields_of, instance

HOME_LOOKBACKS, HOME_UNFINISHED = 5, 3

_RIDES = Ride._meta.db_table
_LOOKBACK_FIELDS = fields_of(Ride, ("started_at", "lookback_due_at", "action"))
_UNFINISHED_FIELDS = fields_of(Ride, ("started_at", "committed_at", "reached_step"))
# ``owned(Ride, user).open_lookbacks()`` and ``.unfinished()``, in the orders home shows
# them, as SQL (wagenmenner.sql): built by the ORM, the two cost home about a millisecond.
# Each finds its rows through a partial index (migration rides/0003), whatever the history.
_LOOKBACKS_SQL = (f"SELECT {columns(_LOOKBACK_FIELDS, _RIDES)} FROM {_RIDES}"  # noqa: S608 (names)
                  " WHERE owner_id = %s AND committed_at IS NOT NULL"
                  " AND lookback_done_at IS NULL ORDER BY lookback_due_at ASC LIMIT %s")
_UNFINISHED_SQL = (f"SELECT {columns(_UNFINISHED_FIELDS, _RIDES)} FROM {_RIDES}"  # noqa: S608 (names)
                   " WHERE owner_id = %s AND committed_at IS NULL"
                   " ORDER BY started_at DESC LIMIT %s")


def home_context(user, now: datetime) -> dict:
    """What home shows of rides: the first look-backs to do by their planned time, and
    the latest unfinished rides. Two queries, reading only the columns the cards show
    (no other free text is decrypted)."""
    lookbacks = [instance(Ride, _LOOKBACK_FIELDS, row)
                 for row in fetch(Ride, _LOOKBACKS_SQL, [user.pk, HOME_LOOKBACKS])]
    return {
        "open_lookbacks": lookbacks,
        "lookbacks_due": sum(1 for r in lookbacks
                             if r.lookback_due_at and r.lookback_due_at <= now),
        "unfinished": [instance(Ride, _UNFINISHED_FIELDS, row)
                       for row in fetch(Ride, _UNFINISHED_SQL, [user.pk, HOME_UNFINISHED])],
    }
