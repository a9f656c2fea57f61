from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from charioteer.models import LEVEL_VALIDATORS
from wagenmenner.crypto import EncryptedTextField

SCALES = ("alarm", "energy", "drive", "enjoyment", "boredom", "urge")


def _level(label):
    return models.PositiveSmallIntegerField(label, validators=LEVEL_VALIDATORS)


class CheckIn(models.Model):
    """One moment of experience sampling (METHOD 4.3)."""

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

    class Meta:
        ordering = ["-recorded_at", "-id"]
        indexes = [models.Index(fields=["owner", "recorded_at"])]


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


class PursuitRating(models.Model):
    pursuit = models.ForeignKey(Pursuit, on_delete=models.CASCADE, related_name="ratings")
    rated_at = models.DateTimeField(default=timezone.now)
    intensity = _level(_("intensity"))

    class Meta:
        ordering = ["rated_at", "id"]
        indexes = [models.Index(fields=["pursuit", "rated_at"])]
