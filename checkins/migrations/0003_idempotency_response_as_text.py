import json

from django.db import migrations, models


def response_to_text(apps, schema_editor):
    IdempotencyKey = apps.get_model("checkins", "IdempotencyKey")
    for row in IdempotencyKey.objects.all().iterator():
        row.response_body = json.dumps(row.response, ensure_ascii=False)
        row.save(update_fields=["response_body"])


def text_to_response(apps, schema_editor):
    IdempotencyKey = apps.get_model("checkins", "IdempotencyKey")
    for row in IdempotencyKey.objects.all().iterator():
        row.response = json.loads(row.response_body or "{}")
        row.save(update_fields=["response"])


class Migration(migrations.Migration):
    """Replays must be byte for byte the first answer: keep the JSON as text."""

    dependencies = [
        ("checkins", "0002_schedule_push_idempotency"),
    ]

    operations = [
        migrations.AddField(
            model_name="idempotencykey",
            name="response_body",
            field=models.TextField(default=""),
            preserve_default=False,
        ),
        migrations.RunPython(response_to_text, text_to_response),
        migrations.RemoveField(
            model_name="idempotencykey",
            name="response",
        ),
    ]
