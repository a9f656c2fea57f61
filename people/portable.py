"""People and escalations in the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from checkins.exports import ESCALATION_COLUMNS, escalation_rows
from people.models import Escalation, Person
from wagenmenner.portability import Kind, register

register(Kind("people", _("the people who matter to you (as you wrote them down)"), Person,
              ("name", "relation", "goal_id", "created_at"), order=20,
              refs={"goal_id": "goals"}))
register(Kind("escalations", _("escalations"), Escalation,
              ("happened_at", "person_id", "ride_id", "trigger", "highest_alarm", "verbal",
               "things", "physical", "what_happened", "harm", "repair", "missed_step",
               "created_at"), order=50,
              refs={"person_id": "people", "ride_id": "rides"},
              readable_csv=(ESCALATION_COLUMNS, escalation_rows)))
