"""The links at the top of every insights page, written in one pass each rather than as a
template loop (ten items of four tags each, on every insights page). The HTML is the
loops' that these replaced; every text is escaped here."""

from django import template
from django.utils.html import conditional_escape as esc
from django.utils.safestring import mark_safe

register = template.Library()
PAGE, PERIOD = ' aria-current="page"', ' aria-current="true"'


@register.simple_tag
def page_links(pages):
    """Each insights page as (label, href, is the one shown): ``views.insights_page``."""
    return mark_safe("".join(  # noqa: S308 (escaped)
        f'<li><a href="{esc(href)}"{PAGE if current else ""}>'
        f"{esc(str(label))}</a></li>" for label, href, current in pages))


@register.simple_tag
def period_links(periods):
    """Each period one tap away as (label, query, is the one shown):
    ``presentation.period_choices``."""
    return mark_safe("".join(  # noqa: S308 (escaped)
        f'<li><a href="?{esc(query)}"{PERIOD if current else ""}>'
        f"{esc(str(label))}</a></li>" for label, query, current in periods))
