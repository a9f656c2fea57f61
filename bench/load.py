"""The main pages and the check-in POST under load, next to a bare view, with wrk.

    python bench/load.py [--seconds 4] [--connections 8] [--workers 2] [--threads N]
                         [--years 10] [--rounds 3] [--people N] [--route NAME ...]

Starts the server as `wagenmenner serve` does (gunicorn workers, the job worker beside
them) on a free loopback port, with a fresh data folder (SQLite, WAL, synchronous=FULL),
or on DATABASE_URL when set (PostgreSQL). One person gets YEARS of history first
(bench/history.py: 8 check-ins a day, rides, escalations, pursuits) and a logged-in
session and an API token; PEOPLE - 1 others, new accounts without history, get a token
too. Then, three rounds, each
route in turn for SECONDS with
wrk (one thread, CONNECTIONS keep-alive connections, each renewed every RENEW requests),
the bare view `/healthz` first in each round, so that every route is measured beside a
bare view of the same moment. The check-in POST runs twice: as a plain API client sends it,
and as the app's offline queue does, each request with its own Idempotency-Key (then each
check-in also stores its key, for the replay).

Whose check-ins: a clinic's server takes the check-ins of many people at once, so both
POST rows send those of PEOPLE people in turn (default: as many as wrk has connections,
as if each were one person's phone). One person's check-ins cannot be written side by
side: each updates that person's stored week in its transaction, so on PostgreSQL they
wait in turn on the person's row until the one before has committed (its WAL flushed);
on SQLite every write waits for the one before anyway. That figure is printed too, on a
row of its own: the plain POST with every check-in from one person
(`check-in POST, 1 person`: the person with the history), beside the same bare view.
With --people 1 the plain POST row is that one, and the keyed row is that person's too.

Each route is measured on its own: before the rounds every route runs for WARM_UP
seconds unmeasured (so that every worker has drawn every page once: a worker's first
request of a page builds its templates and URL tables), and after each run the script
waits until the workers are idle. When wrk stops, up to CONNECTIONS requests it sent are
still queued in the server; without the wait, the previous route's last requests (the
insights page's: 40 ms each) would be served at the start of the next route's run and
show up as its tail and its CPU.

Printed per route: requests per second and the ratio to the bare view of the same round
(median of the rounds, and the lowest and highest round's); p50 and p99 latency over
every request of every round (wrk's histograms added up) and how many samples they rest
on (the requests, and the samples wrk adds for a stall, its correction for coordinated
omission); the workers' CPU time per request (from /proc: their own user + system time
over the run and the queued requests after it, divided by the requests the server
answered in that time, from its access log; median of the rounds); on PostgreSQL running
on this machine, the CPU of the server processes that serve the workers' connections per
request (DB ms; not part of the workers' figure); the busiest worker's part of the
workers' CPU; errors; and the machine's load average. Before that: the seconds from
starting `serve` on the migrated database to its first answer, and after, each worker's
memory (RSS, the figure the target is for; PSS beside it) once it has drawn the
insights page of the whole history.

The targets (README, "Performance"): the check-in POST at 0.35× the bare view or more,
every page at most 10 ms of CPU with p99 at most 3× p50, first answer within 1.5 s,
workers under 120 MB. Traffic stays on 127.0.0.1; every run is bounded in time.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOCK = os.sysconf("SC_CLK_TCK")
CHECKIN = {"alarm": 6, "energy": 4, "drive": 7, "enjoyment": 3, "boredom": 2, "urge": 5,
           "conflict": False, "note": "even rustig ademen"}
# Every RENEW-th request asks to close its connection, and wrk opens a new one: which
# worker serves a keep-alive connection is settled once, when it is accepted, so with 8
# connections held for a whole run the split between the workers was left to chance (in
# one run one worker served 707 check-ins, the other 25) and the ratio swung with it.
# Renewed, the spread over the workers averages out within a run, as it does with many
# phones that come and go. It costs every route the same: a TCP connection per RENEW.
RENEW = 25
KEYED_POST = "check-in POST + key (API)"
ONE_PERSON = "check-in POST, 1 person"
# The requests (one variant of headers after the other; the RENEW-th with "Connection:
# close"), then wrk's summary and its latency histogram (microseconds, count), read back
# by this script.
REPORT = """
local n, plain, closing = 0, {}, {}
request = function()
  if #plain == 0 then
    for k, headers in ipairs(variants) do
      plain[k] = wrk.format(nil, nil, headers)
      headers["Connection"] = "close"
      closing[k] = wrk.format(nil, nil, headers)
    end
  end
  n = n + 1
  local k = n % #plain + 1
  if n % RENEW == 0 then return closing[k] end
  return plain[k]
