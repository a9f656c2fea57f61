"""A field's input and its error list written in Python, with the attributes, values and
escaping of Django's own widget templates (django/forms/widgets/*.html), which they
replace: each widget was three nested templates (text.html, input.html, attrs.html) and
each error list two, even an empty one — about 5 ms of a page with seven fields.

``widget`` and ``errors`` take the context Django builds (``Widget.get_context``, which
decides attributes, ``required``, ``checked``, ``selected`` and the shown value) and only
write it out. A widget or error list drawn by another template (a custom widget, a
``MultiWidget``, a field that shows its hidden initial value) is left to Django."""

from django import template
from django.forms.utils import ErrorList
from django.forms.widgets import Select, Textarea
from django.template.base import render_value_in_context
from django.template.context import Context
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext

register = template.Library()

WIDGETS = "django/forms/widgets/"
INPUTS = frozenset(WIDGETS + name for name in (
    "input.html", "text.html", "email.html", "number.html", "date.html", "datetime.html",
    "time.html", "password.html", "hidden.html", "checkbox.html", "url.html", "search.html",
    "tel.html", "color.html"))
_PLAIN = Context()  # autoescape on, the settings' localisation: as a form's templates


def text(value) -> str:
    """As ``{{ value|stringformat:'s' }}``: safe text as it is, anything else escaped."""
    return str(value) if isinstance(value, SafeData) else conditional_escape(str(value))


def shown(value) -> str:
    """As ``{{ value }}``: localised (a date or number label), then escaped."""
    return render_value_in_context(value, _PLAIN)


def attributes(attrs: dict) -> str:
    """As django/forms/widgets/attrs.html: True as a bare name, False left out."""
    return "".join(f" {conditional_escape(name)}" if value is True
                   else f' {conditional_escape(name)}="{text(value)}"'
                   for name, value in attrs.items() if value is not False)


def _input(w: dict) -> str:
    value = "" if w["value"] is None else f' value="{text(w["value"])}"'
    return f'<input type="{shown(w["type"])}" name="{shown(w["name"])}"{value}{attributes(w["attrs"])}>'


def _textarea(w: dict) -> str:
    return (f'<textarea name="{shown(w["name"])}"{attributes(w["attrs"])}>\n'
            f'{shown(w["value"]) if w["value"] else ""}</textarea>')


def _select(w: dict) -> str:
    html = [f'<select name="{shown(w["name"])}"{attributes(w["attrs"])}>']
    for group, options, _index in w["optgroups"]:
        if group:
            html.append(f'\n  <optgroup label="{shown(group)}">')
        # Each option is an included template that ends in a newline.
        html.extend(f'\n  <option value="{text(o["value"])}"{attributes(o["attrs"])}>'
                    f'{shown(o["label"])}</option>\n' for o in options)
        if group:
            html.append("\n  </optgroup>")
    html.append("\n</select>")
    return "".join(html)


def _writer(widget):
    name = widget.template_name
    if name in INPUTS:
        return _input
    if name == WIDGETS + "textarea.html" and isinstance(widget, Textarea):
        return _textarea
    if (name == WIDGETS + "select.html" and isinstance(widget, Select)
            and widget.option_template_name == WIDGETS + "select_option.html"):
        return _select
    return None


@register.filter
def widget(field):
    """``{{ field }}`` (``BoundField.as_widget``) without a template."""
    widget = field.field.widget
    write = _writer(widget)
    if write is None or field.field.show_hidden_initial:
        return str(field)
    if field.field.localize:
        widget.is_localized = True
    attrs = field.build_widget_attrs({}, widget)
    if field.auto_id and "id" not in widget.attrs:
        attrs.setdefault("id", field.auto_id)
    context = widget.get_context(field.html_name, field.value(), attrs)["widget"]
    return mark_safe(write(context))  # noqa: S308 (every part escaped above)


LABEL = "django/forms/label.html"
PUNCTUATION = ":?.!"


@register.filter
def label(field):
    """``{{ field.label_tag }}`` without a template: Django renders django/forms/label.html
    for each label, a tenth of a millisecond apiece. The suffix, ``for`` and the required
    class are decided as ``BoundField.label_tag`` decides them."""
    form = field.form
    if form.template_name_label != LABEL:
        return field.label_tag()
    contents = field.label
    suffix = (field.field.label_suffix if field.field.label_suffix is not None
              else form.label_suffix)
    # Only after a label that does not end in punctuation, as Django's catalogue
    # translates that (by name, so that our catalogue does not take it up).
    if suffix and contents and contents[-1] not in gettext(PUNCTUATION):
        contents = format_html("{}{}", contents, suffix)
    widget = field.field.widget
    id_ = widget.attrs.get("id") or field.auto_id
    if not id_:
        return mark_safe(shown(contents))  # noqa: S308 (escaped)
    attrs = {}
    id_for_label = widget.id_for_label(id_)
    if id_for_label:
        attrs["for"] = id_for_label
    if field.field.required and hasattr(form, "required_css_class"):
        attrs["class"] = form.required_css_class
    return mark_safe(f"<label{attributes(attrs)}>{shown(contents)}</label>")  # noqa: S308


@register.filter
def errors(error_list):
    """``{{ field.errors }}`` without a template: nothing when there are none."""
    if error_list.template_name != ErrorList.template_name:
        return str(error_list)
    if not error_list:
        return ""
    field_id = (f' id="{shown(error_list.field_id)}_error"' if error_list.field_id else "")
    items = "".join(f"<li>{shown(error)}</li>" for error in error_list)
    return mark_safe(  # noqa: S308 (every part escaped above)
        f'<ul class="{shown(error_list.error_class)}"{field_id}>{items}</ul>')
