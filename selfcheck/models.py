from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagenmenner.crypto import EncryptedTextField

REMARKS_MAX_LENGTH = 2000


class SelfCheckResultQuerySet(models.QuerySet):
    def before(self, result):
        """Earlier results of the same version (items may differ between versions)."""
        return self.filter(version=result.version).filter(
            models.Q(taken_at__lt=result.taken_at)
            | models.Q(taken_at=result.taken_at, pk__lt=result.pk))


class SelfCheckResult(models.Model):
    """One filled-in self-check: the answers as given and the scores as computed then.

    Scores are stored, not recomputed, so a result keeps saying what the person saw;
    ``version`` (selfcheck.items.VERSION) keeps results of different item sets apart.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="selfcheck_results")
    taken_at = models.DateTimeField(default=timezone.now)
    version = models.PositiveSmallIntegerField()
    answers = models.JSONField(default=dict)
    scores = models.JSONField(default=dict)
    remarks = EncryptedTextField(_("remarks"), blank=True, max_length=REMARKS_MAX_LENGTH)

    objects = SelfCheckResultQuerySet.as_manager()

    class Meta:
        ordering = ["-taken_at", "-id"]
        indexes = [models.Index(fields=["owner", "-taken_at"])]
        verbose_name = _("self-check result")

    def __str__(self):
        return str(_("Self-check of %(date)s") % {
            "date": timezone.localtime(self.taken_at).strftime("%Y-%m-%d %H:%M")})