end
""".replace("RENEW", str(RENEW))
# The app's offline queue sends every check-in with its own Idempotency-Key
# (wagenmenner/static/wagenmenner/offline.js). The keyed POST builds each request anew with
# a key no other request of any run has (the run's token, wrk's process id, the request's
# number), so every one is stored and none replayed.
KEYED = """
local n, prefix = 0, nil
request = function()
  if prefix == nil then
    local stat = io.open("/proc/self/stat")
    prefix = "RUN-" .. stat:read("*n")
    stat:close()
  end
  n = n + 1
  local headers = {}
  for name, value in pairs(variants[n % #variants + 1]) do headers[name] = value end
  headers["Idempotency-Key"] = prefix .. "-" .. n
  if n % RENEW == 0 then headers["Connection"] = "close" end
  return wrk.format(nil, nil, headers)
end
""".replace("RENEW", str(RENEW))
DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("WM %d %d %d %d\\n", summary.requests, summary.duration,
    e.status, e.connect + e.read + e.write + e.timeout))
  for i = 1, #latency do
    local value, count = latency(i)
    io.write(string.format("H %d %d\\n", value, count))
  end
end
"""
ACCESS_LINE = re.compile(rb'^\[[^]]*\] "[A-Z]+ [^"]*" \d{3} ', re.MULTILINE)
# Fewer samples than this behind a p99: it rests on a handful of the slowest.
FEW = 1000


def prepare(years: int, people: int) -> None:
    """In a child process with Django: the person, their history, a session, a token;
    and tokens of PEOPLE - 1 others for the check-in POST."""
    import random

    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    from accounts.models import ApiToken
    from accounts.services import account_create
    from bench.history import make_history
    from tests.factories import make_charioteer

    user = account_create(email=f"load-{os.getpid()}-{time.time_ns()}@example.org",
                          password="bench bench bench")
    ride = make_charioteer(user)["ride"]
    start, end = make_history(user, years, random.Random(20261206))
    client = Client()
    client.force_login(user)
    tokens = [ApiToken.issue(user, name="load")[1]]
    for k in range(1, people):
        other = account_create(email=f"load-{k}-{os.getpid()}-{time.time_ns()}@example.org",
                               password="bench bench bench")
        tokens.append(ApiToken.issue(other, name="load")[1])
    print(json.dumps({"cookie": f"{settings.SESSION_COOKIE_NAME}="
                                f"{client.cookies[settings.SESSION_COOKIE_NAME].value}",
                      "tokens": tokens, "ride": ride.pk,
                      "everything": f"/inzicht/?start={start}&end={end}"}))


INSIGHTS_PARTS = ("alarmbelasting", "omslagen", "ritten", "regels", "mensen")


def routes(person: dict) -> dict:
    """name → (method, path, headers, body); for the check-in POST a list of headers, one
    per person, taken in turn (ONE_PERSON: the first person's only)."""
    page = {"Cookie": person["cookie"]}
    ride = person["ride"]
    api = [{"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
           for token in person["tokens"]]
    table = {
        "bare /healthz": ("GET", "/healthz", {}, None),
        "home /": ("GET", "/", page, None),
        "check-in page /meten/": ("GET", "/meten/", page, None),
        "ride /rit/": ("GET", "/rit/", page, None),
        **{f"ride step {n}": ("GET", f"/rit/{ride}/stap/{n}/", page, None) for n in range(1, 7)},
        "reins /teugels/": ("GET", "/teugels/", page, None),
        "insights /inzicht/": ("GET", "/inzicht/", page, None),
        # The other insights pages, one tap away from the headline.
        **{f"insights {part}/": ("GET", f"/inzicht/{part}/", page, None)
           for part in INSIGHTS_PARTS},
        "crisis /crisis/": ("GET", "/crisis/", page, None),
        "check-in POST (API)": ("POST", "/api/v1/checkins", api, json.dumps(CHECKIN)),
        ONE_PERSON: ("POST", "/api/v1/checkins", api[:1], json.dumps(CHECKIN)),
        KEYED_POST: ("POST", "/api/v1/checkins", api, json.dumps(CHECKIN)),
    }
    if len(api) == 1:  # every POST row is one person's: measure it once
        del table["check-in POST (API)"]
    return table


def wrk_script(method: str, headers: dict | list[dict], body: str | None, folder: Path,
               name: str) -> Path:
    lines = [f'wrk.method = "{method}"', "local variants = {"]
    lines += ["  {" + ", ".join(f"[{json.dumps(k)}] = {json.dumps(v)}" for k, v in variant.items())
              + "}," for variant in (headers if isinstance(headers, list) else [headers])]
    lines.append("}")
    if body is not None:
        lines.append(f"wrk.body = {json.dumps(body)}")
    path = folder / f"{abs(hash(name))}.lua"
    request = KEYED.replace("RUN", uuid.uuid4().hex) if name == KEYED_POST else REPORT
    path.write_text("\n".join(lines) + request + DONE)
    return path


def descendants(pid: int) -> dict[int, int]:
    """pid → parent pid of every process below ``pid``."""
    found, todo = {}, [pid]
    while todo:
        parent = todo.pop()
        for task in Path(f"/proc/{parent}/task").glob("*"):
            try:
                children = (task / "children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                found[child] = parent
                todo.append(child)
    return found


def web_workers(serve_pid: int) -> list[int]:
    """gunicorn's workers: the processes two levels below `serve` (serve → gunicorn's
    arbiter → workers); the job worker is one level below."""
    tree = descendants(serve_pid)
    return [pid for pid, parent in tree.items() if tree.get(parent) == serve_pid]


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK


def connection_ports(pids: list[int], server_port: int) -> set[int]:
    """The local ports of the TCP connections that ``pids`` hold to ``server_port``."""
    inodes = set()
    for pid in pids:
        for fd in Path(f"/proc/{pid}/fd").glob("*"):
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:["):-1])
    ports = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local, remote, inode = fields[1], fields[2], fields[9]
            if inode in inodes and int(remote.rsplit(":", 1)[1], 16) == server_port:
                ports.add(int(local.rsplit(":", 1)[1], 16))
    return ports


class Backends:
    """On PostgreSQL on this machine: the server processes that serve the web workers'
    connections. Their CPU is part of each request's cost (a check-in's statements are
    parsed, run and committed there) but not in the workers' own CPU time, and it uses the
    same processors. Found by the workers' client ports in ``pg_stat_activity``."""

    def __init__(self, url: str):
        import psycopg

        self.port = urllib.parse.urlsplit(url).port or 5432
        self.connection = psycopg.connect(url, autocommit=True)

    def pids(self, workers: list[int]) -> list[int]:
        ports = sorted(connection_ports(workers, self.port))
        rows = self.connection.execute(
            "SELECT pid FROM pg_stat_activity WHERE client_port = ANY(%s)", [ports]).fetchall()
        # Only processes of this machine's server: a remote server's pids mean nothing here.
        return [pid for (pid,) in rows if _comm(pid) in {"postgres", "postmaster"}]

    def close(self):
        self.connection.close()


def _comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def pss_mb(pid: int) -> float:
    """The process's proportional share: each page it shares with others (the arbiter's
    inherited heap, the libraries' code) divided by the processes that map it."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def settle(pids: list[int], quiet: float = 0.3, limit: float = 60) -> None:
    """Wait until the workers have used no CPU for ``quiet`` seconds: the requests wrk left
    queued when it stopped are answered."""
    began, last, since = time.monotonic(), cpu_seconds(pids), time.monotonic()
    while time.monotonic() - since < quiet and time.monotonic() - began < limit:
        time.sleep(0.05)
        now = cpu_seconds(pids)
        if now != last:
            last, since = now, time.monotonic()


def answered(log: Path) -> int:
    """Requests the server has answered so far: its access log's lines
    ('[time] "GET /path" 200 0.004s', wagenmenner/management/commands/serve.py)."""
    return len(ACCESS_LINE.findall(log.read_bytes()))


def percentile(histogram: dict[int, int], p: float) -> float:
    """The p-th percentile in ms of a histogram of microseconds → count."""
    rank, seen = max(1, round(p / 100 * sum(histogram.values()))), 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value / 1000
    return 0.0


def wrk(url: str, script: Path, seconds: float, connections: int, pids: list[int],
        log: Path, backends: "Backends | None" = None) -> dict:
    servers = backends.pids(pids) if backends else []
    server_before = cpu_seconds(servers)
    before, answered_before = [cpu_seconds([pid]) for pid in pids], answered(log)
    run = subprocess.run(["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "-s", str(script),
                          url], capture_output=True, text=True, timeout=seconds + 60)
    settle(pids)
    each = [cpu_seconds([pid]) - cpu for pid, cpu in zip(pids, before, strict=True)]
    cpu, served = sum(each), answered(log) - answered_before
    server_cpu = cpu_seconds(servers) - server_before
    line = next((x for x in run.stdout.splitlines() if x.startswith("WM ")), None)
    if line is None:
        sys.exit(f"wrk failed: {run.stdout}{run.stderr}")
    requests, micros, errors, socket_errors = map(int, line.split()[1:])
    histogram = {}
    for x in run.stdout.splitlines():
        if x.startswith("H "):
            value, count = map(int, x.split()[1:])
            histogram[value] = histogram.get(value, 0) + count
    return {"rps": requests / (micros / 1e6), "errors": errors, "socket_errors": socket_errors,
            "histogram": histogram, "cpu_ms": 1000 * cpu / max(served, 1),
            "db_ms": 1000 * server_cpu / max(served, 1) if servers else None,
            # How evenly the workers shared the run: the busiest one's part of their CPU.
            "busiest": max(each) / max(cpu, 1e-9), "load": os.getloadavg()[0]}


def get(url: str, headers: dict) -> int:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (loopback, http)
    with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
        response.read()
        return response.status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # Whole seconds: wrk's -d takes no fractions.
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, help="per worker (default: serve's)")
    parser.add_argument("--people", type=int,
                        help="the check-in POST rows for this many people in turn (default: "
                             "one per connection); the row '1 person' is always measured")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--warm-up", type=int, default=1,
                        help="seconds of unmeasured requests per route before the rounds")
    parser.add_argument("--route", action="append", help="only these routes (name contains)")
    parser.add_argument("--prepare", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.people = args.people or args.connections
    if args.prepare:
        return prepare(args.years, args.people)
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk (bash test.sh installs it)")

    data = Path(tempfile.mkdtemp(prefix="wm-load-"))
    env = {**os.environ, "WAGENMENNER_DATA": str(data),
           "DJANGO_SETTINGS_MODULE": "wagenmenner.settings"}
    database = "PostgreSQL" if env.get("DATABASE_URL") else "SQLite"
    py = sys.executable
    print(f"preparing {args.years} years of history on {database} …", flush=True)
    person = json.loads(subprocess.run([py, __file__, "--prepare", "--years", str(args.years),
                                        "--people", str(args.people)],
                                       env=env, cwd=ROOT, check=True, capture_output=True,
                                       text=True).stdout.splitlines()[-1])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    log = data / "access.log"  # gunicorn's access log: one line per answered request
    began = time.monotonic()
    with log.open("wb") as out:
        serve = subprocess.Popen([py, "-m", "wagenmenner.cli", "serve", "--port", str(port),
                                  "--workers", str(args.workers),
                                  *(["--threads", str(args.threads)] if args.threads else [])],
                                 env=env, cwd=ROOT,
                                 stdout=out, stderr=subprocess.DEVNULL)
    backends = None
    try:
        while True:
            try:
                get(f"{base}/healthz", {})
                break
            except OSError:
                if time.monotonic() - began > 120 or serve.poll() is not None:
                    sys.exit("the server did not start")
                time.sleep(0.02)
        first_answer = time.monotonic() - began
        while len(workers := web_workers(serve.pid)) < args.workers:
            time.sleep(0.1)
        # The workers load the crisis detector and the job worker starts a few seconds
        # after the start (wagenmenner/wsgi.py, serve.py): measure after that.
        time.sleep(max(0.0, began + 6 - time.monotonic()))
        # On PostgreSQL here: the server's CPU for the workers' statements, beside theirs.
        backends = Backends(env["DATABASE_URL"]) if database == "PostgreSQL" else None
        table = routes(person)
        chosen = [name for name in table if name.startswith("bare") or not args.route
                  or any(part in name for part in args.route)]
        scripts = {name: wrk_script(table[name][0], table[name][2], table[name][3], data, name)
                   for name in chosen}
        for name in chosen:
            method, path, headers, _ = table[name]
            if method == "GET":
                assert get(base + path, headers) == 200, name
            if args.warm_up > 0:  # every worker draws the page once, unmeasured
                wrk(base + path, scripts[name], args.warm_up, args.connections, workers, log,
                    backends)
        results = {name: [] for name in chosen}
        for _ in range(args.rounds):
            bare = None
            for name in chosen:
                result = wrk(base + table[name][1], scripts[name], args.seconds,
                             args.connections, workers, log, backends)
                bare = bare or result
                result["ratio"] = result["rps"] / bare["rps"]
                results[name].append(result)
        # Memory after the heaviest page there is: the insights of the whole history, once
        # on every worker (with keep-alive off, the arbiter hands them out in turn).
        for _ in range(2 * args.workers):
            get(base + person["everything"], {"Cookie": person["cookie"], "Connection": "close"})
        memory = [rss_mb(pid) for pid in workers]
        shares = [pss_mb(pid) for pid in workers]
    finally:
        if backends:
            backends.close()
        serve.send_signal(signal.SIGTERM)
        try:
            serve.wait(30)
        except subprocess.TimeoutExpired:
            serve.kill()
        shutil.rmtree(data, ignore_errors=True)

    threads = f"{args.threads} threads each" if args.threads else "serve's threads"
    print(f"{database}; {args.workers} gunicorn workers ({threads}) + job worker; wrk -t1 "
          f"-c{args.connections}, {args.seconds:g} s per route, {args.rounds} rounds "
          f"(req/s, ×bare, CPU: median; p50, p99: over every request of the rounds); "
          f"{args.years} years of history; {os.cpu_count()} CPUs")
    if args.people > 1:
        print(f"check-in POST rows: the check-ins of {args.people} people in turn (the person "
              f"with the history and {args.people - 1} new accounts without any), except "
              f"'{ONE_PERSON}': every check-in from the person with the history, whose "
              f"check-ins are written one after the other (each updates the person's stored week)")
    else:
        print("check-in POST rows: every check-in from one person")
    print(f"first answer after starting serve: {first_answer:.2f} s")
    # The database server's CPU per request, when it runs here (PostgreSQL; on SQLite the
    # database works inside the workers, so their CPU already holds it).
    server = any(r["db_ms"] is not None for runs in results.values() for r in runs)
    print(f"{'route':<24} {'req/s':>7} {'×bare':>6} {'(min–max)':>11} {'p50 ms':>7} "
          f"{'p99 ms':>7} {'p99/p50':>7} {'n':>6} {'CPU ms':>7} "
          + (f"{'DB ms':>6} " if server else "") + f"{'busiest':>7} {'errors':>7} {'load':>5}")
    tails = {}
    for name, runs in results.items():
        def median(key, runs=runs):
            return statistics.median(r[key] for r in runs)
        histogram = {}
        for run in runs:
            for value, count in run["histogram"].items():
                histogram[value] = histogram.get(value, 0) + count
        n = sum(histogram.values())
        p50, p99 = percentile(histogram, 50), percentile(histogram, 99)
        tails[name] = p99 / p50 if p50 else 0.0
        ratios = [r["ratio"] for r in runs]
        print(f"{name:<24} {median('rps'):>7.0f} {median('ratio'):>6.2f} "
              f"{min(ratios):>5.2f}–{max(ratios):<5.2f} {p50:>7.1f} "
              f"{p99:>7.1f} {tails[name]:>7.1f} {n:>5}{'*' if n < FEW else ' '} "
              f"{median('cpu_ms'):>7.1f} "
              + (f"{statistics.median(r['db_ms'] or 0 for r in runs):>6.1f} " if server else "")
              + f"{median('busiest'):>7.0%} "
              f"{sum(r['errors'] for r in runs):>3}/{sum(r['socket_errors'] for r in runs):<3} "
              f"{median('load'):>5.1f}")
    print("(min–max): the lowest and highest round's ratio; busiest: the busiest worker's "
          "part of the workers' CPU (50 % is an even spread); errors: answers other than "
          "2xx/3xx / socket errors and time-outs (over 2 s)"
          + ("; DB ms: the CPU of the PostgreSQL processes serving the workers' connections, "
             "per request (not in CPU ms; same processors)" if server else ""))
    bare_name = next(iter(results))
    print(f"p99/p50 of the bare view in the same rounds: {tails[bare_name]:.1f} (what the "
          f"machine and the server add to any route's tail)")
    if any(sum(sum(r["histogram"].values()) for r in runs) < FEW for runs in results.values()):
        print(f"* fewer than {FEW} samples behind the p99: more --seconds or --rounds")
    print("worker memory after the insights of the whole history: "
          + ", ".join(f"{mb:.0f} MB" for mb in memory)
          + " (RSS; PSS, the shared pages divided among the processes that share them: "
          + ", ".join(f"{mb:.0f}" for mb in shares) + " MB)")


if __name__ == "__main__":
    main()
