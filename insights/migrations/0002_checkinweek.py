import zoneinfo

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from insights.days import checkin_weeks

LEVELS = ("alarm", "energy", "drive")  # the levels of the stored weeks at this migration


def build_weeks(apps, schema_editor):
    """The stored weeks of every person's check-ins so far."""
    user_model = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    checkin_model = apps.get_model("checkins", "CheckIn")
    week_model = apps.get_model("insights", "CheckInWeek")
    for owner_id, time_zone in user_model.objects.values_list("pk", "time_zone").iterator():
        try:
            zone = zoneinfo.ZoneInfo(time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            zone = zoneinfo.ZoneInfo("UTC")  # as User.zone does
        checkins = (checkin_model.objects.filter(owner_id=owner_id)
                    .order_by("recorded_at", "id").values("recorded_at", *LEVELS))
        week_model.objects.bulk_create(
            [week_model(owner_id=owner_id, monday=monday, **levels)
             for monday, levels in checkin_weeks(checkins, zone, LEVELS).items()],
            batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('checkins', '0003_idempotency_response_as_text'),
        ('insights', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='CheckInWeek',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('monday', models.DateField()),
                ('alarm', models.BinaryField(null=True)),
                ('energy', models.BinaryField(null=True)),
                ('drive', models.BinaryField(null=True)),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'constraints': [models.UniqueConstraint(fields=('owner', 'monday'), name='one_checkin_week_per_owner_and_monday')],
            },
        ),
        migrations.RunPython(build_weeks, migrations.RunPython.noop),
    ]
