"""Home reads a fixed number of queries, whatever it shows: look-backs to do, unfinished
rides, a check-in schedule, a recent check-in, trust experiments. Only the columns its
cards show are read, so no row brings a query of its own."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from checkins.models import CheckIn, Schedule
from people.models import Person, TrustExperiment
from rides.models import Ride
from safety.models import CrisisTextSeen
from warningplan.services import warning_plan_save

# session, user, what the person has at most one of (schedule, warning plan, crisis text,
# latest check-in, latest time-out: wagenmenner.home_reads), look-backs, unfinished rides,
# trust experiments, the saved warning plan's phases (none without a plan), the card's
# weeks, the sharing links.
HOME_QUERIES = 9


def _queries(client) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get("/")
    assert response.status_code == 200
    return len(ctx.captured_queries), response.content.decode()


def test_home_reads_the_same_queries_with_everything_on_it(client_person, person):
    Schedule.objects.create(owner=person, mode=Schedule.Mode.FIXED, fixed_times=["00:00"])
    warning_plan_save(user=person, phases={"red": {"i_do": "Ik bel de crisislijn."}})
    client_person.get("/")
    empty, _ = _queries(client_person)
    assert empty == HOME_QUERIES

    now = timezone.now()
    for k in range(7):
        Ride.objects.create(owner=person, started_at=now - timedelta(days=k + 1),
                            committed_at=now - timedelta(days=k + 1),
                            lookback_due_at=now + timedelta(hours=k - 3),
                            action=f"rustig bellen {k}", situation="niet op home")
    for k in range(5):
        Ride.objects.create(owner=person, started_at=now - timedelta(hours=k + 1),
                            reached_step=k + 1, situation="ook niet op home")
    Ride.objects.create(owner=person, committed_at=now, lookback_done_at=now,
                        action="al teruggeblikt")
    CheckIn.objects.create(owner=person, recorded_at=now - timedelta(hours=1), alarm=8,
                           energy=3, drive=4, enjoyment=2, boredom=1, urge=2)
    sanne = Person.objects.create(owner=person, name="Sanne", relation="partner")
    for k in range(6):
        TrustExperiment.objects.create(owner=person, person=sanne, what=f"proef {k}",
                                       expectation="x", belief_before=50,
                                       planned_for=timezone.localdate() - timedelta(days=k))

    CrisisTextSeen.objects.create(owner=person, at=now - timedelta(hours=2))

    full, page = _queries(client_person)
    assert full == empty
    assert page.count("Blik terug op de rit van") == 5
    assert "rustig bellen 0" in page and "rustig bellen 4" in page
    assert "rustig bellen 5" not in page and "al teruggeblikt" not in page
    assert page.count("Ga verder met de rit van") == 3
    assert "niet op home" not in page
    assert 'id="phase-h"' in page and 'id="tx-h"' in page
    assert "Ik bel de crisislijn." in page  # the crisis text of 2 hours ago: red


def test_home_reads_no_phases_without_a_warning_plan(client_person, person):
    client_person.get("/")
    with CaptureQueriesContext(connection) as ctx:
        assert client_person.get("/").status_code == 200
    assert len(ctx.captured_queries) == HOME_QUERIES - 1
    assert not any("warningphase" in q["sql"] for q in ctx.captured_queries)
