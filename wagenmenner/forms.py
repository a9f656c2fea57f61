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


class OwnedModelForm(forms.ModelForm):
    """A model form whose choices of related objects are limited to the owner's own."""

    owned_fields: dict = {}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner
        for name, model in self.owned_fields.items():
            if name in self.fields:
                self.fields[name].queryset = model.objects.filter(owner=owner)
