from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from charioteer.models import LEVEL_VALIDATORS
from wagenmenner.crypto import EncryptedTextField

TEXT_MAX_LENGTH = 2000


class Phase(models.TextChoices):
    GREEN = "green", _("green")
    YELLOW = "yellow", _("yellow")
    ORANGE = "orange", _("orange")
    RED = "red", _("red")


class WarningPlan(models.Model):
    """A person's warning plan (signaleringsplan, METHOD 4.6): one per person, with a
    ``WarningPhase`` per phase. Like the safety plan it is never scanned for crisis
    language: its red phase describes a crisis on purpose (docs/safety/hazard-log.md,
    HAZ-02)."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="warning_plan")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # "Not right now": the suggestion stays away until something newer suggests a phase.
    dismissed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("warning plan")

    def __str__(self):
        return str(_("Warning plan"))


class WarningPhase(models.Model):
    plan = models.ForeignKey(WarningPlan, on_delete=models.CASCADE, related_name="phases")
    phase = models.CharField(max_length=8, choices=Phase.choices)
    my_signals = EncryptedTextField(_("my signals"), blank=True, max_length=TEXT_MAX_LENGTH)
    others_notice = EncryptedTextField(_("what others notice"), blank=True,
                                       max_length=TEXT_MAX_LENGTH)
    i_do = EncryptedTextField(_("what I do"), blank=True, max_length=TEXT_MAX_LENGTH)
    others_may_do = EncryptedTextField(_("what others may do"), blank=True,
                                       max_length=TEXT_MAX_LENGTH)
    alarm_from = models.PositiveSmallIntegerField(_("from alarm level"), null=True, blank=True,
                                                  validators=LEVEL_VALIDATORS)

    TEXTS = ("my_signals", "others_notice", "i_do", "others_may_do")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["plan", "phase"],
                                               name="one_row_per_phase")]

    def __str__(self):
        return self.get_phase_display()
