"""The reins' page's plain read (rides.selectors.reins_reads) gives what the three ORM reads
it replaced give, field by field, on random data of the person and of someone else: the
owner's rows only, on SQLite and PostgreSQL alike; and the page reads nothing more."""

import random
from types import SimpleNamespace

import pytest
from django.urls import reverse

from charioteer.models import Domain, Echo, Goal, Horse, LifeRule, Relation
from people.models import Person
from rides import services
from rides.selectors import reins_reads
from wagenmenner.access import owned

HORSE = ("pk", "kind", "name")
PERSON = ("pk", "name", "relation", "goal_id")
RULE = ("pk", "goal_id", "if_text", "then_text", "horse_id", "min_level", "max_level",
        "stays_in_situation", "relation", "person_id", "echo_id")
GOAL = ("pk", "title", "asks_of_me")


def _values(obj, names):
    return None if obj is None else tuple(getattr(obj, name) for name in names)


def _world(owner, rng):
    """Goals, people, rules (some inactive, some with a goal) of every kind of condition."""
    goals = [Goal.objects.create(owner=owner, domain=rng.choice(Domain.values),
                                 title=f"doel {i} é <b>", asks_of_me=rng.choice(["", "veel"]))
             for i in range(rng.randrange(0, 4))]
    horses = list(Horse.objects.filter(owner=owner))
    if rng.random() < 0.5:
        horse = rng.choice(horses)
        horse.name, horse.body_signals = f"paard {owner.pk}", "niet gelezen"
        horse.save()
    people = [Person.objects.create(owner=owner, name=f"mens {i} van {owner.pk}",
                                    relation=rng.choice(Relation.values),
                                    goal=rng.choice([None, *goals]))
              for i in range(rng.randrange(0, 5))]
    echoes = list(Echo.objects.filter(owner=owner))
    for i in range(rng.randrange(0, 9)):
        low = rng.choice([None, rng.randrange(11)])
        LifeRule.objects.create(
            owner=owner, goal=rng.choice([None, *goals]), if_text=f"als {i}",
            then_text=rng.choice(["dan", "blijf ik"]), horse=rng.choice([None, *horses]),
            min_level=low, max_level=rng.choice([None, rng.randrange(low or 0, 11)]),
            stays_in_situation=rng.random() < 0.3, relation=rng.choice(["", *Relation.values]),
            person=rng.choice([None, *people]), echo=rng.choice([None, *echoes]),
            active=rng.random() < 0.8)


@pytest.mark.parametrize("seed", range(6))
def test_reins_reads_are_the_orms(person, stranger, seed, django_assert_num_queries):
    rng = random.Random(seed)
    for owner in (stranger, person, stranger):  # the stranger's rows before and after
        _world(owner, rng)
    with django_assert_num_queries(1):
        read = reins_reads(person)
        # What the page and the matching use of them, the goals included: no query more.
        horses = [_values(h, HORSE) + (str(h),) for h in read.horses]
        people = [_values(p, PERSON) + (str(p), _values(p.goal, GOAL)) for p in read.people]
        rules = [_values(r, RULE) + (r.sentence(), _values(r.goal, GOAL)) for r in read.rules]
        table = services.reins_table(read.rules, read.horses, read.people)
    orm_horses = list(owned(Horse, person))
    orm_people = list(owned(Person, person).select_related("goal"))
    orm_rules = services.active_rules(person)
    assert horses == [_values(h, HORSE) + (str(h),) for h in orm_horses]
    assert people == [_values(p, PERSON) + (str(p), _values(p.goal, GOAL)) for p in orm_people]
    assert rules == [_values(r, RULE) + (r.sentence(), _values(r.goal, GOAL))
                     for r in orm_rules]
    # The same answers for every horse, person and level, the hot moment's included.
    assert table == services.reins_table(orm_rules, orm_horses, orm_people)


@pytest.mark.parametrize("seed", range(6))
def test_the_table_is_the_reins_of_every_moment(person, seed):
    """The table computes a proposal once for everyone the rules cannot tell apart: each
    entry is still what the reins give that horse, person and level on their own."""
    _world(person, random.Random(seed))
    for i in range(3):  # people no rule names, of one relation
        Person.objects.create(owner=person, name=f"Iemand {i}", relation="friend")
    read = reins_reads(person)
    table = services.reins_table(read.rules, read.horses, read.people)
    for horse in read.horses:
        for who in [None, *read.people]:
            for level in range(11):
                reins = services._reins(read.rules, horse, level, who)
                assert table[f"{horse.pk}:{who.pk if who else 0}:{level}"] == {
                    "rules": [r.pk for r in reins.rules], "fits": reins.fits,
                    "goal": reins.goal.pk if reins.goal else None}


def test_someone_elses_rows_are_never_read(person, stranger):
    _world(stranger, random.Random(3))
    # Rows of the person's that point at the stranger's goal (no form lets them): the
    # stranger's goal stays unread, where select_related would have shown it.
    theirs = Goal.objects.create(owner=stranger, domain="work", title="niet van jou")
    Person.objects.create(owner=person, name="Sam", relation="partner", goal=theirs)
    LifeRule.objects.create(owner=person, goal=theirs, if_text="als", then_text="dan")
    read = reins_reads(person)
    assert [p.goal for p in read.people] == [None]
    assert [r.goal for r in read.rules] == [None]
    assert {h.pk for h in read.horses} == set(owned(Horse, person).values_list("pk", flat=True))
    # Asked with an id that is nobody's: nothing at all.
    nobody = reins_reads(SimpleNamespace(pk=max(person.pk, stranger.pk) + 1))
    assert (nobody.horses, nobody.people, nobody.rules) == ([], [], [])


def test_the_reins_page_reads_the_person_once_for_its_rows(client_person, person,
                                                           django_assert_num_queries):
    _world(person, random.Random(5))
    for i in range(8):
        Person.objects.create(owner=person, name=f"Iemand {i}", relation="friend")
    # The session, the user, the reins' rows, the navigation's links.
    with django_assert_num_queries(4):
        assert client_person.get(reverse("rides:quick")).status_code == 200
