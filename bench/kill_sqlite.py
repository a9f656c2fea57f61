"""kill -9 on SQLite under load: every acknowledged check-in stored, none twice.

    python bench/kill_sqlite.py [--threads 4] [--clients 8] [--kill-at 4] [--rounds 3]

Starts the server as `wagenmenner serve` does (2 workers, THREADS threads each, so that the
check-ins a worker receives at once share a commit: wagenmenner/group_commit.py) on a
fresh SQLite data folder, then CLIENTS clients send check-ins, each with its own
Idempotency-Key, until KILL_AT seconds, when every process of the server gets SIGKILL.
Then it reads the database file: every key answered 201 must be stored, and no key twice
(a key stored without its answer reaching the client is allowed: the commit came first).
Prints the counts per round and exits 1 when a round fails. bench/topology.py does the
same on PostgreSQL behind Caddy. Traffic stays on 127.0.0.1.
"""

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import load  # noqa: E402 (bench/ is not a package)


def one_round(threads: int, clients: int, kill_at: float) -> bool:
    data = Path(tempfile.mkdtemp(prefix="wm-kill-"))
    env = {**os.environ, "WAGENMENNER_DATA": str(data),
           "DJANGO_SETTINGS_MODULE": "wagenmenner.settings"}
    env.pop("DATABASE_URL", None)
    py = sys.executable
    person = json.loads(subprocess.run(
        [py, load.__file__, "--prepare", "--years", "1"], env=env, cwd=load.ROOT, check=True,
        capture_output=True, text=True).stdout.splitlines()[-1])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    serve = subprocess.Popen([py, "-m", "wagenmenner.cli", "serve", "--port", str(port),
                              "--workers", "2", "--threads", str(threads)], env=env,
                             cwd=load.ROOT, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, start_new_session=True)
    began = time.monotonic()
    while True:
        try:
            load.get(f"http://127.0.0.1:{port}/healthz", {})
            break
        except OSError:
            if time.monotonic() - began > 120:
                os.killpg(serve.pid, signal.SIGKILL)
                sys.exit("the server did not start")
            time.sleep(0.05)
    acknowledged, lock, stop = [], threading.Lock(), threading.Event()
    headers = {"Authorization": f"Bearer {person['tokens'][0]}",
               "Content-Type": "application/json"}

    def client(c: int) -> None:
        connection, n = http.client.HTTPConnection("127.0.0.1", port, timeout=10), 0
        while not stop.is_set():
            key, n = f"kill-{c}-{n}", n + 1
            try:
                connection.request("POST", "/api/v1/checkins", json.dumps(load.CHECKIN),
                                   {**headers, "Idempotency-Key": key})
                response = connection.getresponse()
                response.read()
                if response.status == 201:
                    with lock:
                        acknowledged.append(key)
            except (OSError, http.client.HTTPException):
                connection.close()
                time.sleep(0.05)

    workers = [threading.Thread(target=client, args=(c,)) for c in range(clients)]
    for t in workers:
        t.start()
    time.sleep(kill_at)
    os.killpg(serve.pid, signal.SIGKILL)  # serve, gunicorn, its workers, the job worker
    stop.set()
    for t in workers:
        t.join(30)
    serve.wait()
    with sqlite3.connect(data / "wagenmenner.sqlite3") as db:
        stored = [key for (key,) in db.execute("SELECT key FROM checkins_idempotencykey")]
    lost = set(acknowledged) - set(stored)
    twice = len(stored) - len(set(stored))
    ok = not lost and not twice and bool(acknowledged)
    print(f"threads {threads}: killed at {kill_at:g} s; acknowledged {len(acknowledged)}, "
          f"stored {len(stored)}; lost {len(lost)}, stored twice {twice}: "
          f"{'PASS' if ok else 'FAIL'}", flush=True)
    shutil.rmtree(data, ignore_errors=True)
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--kill-at", type=float, default=4)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results = [one_round(args.threads, args.clients, args.kill_at * (0.5 + k / 2))
               for k in range(args.rounds)]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
