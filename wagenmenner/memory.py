"""A worker gives back the memory that a large request freed (glibc's ``malloc_trim``).

Python hands large blocks (a numpy array, a long list, a big string) to the C library's
malloc, which keeps freed space to reuse instead of returning it to the system. After the
insights of ten years (some 5 MB of arrays for the trend, freed again when the page is
written) or the crisis detector's start (its model read from JSON, then packed), a worker
otherwise keeps that space for good, though most requests never need it again. Trimming
costs about 0.2 ms, so it is done only after work that took long enough to have made such
blocks: ordinary pages (under 10 ms of CPU) are never trimmed.

Where the C library has no ``malloc_trim`` (musl, macOS) nothing is done.
"""

import ctypes
import threading
import time

# Requests that used this much CPU or more are followed by a trim.
TRIM_AFTER_CPU_SECONDS = 0.030

# Per thread: its CPU time when it last finished a request. A thread that serves requests
# does nothing else between them, so the difference is the request's CPU (one clock read
# per request, about 2 µs, instead of two).
_served = threading.local()


def _malloc_trim():
    try:
        return ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError):
        return None


_TRIM = _malloc_trim()


def give_back() -> None:
    """Return every whole free page of the C heap to the system."""
    if _TRIM is not None:
        _TRIM(0)


def request_finished(worker, request, environ, response) -> None:
    """gunicorn's ``post_request``: after a request that took long, give back its memory."""
    now = time.thread_time()
    if now - getattr(_served, "cpu", 0.0) >= TRIM_AFTER_CPU_SECONDS:
        give_back()
        now = time.thread_time()
    _served.cpu = now
