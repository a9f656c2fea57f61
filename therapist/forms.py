from django import forms
from django.utils.translation import gettext_lazy as _

from insights.forms import _date_input
from insights.periods import ERROR_DATE
from therapist.models import NOTE_MAX_LENGTH


class SinceForm(forms.Form):
    since = forms.DateField(label=_("Since"), required=False, widget=_date_input(),
                            error_messages={"invalid": ERROR_DATE})


class SessionForm(forms.Form):
    date = forms.DateField(label=_("Date of the session"), widget=_date_input(),
                           error_messages={"invalid": ERROR_DATE})


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), max_length=NOTE_MAX_LENGTH,
                           widget=forms.Textarea(attrs={"rows": 4}))


class ClinicianSignupMixin(forms.Form):
    """Added to the sign-up form: "I am a therapist", with the registration that
    the people who invite them see."""

    clinician = forms.BooleanField(
        label=_("I am a therapist, psychologist or coach and want to see what clients share "
                "with me"), required=False)
    registration = forms.CharField(
        label=_("Therapists: your registration, e.g. a BIG number (shown to your clients)"),
        max_length=40, required=False)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("clinician"):
            cleaned["registration"] = ""
        return cleaned
