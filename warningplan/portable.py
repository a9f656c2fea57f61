"""The warning plan in the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from wagenmenner.portability import Kind, register
from warningplan.models import WarningPhase, WarningPlan

register(Kind("warning_plan", _("your warning plan"), WarningPlan,
              ("created_at", "updated_at", "dismissed_at"), order=64, tabular=False))
register(Kind("warning_phases", _("the phases of your warning plan"), WarningPhase,
              ("plan_id", *WarningPhase.TEXTS, "phase", "alarm_from"), order=65,
              owner_path="plan__owner", refs={"plan_id": "warning_plan"}, tabular=False))
