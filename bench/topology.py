"""Two app servers behind Caddy on one PostgreSQL: kill one mid-load, lose nothing.

    python bench/topology.py [--seconds 10] [--clients 4] [--kill-at 0.4] [--keep]

Starts, on free loopback ports and as root (it installs Debian's caddy if missing and
makes its own database):
- a PostgreSQL database `wm_topology` on the local cluster (127.0.0.1:5432), made anew;
- two app servers, each run by the ExecStart line of docs/deploy/wagenmenner.service
  (port replaced) in the environment of docs/deploy/wagenmenner.env, with secrets read
  from *_FILE variables and an empty data folder each; migrations run once, before;
- Debian's Caddy with docs/deploy/Caddyfile (`tls internal`) in front of both.

Then a person logs in through Caddy, and several clients send check-ins with
Idempotency-Keys through Caddy for a bounded time, retrying a failed request with the
same key. Part way, one app server is killed with SIGKILL (every process of it). The
script checks that every acknowledged check-in is stored exactly once and no key is
stored twice, that the person's session works after the switch (also for a write), that
both servers answered before the kill, that the data folders hold no state, and that
the hourly purge ran once although two workers ran. It prints throughput and latency
percentiles and exits 1 when a check fails. Traffic stays on 127.0.0.1.
"""

import argparse
import http.client
import http.cookiejar
import json
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
from base64 import urlsafe_b64encode
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "docs" / "deploy"
DB_NAME = "wm_topology"
DB_URL = f"postgres://wagenmenner:wagenmenner@127.0.0.1:5432/{DB_NAME}"
EMAIL, PASSWORD = "topologie@example.org", "twee servers een database"
LEVELS = {"alarm": 6, "energy": 4, "drive": 7, "enjoyment": 3, "boredom": 2, "urge": 5}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_database() -> None:
    """A fresh database on the local cluster, owned by the role test.sh uses."""
    subprocess.run(["pg_ctlcluster", "15", "main", "start"], capture_output=True)
    psql = ["runuser", "-u", "postgres", "--", "psql", "-q", "-v", "ON_ERROR_STOP=1", "-c"]
    subprocess.run([*psql, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname="
                    "'wagenmenner') THEN CREATE ROLE wagenmenner LOGIN PASSWORD 'wagenmenner' "
                    "CREATEDB; END IF; END $$;"], check=True)
    subprocess.run([*psql, f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)"], check=True)
    subprocess.run(["runuser", "-u", "postgres", "--", "createdb", "-O", "wagenmenner",
                    DB_NAME], check=True)


def deploy_environment(work: Path, data: Path, site: str) -> dict:
    """docs/deploy/wagenmenner.env, with this run's files in place of the paths."""
    secrets_dir = work / "secrets"
    secrets_dir.mkdir(mode=0o700, exist_ok=True)
    values = {
        "DATABASE_URL_FILE": DB_URL,
        "SECRET_KEY_FILE": "topology-" + secrets.token_urlsafe(40),
        "WAGENMENNER_ENCRYPTION_KEYS_FILE":
            "k1:" + urlsafe_b64encode(b"t" * 32).decode().rstrip("="),
    }
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("WAGENMENNER_", "DATABASE_URL", "SECRET_KEY", "ALLOWED_HOSTS",
                                "SITE_URL"))}
    for line in (DEPLOY / "wagenmenner.env").read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        if key.endswith("_FILE"):
            if key not in values:
                continue  # e.g. the backup recipients: not used here
            path = secrets_dir / key.lower()
            path.write_text(values[key])
            path.chmod(0o600)
            value = str(path)
        elif key == "WAGENMENNER_DATA":
            value = str(data)
        elif key == "ALLOWED_HOSTS":
            value = "localhost"
        elif key == "SITE_URL":
            value = site
        env[key] = value
    assert env["WAGENMENNER_HTTPS"] == "1" and "DATABASE_URL" not in env
    return env


