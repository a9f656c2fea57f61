"""Insights computed and rendered for 1, 5 and 10 years of history (8 check-ins a day).

    python bench/insights_bench.py            # 1, 5 and 10 years
    python bench/insights_bench.py 1 20       # other sizes, in years

Runs against a fresh database in a temporary data folder (or DATABASE_URL). For each size
one person gets that much history; then the selector (fetch + metrics) and the whole
/inzicht/ page for the full period (selector + charts + template) are timed, with their
query counts and the page's size. The figures to watch: the queries stay the same at every
size, and ten years stay under 150 ms.

Other work on a shared machine slows every figure down: the load average is printed before
and after, with the time of a fixed pure-Python loop, to compare runs made at other times.
"""

import atexit
import gc
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# A throwaway data folder, removed when the benchmark ends: inside WAGENMENNER_DATA when
# that is set (so a run never reuses, or leaves behind, another run's database).
_parent = os.environ.get("WAGENMENNER_DATA")
if _parent:
    os.makedirs(_parent, exist_ok=True)
os.environ["WAGENMENNER_DATA"] = tempfile.mkdtemp(prefix="wm-insights-bench-", dir=_parent)
atexit.register(shutil.rmtree, os.environ["WAGENMENNER_DATA"], ignore_errors=True)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

call_command("migrate", verbosity=0)
setup_test_environment()  # the test client's host, as in the test suite

from accounts.services import account_create  # noqa: E402
from charioteer.models import LifeRule  # noqa: E402
from checkins.models import CheckIn, Pursuit, PursuitRating  # noqa: E402
from insights.selectors import insights_for_period  # noqa: E402
from people.models import Escalation  # noqa: E402
from rides.models import Ride, RideRule  # noqa: E402

PER_DAY = 8


def make_history(user, years: int, rng: random.Random) -> tuple[date, date]:
    end = date.today()
    start = end - timedelta(days=round(365.25 * years) - 1)
    days = (end - start).days + 1
    first = datetime(start.year, start.month, start.day, 6, tzinfo=UTC)
    checkins = []
    for d in range(days):
        for k in range(PER_DAY):
            alarm = max(0, min(10, round(5 + 3 * rng.random() - 1.5 + (k % 3))))
            checkins.append(CheckIn(
                owner=user, recorded_at=first + timedelta(days=d, minutes=100 * k),
                alarm=alarm, energy=rng.randint(2, 9), drive=rng.randint(1, 10),
                enjoyment=5, boredom=5, urge=5))
    CheckIn.objects.bulk_create(checkins, batch_size=2000)
    rules = LifeRule.objects.bulk_create([LifeRule(owner=user, if_text=f"als {i}",
                                                   then_text=f"dan {i}") for i in range(6)])
    rides = Ride.objects.bulk_create([
        Ride(owner=user, started_at=first + timedelta(days=d, hours=13),
             committed_at=first + timedelta(days=d, hours=13), escalated=rng.random() < 0.3,
             lookback_done_at=first + timedelta(days=d, hours=16), reached_step=7)
        for d in range(0, days, 2)], batch_size=1000)
    RideRule.objects.bulk_create([RideRule(ride=r, rule=rules[i % 6], kept=rng.random() < 0.6)
                                  for i, r in enumerate(rides)], batch_size=2000)
    Escalation.objects.bulk_create([
        Escalation(owner=user, happened_at=first + timedelta(days=d, hours=15))
        for d in range(0, days, 9)], batch_size=1000)
    pursuits = Pursuit.objects.bulk_create([
        Pursuit(owner=user, name=f"project {i}", created_at=first + timedelta(days=60 * i))
        for i in range(days // 60 + 1)])
    PursuitRating.objects.bulk_create([
        PursuitRating(pursuit=p, rated_at=first + timedelta(days=60 * i + 4 * j),
                      intensity=9 if j < 6 else 2)
        for i, p in enumerate(pursuits) for j in range(12)], batch_size=2000)
    return start, end


def timed(fn, repeat):
    fn()  # warm up
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            began = time.perf_counter()
            fn()
            times.append((time.perf_counter() - began) * 1000)
    return statistics.median(times), len(ctx.captured_queries)


def machine() -> str:
    loop = min(timed_loop() for _ in range(5))
    return (f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
            f"sum(range(10**6)) takes {loop:.1f} ms")


def timed_loop() -> float:
    began = time.perf_counter()
    sum(range(10**6))
    return (time.perf_counter() - began) * 1000


def main(sizes):
    print(f"database: {connection.vendor}; {PER_DAY} check-ins a day; {machine()}")
    print(f"{'years':>5} | {'check-ins':>9} | {'weeks':>5} | {'selector ms':>11} | {'q':>2} | "
          f"{'/inzicht/ ms':>12} | {'q':>2} | {'page KB':>7}")
    rng = random.Random(20260301)
    for years in sizes:
        user = account_create(email=f"bench{years}@example.org", password="bench bench bench")
        start, end = make_history(user, years, rng)
        # As the server does after start-up (wagenmenner/wsgi.py): long-lived objects out of
        # the garbage collector's sight.
        gc.collect()
        gc.freeze()
        count = CheckIn.objects.filter(owner=user).count()
        repeat = 5
        report = insights_for_period(user, start, end)
        select_ms, select_q = timed(lambda u=user, s=start, e=end: insights_for_period(u, s, e),
                                    repeat)
        client = Client()
        client.force_login(user)
        url = f"/inzicht/?start={start.isoformat()}&end={end.isoformat()}"
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        page_ms, page_q = timed(lambda c=client, u=url: c.get(u), repeat)
        print(f"{years:>5} | {count:>9} | {len(report['weeks']):>5} | {select_ms:>11.0f} | "
              f"{select_q:>2} | {page_ms:>12.0f} | {page_q:>2} | "
              f"{len(response.content) / 1024:>7.0f}")
    print(f"after: {machine()}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1, 5, 10])
