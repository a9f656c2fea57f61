import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wagenmenner.settings")
application = get_wsgi_application()
# Everything loaded so far (Django, the apps, the URLconf) lives as long as the process:
# moving it out of the collector's sight makes the full collections that large requests
# (years of insights) trigger cheap.
gc.freeze()
