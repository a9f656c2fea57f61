"""The warning plan's phases (METHOD 4.6): plain Python, no Django.

Four phases, in order: green (calm), yellow (tension rising), orange (close to
escalation), red (crisis). Each phase may start at an alarm level (``alarm_from``, 0–10,
or None when levels never suggest it). A check-in falls in the highest phase whose level
it reaches. The latest check-in, when it is recent, suggests the phase; crisis language
in a free text of the last 24 hours, or dark thoughts at 7 or higher, suggest red
whatever the alarm. A suggestion, never a verdict: the person can say "not right now".
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

PHASES = ("green", "yellow", "orange", "red")
DEFAULT_ALARM_FROM = {"green": 0, "yellow": 5, "orange": 7, "red": 9}
RECENT_CHECKIN = timedelta(hours=12)
CRISIS_TEXT_WINDOW = timedelta(hours=24)
DARK_THOUGHTS_RED = 7
LEVELS = 11  # 0..10


class ThresholdError(ValueError):
    """The levels do not rise from green to red."""


def check_alarm_from(alarm_from: Mapping[str, int | None]) -> None:
    """Levels given must lie in 0–10 and rise strictly from green to red (a phase without
    a level is skipped): otherwise a later phase could never be reached."""
    previous = None
    for phase in PHASES:
        level = alarm_from.get(phase)
        if level is None:
            continue
        if not 0 <= level <= 10:
            raise ThresholdError(phase)
        if previous is not None and level <= previous:
            raise ThresholdError(phase)
        previous = level


def phase_for_alarm(alarm: int, alarm_from: Mapping[str, int | None]) -> str | None:
    """The highest phase whose level the alarm reaches; None if it reaches none."""
    found = None
    for phase in PHASES:
        level = alarm_from.get(phase)
        if level is not None and alarm >= level:
            found = phase
    return found


@dataclass(frozen=True)
class Checkin:
    id: int
    at: datetime
    alarm: int
    dark_thoughts: int | None = None


@dataclass(frozen=True)
class Suggestion:
    """``reason`` is one of ``crisis_text``, ``dark_thoughts``, ``alarm``, ``no_phase``
    (a recent check-in below every phase's level) and ``no_checkin``."""

    phase: str | None
    reason: str
    checkin: Checkin | None = None
    level: int | None = None  # the level of the phase that the alarm reached
    crisis_text_at: datetime | None = None

    @property
    def based_on_until(self) -> datetime | None:
        """The newest moment this suggestion rests on."""
        moments = [m for m in (self.checkin and self.checkin.at, self.crisis_text_at) if m]
        return max(moments, default=None)


def suggest(alarm_from: Mapping[str, int | None], latest: Checkin | None,
            crisis_text_at: datetime | None, now: datetime) -> Suggestion:
    recent = latest if latest is not None and now - latest.at <= RECENT_CHECKIN else None
    if crisis_text_at is not None and now - crisis_text_at <= CRISIS_TEXT_WINDOW:
        return Suggestion("red", "crisis_text", recent, crisis_text_at=crisis_text_at)
    if recent is None:
        return Suggestion(None, "no_checkin")
    if recent.dark_thoughts is not None and recent.dark_thoughts >= DARK_THOUGHTS_RED:
        return Suggestion("red", "dark_thoughts", recent)
    phase = phase_for_alarm(recent.alarm, alarm_from)
    if phase is None:
        return Suggestion(None, "no_phase", recent)
    return Suggestion(phase, "alarm", recent, alarm_from[phase])


def phase_counts(weeks: Sequence[tuple[str, Sequence[int]]],
                 alarm_from: Mapping[str, int | None]) -> list[dict]:
    """Per week: how many check-ins fell in each phase, from the week's alarm histogram
    (``counts[level]`` check-ins at each level 0–10). Check-ins below every phase's
    level count in none."""
    phase_of_level = [phase_for_alarm(level, alarm_from) for level in range(LEVELS)]
    out = []
    for week, counts in weeks:
        row = {"week": week, **dict.fromkeys(PHASES, 0)}
        for level, n in enumerate(counts):
            if n and phase_of_level[level] is not None:
                row[phase_of_level[level]] += n
        out.append(row)
    return out
