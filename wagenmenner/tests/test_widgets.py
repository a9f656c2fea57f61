"""The inputs and error lists that ``{% form_field %}`` writes without Django's widget
templates (wagenmenner/templatetags/widgets.py) are Django's own, byte for byte: per widget
type, with attributes, errors, help text (``aria-describedby``), required, disabled,
initial and bound values, hostile text; and for every field of every form of the app."""

import importlib
import inspect
from datetime import date, datetime

import pytest
from django import forms
from django.apps import apps
from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import override
from hypothesis import given
from hypothesis import strategies as st

from wagenmenner.templatetags import fields as fields_tag
from wagenmenner.templatetags.widgets import errors, label, widget

HOSTILE = ['"><script>alert(1)</script>', "' onfocus='alert(1)", "&amp; &lt;b&gt; <b>",
           "a\nb\r\nc", "</textarea><img src=x onerror=alert(1)>", "{{ x }}{% now 'Y' %}",
           "ëñ 😀 \u202e", ""]


def _same(bf):
    assert widget(bf) == str(bf), bf.name
    assert errors(bf.errors) == str(bf.errors), bf.name
    assert label(bf) == str(bf.label_tag()), bf.name


class EveryWidget(forms.Form):
    text = forms.CharField(max_length=20, help_text="Say <it>",
                           widget=forms.TextInput(attrs={"placeholder": '"quoted" & <b>',
                                                         "data-x": True, "data-off": False,
                                                         "autocomplete": "off"}))
    email = forms.EmailField(required=False)
    number = forms.IntegerField(min_value=0, max_value=10, required=False)
    decimal = forms.DecimalField(required=False, localize=True)
    day = forms.DateField(required=False,
                          widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    moment = forms.DateTimeField(required=False, widget=forms.DateTimeInput(
        attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"))
    time = forms.TimeField(required=False)
    url = forms.URLField(required=False, assume_scheme="https")
    choice = forms.ChoiceField(choices=[("", "—"), ("a", "<A & 'a'>"), ("b", mark_safe("<b>B</b>")),
                                        ("group <g>", [("c", "C"), (7, 7)]),
                                        (date(2026, 12, 6), date(2026, 12, 6))])
    typed = forms.TypedChoiceField(choices=[(1, "één"), (2, "twee")], coerce=int,
                                   required=False, disabled=True, initial=2)
    many = forms.MultipleChoiceField(choices=[("x", "X"), ("y", "Y")], required=False,
                                     widget=forms.SelectMultiple)
    maybe = forms.NullBooleanField(required=False)
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 4}), required=False,
                           help_text="Help")
    agree = forms.BooleanField(required=False)
    must = forms.BooleanField()
    secret = forms.CharField(widget=forms.PasswordInput, required=False)
    kept = forms.CharField(widget=forms.PasswordInput(render_value=True), required=False)
    key = forms.CharField(widget=forms.HiddenInput, required=False)
    own_id = forms.CharField(required=False, widget=forms.TextInput(
        attrs={"id": "mine", "aria-describedby": "elsewhere"}))


def _every_field(form):
    for bf in form:
        _same(bf)


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("options", [{}, {"prefix": "p"}, {"auto_id": False},
                                     {"auto_id": "x_%s"}, {"use_required_attribute": False}])
def test_every_widget_type_is_written_as_django_writes_it(language, options):
    with override(language):
        _every_field(EveryWidget(**options))
        _every_field(EveryWidget(initial={
            "text": HOSTILE[0], "email": "a@b.nl", "number": 3, "decimal": "1234.5",
            "day": date(2026, 1, 31), "moment": datetime(2026, 1, 31, 8, 5), "choice": "b",
            "many": ["x", "y"], "maybe": True, "note": HOSTILE[4], "agree": True,
            "kept": HOSTILE[1], "key": HOSTILE[2]}, **options))
        _every_field(EveryWidget(data={}, **options))  # every error, nothing filled in
        bound = EveryWidget(data={"text": HOSTILE[0] * 2, "email": HOSTILE[1], "number": "11",
                                  "decimal": "1,5", "day": "2026-02-30", "moment": HOSTILE[3],
                                  "choice": "7", "many": ["y", "<z>"], "maybe": "unknown",
                                  "note": HOSTILE[4], "agree": "on", "must": "", "secret": "pw",
                                  "kept": HOSTILE[1], "key": HOSTILE[5], "typed": "1"},
                            **options)
        assert not bound.is_valid()
        _every_field(bound)


def test_an_error_message_is_escaped_as_django_escapes_it():
    form = EveryWidget(data={})
    form.add_error("text", HOSTILE[0])
    form.add_error("text", mark_safe("<em>kept as written</em>"))
    _same(form["text"])
    assert "&lt;script&gt;" in errors(form["text"].errors)


@given(st.dictionaries(st.sampled_from([f.name for f in EveryWidget()]),
                       st.one_of(st.text(), st.sampled_from(HOSTILE)), max_size=8),
       st.dictionaries(st.text(min_size=1, alphabet=st.characters(blacklist_categories=["Cs"])),
                       st.one_of(st.text(), st.booleans(), st.integers()), max_size=3))
def test_any_value_and_any_attribute_is_written_as_django_writes_it(data, attrs):
    form = EveryWidget(data=data)
    form.fields["text"].widget.attrs = {**attrs, "autocomplete": "off"}
    try:
        _every_field(form)
    finally:
        form.fields["text"].widget.attrs = {"autocomplete": "off"}


class Unknown(forms.Form):
    when = forms.SplitDateTimeField()
    radio = forms.ChoiceField(choices=[("a", "A")], widget=forms.RadioSelect)
    changed = forms.CharField(show_hidden_initial=True, initial="x")
    custom = forms.CharField(widget=forms.TextInput())


