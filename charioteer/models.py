from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, router, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from charioteer.matching import RuleCondition
from wagenmenner.crypto import EncryptedTextField

LEVEL_VALIDATORS = [MinValueValidator(0), MaxValueValidator(10)]
RULE_SENTENCE = _("If %(if)s, then %(then)s.")
ERROR_LEVELS_CROSSED = _("The highest level cannot be lower than the level the rule starts at.")


class Domain(models.TextChoices):
    RELATIONSHIP = "relationship", _("relationship")
    CHILDREN = "children", _("children")
    FAMILY = "family", _("family")
    WORK = "work", _("work")
    HEALTH = "health", _("health")
    SELF = "self", pgettext_lazy("life domain", "myself")


class HorseKind(models.TextChoices):
    DRIVE = "drive", _("Drive")
    ALARM = "alarm", _("Alarm")


class Horse(models.Model):
    """One of the two forces that pull; the person may rename it."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="horses")
    kind = models.CharField(max_length=16, choices=HorseKind.choices)
    name = EncryptedTextField(_("name"), blank=True, max_length=60)
    body_signals = EncryptedTextField(_("signals in my body"), blank=True, max_length=2000)
    behaviour_signals = EncryptedTextField(_("signals in what I do"), blank=True,
                                           max_length=2000)

    class Meta:
        ordering = ["kind"]
        constraints = [models.UniqueConstraint(fields=["owner", "kind"], name="one_horse_per_kind")]

    def __str__(self):
        return self.name or self.get_kind_display()


class Goal(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="goals")
    domain = models.CharField(_("life domain"), max_length=16, choices=Domain.choices)
    title = EncryptedTextField(_("what I want in the long run"), max_length=300)
    asks_of_me = EncryptedTextField(_("what that asks of me"), blank=True, max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["domain", "created_at"]

    def __str__(self):
        return self.title


class Echo(models.Model):
    """An echo from the past. The defaults carry a key (and a translated label);
    the person may add their own, which carry a label of their own."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="echoes")
    key = models.CharField(max_length=32, blank=True)
    label = EncryptedTextField(_("echo"), blank=True, max_length=120)

    class Meta:
        ordering = ["id"]

    def __str__(self):
        from charioteer.suggestions import ECHO_LABELS

        if self.key in ECHO_LABELS:
            return str(ECHO_LABELS[self.key])
        return self.label


class Relation(models.TextChoices):
    PARTNER = "partner", _("partner")
    CHILD = "child", _("child")
    PARENT = "parent", _("parent")
    FAMILY = "family", _("family member")
    FRIEND = "friend", _("friend")
    COLLEAGUE = "colleague", _("colleague")
    OTHER = "other", _("someone else")


class LifeRuleQuerySet(models.QuerySet):
    def delete(self):
        with transaction.atomic(using=self.db, savepoint=False):
            _ride_records(self.model, self.db).filter(rule__in=self).delete()
            return super().delete()


def _ride_records(model, using: str):
    """The records of rules chosen in rides (``rides.RideRule``). A rule's delete takes
    them along by cascade, which counts nothing out of the insights' stored weeks: deleted
    first through their own queryset (``insights.tallied``), they leave those weeks, so
    no reader ever meets the keeping of a rule that no longer exists."""
    return model._meta.get_field("ride_rules").related_model.objects.using(using)


class LifeRule(models.Model):
    """An if–then rule. The structured *if* (horse, level, person, echo) sits beside the
    wording so the ride can match rules exactly instead of guessing from text."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="rules")
    goal = models.ForeignKey(Goal, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="rules", verbose_name=_("goal"))
    if_text = EncryptedTextField(_("if"), max_length=500)
    then_text = EncryptedTextField(_("then"), max_length=500)
    horse = models.ForeignKey(Horse, on_delete=models.SET_NULL, null=True, blank=True,
                              verbose_name=_("when this horse pulls"))
    min_level = models.PositiveSmallIntegerField(
        _("from level"), null=True, blank=True, validators=LEVEL_VALIDATORS)
    # The highest level the rule is meant for ("when my alarm is below 5, I talk it out").
    max_level = models.PositiveSmallIntegerField(
        _("up to level"), null=True, blank=True, validators=LEVEL_VALIDATORS)
    # A rule whose action is to stay in the situation is for calmer moments: from alarm 7
    # on the ride and the reins never propose it (charioteer.matching).
    stays_in_situation = models.BooleanField(_("the action is to stay in the situation"),
                                             default=False)
    relation = models.CharField(_("with this kind of person"), max_length=16, blank=True,
                                choices=Relation.choices)
    person = models.ForeignKey("people.Person", on_delete=models.SET_NULL, null=True,
                               blank=True, verbose_name=_("with this person"))
    echo = models.ForeignKey(Echo, on_delete=models.SET_NULL, null=True, blank=True,
                             verbose_name=_("when this echo sounds"))
    template_key = models.CharField(max_length=40, blank=True)
    active = models.BooleanField(_("active"), default=True)
    # Agreed with the people on these links: shared with them as the kind "agreements".
    agreed_with = models.ManyToManyField("sharing.Link", blank=True, related_name="agreed_rules",
                                         verbose_name=_("agreed with"))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = LifeRuleQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.sentence()

    def delete(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            _ride_records(type(self), using).filter(rule_id=self.pk).delete()
            return super().delete(*args, **kwargs)

    def sentence(self) -> str:
        """The rule as one sentence, as the person wrote its two halves: the Dutch *then*
        starts with the verb ("neem ik geen besluiten"), so "als …, dan …" reads right."""
        return RULE_SENTENCE % {"if": self.if_text, "then": self.then_text}

    def clean(self):
        if (self.min_level is not None and self.max_level is not None
                and self.max_level < self.min_level):
            raise ValidationError({"max_level": ERROR_LEVELS_CROSSED})

    def condition(self) -> RuleCondition:
        return RuleCondition(rule_id=self.pk, horse_id=self.horse_id, min_level=self.min_level,
                             relation=self.relation, person_id=self.person_id,
                             echo_id=self.echo_id, max_level=self.max_level,
                             stays=self.stays_in_situation)


class Side(models.Model):
    """A side of myself: part of the repertoire to deploy, or to keep in the stable."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="sides")
    name = EncryptedTextField(_("name"), max_length=80)
    good_for = EncryptedTextField(_("what it is good for"), blank=True, max_length=1000)
    when_to_deploy = EncryptedTextField(_("when and towards whom I deploy it"), blank=True,
                                        max_length=1000)
    when_harmful = EncryptedTextField(_("when it does harm"), blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.name
