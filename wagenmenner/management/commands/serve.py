import ctypes
import os
import pkgutil
import signal
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import connection, connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from gunicorn.app.base import BaseApplication

from wagenmenner import memory

PR_SET_PDEATHSIG = 1
# A worker that keeps dying is restarted, but not faster than this.
WORKER_RESTART_SECONDS = 5
# The job worker is a program of its own that sets Django up again: started this much
# later, it does not compete with the site's first answers for the processors.
WORKER_START_SECONDS = 3


def die_with_parent() -> None:
    """Run in the child: if `serve` is killed outright (kill -9), the kernel stops the
    child too, so no orphan keeps the port or the queue."""
    if sys.platform == "linux":  # elsewhere there is no prctl; systemd is Linux anyway
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def migrate_if_needed() -> None:
    """Apply migrations when there are any. When every migration file on disk is recorded
    as applied, there are none, and that is two queries; Django's own plan loads every
    migration first (a fifth of the start), so it is made only otherwise."""
    if not _all_recorded():
        run_migrate()


def run_migrate() -> None:
    """Django's `migrate`, in a process of its own: run here, its migration graph and every
    migration module (5.6 MB) would stay in this process, which the web workers are forked
    from, and so in each worker for as long as the server runs. Only a start after an
    upgrade pays the second start of Django (about a second)."""
    subprocess.run([sys.executable, "-m", "wagenmenner.cli", "migrate", "--no-input",  # noqa: S603
                    "--verbosity", "0"], check=True)


def _all_recorded() -> bool:
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return False
    applied = recorder.applied_migrations()
    for app in apps.get_app_configs():
        name, _ = MigrationLoader.migrations_module(app.label)
        try:
            package = import_module(name) if name else None
        except ModuleNotFoundError:
            continue
        files = pkgutil.iter_modules(getattr(package, "__path__", []))
        # The files Django's loader reads as migrations (MigrationLoader.load_disk).
        if any(not is_package and file[0] not in "_~" and (app.label, file) not in applied
               for _, file, is_package in files):
            return False
    return True


class Gunicorn(BaseApplication):
    """gunicorn serving the application this process has loaded already: Django is set up
    once, here, and every worker forks from it warm."""

    def __init__(self, application, options: dict):
        self.application, self.options = application, options
        super().__init__()

    def load_config(self):
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self):
        return self.application


class Command(BaseCommand):
    help = ("Apply migrations, then serve Wagenmenner with gunicorn (default "
            "http://127.0.0.1:8000) and run the background worker beside it.")
    # Django's system checks are for the code, not for each start: the suite runs them
    # (wagenmenner/tests/test_serve_start.py), as a server under gunicorn never does.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS", "2")))
        # Threads let the check-ins a worker receives at once share one commit and its
        # fsync (wagenmenner/group_commit.py), and a page no longer waits behind a long
        # one of the same worker: with four, bench/load.py (2 workers, 8 connections,
        # alternating with one thread, load 14-17) gave the check-in POST 525-563
        # requests a second against 198-256 (1.8 ms of worker CPU against 2.3-2.4),
        # pages and the bare view 1.4-2.8 times as many at less CPU, but each worker
        # 4-10 MB more memory, which the 120 MB aim (issue 14) has no room for. On a quiet
        # machine (load 2) the POST's gain was gone (0.24x against 0.26x with one thread)
        # and the memory stayed (123-127 MB a worker): one by default, THREADS=4 where a
        # busy disk makes commits wait and memory allows.
        parser.add_argument("--threads", type=int, default=int(os.environ.get("THREADS", "1")))
        parser.add_argument("--no-migrate", action="store_true")
        parser.add_argument("--no-worker", action="store_true",
                            help="no background worker here (run `wagenmenner worker` elsewhere)")

    def handle(self, *args, host, port, workers, threads, no_migrate, no_worker, **options):
        if not no_migrate:
            migrate_if_needed()
        from wagenmenner.wsgi import application, warm_up  # the whole app, before forking

        self.stdout.write(f"Wagenmenner: http://{host}:{port}/  (data: {settings.DATA_DIR})")
        self.stdout.flush()
        gunicorn = Gunicorn(application, {
            "bind": f"{host}:{port}", "workers": workers, "threads": threads,
            "worker_class": "gthread", "accesslog": "-",
            "graceful_timeout": 10, "preload_app": True,
            # gunicorn's control socket sits in $HOME, one for all servers of the user:
            # two app servers on one host would share it. Not used here.
            "control_socket_disable": True,
            "post_fork": lambda server, worker: warm_up(),
            # After a request that took long, the worker returns the memory it freed.
            "post_request": memory.request_finished,
            # No personal data in logs: only method, path without query, status.
            "access_log_format": '%(t)s "%(m)s %(U)s" %(s)s %(L)ss'})
        worker = None if no_worker else [sys.executable, "-m", "wagenmenner.cli", "worker"]
        sys.exit(supervise(gunicorn.run, worker))


def spawn(run: Callable[[], object] | list[str], after: float = 0) -> int:
    """A child process that, ``after`` seconds, runs ``run`` (in the loaded app) or executes
    the argv ``run`` (a program of its own, nothing of Django's state carried over)."""
    connections.close_all()  # never share a database connection across a fork
    pid = os.fork()
    if pid == 0:
        code = 127
        try:
            # Its own process group: Ctrl-C in a terminal reaches only `serve`, which
            # passes one TERM on, instead of every process getting INT and then TERM.
            os.setpgid(0, 0)
            die_with_parent()
            time.sleep(after)
            if callable(run):
                for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP):
                    signal.signal(signum, signal.SIG_DFL)  # the supervisor's are not ours
                run()
                code = 0
            else:
                os.execv(run[0], run)  # noqa: S606 - fixed argv, no shell
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(code)
    return pid


def supervise(web: Callable[[], object], worker: list[str] | None) -> int:
    """Run the web server and the worker side by side until the web server ends.

    TERM, INT and QUIT stop both; HUP restarts gunicorn's workers and the job worker. The
    job worker is restarted whenever it ends while the server runs, since reminders must
    not silently stop.
    """
    children = {"web": spawn(web)}
    if worker:
        children["worker"] = spawn(worker, after=WORKER_START_SECONDS)
    stopping = False

    def forward(signum, frame):
        nonlocal stopping
        stopping = stopping or signum != signal.SIGHUP
        for name, pid in children.items():
            # HUP restarts gunicorn's workers; the job worker has no reload, so it is
            # stopped and started again by the loop below.
            sent = signal.SIGTERM if signum == signal.SIGINT else signum
            if signum == signal.SIGHUP and name == "worker":
                sent = signal.SIGTERM
            try:
                os.kill(pid, sent)
            except ProcessLookupError:
                pass

    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGQUIT, signal.SIGHUP):
        signal.signal(signum, forward)
    web_status = 1
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        name = next((n for n, p in children.items() if p == pid), None)
        if name is None:
            continue
        del children[name]
        code = os.waitstatus_to_exitcode(status)
        if name == "web":
            web_status = code
            if "worker" in children:  # the site is down: the worker goes too
                stopping = True
                os.kill(children["worker"], signal.SIGTERM)
        elif not stopping:
            sys.stderr.write(f"wagenmenner: the background worker ended ({code}); "
                             f"restarting it in {WORKER_RESTART_SECONDS} s\n")
            time.sleep(WORKER_RESTART_SECONDS)
            if not stopping:
                children["worker"] = spawn(worker)
    return 0 if web_status in (0, -signal.SIGTERM) else web_status
