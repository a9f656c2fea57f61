"""The charioteer's kinds in the export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from charioteer.models import Echo, Goal, Horse, LifeRule, Side
from wagenmenner.portability import Kind, register

register(Kind("horses", _("your two horses, their names and signals"), Horse,
              ("kind", "name", "body_signals", "behaviour_signals"), order=10,
              match_on="kind"))
register(Kind("echoes", _("echoes from the past"), Echo, ("key", "label"), order=11,
              match_on="key"))
register(Kind("goals", _("goals"), Goal,
              ("domain", "title", "asks_of_me", "created_at", "updated_at"), order=12))
register(Kind("rules", _("life rules"), LifeRule,
              ("goal_id", "if_text", "then_text", "horse_id", "min_level", "relation",
               "person_id", "echo_id", "template_key", "active", "created_at"), order=30,
              refs={"goal_id": "goals", "horse_id": "horses", "person_id": "people",
                    "echo_id": "echoes"}))
register(Kind("sides", _("sides of yourself"), Side,
              ("name", "good_for", "when_to_deploy", "when_harmful", "created_at"), order=31))
