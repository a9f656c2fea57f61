from django import forms
from django.utils.translation import gettext_lazy as _

from charioteer.models import Echo, Goal, Horse, LifeRule, Side
from people.models import Person
from sharing.models import Link
from wagenmenner.forms import LEVEL_CHOICES, ModelMultipleChoiceField, OwnedModelForm


class AcknowledgeForm(forms.Form):
    acknowledgement = forms.CharField(
        label=_("What do you recognise in yourself? In your own words."), required=False,
        max_length=5000, widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("For example: \"When someone comes close, I push them away. Then I miss them.\""))


class HorseForm(OwnedModelForm):
    class Meta:
        model = Horse
        fields = ["name", "body_signals", "behaviour_signals"]
        widgets = {"name": forms.TextInput, "body_signals": forms.Textarea(attrs={"rows": 3}),
                   "behaviour_signals": forms.Textarea(attrs={"rows": 3})}


class GoalForm(OwnedModelForm):
    class Meta:
        model = Goal
        fields = ["domain", "title", "asks_of_me"]
        widgets = {"title": forms.TextInput, "asks_of_me": forms.Textarea(attrs={"rows": 3})}
        help_texts = {"title": _("For example: \"A relationship in which we can disagree without "
                                 "it blowing up.\"")}


class LifeRuleForm(OwnedModelForm):
    owned_fields = {"goal": Goal, "horse": Horse, "person": Person, "echo": Echo}
    min_level = forms.TypedChoiceField(
        label=_("from level"), choices=[("", "—")] + LEVEL_CHOICES, coerce=int,
        empty_value=None, required=False)
    max_level = forms.TypedChoiceField(
        label=_("up to level"), choices=[("", "—")] + LEVEL_CHOICES, coerce=int,
        empty_value=None, required=False,
        help_text=_("For a rule meant for calmer moments, e.g. \"when my alarm is below 5, "
                    "I talk it through\"."))

    class Meta:
        model = LifeRule
        fields = ["if_text", "then_text", "goal", "horse", "min_level", "max_level",
                  "stays_in_situation", "relation", "person", "echo", "active", "agreed_with"]
        widgets = {"if_text": forms.TextInput, "then_text": forms.TextInput,
                   "agreed_with": forms.CheckboxSelectMultiple}
        field_classes = {"agreed_with": ModelMultipleChoiceField}
        labels = {"horse": _("When this horse pulls"), "relation": _("With this kind of person"),
                  "person": _("With this person"), "echo": _("When this echo sounds")}
        help_texts = {
            "if_text": _("The situation, e.g. \"I am criticised\"."),
            "then_text": _("What you do then, e.g. \"I say I'll come back to it, and answer "
                           "after 30 minutes\"."),
            "stays_in_situation": _("Tick this when the “then” is to stay, e.g. \"I stay ten "
                                    "more minutes\". From alarm 7 on, the ride and the reins "
                                    "do not propose such a rule: then it is time to stop and "
                                    "step away."),
        }


    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        any_ = _("any")
        for name in ("goal", "horse", "person", "echo"):
            self.fields[name].empty_label = any_ if name != "goal" else _("no goal")
        self.fields["relation"].choices = [("", any_)] + list(self.fields["relation"].choices)[1:]
        self.fields["min_level"].choices = [("", any_)] + LEVEL_CHOICES
        self.fields["max_level"].choices = [("", any_)] + LEVEL_CHOICES
        # Agreed with someone the person links with: shared with them as "agreements"
        # when that kind is shared (sharing.kinds).
        links = Link.objects.active().filter(owner=self.instance.owner).select_related("reader")
        if links:
            field = self.fields["agreed_with"]
            field.queryset = links
            field.label_from_instance = lambda link: link.reader.public_name
            field.help_text = _("Rules agreed with someone you link with. They see them only "
                                "when you share “Agreements” with them.")
        else:
            del self.fields["agreed_with"]


class SideForm(OwnedModelForm):
    class Meta:
        model = Side
        fields = ["name", "good_for", "when_to_deploy", "when_harmful"]
        widgets = {"name": forms.TextInput,
                   "good_for": forms.Textarea(attrs={"rows": 2}),
                   "when_to_deploy": forms.Textarea(attrs={"rows": 2}),
                   "when_harmful": forms.Textarea(attrs={"rows": 2})}


class EchoForm(OwnedModelForm):
    class Meta:
        model = Echo
        fields = ["label"]
        widgets = {"label": forms.TextInput}
        labels = {"label": _("An echo of your own")}

    def clean_label(self):
        label = self.cleaned_data["label"].strip()
        if not label:
            raise forms.ValidationError(_("Write a few words for this echo."))
        return label


class PersonForm(OwnedModelForm):
    owned_fields = {"goal": Goal}

    class Meta:
        model = Person
        fields = ["name", "relation", "goal"]
        widgets = {"name": forms.TextInput}
