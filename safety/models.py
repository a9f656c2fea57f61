from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safety.plan import PART_MAX_LENGTH, PARTS
from wagenmenner.crypto import EncryptedTextField


def _part(field: str):
    part = next(p for p in PARTS if p.field == field)
    return EncryptedTextField(part.title, blank=True, max_length=PART_MAX_LENGTH)


class _Parts(models.Model):
    """The seven parts, the same for the plan and its earlier versions."""

    warning_signs = _part("warning_signs")
    coping = _part("coping")
    distractions = _part("distractions")
    help_contacts = _part("help_contacts")
    professionals = _part("professionals")
    safe_environment = _part("safe_environment")
    reasons_to_live = _part("reasons_to_live")

    class Meta:
        abstract = True

    def parts(self):
        """(part, text) in plan order, for templates."""
        return [(part, getattr(self, part.field)) for part in PARTS]

    def texts(self) -> dict[str, str]:
        return {part.field: getattr(self, part.field) or "" for part in PARTS}

    @property
    def filled(self) -> int:
        return sum(1 for text in self.texts().values() if text.strip())

    @property
    def is_empty(self) -> bool:
        return self.filled == 0


class SafetyPlan(_Parts):
    """A person's own safety plan (Stanley & Brown), one per person; the parts are in
    ``safety.plan.PARTS``. It is never scanned for crisis language: a safety plan is
    where a person writes about crisis on purpose (docs/safety/hazard-log.md, HAZ-02)."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="safety_plan")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("safety plan")

    def __str__(self):
        return str(_("Safety plan"))


class SafetyPlanVersion(_Parts):
    """An earlier version of the person's safety plan, kept whenever the plan is replaced.

    A plan that took weeks to make with a therapist must never be lost to one wrong tap, a
    client that sends an empty plan, or a deletion regretted a day later. Encrypted like
    the plan. After a deletion the versions stay for 30 days, so it can be undone, and then
    go for good (``expires_at``; ``wagenmenner purge-safety-plan-history``).
    """

    class Reason(models.TextChoices):
        EDITED = "edited", _("changed")
        RESTORED = "restored", _("an earlier version was put back")
        DELETED = "deleted", _("deleted")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="safety_plan_versions")
    # When this version was written, and when and why it stopped being the plan.
    saved_at = models.DateTimeField()
    replaced_at = models.DateTimeField(default=timezone.now)
    reason = models.CharField(max_length=16, choices=Reason.choices)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-replaced_at", "-id"]
        indexes = [models.Index(fields=["owner", "-replaced_at"])]
        verbose_name = _("earlier version of the safety plan")

    def __str__(self):
        return str(_("Safety plan of %(date)s") % {
            "date": timezone.localtime(self.saved_at).strftime("%Y-%m-%d %H:%M")})


class CrisisTextSeen(models.Model):
    """When a free text of this person last spoke of crisis: the warning plan counts the
    24 hours after it as red (METHOD 4.6). Only the moment is kept, never which text or
    what it said; it goes with the account."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="crisis_text_seen")
    at = models.DateTimeField()

    def __str__(self):
        return f"crisis text seen {self.at:%Y-%m-%d %H:%M}"

