"""When check-ins are asked for: plain functions, no Django (METHOD 4.3).

A plan is either a list of fixed wall-clock times, or N random moments within a daily
window. Everything is computed in the person's time zone and returned as aware UTC
datetimes, so a moment is one instant whatever the clock says.

Time-zone traps, decided once here:
- A wall-clock time that does not exist (02:30 on the night the clocks go forward) is
  read with the offset from before the change, which lands it one hour later (03:30):
  the moment is late, never lost.
- A wall-clock time that happens twice (02:30 on the night the clocks go back) is the
  first of the two (``fold=0``).
- A random window is measured in real time between its two ends, so on those nights a
  window that spans the change is one hour shorter or longer, and every moment still
  shows a wall-clock time inside the window.
"""

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

MAX_PER_DAY = 12
# Random moments are at least this far apart on average; the window must allow it.
MIN_MINUTES_PER_MOMENT = 10


@dataclass(frozen=True)
class Plan:
    """What the person chose. ``fixed_times`` wins when given; else the random window."""

    fixed_times: tuple[time, ...] = ()
    window_start: time | None = None
    window_end: time | None = None
    per_day: int = 0
    # Makes the random moments of one person differ from another's, yet stay the same
    # on every reload of the same day (the user id).
    seed: str = ""

    @property
    def is_empty(self) -> bool:
        if self.fixed_times:
            return False
        return not (self.per_day > 0 and self.window_start is not None
                    and self.window_end is not None and self.window_start < self.window_end)


def local_moment(day: date, wall: time, tz: tzinfo) -> datetime:
    """The instant (UTC) at which the clock in ``tz`` shows ``wall`` on ``day``."""
    naive = datetime.combine(day, wall.replace(tzinfo=None, fold=0))
    return naive.replace(tzinfo=tz).astimezone(UTC)


def fixed_moments(day: date, times: Iterable[time], tz: tzinfo) -> list[datetime]:
    """The fixed times of one day, sorted, each instant once (two wall-clock times can
    meet in one instant on the night the clocks go forward)."""
    return sorted({local_moment(day, t, tz) for t in times})


def random_moments(day: date, start: time, end: time, count: int, tz: tzinfo,
                   seed: str) -> list[datetime]:
    """``count`` moments between ``start`` (inclusive) and ``end`` (exclusive) on ``day``.

    Stratified: the window is cut into ``count`` equal slots and one whole minute is
    drawn in each, so moments are spread over the day instead of bunching up, and they
    come out sorted and distinct. The generator is seeded by ``seed`` and the date, so
    the same person gets the same moments on every reload and on every server.
    """
    first = local_moment(day, start, tz)
    last = local_moment(day, end, tz)
    minutes = int((last - first).total_seconds() // 60)
    count = min(count, minutes)
    if count <= 0:
        return []
    # A str seed is hashed with SHA-512 by random.seed, independent of PYTHONHASHSEED.
    rng = random.Random(f"{seed}:{day.isoformat()}")
    moments = []
    for i in range(count):
        low, high = i * minutes // count, (i + 1) * minutes // count
        moments.append(first + timedelta(minutes=rng.randrange(low, high)))
    return moments


def moments_on(plan: Plan, day: date, tz: tzinfo) -> list[datetime]:
    """The moments of ``day`` (a date in the person's time zone)."""
    if plan.fixed_times:
        return fixed_moments(day, plan.fixed_times, tz)
    if plan.is_empty:
        return []
    return random_moments(day, plan.window_start, plan.window_end,
                          min(plan.per_day, MAX_PER_DAY), tz, plan.seed)


def moments_between(plan: Plan, start: datetime, end: datetime, tz: tzinfo) -> list[datetime]:
    """All moments with ``start <= moment < end`` (aware datetimes), sorted."""
    if plan.is_empty or end <= start:
        return []
    # One day of margin on each side: a moment of a local day can fall on the UTC day
    # before or after.
    day = start.astimezone(tz).date() - timedelta(days=1)
    last_day = end.astimezone(tz).date() + timedelta(days=1)
    found = []
    while day <= last_day:
        found.extend(m for m in moments_on(plan, day, tz) if start <= m < end)
        day += timedelta(days=1)
    return sorted(set(found))


def latest_moment(plan: Plan, now: datetime, tz: tzinfo, days_back: int = 2) -> datetime | None:
    """The last moment at or before ``now``, looking back at most ``days_back`` days."""
    past = moments_between(plan, now - timedelta(days=days_back), now + timedelta(microseconds=1),
                           tz)
    return past[-1] if past else None


def next_moment(plan: Plan, now: datetime, tz: tzinfo, days_ahead: int = 2) -> datetime | None:
    """The first moment after ``now``, looking ahead at most ``days_ahead`` days."""
    coming = moments_between(plan, now + timedelta(microseconds=1),
                             now + timedelta(days=days_ahead), tz)
    return coming[0] if coming else None


def due_moment(plan: Plan, now: datetime, tz: tzinfo,
               last_checkin_at: datetime | None) -> datetime | None:
    """The moment whose check-in is due now, if any.

    A moment is due from its time until the next moment comes, or until a check-in is
    recorded at or after it, whichever is first. So at most one moment is due at a time:
    a missed moment is not piled up on the person.
    """
    moment = latest_moment(plan, now, tz)
    if moment is None:
        return None
    if last_checkin_at is not None and last_checkin_at >= moment:
        return None
    return moment


def parse_times(text: str) -> list[time]:
    """"8:00, 13:30 20:15" → [08:00, 13:30, 20:15], sorted, each once.

    Raises ValueError naming the first part that is not a time of day.
    """
    found = set()
    for part in text.replace(",", " ").replace(";", " ").split():
        hours, sep, minutes = part.partition(":")
        if not sep:
            hours, sep, minutes = part.partition(".")
        if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2
                and len(hours) <= 2):
            raise ValueError(part)
        h, m = int(hours), int(minutes)
        if not (0 <= h <= 23 and 0 <= m <= 59):
            raise ValueError(part)
        found.add(time(h, m))
    return sorted(found)


def format_times(times: Sequence[time]) -> str:
    return ", ".join(t.strftime("%H:%M") for t in times)
