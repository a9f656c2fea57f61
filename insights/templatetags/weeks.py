from datetime import date

from django import template

from insights.sentences import week_label

register = template.Library()


@register.filter
def week_dates(iso_week: str) -> str:
    """``2026-W49`` as a person reads it: ``30 nov – 6 dec 2026``."""
    year, _, week = str(iso_week).partition("-W")
    try:
        monday = date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        return iso_week
    return week_label(monday, year=True)
