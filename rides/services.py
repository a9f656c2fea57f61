"""Writes and reads for rides. Each answer is stored the moment it is given."""

import json
from dataclasses import dataclass
from datetime import UTC, timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from charioteer.matching import Situation, matching_rule_ids, proposed_rule_ids
from charioteer.models import Echo, Goal, HorseKind, LifeRule
from checkins.idempotency import Recorded, digest_of, store_once
from people.services import reciprocity_from_ride
from rides.models import LOOKBACK_STEP, Ride, RideRule
from safety.alerts import crisis_in, remember_crisis_text
from wagenmenner.access import owned

ERROR_ALREADY_COMMITTED = "This ride has already been committed to an action."


def ride_start(*, user, mode: str = Ride.Mode.FULL) -> Ride:
    with transaction.atomic():
        return Ride.objects.create(owner=user, mode=mode)


def _advance(ride: Ride, step: int) -> None:
    ride.reached_step = max(ride.reached_step, min(step + 1, LOOKBACK_STEP))


def ride_answer_step(*, ride: Ride, step: int, form, new_echo_label: str = "",
                     rules=None) -> Ride:
    """Store one step's validated form; extra pieces (own echo, chosen rules) in the same
    transaction, so a step is either stored whole or not at all."""
    with transaction.atomic():
        instance = form.save(commit=False)
        _advance(instance, step)
        instance.full_clean()
        instance.save()
        if step == 3:
            form.save_m2m()
            if new_echo_label:
                echo = Echo.objects.create(owner=ride.owner, label=new_echo_label)
                instance.echoes.add(echo)
        if step == 5 and rules is not None:
            ride_set_rules(instance, rules)
    return instance


def ride_set_rules(ride: Ride, rules) -> None:
    wanted = {r.pk for r in rules}
    ride.ride_rules.exclude(rule_id__in=wanted).delete()
    have = set(ride.ride_rules.values_list("rule_id", flat=True))
    RideRule.objects.bulk_create([RideRule(ride=ride, rule_id=pk) for pk in wanted - have])


DEFAULT_LOOKBACK_HOURS = 3


def mark_committed(ride: Ride, lookback_in_hours: int = DEFAULT_LOOKBACK_HOURS,
                   at=None) -> None:
    """Step 6 done: the action is committed and the look-back is planned (not saved here).
    ``at``: when it was committed, if not now (the reins used offline, sent later)."""
    now = at or timezone.now()
    ride.committed_at = ride.committed_at or now
    ride.lookback_due_at = now + timedelta(hours=lookback_in_hours)
    ride.reached_step = LOOKBACK_STEP


def mark_looked_back(ride: Ride) -> None:
    """Step 7 done; a look-back without a commit (an old, unfinished ride) commits it too."""
    ride.lookback_done_at = ride.lookback_done_at or timezone.now()
    ride.committed_at = ride.committed_at or ride.lookback_done_at


def ride_commit(*, ride: Ride, form, lookback_in_hours: int) -> Ride:
    with transaction.atomic():
        instance = form.save(commit=False)
        mark_committed(instance, lookback_in_hours)
        instance.full_clean()
        instance.save()
    return instance


def ride_quick_commit(*, ride: Ride, rule, action: str, goal=None) -> Ride:
    with transaction.atomic():
        if rule is not None:
            ride_set_rules(ride, [rule])
        ride.action = action
        ride.goal = goal
        mark_committed(ride)
        ride.full_clean()
        ride.save()
    return ride


def ride_rules_kept(ride: Ride, answers: dict) -> None:
    """The look-back's answer per chosen rule (rule id → kept), in one write: one recount
    of the ride's stored week (``insights.tallied``), however many rules."""
    records = list(ride.ride_rules.filter(rule_id__in=list(answers)))
    for record in records:
        record.kept = answers[record.rule_id]
    RideRule.objects.bulk_update(records, ["kept"])


def ride_lookback(*, ride: Ride, form) -> Ride:
    with transaction.atomic():
        instance = form.save(commit=False)
        mark_looked_back(instance)
        instance.full_clean()
        instance.save()
        ride_rules_kept(instance, form.kept_answers())
        if "ledger_direction" in form.fields:
            direction, weight = form.ledger_answer()
            reciprocity_from_ride(ride=instance, direction=direction, weight=weight)
    return instance


def _situation(horse, level, person, echo_ids=None) -> Situation:
    return Situation(
        horse_id=horse.pk if horse else None, level=level,
        person_id=person.pk if person else None,
        relation=person.relation if person else "", echo_ids=echo_ids,
        alarm=level if horse is not None and horse.kind == HorseKind.ALARM else None)


def active_rules(owner, *, with_goals: bool = True) -> list[LifeRule]:
    """The rules a ride or the reins may offer, with their goals where the page shows the
    goal that counts (the reins). Matching needs only the ids of a rule's horse, person
    and echo, not those rows."""
    rules = owned(LifeRule, owner).filter(active=True)
    return list(rules.select_related("goal") if with_goals else rules)


def _proposal(rules: list[LifeRule], situation: Situation, conditions=None,
              by_id=None) -> tuple[list[LifeRule], list[int]]:
    """The rules to offer, best fitting first, and the ids of those that fit
    (``conditions``, ``by_id``: the rules' conditions and the rules by id, when the caller
    has them already)."""
    if conditions is None:
        conditions = [r.condition() for r in rules]
    if by_id is None:
        by_id = {r.pk: r for r in rules}
    matching = matching_rule_ids(conditions, situation)
    return [by_id[pk] for pk in proposed_rule_ids(conditions, situation, matching)], matching


