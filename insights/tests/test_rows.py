"""insights.rows.moment_rows must hand back exactly what the ORM's values_list does."""

import math
from datetime import UTC, datetime, timedelta

import numpy as np
from django.db import connection

from checkins.models import CheckIn
from insights.rows import moment_columns, moment_rows
from insights.tests.helpers import AMS, add_checkin, add_ride
from rides.models import Ride

# Moments that trip up hand-written datetime code: microseconds (and none at all, which
# SQLite stores without a fraction), both sides of Amsterdam's spring gap, both passes
# through its repeated autumn hour, a leap day and the turn of a year.
TRICKY = [
    datetime(2026, 1, 1, 0, 0, tzinfo=UTC),
    datetime(2026, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    datetime(2026, 3, 29, 1, 59, 59, 999999, tzinfo=AMS),
    datetime(2026, 3, 29, 3, 0, tzinfo=AMS),
    datetime(2026, 10, 25, 2, 30, 0, 500000, tzinfo=AMS, fold=0),
    datetime(2026, 10, 25, 2, 30, 0, 500000, tzinfo=AMS, fold=1),
    datetime(2028, 2, 29, 23, 59, 59, tzinfo=AMS),
    datetime(2026, 12, 31, 23, 59, 59, 123456, tzinfo=UTC),
    # Before 1970 a fraction of a second must still round down, not towards zero.
    datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC),
    datetime(1950, 6, 1, 12, 0, 0, 1, tzinfo=UTC),
]
FIELDS = ("recorded_at", "alarm", "energy", "drive")


def _with_offsets(rows):
    # Aware datetimes compare as instants: add the offset so "09:00+01:00" and
    # "08:00+00:00" do not pass for the same value.
    return [(*row, row[0].utcoffset()) for row in rows]


def test_moment_rows_equal_the_orm_on_tricky_moments(person):
    for i, moment in enumerate(TRICKY):
        add_checkin(person, moment.astimezone(UTC), alarm=i, energy=10 - i, drive=i // 2)
    queryset = CheckIn.objects.filter(owner=person).order_by("recorded_at", "id")
    fast = moment_rows(queryset, *FIELDS)
    orm = list(queryset.values_list(*FIELDS))
    assert _with_offsets(fast) == _with_offsets(orm)
    assert [type(v) for row in fast for v in row] == [type(v) for row in orm for v in row]
    assert all(row[0].tzinfo is UTC for row in fast)


def test_moment_rows_named_equal_the_orm_with_booleans_and_nulls(person):
    for i, escalated in enumerate((True, False, None, True)):
        add_ride(person, TRICKY[i].astimezone(UTC), escalated=escalated)
    queryset = Ride.objects.filter(owner=person).order_by("started_at", "id")
    fast = moment_rows(queryset, "started_at", "escalated", named=True)
    orm = list(queryset.values_list("started_at", "escalated", named=True))
    assert fast == orm and type(fast[0]) is type(orm[0])
    assert [r.escalated for r in fast] == [True, False, None, True]


def test_moment_rows_read_a_text_stored_another_way_as_django_does(person):
    """A value written by hand with its own offset (not by Django) takes the slow path,
    which must still agree with the ORM."""
    first = add_checkin(person, datetime(2026, 3, 2, 8, tzinfo=UTC))
    odd = add_checkin(person, datetime(2026, 3, 3, 8, tzinfo=UTC))
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("UPDATE checkins_checkin SET recorded_at = %s WHERE id = %s",
                           ["2026-03-03T09:00:00+01:00", odd.pk])
    queryset = CheckIn.objects.filter(pk__in=[first.pk, odd.pk]).order_by("id")
    orm = list(queryset.values_list(*FIELDS))
    assert _with_offsets(moment_rows(queryset, *FIELDS)) == _with_offsets(orm)
    if connection.vendor == "sqlite":
        assert orm[1][0].utcoffset() == timedelta(hours=1)


def test_moment_rows_of_nothing_is_an_empty_list(person):
    assert moment_rows(CheckIn.objects.filter(owner=person), *FIELDS) == []
    assert moment_rows(CheckIn.objects.none(), *FIELDS) == []


def test_moment_rows_equal_the_orm_over_many_rows(person):
    start = datetime(2025, 1, 1, tzinfo=UTC)
    CheckIn.objects.bulk_create([
        CheckIn(owner=person, recorded_at=start + timedelta(minutes=97 * i, microseconds=i * 7),
                alarm=i % 11, energy=(i * 3) % 11, drive=(i * 7) % 11,
                enjoyment=5, boredom=5, urge=5)
        for i in range(3000)])
    queryset = CheckIn.objects.filter(owner=person).order_by("recorded_at", "id")
    assert moment_rows(queryset, *FIELDS, named=True) == \
        list(queryset.values_list(*FIELDS, named=True))


def test_moment_columns_are_whole_seconds_rounded_down_and_the_values(person):
    for i, moment in enumerate(TRICKY):
        add_checkin(person, moment.astimezone(UTC), alarm=i % 11, energy=10 - i % 11, drive=i // 2)
    queryset = CheckIn.objects.filter(owner=person).order_by("recorded_at", "id")
    seconds, *values = moment_columns(queryset, *FIELDS)
    orm = list(queryset.values_list(*FIELDS))
    assert seconds.tolist() == [math.floor(row[0].timestamp()) for row in orm]
    assert [v.tolist() for v in values] == [[row[k] for row in orm] for k in (1, 2, 3)]
    assert all(v.dtype == np.int64 for v in (seconds, *values))


def test_moment_columns_of_nothing_are_empty(person):
    seconds, *values = moment_columns(CheckIn.objects.filter(owner=person), *FIELDS)
    assert len(seconds) == 0 and [len(v) for v in values] == [0, 0, 0]


def test_moment_columns_refuse_a_null_for_rows_to_be_read(person):
    add_ride(person, TRICKY[0], escalated=None)
    queryset = Ride.objects.filter(owner=person)
    assert moment_columns(queryset, "started_at", "escalated") is None
