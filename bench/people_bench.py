"""The people in the method at length: pages with 1, 100 and 10,000 ledger entries, and
the insights over ten years with a ten-year ledger.

    python bench/people_bench.py

Runs against a fresh database in a temporary data folder (or DATABASE_URL). Prints, per
ledger size, the query count and median time of home, the People page and the person's
page (the query counts must be the same at every size); then, for ten years of check-ins
(8 a day) with ten years of ledger entries, trust experiments and time-outs, the insights
selector with the time its people keys take (reciprocity, trust, phases, time-outs) and
the rest, and the whole /inzicht/ page. Compare the rest with bench/insights_bench.py at
ten years: the people keys must keep the selector within that time.

Other work on a shared machine slows every figure down: the load average is printed before
and after.
"""

import os
import random
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.sandbox import django_in_throwaway_data  # noqa: E402

django_in_throwaway_data("people")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

call_command("migrate", verbosity=0)
setup_test_environment()

from accounts.services import account_create  # noqa: E402
from checkins.models import CheckIn  # noqa: E402
from insights.periods import utc_bounds  # noqa: E402
from insights.selectors import insights_for_period, stored_days  # noqa: E402
from people.models import Person, ReciprocityEntry, TrustExperiment  # noqa: E402
from people.selectors import reciprocity_for_period, trust_for_period  # noqa: E402
from timeouts.models import TimeOut  # noqa: E402
from timeouts.selectors import timeouts_for_period  # noqa: E402
from warningplan.selectors import alarm_from_for, phases_of_days  # noqa: E402
from warningplan.services import warning_plan_save  # noqa: E402

DIRECTIONS = ("gave", "received", "asked", "refused")


def timed(fn, repeat=5):
    fn()  # warm up
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            began = time.perf_counter()
            fn()
            times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), len(ctx.captured_queries)


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def ledger(user, person, count, days, rng):
    first = datetime.now(UTC) - timedelta(days=days)
    ReciprocityEntry.objects.bulk_create([
        ReciprocityEntry(owner=user, person=person, direction=rng.choice(DIRECTIONS),
                         weight=rng.randint(1, 3), what=f"iets {k}",
                         happened_at=first + timedelta(days=days * k / count))
        for k in range(count)], batch_size=2000)


def pages(sizes, rng):
    print(f"{'entries':>7} | {'home ms':>7} | {'q':>2} | {'/mensen/ ms':>11} | {'q':>2} | "
          f"{'person ms':>9} | {'q':>2}")
    for size in sizes:
        user = account_create(email=f"pages{size}@example.org", password="bench bench bench")
        sanne = Person.objects.create(owner=user, name="Sanne", relation="partner")
        Person.objects.create(owner=user, name="Daan", relation="child")
        ledger(user, sanne, size, 365, rng)
        client = Client()
        client.force_login(user)
        row = []
        for url in ("/", "/mensen/", f"/mensen/{sanne.pk}/"):
            assert client.get(url).status_code == 200, url
            row.append(timed(lambda c=client, u=url: c.get(u)))
        print(f"{size:>7} | {row[0][0]:>7.0f} | {row[0][1]:>2} | {row[1][0]:>11.0f} | "
              f"{row[1][1]:>2} | {row[2][0]:>9.0f} | {row[2][1]:>2}")


def ten_years(rng):
    user = account_create(email="years@example.org", password="bench bench bench")
    end = date.today()
    start = end - timedelta(days=3652)
    first = datetime(start.year, start.month, start.day, 6, tzinfo=UTC)
    CheckIn.objects.bulk_create([
        CheckIn(owner=user, recorded_at=first + timedelta(days=d, minutes=100 * k),
                alarm=rng.randint(0, 10), energy=5, drive=5, enjoyment=5, boredom=5, urge=5)
        for d in range(3652) for k in range(8)], batch_size=2000)
    people = [Person.objects.create(owner=user, name=f"p{i}", relation="friend")
              for i in range(6)]
    for person in people:
        ledger(user, person, 900, 3652, rng)  # 5,400 entries in all
    TrustExperiment.objects.bulk_create([
        TrustExperiment(owner=user, person=people[k % 6], what="x", expectation="y",
                        belief_before=rng.randint(0, 100), planned_for=start + timedelta(days=k * 30),
                        feared_happened=rng.choice(("yes", "no", "partly")),
                        belief_after=rng.randint(0, 100)) for k in range(120)])
    TimeOut.objects.bulk_create([
        TimeOut(owner=user, started_by=user, started_at=first + timedelta(days=k * 7),
                minutes=30, ends_at=first + timedelta(days=k * 7, minutes=30),
                ended_at=first + timedelta(days=k * 7, minutes=30)) for k in range(520)])
    warning_plan_save(user=user, phases={"yellow": {"alarm_from": 4}})
    lo, hi = utc_bounds(start, end, user.zone)
    stored = stored_days(user, start, end)  # read by the insights anyway

    def people_keys():
        reciprocity_for_period(user, lo, hi)
        trust_for_period(user, start, end)
        phases_of_days(stored, alarm_from_for(user))
        timeouts_for_period(user, start, end)

    total_ms, total_q = timed(lambda: insights_for_period(user, start, end))
    people_ms, people_q = timed(people_keys)
    client = Client()
    client.force_login(user)
    url = f"/inzicht/?start={start.isoformat()}&end={end.isoformat()}"
    assert client.get(url).status_code == 200
    page_ms, page_q = timed(lambda: client.get(url))
    print(f"ten years: {CheckIn.objects.filter(owner=user).count()} check-ins, "
          f"{ReciprocityEntry.objects.filter(owner=user).count()} ledger entries, "
          f"120 trust experiments, 520 time-outs")
    print(f"  insights selector {total_ms:.0f} ms ({total_q} queries): the people keys "
          f"{people_ms:.0f} ms ({people_q} queries), the rest {total_ms - people_ms:.0f} ms")
    print(f"  /inzicht/ page {page_ms:.0f} ms ({page_q} queries)")


def main():
    print(f"database: {connection.vendor}; {load()}")
    rng = random.Random(4_5)
    pages([1, 100, 10_000], rng)
    ten_years(rng)
    print(f"after: {load()}")


if __name__ == "__main__":
    import argparse

    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    main()
