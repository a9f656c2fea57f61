"""When a reader's account is deleted, their links end first, so the person who shared
keeps an honest history (the consent rows close with a date) instead of rows that point
at nobody and still look open."""

from django.conf import settings
from django.db.models.signals import pre_delete
from django.dispatch import receiver


@receiver(pre_delete, sender=settings.AUTH_USER_MODEL)
def end_links_of_deleted_reader(sender, instance, **kwargs):
    from sharing.models import Link
    from sharing.services import link_end

    for link in Link.objects.active().filter(reader=instance):
        link_end(link=link, by=None)
