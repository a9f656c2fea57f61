from django import forms
from django.utils.translation import gettext_lazy as _

from selfcheck import items
from selfcheck.models import REMARKS_MAX_LENGTH


class SelfCheckForm(forms.Form):
    """One five-point question per item, in the person's language; every item may be
    skipped (the instruction says so), the remarks are optional."""

    def __init__(self, *args, language: str, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(value, labels[language]) for value, labels in items.SCALE]
        for item in items.ITEMS:
            self.fields[item.key] = forms.TypedChoiceField(
                label=item.text[language], choices=choices, coerce=int, required=False,
                empty_value=None, widget=forms.RadioSelect)
        self.fields["remarks"] = forms.CharField(
            label=_("Anything you want to add?"), required=False,
            max_length=REMARKS_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 3}),
            help_text=_("Only you can read this. It is stored encrypted."))

    def item_fields(self):
        return [self[item.key] for item in items.ITEMS]

    def answers(self) -> dict[str, int]:
        return {item.key: self.cleaned_data[item.key] for item in items.ITEMS
                if self.cleaned_data.get(item.key) is not None}
