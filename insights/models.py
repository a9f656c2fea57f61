from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField


class WeeklyReview(models.Model):
    """One reasoned adjustment made at a weekly review (METHOD 4.4).

    The object itself (rule, goal, side) is changed in place; ``before`` and ``after``
    keep its wording at that moment, so the review still reads right when the object
    is edited again or deleted later (``object_id`` is then a dangling number, on purpose:
    the review is history, not a link)."""

    class Kind(models.TextChoices):
        RULE = "rule", _("a life rule")
        NEW_RULE = "new_rule", _("a new life rule")
        GOAL = "goal", _("a goal")
        SIDE = "side", _("a side of myself")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="weekly_reviews")
    week = models.CharField(_("week"), max_length=8)  # ISO week label, e.g. 2026-W10
    kind = models.CharField(_("what I adjust"), max_length=16, choices=Kind.choices)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    reason = EncryptedTextField(_("why this adjustment"), max_length=2000)
    before = EncryptedTextField(_("before"), blank=True, max_length=3000)
    after = EncryptedTextField(_("after"), blank=True, max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["owner", "week"])]

    def __str__(self):
        return f"{self.week}: {self.get_kind_display()}"


class CheckInWeek(models.Model):
    """A person's check-ins of one local ISO week, day by day, as the figures of METHOD 4.4
    combine from them: per level the seven packed ``insights.days.LEVEL_DAY`` records of
    Monday to Sunday, NULL when none of the week's check-ins has that level. Seven days to a
    row, so that ten years are 522 rows to read.

    Derived, never edited: every write of check-ins brings the weeks it touches up to date
    in the same transaction (``checkins.models``), and a change of time zone rebuilds them
    all (``accounts.services``). So it can always be rebuilt from the check-ins."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="+")
    monday = models.DateField()  # the local date the week begins, in the person's time zone
    alarm = models.BinaryField(null=True)
    energy = models.BinaryField(null=True)
    drive = models.BinaryField(null=True)
    # The optional dark-thoughts row (issue 11 point 10), NULL for a person who never
    # answered it: the person's own insights read it, no shared view does.
    dark_thoughts = models.BinaryField(null=True)
    # The moment of the week's latest check-in: a new check-in after it is the latest of
    # its day, and is added to the day in place (insights.services.checkin_week_add).
    # NULL (unknown) makes the next check-in recompute the week.
    latest = models.DateTimeField(null=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "monday"],
                                               name="one_checkin_week_per_owner_and_monday")]

    def __str__(self):
        return f"check-ins of the week of {self.monday}"


class PursuitFlip(models.Model):
    """One drive → boredom flip of a pursuit (METHOD 4.4), as ``insights.flips`` finds it
    in the pursuit's ratings: the insights page reads the flips of its period here instead
    of every rating of every pursuit since the beginning.

    Derived, never edited: every write of ratings recomputes the flips of their pursuits
    in the same transaction (``checkins.models.PursuitRating``); deleting a pursuit takes
    its flips along. Moments are instants, so a change of time zone changes nothing here."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="+")
    pursuit = models.ForeignKey("checkins.Pursuit", on_delete=models.CASCADE,
                                related_name="+")
    position = models.PositiveIntegerField()  # the flip's place among the pursuit's flips
    start = models.DateTimeField()
    peak_end = models.DateTimeField()
    drop = models.DateTimeField()
    drive_days = models.FloatField()

    class Meta:
        indexes = [models.Index(fields=["owner", "drop"])]

    def __str__(self):
        return f"flip {self.position} of pursuit {self.pursuit_id}"


class RideWeek(models.Model):
    """A person's rides and escalations of one local ISO week, day by day, as the figures
    of METHOD 4.4 sum them (``insights.tallies``): ``days`` packs, Monday first, each
    day's counts of ``tallies.TALLY_KEYS`` (``tallies.WEEK_SHAPE``), and ``rules`` the
    keeping of each rule chosen in the week's rides, per day (``tallies.RULE_DAY``). Seven
    days to a row, as ``CheckInWeek``: ten years are 522 rows to read instead of 2,000
    dates and 1,800 chosen rules. A week without rides or escalations has no row.

    Derived, never edited: every write of rides, escalations and chosen rules brings the
    weeks it touches up to date in the same transaction (``insights.tallied``, mixed into
    ``rides.Ride``, ``rides.RideRule`` and ``people.Escalation``), and a change of time
    zone rebuilds them all (``accounts.services``). So it can always be rebuilt from the
    rows. A life rule deleted counts its records out first (``charioteer.models``), so a
    week never holds the keeping of a rule that no longer exists."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="+")
    monday = models.DateField()  # the local date the week begins, in the person's time zone
    days = models.BinaryField()
    rules = models.BinaryField(default=b"")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "monday"],
                                               name="one_ride_week_per_owner_and_monday")]

    def __str__(self):
        return f"rides and escalations of the week of {self.monday}"
