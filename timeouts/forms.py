from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from people.models import Person
from timeouts.models import MAX_MINUTES, MIN_MINUTES, TimeOut, TimeoutProtocol
from wagenmenner.forms import OwnedModelForm, level_field

# Lazy as a whole: filled in at import, it would stay in the language of the import.
ERROR_MINUTES = lazy(lambda: _("A time-out lasts from %(min)s to %(max)s minutes.") % {
    "min": MIN_MINUTES, "max": MAX_MINUTES}, str)()


class TimeoutProtocolForm(OwnedModelForm):
    owned_fields = {"person": Person}
    return_below = level_field(
        _("We talk again only when both of us are below alarm…"),
        help_text=_("Each of you checks your own alarm. Below this level, you talk again; "
                    "otherwise you wait, or take another time-out."))

    class Meta:
        model = TimeoutProtocol
        fields = ["person", "signal_word", "minutes", "where", "return_below"]
        widgets = {"signal_word": forms.TextInput,
                   "where": forms.Textarea(attrs={"rows": 2}),
                   "minutes": forms.NumberInput(attrs={"inputmode": "numeric",
                                                       "min": MIN_MINUTES, "max": MAX_MINUTES,
                                                       "step": 5})}
        labels = {"person": _("With whom did you agree it?"),
                  "signal_word": _("Signal word"),
                  "minutes": _("How long (minutes)"),
                  "where": _("Where do I go?")}
        help_texts = {"signal_word": _("The word either of you says to start the time-out. "
                                       "Nobody has to explain anything then."),
                      "minutes": _("At least 20 minutes: the body needs that long to calm "
                                   "down.")}
        error_messages = {"minutes": {"min_value": ERROR_MINUTES, "max_value": ERROR_MINUTES,
                                      "invalid": ERROR_MINUTES, "required": ERROR_MINUTES}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].empty_label = _("nobody in particular")


class ReturnForm(forms.ModelForm):
    class Meta:
        model = TimeOut
        fields = ["lookback"]
        widgets = {"lookback": forms.Textarea(attrs={"rows": 2})}
        labels = {"lookback": _("How did it go? What helped?")}
