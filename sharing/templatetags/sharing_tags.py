from django import template
from django.utils.translation import gettext as _

from sharing.kinds import KIND_INFO

register = template.Library()


@register.filter
def kind_label(kind: str) -> str:
    if kind == "access_log":
        return _("this log")
    info = KIND_INFO.get(kind)
    return str(info.label) if info else kind


@register.filter
def kind_shows(kind: str) -> str:
    info = KIND_INFO.get(kind)
    return str(info.shows) if info else ""


@register.filter
def role_label(role: str) -> str:
    from sharing.models import Role

    if role == "owner":
        return _("you")
    return str(dict(Role.choices).get(role, role))
