import re

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

# A phone number as people write it: 06-12345678, 0800-0113, +31 6 1234 5678, (020) 123 45 67.
# No dots and no line breaks: "8.00-17.00" is a time and two lines are two numbers.
PHONE = re.compile(r"(?<![\w+.])\+?\(?\d[\d \t\-()]{6,}\d(?![\w.]\d)")
# Things that look like numbers but are not: 12-05-2024, 2019-2023.
NOT_PHONE = re.compile(r"\d{1,2}-\d{1,2}-\d{2,4}|(?:19|20)\d\d ?- ?(?:19|20)\d\d")
MIN_DIGITS, MAX_DIGITS = 8, 15  # 0800-0113 has 8; E.164 allows at most 15


def _tel(candidate: str) -> str | None:
    if NOT_PHONE.fullmatch(candidate.strip()):
        return None
    digits = re.sub(r"\D", "", candidate)
    if not MIN_DIGITS <= len(digits) <= MAX_DIGITS:
        return None
    return ("+" if candidate.startswith("+") else "") + digits


@register.filter(needs_autoescape=True)
def phone_links(text, autoescape=True):
    """Escape ``text``, keep its line breaks, and make phone numbers tap-to-call.

    In a crisis the person should not have to copy a number from their plan: one tap calls.
    """
    esc = conditional_escape if autoescape else (lambda s: s)
    text = str(text or "")
    out, last = [], 0
    for m in PHONE.finditer(text):
        number = m.group(0).rstrip(" -.(")
        tel = _tel(number)
        if tel is None:
            continue
        out.append(esc(text[last:m.start()]))
        out.append(format_html('<a href="tel:{}">{}</a>', tel, number))
        last = m.start() + len(number)
    out.append(esc(text[last:]))
    html = "".join(str(piece) for piece in out)
    return mark_safe(html.replace("\r\n", "\n").replace("\n", "<br>"))  # noqa: S308 (escaped above)
