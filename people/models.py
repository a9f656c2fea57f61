from django.conf import settings
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from charioteer.models import LEVEL_VALIDATORS, Relation
from wagenmenner.crypto import EncryptedTextField


class Person(models.Model):
    """Someone who matters to the owner. The name is encrypted: it is personal data of two."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="people")
    name = EncryptedTextField(_("name"), max_length=80)
    relation = models.CharField(_("relation"), max_length=16, choices=Relation.choices)
    goal = models.ForeignKey("charioteer.Goal", on_delete=models.SET_NULL, null=True,
                             blank=True, related_name="people", verbose_name=_("goal"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name


class Escalation(models.Model):
    """An escalation logged afterwards (METHOD 4.5), to learn where the plan broke down."""

    class Step(models.TextChoices):
        STOP = "stop", _("stop")
        RECOGNISE = "recognise", _("recognise")
        ACKNOWLEDGE = "acknowledge", _("acknowledge")
        GOAL = "goal", _("goal")
        RULE = "rule", _("rule and deployment")
        ACT = "act", _("act")
        NONE = "none", _("I don't know")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="escalations")
    happened_at = models.DateTimeField(_("when"))
    person = models.ForeignKey(Person, on_delete=models.SET_NULL, null=True, blank=True,
                               related_name="escalations", verbose_name=_("with whom"))
    ride = models.ForeignKey("rides.Ride", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="escalations", verbose_name=_("ride"))
    trigger = EncryptedTextField(_("what set it off"), blank=True, max_length=2000)
    highest_alarm = models.PositiveSmallIntegerField(
        _("highest alarm (0–10)"), null=True, blank=True,
        validators=LEVEL_VALIDATORS)
    verbal = models.BooleanField(_("words: shouting, threats, insults"), default=False)
    things = models.BooleanField(_("objects: throwing, breaking"), default=False)
    physical = models.BooleanField(_("physical: pushing, hitting"), default=False)
    what_happened = EncryptedTextField(_("what was said or done"), blank=True, max_length=5000)
    harm = EncryptedTextField(_("harm"), blank=True, max_length=2000)
    repair = EncryptedTextField(_("repair"), blank=True, max_length=2000)
    missed_step = models.CharField(_("which step of the plan was missed"), max_length=16,
                                   choices=Step.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-happened_at", "-id"]
        indexes = [models.Index(fields=["owner", "happened_at"])]

    def __str__(self):
        when = formats.date_format(timezone.localtime(self.happened_at), "SHORT_DATETIME_FORMAT")
        return f"{_('Escalation')} {when}"

    @property
    def turned_violent(self) -> bool:
        """Objects or someone's body were involved: the save shows where to get help."""
        return self.things or self.physical
