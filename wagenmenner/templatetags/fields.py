from django import template
from django.utils.html import conditional_escape as esc
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from wagenmenner.templatetags.choice_inputs import choice_inputs
from wagenmenner.templatetags.widgets import errors, shown, widget

register = template.Library()

CHOICES = frozenset({"radioselect", "checkboxselectmultiple", "scale"})


def _help(field) -> str:
    if not field.help_text:
        return ""
    return (f'<span class="helptext" id="{esc(field.auto_id)}_helptext">'
            f"{esc(field.help_text)}</span>")


@register.simple_tag
def form_field(field):
    """One form field as every form of the app shows it: label, help text, errors and
    input(s); a radio or checkbox group (and the 0–10 scale) as a fieldset with its
    legend. Written here rather than by a template included once per field, and the
    inputs and errors without Django's widget templates (``widgets``): a form's fields
    were a third of the check-in page's server time."""
    kind = field.widget_type
    errors_html = errors(field.errors)
    if kind == "checkbox":
        html = (f'\n<p><label class="check" for="{esc(field.id_for_label)}">{widget(field)} '
                f"<span>{esc(field.label)}</span></label>\n{_help(field)}{errors_html}</p>\n")
    elif kind in CHOICES:
        described = (f' aria-describedby="{esc(field.auto_id)}_helptext"'
                     if field.help_text else "")
        ends = ""
        if kind == "scale":
            low, high = field.field.widget.ends
            ends = (f'<div class="scale-ends" aria-hidden="true"><span>{esc(low)}</span>'
                    f"<span>{esc(high)}</span></div>")
        html = (f"\n<fieldset{described}><legend>{esc(field.label)}</legend>\n{_help(field)}\n"
                f'{errors_html}<div class="{"scale" if kind == "scale" else "choices"}">'
                f"{choice_inputs(field)}</div>\n{ends}\n</fieldset>\n")
    else:
        optional = "" if field.field.required else gettext("optional")
        if optional:
            optional = f' <span class="small">({esc(optional)})</span>'
        html = (f'\n<p><label for="{esc(field.id_for_label)}">{esc(field.label)}{optional}'
                f"</label>{_help(field)}\n{errors_html}{widget(field)}</p>\n")
    return mark_safe(html + "\n")  # noqa: S308 (every text escaped above)


@register.simple_tag
def form_fields(form):
    """A whole form as every form of the app shows it (``includes/form.html``): the errors
    of the form as a whole, its hidden fields, then each field (``form_field``). One tag,
    rather than that template's three loops: a therapist's client page has six small
    forms."""
    non_field = form.non_field_errors()
    head = (f'<div class="errorlist" role="alert">'
            f'{"".join(f"<p>{shown(error)}</p>" for error in non_field)}</div>'
            if non_field else "")
    hidden = "".join(widget(field) for field in form.hidden_fields())
    visible = "".join(form_field(field) for field in form.visible_fields())
    return mark_safe(f"{head}\n{hidden}\n{visible}")  # noqa: S308 (each part escaped)
