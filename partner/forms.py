from django import forms
from django.utils.translation import gettext_lazy as _

from partner.models import PrivateNote
from wagenmenner.forms import OwnedModelForm


class NoteForm(OwnedModelForm):
    class Meta:
        model = PrivateNote
        fields = ["topic", "text", "happened_at"]
        widgets = {"topic": forms.RadioSelect,
                   "text": forms.Textarea(attrs={"rows": 5}),
                   "happened_at": forms.DateTimeInput(attrs={"type": "datetime-local"},
                                                      format="%Y-%m-%dT%H:%M")}


class SafetyForm(forms.Form):
    ANSWERS = [("yes", _("Yes")), ("not_always", _("Not always, or no")),
               ("skip", _("I would rather not say"))]
    answer = forms.ChoiceField(label=_("Do you feel safe at home?"), choices=ANSWERS,
                               widget=forms.RadioSelect)
