from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeData, mark_safe

register = template.Library()

SITE = "Wagenmenner"


@register.filter(is_safe=True)
def page_title(title):
    """``Inzicht – Wagenmenner``: the page's own title first (a browser tab shows its
    start), then the app's name; the name alone where a page has no title of its own."""
    text = " ".join(str(title).split())
    if isinstance(title, SafeData):
        text = mark_safe(text)  # noqa: S308 (rendered, so already escaped)
    return format_html("{} – {}", text, SITE) if text else SITE
