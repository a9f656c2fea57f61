import gc
import os
import threading

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
application = get_wsgi_application()
# Import every view and build the API now, not at the first request: otherwise the first
# tap after a start (maybe on the crisis button) waits most of a second.
_patterns = get_resolver().url_patterns

# Everything loaded so far (Django, the apps, the URLconf) lives as long as the process:
# moving it out of the collector's sight makes the full collections that large requests
# (years of insights) trigger cheap.
gc.freeze()


# Long enough for a fresh worker to answer the first requests, on a busy machine too.
WARM_UP_AFTER = 3.0


def warm_up() -> None:
    """In a worker that has just started (``serve`` calls this after the fork): load the
    crisis detector once the first requests are answered, so that the first note saved
    after a start does not wait for it, nor the server's first answer (it takes about a
    third of the start). A note saved sooner loads it on the spot, as it always could."""

    def load():
        from safety.alerts import texts_speak_of_crisis

        texts_speak_of_crisis("-")  # compiles the rules (and whatever else it loads)

    timer = threading.Timer(WARM_UP_AFTER, load)
    timer.daemon = True
    timer.start()
