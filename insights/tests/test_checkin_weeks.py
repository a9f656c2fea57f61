"""The stored days stay in step with the check-ins through every write path (page, API,
offline queue, edits, deletes, bulk imports, the demo, a new time zone), and the insights
read from them are the reference figures over the check-ins, digit for digit, on SQLite
and PostgreSQL."""

import json
import threading
import time
from datetime import date, timedelta

import pytest
from django.db import connection, models, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.forms import PreferencesForm
from accounts.models import ApiToken, User
from accounts.services import account_create, account_delete, account_preferences_save
from checkins import services
from checkins.models import CheckIn
from insights import days, metrics
from insights.flips import flips_summary
from insights.models import CheckInWeek
from insights.report import figures_of_checkins, figures_of_rides, insights_report
from insights.selectors import insights_for_period
from insights.tests.helpers import add_checkin, add_checkins, ams, local_at

LEVELS = {"alarm": 7, "energy": 3, "drive": 5, "enjoyment": 2, "boredom": 6, "urge": 4}
CHECKIN_FIELDS = ("recorded_at", *metrics.FIELDS)
STORED_FIELDS = ("recorded_at", *metrics.STORED_FIELDS)  # with the dark-thoughts row


def stored(person) -> dict:
    return {row[0]: tuple(map(_bytes, row[1:])) for row in CheckInWeek.objects
            .filter(owner=person).values_list("monday", *metrics.STORED_FIELDS)}


def stored_days(person) -> list[date]:
    """The local dates that have check-ins, as the stored weeks say."""
    person.refresh_from_db()
    found = days.Days.of_weeks(sorted((monday, *levels) for monday, levels
                                      in stored(person).items()), date.min, date.max)
    return [date.fromordinal(ordinal) for ordinal in found.ordinals.tolist()]


def recomputed(person) -> dict:
    person.refresh_from_db()
    checkins = CheckIn.objects.filter(owner=person).order_by("recorded_at", "id")
    computed = days.checkin_weeks(checkins.values(*STORED_FIELDS), person.zone,
                                  metrics.STORED_FIELDS)
    return {monday: tuple(levels[f] for f in metrics.STORED_FIELDS)
            for monday, levels in computed.items()}


def assert_in_step(person):
    assert stored(person) == recomputed(person)
    latest = {}
    for moment in CheckIn.objects.filter(owner=person).order_by("recorded_at").values_list(
            "recorded_at", flat=True):
        latest[metrics.monday_of(metrics.local_date(moment, person.zone))] = moment
    assert dict(CheckInWeek.objects.filter(owner=person).values_list("monday", "latest")) == latest


def _bytes(value):
    return None if value is None else bytes(value)


def reference(person, start, end) -> dict:
    """The report's figures of check-ins, from the reference definitions over the
    person's check-ins as the database holds them."""
    person.refresh_from_db()
    # Check-ins at the same moment count in the order they were stored.
    checkins = list(CheckIn.objects.filter(owner=person).order_by("id").values(*CHECKIN_FIELDS))
    return insights_report(**figures_of_checkins(checkins, start, end, person.time_zone),
                           **figures_of_rides([], [], start, end, person.time_zone),
                           flips=flips_summary({}),
                           rules=[],
                           start=start, end=end, tz=person.time_zone)


def assert_report_is_the_reference(person, start, end):
    got = insights_for_period(person, start, end)
    expected = reference(person, start, end)
    for key in ("period", "weeks", "trend", "alarm_load"):
        assert got[key] == expected[key], key
        assert json.dumps(got[key], sort_keys=True) == json.dumps(expected[key], sort_keys=True)


def test_a_check_in_from_the_page_makes_its_day(client_person, person):
    response = client_person.post("/meten/", {k: str(v) for k, v in LEVELS.items()})
    assert response.status_code == 302
    assert len(stored_days(person)) == 1
    assert_in_step(person)


