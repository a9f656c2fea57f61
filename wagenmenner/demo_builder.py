"""One demo person's history, built from their life file (``demo_lives/``): the charioteer
(horses, goals, people, rules, sides), months of check-ins, rides with look-backs,
escalations, pursuits and one weekly review, then the people in the method
(``demo_people``). Dated back from ``today`` and drawn from ``random.Random`` seeded per
person; nothing lies after the moment the demo is loaded. Rows are written with
``bulk_create`` (EncryptedTextField encrypts in get_prep_value, which bulk_create calls).
"""

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from accounts.models import User
from charioteer.models import Echo, Goal, Horse, LifeRule, Side
from charioteer.services import SETUP_STEPS
from checkins.models import CheckIn, Pursuit, PursuitRating
from insights.models import WeeklyReview
from people.models import Escalation, Person
from rides.models import Ride, RideRule
from wagenmenner import demo_people
from wagenmenner.demo import TIME_ZONE, DemoLogin, Persona
from wagenmenner.demo_course import Deck, clip, day_state, over_time, say

SCALES = ("alarm", "energy", "drive", "enjoyment", "boredom", "urge")


def _local(day: date, at: time, zone) -> datetime:
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


class Builder:
    """One person's history from their life file: ``build()`` writes it all and says how
    much."""

    def __init__(self, persona: Persona, user: User, *, seed: int, days: int, today: date,
                 language: str, now: datetime):
        self.key = persona.key
        self.life = persona.life
        self.user = user
        self.seed = f"{seed}-{persona.key}"
        self.days = days
        self.first_day = today - timedelta(days=days - 1)
        self.zone = ZoneInfo(TIME_ZONE)
        self.rng = random.Random(self.seed)
        self.language = language
        self.now = now

    def say(self, text) -> str:
        return say(text, self.language)

    def deck(self, texts) -> Deck:
        return Deck(self.rng, [self.say(t) for t in texts or ()])

    def day(self, n: int) -> date:
        return self.first_day + timedelta(days=n)

    def at(self, n: int, clock: time) -> datetime:
        return _local(self.day(n), clock, self.zone)

    def progress(self, n: int) -> float:
        return n / max(1, self.days - 1)

    def build(self) -> DemoLogin:
        self._method()
        states = [day_state(self.life, n, self.days, self.day(n), self.seed)
                  for n in range(self.days)]
        checkins = self._checkins(states)
        rides, escalations = self._rides(states)
        self._pursuits()
        self._review()
        demo_people.build(self)
        return DemoLogin(email=self.user.email, password="", created=True, checkins=checkins,
                         rides=rides, escalations=escalations)

    # -- the person's charioteer: acknowledgement, horses, goals, people, rules, sides --

    def _method(self) -> None:
        life, user, say = self.life, self.user, self.say
        user.acknowledgement = say(life["acknowledgement"])
        user.setup_state = dict.fromkeys(SETUP_STEPS, "done")
        user.save(update_fields=["acknowledgement", "setup_state"])
        self.horses = {h.kind: h for h in Horse.objects.filter(owner=user)}
        for kind, horse in life["horses"].items():
            row = self.horses[kind]
            row.name, row.body_signals, row.behaviour_signals = (
                say(horse["name"]), say(horse["body"]), say(horse["behaviour"]))
        Horse.objects.bulk_update(self.horses.values(),
                                  ["name", "body_signals", "behaviour_signals"])
        self.echoes = {e.key: e for e in Echo.objects.filter(owner=user)}
        goals = Goal.objects.bulk_create([
            Goal(owner=user, domain=g["domain"], title=say(g["title"]),
                 asks_of_me=say(g["asks_of_me"])) for g in life["goals"]])
        self.goals = {g["id"]: row for g, row in zip(life["goals"], goals, strict=True)}
        people = Person.objects.bulk_create([
            Person(owner=user, name=say(p["name"]), relation=p["relation"],
                   goal=self.goals.get(p.get("goal"))) for p in life["people"]])
        self.people = {p["id"]: row for p, row in zip(life["people"], people, strict=True)}
        rules = LifeRule.objects.bulk_create([
            LifeRule(owner=user, if_text=say(r["if"]), then_text=say(r["then"]),
                     goal=self.goals.get(r.get("goal")), horse=self.horses.get(r.get("horse")),
                     min_level=r.get("from_level"), relation=r.get("relation", ""),
                     person=self.people.get(r.get("person")),
                     echo=self.echoes.get(r.get("echo")))
            for r in life["rules"]])
        self.rules = {r["id"]: row for r, row in zip(life["rules"], rules, strict=True)}
        sides = Side.objects.bulk_create([
            Side(owner=user, name=say(s["name"]), good_for=say(s["good_for"]),
                 when_to_deploy=say(s["when_to_deploy"]), when_harmful=say(s["when_harmful"]))
            for s in life["sides"]])
        self.sides = {s["id"]: row for s, row in zip(life["sides"], sides, strict=True)}

    # -- check-ins ----------------------------------------------------------------

    def _checkins(self, states) -> int:
        rng, rows = self.rng, []
        notes = self.deck(self.life.get("notes"))
        # About as many notes as the deck holds, spread over the months (4.5 a day).
        note_chance = min(0.06, len(notes) / (4.5 * self.days))
        substances = [(self.say(s["what"]), self.say(s["amount"]))
                      for s in self.life.get("substances", ())]
        for n, state in enumerate(states):
            count = rng.randint(3, 6)
            minutes = sorted(rng.sample(range(7 * 60 + 30, 22 * 60 + 30, 7), count))
            for m in minutes:
                recorded_at = self.at(n, time(m // 60, m % 60))
                evening = m >= 17 * 60
                values = {s: clip(rng.gauss(state[s] + (0.4 if evening and s == "urge" else 0),
                                             state["sd"])) for s in SCALES}
                substance = amount = ""
                if evening and substances and rng.random() < state["drinks"]:
                    substance, amount = rng.choice(substances)
                note = notes.deal() if rng.random() < note_chance else ""
                if recorded_at > self.now:
                    continue
                rows.append(CheckIn(
                    owner=self.user, recorded_at=recorded_at, substance=substance,
                    substance_amount=amount, note=note,
                    conflict=values["alarm"] >= 8 and rng.random() < 0.4, **values))
        CheckIn.objects.bulk_create(rows, batch_size=500)
        return len(rows)

    # -- rides and escalations ------------------------------------------------------

    def _scenarios(self):
        """Per scenario of the life file, decks of its texts."""
        self.scenarios = []
        for s in self.life["scenarios"]:
            self.scenarios.append({
                **s, "situations": self.deck(s["situations"]),
                "signals": self.deck(s.get("signals")),
                "other_needs": self.deck(s.get("other_needs")),
                "action_texts": s["actions"], "story_texts": s["escalations"],
                "actions": Deck(self.rng, [str(i) for i in range(len(s["actions"]))]),
                "stories": Deck(self.rng, [str(i) for i in range(len(s["escalations"]))])})

    def _pick_scenario(self, state):
        pulls_drive = max(state["drive"], state["urge"]) > state["alarm"] + 0.5
        wanted = "drive" if pulls_drive else "alarm"
        options = [s for s in self.scenarios if s["horse"] == wanted and len(s["actions"])]
        options = options or [s for s in self.scenarios if len(s["actions"])]
        return self.rng.choice(options) if options else None

    def _rides(self, states) -> tuple[int, int]:
        """Rides on the days ``_ride_days`` picks, each looked back on (unless it is too
        recent) and sometimes ending in an escalation; escalations without a ride on hot
        days. The chances move over the months as the life file says."""
        life, rng = self.life, self.rng
        self._scenarios()
        self.texts = {name: {mood: self.deck(life[name][mood]) for mood in ("calm", "rough")}
                      for name in ("lookbacks", "other_did", "feelings")}
        self.rule_changes = self.deck(life.get("rule_changes"))
        ride_days = self._ride_days(states)
        rides, plans, escalations = [], [], []
        for n, state in enumerate(states):
            t = self.progress(n)
            scenario = self._pick_scenario(state) if n in ride_days else None
            if scenario is None:
                if state["alarm"] >= 7 and rng.random() < over_time(
                        life["escalations_without_a_ride"], t):
                    # It went wrong before a ride was even started.
                    wild = self._pick_scenario(state) or rng.choice(self.scenarios)
                    at = self.at(n, time(rng.randint(9, 21), rng.choice((0, 15, 30, 45))))
                    escalations.append(self._escalation(
                        wild, at, clip(state["alarm"] + 2), None,
                        missed=rng.choice(("stop", "recognise", "none"))))
                continue
            ride, kept, quick = self._ride(scenario, n, state)
            if ride.started_at + timedelta(minutes=10) > self.now:
                continue
            rides.append(ride)
            plans.append((scenario, kept if ride.lookback_done_at else [None] * len(kept), quick))
            if ride.escalated:
                escalations.append(self._escalation(
                    scenario, ride.started_at + timedelta(minutes=rng.randint(30, 180)),
                    ride.level, len(rides) - 1, missed=rng.choice(("rule", "act", "stop"))))
        self._unfinished_ride(rides, plans)
        Ride.objects.bulk_create(rides, batch_size=200)
        self._ride_links(rides, plans)
        escalations = [(e, i) for e, i in escalations if e.happened_at <= self.now]
        for escalation, index in escalations:
            escalation.ride = rides[index] if index is not None else None
        Escalation.objects.bulk_create([e for e, _ in escalations], batch_size=200)
        return len(rides), len(escalations)

    def _ride(self, scenario, n: int, state) -> tuple[Ride, list[bool], bool]:
        """One ride of ``scenario`` on day ``n``: (the ride, whether each of its rules was
        kept, whether it was a quick one). A quick ride asks only for horse, level and
        action, as teugels does (METHOD 4.2)."""
        rng, plan, t = self.rng, self.life["rides"], self.progress(n)
        at = self.at(n, time(rng.randint(8, 21), rng.choice((5, 20, 35, 50))))
        base = (state["alarm"] if scenario["horse"] == "alarm"
                else max(state["drive"], state["urge"]))
        kept = [rng.random() < over_time(plan["rules_kept"], t) for _ in scenario["rules"]]
        escalated = rng.random() < over_time(
            plan["escalates_if_kept" if all(kept) else "escalates_if_not_kept"], t)
        chosen = scenario["action_texts"][int(scenario["actions"].deal())]
        quick = rng.random() < 0.3
        situation = "" if quick else scenario["situations"].deal()
        quick = quick or not situation
        full = {} if quick else {
            "situation": situation, "reactions": list(scenario.get("reactions", ())),
            "signals": scenario["signals"].deal(), "good_faith": True,
            "goal": self.goals.get(scenario.get("goal")),
            "other_needs": scenario["other_needs"].deal(),
            "side_deployed": self.sides.get(scenario.get("deploy")),
            "side_stabled": self.sides.get(scenario.get("stable")),
            "action_when": self.say(chosen.get("when"))}
        ride = Ride(owner=self.user, mode=Ride.Mode.QUICK if quick else Ride.Mode.FULL,
                    started_at=at, reached_step=7, person=self.people.get(scenario.get("person")),
                    horse=self.horses[scenario["horse"]], level=clip(base + rng.uniform(0.5, 2.5)),
                    action=self.say(chosen["what"]),
                    committed_at=at + timedelta(minutes=rng.randint(2, 9)),
                    lookback_due_at=at + timedelta(hours=3), **full)
        done = at + timedelta(hours=rng.randint(3, 30))
        if done <= self.now and (n < self.days - 3 or rng.random() < 0.3):
            mood = "rough" if escalated else "calm"
            ride.lookback_done_at = done
            ride.escalated = escalated
            ride.lookback_text = self.texts["lookbacks"][mood].deal()
            ride.other_did = self.texts["other_did"][mood].deal()
            ride.feeling = self.texts["feelings"][mood].deal()
            ride.go_on = not escalated
            ride.rule_change = self.rule_changes.deal() if escalated else ""
        return ride, kept, quick

    def _ride_links(self, rides, plans) -> None:
        """The rules each ride chose (a quick ride: the first) and the echoes it named."""
        links, ride_rules = [], []
        for ride, (scenario, kept, quick) in zip(rides, plans, strict=True):
            if scenario is None:
                continue
            chosen = scenario["rules"][:1] if quick else scenario["rules"]
            for rule, was_kept in zip(chosen, kept, strict=False):
                ride_rules.append(RideRule(ride=ride, rule=self.rules[rule], kept=was_kept))
            if not quick:
                links += [Ride.echoes.through(ride_id=ride.pk, echo_id=self.echoes[k].pk)
                          for k in scenario.get("echoes", ()) if k in self.echoes]
        RideRule.objects.bulk_create(ride_rules, batch_size=500)
        Ride.echoes.through.objects.bulk_create(links, batch_size=500)

    def _ride_days(self, states) -> set[int]:
        """The days with a ride: by the chances of the life file, thinned evenly over the
        months when there are more than its actions can fill (each used at most twice)."""
        plan, rng = self.life["rides"], self.rng
        days = []
        for n, state in enumerate(states):
            t = self.progress(n)
            hot = state["alarm"] >= 6.5 or max(state["drive"], state["urge"]) >= 8
            chance = over_time(plan["per_day"], t) + (over_time(plan["hot_day_extra"], t)
                                                       if hot else 0)
            if rng.random() < chance:
                days.append(n)
        room = int(0.85 * sum(len(s["actions"]) for s in self.scenarios))
        return set(rng.sample(days, room) if len(days) > room else days)

    def _unfinished_ride(self, rides, plans) -> None:
        """One ride left half-way this morning, as happens: it waits on the home screen."""
        started = self.at(self.days - 1, time(7, 40))
        if rides and self.days > 7 and started <= self.now:
            rides.append(Ride(owner=self.user, started_at=started, reached_step=3,
                              horse=self.horses["alarm"], level=6))
            plans.append((None, [], True))

    def _escalation(self, scenario, at: datetime, alarm: int, ride_index, missed):
        index = scenario["stories"].deal()
        story = scenario["story_texts"][int(index)] if index else {}
        row = Escalation(
            owner=self.user, happened_at=at, person=self.people.get(scenario.get("person")),
            trigger=self.say(story.get("trigger")), highest_alarm=max(alarm, 7),
            verbal=story.get("verbal", True), things=story.get("things", False),
            physical=story.get("physical", False),
            what_happened=self.say(story.get("what_happened")), harm=self.say(story.get("harm")),
            repair=self.say(story.get("repair")) if self.rng.random() < 0.7 else "",
            missed_step=missed)
        return row, ride_index

    # -- pursuits ---------------------------------------------------------------------

    def _pursuit_windows(self, count: int) -> list[tuple[int, int]]:
        """(first day, days of drive) per pursuit. A life whose pursuits follow its cycle
        starts one in each round, the newest in the round that has just begun."""
        cycle = self.life.get("cycle")
        if self.life["pursuits"].get("follow_cycle") and cycle:
            newest = self.days - 1 - cycle["newest_began_days_ago"]
            starts = range(newest, -cycle["days"], -cycle["days"])
            return sorted((max(0, s), cycle["drive_days"]) for s in starts)[-count:]
        span = self.days / count
        windows = [(int(i * span), self.rng.randint(18, 30)) for i in range(count)]
        windows[-1] = (self.days - self.rng.randint(6, 10), windows[-1][1])
        return windows

    def _pursuits(self) -> None:
        """Pursuits rated every few days. A flipping life starts each one at 8–10, keeps
        it there for some weeks, then drops to 1–3 and starts the next one; its newest
        pursuit has just begun high, so the reminder of the past pattern shows."""
        rng, plan = self.rng, self.life["pursuits"]
        windows = self._pursuit_windows(len(plan["list"]))
        names = plan["list"][-len(windows):]
        pursuits, ratings = [], []
        for i, (item, (start, drive_days)) in enumerate(zip(names, windows, strict=True)):
            newest = i == len(windows) - 1
            pursuits.append(Pursuit(
                owner=self.user, name=self.say(item["name"]), kind=item["kind"],
                created_at=min(self.at(start, time(20, 15)), self.now),
                archived=i < len(windows) - 2))
            end = self.days if newest else windows[i + 1][0]
            day = start
            while day < min(end, self.days):
                if plan.get("flips"):
                    into = day - start
                    value = (rng.randint(8, 10) if into < drive_days
                             else rng.randint(4, 6) if into < drive_days + 7  # the pull fades
                             else rng.randint(1, 3))
                else:
                    value = clip(6.5 + rng.gauss(0, 1.2))
                at = self.at(day, time(20, 30))
                if at <= self.now:
                    ratings.append((i, at, value))
                day += rng.randint(3, 5)
        Pursuit.objects.bulk_create(pursuits)
        PursuitRating.objects.bulk_create(
            [PursuitRating(pursuit=pursuits[i], rated_at=at, intensity=v)
             for i, at, v in ratings], batch_size=500)

    # -- one weekly review ----------------------------------------------------------------

    def _review(self) -> None:
        review = self.life["review"]
        rule = self.rules[review["rule"]]
        last = self.day(self.days - 1)
        monday = last - timedelta(days=last.weekday() + 14)
        iso = monday.isocalendar()
        row = WeeklyReview.objects.create(
            owner=self.user, week=f"{iso[0]:04d}-W{iso[1]:02d}", kind=WeeklyReview.Kind.RULE,
            object_id=rule.pk, reason=self.say(review["reason"]),
            before=f"{self.say(review['before_if'])} → {self.say(review['before_then'])}",
            after=f"{rule.if_text} → {rule.then_text}")
        WeeklyReview.objects.filter(pk=row.pk).update(
            created_at=self.at((monday - self.first_day).days + 6, time(19, 30)))
