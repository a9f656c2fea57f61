"""Why a phase is suggested, in the person's language (pages and API alike)."""

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from warningplan.phases import Suggestion


def _when(suggestion: Suggestion) -> str:
    return formats.time_format(timezone.localtime(suggestion.checkin.at), "H:i")


def because(suggestion: Suggestion) -> str:
    reason = suggestion.reason
    if reason == "crisis_text":
        return _("Something you wrote in the last 24 hours spoke of crisis. Your warning plan "
                 "counts that as red.")
    if reason == "no_checkin":
        return _("No check-in in the last 12 hours, so no phase is suggested.")
    if reason == "dark_thoughts":
        return _("Your check-in of %(time)s had dark thoughts at %(level)s; from 7 your "
                 "warning plan counts that as red.") % {
            "time": _when(suggestion), "level": suggestion.checkin.dark_thoughts}
    if reason == "no_phase":
        return _("Your check-in of %(time)s had alarm %(alarm)s: below the level of every "
                 "phase of your plan.") % {"time": _when(suggestion),
                                           "alarm": suggestion.checkin.alarm}
    return _("Your check-in of %(time)s had alarm %(alarm)s; your warning plan suggests this "
             "phase from alarm %(level)s.") % {"time": _when(suggestion),
                                               "alarm": suggestion.checkin.alarm,
                                               "level": suggestion.level}
