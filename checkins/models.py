from datetime import time

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, router, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from charioteer.models import LEVEL_VALIDATORS
from checkins.schedule import MAX_PER_DAY, Plan
from insights.tallied import DayTallied, DayTalliedQuerySet, TalliedQuerySet
from wagenmenner.crypto import EncryptedTextField

SCALES = ("alarm", "energy", "drive", "enjoyment", "boredom", "urge")


def _level(label):
    return models.PositiveSmallIntegerField(label, validators=LEVEL_VALIDATORS)


# What places a check-in on a person's local day, and what the stored days hold (some
# of the levels, and the optional dark-thoughts row).
DAY_FIELDS = frozenset({"owner", "owner_id", "recorded_at", *SCALES, "dark_thoughts"})


class CheckIn(DayTallied):
    """One moment of experience sampling (METHOD 4.3).

    Every write of check-ins, one by one or in bulk, brings the stored days the insights
    read (``insights.models.CheckInWeek``) up to date in its own transaction; only deleting
    the whole account leaves them to cascade (``insights.tallied``)."""

    TALLY_MOMENT = "recorded_at"
    TALLIED = DAY_FIELDS

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="checkins")
    # When it was experienced, as given by the client (aware; may be in the past for imports
    # and offline check-ins), and when the server stored it.
    recorded_at = models.DateTimeField(default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    alarm = _level(_("alarm"))
    energy = _level(_("energy"))
    drive = _level(_("drive"))
    enjoyment = _level(_("enjoyment"))
    boredom = _level(_("boredom"))
    urge = _level(_("urge"))
    substance = EncryptedTextField(_("substance use: what"), blank=True, max_length=200)
    substance_amount = EncryptedTextField(_("how much"), blank=True, max_length=200)
    conflict = models.BooleanField(_("conflict"), default=False)
    note = EncryptedTextField(_("note"), blank=True, max_length=5000)
    # Thoughts of death or of not wanting to live, 0–10; asked only when the person turned
    # the question on (Schedule.ask_dark_thoughts). Nobody watches it; at DARK_THOUGHTS_CARD
    # or more the answer brings up the crisis card (safety.alerts).
    dark_thoughts = models.PositiveSmallIntegerField(
        _("thoughts of death or of not wanting to live"), null=True, blank=True,
        validators=LEVEL_VALIDATORS)

    objects = DayTalliedQuerySet.as_manager()

    class Meta:
        ordering = ["-recorded_at", "-id"]
        indexes = [models.Index(fields=["owner", "recorded_at"])]

    def __str__(self):
        return f"check-in {self.recorded_at:%Y-%m-%d %H:%M}"

    @staticmethod
    def tallies_refresh(*, owner_id: int, moments: list, using: str) -> None:
        from insights.services import checkin_weeks_refresh  # insights builds on check-ins

        checkin_weeks_refresh(owner_id=owner_id, moments=moments, using=using)

    def tally_added(self, using: str, insert=None) -> None:
        from insights.services import checkin_week_add  # insights builds on check-ins

        checkin_week_add(checkin=self, using=using, insert=insert)


class Pursuit(models.Model):
    """A project, person or hobby followed for intensity, to see drive flip into boredom."""

    class Kind(models.TextChoices):
        PROJECT = "project", _("project")
        PERSON = "person", _("person")
        HOBBY = "hobby", _("hobby")
        SUBSTANCE = "substance", _("substance")
        OTHER = "other", _("other")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="pursuits")
    name = EncryptedTextField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.PROJECT)
    created_at = models.DateTimeField(default=timezone.now)
    archived = models.BooleanField(default=False)

    class Meta:
        ordering = ["archived", "-created_at"]

    def __str__(self):
        return self.name


def _flips_changed(using: str, pursuit_ids) -> None:
    """Bring the stored flips of insights (``insights.models.PursuitFlip``) of these
    pursuits up to date, in the caller's transaction."""
    from insights.services import pursuit_flips_refresh  # insights builds on check-ins

    pursuit_flips_refresh(pursuit_ids=pursuit_ids, using=using)


class PursuitRatingQuerySet(TalliedQuerySet):
    """Writes in bulk keep the stored flips of insights in step too (see ``PursuitRating``):
    a rating counts in its pursuit's flips."""

    def _key_names(self) -> tuple[str, ...]:
        return ("pursuit_id",)

    def _key_of(self, row):
        return row.pursuit_id

    def _changed(self, keys: list) -> None:
        _flips_changed(self.db, keys)


