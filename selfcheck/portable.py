"""Self-check results in the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from selfcheck.models import SelfCheckResult
from wagenmenner.portability import Kind, register

register(Kind("selfchecks", _("your self-checks: answers and scores"), SelfCheckResult,
              ("taken_at", "version", "answers", "scores", "remarks"), order=80,
              tabular=False))
