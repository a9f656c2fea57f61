from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safety.plan import PART_MAX_LENGTH, PARTS
from wagenmenner.crypto import EncryptedTextField


def _part(field: str):
    part = next(p for p in PARTS if p.field == field)
    return EncryptedTextField(part.title, blank=True, max_length=PART_MAX_LENGTH)


class SafetyPlan(models.Model):
    """A person's own safety plan (Stanley & Brown), one per person; the parts are in
    ``safety.plan.PARTS``. It is never scanned for crisis language: a safety plan is
    where a person writes about crisis on purpose (docs/safety/hazard-log.md, HAZ-02)."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="safety_plan")
    warning_signs = _part("warning_signs")
    coping = _part("coping")
    distractions = _part("distractions")
    help_contacts = _part("help_contacts")
    professionals = _part("professionals")
    safe_environment = _part("safe_environment")
    reasons_to_live = _part("reasons_to_live")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("safety plan")

    def __str__(self):
        return str(_("Safety plan"))

    def parts(self):
        """(part, text) in plan order, for templates."""
        return [(part, getattr(self, part.field)) for part in PARTS]

    @property
    def is_empty(self) -> bool:
        return not any((getattr(self, part.field) or "").strip() for part in PARTS)


class CrisisTextSeen(models.Model):
    """When a free text of this person last spoke of crisis: the warning plan counts the
    24 hours after it as red (METHOD 4.6). Only the moment is kept, never which text or
    what it said; it goes with the account."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="crisis_text_seen")
    at = models.DateTimeField()

    def __str__(self):
        return f"crisis text seen {self.at:%Y-%m-%d %H:%M}"
