"""A benchmark's own Django, in a throwaway data folder removed when the benchmark ends:
inside WAGENMENNER_DATA when that is set, so a run never reuses, or leaves behind,
another run's database (DATABASE_URL still chooses PostgreSQL)."""

import atexit
import os
import shutil
import tempfile


def django_in_throwaway_data(name: str) -> None:
    """Call before importing anything of the app: sets up Django on a fresh data folder."""
    parent = os.environ.get("WAGENMENNER_DATA")
    if parent:
        os.makedirs(parent, exist_ok=True)
    os.environ["WAGENMENNER_DATA"] = tempfile.mkdtemp(prefix=f"wm-{name}-bench-", dir=parent)
    atexit.register(shutil.rmtree, os.environ["WAGENMENNER_DATA"], ignore_errors=True)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")

    import django

    django.setup()
