"""The safety plan and its earlier versions in the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from safety.models import SafetyPlan, SafetyPlanVersion
from safety.plan import PARTS
from wagenmenner.portability import Kind, register

register(Kind("safety_plan", _("your safety plan"), SafetyPlan,
              (*(part.field for part in PARTS), "created_at", "updated_at"), order=70,
              tabular=False))
register(Kind("safety_plan_versions", _("earlier versions of your safety plan"), SafetyPlanVersion,
              (*(part.field for part in PARTS), "saved_at", "replaced_at", "reason",
               "expires_at"), order=71, tabular=False))
