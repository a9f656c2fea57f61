from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models import Escalation, Person, ReciprocityEntry, TrustExperiment
from rides.models import Ride
from wagenmenner.access import owned
from wagenmenner.forms import ModelChoiceField, MomentField, OwnedModelForm, level_field

# Rides offered to link an escalation to: the last year's, plus the one already linked.
RIDE_CHOICE_DAYS = 365


class RideChoiceField(ModelChoiceField):
    def label_from_instance(self, ride):
        when = timezone.localtime(ride.started_at).strftime("%Y-%m-%d %H:%M")
        horse = f" · {ride.horse}" if ride.horse_id else ""
        level = f" {ride.level}" if ride.level is not None else ""
        return f"{when}{horse}{level}"


class EscalationForm(OwnedModelForm):
    owned_fields = {"person": Person}
    highest_alarm = level_field(_("Highest alarm (0–10)"), required=False)
    ride = RideChoiceField(label=_("Linked to a ride"), queryset=Ride.objects.none(),
                           required=False, empty_label=_("no ride"))

    class Meta:
        model = Escalation
        fields = ["happened_at", "person", "ride", "trigger", "highest_alarm", "verbal",
                  "things", "physical", "what_happened", "harm", "repair", "missed_step"]
        widgets = {
            "happened_at": forms.DateTimeInput(attrs={"type": "datetime-local"},
                                               format="%Y-%m-%dT%H:%M"),
            "trigger": forms.Textarea(attrs={"rows": 2}),
            "what_happened": forms.Textarea(attrs={"rows": 3}),
            "harm": forms.Textarea(attrs={"rows": 2}),
            "repair": forms.Textarea(attrs={"rows": 2}),
            "missed_step": forms.RadioSelect,
        }
        field_classes = {"happened_at": MomentField}
        labels = {"happened_at": _("When did it happen?"), "person": _("With whom?"),
                  "what_happened": _("What was said or done?"),
                  "harm": _("What harm did it do?"),
                  "repair": _("What did you do, or will you do, to repair it?")}

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, owner=owner, **kwargs)
        recent = Q(started_at__gte=timezone.now() - timedelta(days=RIDE_CHOICE_DAYS))
        if self.instance.ride_id:
            recent |= Q(pk=self.instance.ride_id)
        self.fields["ride"].queryset = (owned(Ride, owner).filter(recent)
                                        .select_related("horse")
                                        .only("started_at", "level", "horse"))
        self.fields["person"].empty_label = _("no one in particular")
        self.fields["missed_step"].choices = [("", _("not filled in"))] + list(
            Escalation.Step.choices)
        if not self.instance.pk and not self.is_bound:
            self.initial.setdefault("happened_at", timezone.localtime().replace(
                second=0, microsecond=0))

    FREE_TEXT = ("trigger", "what_happened", "harm", "repair")


DATETIME_LOCAL = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
ERROR_PERCENT = _("Give a number from 0 to 100.")


def percent_field(label, required=True, help_text=""):
    return forms.IntegerField(
        label=label, min_value=0, max_value=100, required=required, help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "step": 5}),
        error_messages={"invalid": ERROR_PERCENT, "min_value": ERROR_PERCENT,
                        "max_value": ERROR_PERCENT, "required": ERROR_PERCENT})


def _now_to_the_minute():
    return timezone.localtime().replace(second=0, microsecond=0)


class ReciprocityForm(forms.ModelForm):
    """One ledger entry. The person is given by the page it is made from."""

    class Meta:
        model = ReciprocityEntry
        fields = ["direction", "what", "weight", "happened_at"]
        widgets = {"direction": forms.RadioSelect, "weight": forms.RadioSelect,
                   "what": forms.Textarea(attrs={"rows": 2}), "happened_at": DATETIME_LOCAL}
        labels = {"direction": _("What kind of thing was it?"), "what": _("What was it?"),
                  "weight": _("How much did it weigh?"), "happened_at": _("When?")}
        error_messages = {"direction": {"required": _("Choose what kind of thing it was.")},
                          "what": {"required": _("Write down in a few words what it was.")}}

    def __init__(self, *args, owner, person, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.owner = owner
        self.instance.person = person
        self.fields["direction"].choices = list(ReciprocityEntry.Direction.choices)
        self.fields["weight"].choices = list(ReciprocityEntry.Weight.choices)
        if not self.instance.pk and not self.is_bound:
            self.initial.setdefault("happened_at", _now_to_the_minute())


class TrustPlanForm(OwnedModelForm):
    """Plan a trust experiment: before anything happens."""

    owned_fields = {"person": Person}
    belief_before = percent_field(
        _("How strongly do you believe that will happen? (0–100 %)"),
        help_text=_("0 = not at all, 100 = completely sure."))

    class Meta:
        model = TrustExperiment
        fields = ["person", "what", "expectation", "belief_before", "planned_for"]
        widgets = {"what": forms.Textarea(attrs={"rows": 2}),
                   "expectation": forms.Textarea(attrs={"rows": 2}),
                   "planned_for": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        labels = {"person": _("With whom?"), "what": _("What do you entrust to them?"),
                  "expectation": _("What do you expect, or fear, will happen?"),
                  "planned_for": _("When?")}
        error_messages = {
            "person": {"required": _("Choose the person you will trust with it.")},
            "what": {"required": _("Write down what you will entrust.")},
            "expectation": {"required": _("Write down what you expect will happen.")},
            "planned_for": {"required": _("Choose the day of the experiment.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].empty_label = None
        if not self.instance.pk and not self.is_bound:
            self.initial.setdefault("planned_for", timezone.localdate())


class TrustOutcomeForm(forms.ModelForm):
    """Afterwards: what happened, and what the person believes now."""

    belief_after = percent_field(
        _("How strongly do you now believe it would happen? (0–100 %)"),
        help_text=_("0 = not at all, 100 = completely sure."))

    class Meta:
        model = TrustExperiment
        fields = ["outcome", "feared_happened", "belief_after"]
        widgets = {"outcome": forms.Textarea(attrs={"rows": 3}),
                   "feared_happened": forms.RadioSelect}
        labels = {"outcome": _("What happened?"),
                  "feared_happened": _("Did what you feared happen?")}
        error_messages = {"feared_happened": {
            "required": _("Say whether what you feared happened: yes, no or partly.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["feared_happened"]
        field.required = True
        field.choices = list(TrustExperiment.Feared.choices)
