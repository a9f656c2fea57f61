import zoneinfo

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from insights.tallies import TALLY_KEYS, day_tallies


def count_days(apps, schema_editor):
    """The day tallies of every person's rides and escalations so far, as every write of
    them keeps them from now on (insights.tallied)."""
    db = schema_editor.connection.alias
    user_model = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    ride_model = apps.get_model("rides", "Ride")
    escalation_model = apps.get_model("people", "Escalation")
    day_model = apps.get_model("insights", "RideDay")
    for owner_id, time_zone in (user_model.objects.using(db).values_list("pk", "time_zone")
                                .iterator()):
        try:
            zone = zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo("UTC")  # as User.zone does
        tallies = day_tallies(
            ride_model.objects.using(db).filter(owner_id=owner_id)
            .values("started_at", "escalated"),
            escalation_model.objects.using(db).filter(owner_id=owner_id)
            .values_list("happened_at", flat=True), zone)
        day_model.objects.using(db).bulk_create(
            [day_model(owner_id=owner_id, day=day, **dict(zip(TALLY_KEYS, counts, strict=True)))
             for day, counts in tallies.items()], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('insights', '0004_pursuitflip'),
        ('people', '0003_reciprocity_trust'),
        ('rides', '0002_lookback_reminder'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='RideDay',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('day', models.DateField()),
                ('rides', models.PositiveIntegerField(default=0)),
                ('looked_back', models.PositiveIntegerField(default=0)),
                ('calm', models.PositiveIntegerField(default=0)),
                ('escalations', models.PositiveIntegerField(default=0)),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('owner', 'day'), name='one_ride_day_per_owner_and_day')],
            },
        ),
        migrations.RunPython(count_days, migrations.RunPython.noop),
    ]
