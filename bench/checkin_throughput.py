"""Check-in POST throughput on SQLite behind gunicorn, next to a bare Django view.

    python bench/checkin_throughput.py [--seconds 5] [--clients 4] [--workers 2]

Starts the production server (gunicorn and the background worker beside it, as
`wagenmenner serve` does; `--no-worker` leaves it out) on a free loopback port with a
fresh data folder, then hammers, in turn, the bare view `/healthz` and
`POST /api/v1/checkins` (Bearer token, encrypted note, WAL + synchronous=FULL) with
keep-alive clients for a fixed time. Prints requests per second for both and their ratio.
Traffic goes to 127.0.0.1 only and every loop is bounded in time.

What bounds the ratio: every check-in is one SQLite commit that waits for its fsync
(WAL, synchronous=FULL: an acknowledged check-in survives a power cut), and SQLite has
one writer at a time, so check-ins per second stay below 1 / (fsync time) however many
gunicorn workers run; the bare view touches no database. The rest is Python per
request (token lookup, validation, AES-GCM for the note, the crisis check). The job
worker beside gunicorn takes the write lock for a moment once a second.
"""

import argparse
import http.client
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, env):
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip()


def load(port, method, path, body_fn, headers, seconds, clients):
    counts, errors = [0] * clients, [0] * clients
    deadline = time.monotonic() + seconds

    def worker(i):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        while time.monotonic() < deadline:
            conn.request(method, path, body=body_fn(), headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status >= 400:
                errors[i] += 1
            else:
                counts[i] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sum(counts) / seconds, sum(errors)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-worker", action="store_true", help="without the job worker")
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="wm-throughput-")
    env = {**os.environ, "WAGENMENNER_DATA": data, "DJANGO_SETTINGS_MODULE": "wagenmenner.settings"}
    env.pop("DATABASE_URL", None)
    py = sys.executable
    run([py, "manage.py", "migrate", "-v0"], env)
    run([py, "manage.py", "createuser", "bench@example.org", "--password", "bench bench bench"], env)
    token = run([py, "manage.py", "token", "bench@example.org"], env)
    port = free_port()
    server = subprocess.Popen(
        [py, "-m", "gunicorn", "wagenmenner.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(args.workers), "--log-level", "warning",
         "--no-control-socket"], env=env, cwd=ROOT)
    # The worker polls its queue every second, taking SQLite's write lock for a moment.
    jobs_worker = None if args.no_worker else subprocess.Popen(
        [py, "-m", "wagenmenner.cli", "worker"], env=env, cwd=ROOT)
    try:
        # Ready when a worker answers, not when the socket accepts (it does so first).
        for _ in range(300):
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                probe.request("GET", "/healthz")
                if probe.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.2)
        bare, bare_err = load(port, "GET", "/healthz", lambda: None, {}, args.seconds,
                              args.clients)

        def body():
            return json.dumps({"alarm": 6, "energy": 4, "drive": 7, "enjoyment": 3, "boredom": 2,
                               "urge": 5, "conflict": False, "note": "even rustig ademen",
                               "recorded_at": datetime.now(UTC).isoformat()})

        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        post, post_err = load(port, "POST", "/api/v1/checkins", body, headers, args.seconds,
                              args.clients)
    finally:
        for process in (server, jobs_worker):
            if process is not None:
                process.terminate()
                process.wait(10)
    print(f"gunicorn workers={args.workers} clients={args.clients} seconds={args.seconds} "
          f"job worker={'no' if args.no_worker else 'yes'} load={os.getloadavg()[0]:.1f}")
    print(f"bare Django view GET /healthz:     {bare:8.0f} req/s  (errors {bare_err})")
    print(f"check-in POST /api/v1/checkins:     {post:8.0f} req/s  (errors {post_err})")
    print(f"ratio check-in / bare:              {post / bare:8.2f}")


if __name__ == "__main__":
    main()
