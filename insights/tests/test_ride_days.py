"""The stored weeks of rides and escalations (insights.models.RideWeek) hold the day
tallies of the rows through every write path (ride steps, look-back, API, edits of the date, deletes,
bulk imports, the demo, a new time zone, erase), and the insights read from them are the
reference figures over the rows, on SQLite and PostgreSQL."""

import importlib
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace

import numpy as np
from django.apps import apps
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.forms import PreferencesForm
from accounts.models import User
from accounts.services import account_create, account_delete, account_preferences_save
from charioteer.models import LifeRule
from insights.metrics import rule_keeping
from insights.models import RideWeek
from insights.report import figures_of_rides, to_json_ready
from insights.selectors import insights_for_period
from insights.tallies import (
    COUNT,
    RULE_DAY,
    TALLY_KEYS,
    WEEK_SHAPE,
    day_tallies,
    rides_and_escalations,
    rule_weeks,
    week_tallies,
)
from insights.tests.helpers import add_escalation, add_ride, add_rule, ams, local_at
from people.models import Escalation
from rides.models import Ride, RideRule
from rides.services import ride_set_rules, ride_start


def stored(person) -> dict:
    """The stored weeks' days with a count, as ``day_tallies`` gives them. A stored week
    without any count would be a row too many."""
    days = {}
    for monday, packed in RideWeek.objects.filter(owner=person).values_list("monday", "days"):
        week = np.frombuffer(packed, dtype=COUNT).reshape(WEEK_SHAPE)
        assert week.any(), monday
        days.update({monday + timedelta(days=k): tuple(counts)
                     for k, counts in enumerate(week.tolist()) if any(counts)})
    return days


def recounted(person) -> dict:
    person.refresh_from_db()
    return day_tallies(Ride.objects.filter(owner=person).values("started_at", "escalated"),
                       Escalation.objects.filter(owner=person)
                       .values_list("happened_at", flat=True), person.zone)


def _rule_records(weeks) -> set:
    return {(monday, *record) for monday, packed in weeks
            for record in np.frombuffer(packed, dtype=RULE_DAY).tolist()}


def assert_in_step(person):
    assert stored(person) == recounted(person)
    # The stored keeping of rules: that of the chosen rules recounted, so none of a rule
    # deleted since (its records went with it).
    assert _rule_records(RideWeek.objects.filter(owner=person).values_list("monday", "rules")
                         ) == _rule_records(rule_weeks(
        RideRule.objects.filter(ride__owner=person)
        .values_list("ride__started_at", "ride_id", "id", "rule_id", "kept"),
        person.zone).items())


def assert_report_is_the_reference(person, start, end):
    person.refresh_from_db()
    got = insights_for_period(person, start, end)
    expected = figures_of_rides(
        Ride.objects.filter(owner=person).values("started_at", "escalated"),
        Escalation.objects.filter(owner=person).values_list("happened_at", flat=True),
        start, end, person.time_zone)
    assert got["rides"] == to_json_ready(expected["rides"])
    assert got["escalations"] == to_json_ready(expected["escalations"])
    records = [(rule_id, kept) for started_at, rule_id, kept in
               RideRule.objects.filter(ride__owner=person)
               .order_by("ride__started_at", "ride_id", "id")
               .values_list("ride__started_at", "rule_id", "kept")
               if start <= started_at.astimezone(person.zone).date() <= end]
    assert [{key: row[key] for key in ("rule_id", "applied", "kept", "share")}
            for row in got["rules"]] == to_json_ready(rule_keeping(records))


def test_a_ride_counts_on_its_day_from_its_first_step(client_person, person):
    response = client_person.post("/rit/nieuw/")
    assert response.status_code == 302
    ride = Ride.objects.get(owner=person)
    assert stored(person) == {ride.started_at.astimezone(person.zone).date(): (1, 0, 0, 0)}
    assert_in_step(person)