def test_check_ins_from_the_api_and_the_offline_queue_arrive_out_of_order(person):
    _, raw = ApiToken.issue(person)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    # Sent late from a phone that was offline: the oldest arrives last, one twice.
    for key, when, alarm in [("c", "2026-03-04T21:00:00+01:00", 9),
                             ("b", "2026-03-04T08:00:00+01:00", 2),
                             ("c", "2026-03-04T21:00:00+01:00", 9),
                             ("a", "2026-03-03T23:59:59+01:00", 5)]:
        response = api.post("/api/v1/checkins", json.dumps({**LEVELS, "alarm": alarm,
                                                            "recorded_at": when}),
                            content_type="application/json", HTTP_IDEMPOTENCY_KEY=key)
        assert response.status_code == 201
    assert stored_days(person) == [date(2026, 3, 3), date(2026, 3, 4)]
    assert_in_step(person)
    assert_report_is_the_reference(person, date(2026, 3, 2), date(2026, 3, 8))


def test_deleting_from_the_page_and_the_api_brings_the_day_up_to_date(client_person, person):
    first, second, third = (add_checkin(person, ams(2026, 3, 4, h), alarm=a)
                            for h, a in ((8, 1), (12, 9), (20, 4)))
    client_person.post(f"/meten/{second.pk}/verwijderen/")
    assert_in_step(person)
    _, raw = ApiToken.issue(person)
    Client(HTTP_AUTHORIZATION=f"Bearer {raw}").delete(f"/api/v1/checkins/{first.pk}")
    assert_in_step(person)
    services.checkin_delete(checkin=third)
    assert stored(person) == {}


def test_the_dark_thoughts_row_is_stored_by_every_write(client_person, person):
    # Issue 11 point 10: one more column of the same week, through the page, the API, an
    # edit, a bulk update and a delete.
    _, raw = ApiToken.issue(person)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    for when, dark in (("2026-03-04T08:00:00+01:00", 3), ("2026-03-04T21:00:00+01:00", None),
                       ("2026-03-04T12:00:00+01:00", 8), ("2026-03-05T09:00:00+01:00", 0)):
        response = api.post("/api/v1/checkins", json.dumps(
            {**LEVELS, "dark_thoughts": dark, "recorded_at": when}),
            content_type="application/json")
        assert response.status_code == 201, response.content
    assert_in_step(person)
    assert stored(person)[date(2026, 3, 2)][3] is not None
    checkin = CheckIn.objects.filter(owner=person, dark_thoughts=8).get()
    checkin.dark_thoughts = 2
    checkin.save()
    assert_in_step(person)
    CheckIn.objects.filter(owner=person).update(dark_thoughts=None)
    assert_in_step(person)
    assert stored(person)[date(2026, 3, 2)][3] is None
    add_checkin(person, ams(2026, 3, 6, 9)).delete()
    assert_in_step(person)


def test_the_migration_fills_in_the_dark_thoughts_of_the_weeks_so_far(person, stranger):
    import importlib

    from django.apps import apps

    for i, owner in enumerate((person, stranger, person)):
        add_checkins(owner, ams(2026, 3, 1, 20 + i), 30, step=timedelta(hours=7))
    CheckIn.objects.filter(owner=person, alarm__gte=4).update(dark_thoughts=models.F("drive"))
    before = stored(person), stored(stranger)
    CheckInWeek.objects.update(dark_thoughts=None)  # as the weeks were before the migration
    importlib.import_module("insights.migrations.0009_checkinweek_dark_thoughts").fill_weeks(
        apps, None)
    assert (stored(person), stored(stranger)) == before
    assert_in_step(person)


def test_edits_that_move_a_check_in_update_both_days(person):
    checkin = add_checkin(person, ams(2026, 3, 4, 23, 30), alarm=8)
    add_checkin(person, ams(2026, 3, 4, 9), alarm=1)
    checkin.recorded_at = ams(2026, 3, 5, 0, 30)
    checkin.save()
    assert stored_days(person) == [date(2026, 3, 4), date(2026, 3, 5)]
    assert_in_step(person)
    CheckIn.objects.filter(owner=person).update(recorded_at=ams(2026, 3, 9, 12))
    assert stored_days(person) == [date(2026, 3, 9)]
    assert_in_step(person)


