"""The main pages' server CPU in one process, for finding where it goes.

    python bench/pages.py [--years 10] [--repeat 50] [--route NAME ...]
    python bench/pages.py --profile "insights" [--repeat 200]    # cProfile, top functions

Runs against a fresh database in a temporary data folder (or DATABASE_URL). One person
gets YEARS of history (bench/history.py), then each main page is requested through
Django's test client, REPEAT times in turns, as the logged-in person. Printed per page:
the median CPU milliseconds of this process (``time.process_time``), its queries and
its size. bench/load.py measures the same pages on the real server under load; this one
shows where the time goes (--profile) without a server in between.
"""

import argparse
import cProfile
import gc
import os
import pstats
import random
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.sandbox import django_in_throwaway_data  # noqa: E402

django_in_throwaway_data("pages")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

# The insights pages one tap away from the headline /inzicht/.
INSIGHTS_PARTS = ("alarmbelasting", "omslagen", "ritten", "regels", "mensen")


def pages(ride: int) -> dict[str, str]:
    return {"home": "/", "check-in /meten/": "/meten/", "ride /rit/": "/rit/",
            **{f"ride step {n}": f"/rit/{ride}/stap/{n}/" for n in range(1, 7)},
            "reins /teugels/": "/teugels/", "insights /inzicht/": "/inzicht/",
            **{f"insights {part}/": f"/inzicht/{part}/" for part in INSIGHTS_PARTS},
            "crisis /crisis/": "/crisis/"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--route", action="append", help="only these pages (name contains)")
    parser.add_argument("--profile", help="profile this page (name contains)")
    parser.add_argument("--dark", action="store_true",
                        help="every other check-in answers the optional dark-thoughts row")
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    from accounts.services import account_create
    from bench.history import make_history
    from tests.factories import make_charioteer

    # A new address each run: on PostgreSQL (DATABASE_URL) the database outlives the run.
    user = account_create(email=f"pages-{os.getpid()}-{time.time_ns()}@example.org",
                          password="bench bench bench")
    ride = make_charioteer(user)["ride"]
    make_history(user, args.years, random.Random(20261206))
    if args.dark:  # issue 11 point 10: one more level on the person's own insights
        from django.db.models import F

        from checkins.models import CheckIn
        CheckIn.objects.filter(owner=user, id__in=CheckIn.objects.filter(
            owner=user, alarm__gte=5).values("id")).update(dark_thoughts=F("alarm") - 5)
    gc.collect()
    gc.freeze()  # as the server does after start-up (wagenmenner/wsgi.py)
    # Not the test environment: its instrumented template rendering costs more than the
    # templates themselves. A host the settings allow instead of "testserver".
    client = Client(SERVER_NAME="127.0.0.1")
    client.force_login(user)
    table = pages(ride.pk)
    if args.profile:
        name = next(n for n in table if args.profile in n)
        client.get(table[name])
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(args.repeat):
            client.get(table[name])
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(60)
        pstats.Stats(profile).sort_stats("tottime").print_stats(30)
        return
    chosen = {n: p for n, p in table.items() if not args.route or any(r in n for r in args.route)}
    cpu = {name: [] for name in chosen}
    facts = {}
    for name, path in chosen.items():
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(path)
        assert response.status_code == 200, (name, response.status_code)
        facts[name] = (len(ctx.captured_queries), len(response.content))
    for _ in range(args.repeat):
        for name, path in chosen.items():
            began = time.process_time()
            client.get(path)
            cpu[name].append((time.process_time() - began) * 1000)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    dark = "; dark thoughts" if args.dark else ""
    print(f"{connection.vendor}; {args.years} years{dark}; median of {args.repeat}; load {load}")
    print(f"{'page':<24} {'CPU ms':>7} {'queries':>7} {'KB':>5}")
    for name, times in cpu.items():
        queries, size = facts[name]
        print(f"{name:<24} {statistics.median(times):>7.1f} {queries:>7} {size / 1024:>5.0f}")


if __name__ == "__main__":
    main()
