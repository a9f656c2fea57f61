import struct
from datetime import timedelta

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# insights.tallies: per day, Monday first, the four counts (rides, looked back, calm,
# escalations) as little-endian 32-bit integers. Written out here, so that this step stays
# what it was when the code moves on.
TALLIES = ("rides", "looked_back", "calm", "escalations")


def pack_weeks(apps, schema_editor):
    """The stored day tallies, seven days to a row."""
    db = schema_editor.connection.alias
    day_model = apps.get_model("insights", "RideDay")
    week_model = apps.get_model("insights", "RideWeek")
    weeks: dict[tuple, list[int]] = {}
    for owner_id, day, *counts in (day_model.objects.using(db).order_by()
                                   .values_list("owner_id", "day", *TALLIES).iterator()):
        monday = day - timedelta(days=day.weekday())
        week = weeks.setdefault((owner_id, monday), [0] * (7 * len(TALLIES)))
        week[day.weekday() * len(TALLIES):(day.weekday() + 1) * len(TALLIES)] = counts
    week_model.objects.using(db).bulk_create(
        [week_model(owner_id=owner_id, monday=monday, days=struct.pack(f"<{len(week)}i", *week))
         for (owner_id, monday), week in weeks.items()], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('insights', '0005_rideday'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='RideWeek',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('monday', models.DateField()),
                ('days', models.BinaryField()),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('owner', 'monday'), name='one_ride_week_per_owner_and_monday')],
            },
        ),
        migrations.RunPython(pack_weeks, migrations.RunPython.noop),
        migrations.DeleteModel(
            name='RideDay',
        ),
    ]