def test_writes_in_bulk_keep_the_days_in_step(person, stranger):
    rows = add_checkins(person, ams(2026, 3, 1, 22), 40, step=timedelta(hours=5))
    add_checkins(stranger, ams(2026, 3, 1, 22), 10, step=timedelta(hours=7))
    assert_in_step(person)
    assert_in_step(stranger)
    for row in rows[::3]:
        row.alarm = 10 - row.alarm
        row.recorded_at += timedelta(hours=30)
    CheckIn.objects.bulk_update(rows[::3], ["alarm", "recorded_at"])
    assert_in_step(person)
    CheckIn.objects.filter(owner=person, alarm__gte=5).update(energy=0)
    assert_in_step(person)
    CheckIn.objects.filter(owner=person, drive__lt=4).delete()
    assert_in_step(person)
    assert_in_step(stranger)
    assert_report_is_the_reference(person, date(2026, 3, 1), date(2026, 3, 31))


def test_writes_that_do_not_move_or_change_levels_leave_the_days_alone(person):
    checkin = add_checkin(person, ams(2026, 3, 4, 9))
    before = stored(person)
    with CaptureQueriesContext(connection) as queries:
        checkin.note = "Rustig gebleven."
        checkin.save(update_fields=["note"])
        CheckIn.objects.filter(pk=checkin.pk).update(conflict=True)
    assert len(queries) == 2
    assert stored(person) == before


def test_a_level_outside_the_scale_is_refused_and_nothing_is_stored(person):
    with pytest.raises(ValueError, match="0 to 10"), transaction.atomic():
        CheckIn.objects.bulk_create([CheckIn(owner=person, recorded_at=ams(2026, 3, 4, 9),
                                             **{**LEVELS, "alarm": 11})])
    assert not CheckIn.objects.filter(owner=person).exists()
    assert stored(person) == {}


def test_a_new_time_zone_moves_check_ins_to_other_days(client_person, person):
    # 23:30 in Amsterdam is 17:30 the same day in New York, and 08:30 the next day in Tokyo.
    add_checkin(person, ams(2026, 3, 4, 23, 30), alarm=9)
    add_checkin(person, ams(2026, 3, 5, 0, 30), alarm=1)
    assert stored_days(person) == [date(2026, 3, 4), date(2026, 3, 5)]
    response = client_person.post("/account/", {"language": "nl", "time_zone": "Asia/Tokyo"})
    assert response.status_code == 302
    assert stored_days(person) == [date(2026, 3, 5)]
    assert_in_step(person)
    assert_report_is_the_reference(person, date(2026, 3, 2), date(2026, 3, 8))
    form = PreferencesForm({"language": "nl", "time_zone": "America/New_York"}, instance=person)
    assert form.is_valid()
    account_preferences_save(form=form)
    assert stored_days(person) == [date(2026, 3, 4)]
    assert_in_step(person)


def test_a_check_in_counts_in_the_time_zone_stored_when_it_is_written(person):
    """The week is read in the zone of the person as the request read them; a zone changed
    since (in another tab) is the one that counts: the week is read again in it."""
    read_earlier = User.objects.get(pk=person.pk)
    person.time_zone = "Asia/Tokyo"
    person.save(update_fields=["time_zone"])
    for who in (read_earlier, User.objects.get(pk=person.pk)):
        # 23:30 in Amsterdam on Sunday 8 March is Monday 9 March in Tokyo: another week.
        services.checkin_record(owner=who, fields={**LEVELS,
                                                   "recorded_at": ams(2026, 3, 8, 23, 30)})
    assert stored_days(person) == [date(2026, 3, 9)]
    assert_in_step(person)


def test_on_sqlite_the_zone_is_read_with_the_week(person):
    """One writer at a time on SQLite: the person's row needs no lock there, and their zone
    comes with the week's row, one statement instead of two."""
    if connection.vendor != "sqlite":
        pytest.skip("PostgreSQL locks the person's row first")
    services.checkin_record(owner=person, fields=LEVELS)
    with CaptureQueriesContext(connection) as queries:
        services.checkin_record(owner=person, fields=LEVELS)
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    assert len(reads) == 1 and "time_zone" in reads[0]
    assert_in_step(person)


