"""The insights page for the whole history, side by side with one plain read of that
person's check-ins, at 1, 10 and 20 years (8 check-ins a day).

    python bench/insights_bench.py            # 1, 10 and 20 years
    python bench/insights_bench.py 5          # other sizes, in years

Runs against a fresh database in a temporary data folder (or DATABASE_URL). For each size
one person gets that much history (check-ins written in bulk, so their stored days are
made as an import makes them), rides every other day, escalations, pursuits. Then, taking
turns so that other work on the machine slows both alike:

- raw read: the SELECT of the person's check-in levels and times, executed and fetched
  with the database driver, without any Django on top: what reading the check-ins costs
  at the least;
- selector: ``insights_for_period`` for the whole history (every figure of METHOD 4.4);
- page: GET /inzicht/ for the whole history (its selector, charts and template): the
  headline, the three levels' peaks and valleys;
- all pages: the headline and the five insights pages one tap away from it (alarm load,
  flips, rides, rules, people), each for the same period, one after the other: what
  the one insights page computed before it was split.

Printed: the median of each, the page's, the selector's and all pages' ratio to the raw
read (the target: the page below 1.0), their query counts, the page's size and the
stored weeks (seven days to a row).
The load average and the time of a fixed Python loop are printed before and after, to
compare runs made at other times.
"""

import gc
import os
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.sandbox import django_in_throwaway_data  # noqa: E402

django_in_throwaway_data("insights")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

call_command("migrate", verbosity=0)
setup_test_environment()  # the test client's host, as in the test suite

from accounts.services import account_create  # noqa: E402
from bench.history import PER_DAY, make_history  # noqa: E402
from checkins.models import CheckIn  # noqa: E402
from insights.metrics import FIELDS  # noqa: E402
from insights.models import CheckInWeek  # noqa: E402
from insights.selectors import insights_for_period  # noqa: E402
from insights.views import PAGES  # noqa: E402

REPEAT = 7


def raw_read(user):
    """The person's check-in levels and times, fetched by the driver alone."""
    sql, params = (CheckIn.objects.filter(owner=user).values_list("recorded_at", *FIELDS)
                   .query.sql_with_params())

    def read():
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    return read


def timed_in_turns(functions: dict) -> dict:
    """(median wall milliseconds, median CPU milliseconds of this process, query count) of
    each function, run in turns. On a busy machine the wall time mostly measures the wait
    for a processor; the CPU time much less so."""
    for fn in functions.values():
        fn()  # warm up
    wall = {name: [] for name in functions}
    cpu = {name: [] for name in functions}
    queries = {}
    for _ in range(REPEAT):
        for name, fn in functions.items():
            with CaptureQueriesContext(connection) as ctx:
                began, began_cpu = time.perf_counter(), time.process_time()
                fn()
                cpu[name].append((time.process_time() - began_cpu) * 1000)
                wall[name].append((time.perf_counter() - began) * 1000)
            queries[name] = len(ctx.captured_queries)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name]), queries[name])
            for name in functions}


def machine() -> str:
    loop = min(timed_loop() for _ in range(5))
    return (f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
            f"sum(range(10**6)) takes {loop:.1f} ms")


def timed_loop() -> float:
    began = time.perf_counter()
    sum(range(10**6))
    return (time.perf_counter() - began) * 1000


def main(sizes):
    print(f"database: {connection.vendor}; {PER_DAY} check-ins a day; median of {REPEAT}; "
          f"{machine()}")
    print("times in ms, wall / CPU; ratio = CPU time over the raw read's CPU time")
    print(f"{'years':>5} | {'check-ins':>9} | {'weeks':>5} | {'raw read':>13} | "
          f"{'selector':>13} | {'q':>2} | {'ratio':>5} | {'/inzicht/':>13} | {'q':>2} | "
          f"{'ratio':>5} | {'all pages':>13} | {'ratio':>5} | {'page KB':>7} | {'write s':>8}")
    rng = random.Random(20260301)
    for years in sizes:
        user = account_create(email=f"bench{years}@example.org", password="bench bench bench")
        began = time.perf_counter()
        start, end = make_history(user, years, rng)
        written = time.perf_counter() - began
        # As the server does after start-up (wagenmenner/wsgi.py): long-lived objects out of
        # the garbage collector's sight.
        gc.collect()
        gc.freeze()
        client = Client()
        client.force_login(user)
        query = f"?start={start.isoformat()}&end={end.isoformat()}"
        url = f"/inzicht/{query}"
        urls = [reverse(page.name) + query for page in PAGES]
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        rows = raw_read(user)()
        figures = timed_in_turns({
            "raw": raw_read(user),
            "selector": lambda u=user, s=start, e=end: insights_for_period(u, s, e),
            "page": lambda c=client, u=url: c.get(u),
            "all": lambda c=client, us=urls: [c.get(u) for u in us],
        })
        raw, select, page = figures["raw"], figures["selector"], figures["page"]
        every = figures["all"]
        weeks = CheckInWeek.objects.filter(owner=user).count()
        print(f"{years:>5} | {len(rows):>9} | {weeks:>5} | {raw[0]:>6.1f}/{raw[1]:>6.1f} | "
              f"{select[0]:>6.1f}/{select[1]:>6.1f} | {select[2]:>2} | {select[1] / raw[1]:>5.2f} | "
              f"{page[0]:>6.1f}/{page[1]:>6.1f} | {page[2]:>2} | {page[1] / raw[1]:>5.2f} | "
              f"{every[0]:>6.1f}/{every[1]:>6.1f} | {every[1] / raw[1]:>5.2f} | "
              f"{len(response.content) / 1024:>7.0f} | {written:>8.1f}")
    print(f"after: {machine()}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1, 10, 20], help="history lengths in years")
    main(parser.parse_args().sizes)
