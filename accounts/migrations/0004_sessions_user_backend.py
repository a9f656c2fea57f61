"""Live sessions name accounts.backends.UserBackend instead of Django's ModelBackend, which
it extends: the people logged in when this version arrives stay logged in."""

from django.db import migrations
from django.utils import timezone

DJANGO = "django.contrib.auth.backends.ModelBackend"
OURS = "accounts.backends.UserBackend"
KEY = "_auth_user_backend"  # django.contrib.auth.BACKEND_SESSION_KEY


def _rename(apps, schema_editor, old, new):
    # Django's database store signs with the same salt as ours (accounts.sessions), which
    # extends it under the same class name.
    from django.contrib.sessions.backends.db import SessionStore

    store = SessionStore()
    sessions = apps.get_model("accounts", "UserSession").objects.using(
        schema_editor.connection.alias)
    for row in sessions.filter(expire_date__gt=timezone.now()).iterator():
        data = store.decode(row.session_data)
        if data.get(KEY) == old:
            data[KEY] = new
            row.session_data = store.encode(data)
            row.save(update_fields=["session_data"])


def forwards(apps, schema_editor):
    _rename(apps, schema_editor, DJANGO, OURS)


def backwards(apps, schema_editor):
    _rename(apps, schema_editor, OURS, DJANGO)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_sessions_throttle_recovery_codes_token_names")]
    operations = [migrations.RunPython(forwards, backwards)]
