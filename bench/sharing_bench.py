"""What the access check costs: queries and time of pages as a person's links grow.

    python bench/sharing_bench.py            # 1, 10 and 100 links each way
    python bench/sharing_bench.py 1 1000     # other sizes

For each size, a person has N links in each direction (N readers, N people sharing with
them); one of the incoming links shares rides. Printed per page: median server time, the
number of queries, and how many more than the same page of a person without any link
(the navigation's one query, "is anything shared with me", is made for both). The target:
the access check adds at most 2 queries to any page, the same at every size.
Every incoming link also shares the time-out agreement and one time-out runs, so the
pages watch for time-outs, and ``time-out poll`` is what each open page asks every 3
seconds (``GET /api/v1/timeouts?current=true``): flat with the number of links too.
``access check`` is ``wagenmenner.access.shared_or_404`` alone: the consent lookup and the
access-log insert; the shared page makes those two instead of the navigation's query.
"""

import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.sandbox import django_in_throwaway_data  # noqa: E402

django_in_throwaway_data("sharing")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

call_command("migrate", verbosity=0)

from accounts.services import account_create  # noqa: E402
from partner.models import SafetyQuestionAsked  # noqa: E402
from rides.models import Ride  # noqa: E402
from tests.factories import make_charioteer, make_link, share  # noqa: E402
from timeouts.services import timeout_start  # noqa: E402
from wagenmenner.access import shared_or_404  # noqa: E402


def measure(client, url, repeat=15):
    client.get(url)
    times = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), len(ctx.captured_queries)


def person(name):
    user = account_create(email=f"{name}@example.org", password="bench bench bench")
    make_charioteer(user)
    SafetyQuestionAsked.objects.create(owner=user)
    for i in range(50):
        Ride.objects.create(owner=user, situation=f"rit {i}")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    return user, client


def access_check_queries(user, link):
    request = RequestFactory().get("/")
    request.user = user
    with CaptureQueriesContext(connection) as ctx:
        shared_or_404(request, link_id=link.pk, kind="rides")
    return len(ctx.captured_queries)


def main(sizes):
    print(f"database: {connection.vendor}; load: {os.getloadavg()[0]:.2f}")
    alone, alone_client = person("alone")
    sharer, _ = person("sharer")
    timeout_start(owner=sharer, started_by=sharer)
    poll = "/api/v1/timeouts?current=true"
    baseline = {"home /": measure(alone_client, "/")[1],
                "rides /ritten/": measure(alone_client, "/ritten/")[1],
                "time-out poll": measure(alone_client, poll)[1]}
    print(f"{'links':>6} | {'page':<28} | {'median ms':>9} | {'queries':>7} | {'added':>5}")
    for size in sizes:
        user, client = person(f"p{size}")
        for i in range(size):
            reader, _ = person(f"r{size}-{i}")
            make_link(user, reader)
        first = make_link(sharer, user)
        share(first, "rides", "timeout_protocol")
        for i in range(size - 1):
            other, _ = person(f"s{size}-{i}")
            share(make_link(other, user), "timeout_protocol")
        pages = [("home /", "/"), ("rides /ritten/", "/ritten/"),
                 ("shared rides (as partner)", f"/naaste/{first.pk}/rides/"),
                 ("time-out poll", poll)]
        for label, url in pages:
            ms, queries = measure(client, url)
            added = queries - baseline[label] if label in baseline else ""
            print(f"{size:>6} | {label:<28} | {ms:>9.1f} | {queries:>7} | {added:>5}")
        print(f"{size:>6} | {'access check':<28} | {'':>9} | {access_check_queries(user, first):>7} |")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1, 10, 100], help="sizes")
    main(parser.parse_args().sizes)
