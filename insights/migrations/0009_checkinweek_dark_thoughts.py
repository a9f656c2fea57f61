import itertools
import struct
import zoneinfo
from datetime import UTC, timedelta

from django.conf import settings
from django.db import migrations, models

# The stored weeks get the optional dark-thoughts row (issue 11 point 10) as one more
# level; the weeks of the check-ins that answered it so far are filled in here.
LEVELS = ("dark_thoughts",)

# insights.days as this step packs a week, written out here so that it stays what it was
# when the code moves on (as in 0002_checkinweek): per level and day (Monday first) one
# record of whole numbers, how many check-ins had each value 0-10, the day's first and
# last value, the sum of its squared successive differences and how many of those are 3
# or more; little-endian.
LEVEL_DAY = struct.Struct("<15i")
NO_DAY = (0,) * 15
ACUTE_CHANGE = 3


def level_day(values) -> tuple | None:
    """One day's values of one level, in time order, as a record (None without one)."""
    xs = [v for v in values if v is not None]
    if not xs:
        return None
    if not all(type(x) is int and 0 <= x <= 10 for x in xs):
        raise ValueError("check-in levels are whole numbers from 0 to 10")
    counts = [0] * 11
    for x in xs:
        counts[x] += 1
    steps = [b - a for a, b in itertools.pairwise(xs)]
    return (*counts, xs[0], xs[-1], sum(d * d for d in steps),
            sum(1 for d in steps if abs(d) >= ACUTE_CHANGE))


def checkin_weeks(checkins, zone) -> dict:
    """Per local ISO week (its Monday) of the check-ins, the packed days of each level;
    None for a level without a value that week."""
    rows = sorted(enumerate(checkins), key=lambda row: (row[1]["recorded_at"].astimezone(UTC),
                                                        row[0]))
    weeks: dict = {}
    for _, checkin in rows:
        day = checkin["recorded_at"].astimezone(zone).date()
        monday = day - timedelta(days=day.weekday())
        weeks.setdefault(monday, {}).setdefault(day.weekday(), []).append(checkin)
    packed = {}
    for monday, days in weeks.items():
        packed[monday] = {}
        for field in LEVELS:
            records = [level_day(checkin[field] for checkin in days.get(weekday, ()))
                       for weekday in range(7)]
            packed[monday][field] = (None if records == [None] * 7 else b"".join(
                LEVEL_DAY.pack(*(record or NO_DAY)) for record in records))
    return packed


def fill_weeks(apps, schema_editor):
    """The dark-thoughts row of the stored weeks of every person who answered it. Only
    their check-ins with a value are read: a check-in without one adds nothing to the
    row (its successive differences span it)."""
    user_model = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    checkin_model = apps.get_model("checkins", "CheckIn")
    week_model = apps.get_model("insights", "CheckInWeek")
    answered = checkin_model.objects.filter(dark_thoughts__isnull=False)
    owners = user_model.objects.filter(pk__in=answered.values("owner_id"))
    for owner_id, time_zone in owners.values_list("pk", "time_zone").iterator():
        try:
            zone = zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo("UTC")  # as User.zone does
        checkins = (answered.filter(owner_id=owner_id).order_by("recorded_at", "id")
                    .values("recorded_at", *LEVELS))
        for monday, levels in checkin_weeks(checkins, zone).items():
            # The week's row exists: every check-in has the levels that made it.
            week_model.objects.filter(owner_id=owner_id, monday=monday).update(**levels)


class Migration(migrations.Migration):

    dependencies = [
        ('checkins', '0004_dark_thoughts'),
        ('insights', '0008_rideweek_drop_deleted_rules'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='checkinweek',
            name='dark_thoughts',
            field=models.BinaryField(null=True),
        ),
        migrations.RunPython(fill_weeks, migrations.RunPython.noop),
    ]