def test_the_look_back_and_an_edit_of_the_date_are_counted(person):
    ride = ride_start(user=person)
    ride.escalated = False
    ride.save()
    today = ride.started_at.astimezone(person.zone).date()
    assert stored(person) == {today: (1, 1, 1, 0)}
    ride.started_at = ams(2026, 3, 4, 23, 30)
    ride.save()
    assert stored(person) == {date(2026, 3, 4): (1, 1, 1, 0)}
    escalation = add_escalation(person, ams(2026, 3, 4, 22))
    escalation.happened_at = ams(2026, 3, 5, 0, 30)
    escalation.save()
    assert stored(person) == {date(2026, 3, 4): (1, 1, 1, 0), date(2026, 3, 5): (0, 0, 0, 1)}
    escalation.delete()
    ride.delete()
    assert stored(person) == {}


def test_saving_an_answer_that_counts_nothing_writes_no_tally(person):
    ride = add_ride(person, ams(2026, 3, 4, 20), escalated=True)
    before = list(RideWeek.objects.filter(owner=person).values_list("id", flat=True))
    ride.situation = "ruzie over de vaat"
    ride.save()
    assert list(RideWeek.objects.filter(owner=person).values_list("id", flat=True)) == before


def test_the_api_logs_and_removes_escalations_in_step(api_person, person):
    response = api_person.post("/api/v1/escalations", {"happened_at": "2026-03-04T23:30:00+01:00"},
                               content_type="application/json")
    assert response.status_code == 201, response.content
    assert stored(person) == {date(2026, 3, 4): (0, 0, 0, 1)}
    pk = response.json()["id"]
    assert api_person.delete(f"/api/v1/escalations/{pk}").status_code in (200, 204)
    assert stored(person) == {}


def test_a_new_time_zone_moves_rides_to_other_days(person):
    # 23:30 in Amsterdam is 08:30 the next day in Tokyo.
    add_ride(person, ams(2026, 3, 4, 23, 30), escalated=False)
    add_escalation(person, ams(2026, 3, 4, 23, 45))
    assert set(stored(person)) == {date(2026, 3, 4)}
    form = PreferencesForm({"language": "nl", "time_zone": "Asia/Tokyo"}, instance=person)
    assert form.is_valid()
    account_preferences_save(form=form)
    assert stored(person) == {date(2026, 3, 5): (1, 1, 1, 1)}
    assert_report_is_the_reference(person, date(2026, 3, 2), date(2026, 3, 8))


def test_deleting_the_account_takes_its_tallies(person, stranger):
    add_ride(person, ams(2026, 3, 4, 20), escalated=True)
    add_ride(stranger, ams(2026, 3, 4, 20), escalated=True)
    account_delete(user=person)
    assert list(RideWeek.objects.values_list("owner", flat=True)) == [stranger.pk]


def test_the_demo_lives_have_their_tallies(db):
    from wagenmenner.demo import create_demo

    logins = create_demo(months=2, today=date(2026, 3, 31), password="demo demo demo")
    for login in logins:
        person = User.objects.get(email=login.email)
        assert_in_step(person)
    tallies = [counts for login in logins
               for counts in stored(User.objects.get(email=login.email)).values()]
    assert any(counts[0] for counts in tallies)
    assert any(counts[3] for counts in tallies)


class _StoredDays:
    """The rows of the historical ``RideDay`` as ``0006_rideweek`` reads them: its table is
    gone at this state of the schema."""

    def __init__(self, rows):
        self.rows = rows

    def using(self, db):
        return self

    def order_by(self):
        return self

    def values_list(self, *names):
        assert names == ("owner_id", "day", *TALLY_KEYS)
        return self

    def iterator(self):
        return iter(self.rows)


def test_the_migration_packs_the_stored_days_into_weeks(person, stranger):
    for who in (person, stranger):
        add_ride(who, ams(2026, 3, 1, 23, 30), escalated=False)  # a Sunday
        add_ride(who, ams(2026, 3, 2, 8), escalated=None)  # the next Monday
        add_ride(who, ams(2026, 3, 4, 8), escalated=True)
        add_escalation(who, ams(2026, 3, 5, 9))
    expected = {who.pk: stored(who) for who in (person, stranger)}
    rows = [(who.pk, day, *counts) for who in (person, stranger)
            for day, counts in expected[who.pk].items()]
    RideWeek.objects.all().delete()
    migration = importlib.import_module("insights.migrations.0006_rideweek")
    historical = SimpleNamespace(get_model=lambda app, name: (
        SimpleNamespace(objects=_StoredDays(rows)) if name == "RideDay"
        else apps.get_model(app, name)))
    migration.pack_weeks(historical, SimpleNamespace(connection=connection))
    assert {who.pk: stored(who) for who in (person, stranger)} == expected


