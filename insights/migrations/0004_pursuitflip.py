import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from insights.flips import drive_boredom_flips


def find_flips(apps, schema_editor):
    """The flips of every pursuit that has ratings, as the rating writes store them from
    now on (insights.services.pursuit_flips_refresh)."""
    db = schema_editor.connection.alias
    pursuit_model = apps.get_model("checkins", "Pursuit")
    rating_model = apps.get_model("checkins", "PursuitRating")
    flip_model = apps.get_model("insights", "PursuitFlip")
    owners = dict(pursuit_model.objects.using(db).values_list("id", "owner_id"))
    ratings = {}
    for pursuit_id, rated_at, intensity in (rating_model.objects.using(db)
                                            .order_by("rated_at", "id")
                                            .values_list("pursuit_id", "rated_at", "intensity")):
        ratings.setdefault(pursuit_id, []).append((rated_at, intensity))
    flip_model.objects.using(db).bulk_create([
        flip_model(owner_id=owners[pk], pursuit_id=pk, position=position, start=flip["start"],
                   peak_end=flip["peak_end"], drop=flip["drop"], drive_days=flip["drive_days"])
        for pk, rows in ratings.items()
        for position, flip in enumerate(drive_boredom_flips(rows)["flips"])], batch_size=500)


class Migration(migrations.Migration):

    dependencies = [
        ('checkins', '0006_idempotency_for_rides'),
        ('insights', '0003_checkinweek_latest'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='PursuitFlip',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('position', models.PositiveIntegerField()),
                ('start', models.DateTimeField()),
                ('peak_end', models.DateTimeField()),
                ('drop', models.DateTimeField()),
                ('drive_days', models.FloatField()),
                ('owner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('pursuit', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='checkins.pursuit')),
            ],
            options={
                'indexes': [models.Index(fields=['owner', 'drop'], name='insights_pu_owner_i_b17c50_idx')],
            },
        ),
        migrations.RunPython(find_flips, migrations.RunPython.noop),
    ]
