"""A real PostgreSQL streaming replica, and the app reading its page views from it.

    python bench/replica.py [--keep]

As root on Debian with PostgreSQL 15: makes two clusters of its own on free ports, a
primary and a replica cloned from it with `pg_basebackup -R` (streaming replication, as
docs/deploy.md describes), then runs the app with DATABASE_URL on the primary and
DATABASE_REPLICA_URLS on the replica. It checks that the replica is in recovery,
streams from the primary and refuses writes; that what the app writes arrives on it;
that a person's page view reads their check-ins from the replica; and that a write, and
the page views right after it, use the primary. Prints what it saw; exits 1 when a check
fails. The clusters are dropped at the end (unless --keep).
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRIMARY, REPLICA = "wmprimary", "wmreplica"
PASSWORD = "replica-bench"
EMAIL = "replica@example.org"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sh(*argv, check=True, env=None):
    return subprocess.run(argv, check=check, capture_output=True, text=True, env=env)


def as_postgres(*argv, **kw):
    return sh("runuser", "-u", "postgres", "--", *argv, **kw)


def clusters(primary_port: int, replica_port: int) -> None:
    for name in (PRIMARY, REPLICA):
        sh("pg_dropcluster", "--stop", "15", name, check=False)
    sh("pg_createcluster", "15", PRIMARY, "-p", str(primary_port))
    sh("pg_ctlcluster", "15", PRIMARY, "start")
    psql = ("psql", "-p", str(primary_port), "-q", "-v", "ON_ERROR_STOP=1", "-c")
    as_postgres(*psql, f"CREATE ROLE wagenmenner LOGIN PASSWORD '{PASSWORD}'")
    as_postgres(*psql, f"CREATE ROLE replicator LOGIN REPLICATION PASSWORD '{PASSWORD}'")
    as_postgres("createdb", "-p", str(primary_port), "-O", "wagenmenner", "wagenmenner")
    # The replica: a cluster whose data folder is a base backup of the primary; -R writes
    # standby.signal and primary_conninfo, so it starts as a streaming standby.
    sh("pg_createcluster", "15", REPLICA, "-p", str(replica_port))
    data = Path(f"/var/lib/postgresql/15/{REPLICA}")
    sh("find", str(data), "-mindepth", "1", "-delete")
    as_postgres("pg_basebackup", "-h", "127.0.0.1", "-p", str(primary_port), "-U", "replicator",
                "-D", str(data), "-R", "-X", "stream",
                env={**os.environ, "PGPASSWORD": PASSWORD})
    sh("pg_ctlcluster", "15", REPLICA, "start")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", action="store_true", help="keep the two clusters")
    args = parser.parse_args()
    primary_port, replica_port = free_port(), free_port()
    clusters(primary_port, replica_port)
    url = "postgres://wagenmenner:{pw}@127.0.0.1:{port}/wagenmenner"
    os.environ.update({
        "DATABASE_URL": url.format(pw=PASSWORD, port=primary_port),
        "DATABASE_REPLICA_URLS": url.format(pw=PASSWORD, port=replica_port),
        "WAGENMENNER_DATA": tempfile.mkdtemp(prefix="wm-replica-"),
        "ALLOWED_HOSTS": "testserver", "DJANGO_SETTINGS_MODULE": "wagenmenner.settings",
    })
    os.environ.pop("WAGENMENNER_HTTPS", None)
    sys.path.insert(0, str(ROOT))
    try:
        checks = run_app_checks()
    finally:
        if not args.keep:
            for name in (REPLICA, PRIMARY):
                sh("pg_dropcluster", "--stop", "15", name, check=False)
    for name, ok in checks.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    if not all(checks.values()):
        sys.exit(1)


def run_app_checks() -> dict:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connections
    from django.test import Client

    from accounts.services import account_create
    from wagenmenner.replicas import SESSION_KEY

    call_command("migrate", verbosity=0)  # on the primary only (the router says so)
    person = account_create(email=EMAIL, password="twee clusters een app", language="nl")
    primary, replica = connections["default"], connections["replica1"]
    with replica.cursor() as c:
        c.execute("SELECT pg_is_in_recovery()")
        in_recovery = c.fetchone()[0]
        try:
            c.execute("CREATE TABLE wm_should_fail (x int)")
            refuses_writes = False
        except django.db.Error as exc:
            refuses_writes = "read-only" in str(exc)
    # pg_stat_replication shows the state to a superuser only.
    streaming = as_postgres("psql", "-p", str(primary.settings_dict["PORT"]), "-tAc",
                            "SELECT application_name || ' ' || state FROM pg_stat_replication"
                            ).stdout.split("\n")[0]

    seen = []  # (database alias, statement) of every query on the check-ins table

    def spy(alias):
        def wrapper(execute, sql, params, many, context):
            if "checkins_checkin" in sql:
                seen.append((alias, sql.split()[0]))
            return execute(sql, params, many, context)
        return wrapper

    client = Client()
    client.force_login(person)
    body = {"alarm": 4, "energy": 6, "drive": 5, "enjoyment": 6, "boredom": 2, "urge": 1,
            "note": "via de primaire database"}
    with primary.execute_wrapper(spy("primary")), replica.execute_wrapper(spy("replica")):
        written = client.post("/api/v1/checkins", body, content_type="application/json")
        seen_write = list(seen)
        seen.clear()
        right_after = client.get("/meten/geschiedenis/")
        seen_after = list(seen)
        seen.clear()
        # Wait until the replica has replayed the write, then let the pin run out.
        deadline = time.monotonic() + 30
        arrived = False
        while time.monotonic() < deadline and not arrived:
            with replica.cursor() as c:
                c.execute("SELECT count(*) FROM checkins_checkin WHERE owner_id = %s",
                          [person.pk])
                arrived = c.fetchone()[0] == 1
            time.sleep(0.1)
        session = client.session
        session[SESSION_KEY] = 0
        session.save()
        later = client.get("/meten/geschiedenis/")
        seen_later = list(seen)
    print(f"primary 127.0.0.1:{primary.settings_dict['PORT']}, replica "
          f"127.0.0.1:{replica.settings_dict['PORT']}; pg_stat_replication: {streaming}")
    print(f"write: {written.status_code}, check-in table queries {seen_write}")
    print(f"page right after the write: {right_after.status_code}, {seen_after}")
    print(f"page once the pin ran out: {later.status_code}, {seen_later}")
    return {
        "the replica is a standby in recovery": in_recovery is True,
        "the replica streams from the primary": streaming.endswith(" streaming"),
        "the replica refuses writes": refuses_writes,
        "the write went to the primary": written.status_code == 201
        and {a for a, _ in seen_write} == {"primary"},
        "the write arrived on the replica": arrived,
        "right after a write the page reads the primary": right_after.status_code == 200
        and {a for a, _ in seen_after} == {"primary"},
        "later page views read the replica": later.status_code == 200
        and {a for a, _ in seen_later} == {"replica"}
        and "via de primaire database" in later.content.decode(),
    }


if __name__ == "__main__":
    main()
