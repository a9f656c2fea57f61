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
    from wagenmenner.demo_people import PERSONAS

    return [email_of(p.key) for p in PERSONAS]


def create_demo(*, seed: int = DEFAULT_SEED, months: float = DEFAULT_MONTHS,
                reset: bool = False, today: date | None = None,
                password: str | None = None) -> list[DemoLogin]:
    """Create the demo people. An account that already exists is left alone (so running
    twice duplicates nothing), unless ``reset`` deletes the demo accounts first. Each new
    account gets a fresh random password, unless one is given."""
    from wagenmenner.demo_people import PERSONAS

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
                # The couple know each other only as a name in their own list of people:
                # nothing of one account is visible to the other.
                login.extra["partner"] = email_of(persona.partner_of)
            logins.append(login)
    return logins
