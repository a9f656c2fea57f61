import io
import signal

from django.core.management import call_command

SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)


def run_queued_jobs() -> None:
    """Run every queued job once, as `wagenmenner worker` does, then give the test process
    its own signal handlers back (the worker installs its own)."""
    saved = {s: signal.getsignal(s) for s in SIGNALS}
    try:
        call_command("worker", batch=True, startup_delay=False, stdout=io.StringIO())
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)
