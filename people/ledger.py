"""The reciprocity ledger's sums (METHOD 4.5): plain Python, no Django.

An entry is given as ``(direction, weight)`` or ``(local date, direction, weight)``;
weights are 1 (small), 2 (medium) or 3 (large). The balance is what the person gave
minus what they received, by weight: positive means they gave more. "Asked" and
"refused" are counted beside it, not in it: being asked is not receiving, and a refusal
is not a gift.
"""

from collections.abc import Iterable
from datetime import date, timedelta

DIRECTIONS = ("gave", "received", "asked", "refused")

# When is one side "a lot" more? At least three times the other side's weight and three
# points apart (three small things, or one large): one entry more is never "a lot".
MUCH_RATIO = 3
MUCH_POINTS = 3


def totals(entries: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Sums of weights per direction, and ``balance`` = gave − received."""
    sums = dict.fromkeys(DIRECTIONS, 0)
    for direction, weight in entries:
        sums[direction] += weight
    sums["balance"] = sums["gave"] - sums["received"]
    return sums


def balance_kind(gave: int, received: int) -> str:
    """How the two sides compare, in words the page turns into a sentence:
    ``none`` (nothing either way), ``even``, ``more_given``, ``much_more_given``,
    ``more_received`` or ``much_more_received``.

    About even: one point apart at most, or the larger side under 1.5 times the smaller."""
    if gave == 0 and received == 0:
        return "none"
    high, low = max(gave, received), min(gave, received)
    if high - low <= 1 or 2 * high < 3 * low:
        return "even"
    side = "given" if gave > received else "received"
    if high >= MUCH_RATIO * low and high - low >= MUCH_POINTS:
        return f"much_more_{side}"
    return f"more_{side}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def weekly_balance(entries: Iterable[tuple[date, str, int]], start: date,
                   end: date) -> list[dict]:
    """Per ISO week from the week of ``start`` to the week of ``end`` (local dates):
    the sums per direction, that week's ``net`` (gave − received) and the running
    ``balance`` since the first week. Entries outside start..end are left out; weeks
    without entries are there, with zeros, so a chart's time axis is true."""
    first, last = monday_of(start), monday_of(end)
    if last < first:
        return []
    weeks = [{"start": first + timedelta(weeks=k), **dict.fromkeys(DIRECTIONS, 0)}
             for k in range((last - first).days // 7 + 1)]
    for day, direction, weight in entries:
        if start <= day <= end:
            weeks[(day - first).days // 7][direction] += weight
    running = 0
    for week in weeks:
        week["net"] = week["gave"] - week["received"]
        running += week["net"]
        week["balance"] = running
    return weeks