class PursuitRating(models.Model):
    """One rating of a pursuit's intensity. Every write of ratings, one by one or in bulk,
    brings the stored flips the insights read (``insights.models.PursuitFlip``) up to date
    in its own transaction; deleting the pursuit or the account takes them along."""

    pursuit = models.ForeignKey(Pursuit, on_delete=models.CASCADE, related_name="ratings")
    rated_at = models.DateTimeField(default=timezone.now)
    intensity = _level(_("intensity"))

    objects = PursuitRatingQuerySet.as_manager()

    class Meta:
        ordering = ["rated_at", "id"]
        indexes = [models.Index(fields=["pursuit", "rated_at"])]

    def __str__(self):
        return f"{self.intensity} at {self.rated_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            before = None
            if self.pk is not None and not self._state.adding:
                before = (type(self).objects.using(using).filter(pk=self.pk)
                          .values_list("pursuit_id", flat=True).first())
            super().save(*args, **kwargs)
            _flips_changed(using, [self.pursuit_id] + ([before] if before else []))

    def delete(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        with transaction.atomic(using=using, savepoint=False):
            result = super().delete(*args, **kwargs)
            _flips_changed(using, [self.pursuit_id])
        return result


class Schedule(models.Model):
    """When the person wants to be asked for a check-in (METHOD 4.3), in their time zone.

    The moments themselves are not stored: checkins.schedule computes them from this plan,
    the date and the user id, so every page, reminder and reload agrees.
    """

    class Mode(models.TextChoices):
        OFF = "off", _("no scheduled moments")
        FIXED = "fixed", _("at fixed times")
        RANDOM = "random", _("at random moments within a window")

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="checkin_schedule")
    mode = models.CharField(_("when"), max_length=8, choices=Mode.choices, default=Mode.OFF)
    # Wall-clock times as "HH:MM" strings, sorted.
    fixed_times = models.JSONField(_("fixed times"), default=list, blank=True)
    window_start = models.TimeField(_("from"), default=time(9, 0))
    window_end = models.TimeField(_("until"), default=time(21, 0))
    ask_dark_thoughts = models.BooleanField(
        _("Also ask about thoughts of death or of not wanting to live"), default=False)
    per_day = models.PositiveSmallIntegerField(
        _("moments per day"), default=3,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_PER_DAY)])
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"check-in schedule ({self.mode})"

    def plan(self) -> Plan:
        seed = str(self.owner_id)
        if self.mode == self.Mode.FIXED:
            return Plan(fixed_times=tuple(time.fromisoformat(t) for t in self.fixed_times),
                        seed=seed)
        if self.mode == self.Mode.RANDOM:
            return Plan(window_start=self.window_start, window_end=self.window_end,
                        per_day=self.per_day, seed=seed)
        return Plan(seed=seed)


class IdempotencyKey(models.Model):
    """What a replay of a write sent with an Idempotency-Key needs: no more.

    The phone's offline queue sends two kinds of writes: check-ins and rides taken with
    the reins. The row is inserted in the same transaction as the check-in or ride it
    guards; the unique constraint makes a second, simultaneous request with the same key
    fail on insert, after which it reads this row and replays it (checkins.idempotency).
    The answer is rebuilt from the check-in or ride itself, so no copy of the person's
    words lies here in clear, and the row goes when what it guards goes.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="idempotency_keys")
    key = models.CharField(max_length=255)
    # SHA-256 of the request's fields in canonical form: a repeat must say the same thing.
    request_hash = models.CharField(max_length=64)
    status = models.PositiveSmallIntegerField()
    # Exactly one of the two is set.
    checkin = models.ForeignKey(CheckIn, on_delete=models.CASCADE, related_name="+",
                                null=True, blank=True)
    ride = models.ForeignKey("rides.Ride", on_delete=models.CASCADE, related_name="+",
                             null=True, blank=True)
    # The one part of the first answer the check-in does not hold.
    crisis_detected = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["owner", "key"],
                                    name="idempotency_key_once_per_owner"),
            models.CheckConstraint(
                condition=(models.Q(checkin__isnull=False, ride__isnull=True)
                           | models.Q(checkin__isnull=True, ride__isnull=False)),
                name="idempotency_key_guards_one_write"),
        ]

    def __str__(self):
        return f"idempotency key of {self.created_at:%Y-%m-%d %H:%M}"


class PushSubscription(models.Model):
    """A browser on a phone that may receive check-in reminders (Web Push)."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="push_subscriptions")
    # The push service's address for this browser; one browser belongs to one account,
    # the one that subscribed last.
    endpoint = models.URLField(max_length=2000, unique=True)
    p256dh = models.CharField(max_length=200)
    auth = models.CharField(max_length=100)
    created_at = models.DateTimeField(default=timezone.now)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"push subscription {self.pk}"

    def as_subscription_info(self) -> dict:
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}


class ReminderSent(models.Model):
    """One reminder per scheduled moment: inserted before sending, so two runs of
    send_reminders at the same time cannot both send it."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="+")
    moment = models.DateTimeField()
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "moment"],
                                               name="one_reminder_per_moment")]

    def __str__(self):
        return f"reminder for {self.moment:%Y-%m-%d %H:%M}"
