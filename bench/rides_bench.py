"""Server time and query count of the home page and a ride page as the history grows.

    python bench/rides_bench.py            # 1, 100 and 10,000 rides
    python bench/rides_bench.py 1 1000     # other sizes

Runs against a fresh database in a temporary data folder (or DATABASE_URL). The figure
to watch: queries stay the same at every size, and the time stays flat.
"""

import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.sandbox import django_in_throwaway_data  # noqa: E402

django_in_throwaway_data("rides")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

call_command("migrate", verbosity=0)

from accounts.services import account_create  # noqa: E402
from charioteer.models import Echo, Horse  # noqa: E402
from rides.models import Ride, RideRule  # noqa: E402
from tests.factories import make_charioteer  # noqa: E402


def measure(client, url, repeat=15):
    client.get(url)  # warm caches and the connection
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), len(ctx.captured_queries)


def main(sizes):
    print(f"database: {connection.vendor}")
    print(f"{'rides':>7} | {'page':<22} | {'median ms':>9} | {'queries':>7}")
    for size in sizes:
        user = account_create(email=f"bench{size}@example.org", password="bench bench bench")
        world = make_charioteer(user)
        horses = list(Horse.objects.filter(owner=user))
        echo = Echo.objects.filter(owner=user).first()
        rides = [Ride(owner=user, situation=f"rit {i}", horse=horses[i % 2], level=i % 11,
                      person=world["person"], action="wandelen", reached_step=7)
                 for i in range(size - 1)]
        Ride.objects.bulk_create(rides, batch_size=1000)
        through = Ride.echoes.through
        through.objects.bulk_create([through(ride_id=r.pk, echo_id=echo.pk) for r in rides],
                                    batch_size=1000)
        RideRule.objects.bulk_create([RideRule(ride_id=r.pk, rule=world["rule"]) for r in rides],
                                     batch_size=1000)
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(user)
        ride = world["ride"]
        for label, url in (("home /", "/"), ("ride detail", f"/rit/{ride.pk}/"),
                           ("ride step 5", f"/rit/{ride.pk}/stap/5/"),
                           ("history /ritten/", "/ritten/")):
            ms, queries = measure(client, url)
            print(f"{size:>7} | {label:<22} | {ms:>9.1f} | {queries:>7}")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1, 100, 10_000], help="numbers of rides")
    main(parser.parse_args().sizes)