def test_every_write_of_chosen_rules_is_counted_in_its_week(person):
    keep, wait = add_rule(person), add_rule(person, if_text="ik twijfel")
    ride = add_ride(person, ams(2026, 3, 4, 20), escalated=False)
    later = add_ride(person, ams(2026, 3, 12, 9), escalated=True)
    start, end = date(2026, 3, 2), date(2026, 3, 15)

    def check():
        assert_in_step(person)
        assert_report_is_the_reference(person, start, end)

    ride_set_rules(ride, [keep, wait])  # step 5 of the ride
    check()
    RideRule.objects.filter(ride=ride, rule=keep).update(kept=True)  # the look-back
    check()
    record = RideRule.objects.get(ride=ride, rule=wait)
    record.kept = False
    record.save()
    check()
    RideRule.objects.bulk_create([RideRule(ride=later, rule=wait, kept=True)])  # an import
    check()
    RideRule.objects.bulk_update([RideRule(pk=record.pk, ride=later, rule=keep, kept=True)],
                                 ["ride", "rule", "kept"])
    check()
    ride_set_rules(ride, [])
    check()
    RideRule.objects.filter(ride=later, rule=keep).delete()
    check()
    RideRule.objects.get(ride=later).delete()
    check()
    assert RideWeek.objects.filter(owner=person).exclude(rules=b"").count() == 0


def test_the_migration_counts_the_rules_already_chosen(person, stranger):
    for who in (person, stranger):
        keep, wait = add_rule(who), add_rule(who, if_text="ik twijfel")
        add_ride(who, ams(2026, 3, 1, 23, 30), escalated=False, rules=[(keep, True)])
        add_ride(who, ams(2026, 3, 2, 8), escalated=True, rules=[(keep, False), (wait, None)])
    expected = sorted(RideWeek.objects.values_list("owner_id", "monday", "rules"))
    assert all(rules for _, _, rules in expected)
    RideWeek.objects.update(rules=b"")
    migration = importlib.import_module("insights.migrations.0007_rideweek_rules")
    migration.count_rules(apps, SimpleNamespace(connection=connection))
    got = sorted(RideWeek.objects.values_list("owner_id", "monday", "rules"))
    assert [(owner, monday, sorted(np.frombuffer(rules, dtype=RULE_DAY).tolist()))
            for owner, monday, rules in got] == [
        (owner, monday, sorted(np.frombuffer(rules, dtype=RULE_DAY).tolist()))
        for owner, monday, rules in expected]


def test_the_migration_drops_the_records_of_rules_deleted_before(person, stranger):
    keep, gone, other = add_rule(person), add_rule(person, if_text="ik twijfel"), add_rule(stranger)
    add_ride(person, ams(2026, 3, 4, 20), escalated=False, rules=[(gone, True), (keep, False)])
    add_ride(person, ams(2026, 3, 18, 20), escalated=True, rules=[(gone, False)])
    add_ride(stranger, ams(2026, 3, 4, 20), escalated=False, rules=[(other, True)])
    # As a delete left them before: the records stay, the rule goes.
    RideRule.objects.filter(rule=gone)._raw_delete(connection.alias)
    LifeRule.objects.filter(pk=gone.pk)._raw_delete(connection.alias)
    assert _stored_rule_ids(person) == {keep.pk, gone.pk}
    migration = importlib.import_module("insights.migrations.0008_rideweek_drop_deleted_rules")
    migration.drop_deleted_rules(apps, SimpleNamespace(connection=connection))
    assert _stored_rule_ids(person) == {keep.pk}
    assert_in_step(person)
    assert_in_step(stranger)


def _stored_rule_ids(person) -> set:
    return {record[2] for record in _rule_records(
        RideWeek.objects.filter(owner=person).values_list("monday", "rules"))}


