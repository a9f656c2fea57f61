"""Home's reads written as SQL (wagenmenner.home_reads, rides.selectors.home_context,
people.selectors.trust_open) give what the ORM reads they replace give, field by field, on
random data of the person and of someone else, on SQLite and PostgreSQL alike."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import timezone

from checkins.models import CheckIn, Schedule
from people.models import Person, TrustExperiment
from people.selectors import trust_open
from rides.models import Ride
from rides.selectors import HOME_LOOKBACKS, HOME_UNFINISHED
from rides.selectors import home_context as rides_home_context
from safety.models import CrisisTextSeen
from timeouts.models import TimeOut
from wagenmenner.access import owned
from wagenmenner.home_reads import singles
from warningplan.models import WarningPlan
from warningplan.selectors import latest_checkin

BASE = datetime(2026, 3, 1, 12, tzinfo=UTC)
SEEDS = range(6)


def _moment(rng) -> datetime:
    return BASE + timedelta(minutes=rng.randrange(-60 * 24 * 90, 60 * 24 * 90),
                            microseconds=rng.randrange(10**6))


def _values(obj, names):
    return None if obj is None else tuple(getattr(obj, name) for name in names)


def _all_values(obj):
    return None if obj is None else tuple(getattr(obj, f.attname)
                                          for f in obj._meta.concrete_fields)


def _fill_singles(rng, owner):
    """What a person has at most one of, or none."""
    if rng.random() < 0.7:
        Schedule.objects.create(owner=owner, mode=rng.choice(Schedule.Mode.values),
                                fixed_times=sorted(rng.sample(["08:00", "12:30", "21:00"], 2)),
                                per_day=rng.randrange(1, 6), ask_dark_thoughts=rng.random() < .5)
    if rng.random() < 0.7:
        WarningPlan.objects.create(owner=owner, dismissed_at=rng.choice([None, _moment(rng)]))
    if rng.random() < 0.5:
        CrisisTextSeen.objects.create(owner=owner, at=_moment(rng))
    if rng.random() < 0.5:  # at most one time-out is open
        moment = _moment(rng)
        TimeOut.objects.create(owner=owner, started_by=owner, started_at=moment, minutes=30,
                               ends_at=moment + timedelta(minutes=30))


def _fill_rows(rng, owner):
    for _ in range(rng.randrange(0, 12)):
        CheckIn.objects.create(owner=owner, recorded_at=_moment(rng), alarm=rng.randrange(11),
                               energy=3, drive=4, enjoyment=2, boredom=1, urge=2,
                               dark_thoughts=rng.choice([None, 0, 1, 2]))
    for _ in range(rng.randrange(0, 6)):
        moment = _moment(rng)
        TimeOut.objects.create(owner=owner, started_by=owner, started_at=moment, minutes=30,
                               ends_at=moment + timedelta(minutes=30),
                               ended_at=moment + timedelta(minutes=rng.randrange(1, 31)),
                               returned_at=rng.choice([None, moment + timedelta(hours=2)]))
    for k in range(rng.randrange(0, 14)):
        moment = _moment(rng)
        committed = rng.random() < 0.6
        Ride.objects.create(
            owner=owner, started_at=moment, reached_step=rng.randrange(1, 7),
            committed_at=moment + timedelta(minutes=5) if committed else None,
            lookback_due_at=_moment(rng) if committed else None,
            lookback_done_at=moment + timedelta(days=1) if committed and rng.random() < .4 else None,
            action=f"actie {k} van {owner.pk}", situation="niet op home")
    people = [Person.objects.create(owner=owner, name=f"mens {i} van {owner.pk}",
                                    relation="friend") for i in range(2)]
    for k in range(rng.randrange(0, 9)):
        TrustExperiment.objects.create(
            owner=owner, person=rng.choice(people), what=f"proef {k}", expectation="x",
            belief_before=50, planned_for=date(2026, 3, 1) + timedelta(days=rng.randrange(-9, 9)),
            feared_happened=rng.choice([None, None, "yes", "no"]))


@pytest.mark.parametrize("seed", SEEDS)
def test_home_reads_are_the_orms(person, stranger, seed):
    rng = random.Random(seed)
    for owner in (stranger, person):
        _fill_singles(rng, owner)
    for owner in (stranger, person, stranger):  # the stranger's rows before and after
        _fill_rows(rng, owner)

    found = singles(person)
    assert _all_values(found.schedule) == _all_values(owned(Schedule, person).first())
    assert _all_values(found.plan) == _all_values(owned(WarningPlan, person).first())
    crisis = owned(CrisisTextSeen, person).first()
    assert found.crisis_at == (crisis.at if crisis else None)
    assert found.latest_checkin == latest_checkin(person)
    assert _all_values(found.latest_timeout) == _all_values(owned(TimeOut, person).first())

    rides = owned(Ride, person)
    home = rides_home_context(person, BASE)
    shown = ("pk", "started_at", "lookback_due_at", "action")
    assert [_values(r, shown) for r in home["open_lookbacks"]] == [
        _values(r, shown) for r in
        rides.open_lookbacks().order_by("lookback_due_at")[:HOME_LOOKBACKS]]
    shown = ("pk", "started_at", "committed_at", "reached_step")
    assert [_values(r, shown) + (r.resume_step(),) for r in home["unfinished"]] == [
        _values(r, shown) + (r.resume_step(),) for r in
        rides.unfinished().order_by("-started_at")[:HOME_UNFINISHED]]

    today = date(2026, 3, 1) + timedelta(days=rng.randrange(-5, 5))
    shown = ("pk", "person_id", "what", "planned_for")
    expected = (owned(TrustExperiment, person)
                .filter(planned_for__lte=today, feared_happened__isnull=True)
                .select_related("person").order_by("planned_for", "id"))[:5]
    assert [_values(x, shown) + (x.person.name,) for x in trust_open(person, today, 5)] == [
        _values(x, shown) + (x.person.name,) for x in expected]


def test_a_person_with_nothing_reads_nothing(person, stranger):
    _fill_singles(random.Random(1), stranger)
    _fill_rows(random.Random(1), stranger)
    found = singles(person)
    assert (found.schedule, found.plan, found.crisis_at, found.latest_checkin,
            found.latest_timeout) == (None, None, None, None, None)
    home = rides_home_context(person, timezone.now())
    assert (home["open_lookbacks"], home["unfinished"]) == ([], [])
    assert trust_open(person, date(2027, 1, 1), 5) == []
