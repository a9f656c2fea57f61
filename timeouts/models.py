from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from charioteer.models import LEVEL_VALIDATORS
from wagenmenner.crypto import EncryptedTextField

DEFAULT_MINUTES = 30
MIN_MINUTES = 20  # shorter, and the body has not calmed down yet
MAX_MINUTES = 240
DEFAULT_RETURN_BELOW = 5


class TimeoutProtocol(models.Model):
    """The time-out agreed with one person (METHOD 4.6): a signal word, how long, where I
    go, and the return rule: we talk again only when both of us are below an alarm level."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="timeout_protocol")
    person = models.ForeignKey("people.Person", on_delete=models.SET_NULL, null=True,
                               blank=True, related_name="+", verbose_name=_("agreed with"))
    signal_word = EncryptedTextField(_("signal word"), blank=True, max_length=80)
    minutes = models.PositiveSmallIntegerField(
        _("how long (minutes)"), default=DEFAULT_MINUTES,
        validators=[MinValueValidator(MIN_MINUTES), MaxValueValidator(MAX_MINUTES)])
    where = EncryptedTextField(_("where I go"), blank=True, max_length=500)
    return_below = models.PositiveSmallIntegerField(
        _("we talk again only when both of us are below alarm"), default=DEFAULT_RETURN_BELOW,
        validators=LEVEL_VALIDATORS)
    updated_at = models.DateTimeField(auto_now=True)

    FREE_TEXT = ("signal_word", "where")

    def __str__(self):
        return str(_("Time-out agreement"))


class TimeOut(models.Model):
    """One time-out. ``owner`` is the person whose time-out it is; ``started_by`` whoever
    pressed start: the owner, or (once sharing exists) the one it was agreed with. The
    server's clock is the truth: a time-out is over at ``ends_at`` whether or not anyone
    looks, and ``ended_at`` is filled in when it is ended early or closed afterwards."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="timeouts")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                   null=True, blank=True, related_name="+")
    started_at = models.DateTimeField(default=timezone.now)
    minutes = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(MAX_MINUTES)])
    ends_at = models.DateTimeField()
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                 null=True, blank=True, related_name="+")
    returned_at = models.DateTimeField(null=True, blank=True)
    returned_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                    null=True, blank=True, related_name="+")
    ride = models.ForeignKey("rides.Ride", on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="timeouts")
    lookback = EncryptedTextField(_("how did it go?"), blank=True, max_length=2000)

    FREE_TEXT = ("lookback",)

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["owner", "started_at"])]
        # At most one open time-out per person, also when two starts race.
        constraints = [models.UniqueConstraint(fields=["owner"], condition=Q(ended_at__isnull=True),
                                               name="one_open_timeout_per_person")]

    def __str__(self):
        when = formats.date_format(timezone.localtime(self.started_at), "SHORT_DATETIME_FORMAT")
        return f"{_('Time-out')} {when}"

    def is_running(self, now) -> bool:
        return self.ended_at is None and now < self.ends_at

    def end_moment(self, now):
        """When it ended, or None while it runs."""
        if self.ended_at is not None:
            return self.ended_at
        return self.ends_at if now >= self.ends_at else None

    def seconds_left(self, now) -> int:
        return max(0, int((self.ends_at - now).total_seconds())) if self.is_running(now) else 0

    def clock(self, now) -> str:
        """Time left as m:ss, the way the countdown shows it."""
        left = self.seconds_left(now)
        return f"{left // 60}:{left % 60:02d}"
