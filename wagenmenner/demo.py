"""Demo data (METHOD 4.12): four made-up lives, so a newcomer sees every screen alive.

The driven entrepreneur, the front-runner heading for burn-out, the father whose
conflicts push his adult children away, and a couple (two accounts: a loner and a
pleaser) who keep finding and losing each other. Each has months of check-ins, rides
with look-backs, rules, sides, goals, people, escalations and pursuits that show their
pattern. The people are invented; their texts are plain Dutch data, not interface text.

Everything is drawn from ``random.Random`` seeded per person, and dated back from
``today``: the same seed on the same day gives the same history. Rows are written with
``bulk_create`` (EncryptedTextField encrypts in get_prep_value, which bulk_create calls).
"""

import math
import random
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction

from accounts.models import User
from accounts.services import account_create, account_delete
from charioteer.models import Echo, Goal, Horse, LifeRule, Side
from charioteer.services import SETUP_STEPS
from checkins.models import CheckIn, Pursuit, PursuitRating
from insights.models import WeeklyReview
from people.models import Escalation, Person
from rides.models import Ride, RideRule
from wagenmenner import demo_people

DOMAIN = "wagenmenner.invalid"
TIME_ZONE = "Europe/Amsterdam"
DEFAULT_SEED = 4_12
DEFAULT_MONTHS = 6
DAYS_PER_MONTH = 30.44
SCALES = ("alarm", "energy", "drive", "enjoyment", "boredom", "urge")


# --------------------------------------------------------------------------
# What a demo person is made of
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """A kind of hot moment that recurs in a life, with what the person does in a ride."""

    situation: str
    horse: str  # "drive" or "alarm"
    person: int | None  # index into Persona.people
    echoes: tuple[str, ...]
    rules: tuple[int, ...]  # indexes into Persona.rules
    goal: int | None
    deploy: int | None  # indexes into Persona.sides
    stable: int | None
    reactions: tuple[str, ...]
    signals: str
    other_needs: str
    action: str
    action_when: str
    # If it escalates anyway: (trigger, what was said or done, harm, repair,
    # verbal, things, physical)
    escalation: tuple[str, str, str, str, bool, bool, bool]


@dataclass(frozen=True)
class Persona:
    key: str
    acknowledgement: str
    horses: dict  # kind -> (name, body signals, behaviour signals)
    goals: tuple  # (domain, title, asks_of_me)
    people: tuple  # (name, relation, goal index or None)
    rules: tuple  # (if, then, goal, horse kind, min level, relation, person, echo key)
    sides: tuple  # (name, good for, when to deploy, when it harms)
    pursuits: tuple  # (name, kind)
    scenarios: tuple[Scenario, ...]
    calm_lookbacks: tuple[str, ...]
    rough_lookbacks: tuple[str, ...]
    other_calm: tuple[str, ...]
    other_rough: tuple[str, ...]
    feelings_calm: tuple[str, ...]
    feelings_rough: tuple[str, ...]
    rule_changes: tuple[str, ...]
    notes: tuple[str, ...]
    substances: tuple[tuple[str, str], ...]  # (what, how much)
    review: tuple  # (rule index, earlier if, earlier then, reason)
    state: Callable  # (n, days, date, seed) -> means per scale, "sd" and "substance"
    ride_chance: Callable  # (state, progress) -> chance of a ride that day
    keep_chance: Callable  # progress -> chance a chosen rule is kept
    escalation_chance: Callable  # (kept, progress) -> chance the ride escalates
    wild_escalation_chance: float  # per day with alarm ≥ 7, an escalation without a ride
    flips: bool = True  # do the pursuits flip from drive to boredom?
    # (days, seed) -> [(first day, drive days)] per pursuit; None: evenly spread.
    pursuit_windows: Callable | None = None
    partner_of: str = ""  # the couple: the key of the other account


@dataclass
class DemoLogin:
    email: str
    password: str
    created: bool
    checkins: int = 0
    rides: int = 0
    escalations: int = 0
    extra: dict = field(default_factory=dict)


def email_of(key: str) -> str:
    return f"demo-{key}@{DOMAIN}"


# --------------------------------------------------------------------------
# Patterns over time
# --------------------------------------------------------------------------


def _ease(a: float, b: float, t: float) -> float:
    t = max(0.0, min(1.0, t))
    return a + (b - a) * (1 - math.cos(math.pi * t)) / 2


def _project_cycles(days: int, rng: random.Random) -> list[tuple[int, int, int]]:
    """The entrepreneur's projects as (start, end of drive, end) day numbers, laid out
    backwards from today so that the newest one has just begun (with a bang)."""
    cycles = []
    start = days - rng.randint(9, 13)
    end = days + 40
    while end > 0:
        drive_days = rng.randint(17, 27)
        cycles.append((start, start + drive_days, end))
        end = start
        start = end - rng.randint(36, 50)
    return sorted(cycles)


def _couple_phase(day: int, seed: int) -> float:
    """Where the couple is in their cycle of closeness (0 close … 0.5 apart … 1 close)."""
    offset = random.Random(f"{seed}-couple").randint(0, 34)
    return ((day + offset) % 35) / 35


# --------------------------------------------------------------------------
# Building one person's history
# --------------------------------------------------------------------------


def _clip(value: float) -> int:
    return max(0, min(10, round(value)))


def _local(day: date, at: time, zone) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


