"""Writes and reads for rides. Each answer is stored the moment it is given."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from charioteer.matching import Situation, matching_rule_ids, proposed_rule_ids
from charioteer.models import Echo, HorseKind, LifeRule
from people.services import reciprocity_from_ride
from rides.models import LOOKBACK_STEP, Ride, RideRule
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


def mark_committed(ride: Ride, lookback_in_hours: int = DEFAULT_LOOKBACK_HOURS) -> None:
    """Step 6 done: the action is committed and the look-back is planned (not saved here)."""
    now = timezone.now()
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


def ride_quick_commit(*, ride: Ride, rule, action: str) -> Ride:
    with transaction.atomic():
        if rule is not None:
            ride_set_rules(ride, [rule])
        ride.action = action
        mark_committed(ride)
        ride.full_clean()
        ride.save()
    return ride


def ride_lookback(*, ride: Ride, form) -> Ride:
    with transaction.atomic():
        instance = form.save(commit=False)
        mark_looked_back(instance)
        instance.full_clean()
        instance.save()
        for rule_id, kept in form.kept_answers().items():
            RideRule.objects.filter(ride=instance, rule_id=rule_id).update(kept=kept)
        if "ledger_direction" in form.fields:
            direction, weight = form.ledger_answer()
            reciprocity_from_ride(ride=instance, direction=direction, weight=weight)
    return instance


def rules_for_ride(ride: Ride, *, with_echoes: bool = True) -> tuple[list[LifeRule], set[int]]:
    """The active rules the ride may propose, those that match first, and the matching ids.

    Rules that are not for this moment are left out altogether: above their highest level,
    or, from alarm 7 on, rules whose action is to stay in the situation.
    """
    rules = list(owned(LifeRule, ride.owner).filter(active=True)
                 .select_related("goal", "horse", "person", "echo"))
    horse = ride.horse if ride.horse_id else None
    situation = Situation(
        horse_id=ride.horse_id, level=ride.level, person_id=ride.person_id,
        relation=ride.person.relation if ride.person_id else "",
        echo_ids=frozenset(e.pk for e in ride.echoes.all()) if with_echoes and ride.pk else None,
        alarm=ride.level if horse is not None and horse.kind == HorseKind.ALARM else None,
    )
    conditions = [r.condition() for r in rules]
    by_id = {r.pk: r for r in rules}
    matching = matching_rule_ids(conditions, situation)
    return [by_id[pk] for pk in proposed_rule_ids(conditions, situation)], set(matching)
