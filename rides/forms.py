from django import forms
from django.utils.translation import gettext_lazy as _

from charioteer.models import Echo, Goal, Horse, LifeRule, Side
from people.models import Person, ReciprocityEntry
from rides.models import Reaction, Ride
from wagenmenner.forms import (
    ModelChoiceField,
    ModelMultipleChoiceField,
    OwnedModelForm,
    level_field,
    offer_choices,
)

YES_NO = [("yes", _("yes")), ("no", _("no"))]
ERROR_ACTION = _("Write down one concrete thing you will do.")
ERROR_HORSE = _("Choose the horse that pulls.")
FITS_NOW = _("Fits now: %(rule)s")
ERROR_LEDGER_WHAT = _("Write down what the other did, so the ledger entry says what it was.")
ERROR_LEDGER_TOO_LONG = _("For the ledger, say what the other did in at most %(max)s "
                          "characters.")


def _yes_no_field(label, required=False):
    return forms.TypedChoiceField(label=label, choices=YES_NO, widget=forms.RadioSelect,
                                  coerce=lambda v: v == "yes", empty_value=None,
                                  required=required)


class _HorseFirstMixin:
    """The horse is the one answer a ride cannot do without; "with whom" may stay empty."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["horse"].required = True
        self.fields["horse"].empty_label = None
        self.fields["person"].empty_label = _("nobody in particular")


class StopForm(forms.ModelForm):
    """Nothing to answer: stop. The time-out starts from this step in a form of its own
    (timeouts), and is written down in the ride when it does."""

    class Meta:
        model = Ride
        fields = []


class RecogniseForm(_HorseFirstMixin, OwnedModelForm):
    owned_fields = {"person": Person, "horse": Horse}
    level = level_field(_("How hard does it pull? (0–10)"))
    reactions = forms.MultipleChoiceField(
        label=_("What do you feel happening?"), choices=Reaction.choices, required=False,
        widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Ride
        fields = ["situation", "person", "horse", "level", "reactions", "signals"]
        widgets = {"situation": forms.Textarea(attrs={"rows": 3}),
                   "signals": forms.Textarea(attrs={"rows": 2}),
                   "horse": forms.RadioSelect}
        labels = {"situation": _("Outside: what happened?"),
                  "signals": _("Inside: which signals do you notice?")}
        error_messages = {"horse": {"required": ERROR_HORSE}}


class AcknowledgeStepForm(OwnedModelForm):
    owned_fields = {"echoes": Echo}
    new_echo = forms.CharField(label=_("Another echo, in your own words"), required=False,
                               max_length=120)
    good_faith = forms.BooleanField(
        label=_("This is my handicap speaking. I am responsible for what I do with it."),
        required=False)

    class Meta:
        model = Ride
        fields = ["echoes", "good_faith"]
        widgets = {"echoes": forms.CheckboxSelectMultiple}
        labels = {"echoes": _("Which echo from the past do you hear?")}


class GoalStepForm(OwnedModelForm):
    owned_fields = {"goal": Goal}

    class Meta:
        model = Ride
        fields = ["goal", "other_needs"]
        widgets = {"goal": forms.RadioSelect, "other_needs": forms.Textarea(attrs={"rows": 2})}
        labels = {"goal": _("Which of your goals counts here?"),
                  "other_needs": _("What does the other person need?")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].empty_label = _("none of them")


class RuleStepForm(OwnedModelForm):
    owned_fields = {"side_deployed": Side, "side_stabled": Side}
    rules = ModelMultipleChoiceField(
        label=_("Which life rules apply?"), queryset=LifeRule.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple)

    class Meta:
        model = Ride
        fields = ["side_deployed", "side_stabled"]
        labels = {"side_deployed": _("Which side of myself do I deploy now?"),
                  "side_stabled": _("Which side stays in the stable?")}

    def __init__(self, *args, rules, chosen, sides, matching_ids=frozenset(), **kwargs):
        """``chosen``: the ids of the rules chosen for the ride; ``sides``: the person's
        sides as (id, name) (``selectors.rule_step_reads``)."""
        super().__init__(*args, **kwargs)
        field = self.fields["rules"]
        field.queryset = LifeRule.objects.filter(pk__in=[r.pk for r in rules])
        # Keep the order of ``rules`` (best match first), which a queryset would lose.
        offer_choices(field, [(r.pk, FITS_NOW % {"rule": r} if r.pk in matching_ids else str(r))
                              for r in rules])
        field.initial = chosen
        # Both side fields offer the person's sides, read once.
        for name in ("side_deployed", "side_stabled"):
            offer_choices(self.fields[name], sides)


class ActForm(forms.ModelForm):
    LOOKBACK_CHOICES = [(1, _("in 1 hour")), (3, _("in 3 hours")), (12, _("in 12 hours")),
                        (24, _("tomorrow"))]
    lookback_in_hours = forms.TypedChoiceField(
        label=_("When do you want to look back?"), choices=LOOKBACK_CHOICES, coerce=int,
        initial=3, widget=forms.RadioSelect)

    class Meta:
        model = Ride
        fields = ["action", "action_when"]
        widgets = {"action": forms.Textarea(attrs={"rows": 2}), "action_when": forms.TextInput}
        labels = {"action": _("One concrete action"), "action_when": _("When?")}
        error_messages = {"action": {"required": ERROR_ACTION}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action"].required = True


class LookbackForm(forms.ModelForm):
    escalated = _yes_no_field(_("Did it escalate?"), required=True)
    go_on = _yes_no_field(_("Was this good? Do I go on this way?"))

    class Meta:
        model = Ride
        fields = ["lookback_text", "escalated", "other_did", "feeling", "go_on", "rule_change"]
        widgets = {"lookback_text": forms.Textarea(attrs={"rows": 3}),
                   "other_did": forms.Textarea(attrs={"rows": 2}),
                   "feeling": forms.Textarea(attrs={"rows": 2}),
                   "rule_change": forms.Textarea(attrs={"rows": 2})}
        labels = {"feeling": _("Now the feeling: how do you look back on it?")}

    def __init__(self, *args, ride_rules=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.ride_rules = list(ride_rules)
        if self.instance.person_id:
            self._add_ledger_fields()
        for rr in self.ride_rules:
            self.fields[f"kept_{rr.rule_id}"] = _yes_no_field(
                _("Did I keep the rule: if %(if)s, then %(then)s?")
                % {"if": rr.rule.if_text, "then": rr.rule.then_text})
            if rr.kept is not None:
                self.initial[f"kept_{rr.rule_id}"] = "yes" if rr.kept else "no"
        for name in ("escalated", "go_on"):
            value = getattr(self.instance, name)
            if value is not None:
                self.initial[name] = "yes" if value else "no"

    def _add_ledger_fields(self):
        """What the other did can go straight into the reciprocity ledger (METHOD 4.5)."""
        name = self.instance.person.name
        self.fields["ledger_direction"] = forms.ChoiceField(
            label=_("Put what %(name)s did in the ledger with %(name)s?") % {"name": name},
            choices=[("", _("no, not in the ledger"))] + list(ReciprocityEntry.Direction.choices),
            required=False, widget=forms.RadioSelect)
        self.fields["ledger_weight"] = forms.TypedChoiceField(
            label=_("How much did it weigh?"), choices=ReciprocityEntry.Weight.choices,
            coerce=int, initial=ReciprocityEntry.Weight.SMALL, required=False,
            empty_value=ReciprocityEntry.Weight.SMALL, widget=forms.RadioSelect)
        # Right after "what the other did", which is what the entry will say.
        order = list(self.fields)
        for name_ in ("ledger_weight", "ledger_direction"):
            order.remove(name_)
            order.insert(order.index("other_did") + 1, name_)
        self.order_fields(order)
        entry = self.instance.reciprocity_entries.first()
        if entry is not None:
            self.initial.update(ledger_direction=entry.direction, ledger_weight=entry.weight)

    def clean(self):
        data = super().clean()
        if data.get("ledger_direction"):
            what = (data.get("other_did") or "").strip()
            longest = ReciprocityEntry._meta.get_field("what").max_length
            if not what:
                self.add_error("other_did", ERROR_LEDGER_WHAT)
            elif len(what) > longest:
                self.add_error("other_did", ERROR_LEDGER_TOO_LONG % {"max": longest})
        return data

    def ledger_answer(self) -> tuple[str, int]:
        return self.cleaned_data["ledger_direction"], self.cleaned_data["ledger_weight"]

    def kept_answers(self) -> dict[int, bool | None]:
        return {rr.rule_id: self.cleaned_data.get(f"kept_{rr.rule_id}") for rr in self.ride_rules}


class QuickStartForm(_HorseFirstMixin, OwnedModelForm):
    owned_fields = {"horse": Horse, "person": Person}
    level = level_field(_("How hard? (0–10)"))

    class Meta:
        model = Ride
        fields = ["horse", "level", "person"]
        widgets = {"horse": forms.RadioSelect}
        labels = {"horse": _("Which horse pulls?"), "person": _("With whom?")}
        error_messages = {"horse": {"required": ERROR_HORSE}}


class QuickActForm(forms.Form):
    rule = ModelChoiceField(label=_("The rule I follow"), queryset=LifeRule.objects.none(),
                            required=False, widget=forms.RadioSelect,
                            empty_label=_("none of these"))
    action = forms.CharField(label=_("One action, now"), max_length=1000,
                             widget=forms.Textarea(attrs={"rows": 2}),
                             error_messages={"required": ERROR_ACTION})

    def __init__(self, *args, rules, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["rule"].queryset = LifeRule.objects.filter(pk__in=[r.pk for r in rules])
        self.fields["rule"].choices = [("", _("none of these"))] + [(r.pk, str(r)) for r in rules]


class HistoryFilterForm(forms.Form):
    person = ModelChoiceField(label=_("Person"), queryset=Person.objects.none(),
                              required=False, empty_label=_("everyone"))
    horse = ModelChoiceField(label=_("Horse"), queryset=Horse.objects.none(),
                             required=False, empty_label=_("both"))
    echo = ModelChoiceField(label=_("Echo"), queryset=Echo.objects.none(), required=False,
                            empty_label=_("any"))

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        for name, model in (("person", Person), ("horse", Horse), ("echo", Echo)):
            self.fields[name].queryset = model.objects.filter(owner=owner)
