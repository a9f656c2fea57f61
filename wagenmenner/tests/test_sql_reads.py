"""The reads written as SQL (wagenmenner.sql) give what the ORM reads they replace give,
on random data of the person and of someone else: the owner's rows only, moments and
dates read and compared as the ORM reads them, on SQLite and PostgreSQL alike."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from django.db.models import Sum

from checkins.models import CheckIn
from insights.days import Days
from insights.metrics import FIELDS, per_four_weeks
from insights.models import CheckInWeek
from insights.periods import monday_of, utc_bounds
from insights.selectors import stored_days
from people import ledger
from people.models import Person, ReciprocityEntry
from people.selectors import ledger_totals_by_person
from timeouts.models import TimeOut
from timeouts.selectors import timeouts_for_period
from wagenmenner.access import owned
from warningplan import phases as rules
from warningplan.models import Phase, WarningPhase, WarningPlan
from warningplan.selectors import alarm_from_for

BASE = datetime(2026, 3, 1, 12, tzinfo=UTC)
SEEDS = range(6)


def _moment(rng) -> datetime:
    return BASE + timedelta(minutes=rng.randrange(-60 * 24 * 90, 60 * 24 * 90),
                            microseconds=rng.choice([0, rng.randrange(10**6)]))


@pytest.mark.parametrize("seed", SEEDS)
def test_time_outs_of_a_period_are_the_orms(person, stranger, seed):
    rng = random.Random(seed)
    for owner in (person, stranger):
        for _ in range(rng.randrange(0, 30)):
            moment = _moment(rng)
            TimeOut.objects.create(owner=owner, started_by=owner, started_at=moment,
                                   minutes=30, ends_at=moment + timedelta(minutes=30),
                                   ended_at=moment + timedelta(minutes=30))
    start = date(2026, 3, 1) + timedelta(days=rng.randrange(-80, 0))
    end = start + timedelta(days=rng.randrange(0, 120))
    lo, hi = utc_bounds(start, end, person.zone)
    moments = list(owned(TimeOut, person).filter(started_at__gte=lo, started_at__lt=hi)
                   .values_list("started_at", flat=True))
    expected = per_four_weeks(moments, start, end, person.zone)
    for bucket in expected:
        bucket["start"], bucket["end"] = bucket["start"].isoformat(), bucket["end"].isoformat()
    assert timeouts_for_period(person, start, end) == {"count": len(moments),
                                                       "per_four_weeks": expected}


@pytest.mark.parametrize("seed", SEEDS)
def test_ledger_totals_are_the_orms(person, stranger, seed):
    rng = random.Random(seed)
    for owner in (person, stranger):
        people = [Person.objects.create(owner=owner, name=f"p{i}", relation="friend")
                  for i in range(3)]
        for _ in range(rng.randrange(0, 40)):
            ReciprocityEntry.objects.create(
                owner=owner, person=rng.choice(people), what="x", weight=rng.randrange(1, 4),
                direction=rng.choice(ReciprocityEntry.Direction.values),
                happened_at=_moment(rng))
    lo = BASE - timedelta(days=rng.randrange(0, 90))
    hi = lo + timedelta(days=rng.randrange(0, 120))
    for bounds in ((lo, hi), (lo, None), (None, None)):
        rows = owned(ReciprocityEntry, person)
        if bounds[0] is not None:
            rows = rows.filter(happened_at__gte=bounds[0])
        if bounds[1] is not None:
            rows = rows.filter(happened_at__lt=bounds[1])
        found: dict[int, list] = {}
        for pk, direction, weight in (rows.order_by().values("person_id", "direction")
                                      .annotate(weight=Sum("weight"))
                                      .values_list("person_id", "direction", "weight")):
            found.setdefault(pk, []).append((direction, weight))
        expected = {pk: ledger.totals(entries) for pk, entries in found.items()}
        assert ledger_totals_by_person(person, *bounds) == expected


@pytest.mark.parametrize("seed", SEEDS)
def test_the_warning_plans_levels_are_the_orms(person, stranger, seed):
    rng = random.Random(seed)
    for owner in (person, stranger):
        if rng.random() < 0.8:
            plan = WarningPlan.objects.create(owner=owner)
            for phase in rng.sample(Phase.values, rng.randrange(0, len(Phase.values) + 1)):
                WarningPhase.objects.create(plan=plan, phase=phase,
                                            alarm_from=rng.choice([None, *range(11)]))
    found = dict(WarningPhase.objects.filter(plan__in=owned(WarningPlan, person))
                 .values_list("phase", "alarm_from"))
    assert alarm_from_for(person) == {phase: found.get(phase, rules.DEFAULT_ALARM_FROM[phase])
                                      for phase in Phase.values}


@pytest.mark.parametrize("seed", SEEDS)
def test_the_flips_of_a_period_are_the_orms(person, stranger, seed):
    from insights.flips import summary_of_flips
    from insights.models import PursuitFlip
    from insights.selectors import _flips_in
    from insights.tests.helpers import add_pursuit

    rng = random.Random(seed)
    for owner in (person, stranger):
        for i in range(rng.randrange(1, 4)):
            moment = BASE - timedelta(days=120)
            ratings = []
            for _ in range(rng.randrange(0, 30)):
                moment += timedelta(days=rng.randrange(1, 12), minutes=rng.randrange(60))
                ratings.append((moment, rng.choice([1, 2, 3, 5, 8, 9, 10])))
            add_pursuit(owner, f"p{i}", ratings)
    ids = list(owned(PursuitFlip, person).values_list("pursuit_id", flat=True).distinct()) + [0]
    lo = BASE - timedelta(days=rng.randrange(0, 120))
    hi = lo + timedelta(days=rng.randrange(1, 200))
    found: dict[int, list] = {}
    for pursuit_id, first, peak_end, drop, drive_days in (
            owned(PursuitFlip, person).filter(drop__gte=lo, drop__lt=hi)
            .order_by("pursuit_id", "position")
            .values_list("pursuit_id", "start", "peak_end", "drop", "drive_days")):
        found.setdefault(pursuit_id, []).append(
            {"start": first, "peak_end": peak_end, "drop": drop, "drive_days": drive_days})
    assert _flips_in(person, ids, lo, hi) == summary_of_flips(
        {str(pk): found.get(pk, []) for pk in ids})


@pytest.mark.parametrize("seed", SEEDS)
def test_stored_days_are_the_orms(person, stranger, seed):
    rng = random.Random(seed)
    for owner in (stranger, person, stranger):
        for _ in range(rng.randrange(0, 40)):
            CheckIn.objects.create(owner=owner, recorded_at=_moment(rng),
                                   **{field: rng.randrange(11) for field in FIELDS},
                                   enjoyment=2, boredom=1, urge=2)
    start = date(2026, 3, 1) + timedelta(days=rng.randrange(-90, 0))
    end = start + timedelta(days=rng.randrange(0, 120))
    for fields in (FIELDS, ("alarm",), ("energy", "drive")):
        rows = (owned(CheckInWeek, person).filter(monday__gte=monday_of(start), monday__lte=end)
                .order_by("monday").values_list("monday", *fields))
        expected = Days.of_weeks(list(rows), start, end, fields)
        found = stored_days(person, start, end, fields)
        assert found.ordinals.tolist() == expected.ordinals.tolist()
        assert list(found.levels) == list(fields)
        for field in fields:
            assert found.levels[field].tobytes() == expected.levels[field].tobytes()
    assert stored_days(person, start, end).ordinals.size == expected.ordinals.size


def test_what_the_reads_keep_per_connection_goes_with_the_connection():
    # A thread's connection is dropped when the thread ends; the readers kept for it (which
    # refer back to it) must not keep it alive.
    import gc
    import weakref

    from django.db import connections

    from wagenmenner import sql

    connection = connections.create_connection("default")
    assert sql._reader(WarningPhase, "my_signals", connection) is not None
    gone = weakref.ref(connection)
    del connection
    gc.collect()
    assert gone() is None


def test_an_instance_is_the_one_the_orm_builds_from_the_row(person):
    """``instance`` sets the values itself where ``from_db`` would do no more (no __init__
    or from_db of the model's own, nobody listening to its init signals)."""
    from django.db import connection
    from django.db.models.signals import post_init

    from accounts.models import User
    from wagenmenner.sql import columns, fields_of, instance

    CheckIn.objects.create(owner=person, alarm=3, energy=4, drive=5, enjoyment=6, boredom=7,
                           urge=8, note="zacht")
    heard = []

    def listener(sender, instance, **kwargs):
        heard.append(instance)

    for model, names in ((User, None), (CheckIn, None), (CheckIn, ("owner", "note", "alarm"))):
        fields = fields_of(model, names)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT {columns(fields, 't')} FROM {model._meta.db_table} t")  # noqa: S608
            row = cursor.fetchone()
        for listening in (False, True):
            if listening:
                post_init.connect(listener, sender=model)
            try:
                ours = instance(model, fields, row)
            finally:
                post_init.disconnect(listener, sender=model)
            orm = model.objects.only(*(f.name for f in fields)).get(pk=row[0])
            assert {**vars(ours), "_state": None} == {**vars(orm), "_state": None}
            assert (ours._state.db, ours._state.adding) == ("default", False)
            assert ours.get_deferred_fields() == orm.get_deferred_fields()
            assert heard == ([ours] if listening else [])  # listened to: built by from_db
            heard.clear()
    assert instance(CheckIn, fields, row).note == "zacht"  # decrypted, as the ORM reads it
