from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from charioteer.models import LEVEL_VALIDATORS
from insights.tallied import DayTallied, DayTalliedQuerySet, RideRow, RideRowQuerySet
from wagenmenner.crypto import EncryptedTextField

STEPS = (1, 2, 3, 4, 5, 6, 7)
ERROR_SAME_SIDE = _("One side cannot be deployed and kept in the stable at once. Choose "
                    "another side for one of the two.")
LOOKBACK_STEP = 7


class Reaction(models.TextChoices):
    FIGHT = "fight", _("fight")
    FLIGHT = "flight", _("flight")
    FREEZE = "freeze", _("freeze")
    DRIVE = "drive", _("drive")
    BOREDOM = "boredom", _("boredom")


class RideQuerySet(DayTalliedQuerySet):
    def open_lookbacks(self):
        """Rides committed to an action whose look-back is still to do."""
        return self.filter(committed_at__isnull=False, lookback_done_at__isnull=True)

    def unfinished(self):
        return self.filter(committed_at__isnull=True)


class Ride(DayTallied):
    """One use of the step plan. Every answer is saved as it is given, so a ride is
    never lost: it can be resumed at ``reached_step`` at any later moment.

    Every write of rides that moves one to another local date or answers whether it
    escalated brings the insights' stored weeks (``insights.models.RideWeek``) up to date in
    its own transaction (``insights.tallied``)."""

    TALLY_MOMENT = "started_at"
    TALLIED = frozenset({"owner", "owner_id", "started_at", "escalated"})

    class Mode(models.TextChoices):
        FULL = "full", _("full ride")
        QUICK = "quick", _("reins")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="rides")
    mode = models.CharField(max_length=8, choices=Mode.choices, default=Mode.FULL)
    started_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    reached_step = models.PositiveSmallIntegerField(default=1)
    # 1. Stop
    timeout_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    # 2. Recognise
    situation = EncryptedTextField(_("what happened"), blank=True, max_length=5000)
    person = models.ForeignKey("people.Person", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="rides", verbose_name=_("with whom"))
    horse = models.ForeignKey("charioteer.Horse", on_delete=models.SET_NULL, null=True,
                              blank=True, related_name="rides",
                              verbose_name=_("which horse pulls"))
    level = models.PositiveSmallIntegerField(_("how hard (0–10)"), null=True, blank=True,
                                             validators=LEVEL_VALIDATORS)
    reactions = models.JSONField(default=list, blank=True)
    signals = EncryptedTextField(_("signals I notice"), blank=True, max_length=2000)
    # 3. Acknowledge
    echoes = models.ManyToManyField("charioteer.Echo", blank=True, related_name="rides")
    good_faith = models.BooleanField(default=False)
    # 4. Goal
    goal = models.ForeignKey("charioteer.Goal", on_delete=models.SET_NULL, null=True,
                             blank=True, related_name="rides")
    other_needs = EncryptedTextField(_("what the other needs"), blank=True, max_length=2000)
    # 5. Rule and deployment
    rules = models.ManyToManyField("charioteer.LifeRule", through="RideRule", blank=True,
                                   related_name="rides")
    side_deployed = models.ForeignKey("charioteer.Side", on_delete=models.SET_NULL,
                                      null=True, blank=True, related_name="+")
    side_stabled = models.ForeignKey("charioteer.Side", on_delete=models.SET_NULL,
                                     null=True, blank=True, related_name="+")
    # 6. Act
    action = EncryptedTextField(_("what I will do"), blank=True, max_length=1000)
    action_when = EncryptedTextField(_("when"), blank=True, max_length=200)
    committed_at = models.DateTimeField(null=True, blank=True)
    lookback_due_at = models.DateTimeField(null=True, blank=True)
    # Set when the look-back reminder is claimed, so it goes out once (checkins/push.py).
    lookback_reminded_at = models.DateTimeField(null=True, blank=True)
    # 7. Look back
    lookback_text = EncryptedTextField(_("what happened afterwards"), blank=True,
                                       max_length=5000)
    escalated = models.BooleanField(null=True, blank=True)
    other_did = EncryptedTextField(_("what the other did"), blank=True, max_length=2000)
    feeling = EncryptedTextField(_("now the feeling"), blank=True, max_length=2000)
    go_on = models.BooleanField(null=True, blank=True)
    rule_change = EncryptedTextField(_("what I change in my rules"), blank=True,
                                     max_length=2000)
    lookback_done_at = models.DateTimeField(null=True, blank=True)

    objects = RideQuerySet.as_manager()

    # The person's own words in a ride: what the crisis check reads after a save.
    FREE_TEXT = ("situation", "signals", "other_needs", "action", "action_when",
                 "lookback_text", "other_did", "feeling", "rule_change")

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["owner", "-started_at"]),
                   # The look-back reminder job reads only the open look-backs of everyone.
                   models.Index(fields=["lookback_due_at"], name="ride_open_lookback_due",
                                condition=models.Q(lookback_done_at__isnull=True)),
                   # Home's cards: a person's open look-backs and unfinished rides, found
                   # without reading the years of finished rides around them.
                   models.Index(fields=["owner", "lookback_due_at"], name="ride_owner_lookback_open",
                                condition=models.Q(committed_at__isnull=False,
                                                   lookback_done_at__isnull=True)),
                   models.Index(fields=["owner", "-started_at"], name="ride_owner_unfinished",
                                condition=models.Q(committed_at__isnull=True))]

    def __str__(self):
        return f"{self.get_mode_display()} {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_committed(self):
        return self.committed_at is not None

    @property
    def is_done(self):
        return self.lookback_done_at is not None

    def clean(self):
        if self.side_deployed_id and self.side_deployed_id == self.side_stabled_id:
            raise ValidationError({"side_stabled": ERROR_SAME_SIDE})

    def resume_step(self) -> int:
        if self.is_committed:
            return LOOKBACK_STEP
        return min(self.reached_step, 6)


class RideRule(RideRow):
    """A life rule chosen in a ride; the look-back says whether it was kept. Every write
    of them brings the insights' stored week of their ride (``insights.models.RideWeek``)
    up to date in its own transaction (``insights.tallied``)."""

    objects = RideRowQuerySet.as_manager()

    ride = models.ForeignKey(Ride, on_delete=models.CASCADE, related_name="ride_rules")
    rule = models.ForeignKey("charioteer.LifeRule", on_delete=models.CASCADE,
                             related_name="ride_rules")
    kept = models.BooleanField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["ride", "rule"], name="rule_once_per_ride")]

    def __str__(self):
        return f"{self.ride_id}: {self.rule_id}"