def test_a_deleted_life_rule_leaves_the_stored_weeks_and_the_insights(person):
    keep, gone = add_rule(person), add_rule(person, if_text="ik twijfel")
    add_ride(person, ams(2026, 3, 4, 20), escalated=False, rules=[(gone, True), (keep, False)])
    add_ride(person, ams(2026, 3, 18, 20), escalated=True, rules=[(gone, False)])
    gone.delete()
    assert _stored_rule_ids(person) == {keep.pk}
    assert_in_step(person)
    report = insights_for_period(person, date(2026, 3, 2), date(2026, 3, 22))
    assert [(row["rule_id"], row["applied"], row["kept"]) for row in report["rules"]] == [
        (keep.pk, 1, 0)]


def test_life_rules_deleted_as_a_queryset_leave_the_stored_weeks(person, stranger):
    keep, gone, other = add_rule(person), add_rule(person, if_text="ik twijfel"), add_rule(stranger)
    add_ride(person, ams(2026, 3, 4, 20), escalated=False, rules=[(gone, True), (keep, False)])
    add_ride(stranger, ams(2026, 3, 4, 20), escalated=False, rules=[(other, True)])
    LifeRule.objects.filter(pk=gone.pk).delete()
    assert _stored_rule_ids(person) == {keep.pk}
    assert _stored_rule_ids(stranger) == {other.pk}
    assert_in_step(person)


# --------------------------------------------------------------------------
# Random histories, written every way
# --------------------------------------------------------------------------

# Around clock changes: autumn 2024 in Europe, the midnight clock change of St. John's in
# 2009, and the day Samoa skipped in 2011.
BASES = [date(2024, 10, 21), date(2009, 10, 26), date(2011, 12, 26)]
ZONES = ["Europe/Amsterdam", "America/St_Johns", "Pacific/Apia", "Asia/Kathmandu", "UTC"]
moment = st.tuples(st.integers(-2, 40), st.integers(0, 24 * 60 - 1))  # day, minute of day
escalated = st.sampled_from([None, True, False])
operations = st.lists(st.one_of(
    st.tuples(st.just("ride"), moment, escalated),
    st.tuples(st.just("escalation"), moment),
    st.tuples(st.just("import"), st.lists(st.tuples(moment, escalated), max_size=8),
              st.lists(moment, max_size=4)),
    st.tuples(st.just("look_back"), st.integers(0, 99), escalated),
    st.tuples(st.just("move"), st.integers(0, 99), moment),
    st.tuples(st.just("move_escalation"), st.integers(0, 99), moment),
    st.tuples(st.just("delete"), st.integers(0, 99)),
    st.tuples(st.just("delete_escalation"), st.integers(0, 99)),
    st.tuples(st.just("delete_many"), escalated),
    st.tuples(st.just("update_all"), escalated),
    st.tuples(st.just("bulk_move"), moment),
    st.tuples(st.just("zone"), st.sampled_from(ZONES)),
    st.tuples(st.just("choose"), st.integers(0, 99), st.sets(st.integers(0, 2))),
    st.tuples(st.just("keep"), st.integers(0, 99), escalated),
    st.tuples(st.just("keep_one"), st.integers(0, 99), escalated),
    st.tuples(st.just("unchoose"), st.integers(0, 99)),
    st.tuples(st.just("import_rules"), st.integers(0, 2), escalated),
    st.tuples(st.just("delete_rule"), st.integers(0, 2)),
), max_size=14)


def _apply_to_rules(person, operation, rides) -> None:
    """The writes of rules chosen in rides: in the ride (step 5), its look-back (all at
    once), one by one, deleted, imported, and a life rule deleted with its records."""
    kind, *args = operation
    rules = list(LifeRule.objects.filter(owner=person).order_by("id"))
    chosen = list(RideRule.objects.filter(ride__owner=person).order_by("id"))
    if kind == "choose" and rides:
        ride_set_rules(rides[args[0] % len(rides)],
                       [rules[k] for k in sorted(args[1]) if k < len(rules)])
    elif kind == "keep" and rides:
        RideRule.objects.filter(ride=rides[args[0] % len(rides)]).update(kept=args[1])
    elif kind in ("keep_one", "unchoose") and chosen:
        record = chosen[args[0] % len(chosen)]
        if kind == "keep_one":
            record.kept = args[1]
            record.save()
        else:
            record.delete()
    elif kind == "import_rules" and args[0] < len(rules):
        have = {record.ride_id for record in chosen if record.rule_id == rules[args[0]].pk}
        RideRule.objects.bulk_create([RideRule(ride=ride, rule=rules[args[0]], kept=args[1])
                                      for ride in rides if ride.pk not in have])
    elif kind == "delete_rule" and args[0] < len(rules):
        rules[args[0]].delete()


