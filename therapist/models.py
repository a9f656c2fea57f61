"""The therapist's space (METHOD 4.11, issue 10): who is a care professional, the session
dates they record per client, and their own notes. A client is a link in the role
``therapist`` (sharing.models.Link); what the clinician may see of them is the consent on
that link, decided in wagenmenner.access."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField

NOTE_MAX_LENGTH = 5000


class Clinician(models.Model):
    """A care professional's account. The registration (e.g. a BIG number) is shown to
    the people who invite them, so they can check it in the public register."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="clinician")
    registration = EncryptedTextField(_("professional registration (e.g. BIG number)"),
                                      blank=True, max_length=40)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"clinician {self.user_id}"


class SessionDate(models.Model):
    """A treatment session with a client, as the clinician records it: "since the last
    session" starts here."""

    link = models.ForeignKey("sharing.Link", on_delete=models.CASCADE, related_name="sessions")
    date = models.DateField(_("date of the session"))
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["link", "date"],
                                               name="one_session_per_link_and_date")]

    def __str__(self):
        return f"session {self.date} (link {self.link_id})"


class ClinicianNote(models.Model):
    """The clinician's own note about a client: theirs alone, never the client's data,
    never shared, gone with the link's client or with the clinician's account."""

    link = models.ForeignKey("sharing.Link", on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                               related_name="+")
    text = EncryptedTextField(_("note"), max_length=NOTE_MAX_LENGTH)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["link", "author"])]

    def __str__(self):
        return f"note {self.pk}"
