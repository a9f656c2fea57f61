import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
application = get_wsgi_application()
# Import every view and build the API now, not at the first request: otherwise the first
# tap after a start (maybe on the crisis button) waits most of a second.
_patterns = get_resolver().url_patterns
# The crisis detector compiles its rule table (about 0.4 s) on first use: do it now, so that
# the first note saved after a start is not the one that waits.
import safety.detector  # noqa: E402, F401

# Everything loaded so far (Django, the apps, the URLconf) lives as long as the process:
# moving it out of the collector's sight makes the full collections that large requests
# (years of insights) trigger cheap.
gc.freeze()
