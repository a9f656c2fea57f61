"""Periods and weeks as the person sees them: local dates in their own time zone."""

import re
from datetime import UTC, date, datetime, timedelta, tzinfo

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DEFAULT_WEEKS = 12
# 20 years of 365.25 days: the longest period that is computed on request.
MAX_DAYS = 7305
ERROR_DATE = _("Use a date written as YYYY-MM-DD.")
ERROR_END_BEFORE_START = _("The end date lies before the start date.")
ERROR_TOO_LONG = _("A period can be at most 20 years long.")
ERROR_OUT_OF_RANGE = _("Choose dates between the years 1900 and 2199.")
# Far-off dates would overflow when converted between time zones.
EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def user_zone(user) -> tzinfo:
    return user.zone


def local_today(user) -> date:
    return timezone.now().astimezone(user_zone(user)).date()


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def default_period(today: date) -> tuple[date, date]:
    """The last 12 ISO weeks, the current (partial) week included."""
    return monday_of(today) - timedelta(weeks=DEFAULT_WEEKS - 1), today


# The insights page shows whole blocks of 4 weeks ending with the current week, so its
# "last 4 weeks" and its 4-week buckets are the same days.
BLOCK_WEEKS = 4
# Views one tap away; the page opens on the whole history up to a year, but at least on
# the last 4 weeks (so a new person's few days are not lost in an empty quarter).
VIEW_WEEKS = (4, 12, 52)


def last_weeks(today: date, weeks: int) -> tuple[date, date]:
    """The last ``weeks`` ISO weeks up to today, the current (partial) week included."""
    return monday_of(today) - timedelta(weeks=weeks - 1), today


def history_weeks(today: date, first_day: date | None) -> int:
    """The whole blocks of 4 weeks, ending with the current week, that reach back to
    ``first_day`` (at least one block)."""
    if first_day is None or first_day >= today:
        return BLOCK_WEEKS
    weeks = (monday_of(today) - monday_of(first_day)).days // 7 + 1
    return max(BLOCK_WEEKS, -(-weeks // BLOCK_WEEKS) * BLOCK_WEEKS)


def page_default_period(today: date, first_day: date | None) -> tuple[date, date]:
    """The insights page's opening period: the whole history in blocks of 4 weeks, at
    least the last 4 weeks and at most the last year."""
    return last_weeks(today, min(history_weeks(today, first_day), VIEW_WEEKS[-1]))


def utc_bounds(start: date, end: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """[lo, hi) in UTC covering the local dates start..end. A database filter on these
    bounds is exact: local midnight is converted with the zone's rules of that day."""
    lo = datetime(start.year, start.month, start.day, tzinfo=zone).astimezone(UTC)
    after = end + timedelta(days=1)
    hi = datetime(after.year, after.month, after.day, tzinfo=zone).astimezone(UTC)
    return lo, hi


def _parse_date(value: str, name: str) -> date:
    value = (value or "").strip()
    if not _ISO_DATE.match(value):
        raise ValidationError({name: [ERROR_DATE]})
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError({name: [ERROR_DATE]})


def check_period(start: date, end: date) -> None:
    for name, day in (("start", start), ("end", end)):
        if not EARLIEST <= day <= LATEST:
            raise ValidationError({name: [ERROR_OUT_OF_RANGE]})
    if end < start:
        raise ValidationError({"end": [ERROR_END_BEFORE_START]})
    if (end - start).days + 1 > MAX_DAYS:
        raise ValidationError({"end": [ERROR_TOO_LONG]})


def parse_period(start: str | None, end: str | None, today: date) -> tuple[date, date]:
    """A period from two optional YYYY-MM-DD strings; a missing side takes the default
    (the last 12 weeks, or 12 weeks from the given start). Raises ValidationError."""
    default_start, default_end = default_period(today)
    end_date = _parse_date(end, "end") if end else None
    start_date = _parse_date(start, "start") if start else None
    if start_date is None:
        start_date = (default_start if end_date is None
                      else monday_of(end_date) - timedelta(weeks=DEFAULT_WEEKS - 1))
    if end_date is None:
        end_date = (default_end if start_date <= default_end
                    else start_date + timedelta(weeks=DEFAULT_WEEKS, days=-1))
    check_period(start_date, end_date)
    return start_date, end_date


def parse_week(label: str | None, today: date) -> date:
    """The Monday of an ISO week label like ``2026-W10``; the current week when the
    label is missing or not a real week."""
    match = _ISO_WEEK.match((label or "").strip())
    if match:
        try:
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            pass
    return monday_of(today)