def test_a_check_in_without_a_time_is_stamped_in_the_writers_turn(person, monkeypatch):
    """A check-in without a time gets its moment when its write runs, not when its request
    came in: another one stored while it waited for the writer's turn (another worker's)
    is then earlier, and the week is added to in place instead of recomputed from all of
    its check-ins (under load a rebuild of thousands, inside the turn)."""
    from insights import services as weeks

    other = []

    def meanwhile(*texts):  # in the first request's prepare, before its writer's turn
        if not other:
            other.append(None)
            time.sleep(0.002)  # a moment later than the first request's arrival
            other[0] = services.checkin_record(owner=person, fields=LEVELS).item
        return False

    monkeypatch.setattr(services, "crisis_in", meanwhile)
    monkeypatch.setattr(weeks, "_weeks_rebuild",
                        lambda *a, **k: pytest.fail("the week was recomputed"))
    first = services.checkin_record(owner=person, fields=LEVELS).item
    assert first.recorded_at > other[0].recorded_at
    assert CheckIn.objects.get(pk=first.pk).recorded_at == first.recorded_at
    monkeypatch.undo()
    assert_in_step(person)


def test_deleting_the_account_takes_its_days(person):
    add_checkins(person, ams(2026, 3, 1, 9), 10)
    account_delete(user=person)
    assert not CheckInWeek.objects.exists()


def test_the_demo_lives_have_their_days(db):
    from wagenmenner.demo import create_demo

    logins = create_demo(months=1, today=date(2026, 3, 31), password="demo demo demo")
    for login in logins:
        person = User.objects.get(email=login.email)
        assert len(stored_days(person)) >= 28
        assert_in_step(person)


def test_a_check_in_costs_the_same_queries_however_full_its_day(person):
    """The latest of its day (made now) is added to the stored day in place; an earlier
    one (sent late from the offline queue) recomputes its week: each at a fixed cost."""
    def record(hour, minute=0):
        with CaptureQueriesContext(connection) as queries:
            services.checkin_record(owner=person, fields={
                **LEVELS, "recorded_at": ams(2026, 3, 4, hour, minute)})
        return len(queries)

    latest, earlier = record(23, 50), record(12)
    add_checkins(person, ams(2026, 3, 4, 0, 5), 100, step=timedelta(minutes=14))
    assert record(23, 55) == latest
    assert record(12, 1) == earlier
    assert_in_step(person)


@pytest.mark.django_db(transaction=True)
def test_check_ins_of_one_day_written_at_the_same_moment_all_count(person):
    """Eight threads with their own connections post eight check-ins of one day at once:
    on PostgreSQL they run side by side, and each must see the others' check-ins."""
    _, raw = ApiToken.issue(person)
    start = threading.Barrier(8)
    statuses = []

    def send(k):
        try:
            client = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
            start.wait()
            statuses.append(client.post(
                "/api/v1/checkins", json.dumps({**LEVELS, "alarm": k,
                                                "recorded_at": f"2026-03-04T1{k}:00:00+01:00"}),
                content_type="application/json", HTTP_IDEMPOTENCY_KEY=f"k{k}").status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert statuses == [201] * 8
    assert_in_step(person)
    [week] = insights_for_period(person, date(2026, 3, 2), date(2026, 3, 8))["weeks"]
    assert week["alarm"]["n"] == 8 and week["alarm"]["mssd"] == 1


# --------------------------------------------------------------------------
# Random histories, written every way
# --------------------------------------------------------------------------

# Around clock changes: autumn 2024 in Europe, the midnight clock change of St. John's in
# 2009, and the day Samoa skipped in 2011.
BASES = [date(2024, 10, 21), date(2009, 10, 26), date(2011, 12, 26)]
ZONES = ["Europe/Amsterdam", "America/St_Johns", "Pacific/Apia", "Asia/Kathmandu", "UTC"]
level = st.integers(0, 10)
levels = st.fixed_dictionaries({"alarm": level, "energy": level, "drive": level})
moment = st.tuples(st.integers(-2, 16), st.integers(0, 24 * 60 - 1))  # day, minute of day
operations = st.lists(st.one_of(
    st.tuples(st.just("record"), moment, levels),
    st.tuples(st.just("import"), st.lists(st.tuples(moment, levels), max_size=12)),
    st.tuples(st.just("delete"), st.integers(0, 99)),
    st.tuples(st.just("move"), st.integers(0, 99), moment),
    st.tuples(st.just("update"), st.integers(0, 99), levels),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
), max_size=14)


def _apply(person, base, operation):
    kind, *args = operation
    existing = list(CheckIn.objects.filter(owner=person).order_by("id"))
    if kind == "record":
        when, values = args
        services.checkin_record(owner=person, fields={**LEVELS, **values,
                                                      "recorded_at": local_at(person, base, when)})
    elif kind == "import":  # offline or imported, in any order
        CheckIn.objects.bulk_create([CheckIn(owner=person, recorded_at=local_at(person, base, when),
                                             **{**LEVELS, **values})
                                     for when, values in args[0]])
    elif kind == "zone":
        form = PreferencesForm({"language": "nl", "time_zone": args[0]}, instance=person)
        assert form.is_valid()
        account_preferences_save(form=form)
    elif existing:
        checkin = existing[args[0] % len(existing)]
        if kind == "delete":
            services.checkin_delete(checkin=checkin)
        elif kind == "move":
            checkin.recorded_at = local_at(person, base, args[1])
            checkin.save()
        else:
            CheckIn.objects.filter(pk=checkin.pk).update(**args[1])


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])
@given(st.sampled_from(BASES), st.sampled_from(ZONES), operations, st.integers(-3, 10),
       st.integers(0, 20))
