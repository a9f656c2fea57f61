from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from people.models import Escalation, Person
from rides.models import Ride
from wagenmenner.access import owned
from wagenmenner.forms import MomentField, OwnedModelForm, level_field

# Rides offered to link an escalation to: the last year's, plus the one already linked.
RIDE_CHOICE_DAYS = 365


class RideChoiceField(forms.ModelChoiceField):
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