def exec_start(port: int) -> list[str]:
    """The ExecStart line of docs/deploy/wagenmenner.service, for this checkout and port."""
    unit = (DEPLOY / "wagenmenner.service").read_text()
    argv = shlex.split(re.search(r"^ExecStart=(.+)$", unit, re.M).group(1))
    argv[0] = str(ROOT / ".venv" / "bin" / "wagenmenner")
    argv[argv.index("--port") + 1] = str(port)
    return argv


def process_tree(pid: int) -> list[int]:
    found = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except FileNotFoundError:
        return found
    for child in children:
        found.extend(process_tree(int(child)))
    return found


def kill_hard(pid: int) -> int:
    """SIGKILL every process of an app server at once, as a crash or power cut would."""
    tree = process_tree(pid)
    for p in tree:
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return len(tree)


def wait_for(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            result = check()
            if result:
                return result
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"timed out waiting for {what}")


class Browser:
    """A person in a browser: cookies, CSRF token from the page, HTTPS to Caddy."""

    def __init__(self, base: str, tls: ssl.SSLContext):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=tls),
                                                  urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path: str):
        with self.opener.open(self.base + path, timeout=15) as r:
            return r.geturl(), r.read().decode()

    def csrf(self, html: str) -> str:
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)

    def log_in(self):
        _, html = self.get("/inloggen/")
        form = urllib.parse.urlencode({"csrfmiddlewaretoken": self.csrf(html),
                                       "username": EMAIL, "password": PASSWORD}).encode()
        request = urllib.request.Request(self.base + "/inloggen/", data=form,  # noqa: S310
                                         headers={"Referer": self.base + "/inloggen/"})
        with self.opener.open(request, timeout=15) as r:
            return r.geturl()

    def logged_in(self) -> bool:
        url, html = self.get("/meten/geschiedenis/")
        return "/inloggen/" not in url and 'id="main"' in html

    def api_checkin(self, note: str) -> int:
        """A check-in through the API with the web session and its CSRF token."""
        _, html = self.get("/meten/")
        body = json.dumps({**LEVELS, "note": note,
                           "recorded_at": datetime.now(UTC).isoformat()}).encode()
        request = urllib.request.Request(  # noqa: S310 - https to Caddy on loopback
            self.base + "/api/v1/checkins", data=body, method="POST",
            headers={"Content-Type": "application/json", "X-CSRFToken": self.csrf(html),
                     "Referer": self.base + "/meten/", "Idempotency-Key": str(uuid.uuid4())})
        with self.opener.open(request, timeout=15) as r:
            return json.loads(r.read())["id"]


