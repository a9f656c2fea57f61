from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from charioteer.models import Relation
from wagenmenner.crypto import EncryptedTextField


class Person(models.Model):
    """Someone who matters to the owner. The name is encrypted: it is personal data of two."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                              related_name="people")
    name = EncryptedTextField(_("name"), max_length=80)
    relation = models.CharField(_("relation"), max_length=16, choices=Relation.choices)
    goal = models.ForeignKey("charioteer.Goal", on_delete=models.SET_NULL, null=True,
                             blank=True, related_name="people", verbose_name=_("goal"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name
