from django import forms
from django.utils.translation import gettext_lazy as _

from warningplan.models import TEXT_MAX_LENGTH, Phase, WarningPhase
from warningplan.phases import ThresholdError, check_alarm_from
from warningplan.services import ERROR_LEVELS_RISE

TEXT_LABELS = {
    "my_signals": _("My signals"),
    "others_notice": _("What others notice"),
    "i_do": _("What I do"),
    "others_may_do": _("What others may do"),
}
LEVEL_CHOICES = [("", _("no level: check-ins never suggest this phase"))] + [
    (str(i), str(i)) for i in range(11)]


class WarningPlanForm(forms.Form):
    """All four phases on one page; every text may stay empty, a plan grows over time."""

    def __init__(self, *args, rows, **kwargs):
        super().__init__(*args, **kwargs)
        self.rows = rows
        for row in rows:
            for name in WarningPhase.TEXTS:
                self.fields[f"{row.phase}-{name}"] = forms.CharField(
                    label=TEXT_LABELS[name], required=False, max_length=TEXT_MAX_LENGTH,
                    initial=getattr(row, name), widget=forms.Textarea(attrs={"rows": 2}))
            self.fields[f"{row.phase}-alarm_from"] = forms.TypedChoiceField(
                label=_("Suggested from alarm level"), choices=LEVEL_CHOICES, coerce=int,
                empty_value=None, required=False,
                initial="" if row.alarm_from is None else str(row.alarm_from))

    def phases(self):
        """(phase value, label, bound fields) in plan order, for the template."""
        labels = dict(Phase.choices)
        return [(row.phase, labels[row.phase],
                 [self[f"{row.phase}-{name}"] for name in (*WarningPhase.TEXTS, "alarm_from")])
                for row in self.rows]

    def clean(self):
        data = super().clean()
        try:
            check_alarm_from({p: data.get(f"{p}-alarm_from") for p in Phase.values})
        except ThresholdError as exc:
            self.add_error(f"{exc}-alarm_from", ERROR_LEVELS_RISE)
        return data

    def as_phases(self) -> dict[str, dict]:
        data = self.cleaned_data
        return {p: {name: data[f"{p}-{name}"] for name in (*WarningPhase.TEXTS, "alarm_from")}
                for p in Phase.values}
