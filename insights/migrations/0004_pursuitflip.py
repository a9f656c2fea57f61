from datetime import timedelta

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# insights.flips as this step finds flips, written out here so that it stays what it was
# when the code moves on: a stretch of ratings of 8 or more, then within 8 weeks of its
# last one a rating of 3 or less.
DRIVE_HIGH = 8
BOREDOM_LOW = 3
FLIP_WINDOW = timedelta(days=56)


def drive_boredom_flips(ratings) -> list[dict]:
    """The flips of one pursuit's ratings, (aware moment, intensity) each, in time order."""
    flips = []
    stretch = None  # the open stretch: (its first moment of 8 or more, its last)
    for moment, intensity in sorted(ratings, key=lambda rating: rating[0]):
        if intensity is None:
            continue
        if stretch and moment - stretch[1] > FLIP_WINDOW:
            stretch = None
        if stretch is None:
            if intensity >= DRIVE_HIGH:
                stretch = (moment, moment)
        elif intensity >= DRIVE_HIGH:
            stretch = (stretch[0], moment)
        elif intensity <= BOREDOM_LOW:
            first, last = stretch
            flips.append({"start": first, "peak_end": last, "drop": moment,
                          "drive_days": (last - first).total_seconds() / 86400})
            stretch = None
    return flips


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
        for position, flip in enumerate(drive_boredom_flips(rows))], batch_size=500)


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
