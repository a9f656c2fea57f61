import struct
import zoneinfo
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import migrations, models

# insights.tallies.RULE_DAY, written out here so that this step stays what it was when the
# code moves on: weekday, rule id, applied, kept, and the day's first record of the rule as
# (its ride's start in microseconds since 1970, ride id, record id); little-endian, packed.
RULE_DAY = struct.Struct("<iqiiqqq")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def count_rules(apps, schema_editor):
    """The keeping of the rules chosen in every person's rides so far, into their stored
    weeks, as every write of chosen rules keeps it from now on (insights.tallied)."""
    db = schema_editor.connection.alias
    user_model = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    ride_rule_model = apps.get_model("rides", "RideRule")
    week_model = apps.get_model("insights", "RideWeek")
    for owner_id, time_zone in (user_model.objects.using(db).values_list("pk", "time_zone")
                                .iterator()):
        try:
            zone = zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo("UTC")  # as User.zone does
        days: dict[tuple, list] = {}
        for started_at, ride_id, record_id, rule_id, kept in (
                ride_rule_model.objects.using(db).filter(ride__owner_id=owner_id).order_by()
                .values_list("ride__started_at", "ride_id", "id", "rule_id", "kept")):
            day = started_at.astimezone(zone).date()
            first = ((started_at - EPOCH) // timedelta(microseconds=1), ride_id, record_id)
            row = days.setdefault((day, rule_id), [0, 0, first])
            row[0] += kept is not None
            row[1] += bool(kept)
            row[2] = min(row[2], first)
        weeks: dict = {}
        for (day, rule_id), (applied, kept, first) in days.items():
            monday = day - timedelta(days=day.weekday())
            weeks[monday] = weeks.get(monday, b"") + RULE_DAY.pack(
                day.weekday(), rule_id, applied, kept, *first)
        for week in week_model.objects.using(db).filter(owner_id=owner_id):
            if week.monday in weeks:
                week.rules = weeks[week.monday]
                week.save(update_fields=["rules"])


class Migration(migrations.Migration):

    dependencies = [
        ('insights', '0006_rideweek'),
        ('rides', '0003_home_ride_indexes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='rideweek',
            name='rules',
            field=models.BinaryField(default=b''),
        ),
        migrations.RunPython(count_rules, migrations.RunPython.noop),
    ]
