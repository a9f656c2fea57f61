"""People, escalations, the reciprocity ledger and trust experiments in the export
(wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from checkins.exports import ESCALATION_COLUMNS, escalation_rows
from people.models import Escalation, Person, ReciprocityEntry, TrustExperiment
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
register(Kind("reciprocity", _("your reciprocity ledger"), ReciprocityEntry,
              ("person_id", "direction", "what", "weight", "happened_at", "ride_id",
               "created_at", "updated_at"), order=51,
              refs={"person_id": "people", "ride_id": "rides"}))
register(Kind("trust_experiments", _("your trust experiments"), TrustExperiment,
              ("person_id", "what", "expectation", "belief_before", "planned_for", "outcome",
               "feared_happened", "belief_after", "created_at", "updated_at"), order=52,
              refs={"person_id": "people"}))