def test_random_histories_written_every_way_give_the_reference_figures(
        db, base, tz, ops, first, length):
    with transaction.atomic():
        person = account_create(email="random@example.org", password="x" * 12, time_zone=tz)
        for operation in ops:
            _apply(person, base, operation)
        assert_in_step(person)
        start = base + timedelta(days=first)
        assert_report_is_the_reference(person, start, start + timedelta(days=length))
        assert_report_is_the_reference(person, base - timedelta(days=3),
                                       base + timedelta(days=17))
        transaction.set_rollback(True)


def test_on_postgresql_the_person_s_row_is_locked_then_the_week_read_and_written(person):
    """On PostgreSQL a check-in first locks its person's row; only then is it stamped, its
    week read and written and the check-in inserted: four statements, each on its own
    (psycopg's pipeline mode cost more CPU than the round trips it saved)."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite reads the zone with the week")
    services.checkin_record(owner=person, fields=LEVELS)
    sent = []

    def note(execute, sql, params, many, context):
        if not sql.startswith(("SAVEPOINT", "RELEASE")):  # the test's own transaction
            sent.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(note):
        services.checkin_record(owner=person, fields={**LEVELS, "alarm": 1})
    assert [sql.split()[0] for sql in sent] == ["SELECT", "SELECT", "UPDATE", "INSERT"]
    assert sent[0].endswith("FOR NO KEY UPDATE") and "time_zone" in sent[0]
    assert_in_step(person)


@pytest.mark.django_db(transaction=True)
def test_on_postgresql_a_check_in_is_stamped_once_the_person_s_row_is_locked(person,
                                                                             monkeypatch):
    """One person's check-ins sent at once wait in turn on that person's row. One sent
    without a time is stamped once its turn comes, not when it came in: a check-in the
    person stored while it waited (another worker's, stamped later than its arrival) is
    then earlier than it, and its week is added to in place, not recomputed."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite's writers take turns for the whole transaction "
                    "(test_a_check_in_without_a_time_is_stamped_in_the_writers_turn)")
    from insights import services as weeks

    rebuilt, waiting, results = [], threading.Event(), []
    rebuild = weeks._weeks_rebuild
    monkeypatch.setattr(weeks, "_weeks_rebuild",
                        lambda *a, **k: rebuilt.append(a) or rebuild(*a, **k))
    services.checkin_record(owner=person, fields=LEVELS)  # the week exists

    def arrived(*texts):  # in the request's prepare: it has come in
        waiting.set()
        return False

    def send():
        try:
            results.append(services.checkin_record(owner=person, fields=LEVELS).item)
        finally:
            connection.close()

    monkeypatch.setattr(services, "crisis_in", arrived)
    with transaction.atomic():  # another worker's write of the person: holds the row
        weeks._locked_zone(person.pk, "default")
        sender = threading.Thread(target=send)
        sender.start()
        assert waiting.wait(30)
        time.sleep(0.05)  # the sender waits for the row meanwhile
        other = CheckIn(owner=person, recorded_at=timezone.now(), **LEVELS)
        other.save()
    sender.join(timeout=60)
    [late] = results
    assert late.recorded_at > other.recorded_at
    assert rebuilt == []
    assert_in_step(person)