def _apply(person, base, operation):
    kind, *args = operation
    rides = list(Ride.objects.filter(owner=person).order_by("id"))
    escalations = list(Escalation.objects.filter(owner=person).order_by("id"))
    if kind in ("choose", "keep", "keep_one", "unchoose", "import_rules", "delete_rule"):
        _apply_to_rules(person, operation, rides)
    elif kind == "ride":
        add_ride(person, local_at(person, base, args[0]), escalated=args[1])
    elif kind == "escalation":
        add_escalation(person, local_at(person, base, args[0]))
    elif kind == "import":  # offline or imported, in any order
        Ride.objects.bulk_create([Ride(owner=person, started_at=local_at(person, base, when),
                                       escalated=look) for when, look in args[0]])
        Escalation.objects.bulk_create([Escalation(owner=person,
                                                   happened_at=local_at(person, base, when))
                                        for when in args[1]])
    elif kind == "zone":
        form = PreferencesForm({"language": "nl", "time_zone": args[0]}, instance=person)
        assert form.is_valid()
        account_preferences_save(form=form)
    elif kind == "delete_many":
        Ride.objects.filter(owner=person, escalated=args[0]).delete()
    elif kind == "update_all":
        Ride.objects.filter(owner=person).update(escalated=args[0])
    elif kind == "bulk_move" and rides:
        for ride in rides[::2]:
            ride.started_at = local_at(person, base, args[0])
        Ride.objects.bulk_update(rides[::2], ["started_at"])
    elif kind in ("look_back", "move", "delete") and rides:
        ride = rides[args[0] % len(rides)]
        if kind == "look_back":
            ride.escalated = args[1]
            ride.save()
        elif kind == "move":
            ride.started_at = local_at(person, base, args[1])
            ride.save()
        else:
            ride.delete()
    elif kind in ("move_escalation", "delete_escalation") and escalations:
        escalation = escalations[args[0] % len(escalations)]
        if kind == "move_escalation":
            escalation.happened_at = local_at(person, base, args[1])
            escalation.save()
        else:
            escalation.delete()


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                  HealthCheck.too_slow])
@given(st.sampled_from(BASES), st.sampled_from(ZONES), operations, st.integers(-3, 30),
       st.integers(0, 60))
def test_random_histories_written_every_way_keep_the_tallies_in_step(
        db, base, tz, ops, first, length):
    with transaction.atomic():
        person = account_create(email="random@example.org", password="x" * 12, time_zone=tz)
        for k in range(3):
            add_rule(person, if_text=f"als {k}", then_text=f"dan {k}")
        for operation in ops:
            _apply(person, base, operation)
        assert_in_step(person)
        start = base + timedelta(days=first)
        assert_report_is_the_reference(person, start, start + timedelta(days=length))
        transaction.set_rollback(True)


@settings(max_examples=60)
@given(st.lists(st.tuples(st.integers(0, 90), st.integers(0, 3), st.integers(0, 3),
                          st.integers(0, 3)), max_size=30),
       st.integers(0, 60), st.integers(0, 90))
def test_summing_days_gives_the_reference_figures(days, first, length):
    """Without a database: rides and escalations on random dates, counted per day and
    packed per week, give the reference's figures for any period."""
    base = datetime(2026, 3, 1, 12, tzinfo=UTC)
    rides, escalations = [], []
    for day, calm, stormy, logged in days:
        moment = base + timedelta(days=day)
        rides += ([{"started_at": moment, "escalated": False}] * calm
                  + [{"started_at": moment, "escalated": True}] * stormy
                  + [{"started_at": moment, "escalated": None}])
        escalations += [moment] * logged
    weeks = week_tallies(day_tallies(rides, escalations, UTC))
    start = date(2026, 3, 1) + timedelta(days=first)
    end = start + timedelta(days=length)
    assert rides_and_escalations(sorted(weeks.items()), start, end) == figures_of_rides(
        rides, escalations, start, end, "UTC")
