import json

import django.db.models.deletion
from django.db import migrations, models


def crisis_from_answer(apps, schema_editor):
    IdempotencyKey = apps.get_model("checkins", "IdempotencyKey")
    # A key without its check-in can replay nothing true any more.
    IdempotencyKey.objects.filter(checkin__isnull=True).delete()
    for row in IdempotencyKey.objects.all().iterator():
        try:
            crisis = bool(json.loads(row.response_body or "{}").get("crisis_detected"))
        except ValueError:
            crisis = False
        if crisis:
            IdempotencyKey.objects.filter(pk=row.pk).update(crisis_detected=True)


class Migration(migrations.Migration):
    """The replay is rebuilt from the check-in: the copy of the answer (note included,
    in clear) goes, and a key goes with its check-in."""

    dependencies = [
        ("checkins", "0004_dark_thoughts"),
    ]

    operations = [
        migrations.AddField(
            model_name="idempotencykey",
            name="crisis_detected",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(crisis_from_answer, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="idempotencykey",
            name="response_body",
        ),
        migrations.AlterField(
            model_name="idempotencykey",
            name="checkin",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                    related_name="+", to="checkins.checkin"),
        ),
    ]
