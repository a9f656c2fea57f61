from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from charioteer.models import LEVEL_VALIDATORS, Relation
from insights.tallied import DayTallied, DayTalliedQuerySet
from wagenmenner.crypto import EncryptedTextField
from wagenmenner.validators import validate_in_calendar


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


class Escalation(DayTallied):
    """An escalation logged afterwards (METHOD 4.5), to learn where the plan broke down.
    Every write of escalations keeps the insights' stored weeks (``insights.models.RideWeek``)
    in step, in its own transaction (``insights.tallied``)."""

    TALLY_MOMENT = "happened_at"
    TALLIED = frozenset({"owner", "owner_id", "happened_at"})

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

    objects = DayTalliedQuerySet.as_manager()

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

WEIGHT_VALIDATORS = [MinValueValidator(1), MaxValueValidator(3)]
PERCENT_VALIDATORS = [MinValueValidator(0), MaxValueValidator(100)]


class ReciprocityEntry(models.Model):
    """One line of the reciprocity ledger (METHOD 4.5): what passed between the owner and
    one person, and how much it weighed."""

    class Direction(models.TextChoices):
        GAVE = "gave", _("I gave")
        RECEIVED = "received", _("I received")
        ASKED = "asked", _("was asked of me")
        REFUSED = "refused", _("I refused")

    class Weight(models.IntegerChoices):
        SMALL = 1, _("small")
        MEDIUM = 2, _("medium")
        LARGE = 3, _("large")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="reciprocity_entries")
    person = models.ForeignKey(Person, on_delete=models.CASCADE,
                               related_name="reciprocity_entries", verbose_name=_("with whom"))
    direction = models.CharField(_("what kind"), max_length=8, choices=Direction.choices)
    what = EncryptedTextField(_("what"), max_length=1000)
    weight = models.PositiveSmallIntegerField(_("how much it weighed"), choices=Weight.choices,
                                              default=Weight.SMALL,
                                              validators=WEIGHT_VALIDATORS)
    happened_at = models.DateTimeField(_("when"), default=timezone.now,
                                       validators=[validate_in_calendar])
    # Set when the entry was made from a ride's look-back, so saving the look-back again
    # changes this entry instead of adding a second one.
    ride = models.ForeignKey("rides.Ride", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="reciprocity_entries")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    FREE_TEXT = ("what",)

    class Meta:
        ordering = ["-happened_at", "-id"]
        verbose_name_plural = "reciprocity entries"
        indexes = [models.Index(fields=["owner", "happened_at"]),
                   models.Index(fields=["person", "happened_at"])]

    def __str__(self):
        when = formats.date_format(timezone.localtime(self.happened_at), "SHORT_DATE_FORMAT")
        return f"{self.get_direction_display()} · {when}"


class TrustExperiment(models.Model):
    """Trust as a reasoned risk (METHOD 2.6, 4.5): entrust something to someone on
    purpose, write down beforehand what you expect and how strongly you believe it, and
    afterwards what happened and what you believe now."""

    class Feared(models.TextChoices):
        YES = "yes", _("yes")
        NO = "no", _("no")
        PARTLY = "partly", _("partly")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="trust_experiments")
    person = models.ForeignKey(Person, on_delete=models.CASCADE,
                               related_name="trust_experiments", verbose_name=_("with whom"))
    what = EncryptedTextField(_("what I entrust"), max_length=1000)
    expectation = EncryptedTextField(_("what I expect to happen"), max_length=1000)
    belief_before = models.PositiveSmallIntegerField(_("how strongly I believe it (0–100 %)"),
                                                     validators=PERCENT_VALIDATORS)
    planned_for = models.DateField(_("when"), validators=[validate_in_calendar])
    outcome = EncryptedTextField(_("what happened"), blank=True, max_length=2000)
    feared_happened = models.CharField(_("did what I feared happen?"), max_length=8,
                                       choices=Feared.choices, null=True, blank=True)
    belief_after = models.PositiveSmallIntegerField(_("how strongly I believe it now (0–100 %)"),
                                                    null=True, blank=True,
                                                    validators=PERCENT_VALIDATORS)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    FREE_TEXT = ("what", "expectation", "outcome")

    class Meta:
        ordering = ["-planned_for", "-id"]
        indexes = [models.Index(fields=["owner", "planned_for"])]

    def __str__(self):
        return f"{_('Trust experiment')} {formats.date_format(self.planned_for, 'SHORT_DATE_FORMAT')}"

    @property
    def has_outcome(self) -> bool:
        return self.feared_happened is not None
