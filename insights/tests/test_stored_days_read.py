"""The stored days read as SQL (``selectors.stored_days``, wagenmenner.sql) are the ORM's
read of the same weeks, on random check-ins of the person and of someone else, for any
period and any set of levels, on SQLite and PostgreSQL alike."""

import random
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from insights import days
from insights.metrics import FIELDS
from insights.models import CheckInWeek
from insights.selectors import stored_days
from insights.tests.helpers import add_checkin
from wagenmenner.access import owned

BASE = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _orm_days(user, start, end, fields):
    rows = (owned(CheckInWeek, user).filter(monday__gte=start - timedelta(days=start.weekday()),
                                            monday__lte=end)
            .order_by("monday").values_list("monday", *fields))
    return days.Days.of_weeks(list(rows), start, end, fields)


@pytest.mark.parametrize("seed", range(6))
def test_stored_days_are_the_orms(person, stranger, seed):
    rng = random.Random(seed)
    for owner in (person, stranger):
        for _ in range(rng.randrange(0, 60)):
            add_checkin(owner, BASE + timedelta(minutes=rng.randrange(-60 * 24 * 60,
                                                                      60 * 24 * 60)),
                        alarm=rng.randrange(11), energy=rng.randrange(11),
                        drive=rng.randrange(11))
    for fields in (FIELDS, ("alarm", "energy"), ("alarm",)):
        start = date(2026, 3, 1) + timedelta(days=rng.randrange(-70, 10))
        end = start + timedelta(days=rng.randrange(0, 100))
        got, expected = stored_days(person, start, end, fields), _orm_days(person, start, end,
                                                                         fields)
        assert np.array_equal(got.ordinals, expected.ordinals)
        assert list(got.levels) == list(fields)
        for field in fields:
            assert got.levels[field].tobytes() == expected.levels[field].tobytes()


def test_only_levels_are_read(person):
    with pytest.raises(ValueError):
        stored_days(person, date(2026, 3, 1), date(2026, 3, 8), ("alarm", "owner_id"))
