"""Server CPU of the check-in POST beside the bare view, in one process, without a network:
the floor under bench/load.py's figures, and where the time goes.

    python bench/write_profile.py [--years 10] [--requests 2000] [--note TEXT] [--key]
                                  [--profile | --sample]

Gives one person YEARS of history (bench/history.py) and an API token, then calls the WSGI
application directly, as gunicorn does, REQUESTS times for the bare view `/healthz` and
for the API check-in POST (on the server's SQLite, WAL, synchronous=FULL, or DATABASE_URL),
and prints the CPU time (``time.process_time``) and the wall time per request of each, and
the SQL queries of one POST. --key sends each POST with its own Idempotency-Key, as the
phone's offline queue does. --profile prints cProfile's top functions of the POSTs (CPU
time), --sample pyinstrument's sampled call tree (wall time; pip install pyinstrument).
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sample", action="store_true",
                        help="pyinstrument's sampling profile instead (pip install pyinstrument)")
    parser.add_argument("--note", default="even rustig ademen")
    parser.add_argument("--key", action="store_true",
                        help="each POST with its own Idempotency-Key, as the offline queue sends")
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--lines", type=int, default=45)
    args = parser.parse_args()

    os.environ.setdefault("WAGENMENNER_DATA", tempfile.mkdtemp(prefix="wm-profile-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
    sys.path.insert(0, str(ROOT))
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagenmenner import group_commit
    from wagenmenner.wsgi import application  # as gunicorn loads it

    call_command("migrate", verbosity=0)
    from accounts.models import ApiToken
    from accounts.services import account_create
    from bench.history import make_history

    user = account_create(email=f"profile-{time.time_ns()}@example.org",
                          password="bench bench bench")
    make_history(user, args.years, random.Random(20261206))
    _, token = ApiToken.issue(user, name="profile")
    body = json.dumps({"alarm": 6, "energy": 4, "drive": 7, "enjoyment": 3, "boredom": 2,
                       "urge": 5, "conflict": False, "note": args.note}).encode()

    def call(method, path, headers=None, payload=b""):
        environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": "",
                   "SERVER_NAME": "127.0.0.1", "SERVER_PORT": "8000", "REMOTE_ADDR": "127.0.0.1",
                   "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
                   "wsgi.input": io.BytesIO(payload), "wsgi.errors": sys.stderr,
                   "CONTENT_LENGTH": str(len(payload)), "HTTP_HOST": "127.0.0.1:8000", **(headers or {})}
        status = []
        chunks = application(environ, lambda s, h, exc_info=None: status.append(s))
        b"".join(chunks)
        getattr(chunks, "close", lambda: None)()
        return status[0]

    keys = iter(range(10**9))

    def post():
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token}", "CONTENT_TYPE": "application/json"}
        if args.key:  # as the offline queue sends them: a new key for each check-in
            headers["HTTP_IDEMPOTENCY_KEY"] = f"profile-{next(keys)}"
        return call("POST", "/api/v1/checkins", headers, body)

    def bare():
        return call("GET", "/healthz")

    assert bare().startswith("200"), "bare view"
    assert post().startswith("201"), post()
    with CaptureQueriesContext(connection) as queries:
        post()
    print(f"{connection.vendor}; {args.years} years; load {os.getloadavg()[0]:.1f}")
    print(f"queries of one POST: {len(queries)}")
    for q in queries:
        print("   ", q["sql"][:150])

    # The part of a POST that other writers wait for: its write transaction (on SQLite
    # from BEGIN IMMEDIATE to the end of COMMIT and its fsync; group_commit._commit).
    held = {"cpu": 0.0, "wall": 0.0}
    commit = group_commit._commit

    def timed_commit(batch):
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return commit(batch)
        finally:
            held["cpu"] += time.process_time() - cpu
            held["wall"] += time.perf_counter() - wall

    group_commit._commit = timed_commit
    for name, request in (("bare /healthz", bare), ("check-in POST", post)):
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(args.requests):
            request()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"{name:<15} CPU {1000 * cpu / args.requests:6.2f} ms   "
              f"wall {1000 * wall / args.requests:6.2f} ms per request")
    if connection.vendor == "sqlite":
        print(f"  of which in the write transaction: CPU {1000 * held['cpu'] / args.requests:.2f}"
              f" ms, wall {1000 * held['wall'] / args.requests:.2f} ms (commit and fsync "
              "included)")
    group_commit._commit = commit

    if args.sample:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0002)
        with profiler:
            for _ in range(args.requests):
                post()
        print(profiler.output_text(unicode=False, color=False, show_all=False))
    if args.profile:
        profile = cProfile.Profile(time.process_time)
        profile.enable()
        for _ in range(args.requests):
            post()
        profile.disable()
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.lines)
        print(out.getvalue())
    print(f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
