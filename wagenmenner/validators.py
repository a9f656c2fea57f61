"""Validators shared by the apps' models."""

from datetime import date, datetime

from django.core.exceptions import ValidationError

from insights.periods import EARLIEST, ERROR_OUT_OF_RANGE, LATEST


def validate_in_calendar(value: date | datetime) -> None:
    """Dates and moments between 1900 and 2199 only: year 1 or 9999 would overflow when
    a moment is moved between time zones, and no one logs their life there."""
    day = value.date() if isinstance(value, datetime) else value
    if not EARLIEST <= day <= LATEST:
        raise ValidationError(ERROR_OUT_OF_RANGE, code="out_of_range")
