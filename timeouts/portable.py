"""The time-out agreement and the time-outs in the export (wagenmenner/portability.py).
Who started or ended a time-out is an account of this installation (it may be the
partner's), so it stays behind; the moments and the look-back go along."""

from django.utils.translation import gettext_lazy as _

from timeouts.models import TimeOut, TimeoutProtocol
from wagenmenner.portability import Kind, register

register(Kind("timeout_protocol", _("your time-out agreement"), TimeoutProtocol,
              ("person_id", "signal_word", "minutes", "where", "return_below", "updated_at"),
              order=66, refs={"person_id": "people"}, tabular=False))
register(Kind("timeouts", _("your time-outs and their look-backs"), TimeOut,
              ("started_at", "minutes", "ends_at", "ended_at", "returned_at", "ride_id",
               "lookback"), order=67, refs={"ride_id": "rides"}))
