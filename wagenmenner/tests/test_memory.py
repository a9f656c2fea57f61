"""A worker trims the C heap after a request that took long, never after an ordinary one,
and starts without the libraries that only rare routes use."""

import os
import subprocess
import sys

from django.conf import settings

from wagenmenner import memory


def _serve(monkeypatch, cpu_seconds: float) -> list[int]:
    """A request that used ``cpu_seconds`` of its thread's time since the one before."""
    trims, clock = [], iter([10.0 + cpu_seconds, 10.0 + cpu_seconds])
    monkeypatch.setattr(memory._served, "cpu", 10.0, raising=False)
    monkeypatch.setattr(memory, "_TRIM", trims.append)
    monkeypatch.setattr(memory.time, "thread_time", lambda: next(clock))
    memory.request_finished(None, None, {}, None)
    return trims


def test_a_long_request_gives_its_memory_back(monkeypatch):
    assert _serve(monkeypatch, memory.TRIM_AFTER_CPU_SECONDS + 0.01) == [0]


def test_an_ordinary_page_is_not_followed_by_a_trim(monkeypatch):
    assert _serve(monkeypatch, 0.008) == []


def test_without_malloc_trim_nothing_is_done(monkeypatch):
    monkeypatch.setattr(memory, "_TRIM", None)
    memory.give_back()


def test_the_trim_is_there_on_glibc():
    # These servers run Debian: if the name were wrong, nothing would ever be trimmed.
    assert memory._TRIM is not None


# Libraries only rare routes use, each several MB in every worker if imported before the
# fork (RSS added by importing each, on top of what the app loads, measured 2026-12-07):
# the therapist's PDF report (WeasyPrint, 35 MB), push messages (pywebpush, 25 MB), the
# FHIR export (fhir.resources, 16 MB), the sharing QR code (segno, 8 MB), the articles'
# Markdown and its cleaning (2 and 1.4 MB). Each is imported where its route needs it.
RARE_ROUTES_ONLY = ("weasyprint", "pywebpush", "fhir", "segno", "markdown", "nh3")


def test_a_worker_starts_without_the_libraries_of_rare_routes(tmp_path):
    """What `serve` loads before forking its workers (wagenmenner.wsgi) leaves them out:
    in a process of its own, since the suite's imports would hide them."""
    script = ("import sys, wagenmenner.wsgi; "
              "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))")
    env = {**os.environ, "WAGENMENNER_DATA": str(tmp_path),
           "DJANGO_SETTINGS_MODULE": "wagenmenner.settings"}
    loaded = subprocess.run([sys.executable, "-c", script], env=env, cwd=settings.BASE_DIR,
                            capture_output=True, text=True, check=True).stdout.split()
    assert "django" in loaded and "ninja" in loaded  # the app was loaded
    assert [name for name in RARE_ROUTES_ONLY if name in loaded] == []
