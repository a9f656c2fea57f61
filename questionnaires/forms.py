"""The forms of the clinic's questionnaires: the clinician's upload, and a questionnaire
as a form to fill in (built from its definition)."""

import json

from django import forms
from django.utils.translation import gettext_lazy as _

from questionnaires import definition
from wagenmenner.forms import ModelChoiceField

YES_NO = (("true", _("Yes")), ("false", _("No")))


class UploadForm(forms.Form):
    file = forms.FileField(label=_("FHIR R4 Questionnaire (a .json file)"), required=False)
    text = forms.CharField(label=_("or paste its JSON here"), required=False,
                           widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
                           max_length=definition.MAX_BYTES)

    def raw(self) -> bytes | None:
        upload = self.cleaned_data.get("file")
        if upload is not None:
            if upload.size > definition.MAX_BYTES:
                raise definition.Invalid(str(_("The file is larger than 1 MB.")), "")
            return upload.read()
        text = self.cleaned_data.get("text") or ""
        return text.encode() if text.strip() else None


class AssignForm(forms.Form):
    questionnaire = ModelChoiceField(queryset=None, label=_("Questionnaire"),
                                     empty_label=None)

    def __init__(self, *args, questionnaires, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["questionnaire"].queryset = questionnaires


def _as_form_value(answer):
    # What the form's inputs hold: "true"/"false" for yes and no, numbers as they are.
    return ("true" if answer else "false") if isinstance(answer, bool) else answer


def _field(item: definition.Item):
    label = f"{item.prefix} {item.text}".strip()
    common = {"label": label, "required": False}
    if item.type == "boolean":
        return forms.ChoiceField(choices=YES_NO, widget=forms.RadioSelect, **common)
    if item.type == "choice":
        return forms.ChoiceField(choices=[(o.code, o.display) for o in item.options],
                                 widget=forms.RadioSelect, **common)
    if item.type == "text":
        return forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), strip=False,
                               max_length=definition.MAX_ANSWER_TEXT, **common)
    attrs = {"integer": {"inputmode": "numeric"}, "decimal": {"inputmode": "decimal"},
             "date": {"type": "date"}}.get(item.type, {})
    return forms.CharField(widget=forms.TextInput(attrs=attrs), max_length=definition.MAX_STRING,
                           **common)


class AnswerForm(forms.Form):
    """One field per question, named q0, q1, … in the questionnaire's order (linkIds may
    hold any character); ``definition.clean_answers`` decides, so the form and the API
    accept the same answers."""

    key = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, parsed: definition.Definition, **kwargs):
        super().__init__(*args, **kwargs)
        self.parsed = parsed
        self.names = {}
        for n, item in enumerate(parsed.questions()):
            name = f"q{n}"
            self.names[item.link_id] = name
            self.fields[name] = _field(item)
            self.fields[name].required_mark = item.required

    def rows(self):
        """Headings and fields in the questionnaire's order, for the template."""
        for item in self.parsed.all_items():
            if item.answered:
                conditions = [{"q": self.names[c.question], "op": c.operator,
                               "a": _as_form_value(c.answer)} for c in item.conditions]
                yield {"field": self[self.names[item.link_id]], "item": item,
                       "conditions": json.dumps(conditions) if conditions else ""}
            elif item.text:
                yield {"heading": item.text, "group": item.type == "group"}

    def answers(self) -> dict:
        """The answers by linkId; Invalid is put on the field of its question."""
        raw = {link_id: self.cleaned_data.get(name) for link_id, name in self.names.items()}
        try:
            return definition.clean_answers(self.parsed, raw)
        except definition.Invalid as exc:
            self.add_error(self.names.get(exc.path), exc.detail)
            raise
