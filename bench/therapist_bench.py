"""The therapist's space at size (issue 10): the caseload with 1, 50 and 500 clients, and a
client's summary with 10 years of check-ins beside the client's own insights page.

    python bench/therapist_bench.py              # caseload 1, 50, 500; summary of 10 years
    python bench/therapist_bench.py 1 2000 --years 20

Runs against a fresh database in a temporary data folder (or DATABASE_URL). Every client
shares insights and self-checks and has a week of check-ins; the clinician has confirmed a
second factor. Printed per size: the caseload page and route (median wall / CPU ms, query
count, which must stay the same at every size). Then one client with YEARS of check-ins (8
a day, rides every other day): the summary page since the last session (4 weeks ago) and
over the whole history, beside /inzicht/ for the same periods as the client sees it (the
target: the summary no slower than the insights page). The load average is printed before
and after, to compare runs made at other times.
"""

import os
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.sandbox import django_in_throwaway_data  # noqa: E402

django_in_throwaway_data("therapist")

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

call_command("migrate", verbosity=0)
setup_test_environment()

from accounts.models import User  # noqa: E402
from accounts.services import account_create  # noqa: E402
from checkins.models import CheckIn  # noqa: E402
from rides.models import Ride  # noqa: E402
from sharing.models import Consent, Link  # noqa: E402
from tests.factories import client_for, verified_client_for  # noqa: E402
from therapist.models import SessionDate  # noqa: E402
from therapist.services import clinician_register  # noqa: E402

REPEAT = 7
PER_DAY = 8
KINDS = ("insights", "selfchecks")


def timed(functions: dict) -> dict:
    """(median wall ms, median CPU ms, query count) per function, run in turns."""
    for fn in functions.values():
        fn()
    wall = {n: [] for n in functions}
    cpu = {n: [] for n in functions}
    queries = {}
    for _ in range(REPEAT):
        for name, fn in functions.items():
            with CaptureQueriesContext(connection) as ctx:
                began, began_cpu = time.perf_counter(), time.process_time()
                response = fn()
                cpu[name].append((time.process_time() - began_cpu) * 1000)
                wall[name].append((time.perf_counter() - began) * 1000)
            assert response.status_code == 200, (name, response.status_code)
            queries[name] = len(ctx.captured_queries)
    return {n: (statistics.median(wall[n]), statistics.median(cpu[n]), queries[n])
            for n in functions}


def clients_of(clinician, count: int, start: int) -> None:
    """``count`` clients linked to ``clinician``, sharing KINDS, each with a week of
    check-ins and a session date: written in bulk."""
    password = make_password("bench bench bench")
    users = User.objects.bulk_create([
        User(email=f"client{start + i}@example.org", password=password, language="nl",
             display_name=f"Client {start + i}") for i in range(count)])
    now = datetime.now(UTC)
    links = Link.objects.bulk_create([Link(owner=u, reader=clinician, role="therapist",
                                           reader_name="Dr. Bench") for u in users])
    Consent.objects.bulk_create([Consent(link=link, kind=kind) for link in links
                                 for kind in KINDS])
    SessionDate.objects.bulk_create([SessionDate(link=link, date=date.today()
                                                 - timedelta(days=14)) for link in links])
    CheckIn.objects.bulk_create([
        CheckIn(owner=u, recorded_at=now - timedelta(hours=9 * k), alarm=k % 11, energy=5,
                drive=4, enjoyment=5, boredom=3, urge=2) for u in users for k in range(14)],
        batch_size=2000)


def history(user, years: int) -> date:
    days = round(365.25 * years)
    first = datetime.now(UTC).replace(hour=6, minute=0, second=0, microsecond=0) - timedelta(
        days=days - 1)
    CheckIn.objects.bulk_create([
        CheckIn(owner=user, recorded_at=first + timedelta(days=d, minutes=100 * k),
                alarm=(d * 7 + k * 3) % 11, energy=(d + k) % 9 + 1, drive=(d * 3 + k) % 10,
                enjoyment=5, boredom=5, urge=5) for d in range(days) for k in range(PER_DAY)],
        batch_size=2000)
    Ride.objects.bulk_create([
        Ride(owner=user, started_at=first + timedelta(days=d, hours=13), reached_step=7,
             committed_at=first + timedelta(days=d, hours=13), escalated=d % 3 == 0,
             lookback_done_at=first + timedelta(days=d, hours=16))
        for d in range(0, days, 2)], batch_size=1000)
    return first.date()


def main(sizes, years):
    print(f"database: {connection.vendor}; median of {REPEAT}; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    clinician = account_create(email="dr.bench@example.org", password="bench bench bench")
    clinician_register(user=clinician, registration="19012345601")
    doctor = verified_client_for(clinician)
    print("caseload: times in ms, wall / CPU")
    print(f"{'clients':>7} | {'/praktijk/':>15} | {'q':>3} | {'/api/v1/caseload':>16} | {'q':>3}")
    made = 0
    for size in sizes:
        clients_of(clinician, size - made, made)
        made = size
        figures = timed({"page": lambda: doctor.get("/praktijk/"),
                         "api": lambda: doctor.get("/api/v1/caseload")})
        page, api = figures["page"], figures["api"]
        print(f"{size:>7} | {page[0]:>7.1f}/{page[1]:>7.1f} | {page[2]:>3} | "
              f"{api[0]:>7.1f}/{api[1]:>8.1f} | {api[2]:>3}")

    client = account_create(email="history@example.org", password="bench bench bench")
    first = history(client, years)
    link = Link.objects.create(owner=client, reader=clinician, role="therapist",
                               reader_name="Dr. Bench")
    Consent.objects.bulk_create([Consent(link=link, kind=kind) for kind in KINDS])
    SessionDate.objects.create(link=link, date=date.today() - timedelta(days=28))
    own = client_for(client)
    today = date.today()
    print(f"summary of a client with {years} years ({CheckIn.objects.filter(owner=client).count()} "
          "check-ins): times in ms, wall / CPU")
    print(f"{'period':>14} | {'summary page':>15} | {'q':>3} | {'summary API':>15} | {'q':>3} | "
          f"{'/inzicht/ (own)':>15} | {'q':>3} | page/insights CPU")
    for label, since in (("last session", today - timedelta(days=28)), ("whole history", first)):
        figures = timed({
            "page": lambda s=since: doctor.get(f"/praktijk/{link.pk}/", {"since": s.isoformat()}),
            "api": lambda s=since: doctor.get(f"/api/v1/caseload/{link.pk}/summary",
                                              {"since": s.isoformat()}),
            "insights": lambda s=since: own.get("/inzicht/", {"start": s.isoformat(),
                                                              "end": today.isoformat()})})
        page, api, insights = figures["page"], figures["api"], figures["insights"]
        print(f"{label:>14} | {page[0]:>7.1f}/{page[1]:>7.1f} | {page[2]:>3} | "
              f"{api[0]:>7.1f}/{api[1]:>7.1f} | {api[2]:>3} | "
              f"{insights[0]:>7.1f}/{insights[1]:>7.1f} | {insights[2]:>3} | "
              f"{page[1] / insights[1]:.2f}x")
    print(f"after: load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1, 50, 500])
    parser.add_argument("--years", type=int, default=10)
    options = parser.parse_args()
    main(options.sizes, options.years)
