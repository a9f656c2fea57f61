"""Reads for safety that other apps use."""

from datetime import datetime

from safety.models import CrisisTextSeen
from wagenmenner.access import owned


def crisis_text_at(user) -> datetime | None:
    """When a free text of the person last spoke of crisis, if ever."""
    return owned(CrisisTextSeen, user).values_list("at", flat=True).first()