class _Builder:
    def __init__(self, persona: Persona, user: User, *, seed: int, days: int, today: date):
        self.p = persona
        self.user = user
        self.seed = seed
        self.days = days
        self.first_day = today - timedelta(days=days - 1)
        self.zone = ZoneInfo(TIME_ZONE)
        self.rng = random.Random(f"{seed}-{persona.key}")
        self.now = datetime.now(UTC)

    def day(self, n: int) -> date:
        return self.first_day + timedelta(days=n)

    def build(self) -> DemoLogin:
        p, user = self.p, self.user
        user.acknowledgement = p.acknowledgement
        user.setup_state = dict.fromkeys(SETUP_STEPS, "done")
        user.save(update_fields=["acknowledgement", "setup_state"])
        self.horses = {h.kind: h for h in Horse.objects.filter(owner=user)}
        for kind, (name, body, behaviour) in p.horses.items():
            horse = self.horses[kind]
            horse.name, horse.body_signals, horse.behaviour_signals = name, body, behaviour
        Horse.objects.bulk_update(self.horses.values(),
                                  ["name", "body_signals", "behaviour_signals"])
        self.echoes = {e.key: e for e in Echo.objects.filter(owner=user)}
        self.goals = Goal.objects.bulk_create(
            [Goal(owner=user, domain=d, title=t, asks_of_me=a) for d, t, a in p.goals])
        self.people = Person.objects.bulk_create(
            [Person(owner=user, name=n, relation=r,
                    goal=self.goals[g] if g is not None else None) for n, r, g in p.people])
        self.rules = LifeRule.objects.bulk_create([
            LifeRule(owner=user, if_text=i, then_text=t,
                     goal=self.goals[g] if g is not None else None,
                     horse=self.horses[h] if h else None, min_level=lvl, relation=rel,
                     person=self.people[pe] if pe is not None else None,
                     echo=self.echoes.get(e) if e else None)
            for i, t, g, h, lvl, rel, pe, e in p.rules])
        self.sides = Side.objects.bulk_create(
            [Side(owner=user, name=n, good_for=g, when_to_deploy=w, when_harmful=h)
             for n, g, w, h in p.sides])
        states = [p.state(n, self.days, self.day(n), self.seed) for n in range(self.days)]
        checkins = self._checkins(states)
        rides, escalations = self._rides(states)
        self._pursuits()
        self._review()
        demo_people.build(self)
        return DemoLogin(email=user.email, password="", created=True, checkins=checkins,
                         rides=rides, escalations=escalations)

    # -- check-ins ----------------------------------------------------------

    def _checkins(self, states) -> int:
        rng, rows = self.rng, []
        for n, state in enumerate(states):
            count = rng.randint(3, 6)
            minutes = sorted(rng.sample(range(7 * 60 + 30, 22 * 60 + 30, 7), count))
            for m in minutes:
                evening = m >= 17 * 60
                values = {s: _clip(rng.gauss(state[s] + (0.4 if evening and s == "urge" else 0),
                                             state.get("sd", 1.1)))
                          for s in SCALES}
                substance = amount = ""
                if evening and rng.random() < state.get("substance", 0):
                    substance, amount = rng.choice(self.p.substances)
                note = rng.choice(self.p.notes) if rng.random() < 0.05 else ""
                rows.append(CheckIn(
                    owner=self.user, recorded_at=_local(self.day(n), time(m // 60, m % 60),
                                                        self.zone),
                    substance=substance, substance_amount=amount, note=note,
                    conflict=values["alarm"] >= 8 and rng.random() < 0.4, **values))
        CheckIn.objects.bulk_create(rows, batch_size=500)
        return len(rows)

    # -- rides and escalations ------------------------------------------------

    def _pick_scenario(self, state) -> Scenario:
        pulls_drive = max(state["drive"], state["urge"]) > state["alarm"] + 0.5
        wanted = "drive" if pulls_drive else "alarm"
        options = [s for s in self.p.scenarios if s.horse == wanted] or list(self.p.scenarios)
        return self.rng.choice(options)

    def _rides(self, states) -> tuple[int, int]:
        p, rng = self.p, self.rng
        rides, plans, escalations = [], [], []
        for n, state in enumerate(states):
            progress = n / max(1, self.days - 1)
            if rng.random() >= p.ride_chance(state, progress):
                continue
            scenario = self._pick_scenario(state)
            at = _local(self.day(n), time(rng.randint(8, 21), rng.choice((5, 20, 35, 50))),
                        self.zone)
            if at > self.now:
                continue
            base = state["alarm"] if scenario.horse == "alarm" else max(state["drive"],
                                                                         state["urge"])
            level = _clip(base + rng.uniform(0.5, 2.5))
            kept = [rng.random() < p.keep_chance(progress) for _ in scenario.rules]
            escalated = rng.random() < p.escalation_chance(all(kept), progress)
            recent = self.day(n) >= self.day(self.days - 3)
            looked_back = not recent or rng.random() < 0.3
            quick = rng.random() < 0.35
            ride = Ride(
                owner=self.user, mode=Ride.Mode.QUICK if quick else Ride.Mode.FULL,
                started_at=at, reached_step=7, situation="" if quick else scenario.situation,
                person=self.people[scenario.person] if scenario.person is not None else None,
                horse=self.horses[scenario.horse], level=level,
                reactions=[] if quick else list(scenario.reactions),
                signals="" if quick else scenario.signals,
                good_faith=not quick,
                goal=self.goals[scenario.goal] if scenario.goal is not None and not quick else None,
                other_needs="" if quick else scenario.other_needs,
                side_deployed=(self.sides[scenario.deploy]
                               if scenario.deploy is not None and not quick else None),
                side_stabled=(self.sides[scenario.stable]
                              if scenario.stable is not None and not quick else None),
                action=scenario.action, action_when="" if quick else scenario.action_when,
                committed_at=at + timedelta(minutes=rng.randint(2, 9)),
                lookback_due_at=at + timedelta(hours=3))
            if looked_back:
                done = at + timedelta(hours=rng.randint(3, 30))
                ride.lookback_done_at = min(done, self.now)
                ride.escalated = escalated
                ride.lookback_text = rng.choice(p.rough_lookbacks if escalated
                                                else p.calm_lookbacks)
                ride.other_did = rng.choice(p.other_rough if escalated else p.other_calm)
                ride.feeling = rng.choice(p.feelings_rough if escalated else p.feelings_calm)
                ride.go_on = not escalated
                ride.rule_change = rng.choice(p.rule_changes) if escalated else ""
            rides.append(ride)
            plans.append((scenario, kept if looked_back else [None] * len(kept), quick))
            if looked_back and escalated:
                escalations.append(self._escalation(scenario, at + timedelta(
                    minutes=rng.randint(30, 180)), level, len(rides) - 1,
                    missed=rng.choice(("rule", "act", "stop"))))
            elif state["alarm"] >= 7 and rng.random() < p.wild_escalation_chance:
                # It went wrong before a ride was even started.
                escalations.append(self._escalation(
                    self._pick_scenario(state), at - timedelta(hours=rng.randint(2, 6)),
                    _clip(state["alarm"] + 2), None,
                    missed=rng.choice(("stop", "recognise", "none"))))
        # One ride left half-way, as happens: it waits on the home screen.
        if rides and self.days > 7:
            last = self.day(self.days - 1)
            rides.append(Ride(owner=self.user, started_at=_local(last, time(7, 40), self.zone),
                              reached_step=3, horse=self.horses["alarm"], level=6,
                              situation=self.p.scenarios[0].situation))
            plans.append((None, [], True))
        Ride.objects.bulk_create(rides, batch_size=200)
        links, ride_rules = [], []
        for ride, (scenario, kept, quick) in zip(rides, plans, strict=True):
            if scenario is None:
                continue
            chosen = scenario.rules[:1] if quick else scenario.rules
            for index, was_kept in zip(chosen, kept, strict=False):
                ride_rules.append(RideRule(ride=ride, rule=self.rules[index], kept=was_kept))
            if not quick:
                links += [Ride.echoes.through(ride_id=ride.pk, echo_id=self.echoes[k].pk)
                          for k in scenario.echoes if k in self.echoes]
        RideRule.objects.bulk_create(ride_rules, batch_size=500)
        Ride.echoes.through.objects.bulk_create(links, batch_size=500)
        for escalation, index in escalations:
            escalation.ride = rides[index] if index is not None else None
        Escalation.objects.bulk_create([e for e, _ in escalations], batch_size=200)
        return len(rides), len(escalations)

    def _escalation(self, scenario: Scenario, at: datetime, alarm: int, ride_index, missed):
        trigger, what, harm, repair, verbal, things, physical = scenario.escalation
        row = Escalation(
            owner=self.user, happened_at=min(at, self.now),
            person=self.people[scenario.person] if scenario.person is not None else None,
            trigger=trigger, highest_alarm=max(alarm, 7), verbal=verbal, things=things,
            physical=physical, what_happened=what, harm=harm,
            repair=repair if self.rng.random() < 0.7 else "", missed_step=missed)
        return row, ride_index

    # -- pursuits ---------------------------------------------------------------

    def _pursuits(self) -> None:
        """Pursuits rated every few days. A flipping life starts each one at 8–10, keeps
        it there for some weeks, then drops to 1–3 and starts the next one; the newest
        pursuit has just begun high, so the reminder of the past pattern shows."""
        rng, p = self.rng, self.p
        if p.pursuit_windows:
            windows = p.pursuit_windows(self.days, self.seed)
        else:
            span = self.days / len(p.pursuits)
            windows = [(int(i * span), rng.randint(18, 30)) for i in range(len(p.pursuits))]
            windows[-1] = (self.days - rng.randint(6, 10), windows[-1][1])
        windows = [w for w in windows if w[0] < self.days][-len(p.pursuits):]
        names = p.pursuits[-len(windows):]
        pursuits, ratings = [], []
        for i, ((name, kind), (start, drive_days)) in enumerate(zip(names, windows, strict=True)):
            newest = i == len(windows) - 1
            start = max(0, start)
            pursuits.append(Pursuit(
                owner=self.user, name=name, kind=kind,
                created_at=_local(self.day(start), time(20, 15), self.zone),
                archived=i < len(windows) - 2))
            end = self.days if newest else windows[i + 1][0]
            day = start
            while day < min(end, self.days):
                if p.flips:
                    into = day - start
                    if into < drive_days:
                        value = rng.randint(8, 10)
                    elif into < drive_days + 7:
                        value = rng.randint(4, 6)  # the pull fades before it is gone
                    else:
                        value = rng.randint(1, 3)
                else:
                    value = _clip(6.5 + rng.gauss(0, 1.2))
                ratings.append((i, _local(self.day(day), time(20, 30), self.zone), value))
                day += rng.randint(3, 5)
        Pursuit.objects.bulk_create(pursuits)
        PursuitRating.objects.bulk_create(
            [PursuitRating(pursuit=pursuits[i], rated_at=min(at, self.now), intensity=v)
             for i, at, v in ratings], batch_size=500)

    # -- one weekly review -------------------------------------------------------

    def _review(self) -> None:
        index, earlier_if, earlier_then, reason = self.p.review
        rule = self.rules[index]
        monday = self.day(self.days - 1) - timedelta(days=self.day(self.days - 1).weekday() + 14)
        iso = monday.isocalendar()
        review = WeeklyReview.objects.create(
            owner=self.user, week=f"{iso[0]:04d}-W{iso[1]:02d}", kind=WeeklyReview.Kind.RULE,
            object_id=rule.pk, reason=reason, before=f"{earlier_if} → {earlier_then}",
            after=f"{rule.if_text} → {rule.then_text}")
        WeeklyReview.objects.filter(pk=review.pk).update(
            created_at=_local(monday + timedelta(days=6), time(19, 30), self.zone))


# --------------------------------------------------------------------------
# Creating, resetting
# --------------------------------------------------------------------------


def demo_emails() -> list[str]:
    return [email_of(p.key) for p in PERSONAS]


def create_demo(*, seed: int = DEFAULT_SEED, months: float = DEFAULT_MONTHS,
                reset: bool = False, today: date | None = None,
                password: str | None = None) -> list[DemoLogin]:
    """Create the demo people. An account that already exists is left alone (so running
    twice duplicates nothing), unless ``reset`` deletes the demo accounts first. Each new
    account gets a fresh random password, unless one is given."""
    zone = ZoneInfo(TIME_ZONE)
    today = today or datetime.now(zone).date()
    days = max(7, round(months * DAYS_PER_MONTH))
    logins: list[DemoLogin] = []
    with transaction.atomic():
        if reset:
            for user in User.objects.filter(email__in=demo_emails()):
                account_delete(user=user)
        for persona in PERSONAS:
            email = email_of(persona.key)
            if User.objects.filter(email=email).exists():
                logins.append(DemoLogin(email=email, password="", created=False))
                continue
            secret = password or f"demo-{secrets.token_urlsafe(12)}"
            user = account_create(email=email, password=secret, language="nl",
                                  time_zone=TIME_ZONE)
            login = _Builder(persona, user, seed=seed, days=days, today=today).build()
            login.password = secret
            if persona.partner_of:
                login.extra["partner"] = email_of(persona.partner_of)
            logins.append(login)
        _link_the_couple(logins)
    return logins


def _link_the_couple(logins) -> None:
    """The couple are linked both ways and share what they agreed (sharing/demo.py);
    nothing else of one account is visible to the other."""
    from sharing.demo import demo_couple

    made = {login.email: login for login in logins if login.created}
    pair = [email_of(p.key) for p in PERSONAS if p.partner_of]
    if len(pair) == 2 and all(email in made for email in pair):
        first, second = (User.objects.get(email=email) for email in pair)
        demo_couple(first, second, names=("Mark", "Ilse"))


# --------------------------------------------------------------------------
# The patterns of the four lives
# --------------------------------------------------------------------------


def _frames(phase: float, frames: list[tuple[float, dict]]) -> dict:
    """Smoothly between key frames (phase in [0, 1], frames sorted, first at 0, last at 1)."""
    for (a, low), (b, high) in zip(frames, frames[1:], strict=False):
        if a <= phase <= b:
            t = (phase - a) / (b - a) if b > a else 0
            return {k: _ease(low[k], high[k], t) for k in low}
    return dict(frames[-1][1])


_CYCLES: dict[tuple[int, int], list] = {}


def _cycles(days: int, seed: int) -> list[tuple[int, int, int]]:
    key = (days, seed)
    if key not in _CYCLES:
        _CYCLES[key] = _project_cycles(days, random.Random(f"{seed}-projects"))
    return _CYCLES[key]


DRIVE_PHASE = {"alarm": 3.8, "energy": 7.0, "drive": 8.6, "enjoyment": 6.2, "boredom": 1.8,
               "urge": 4.5, "substance": 0.12}
EMPTY_PHASE = {"alarm": 5.8, "energy": 3.8, "drive": 2.4, "enjoyment": 2.4, "boredom": 7.6,
               "urge": 7.4, "substance": 0.5}


def entrepreneur_state(n, days, day, seed):
    for start, drive_end, end in _cycles(days, seed):
        if start <= n < end:
            if n < drive_end:
                return {**_frames(min(1, (n - start) / 3),
                                  [(0, EMPTY_PHASE), (1, DRIVE_PHASE)]), "sd": 1.0}
            return {**_frames(min(1, (n - drive_end) / 6),
                              [(0, DRIVE_PHASE), (1, EMPTY_PHASE)]), "sd": 1.0}
    return {**EMPTY_PHASE, "sd": 1.0}


def entrepreneur_windows(days, seed):
    return [(start, drive_end - start) for start, drive_end, _ in _cycles(days, seed)]


def frontrunner_state(n, days, day, seed):
    t = n / max(1, days - 1)
    workday = day.weekday() < 5
    crunch = random.Random(f"{seed}-crunch-{day.isocalendar()[1]}").random() < 0.25
    return {
        "alarm": 5.0 + 2.6 * t + (0.7 if workday else -0.9 * (1 - t)) + (0.9 if crunch else 0),
        "energy": 7.0 - 4.2 * t + (0 if workday else 0.6 * (1 - t)),
        "drive": 6.0 - 2.2 * t,
        "enjoyment": 6.2 - 3.4 * t + (0 if workday else 0.8 * (1 - t)),
        "boredom": 2.0 + 1.2 * t,
        "urge": 3.2 + 2.0 * t,
        "substance": 0.15 + 0.3 * t,
        "sd": 1.0,
    }


def father_state(n, days, day, seed):
    t = n / max(1, days - 1)
    visit = day.weekday() >= 5 and day.isocalendar()[1] % 2 == 0
    call = random.Random(f"{seed}-call-{n}").random() < 0.15
    birthday = n == int(days * 0.6)
    contact = 1.0 if (visit or birthday) else 0.6 if call else 0.0
    calmer = 1 - 0.55 * t  # the peaks get less high over the months
    return {
        "alarm": 3.8 + contact * 3.4 * calmer + (1.5 if birthday else 0),
        "energy": 5.2 - contact * 0.8,
        "drive": 3.2 + (0.8 if visit else 0),
        "enjoyment": 3.8 + (1.8 * t if visit else 0),
        "boredom": 5.6 - (2.0 if visit else 0),
        "urge": 3.4 + contact * 1.6 * calmer,
        "substance": 0.3 * (1 - 0.4 * t) + (0.2 if contact else 0),
        "sd": 1.25 * (1 - 0.35 * t),
    }


LONER_FRAMES = [
    (0.0, {"alarm": 4.5, "energy": 5.5, "drive": 4.0, "enjoyment": 5.2, "boredom": 3.8,
           "urge": 3.5, "substance": 0.15}),
    (0.25, {"alarm": 4.0, "energy": 6.0, "drive": 4.2, "enjoyment": 6.2, "boredom": 3.0,
            "urge": 3.0, "substance": 0.1}),
    (0.42, {"alarm": 7.4, "energy": 4.4, "drive": 3.6, "enjoyment": 3.8, "boredom": 4.0,
            "urge": 5.0, "substance": 0.3}),
    (0.6, {"alarm": 3.6, "energy": 6.2, "drive": 4.6, "enjoyment": 3.6, "boredom": 6.6,
           "urge": 4.2, "substance": 0.35}),
    (0.8, {"alarm": 4.2, "energy": 5.8, "drive": 4.2, "enjoyment": 4.4, "boredom": 5.2,
           "urge": 3.8, "substance": 0.2}),
    (1.0, {"alarm": 4.5, "energy": 5.5, "drive": 4.0, "enjoyment": 5.2, "boredom": 3.8,
           "urge": 3.5, "substance": 0.15}),
]
PLEASER_FRAMES = [
    (0.0, {"alarm": 4.6, "energy": 5.0, "drive": 5.6, "enjoyment": 5.8, "boredom": 2.4,
           "urge": 3.4, "substance": 0.05}),
    (0.25, {"alarm": 3.4, "energy": 5.6, "drive": 6.0, "enjoyment": 7.2, "boredom": 2.0,
            "urge": 3.0, "substance": 0.05}),
    (0.42, {"alarm": 6.0, "energy": 4.6, "drive": 6.4, "enjoyment": 5.0, "boredom": 2.2,
            "urge": 4.6, "substance": 0.1}),
    (0.6, {"alarm": 7.8, "energy": 3.0, "drive": 7.0, "enjoyment": 2.0, "boredom": 3.0,
           "urge": 6.2, "substance": 0.15}),
    (0.8, {"alarm": 5.4, "energy": 4.0, "drive": 5.8, "enjoyment": 4.6, "boredom": 2.6,
           "urge": 4.0, "substance": 0.08}),
    (1.0, {"alarm": 4.6, "energy": 5.0, "drive": 5.6, "enjoyment": 5.8, "boredom": 2.4,
           "urge": 3.4, "substance": 0.05}),
]


def loner_state(n, days, day, seed):
    return {**_frames(_couple_phase(n, seed), LONER_FRAMES), "sd": 1.1}


def pleaser_state(n, days, day, seed):
    return {**_frames(_couple_phase(n, seed), PLEASER_FRAMES), "sd": 1.1}


# --------------------------------------------------------------------------
# The four lives (five accounts). Invented people; plain Dutch.
# --------------------------------------------------------------------------

A, D = "alarm", "drive"

ENTREPRENEUR = Persona(
    key="ondernemer",
    acknowledgement=(
        "Als ik een nieuw idee heb, besta ik alleen nog uit dat idee. Ik slaap vier uur, "
        "ik praat nergens anders over, en ik vind iedereen die twijfelt een rem. Een paar "
        "weken later is het op. Dan is er niets meer: ik verveel me dood, ik drink te veel "
        "en ik ben niet te genieten voor Noor. Dat patroon is van mij. Het is mijn handicap, "
        "en wat ik ermee doe is mijn verantwoordelijkheid."),
    horses={
        D: ("De Jager", "hart dat bonkt van opwinding, geen honger, wakker om 4 uur",
            "plannen maken, mensen bellen, geld uitgeven, doorpraten"),
        A: ("De Waakhond", "hete kop, kaken op elkaar",
            "snauwen, cijfers van anderen afkraken, de deur uit lopen"),
    },
    goals=(
        ("work", "Eén bedrijf dat ik afmaak voordat ik aan iets nieuws begin",
         "Nee zeggen tegen mijn eigen ideeën, en saaie weken uitzitten."),
        ("relationship", "Noor kan op mij rekenen, ook als ik in iets nieuws zit",
         "Afspraken met haar gaan voor nieuwe plannen."),
        ("health", "Doordeweeks geen alcohol",
         "Verveling herkennen voordat ik een fles opentrek."),
    ),
    people=(("Noor", "partner", 1), ("Jeroen", "colleague", 0), ("Fien", "child", 1)),
    rules=(
        ("ik een plan heb waarvan ik zeker weet dat het alles verandert",
         "wacht ik twee weken voordat ik geld of tijd toezeg, en bespreek ik het eerst met Noor",
         0, D, 8, "", None, "drive_to_boredom"),
        ("ik me leeg voel en zin krijg in drank",
         "ga ik eerst een half uur hardlopen en stuur ik Noor een berichtje", 2, D, None, "",
         None, "craving"),
        ("Jeroen kritiek heeft op de cijfers",
         "zeg ik: ik kom erop terug, en antwoord ik de volgende ochtend", 0, A, 6, "", 1,
         "criticism_as_attack"),
        ("Noor vraagt of ik er vanavond echt ben",
         "leg ik mijn telefoon in de la tot na het eten", 1, None, None, "partner", 0, ""),
    ),
    sides=(
        ("De pionier", "Iets van de grond krijgen, mensen enthousiast maken",
         "Bij de start van een klus, tegenover investeerders",
         "Thuis, als Noor rust wil, en als het saaie werk moet gebeuren"),
        ("De vakman", "Dingen afmaken, ook als de glans eraf is",
         "In de weken na de start, als de verveling komt",
         "Als ik het gebruik om niet thuis te hoeven zijn"),
        ("De luisteraar", "Noor en Fien laten merken dat ik er ben",
         "'s Avonds, aan tafel, zonder telefoon", "Zelden: ik zet hem te weinig in"),
    ),
    pursuits=(("Webshop voor duurzame sneakers", "project"), ("Kitesurfen", "hobby"),
              ("Appartement in Lissabon opknappen", "project"),
              ("Podcast over ondernemen", "project"), ("Triatlon", "hobby"),
              ("Foodtruck met Jeroen", "project")),
    scenarios=(
        Scenario("Ik zag om twee uur 's nachts een bedrijfspand te koop en wilde meteen bieden.",
                 D, None, ("drive_to_boredom",), (0,), 0, 1, 0, ("drive",),
                 "Ik kan niet slapen, mijn hoofd draait op volle toeren.",
                 "Noor wil weten wat ik van plan ben voordat het geld weg is.",
                 "Het plan op papier zetten en twee weken in de la leggen.", "vannacht nog",
                 ("Ik had al een bod gedaan voordat ik het Noor vertelde.",
                  "Ik heb Noor wakker gemaakt en haar uitgelegd dat zij altijd remt.",
                  "Noor sliep op de bank en was de hele dag stil.",
                  "Ik heb het bod ingetrokken en Noor gevraagd of we er samen naar kijken.",
                  True, False, False)),
        Scenario("Zondagmiddag, niets te doen. De fles wijn stond al op tafel.",
                 D, None, ("craving", "drive_to_boredom"), (1,), 2, None, 0, ("boredom",),
                 "Onrustig, alles is grijs, ik wil iets voelen.",
                 "Fien wil met me naar het bos.", "Hardlopen en daarna met Fien naar het bos.",
                 "nu meteen",
                 ("Verveling en een lege zondag.",
                  "Ik heb de fles leeggedronken en Noor afgesnauwd toen ze er iets van zei.",
                  "Fien zag het. De avond was verpest.",
                  "Ik heb de volgende ochtend sorry gezegd tegen Noor en tegen Fien.",
                  True, False, False)),
        Scenario("Jeroen mailde dat de marges niet kloppen. Ik wilde hem direct bellen en "
                 "uitkafferen.", A, 1, ("criticism_as_attack", "out_of_proportion"), (2,), 0,
                 1, 0, ("fight",), "Hete kop, ik typ al een antwoord.",
                 "Jeroen wil dat ik de cijfers serieus neem.",
                 "Niet bellen. Morgen om negen uur antwoorden, met de cijfers erbij.",
                 "morgen 9 uur",
                 ("Een mail van Jeroen over de marges.",
                  "Ik belde hem toch en schreeuwde dat hij er niets van snapt.",
                  "Jeroen wil niet meer met me in één ruimte vergaderen.",
                  "Ik heb een rustige mail gestuurd en voorgesteld om samen de cijfers door "
                  "te lopen.", True, False, False)),
        Scenario("Noor zei dat ik weer alleen over mijn nieuwe plan praat.", A, 0,
                 ("criticism_as_attack", "pushing_away"), (3,), 1, 2, 0, ("fight", "flight"),
                 "Ik voel me aangevallen en wil weg.",
                 "Noor wil dat ik ook vraag hoe het met haar gaat.",
                 "Telefoon in de la en Noor vragen hoe haar week was.", "vanavond",
                 ("Noor die zegt dat ik alleen over mezelf praat.",
                  "Ik zei dat ze jaloers is op mijn energie en ben de deur uit gegaan.",
                  "Noor voelt zich alleen in onze relatie.",
                  "Ik ben teruggekomen en heb geluisterd, zonder me te verdedigen.",
                  True, False, False)),
    ),
    calm_lookbacks=("Ik heb het plan laten liggen. Na een week vond ik het al minder geniaal.",
                    "Ik heb me aan de regel gehouden. Het voelde saai, en het was goed.",
                    "Hardgelopen, daarna was de trek weg. Fien en ik hebben gelachen in het bos.",
                    "Ik heb gewacht met antwoorden. Het gesprek met Jeroen ging over de zaak, "
                    "niet over mij."),
    rough_lookbacks=("Ik ben toch gegaan. Achteraf weet ik dat ik de stop heb overgeslagen.",
                     "Het liep uit de hand. Ik zag de regel pas toen het al te laat was.",
                     "Ik heb gedronken. De avond was weg."),
    other_calm=("Noor gaf me een knipoog.", "Jeroen bedankte me voor de rustige mail.",
                "Fien wilde morgen weer."),
    other_rough=("Noor trok zich terug.", "Jeroen reageerde kortaf.",
                 "Fien vroeg of papa boos was."),
    feelings_calm=("Trots, een beetje. En rustiger dan ik dacht.",
                   "Eerst leeg, later tevreden. Zo wil ik doorgaan."),
    feelings_rough=("Schaamte. En moe.", "Ik baal. Dit wil ik niet nog eens."),
    rule_changes=("De regel moet eerder in: al bij de eerste avond dat ik niet kan slapen.",
                  "Ik wil Noor een seintje geven dat ze mag vragen: is dit de Jager?"),
    notes=("Geen zin in de dag.", "Vol energie, drie nieuwe ideeën.",
           "Alles voelt grijs vandaag.", "Goed gesprek met Noor.",
           "Te weinig geslapen, maar ik wil door.", "Fien jarig, fijne dag."),
    substances=(("wijn", "een halve fles"), ("wijn", "een fles"), ("bier", "4 flesjes"),
                ("whisky", "3 glazen")),
    review=(0, "ik een goed idee heb",
            "wacht ik een week voordat ik geld uitgeef",
            "Een week was te kort: ik had het geld al half toegezegd. Twee weken, en Noor "
            "hoort het als eerste."),
    state=entrepreneur_state,
    ride_chance=lambda s, t: 0.1 + (0.22 if s["urge"] > 6 or s["drive"] > 8 else 0),
    keep_chance=lambda t: 0.45 + 0.25 * t,
    escalation_chance=lambda kept, t: 0.1 if kept else 0.38,
    wild_escalation_chance=0.06,
    pursuit_windows=entrepreneur_windows,
)

FRONTRUNNER = Persona(
    key="koploper",
    acknowledgement=(
        "Ik sta altijd aan. Op mijn werk ben ik degene die alles oplost, die als eerste "
        "binnen is en als laatste weggaat. Ik merk pas dat ik op ben als ik 's ochtends "
        "huil in de auto. Als iemand kritiek heeft, voelt het als een aanval en werk ik "
        "nog harder. Ik herken dat ik mezelf zo opbrand, en dat ik Tom buitensluit."),
    horses={
        D: ("De Motor", "gejaagd, snel praten", "alles zelf doen, 's avonds doorwerken"),
        A: ("Het Alarm", "strakke schouders, hoofdpijn, slecht slapen",
            "kortaf zijn, mail op zondag, in de verdediging schieten"),
    },
    goals=(
        ("work", "Over een jaar nog met plezier werken, in plaats van opgebrand thuis zitten",
         "Taken teruggeven, om hulp vragen, om zeven uur stoppen."),
        ("health", "Zeven uur slaap, elke nacht", "Geen schermen na tien uur."),
        ("relationship", "Tom en ik hebben elke week één avond samen zonder werk",
         "Die avond verschuif ik niet voor een deadline."),
    ),
    people=(("Tom", "partner", 2), ("Marloes", "colleague", 0), ("Erik", "colleague", 0)),
    rules=(
        ("het na zeven uur 's avonds is",
         "klap ik de laptop dicht, ook als de mail niet af is", 0, None, None, "", None, ""),
        ("mijn alarm boven de 7 zit",
         "neem ik geen besluit over mijn werk en loop ik eerst tien minuten naar buiten", 0, A,
         7, "", None, "out_of_proportion"),
        ("iemand zegt dat ik het niet goed doe",
         "vraag ik wat er precies mis is, voordat ik me verdedig", 0, A, None, "colleague",
         None, "criticism_as_attack"),
        ("Tom vraagt of ik vanavond thuis ben",
         "zeg ik eerlijk hoe laat, en houd ik me eraan", 2, None, None, "partner", 0, ""),
    ),
    sides=(
        ("De regelaar", "Crises oplossen, overzicht houden",
         "Bij echte calamiteiten op de afdeling",
         "Als ik ook andermans werk overneem en niemand meer iets hoeft"),
        ("De zorgzame collega", "Mensen in het team steunen", "In één-op-één-gesprekken",
         "Als ik daardoor zelf nergens meer aan toe kom"),
        ("De rustige", "Een pas op de plaats maken, nee zeggen",
         "Bij nieuwe verzoeken en na kritiek", "Nooit, eigenlijk: ik vergeet haar"),
    ),
    pursuits=(("Marathon van Rotterdam", "hobby"), ("Cursus leidinggeven", "project"),
              ("Nieuwe keuken uitzoeken", "project")),
    scenarios=(
        Scenario("Erik zei in het overleg dat mijn planning niet deugt.", A, 2,
                 ("criticism_as_attack",), (2, 1), 0, 2, 0, ("fight",),
                 "Hoofdpijn, strakke schouders.",
                 "Erik wil dat de planning klopt, niet dat ik me schaam.",
                 "Erik vragen wat er precies niet klopt, en morgen een voorstel doen.",
                 "na het overleg",
                 ("Kritiek van Erik in het overleg.",
                  "Ik beet hem toe dat hij het dan zelf maar moest doen.",
                  "Het team zag het. Erik zegt nu niets meer in overleggen.",
                  "Ik heb Erik apart genomen en gezegd dat mijn reactie te fel was.",
                  True, False, False)),
        Scenario("Tien uur 's avonds, Marloes stuurt een vraag. Ik wil het nog even oplossen.",
                 D, 1, ("out_of_proportion",), (0,), 1, 2, 0, ("drive",),
                 "Gejaagd, ik kan het niet laten liggen.",
                 "Marloes kan morgen ook verder.", "Laptop dicht, morgen om acht uur antwoorden.",
                 "nu",
                 ("Een late vraag van Marloes.",
                  "Ik werkte tot één uur door en snauwde Tom af toen hij vroeg of ik kwam.",
                  "Tom sliep al toen ik kwam, en ik lag tot vier uur wakker.",
                  "Ik heb Tom de volgende dag gezegd dat het me speet.",
                  True, False, False)),
        Scenario("Tom zegt dat hij me nooit meer ziet.", A, 0,
                 ("criticism_as_attack", "pushing_away"), (3,), 2, 1, 0, ("fight", "freeze"),
                 "Ik voel me schuldig en boos tegelijk.",
                 "Tom wil tijd met mij, niet een verdediging.",
                 "Donderdagavond vrijhouden en dat nu in de agenda zetten.", "vanavond",
                 ("Tom die zegt dat ik er nooit ben.",
                  "Ik zei dat hij niet snapt hoe zwaar mijn werk is, en sloeg de deur dicht.",
                  "Tom is een nacht bij zijn broer gaan slapen.",
                  "We hebben zondag gepraat. Donderdag is nu van ons.",
                  True, True, False)),
        Scenario("Om half vijf 's ochtends wakker, mijn hoofd zit vol met de reorganisatie.", A,
                 None, ("out_of_proportion",), (1,), 1, 2, 0, ("freeze",),
                 "Hartkloppingen, zweten.", "",
                 "Opschrijven wat me bezighoudt en pas om acht uur mijn mail openen.", "nu",
                 ("Slecht geslapen, reorganisatie.",
                  "Ik heb om vijf uur drie mails gestuurd die ik later moest rechtzetten.",
                  "Marloes voelde zich overvallen.",
                  "Ik heb de mails met excuses rechtgezet.", True, False, False)),
    ),
    calm_lookbacks=("Ik heb het laten liggen. De wereld verging niet.",
                    "Eerst gevraagd, toen pas gereageerd. Het bleek over één regel te gaan.",
                    "Tien minuten buiten gelopen. Daarna kon ik weer denken."),
    rough_lookbacks=("Ik zat er al middenin voordat ik het merkte.",
                     "Ik was te moe om de regel nog te zien.",
                     "Het ging mis. Ik heb te lang doorgewerkt."),
    other_calm=("Tom was blij dat ik om zeven uur thuis was.", "Erik knikte en we gingen verder.",
                "Marloes zei: prima, morgen is ook goed."),
    other_rough=("Tom ging naar boven zonder iets te zeggen.",
                 "Erik ontweek me de rest van de dag.", "Marloes was van slag."),
    feelings_calm=("Opluchting. Ik mag stoppen.", "Rustig. Dit werkt, als ik het doe."),
    feelings_rough=("Uitgeput en schuldig.", "Leeg. Ik kan zo niet doorgaan."),
    rule_changes=("Ik moet de huisarts bellen. Dit gaat niet meer vanzelf over.",
                  "De regel van zeven uur geldt ook voor mijn telefoon."),
    notes=("Huilen in de auto.", "Goede dag, veel gedaan.", "Hoofdpijn sinds de lunch.",
           "Lekker gewandeld met Tom.", "Slecht geslapen, weer om 4 uur wakker.",
           "Ik kan niet meer."),
    substances=(("wijn", "2 glazen"), ("wijn", "3 glazen"), ("slaaptablet", "1")),
    review=(0, "het na negen uur 's avonds is", "stop ik met werken",
            "Negen uur is te laat: ik lig daarna nog uren wakker. Zeven uur, en de laptop "
            "gaat echt dicht."),
    state=frontrunner_state,
    ride_chance=lambda s, t: 0.06 + 0.06 * max(0, s["alarm"] - 5),
    keep_chance=lambda t: 0.6 - 0.2 * t,
    escalation_chance=lambda kept, t: (0.08 if kept else 0.25) + 0.2 * t,
    wild_escalation_chance=0.04,
)

FATHER = Persona(
    key="vader",
    acknowledgement=(
        "Mijn kinderen komen steeds minder. Daan zegt dat hij niet weet welke vader hij "
        "treft, Lotte neemt de telefoon niet meer op. Als zij iets zeggen over vroeger, "
        "schiet ik uit mijn slof, en daarna zit ik alleen. Ik wil dat Mees zijn opa kent. "
        "Dat ik zo reageer, komt uit mijn eigen jeugd. Maar het is nu mijn zaak."),
    horses={
        D: ("De Drang", "onrustig in mijn lijf", "bier pakken, de auto in gaan"),
        A: ("De Stier", "stem die stijgt, rood hoofd, vuisten",
            "harder praten, wijzen, op tafel slaan, weglopen"),
    },
    goals=(
        ("children", "Daan en Lotte komen graag bij me, en Mees kent zijn opa",
         "Luisteren naar wat ze over vroeger zeggen, zonder me te verdedigen."),
        ("family", "Op verjaardagen blijf ik tot het eind, zonder ruzie",
         "Op tijd een pauze nemen, en niet drinken."),
    ),
    people=(("Daan", "child", 0), ("Lotte", "child", 0), ("Mees", "family", 0),
            ("Marian", "family", 1)),
    rules=(
        ("Daan of Lotte iets zegt over vroeger",
         "zeg ik: dat wil ik horen, maar niet nu, en stel ik een ander moment voor", 0, A,
         None, "child", None, "criticism_as_attack"),
        ("ik mijn stem voel stijgen",
         "ga ik tien minuten de tuin in, en zeg ik dat ik terugkom", 0, A, 6, "", None,
         "out_of_proportion"),
        ("ik een bericht wil sturen terwijl ik boos ben",
         "bewaar ik het als concept tot de volgende dag", 0, A, 6, "", None, ""),
        ("er een verjaardag is", "drink ik niet en ga ik op tijd even naar buiten", 1, D, None,
         "", None, "craving"),
    ),
    sides=(
        ("De opa", "Spelen met Mees, geduld, grapjes", "Als Mees er is, en aan tafel",
         "Nooit"),
        ("De baas", "Op de bouw de boel regelen", "Op mijn werk",
         "Tegen mijn kinderen: die zijn geen personeel"),
        ("De stille", "Luisteren zonder meteen te oordelen",
         "Als Daan of Lotte iets moeilijks vertelt", "Als ik me erachter verstop"),
    ),
    pursuits=(("Volvo Amazon opknappen", "hobby"), ("Moestuin", "hobby"),
              ("Houten speelgoed maken voor Mees", "hobby")),
    scenarios=(
        Scenario("Daan zei aan tafel dat ik vroeger nooit naar zijn wedstrijden kwam.", A, 0,
                 ("criticism_as_attack", "out_of_proportion"), (0, 1), 0, 2, 1, ("fight",),
                 "Mijn stem wordt harder, ik krijg het warm.",
                 "Daan wil gehoord worden, geen uitleg.",
                 "Zeggen dat ik het wil horen, en zaterdag samen gaan wandelen.", "zaterdag",
                 ("Daan over vroeger.",
                  "Ik schreeuwde dat hij ondankbaar is en sloeg met mijn vuist op tafel. Een "
                  "glas viel kapot.", "Daan is met Mees vertrokken. Mees huilde.",
                  "Ik heb Daan een brief geschreven, zonder 'maar'.", True, True, False)),
        Scenario("Lotte belde af voor zondag, voor de derde keer.", A, 1,
                 ("pushing_away", "out_of_proportion"), (2,), 0, 2, 1, ("fight", "flight"),
                 "Teleurgesteld, en dan meteen boos.",
                 "Lotte heeft het druk en wil niet verantwoorden waarom.",
                 "Het boze bericht als concept bewaren en morgen iets aardigs sturen.",
                 "morgen", ("Lotte zegt af.",
                            "Ik stuurde haar dat ze niet meer hoeft te komen.",
                            "Lotte reageerde twee weken niet.",
                            "Ik heb een kaart gestuurd en gezegd dat ze altijd welkom is.",
                            True, False, False)),
        Scenario("Verjaardag van Lotte, Marian is er ook, iedereen kijkt naar me.", D, 3,
                 ("craving",), (3, 1), 1, 0, 1, ("flight",),
                 "Onrustig, ik wil een biertje.",
                 "Lotte wil een gewone verjaardag, zonder gedoe.",
                 "Cola drinken en om acht uur even met Mees naar buiten.", "vanmiddag",
                 ("De verjaardag en Marian.",
                  "Na vier biertjes heb ik Marian voor iedereen uitgemaakt.",
                  "Lotte vroeg me te vertrekken.",
                  "Ik heb Lotte gebeld en gezegd dat het aan mij lag.", True, False, False)),
        Scenario("Daan vroeg of Mees een weekend bij mij mag logeren.", D, 0, (), (1,), 0, 0, 1,
                 ("drive",), "Blij en zenuwachtig tegelijk.",
                 "Daan wil erop kunnen vertrouwen dat het rustig blijft.",
                 "Een rustig weekend plannen: moestuin, zwemmen, vroeg naar bed.", "dit weekend",
                 ("Logeerweekend van Mees.",
                  "Toen Daan Mees kwam halen, begon ik over zijn opvoeding.",
                  "Daan zei dat het de laatste keer was.",
                  "Ik heb Daan gezegd dat hij een goede vader is.", True, False, False)),
    ),
    calm_lookbacks=("Ik ben de tuin in gegaan. Toen ik terugkwam, konden we verder praten.",
                    "Ik zei: dat wil ik horen, maar niet nu. Zaterdag hebben we gewandeld.",
                    "Het concept staat nog in mijn telefoon. Gelukkig niet verstuurd."),
    rough_lookbacks=("Het ging te snel. Voor ik het wist stond ik te schreeuwen.",
                     "Ik had al gedronken. Toen werkte niets meer.",
                     "Ik heb de stop overgeslagen."),
    other_calm=("Daan bleef nog een uur.", "Lotte belde terug.", "Mees wilde opa's tuin zien."),
    other_rough=("Daan vertrok met Mees.", "Lotte hing op.", "Marian zei niets meer."),
    feelings_calm=("Het was goed. Zo wil ik het blijven doen.",
                   "Moeilijk, maar ik ben er trots op."),
    feelings_rough=("Ik schaam me tegenover Mees.", "Verdriet. Ik jaag ze weg."),
    rule_changes=("Ik wil eerder naar de tuin, al als mijn hoofd warm wordt.",
                  "Op verjaardagen neem ik mijn eigen cola mee."),
    notes=("Daan geappt, hij antwoordde.", "Rotdag op de bouw.", "Mees hier, heerlijk.",
           "Alleen thuis. Stil.", "Lotte jarig volgende maand.", "Moestuin gedaan."),
    substances=(("bier", "3 flesjes"), ("bier", "6 flesjes"), ("jenever", "2 glaasjes")),
    review=(1, "ik boos word", "ga ik naar buiten",
            "'Boos' merk ik te laat. Mijn stem merk ik eerder. Daarom staat nu de stem in de "
            "regel, en zeg ik erbij dat ik terugkom."),
    state=father_state,
    ride_chance=lambda s, t: 0.12 + (0.45 if s["alarm"] > 6 else 0),
    keep_chance=lambda t: 0.3 + 0.5 * t,
    escalation_chance=lambda kept, t: (0.25 - 0.15 * t) if kept else (0.6 - 0.25 * t),
    wild_escalation_chance=0.12,
    flips=False,
)

LONER = Persona(
    key="eenling",
    partner_of="pleaser",
    acknowledgement=(
        "Als Ilse dichtbij komt, wil ik weg. Niet omdat ik niet van haar houd, maar omdat "
        "het te veel wordt. Dan ga ik naar de schuur, of vissen, een heel weekend. Als ze "
        "weg is, mis ik haar. Ik herken dat heen en weer in mezelf. Het is niet haar "
        "schuld."),
    horses={
        D: ("De Drang", "verveling, kriebels", "gamen tot laat, bier, alleen de auto in"),
        A: ("De Vluchter", "benauwd, zwaar op mijn borst",
            "stil worden, weglopen, de deur dichtdoen"),
    },
    goals=(
        ("relationship", "Ilse weet dat ik terugkom, ook als ik even weg moet",
         "Zeggen waar ik heen ga en wanneer ik terug ben."),
        ("self", "Alleen zijn zonder dat het vluchten is",
         "Mijn tijd alleen vooraf afspreken."),
    ),
    people=(("Ilse", "partner", 0), ("Bas", "friend", 1)),
    rules=(
        ("Ilse wil praten en ik wil weg",
         "zeg ik hoe lang ik wegga en wanneer ik terugkom", 0, A, None, "partner", 0,
         "pushing_away"),
        ("ik me opgesloten voel",
         "ga ik een uur alleen wandelen en kom ik terug op de afgesproken tijd", 0, A, 6, "",
         None, "ambivalence"),
        ("ik me verveel op een lege avond", "bel ik Bas in plaats van te gamen", 1, D, None,
         "", None, "craving"),
    ),
    sides=(
        ("De visser", "Tot rust komen, alleen zijn", "Op afgesproken momenten",
         "Als ik ermee vlucht"),
        ("De maat", "Samen dingen doen met Ilse en Bas", "In het weekend",
         "Als ik doe alsof alles goed is"),
    ),
    pursuits=(("Vissen", "hobby"), ("Modelbouw", "hobby")),
    scenarios=(
        Scenario("Ilse wilde het hele weekend samen plannen.", A, 0,
                 ("pushing_away", "ambivalence"), (0, 1), 0, 1, 0, ("flight",),
                 "Benauwd, ik wil naar buiten.",
                 "Ilse wil weten dat ik er ben.",
                 "Zaterdagochtend vissen, zaterdagmiddag samen. Dat nu tegen haar zeggen.",
                 "nu", ("Een volgepland weekend.",
                        "Ik zei niets en ben zonder uitleg naar de schuur gegaan. Ilse bonkte "
                        "op de deur, ik heb hem dichtgesmeten.",
                        "Ilse was de hele nacht in paniek.",
                        "Ik heb haar uitgelegd dat het niet aan haar ligt.",
                        True, True, False)),
        Scenario("Ilse vroeg waarom ik zo stil ben.", A, 0, ("pushing_away",), (0,), 0, 1, 0,
                 ("freeze", "flight"), "Leeg in mijn hoofd.",
                 "Ilse wil niet raden wat er met mij is.",
                 "Zeggen dat ik moe ben en morgen wil praten.", "vanavond",
                 ("Vragen over mijn stilte.",
                  "Ik zei dat ze moest ophouden met zeuren en ben gaan rijden.",
                  "Ilse huilde.", "We hebben de volgende dag gewandeld en gepraat.",
                  True, False, False)),
        Scenario("Weer een lege avond, Ilse is bij haar zus.", D, None, ("craving",), (2,), 1,
                 1, 0, ("boredom",), "Kriebels, niks voelt goed.", "",
                 "Bas bellen en samen een rondje lopen.", "om acht uur",
                 ("Verveling.", "Ik heb tot drie uur gegamed en Ilse niet teruggebeld.",
                  "Ilse voelde zich vergeten.", "Ik heb haar 's ochtends gebeld.",
                  True, False, False)),
    ),
    calm_lookbacks=("Ik zei hoe lang ik weg zou zijn. Ik kwam terug op tijd.",
                    "Gewandeld. Daarna kon ik weer bij haar zitten.",
                    "Bas gebeld. Goede avond."),
    rough_lookbacks=("Ik was al weg voordat ik iets zei.", "Ik heb de regel niet gebruikt."),
    other_calm=("Ilse zei dat het zo veel beter voelt.", "Ilse had thee gezet."),
    other_rough=("Ilse bleef bellen.", "Ilse was boos en bang."),
    feelings_calm=("Rustig. Het kan dus wel.", "Goed. Dit wil ik vaker."),
    feelings_rough=("Schuldig. Ik wil haar niet zo behandelen.", "Moe van mezelf."),
    rule_changes=("Ik wil een vaste tijd alleen per week, zodat het geen vlucht hoeft te zijn.",),
    notes=("Goede dag met Ilse.", "Te veel mensen vandaag.", "Vissen, eindelijk rust.",
           "Ilse is weg, ik mis haar.", "Niks gedaan."),
    substances=(("bier", "4 flesjes"), ("bier", "2 flesjes")),
    review=(0, "Ilse wil praten", "ga ik even weg",
            "Weggaan zonder te zeggen hoe lang maakt haar bang. Nu zeg ik erbij wanneer ik "
            "terugkom."),
    state=loner_state,
    ride_chance=lambda s, t: 0.1 + (0.25 if s["alarm"] > 6 else 0),
    keep_chance=lambda t: 0.5 + 0.2 * t,
    escalation_chance=lambda kept, t: 0.1 if kept else 0.3,
    wild_escalation_chance=0.05,
    flips=False,
)

PLEASER = Persona(
    key="pleaser",
    partner_of="eenling",
    acknowledgement=(
        "Ik doe alles om Mark dichtbij te houden. Als hij zich terugtrekt, raak ik in "
        "paniek: ik bel, ik app, ik loop achter hem aan. Ik zeg ja tegen iedereen, en "
        "'s avonds ben ik op. Ik herken dat ik mezelf kwijtraak in wat anderen willen."),
    horses={
        D: ("Het Willen", "onrustig, ik moet iets doen",
            "appen, cadeautjes kopen, ja zeggen"),
        A: ("De Angst", "misselijk, trillen", "bellen, smeken, huilen, boos worden"),
    },
    goals=(
        ("relationship", "Mark mag even weg, en ik blijf rustig",
         "Mijn eigen avond hebben als hij in de schuur zit."),
        ("self", "Nee zeggen zonder schuldgevoel", "Eerst voelen wat ik zelf wil."),
    ),
    people=(("Mark", "partner", 0), ("Sophie", "family", 1), ("Karin", "friend", 1)),
    rules=(
        ("Mark zich terugtrekt",
         "laat ik hem gaan en bel ik Sophie of Karin, in plaats van hem te volgen", 0, A, None,
         "partner", 0, "pushing_away"),
        ("ik ja wil zeggen om de ander tevreden te houden",
         "zeg ik: ik laat het je morgen weten", 1, D, None, "", None, ""),
        ("ik Mark voor de derde keer wil bellen",
         "stuur ik één bericht en leg ik de telefoon weg", 0, A, 6, "partner", 0,
         "out_of_proportion"),
    ),
    sides=(
        ("De gastvrouw", "Mensen welkom laten voelen", "Op feestjes en met vrienden",
         "Als ik mezelf wegcijfer"),
        ("De zelfstandige", "Mijn eigen dingen doen", "Als Mark tijd voor zichzelf neemt",
         "Nooit"),
    ),
    pursuits=(("Yogadocentenopleiding", "project"), ("Vrijwilligerswerk voedselbank", "other")),
    scenarios=(
        Scenario("Mark ging zonder iets te zeggen naar de schuur.", A, 0,
                 ("pushing_away", "out_of_proportion"), (0, 2), 0, 1, 0, ("fight",),
                 "Misselijk, mijn hart bonkt.",
                 "Mark heeft ruimte nodig en wil weten dat hij terug mag komen.",
                 "Karin bellen en een rondje fietsen.", "nu",
                 ("Mark die wegloopt.",
                  "Ik heb op de schuurdeur gebonkt en geschreeuwd dat hij een lafaard is.",
                  "Mark bleef de hele nacht weg.",
                  "Ik heb gezegd dat ik bang was, in plaats van boos.", True, False, False)),
        Scenario("Sophie vroeg of ik zaterdag weer op haar kinderen pas.", D, 1, (), (1,), 1,
                 1, 0, ("drive",), "Ik wil meteen ja zeggen.",
                 "Sophie wil een eerlijk antwoord.",
                 "Zeggen dat ik het morgen laat weten.", "nu",
                 ("Weer een vraag van Sophie.",
                  "Ik zei ja en viel daarna tegen Mark uit omdat ik doodop was.",
                  "Mark trok zich meteen terug.", "Ik heb Sophie afgebeld.",
                  True, False, False)),
        Scenario("Mark reageert al drie uur niet op mijn appjes.", A, 0,
                 ("out_of_proportion", "ambivalence"), (2,), 0, 1, 0, ("fight", "freeze"),
                 "Trillen, ik kan niet stil zitten.",
                 "Mark wil niet gecontroleerd worden.",
                 "Eén bericht sturen en de telefoon in een andere kamer leggen.", "nu",
                 ("Geen antwoord van Mark.",
                  "Ik heb hem twaalf keer gebeld en hem verweten dat hij me wil kwijtraken.",
                  "Mark zei dat hij zich opgejaagd voelt.",
                  "We hebben afgesproken dat hij zegt wanneer hij terugkomt.",
                  True, False, False)),
    ),
    calm_lookbacks=("Ik heb Karin gebeld. Toen Mark terugkwam, was ik rustig.",
                    "Ik zei: ik laat het je morgen weten. Morgen zei ik nee. Het mocht.",
                    "Eén bericht, en de telefoon weg. Hij belde zelf."),
    rough_lookbacks=("De angst was sneller dan ik.", "Ik kon de regel niet vinden in mijn hoofd."),
    other_calm=("Mark kwam terug en ging naast me zitten.", "Sophie zei: geen probleem."),
    other_rough=("Mark sloot zich op.", "Mark ging weg."),
    feelings_calm=("Trots dat ik het alleen kon.", "Rustig. Hij kwam terug."),
    feelings_rough=("Bang en beschaamd.", "Ik herken mezelf niet als ik zo ben."),
    rule_changes=("Karin als vaste persoon om te bellen, ze weet ervan.",),
    notes=("Fijne avond met Mark.", "Mark is weer weg.", "Nee gezegd tegen Sophie!",
           "Moe van iedereen.", "Yoga gedaan, rustig."),
    substances=(("wijn", "1 glas"), ("wijn", "2 glazen")),
    review=(0, "Mark zich terugtrekt", "geef ik hem ruimte",
            "'Ruimte geven' deed ik niet: ik bleef appen. Nu staat erin wat ik dan wél doe: "
            "Sophie of Karin bellen."),
    state=pleaser_state,
    ride_chance=lambda s, t: 0.1 + (0.25 if s["alarm"] > 6 else 0),
    keep_chance=lambda t: 0.4 + 0.3 * t,
    escalation_chance=lambda kept, t: 0.1 if kept else 0.35,
    wild_escalation_chance=0.07,
    flips=False,
)

PERSONAS = (ENTREPRENEUR, FRONTRUNNER, FATHER, LONER, PLEASER)
