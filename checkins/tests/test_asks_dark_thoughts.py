"""The check-in page's plain read of its schedule (checkins.selectors.asks_dark_thoughts)
gives what the ORM's read of the schedule gives, on random data of the person and of
someone else, on SQLite and PostgreSQL alike: the owner's schedule only."""

import random
from types import SimpleNamespace

import pytest

from checkins.models import Schedule
from checkins.selectors import asks_dark_thoughts, schedule_for


def _orm(user) -> bool:
    schedule = schedule_for(user)
    return schedule is not None and schedule.ask_dark_thoughts


@pytest.mark.parametrize("seed", range(6))
def test_asks_dark_thoughts_is_the_orms(person, stranger, seed, django_assert_num_queries):
    rng = random.Random(seed)
    for owner in (stranger, person):
        if rng.random() < 0.7:
            Schedule.objects.create(owner=owner, mode=rng.choice(Schedule.Mode.values),
                                    per_day=rng.randrange(1, 6),
                                    ask_dark_thoughts=rng.random() < 0.5)
    for owner in (person, stranger):
        with django_assert_num_queries(1):
            asked = asks_dark_thoughts(owner)
        assert asked is _orm(owner)
    # An id that is nobody's: nothing is asked.
    assert asks_dark_thoughts(SimpleNamespace(pk=max(person.pk, stranger.pk) + 1)) is False


def test_someone_elses_schedule_asks_nothing_of_this_person(person, stranger):
    Schedule.objects.create(owner=stranger, ask_dark_thoughts=True)
    assert asks_dark_thoughts(person) is False
    Schedule.objects.create(owner=person, ask_dark_thoughts=False)
    assert asks_dark_thoughts(person) is False
    assert asks_dark_thoughts(stranger) is True
