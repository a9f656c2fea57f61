"""Validated questionnaires from the clinic (METHOD 4.8, issue 10): a clinician uploads a
FHIR R4 Questionnaire, assigns it to a client (a link in the role therapist), and the
client answers it. The answers are the client's own data: encrypted, in their export, gone
with their account, seen by the clinician only while the client shares ``selfchecks``."""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField


class ClinicQuestionnaire(models.Model):
    """A questionnaire as the clinic made it (checked by questionnaires.definition). It is
    the clinician's, not a client's: no personal data in it."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="+")
    title = models.CharField(_("title"), max_length=200)
    resource = models.JSONField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["title", "id"]
        indexes = [models.Index(fields=["author", "title"])]

    def __str__(self):
        return self.title


class Assignment(models.Model):
    """A questionnaire given to a client to fill in once."""

    link = models.ForeignKey("sharing.Link", on_delete=models.CASCADE,
                             related_name="questionnaire_assignments")
    questionnaire = models.ForeignKey(ClinicQuestionnaire, on_delete=models.CASCADE,
                                      related_name="assignments")
    assigned_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-assigned_at", "-id"]

    def __str__(self):
        return f"assignment {self.pk}"


class QuestionnaireAnswers(models.Model):
    """A client's answers. The questionnaire is copied in, so the answers stay readable
    when the clinician deletes it or leaves; ``key`` makes a resent form count once."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="+")
    assignment = models.OneToOneField(Assignment, on_delete=models.SET_NULL, null=True,
                                      blank=True, related_name="answers")
    questionnaire_title = models.CharField(max_length=200)
    questionnaire = models.JSONField()
    answers = EncryptedTextField(_("answers"))  # JSON: {linkId: answer}
    authored_at = models.DateTimeField(default=timezone.now)
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        ordering = ["-authored_at", "-id"]
        indexes = [models.Index(fields=["owner", "-authored_at"])]

    def __str__(self):
        return f"answers {self.pk}"
