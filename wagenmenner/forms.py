"""Form pieces shared by every app."""

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import ModelChoiceIterator
from django.utils.translation import gettext_lazy as _

from wagenmenner.access import owned
from wagenmenner.moments import ERROR_MOMENT_RANGE, validate_moment

LEVEL_CHOICES = [(i, str(i)) for i in range(11)]
# One message for every e-mail field, with an example, instead of the framework's own.
ERROR_EMAIL = _("This is not an e-mail address. Write it like this: name@example.org.")
ERROR_LEVEL = _("Choose a level from 0 to 10.")


LOW_END = _("0 = not at all")
HIGH_END = _("10 = extremely")


class ScaleWidget(forms.RadioSelect):
    """0–10 as thumb-sized buttons (rendered by includes/field.html), with one legend of
    what its two ends mean: a scale whose 0 means something else says so there, not in a
    second legend."""

    def __init__(self, *args, ends=(LOW_END, HIGH_END), **kwargs):
        super().__init__(*args, **kwargs)
        self.ends = ends


def level_field(label, required=True, help_text="", ends=(LOW_END, HIGH_END)):
    return forms.TypedChoiceField(
        label=label, choices=LEVEL_CHOICES, coerce=int, required=required,
        empty_value=None, widget=ScaleWidget(ends=ends), help_text=help_text,
        error_messages={"invalid_choice": ERROR_LEVEL, "required": ERROR_LEVEL})


class MomentField(forms.DateTimeField):
    """A date and time in the years 1900–2199 (see wagenmenner/moments.py)."""

    default_validators = [validate_moment]

    def to_python(self, value):
        try:
            return super().to_python(value)
        except OverflowError:  # the year 1 or 9999, moved into the person's time zone
            raise ValidationError(ERROR_MOMENT_RANGE, code="moment_range") from None


def offer(field, objects) -> None:
    """Let a model choice field offer ``objects``, read already for something else on the
    page, instead of reading its queryset again when it is drawn. What is sent back is
    still checked against the queryset."""
    offer_choices(field, [(obj.pk, field.label_from_instance(obj)) for obj in objects])


def offer_choices(field, choices) -> None:
    """``offer`` with the choices made already, (id, label) each: from a plain read of a
    few columns, or labelled other than as the objects name themselves. The field's empty
    choice comes first, where it has one."""
    empty = [("", field.empty_label)] if field.empty_label is not None else []
    field.choices = [*empty, *choices]


class ListedChoices(ModelChoiceIterator):
    """A model choice field's choices read by one plain query, kept for a second look.
    Django reads them with ``queryset.iterator()``, which on PostgreSQL opens a server-side
    cursor (DECLARE, FETCH, CLOSE: three round trips) for a handful of a person's rows."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ModelChoiceField(forms.ModelChoiceField):
    """Django's, with its choices read as ``ListedChoices`` reads them: every model choice
    field of the app is one of these or an ``OwnedModelForm``'s owned field."""

    iterator = ListedChoices


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's, with its choices read as ``ListedChoices`` reads them."""

    iterator = ListedChoices


class OwnedModelForm(forms.ModelForm):
    """A model form whose choices of related objects are limited to the owner's own."""

    owned_fields: dict = {}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner
        for name, model in self.owned_fields.items():
            if name in self.fields:
                field = self.fields[name]
                field.iterator = ListedChoices  # before the queryset, which draws on it
                field.queryset = owned(model, owner)
