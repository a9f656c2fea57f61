from django import forms

from safety.plan import PART_MAX_LENGTH, PARTS


class SafetyPlanForm(forms.Form):
    """All seven parts; every part may stay empty, a plan grows over time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for part in PARTS:
            self.fields[part.field] = forms.CharField(
                label=part.title, help_text=part.hint, required=False,
                max_length=PART_MAX_LENGTH, widget=forms.Textarea(attrs={
                    "rows": 4,
                    # The template shows the hint and the examples under these ids.
                    "aria-describedby": f"id_{part.field}_helptext id_{part.field}_examples",
                }))

    def parts(self):
        """(part, bound field) in plan order, for the template."""
        return [(part, self[part.field]) for part in PARTS]
