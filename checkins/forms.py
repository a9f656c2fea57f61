from django import forms
from django.utils.translation import gettext_lazy as _

from checkins import schedule as moments
from checkins.models import CheckIn, Schedule
from wagenmenner.forms import HIGH_END, level_field

YES_NO = [("no", _("no")), ("yes", _("yes"))]
ERROR_TIMES = _("“%(part)s” is not a time of day. Write times like 08:00, 13:30, 20:15.")
ERROR_NO_TIMES = _("Give at least one time, for example 08:00, 13:30, 20:15.")
ERROR_TOO_MANY_TIMES = _("At most %(max)s moments a day.")
ERROR_WINDOW = _("The window must end after it starts, on the same day.")
ERROR_WINDOW_TOO_SHORT = _("The window is too short for this many moments: allow at least "
                           "%(minutes)s minutes per moment.")
ERROR_RECORDED_AT = _("The time of this check-in could not be read. Reload the page and "
                      "try again.")
ERROR_NOTHING_CHOSEN = _("Nothing was saved: choose a level from 0 to 10 in every row, then "
                         "save.")
# The levels a check-in cannot do without.
LEVELS = ("alarm", "energy", "drive", "enjoyment", "boredom", "urge")


class CheckInForm(forms.ModelForm):
    alarm = level_field(_("Alarm"), help_text=_("tension, being on guard"))
    energy = level_field(_("Energy"), ends=(_("0 = exhausted"), _("10 = full of energy")))
    drive = level_field(_("Drive"), help_text=_("wanting, chasing intensity"))
    enjoyment = level_field(_("Enjoyment"), help_text=_("liking what you do"))
    boredom = level_field(_("Boredom"))
    urge = level_field(_("Urge"), help_text=_("to use, or to chase"))
    dark_thoughts = level_field(
        _("Thoughts of death or of not wanting to live"), required=False,
        help_text=_("Nobody watches this in real time; from 7 on, the crisis lines come up."),
        ends=(_("0 = none"), HIGH_END))
    conflict = forms.TypedChoiceField(
        label=_("Conflict since the last check-in?"), choices=YES_NO, initial="no",
        coerce=lambda v: v == "yes", widget=forms.RadioSelect, required=False,
        empty_value=False, error_messages={"invalid_choice": _("Choose yes or no.")})
    # Filled in by offline.js: the Idempotency-Key (so a repeat stores nothing new) and
    # the moment of pressing the button (an offline check-in is sent later).
    key = forms.CharField(required=False, max_length=255, widget=forms.HiddenInput)
    recorded_at = forms.DateTimeField(required=False, widget=forms.HiddenInput,
                                      error_messages={"invalid": ERROR_RECORDED_AT})

    class Meta:
        model = CheckIn
        fields = ["alarm", "energy", "drive", "enjoyment", "boredom", "urge", "conflict",
                  "substance", "substance_amount", "note"]
        labels = {"substance": _("Alcohol or drugs: what?"),
                  "substance_amount": _("How much?"),
                  "note": _("Note")}
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, ask_dark_thoughts=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not ask_dark_thoughts:  # only for a person who turned the question on
            del self.fields["dark_thoughts"]
        # The model's default (False) is not one of the choices "no"/"yes".
        self.initial["conflict"] = "yes" if self.instance.conflict else "no"
        for name in ("substance", "substance_amount"):
            self.fields[name].widget = forms.TextInput(attrs={"maxlength": 200})

    def clean(self):
        cleaned = super().clean()
        # Sent with nothing chosen (a tap on the button too soon, the phone's keyboard):
        # six rows saying the same would not tell that nothing was saved. One missing
        # level keeps just its row's message, where the page scrolls to.
        if not any(self.data.get(name) for name in LEVELS):
            self.add_error(None, ERROR_NOTHING_CHOSEN)
        return cleaned

    def dark_thoughts_given(self) -> int | None:
        """The level of thoughts of death the person chose, when that row itself is valid,
        also when another row is not (after ``is_valid``)."""
        return getattr(self, "cleaned_data", {}).get("dark_thoughts")

    def record_fields(self) -> dict:
        data = self.cleaned_data
        fields = {name: data[name] for name in self.Meta.fields}
        fields["dark_thoughts"] = data.get("dark_thoughts")
        fields["recorded_at"] = data.get("recorded_at")
        return fields


class ScheduleForm(forms.ModelForm):
    times = forms.CharField(label=_("Fixed times"), required=False, max_length=200,
                            help_text=_("For example 08:00, 13:30, 20:15"))

    class Meta:
        model = Schedule
        fields = ["mode", "times", "window_start", "window_end", "per_day", "ask_dark_thoughts"]
        widgets = {"mode": forms.RadioSelect,
                   "window_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                   "window_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                   "per_day": forms.NumberInput(attrs={"min": 1, "max": moments.MAX_PER_DAY})}
        labels = {"mode": _("When do you want to be asked?"),
                  "window_start": _("Random moments from"),
                  "window_end": _("until"),
                  "per_day": _("How many random moments a day?")}
        help_texts = {"ask_dark_thoughts": _(
            "An extra row in every check-in, from 0 to 10. It is off unless you turn it on. "
            "Nobody watches your answers in real time: not Wagenmenner, and no one else. "
            "When you give 7 or more, the crisis lines come up, with your safety plan one tap "
            "away.")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.fixed_times:
            self.initial.setdefault("times", ", ".join(self.instance.fixed_times))

    def clean_times(self):
        text = self.cleaned_data["times"]
        try:
            found = moments.parse_times(text)
        except ValueError as exc:
            raise forms.ValidationError(ERROR_TIMES, params={"part": exc.args[0]}) from None
        if len(found) > moments.MAX_PER_DAY:
            raise forms.ValidationError(ERROR_TOO_MANY_TIMES,
                                        params={"max": moments.MAX_PER_DAY})
        return found

    def clean(self):
        data = super().clean()
        mode = data.get("mode")
        if mode == Schedule.Mode.FIXED and "times" in data and not data["times"]:
            self.add_error("times", ERROR_NO_TIMES)
        start, end, per_day = data.get("window_start"), data.get("window_end"), data.get("per_day")
        if mode == Schedule.Mode.RANDOM and start and end and per_day:
            if end <= start:
                self.add_error("window_end", ERROR_WINDOW)
            else:
                minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
                if minutes < per_day * moments.MIN_MINUTES_PER_MOMENT:
                    self.add_error("per_day", forms.ValidationError(
                        ERROR_WINDOW_TOO_SHORT,
                        params={"minutes": moments.MIN_MINUTES_PER_MOMENT}))
        return data

    def save(self, commit=True):
        schedule = super().save(commit=False)
        if "times" in self.cleaned_data:
            schedule.fixed_times = moments.format_times(self.cleaned_data["times"]).split(", ") \
                if self.cleaned_data["times"] else []
        if commit:
            schedule.save()
        return schedule
