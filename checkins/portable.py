"""Check-ins, their schedule, pursuits and their ratings in the export
(wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from checkins.exports import CHECKIN_COLUMNS, checkin_rows
from checkins.models import SCALES, CheckIn, Pursuit, PursuitRating, Schedule
from wagenmenner.portability import Kind, register

register(Kind("checkins", _("check-ins"), CheckIn,
              ("recorded_at", "created_at", *SCALES, "substance", "substance_amount",
               "conflict", "note"), order=60,
              readable_csv=(CHECKIN_COLUMNS, checkin_rows)))
register(Kind("schedule", _("when you want to be asked to check in"), Schedule,
              ("mode", "fixed_times", "window_start", "window_end", "per_day", "updated_at"),
              order=61, tabular=False))
register(Kind("pursuits", _("pursuits you follow for intensity"), Pursuit,
              ("name", "kind", "created_at", "archived"), order=62))
register(Kind("pursuit_ratings", _("the intensity ratings of your pursuits"), PursuitRating,
              ("pursuit_id", "rated_at", "intensity"), order=63, owner_path="pursuit__owner",
              refs={"pursuit_id": "pursuits"}))
