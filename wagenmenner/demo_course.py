"""The course of a demo life over the months, as its file in ``demo_lives/`` describes it:
the levels each day pulls towards (moving from one figure to the next over the months, a
cycle, occasions), and its texts dealt like cards. Plain functions of the parsed file, no
Django: ``demo_builder`` turns them into rows."""

import math
import random
from datetime import date

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MOST_USES = 2  # of one text in one life


def say(text, language: str) -> str:
    """A text of a life file in the demo's language: ``{nl: …, en: …}``, or a name that
    is the same in both."""
    if isinstance(text, dict):
        return text[language]
    return "" if text is None else str(text)


def over_time(value, t: float) -> float:
    """A figure of a life file at ``t`` (0 at the start of the demo, 1 today): a single
    number stays; a list moves smoothly through its points, spread evenly over the months
    (``[from, to]``, or ``[from, halfway, to]`` …)."""
    if not isinstance(value, list | tuple):
        return float(value)
    span = max(0.0, min(1.0, t)) * (len(value) - 1)
    i = min(int(span), len(value) - 2)
    start, end = value[i], value[i + 1]
    return start + (end - start) * (1 - math.cos(math.pi * (span - i))) / 2


class Deck:
    """Texts dealt like a shuffled deck in which every card appears twice: no text is
    used more than ``MOST_USES`` times, and each once before any twice. An empty deck
    deals "": the person wrote nothing that time."""

    def __init__(self, rng: random.Random, texts: list[str]):
        texts = [t for t in texts if t]
        self.cards = []
        for _ in range(MOST_USES):
            self.cards += rng.sample(texts, len(texts))
        self.cards.reverse()

    def __len__(self) -> int:
        return len(self.cards)

    def deal(self) -> str:
        return self.cards.pop() if self.cards else ""


def clip(value: float) -> int:
    """A level on the 0–10 scale."""
    return max(0, min(10, round(value)))


# --------------------------------------------------------------------------
# The course of the months: levels, a cycle, occasions
# --------------------------------------------------------------------------


def _cycle_day(cycle: dict, n: int, days: int) -> int:
    """Where day ``n`` lies in the life's cycle; its newest round began
    ``newest_began_days_ago`` days before today."""
    return (n - (days - 1 - cycle["newest_began_days_ago"])) % cycle["days"]


def _cycle_levels(cycle: dict, day: int) -> dict:
    """The levels the cycle pulls towards on ``day`` of a round, between its frames."""
    frames = sorted((int(at), levels) for at, levels in cycle["frames"].items())
    frames.append((cycle["days"], frames[0][1]))
    for (a, low), (b, high) in zip(frames, frames[1:], strict=False):
        if a <= day <= b:
            s = (day - a) / (b - a) if b > a else 0
            return {k: over_time([low[k], high[k]], s) for k in low}
    return dict(frames[0][1])


def _occurs(occasion: dict, n: int, day: date, days: int, seed: str) -> bool:
    if "at" in occasion:  # one day, at a share of the months
        return n == int(days * occasion["at"])
    if "days" in occasion and WEEKDAYS[day.weekday()] not in occasion["days"]:
        return False
    week = day.isocalendar()[1]
    if occasion.get("weeks") == "even" and week % 2:
        return False
    chance = occasion.get("chance", 1)
    if chance >= 1:
        return True
    per = f"{day.isocalendar()[0]}-{week}" if occasion.get("per") == "week" else str(n)
    return random.Random(f"{seed}-{occasion['about']}-{per}").random() < chance


def day_state(life: dict, n: int, days: int, day: date, seed: str) -> dict:
    """The means of the levels on day ``n``, with ``sd`` (how far check-ins wander) and
    ``drinks`` (the chance of a drink on an evening check-in)."""
    t = n / max(1, days - 1)
    state = {k: over_time(v, t) for k, v in life["levels"].items()}
    state["drinks"] = over_time(life.get("drinks", 0), t)
    cycle = life.get("cycle")
    if cycle:
        pull = over_time(cycle.get("strength", 1), t)
        for k, v in _cycle_levels(cycle, _cycle_day(cycle, n, days)).items():
            state[k] += pull * (v - state[k])
    for occasion in life.get("occasions", ()):
        if _occurs(occasion, n, day, days, seed):
            for k, v in occasion["add"].items():
                state[k] += over_time(v, t)
    state["sd"] = over_time(life["spread"], t)
    state["drinks"] = max(0.0, state["drinks"])
    return state
