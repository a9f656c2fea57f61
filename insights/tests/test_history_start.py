"""Where "everything" begins on the insights page: ``history_start`` is written as SQL, so
it is held here to what the ORM reads, on random histories of the person and another."""

import random
from datetime import date, timedelta

import pytest

from checkins.models import CheckIn
from insights.selectors import history_start
from insights.tests.helpers import add_checkin, add_escalation, add_ride, ams
from people.models import Escalation
from rides.models import Ride
from wagenmenner.access import owned


def _by_the_orm(user) -> date | None:
    firsts = [owned(model, user).order_by(moment).values_list(moment, flat=True).first()
              for model, moment in ((CheckIn, "recorded_at"), (Ride, "started_at"),
                                    (Escalation, "happened_at"))]
    firsts = [moment for moment in firsts if moment is not None]
    return min(firsts).astimezone(user.zone).date() if firsts else None


def test_no_history_has_no_start(person):
    assert history_start(person) is None


def test_the_first_moment_is_a_local_date(person):
    # 23:30 in Amsterdam on 1 March is already 1 March there, and still 1 March in UTC at
    # 22:30; 00:30 on 2 March is 1 March 23:30 in UTC: the local date counts.
    add_ride(person, ams(2026, 3, 2, 0, 30))
    assert history_start(person) == date(2026, 3, 2)
    add_escalation(person, ams(2026, 3, 1, 23, 30))
    assert history_start(person) == date(2026, 3, 1)


@pytest.mark.parametrize("seed", range(8))
def test_history_start_reads_what_the_orm_reads(person, stranger, seed):
    rng = random.Random(seed)
    base = ams(2026, 1, 1, 12)
    for owner in (person, stranger):
        for add in (add_checkin, add_ride, add_escalation):
            for _ in range(rng.randrange(0, 3)):
                add(owner, base + timedelta(hours=rng.randrange(-5000, 5000), minutes=rng.randrange(60)))
    assert history_start(person) == _by_the_orm(person)
    assert history_start(stranger) == _by_the_orm(stranger)
