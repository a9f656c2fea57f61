import gc
import os
import threading

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.template.loader import get_template
from django.urls import get_resolver
from django.utils import translation

from wagenmenner.cli import GC_THRESHOLD
from wagenmenner.memory import give_back
from wagenmenner.paths import path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
application = get_wsgi_application()
# Import every view and build the API now, not at the first request: otherwise the first
# tap after a start (maybe on the crisis button) waits most of a second.
_patterns = get_resolver().url_patterns
# The same for what each worker would otherwise build at its first page (about 35 ms,
# which made the crisis page's first answer in a worker 55 ms instead of 8): the table of
# URL names with the paths of those without arguments (wagenmenner/paths.py), both
# languages' catalogues, and the templates of every page's frame and of the crisis page.
# Built here, before `serve` forks the workers, once for all of them.
path("home")
for _code, _name in settings.LANGUAGES:
    with translation.override(_code):
        pass
for _template in ("base.html", "safety/card.html", "safety/violence_card.html",
                  "safety/includes/not_configured.html", "safety/crisis.html",
                  "safety/includes/lines.html", "safety/includes/plan_parts.html"):
    get_template(_template)

# Everything loaded so far (Django, the apps, the URLconf) lives as long as the process:
# moving it out of the collector's sight makes the full collections that large requests
# (years of insights) trigger cheap. `serve` loads it with fewer collections (cli.py):
# Python's own thresholds again from here.
gc.freeze()
gc.set_threshold(*GC_THRESHOLD)


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
        # Reading the model leaves freed blocks in this thread's own part of the C heap,
        # which the request threads never reuse: return them.
        give_back()

    timer = threading.Timer(WARM_UP_AFTER, load)
    timer.daemon = True
    timer.start()
