import zoneinfo

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# insights.tallies as this step counts a day, written out here so that it stays what it
# was when the code moves on: rides started, of them with a look-back, of those without
# escalation; escalations logged.
TALLY_KEYS = ("rides", "looked_back", "calm", "escalations")


def day_tallies(rides, escalations, zone) -> dict:
    """The counts of ``TALLY_KEYS`` per local date of the rides (``started_at``,
    ``escalated``) and the escalations (their moments)."""
    days: dict = {}
    for ride in rides:
        counts = days.setdefault(ride["started_at"].astimezone(zone).date(), [0, 0, 0, 0])
        counts[0] += 1
        if ride["escalated"] is not None:
            counts[1] += 1
            counts[2] += not ride["escalated"]
    for moment in escalations:
        days.setdefault(moment.astimezone(zone).date(), [0, 0, 0, 0])[3] += 1
    return {day: tuple(counts) for day, counts in days.items()}


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
