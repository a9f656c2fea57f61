from django import template
from django.utils.html import conditional_escape as esc
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

register = template.Library()
STEPS = 7


@register.simple_tag
def ride_progress(step: int):
    """"Ride · step 3 of 7" and a dot per step, the ones behind marked done: above every
    step of a ride and its look-back, written here rather than by an included template
    that loops over the steps."""
    dots = "".join(f'<li class="{"done" if i < step else "current" if i == step else ""}"></li>'
                   for i in range(1, STEPS + 1))
    where = esc(gettext("Ride · step %(n)s of 7") % {"n": step})
    return mark_safe(  # noqa: S308 (the one text escaped above)
        f'<p class="small">{where}</p>\n<ol class="steps" aria-hidden="true">{dots}</ol>\n')
