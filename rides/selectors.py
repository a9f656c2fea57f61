"""Reads of rides that other apps' pages show."""

from datetime import datetime

from rides.models import Ride
from wagenmenner.access import owned

HOME_LOOKBACKS, HOME_UNFINISHED = 5, 3


def home_context(user, now: datetime) -> dict:
    """What home shows of rides: the first look-backs to do by their planned time, and
    the latest unfinished rides. Two queries on partial indexes, whatever the history,
    reading only the columns the cards show (no other free text is decrypted)."""
    rides = owned(Ride, user)
    lookbacks = list(rides.open_lookbacks().only("started_at", "lookback_due_at", "action")
                     .order_by("lookback_due_at")[:HOME_LOOKBACKS])
    return {
        "open_lookbacks": lookbacks,
        "lookbacks_due": sum(1 for r in lookbacks
                             if r.lookback_due_at and r.lookback_due_at <= now),
        "unfinished": list(rides.unfinished().only("started_at", "committed_at", "reached_step")
                           .order_by("-started_at")[:HOME_UNFINISHED]),
    }
