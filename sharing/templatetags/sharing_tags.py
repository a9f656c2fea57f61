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


@register.filter
def grounds_text(grounds: str) -> str:
    """The grounds of an access-log entry in the reader's language (stored as written by
    wagenmenner.access.Grant.grounds, for auditors)."""
    import re

    if grounds == "own data":
        return _("your own data")
    found = re.fullmatch(r"consent (\d+) \((\w+), link (\d+), (\w+), since ([\d\- :]+)Z\)", grounds)
    if found:
        return _("your consent %(consent)s on link %(link)s, given %(since)s UTC") % {
            "consent": found[1], "link": found[3], "since": found[5]}
    found = re.fullmatch(r"no open consent \(link (\d+)\)", grounds)
    if found:
        return _("not shared on link %(link)s") % {"link": found[1]}
    return grounds
