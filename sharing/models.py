"""Sharing with consent (METHOD 3, 4.10, 4.11): invitations, links, consent per kind, and
the access log after NEN 7513.

A link runs from the person who shares (``owner``) to the one who reads (``reader``) in a
role. What the reader may see is the set of kinds with an open ``Consent`` row; every
change of consent is a new row or a closed one, never an edit, so the history is the
table itself.
"""

import hashlib

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField


class Role(models.TextChoices):
    PARTNER = "partner", _("partner")
    CLOSE = "close", _("another close one")
    THERAPIST = "therapist", _("therapist")


def code_hash(code: str) -> str:
    """Codes are random and long enough that a plain SHA-256 is safe to store; only the
    hash is kept, so a leaked database leaks no usable invitation."""
    return hashlib.sha256(code.encode()).hexdigest()


class Invitation(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="invitations_made")
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    code_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    link = models.OneToOneField("Link", on_delete=models.SET_NULL, null=True, blank=True,
                                related_name="invitation")

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.get_role_display()} ({self.created_at:%Y-%m-%d})"

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.used_at is None and self.withdrawn_at is None and self.expires_at > now


class LinkQuerySet(models.QuerySet):
    def active(self):
        return self.filter(ended_at__isnull=True, reader__isnull=False)

    def of(self, user):
        """Links in either direction."""
        return self.filter(Q(owner=user) | Q(reader=user))


class Link(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="links_out")
    # The reader's account may go; the person's history of what they shared stays, with
    # the name the reader had (and the link ends: see sharing.signals).
    reader = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                               null=True, related_name="links_in")
    reader_name = EncryptedTextField(blank=True, max_length=80)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices)
    created_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                 null=True, blank=True, related_name="+")

    objects = LinkQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["reader", "ended_at"])]

    def __str__(self):
        return f"{self.get_role_display()} {self.pk}"

    @property
    def is_active(self) -> bool:
        return self.ended_at is None and self.reader_id is not None


class Consent(models.Model):
    """One kind shared on one link from ``granted_at`` until ``revoked_at`` (open: now)."""

    link = models.ForeignKey(Link, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(max_length=32)
    granted_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-granted_at", "-id"]
        constraints = [models.UniqueConstraint(
            fields=["link", "kind"], condition=Q(revoked_at__isnull=True),
            name="one_open_consent_per_kind")]
        indexes = [models.Index(fields=["link", "kind", "revoked_at"])]

    def __str__(self):
        return f"{self.kind} on link {self.link_id}"


class AppendOnly(models.QuerySet):
    def update(self, **kwargs):
        # The one change allowed is Django's own SET_NULL when a reader's account is
        # deleted (deletion.Collector updates through the queryset); ``actor_ref`` and
        # ``actor_name`` keep who it was.
        if kwargs != {"actor": None}:
            raise PermissionError("The access log is append-only.")
        return super().update(**kwargs)

    def delete(self):
        raise PermissionError("The access log is append-only.")


class AccessEntry(models.Model):
    """One look at (or print, export, change of) someone else's data, after NEN 7513:
    when, who in which role, whose data, which kind, which action, on what grounds, from
    where, and the outcome.

    Append-only: the app has no path that changes or deletes an entry (the queryset and
    the model refuse). The reader's account may be deleted: ``actor`` becomes empty and
    ``actor_ref`` and ``actor_name`` keep who it was. The entries go only with the
    account of the person whose data was read, as everything of theirs does.
    """

    class Action(models.TextChoices):
        READ = "read", _("read")
        PRINT = "print", _("print")
        EXPORT = "export", _("export")
        CREATE = "create", _("create")
        UPDATE = "update", _("update")
        DELETE = "delete", _("delete")

    class Outcome(models.TextChoices):
        GRANTED = "granted", _("allowed")
        DENIED = "denied", _("refused")

    at = models.DateTimeField(default=timezone.now)
    subject = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="access_entries")
    actor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                              null=True, related_name="+")
    actor_ref = models.BigIntegerField()
    actor_name = EncryptedTextField(blank=True, max_length=80)
    actor_role = models.CharField(max_length=16)
    kind = models.CharField(max_length=32)
    action = models.CharField(max_length=8, choices=Action.choices)
    grounds = models.CharField(max_length=200)
    address = models.GenericIPAddressField(null=True, blank=True)
    outcome = models.CharField(max_length=8, choices=Outcome.choices)

    objects = AppendOnly.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["subject", "at"])]
        verbose_name_plural = "access entries"

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_role} {self.action} {self.kind}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The access log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The access log is append-only.")


class InvitationAttempt(models.Model):
    """A wrong invitation code, kept a short while to throttle guessing per address and
    per account (see sharing.services.ATTEMPT_LIMIT)."""

    at = models.DateTimeField(default=timezone.now, db_index=True)
    address = models.GenericIPAddressField(null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, null=True,
                             related_name="+")

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.address}"
