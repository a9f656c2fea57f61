"""Writes of the therapist's space: becoming a clinician, session dates, own notes."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from therapist.models import Clinician, ClinicianNote, SessionDate

ERROR_SESSION_TWICE = _("A session on this date is recorded already.")
ERROR_SESSION_DATE = _("Choose the date of a session that took place: from the year 2000 "
                       "up to today.")


def clinician_register(*, user, registration: str = "") -> Clinician:
    clinician, _created = Clinician.objects.get_or_create(user=user)
    if registration and clinician.registration != registration:
        clinician.registration = registration.strip()
        clinician.full_clean()
        clinician.save(update_fields=["registration"])
    return clinician


def session_record(*, link, day: date, today: date) -> SessionDate:
    # A session is recorded once it took place: "since the last session" starts there.
    if not date(2000, 1, 1) <= day <= today:
        raise ValidationError({"date": [str(ERROR_SESSION_DATE)]})
    try:
        with transaction.atomic():
            return SessionDate.objects.create(link=link, date=day)
    except IntegrityError:
        raise ValidationError({"date": [str(ERROR_SESSION_TWICE)]}) from None


def session_delete(*, link, pk) -> None:
    SessionDate.objects.filter(link=link, pk=pk).delete()


def note_save(*, link, author, text: str, note: ClinicianNote | None = None) -> ClinicianNote:
    note = note or ClinicianNote(link=link, author=author)
    note.text = (text or "").strip()
    note.full_clean()
    with transaction.atomic():
        note.save()
    return note
