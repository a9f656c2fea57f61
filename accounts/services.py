from django.db import transaction
from django.utils import timezone

from accounts.models import User
from charioteer.services import charioteer_create_defaults
from insights.services import checkin_weeks_rebuild


def account_create(*, email: str, password: str, language: str = "nl",
                   time_zone: str = "Europe/Amsterdam", privacy_accepted: bool = True) -> User:
    """A new person with the default horses and echoes, all in one transaction."""
    with transaction.atomic():
        user = User.objects.create_user(
            email=email, password=password, language=language, time_zone=time_zone,
            privacy_accepted_at=timezone.now() if privacy_accepted else None)
        charioteer_create_defaults(user=user)
    return user


def account_preferences_save(*, form) -> User:
    """Save the person's language and time zone. A new time zone moves check-ins to other
    local days, so the stored days of insights are rebuilt in the same transaction."""
    with transaction.atomic():
        user = form.save()
        if "time_zone" in form.changed_data:
            checkin_weeks_rebuild(owner=user)
    return user


def account_delete(*, user: User) -> None:
    """Everything of the person goes with the account (all owned rows cascade)."""
    with transaction.atomic():
        user.delete()
