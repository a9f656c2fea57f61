"""The partner's private log in its writer's own export (wagenmenner/portability.py)."""

from django.utils.translation import gettext_lazy as _

from partner.models import PrivateNote
from wagenmenner.portability import Kind, register

register(Kind("partner_log", _("your private log as a partner"), PrivateNote,
              ("topic", "text", "happened_at", "created_at", "updated_at"), order=95))
