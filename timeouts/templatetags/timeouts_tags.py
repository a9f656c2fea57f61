from django import template

register = template.Library()


@register.filter
def clock(timeout, now) -> str:
    return timeout.clock(now)


@register.filter
def ended(timeout, now):
    return timeout.end_moment(now)
