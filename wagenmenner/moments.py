"""Moments people give (when something happened, was rated or was felt) must lie in the
years the app computes with: far-off years overflow when moved between time zones, and
no history of a living person lies there."""

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

EARLIEST_YEAR, LATEST_YEAR = 1900, 2199
ERROR_MOMENT_RANGE = _("Choose a moment between the years 1900 and 2199.")


def in_range(value: date | datetime) -> bool:
    # The local year is enough: a time-zone offset moves a moment at most a day.
    return EARLIEST_YEAR <= value.year <= LATEST_YEAR


def validate_moment(value: date | datetime) -> None:
    if value is not None and not in_range(value):
        raise ValidationError(ERROR_MOMENT_RANGE, code="moment_range")
