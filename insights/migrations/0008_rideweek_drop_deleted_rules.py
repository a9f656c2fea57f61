import struct

from django.db import migrations

# insights.tallies.RULE_DAY, written out here (as in 0007) so that this step stays what it
# was when the code moves on: weekday, rule id, applied, kept, and the day's first record.
RULE_DAY = struct.Struct("<iqiiqqq")


def drop_deleted_rules(apps, schema_editor):
    """Until now a life rule's delete left its records in the stored weeks (the insights
    skipped them when reading): take them out, as every delete of a rule does from now on
    (charioteer.models)."""
    db = schema_editor.connection.alias
    rule_model = apps.get_model("charioteer", "LifeRule")
    week_model = apps.get_model("insights", "RideWeek")
    rules = set(rule_model.objects.using(db).values_list("pk", flat=True).iterator())
    for week in week_model.objects.using(db).exclude(rules=b"").only("pk", "rules").iterator():
        packed = bytes(week.rules)
        records = [packed[k:k + RULE_DAY.size] for k in range(0, len(packed), RULE_DAY.size)]
        kept = b"".join(record for record in records if RULE_DAY.unpack(record)[1] in rules)
        if kept != packed:
            week.rules = kept
            week.save(update_fields=["rules"])


class Migration(migrations.Migration):

    dependencies = [
        ('insights', '0007_rideweek_rules'),
        ('charioteer', '0004_rule_highest_level_and_staying'),
    ]

    operations = [
        migrations.RunPython(drop_deleted_rules, migrations.RunPython.noop),
    ]