def rules_for_ride(ride: Ride, *, with_echoes: bool = True,
                   echo_ids: frozenset[int] | None = None) -> tuple[list[LifeRule], set[int]]:
    """The active rules the ride may propose, those that match first, and the matching ids
    (``echo_ids``: the ride's echoes, when the caller has read them already).

    Rules that are not for this moment are left out altogether: above their highest level,
    or, from alarm 7 on, rules whose action is to stay in the situation.
    """
    if echo_ids is None:
        echo_ids = (frozenset(e.pk for e in ride.echoes.all())
                    if with_echoes and ride.pk else None)
    situation = _situation(ride.horse if ride.horse_id else None, ride.level,
                           ride.person if ride.person_id else None, echo_ids)
    # Step 5 offers the rules by their sentence; their goals are not shown there.
    rules, matching = _proposal(active_rules(ride.owner, with_goals=False), situation)
    return rules, set(matching)


# --- The reins (quick mode) ------------------------------------------------------------


@dataclass(frozen=True)
class Reins:
    """What the reins show for one moment: the rules (those that fit, or else the others
    that are safe now), whether any fits, and the goal that counts (METHOD 4.2 step 4)."""

    rules: list[LifeRule]
    fits: bool
    goal: Goal | None


def goal_that_counts(person, rules: list[LifeRule], matching: list[int],
                     by_id=None) -> Goal | None:
    """The goal of the person it is about, if they have one; else the goal of the best
    fitting rule that serves one."""
    if person is not None and person.goal_id:
        return person.goal
    if by_id is None:
        by_id = {r.pk: r for r in rules}
    return next((by_id[pk].goal for pk in matching if by_id[pk].goal_id), None)


def _reins(rules: list[LifeRule], horse, level, person, conditions=None, by_id=None,
           proposal=None) -> Reins:
    """``proposal``: ``_proposal`` of this moment, when the caller has it already."""
    if by_id is None:
        by_id = {r.pk: r for r in rules}
    offered, matching = proposal or _proposal(rules, _situation(horse, level, person),
                                              conditions, by_id)
    fits = set(matching)
    fitting = [r for r in offered if r.pk in fits]
    return Reins(rules=fitting or offered, fits=bool(fitting),
                 goal=goal_that_counts(person, rules, matching, by_id))


def reins_for_ride(ride: Ride) -> Reins:
    return _reins(active_rules(ride.owner), ride.horse if ride.horse_id else None,
                  ride.level, ride.person if ride.person_id else None)


def reins_table(rules: list[LifeRule], horses, people) -> dict:
    """Every answer the reins can give with these active rules, for the phone to show
    without network: ``"horse:person:level"`` (person 0: nobody in particular) → the rule
    ids in order, whether they fit, and the goal's id. Computed here, by the same matching
    as online, so the phone never decides which rules are safe in a hot moment."""
    table = {}
    conditions = [r.condition() for r in rules]
    by_id = {r.pk: r for r in rules}
    # A person no rule names, of a relation no rule names, is matched as nobody in
    # particular is (only the goal that counts can differ): each proposal is computed once
    # per horse, level and what the rules can tell apart of the person, not per person.
    named = {c.person_id for c in conditions} - {None}
    relations = {c.relation for c in conditions} - {""}
    proposals = {}
    for horse in horses:
        for person in [None, *people]:
            seen_as = (person.pk if person and person.pk in named else None,
                       person.relation if person and person.relation in relations else "")
            for level in range(11):
                key = (horse.pk, level, seen_as)
                if key not in proposals:
                    proposals[key] = _proposal(rules, _situation(horse, level, person),
                                               conditions, by_id)
                reins = _reins(rules, horse, level, person, conditions, by_id, proposals[key])
                table[f"{horse.pk}:{person.pk if person else 0}:{level}"] = {
                    "rules": [r.pk for r in reins.rules], "fits": reins.fits,
                    "goal": reins.goal.pk if reins.goal else None}
    return table


def _quick_answer(ride: Ride, crisis: bool) -> str:
    from rides.api import ride_out  # the API's shape, also for the phone's queue

    ride = Ride.objects.prefetch_related("echoes", "ride_rules").get(pk=ride.pk)
    return json.dumps(ride_out(ride, crisis), cls=DjangoJSONEncoder, ensure_ascii=False)


def ride_quick_record(*, owner, horse, level: int, person, rule, action: str, at,
                      key: str = "") -> Recorded:
    """The reins in one write, as the phone sends them (also after being offline): a quick
    ride started and committed at ``at``, with its rule, action and the goal that counts.
    One Idempotency-Key stores it once, however often it is sent."""
    action = (action or "").replace("\r\n", "\n").strip()
    digest = digest_of({"kind": "ride", "horse": horse.pk, "level": level,
                        "person": person.pk if person else None,
                        "rule": rule.pk if rule else None, "action": action,
                        "at": at.astimezone(UTC).isoformat() if at else None})

    words_crisis = False

    def prepare():  # before the transaction: no writer waits for this
        nonlocal words_crisis
        words_crisis = crisis_in(action)

    def save():
        when = at or timezone.now()
        reins = _reins(active_rules(owner), horse, level, person)
        ride = Ride(owner=owner, mode=Ride.Mode.QUICK, started_at=when, horse=horse,
                    level=level, person=person, action=action, goal=reins.goal)
        mark_committed(ride, at=when)
        ride.full_clean()
        ride.save()
        if rule is not None:
            ride_set_rules(ride, [rule])
        if words_crisis:
            remember_crisis_text(owner)
        return ride, words_crisis

    return store_once(owner=owner, key=key, digest=digest, kind="ride", save=save,
                      answer=_quick_answer, prepare=prepare)
