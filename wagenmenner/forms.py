"""Form pieces shared by every app."""

from django import forms
from django.utils.translation import gettext_lazy as _

LEVEL_CHOICES = [(i, str(i)) for i in range(11)]
ERROR_LEVEL = _("Choose a level from 0 to 10.")


class ScaleWidget(forms.RadioSelect):
    """0–10 as a row of thumb-sized buttons (rendered by includes/form.html)."""


def level_field(label, required=True, help_text=""):
    return forms.TypedChoiceField(
        label=label, choices=LEVEL_CHOICES, coerce=int, required=required,
        empty_value=None, widget=ScaleWidget, help_text=help_text,
        error_messages={"invalid_choice": ERROR_LEVEL, "required": ERROR_LEVEL})
