"""``trust_summary`` sums three columns in Python: held here to the aggregate the database
computes, on random experiments of the person and of someone else."""

import random
from datetime import date, timedelta

import pytest
from django.db.models import Count, Q, Sum

from people.models import Person, TrustExperiment
from people.selectors import trust_for_period, trust_summary
from wagenmenner.access import owned


def _by_the_database(experiments) -> dict:
    figures = experiments.aggregate(
        experiments=Count("pk"),
        with_outcome=Count("pk", filter=Q(feared_happened__isnull=False)),
        feared=Count("pk", filter=Q(feared_happened__in=("yes", "partly"))),
        before=Sum("belief_before", filter=Q(belief_after__isnull=False)),
        after=Sum("belief_after"),
        changed=Count("pk", filter=Q(belief_after__isnull=False)))
    with_outcome, changed = figures["with_outcome"], figures["changed"]
    return {"experiments": figures["experiments"], "with_outcome": with_outcome,
            "feared_happened_share": (round(figures["feared"] / with_outcome, 4)
                                      if with_outcome else None),
            "mean_belief_change": (round((figures["after"] - figures["before"]) / changed, 4)
                                   if changed else None)}


def _experiments(owner, rng, count):
    person = Person.objects.create(owner=owner, name="Sanne", relation="partner")
    for _ in range(count):
        happened = rng.choice([None, "yes", "no", "partly"])
        TrustExperiment.objects.create(
            owner=owner, person=person, what="x", expectation="y",
            belief_before=rng.randrange(101), planned_for=date(2026, 3, 1) + timedelta(rng.randrange(60)),
            feared_happened=happened,
            belief_after=None if happened is None and rng.random() < 0.8 else rng.randrange(101))


def test_no_experiments_give_empty_figures(person):
    assert trust_summary(owned(TrustExperiment, person)) == {
        "experiments": 0, "with_outcome": 0, "feared_happened_share": None,
        "mean_belief_change": None}


@pytest.mark.parametrize("seed", range(6))
def test_trust_summary_equals_the_databases_aggregate(person, stranger, seed):
    rng = random.Random(seed)
    _experiments(person, rng, rng.randrange(1, 25))
    _experiments(stranger, rng, rng.randrange(0, 10))
    for start, end in ((date(2026, 3, 1), date(2026, 4, 30)), (date(2026, 3, 10), date(2026, 3, 31))):
        mine = owned(TrustExperiment, person).filter(planned_for__gte=start, planned_for__lte=end)
        assert trust_for_period(person, start, end) == _by_the_database(mine)
    assert trust_summary(owned(TrustExperiment, person)) == _by_the_database(
        owned(TrustExperiment, person))