def test_a_widget_it_does_not_know_is_left_to_django():
    form = Unknown()
    form.fields["custom"].widget.template_name = "django/forms/widgets/textarea.html"
    _every_field(form)
    assert 'name="initial-changed"' in widget(form["changed"])


# Every form of the app, built the way its views build it.
ARGUMENTS = {"language": "nl", "questionnaires": None, "rows": [], "kind": "rule",
             "rules": None, "person": None, "owner": None, "user": None}


def _app_forms():
    for app in apps.get_app_configs():
        if str(app.path).startswith(str(settings.BASE_DIR)):
            try:
                importlib.import_module(f"{app.name}.forms")
            except ModuleNotFoundError:
                pass
    seen, todo = [], [forms.BaseForm]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.split(".")[0] in {a.label for a in apps.get_app_configs()}:
                seen.append(sub)
    return seen


def _build(form_class, values, **kwargs):
    model = getattr(getattr(form_class, "_meta", None), "model", False)
    if model is None:
        return None  # a base class of model forms
    if model in values["instances"]:  # filled in: the values shown are the instance's
        kwargs["instance"] = values["instances"][model]
    needed = {}
    for klass in form_class.__mro__:  # an __init__ may pass its own on in **kwargs
        if "__init__" not in vars(klass):
            continue
        for name, p in inspect.signature(klass.__init__).parameters.items():
            if name == "request":  # a login form checks the password with it
                needed[name] = values[name]
            elif (p.default is p.empty and name != "self"
                    and p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)):
                if name not in values:
                    return None
                needed[name] = values[name]
    return form_class(**needed, **kwargs)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_field_of_every_form_of_the_app_is_unchanged(person, language, monkeypatch):
    from django.test import RequestFactory

    from charioteer.models import LifeRule
    from questionnaires.models import ClinicQuestionnaire
    from tests.factories import make_charioteer

    made = make_charioteer(person)
    made["person"].name = HOSTILE[0]
    made["person"].save()
    values = {**ARGUMENTS, "owner": person, "user": person, "person": made["person"],
              "rules": list(LifeRule.objects.filter(owner=person)),
              "questionnaires": ClinicQuestionnaire.objects.none(),
              "instances": {type(obj): obj for obj in made.values()},
              "request": RequestFactory().post("/")}
    built, written = 0, []
    with override(language):
        for form_class in _app_forms():
            for kwargs in ({}, {"data": {}},
                           {"data": {name: HOSTILE[0] for name in form_class.base_fields}}):
                form = _build(form_class, values, **kwargs)
                if form is None:
                    continue
                built += 1
                form.is_bound and form.is_valid()
                for bf in form:
                    _same(bf)
                    fast = fields_tag.form_field(bf)
                    written.append(fast)
                    with monkeypatch.context() as django_way:
                        django_way.setattr(fields_tag, "widget", str)
                        django_way.setattr(fields_tag, "errors", str)
                        assert fast == fields_tag.form_field(bf), (form_class, bf.name)
    # The forms with arguments the table above cannot give (a parsed questionnaire) are
    # few: the test must have seen nearly all.
    assert built >= 3 * 50, built
    # The person's hostile name was offered in a select, escaped.
    assert "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</option>" in "".join(written)
    assert "<script>" not in "".join(written)


# includes/form.html as it was before {% form_fields %} wrote it: the tag must write the
# same bytes.
FORM_TEMPLATE = (
    '{% load i18n fields widgets %}{% if form.non_field_errors %}<div class="errorlist" '
    'role="alert">{% for e in form.non_field_errors %}<p>{{ e }}</p>{% endfor %}</div>'
    "{% endif %}\n{% for field in form.hidden_fields %}{{ field|widget }}{% endfor %}\n"
    "{% for field in form.visible_fields %}{% form_field field %}{% endfor %}\n")


class WithHidden(forms.Form):
    next = forms.CharField(widget=forms.HiddenInput, required=False)
    when = forms.DateField()

    def clean(self):
        raise forms.ValidationError([HOSTILE[0], mark_safe("<b>kept</b>"), HOSTILE[2]])


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_whole_form_is_written_as_the_form_template_wrote_it(person, language):
    from django.template import Context, Template
    from django.template.loader import get_template
    from django.test import RequestFactory

    from charioteer.models import LifeRule
    from questionnaires.models import ClinicQuestionnaire
    from tests.factories import make_charioteer

    made = make_charioteer(person)
    values = {**ARGUMENTS, "owner": person, "user": person, "person": made["person"],
              "rules": list(LifeRule.objects.filter(owner=person)),
              "questionnaires": ClinicQuestionnaire.objects.none(),
              "instances": {type(obj): obj for obj in made.values()},
              "request": RequestFactory().post("/")}
    before, now, compared = Template(FORM_TEMPLATE), get_template("includes/form.html"), 0
    with override(language):
        for form_class in [*_app_forms(), WithHidden]:
            for kwargs in ({}, {"data": {}}, {"data": {name: HOSTILE[0]
                                                       for name in form_class.base_fields}}):
                form = _build(form_class, values, **kwargs)
                if form is None:
                    continue
                form.is_bound and form.is_valid()
                assert now.render({"form": form}) == before.render(Context({"form": form})), \
                    form_class
                compared += 1
    assert compared >= 3 * 50
    hostile = WithHidden({"next": HOSTILE[0], "when": "x"})
    written = now.render({"form": hostile})
    assert "<p>&quot;&gt;&lt;script&gt;" in written and "<p><b>kept</b></p>" in written
    assert 'type="hidden" name="next" value="&quot;&gt;&lt;script&gt;' in written