class Load:
    """Clients that POST check-ins through Caddy; a failed request is sent again with the
    same Idempotency-Key and body until it is acknowledged (or 20 tries)."""

    def __init__(self, port: int, tls: ssl.SSLContext, token: str):
        self.port, self.tls, self.token = port, tls, token
        self.lock = threading.Lock()
        self.acked = {}  # key -> (check-in id, recorded_at)
        self.attempted = set()
        self.failed_attempts = 0
        self.unacked = 0
        self.latencies = []  # seconds from first try to acknowledgement

    def connect(self):
        return http.client.HTTPSConnection("localhost", self.port, context=self.tls, timeout=15)

    def one(self, conn, client: int, seq: int):
        key = str(uuid.uuid4())
        recorded = datetime.now(UTC).isoformat()
        body = json.dumps({**LEVELS, "note": f"topologie {client}-{seq}",
                           "recorded_at": recorded})
        headers = {"Authorization": f"Bearer {self.token}", "Content-Type": "application/json",
                   "Idempotency-Key": key}
        with self.lock:
            self.attempted.add(key)
        started = time.monotonic()
        for _ in range(20):
            try:
                conn.request("POST", "/api/v1/checkins", body=body, headers=headers)
                response = conn.getresponse()
                data = response.read()
                if response.status in (200, 201):
                    with self.lock:
                        self.acked[key] = (json.loads(data)["id"], recorded)
                        self.latencies.append(time.monotonic() - started)
                    return conn
                failed = f"status {response.status}"
            except (OSError, http.client.HTTPException) as exc:
                failed = type(exc).__name__
            with self.lock:
                self.failed_attempts += 1
            if failed.startswith("status 4"):
                raise SystemExit(f"check-in refused: {failed} {data[:200]!r}")
            conn.close()
            conn = self.connect()
            time.sleep(0.1)
        with self.lock:
            self.unacked += 1
        return conn

    def run(self, clients: int, seconds: float):
        deadline = time.monotonic() + seconds

        def client(i):
            conn, seq = self.connect(), 0
            while time.monotonic() < deadline:
                conn = self.one(conn, i, seq)
                seq += 1
            conn.close()

        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        return threads


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--kill-at", type=float, default=0.4,
                        help="share of the run after which one app server is killed")
    parser.add_argument("--keep", action="store_true", help="keep the database and folders")
    args = parser.parse_args()
    if shutil.which("caddy") is None:  # Debian's package, as the README says
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "caddy"], check=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})

    postgres_database()
    work = Path(tempfile.mkdtemp(prefix="wm-topology-"))
    https_port = free_port()
    site = f"https://localhost:{https_port}"
    ports = [free_port(), free_port()]
    datas = [work / "data-a", work / "data-b"]
    for d in datas:
        d.mkdir(mode=0o700)
    envs = [deploy_environment(work, d, site) for d in datas]
    cli = str(ROOT / ".venv" / "bin" / "wagenmenner")

    def run(*argv, input_text=None):
        return subprocess.run([cli, *argv], env=envs[0], cwd=ROOT, check=True, text=True,
                              capture_output=True, input=input_text).stdout.strip()

    run("migrate", "-v0")  # once, before any server serves (docs/deploy.md, upgrades)
    run("createuser", EMAIL, input_text=PASSWORD + "\n")
    token = run("token", EMAIL)

    procs, logs = [], []
    try:
        for port, env, name in zip(ports, envs, "ab", strict=True):
            log = open(work / f"server-{name}.log", "w")  # noqa: SIM115 - closed below
            logs.append(log)
            procs.append(subprocess.Popen(exec_start(port), env=env, cwd=ROOT, stdout=log,
                                          stderr=subprocess.STDOUT))
        caddy_env = {**os.environ, "CADDY_ADMIN": "off", "CADDY_HTTP_PORT": str(free_port()),
                     "CADDY_HTTPS_PORT": str(https_port), "WAGENMENNER_SITE": "localhost",
                     "WAGENMENNER_TLS": "internal",
                     "WAGENMENNER_UPSTREAMS": " ".join(f"127.0.0.1:{p}" for p in ports),
                     "XDG_DATA_HOME": str(work / "caddy-data"),
                     "XDG_CONFIG_HOME": str(work / "caddy-config")}
        caddy_log = open(work / "caddy.log", "w")  # noqa: SIM115 - closed below
        logs.append(caddy_log)
        procs.append(subprocess.Popen(
            ["caddy", "run", "--config", str(DEPLOY / "Caddyfile"), "--adapter", "caddyfile"],
            env=caddy_env, stdout=caddy_log, stderr=subprocess.STDOUT))
        for port in ports:
            wait_for(lambda p=port: http.client.HTTPConnection("127.0.0.1", p, timeout=2)
                     .request("GET", "/healthz") or True, 90, f"app server on {port}")
        root_ca = work / "caddy-data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"
        wait_for(root_ca.exists, 30, "Caddy's local CA")
        tls = ssl.create_default_context(cafile=str(root_ca))

        def healthy():
            conn = http.client.HTTPSConnection("localhost", https_port, context=tls, timeout=5)
            conn.request("GET", "/healthz")
            return conn.getresponse().status == 200

        wait_for(healthy, 30, "Caddy to serve HTTPS")

        browser = Browser(site, tls)
        browser.log_in()
        session_before = browser.logged_in()

        load = Load(https_port, tls, token)
        load_started = time.monotonic()
        threads = load.run(args.clients, args.seconds)
        time.sleep(args.seconds * args.kill_at)
        acked_before_kill = len(load.acked)
        killed = kill_hard(procs[0].pid)
        killed_at = time.monotonic() - load_started
        for t in threads:
            t.join()
        elapsed = time.monotonic() - load_started
        session_after = browser.logged_in()
        session_write = browser.api_checkin("na de wissel, met dezelfde sessie")

        served = []
        for log in logs[:2]:
            log.flush()
            served.append(Path(log.name).read_text().count('"POST /api/v1/checkins" 201'))

        import psycopg

        with psycopg.connect(DB_URL.replace("postgres://", "postgresql://")) as db:
            rows = db.execute("SELECT c.id, c.recorded_at FROM checkins_checkin c JOIN "
                              "accounts_user u ON u.id = c.owner_id WHERE u.email = %s",
                              [EMAIL]).fetchall()
            # Both workers ticked during the run; the hourly purge must have run once.
            purges = db.execute("SELECT count(*) FROM django_tasks_database_dbtaskresult "
                                "WHERE task_path = 'jobs.tasks.purge'").fetchone()[0]
        stored_ids = {r[0] for r in rows}
        per_moment = {}
        for _, recorded in rows:
            per_moment[recorded] = per_moment.get(recorded, 0) + 1
        lost = [k for k, (cid, _) in load.acked.items() if cid not in stored_ids]
        doubled = sum(n - 1 for n in per_moment.values() if n > 1)
        # Every stored row is one attempted key, plus the one written by the browser.
        extra = len(rows) - 1 - len(load.attempted)
        state = [str(p.relative_to(work)) for d in datas for p in d.rglob("*") if p.is_file()]
    finally:
        for p in procs[1:]:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in procs:
            try:
                p.wait(30)
            except subprocess.TimeoutExpired:
                kill_hard(p.pid)
        for log in logs:
            log.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
            subprocess.run(["runuser", "-u", "postgres", "--", "psql", "-q", "-c",
                            f"DROP DATABASE IF EXISTS {DB_NAME} WITH (FORCE)"], check=False)

    acked = len(load.acked)
    print(f"Caddy (tls internal) -> 2 app servers (gunicorn --workers 2 each) -> PostgreSQL;"
          f" {args.clients} clients, {args.seconds:.0f} s")
    print(f"killed app server A ({killed} processes, SIGKILL) at {killed_at:.1f} s, "
          f"after {acked_before_kill} acknowledged check-ins")
    print(f"POST 201 answered before the kill: server A {served[0]}, server B {served[1]} "
          "(B also everything after)")
    print(f"check-ins acknowledged: {acked}; failed attempts retried with the same key: "
          f"{load.failed_attempts}; never acknowledged: {load.unacked}")
    print(f"throughput: {acked / elapsed:.1f} acknowledged check-ins/s; latency to "
          f"acknowledgement p50 {percentile(load.latencies, 0.5) * 1000:.0f} ms, "
          f"p99 {percentile(load.latencies, 0.99) * 1000:.0f} ms, "
          f"max {max(load.latencies, default=0) * 1000:.0f} ms")
    print(f"acknowledged but lost: {len(lost)}; stored twice: {doubled}; "
          f"stored without a key sent: {max(extra, 0)}")
    print(f"session: logged in before the kill {session_before}, after {session_after}; "
          f"a write with it after the kill stored as check-in {session_write}")
    print(f"periodic purge runs with two workers: {purges}; files in the data folders: "
          f"{state or 'none'}")
    checks = {
        "no acknowledged check-in lost": not lost,
        "no check-in stored twice": doubled == 0 and extra <= 0,
        "session survives the switch": session_before and session_after
        and session_write in stored_ids,
        "both servers answered before the kill": min(served) > 0,
        "every request acknowledged in the end": load.unacked == 0 and acked > 0,
        "no state in the app servers' data folders": not state,
        "the purge ran once with two workers": purges == 1,
    }
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    if not all(checks.values()):
        sys.exit(1)


if __name__ == "__main__":
    main()
