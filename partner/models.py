"""The partner's own space (METHOD 4.10): a private log, and their own safety first."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField


class PrivateNote(models.Model):
    """An entry of the partner's private log. It belongs to its writer alone: it is never
    shown to the person they are linked with, to a therapist, or in anyone else's export;
    it is reached only through ``wagenmenner.access.owned``."""

    class Topic(models.TextChoices):
        HAPPENED = "happened", _("what happened to me")
        BOUNDARY = "boundary", _("my boundaries")
        HELPS = "helps", _("what helps me")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="private_notes")
    topic = models.CharField(_("about"), max_length=16, choices=Topic.choices,
                             default=Topic.HAPPENED)
    text = EncryptedTextField(_("what I write down"), max_length=5000)
    happened_at = models.DateTimeField(_("when"), default=timezone.now)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-happened_at", "-id"]
        indexes = [models.Index(fields=["owner", "happened_at"])]

    def __str__(self):
        return self.get_topic_display()


class SafetyQuestionAsked(models.Model):
    """That the safety question of the first visit was shown. The answer is never
    stored: someone who is not safe at home must not leave a trace that says so."""

    owner = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                 related_name="+")
    at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"{self.owner_id} {self.at:%Y-%m-%d}"
