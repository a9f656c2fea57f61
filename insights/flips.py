"""Drive → boredom flips (METHOD.md 4.4): plain functions over a pursuit's ratings.

A tracked pursuit (a project, person, hobby) is rated for intensity over time; a *flip* is
a stretch with intensity ≥ 8 followed, within 8 weeks, by intensity ≤ 3.
"""

from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from insights.metrics import NAIVE_DATETIME, local_date, mean, zone_of

DRIVE_HIGH = 8  # pursuit intensity ≥ 8 is the drive phase
BOREDOM_LOW = 3  # pursuit intensity ≤ 3 is the boredom phase
FLIP_WINDOW = timedelta(days=56)  # "within 8 weeks"

Rating = tuple[date | datetime, float]


def _as_instant(moment: date | datetime) -> datetime:
    """An aware datetime for ordering and durations; a date counts as 00:00 UTC."""
    if isinstance(moment, datetime):
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(NAIVE_DATETIME)
        return moment
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC)


def drive_boredom_flips(ratings: Iterable[Rating]) -> dict[str, Any]:
    """Drive → boredom flips of ONE pursuit.

    Ratings are (aware datetime or date, intensity 0–10), taken in time order (a date
    counts as 00:00 UTC of that day; ties keep input order).

    A *stretch* (the drive phase) opens at a rating ≥ 8 and runs to the last ≥ 8 rating
    before it closes. Ratings of 4–7 do not close it. It closes at the first of:

    - a rating ≤ 3 at most 56 days (8 weeks, inclusive) after the stretch's last ≥ 8
      rating: that is a **flip** (start, peak_end, drop);
    - the first rating more than 56 days after the stretch's last ≥ 8 rating, whatever its
      value: the ratings stayed below 8 for the whole flip window, so there was no flip;
      that rating is then judged afresh (a ≥ 8 rating opens a new stretch).

    So 9, 6, 9, 2 (all close together) is one stretch and one flip, and 9, 6, 2 is a flip
    too (the 2 is within 8 weeks of the 9).

    ``drive_days`` of a flip = days from its first to its last ≥ 8 rating (0 when the
    stretch is a single rating; fractional for datetimes). Returns ``{"count",
    "mean_drive_days" (None if no flips), "flips": [{"start", "peak_end", "drop",
    "drive_days"}]}`` with the original date/datetime values.
    """
    ordered = sorted(ratings, key=lambda r: _as_instant(r[0]))
    flips: list[dict[str, Any]] = []
    # The open stretch as (first ≥ 8 moment, last ≥ 8 moment), or None.
    stretch: tuple[date | datetime, date | datetime] | None = None
    for moment, intensity in ordered:
        if intensity is None:
            continue
        if stretch and _as_instant(moment) - _as_instant(stretch[1]) > FLIP_WINDOW:
            stretch = None
        if stretch is None:
            if intensity >= DRIVE_HIGH:
                stretch = (moment, moment)
        elif intensity >= DRIVE_HIGH:
            stretch = (stretch[0], moment)
        elif intensity <= BOREDOM_LOW:
            first, last = stretch
            drive = _as_instant(last) - _as_instant(first)
            flips.append({"start": first, "peak_end": last, "drop": moment,
                          "drive_days": drive.total_seconds() / 86400})
            stretch = None
    return {"count": len(flips), "mean_drive_days": mean(f["drive_days"] for f in flips),
            "flips": flips}


def flips_summary(pursuits: Mapping[str, Iterable[Rating]], *, start: date | None = None,
                  end: date | None = None, tz: str | tzinfo = "UTC") -> dict[str, Any]:
    """Flips over all pursuits: total ``count`` and ``mean_drive_days`` (each flip weighs
    once, across pursuits), plus per pursuit ``{"name", "count", "mean_drive_days",
    "flips"}`` in the given order.

    Stretches are found in the full history passed in; with ``start``/``end`` only flips
    whose *drop* (the moment the flip completed) falls on a local date within [start, end]
    are kept, so a drive phase that began before the period still counts whole.
    """
    zone = zone_of(tz)
    return summary_of_flips({
        name: [f for f in drive_boredom_flips(ratings)["flips"]
               if (start is None or local_date(f["drop"], zone) >= start)
               and (end is None or local_date(f["drop"], zone) <= end)]
        for name, ratings in pursuits.items()})


def summary_of_flips(flips_by_pursuit: Mapping[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """``flips_summary`` from the flips found already, per pursuit in order (as the
    insights page reads them stored, ``insights.models.PursuitFlip``)."""
    per_pursuit: list[dict[str, Any]] = []
    all_days: list[float] = []
    for name, flips in flips_by_pursuit.items():
        days = [f["drive_days"] for f in flips]
        all_days.extend(days)
        per_pursuit.append({"name": name, "count": len(flips), "mean_drive_days": mean(days),
                            "flips": flips})
    return {"count": len(all_days), "mean_drive_days": mean(all_days), "pursuits": per_pursuit}


def new_pursuit_reminder(ratings_of_new_pursuit: Iterable[Rating],
                         past_flips_summary: Mapping[str, Any]) -> bool:
    """True when the new pursuit's first rating (earliest in time) is ≥ 8 and the person
    has at least one past flip (``past_flips_summary["count"]``, from ``flips_summary`` or
    ``drive_boredom_flips`` over the *other*, earlier pursuits; the caller leaves the new
    pursuit out)."""
    ordered = sorted(ratings_of_new_pursuit, key=lambda r: _as_instant(r[0]))
    if not ordered:
        return False
    return ordered[0][1] >= DRIVE_HIGH and past_flips_summary.get("count", 0) >= 1
