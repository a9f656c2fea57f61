"""Rides, with the echoes and rules chosen in them, in the export
(wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from checkins.exports import RIDE_COLUMNS, ride_rows
from rides.models import Ride, RideRule
from wagenmenner.portability import Kind, register

register(Kind("rides", _("rides (the step plan) and the reins, with their look-backs"), Ride,
              ("mode", "started_at", "updated_at", "reached_step", "timeout_minutes",
               "situation", "person_id", "horse_id", "level", "reactions", "signals",
               "good_faith", "goal_id", "other_needs", "side_deployed_id", "side_stabled_id",
               "action", "action_when", "committed_at", "lookback_due_at", "lookback_text",
               "escalated", "other_did", "feeling", "go_on", "rule_change",
               "lookback_done_at"), order=40,
              refs={"person_id": "people", "horse_id": "horses", "goal_id": "goals",
                    "side_deployed_id": "sides", "side_stabled_id": "sides"},
              readable_csv=(RIDE_COLUMNS, ride_rows)))
register(Kind("ride_echoes", _("which echoes sounded in which ride"), Ride.echoes.through,
              ("ride_id", "echo_id"), order=41, owner_path="ride__owner",
              refs={"ride_id": "rides", "echo_id": "echoes"}))
register(Kind("ride_rules", _("which life rules you chose in which ride, and whether you kept them"),
              RideRule, ("ride_id", "rule_id", "kept"), order=42, owner_path="ride__owner",
              refs={"ride_id": "rides", "rule_id": "rules"}))
