from django import template
from django.utils.safestring import mark_safe

from wagenmenner.templatetags.widgets import attributes, shown, text

register = template.Library()


@register.filter
def choice_inputs(field):
    """The inputs of a radio or checkbox field, each inside its label: the options and
    attributes Django gives them (``BoundField.subwidgets``), written in one pass instead
    of one widget template per option. Those templates were two thirds of the check-in
    page's server time (66 buttons)."""
    widget = field.field.widget
    id_ = widget.attrs.get("id") or field.auto_id
    attrs = field.build_widget_attrs({"id": id_} if id_ else {})
    html = []
    for option in widget.options(field.html_name, widget.format_value(field.value()), attrs):
        value = "" if option["value"] is None else f' value="{text(option["value"])}"'
        html.append(f'<label for="{text(option["attrs"].get("id", ""))}">'
                    f'<input type="{option["type"]}" name="{text(option["name"])}"{value}'
                    f'{attributes(option["attrs"])}> {shown(option["label"])}</label>')
    return mark_safe("".join(html))  # noqa: S308 (every part escaped above)
