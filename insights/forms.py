from datetime import date

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from charioteer.models import Goal, LifeRule, Side
from checkins.models import Pursuit
from insights.models import WeeklyReview
from insights.periods import ERROR_DATE, check_period
from wagenmenner.access import owned
from wagenmenner.forms import ModelChoiceField, OwnedModelForm, level_field


def _date_input():
    # ISO, whatever the language: a browser's date input accepts nothing else.
    return forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), widget=_date_input(),
                            error_messages={"invalid": ERROR_DATE})
    end = forms.DateField(label=_("To"), widget=_date_input(),
                          error_messages={"invalid": ERROR_DATE})

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if isinstance(start, date) and isinstance(end, date):
            try:
                check_period(start, end)
            except ValidationError as exc:
                for field, errors in exc.message_dict.items():
                    self.add_error(field, errors)
        return data


class PursuitForm(OwnedModelForm):
    class Meta:
        model = Pursuit
        fields = ["name", "kind"]
        widgets = {"name": forms.TextInput}
        labels = {"name": _("What do you go for?")}
        help_texts = {"name": _("A project, a person, a hobby, a substance: in a few words.")}


class PursuitCreateForm(PursuitForm):
    intensity = level_field(_("How strong is the pull right now? (0–10)"), required=False,
                            help_text=_("Optional: you can rate it later too."))


class PursuitEditForm(PursuitForm):
    class Meta(PursuitForm.Meta):
        fields = ["name", "kind", "archived"]
        labels = {**PursuitForm.Meta.labels, "archived": _("Archived (no longer followed)")}


class RatingForm(forms.Form):
    intensity = level_field(_("Intensity now (0–10)"))


class AdjustmentForm(forms.Form):
    """The one adjustment of a weekly review. Which text fields it shows depends on the
    kind of object; ``reason`` is always asked, because the adjustment is a reasoned one."""

    FIELDS = {
        WeeklyReview.Kind.RULE: ("if_text", "then_text"),
        WeeklyReview.Kind.NEW_RULE: ("if_text", "then_text", "goal"),
        WeeklyReview.Kind.GOAL: ("title", "asks_of_me"),
        WeeklyReview.Kind.SIDE: ("name", "good_for", "when_to_deploy", "when_harmful"),
    }

    if_text = forms.CharField(label=_("If"), max_length=500)
    then_text = forms.CharField(label=_("then"), max_length=500)
    goal = ModelChoiceField(label=_("Goal this rule serves"), queryset=Goal.objects.none(),
                            required=False, empty_label=_("no particular goal"))
    title = forms.CharField(label=_("What I want in the long run"), max_length=300)
    asks_of_me = forms.CharField(label=_("What that asks of me"), max_length=2000,
                                 required=False, widget=forms.Textarea(attrs={"rows": 3}))
    name = forms.CharField(label=_("Name"), max_length=80)
    good_for = forms.CharField(label=_("What it is good for"), max_length=1000, required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))
    when_to_deploy = forms.CharField(label=_("When and towards whom I deploy it"),
                                     max_length=1000, required=False,
                                     widget=forms.Textarea(attrs={"rows": 2}))
    when_harmful = forms.CharField(label=_("When it does harm"), max_length=1000, required=False,
                                   widget=forms.Textarea(attrs={"rows": 2}))
    reason = forms.CharField(label=_("Why this adjustment? What did this week show you?"),
                             max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, kind, owner, target=None, **kwargs):
        self.kind = WeeklyReview.Kind(kind)
        self.target = target
        if target is not None and not kwargs.get("data"):
            kwargs["initial"] = {name: getattr(target, name) for name in self.FIELDS[self.kind]
                                 if name != "goal"}
        super().__init__(*args, **kwargs)
        keep = {*self.FIELDS[self.kind], "reason"}
        for name in list(self.fields):
            if name not in keep:
                del self.fields[name]
        if "goal" in self.fields:
            self.fields["goal"].queryset = owned(Goal, owner)
        if "if_text" in self.fields:
            self.fields["if_text"].widget = forms.TextInput()
        # Move the reason to the end, after the fields that change.
        self.order_fields([*self.FIELDS[self.kind], "reason"])

    def changes(self) -> dict:
        return {name: self.cleaned_data.get(name, "") for name in self.FIELDS[self.kind]
                if name != "goal"}


def adjustable_targets(owner) -> dict:
    """What a weekly review can adjust: the person's rules, goals and sides."""
    return {
        WeeklyReview.Kind.RULE: list(owned(LifeRule, owner).filter(active=True)),
        WeeklyReview.Kind.GOAL: list(owned(Goal, owner)),
        WeeklyReview.Kind.SIDE: list(owned(Side, owner)),
    }
