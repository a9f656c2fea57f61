import base64
import json
import os
import secrets

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from wagenmenner import crypto


def encrypted_fields():
    for model in apps.get_models():
        names = [f.name for f in model._meta.concrete_fields
                 if isinstance(f, crypto.EncryptedTextField)]
        if names:
            yield model, names


class Command(BaseCommand):
    help = ("Re-encrypt all free text with the active (first) key. With --new-key, first add "
            "a fresh key to the data folder's key file and make it active.")

    def add_arguments(self, parser):
        parser.add_argument("--new-key", action="store_true")

    def handle(self, *args, new_key, **options):
        if new_key:
            if settings.ENCRYPTION_KEYS:
                raise CommandError("Keys come from WAGENMENNER_ENCRYPTION_KEYS: add the new key "
                                   "in front of that list yourself, then run rotate-keys.")
            path = settings.DATA_DIR / "encryption_keys.json"
            crypto.keyring()  # makes sure the file exists
            data = json.loads(path.read_text())
            new_id = f"k{max(int(k['id'][1:]) for k in data['keys']) + 1}"
            data["keys"].insert(0, {"id": new_id,
                                    "key": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()})
            tmp = path.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as fh:
                json.dump(data, fh)
            os.replace(tmp, path)
            crypto.keyring.cache_clear()
            self.stdout.write(f"New active key {new_id}")
        active, _ = crypto.keyring()
        total = 0
        for model, names in encrypted_fields():
            table = model._meta.db_table
            columns = ", ".join(connection.ops.quote_name(model._meta.get_field(n).column)
                                for n in names)
            with connection.cursor() as cur:
                cur.execute(f"SELECT {connection.ops.quote_name('id')}, {columns} FROM {table}")  # noqa: S608
                stale = [row[0] for row in cur.fetchall()
                         if any(crypto.key_id_of(v) not in (None, active) for v in row[1:])]
            for start in range(0, len(stale), 500):
                with transaction.atomic():
                    for obj in model.objects.filter(pk__in=stale[start:start + 500]):
                        model.objects.filter(pk=obj.pk).update(
                            **{n: getattr(obj, n) for n in names})
            total += len(stale)
        self.stdout.write(f"Re-encrypted {total} rows with key {active}")
