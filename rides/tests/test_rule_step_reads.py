"""Ride step 5's plain read (rides.selectors.rule_step_reads) gives what the ORM reads it
replaced give, on random data of the person and of someone else: the owner's rows only,
on SQLite and PostgreSQL alike."""

import random

import pytest

from charioteer.models import Echo, Horse, LifeRule, Side
from rides.models import Ride, RideRule
from rides.selectors import rule_step_reads
from wagenmenner.access import owned


def _world(owner, rng):
    for _ in range(rng.randrange(0, 5)):
        Side.objects.create(owner=owner, name=f"kant {rng.randrange(10**6)} é")
    horse = Horse.objects.get(owner=owner, kind="alarm")
    rules = [LifeRule.objects.create(owner=owner, if_text=f"als {i}", then_text="dan",
                                     horse=horse) for i in range(rng.randrange(0, 6))]
    echoes = list(Echo.objects.filter(owner=owner))
    rides = []
    for _ in range(rng.randrange(1, 4)):
        ride = Ride.objects.create(owner=owner, horse=horse, level=rng.randrange(11),
                                   reached_step=5)
        ride.echoes.set(rng.sample(echoes, rng.randrange(0, min(4, len(echoes)) + 1)))
        for rule in rng.sample(rules, rng.randrange(0, len(rules) + 1)):
            RideRule.objects.create(ride=ride, rule=rule)
        rides.append(ride)
    return rides


@pytest.mark.parametrize("seed", range(6))
def test_rule_step_reads_are_the_orms(person, stranger, seed):
    rng = random.Random(seed)
    mine, theirs = _world(person, rng), _world(stranger, rng)
    for ride in mine:
        echoes, chosen, sides = rule_step_reads(ride, person)
        assert echoes == frozenset(e.pk for e in ride.echoes.all())
        assert sorted(chosen) == sorted(rr.rule_id for rr in ride.ride_rules.all())
        assert sides == [(s.pk, s.name) for s in owned(Side, person)]
    # Someone else's ride, asked for by this person: none of its echoes or rules.
    for ride in theirs:
        echoes, chosen, sides = rule_step_reads(ride, person)
        assert (echoes, chosen) == (frozenset(), [])
        assert sides == [(s.pk, s.name) for s in owned(Side, person)]


def test_step_five_reads_six_times_and_shows_the_persons_sides_and_chosen_rules(
        client_person, person, stranger, django_assert_num_queries):
    from tests.factories import make_charioteer

    world = make_charioteer(person)
    other = make_charioteer(stranger)
    ride = world["ride"]
    Ride.objects.filter(pk=ride.pk).update(reached_step=5)
    with django_assert_num_queries(6):
        page = client_person.get(f"/rit/{ride.pk}/stap/5/")
    form = page.context["form"]
    assert form.fields["rules"].initial == [world["rule"].pk]
    offered = [value for value, _ in form.fields["side_deployed"].choices if value != ""]
    assert offered == [world["side"].pk]
    html = page.content.decode()
    assert "de luisteraar" in html
    assert other["side"].pk not in offered
