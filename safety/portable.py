"""The safety plan in the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from safety.models import SafetyPlan
from safety.plan import PARTS
from wagenmenner.portability import Kind, register

register(Kind("safety_plan", _("your safety plan"), SafetyPlan,
              (*(part.field for part in PARTS), "created_at", "updated_at"), order=70,
              tabular=False))
