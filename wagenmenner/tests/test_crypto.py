import sqlite3

import pytest
from django.db import connection

from checkins.models import CheckIn
from rides.models import Ride
from wagenmenner import crypto

SECRET = "Ik schreeuwde tegen Sam over de afwas"


def test_free_text_round_trips(person):
    ride = Ride.objects.create(owner=person, situation=SECRET)
    assert Ride.objects.get(pk=ride.pk).situation == SECRET


def test_stored_value_is_ciphertext_with_a_key_id(person):
    ride = Ride.objects.create(owner=person, situation=SECRET)
    with connection.cursor() as cur:
        cur.execute("SELECT situation FROM rides_ride WHERE id = %s", [ride.pk])
        raw = cur.fetchone()[0]
    assert raw.startswith("wm1:") and SECRET not in raw
    assert crypto.key_id_of(raw) == crypto.keyring()[0]


@pytest.mark.django_db(transaction=True)
def test_raw_database_file_holds_none_of_a_notes_text(person):
    if connection.vendor != "sqlite":
        pytest.skip("reads the SQLite file itself")
    note = "Niemand mag dit lezen: geheim-zinnetje-4711"
    Ride.objects.create(owner=person, situation=note, feeling=note)
    CheckIn.objects.create(owner=person, alarm=1, energy=2, drive=3, enjoyment=4, boredom=5,
                           urge=6, note=note)
    connection.close()  # flush everything to the file (and the WAL)
    path = connection.settings_dict["NAME"]
    raw = b""
    for suffix in ("", "-wal"):
        try:
            with open(f"{path}{suffix}", "rb") as fh:
                raw += fh.read()
        except FileNotFoundError:
            pass
    assert raw, "database file not found"
    assert b"geheim-zinnetje-4711" not in raw
    # And the database is really in WAL mode with full sync.
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_tampered_ciphertext_is_refused(person):
    stored = crypto.encrypt("hallo")
    prefix, key_id, b64 = stored.split(":", 2)
    tampered = f"{prefix}:{key_id}:{b64[:-4]}AAAA"
    with pytest.raises(Exception):  # noqa: B017 - InvalidTag or a decoding error
        crypto.decrypt(tampered)


def test_old_key_still_decrypts_after_rotation(settings, person):
    import base64
    import secrets

    existing = crypto._keys_file_spec()  # the keys the fixtures' rows were written with
    old = f"t1:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}"
    new = f"t2:{base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()}"
    settings.ENCRYPTION_KEYS = f"{old},{existing}"
    crypto.keyring.cache_clear()
    try:
        ride = Ride.objects.create(owner=person, situation=SECRET)
        settings.ENCRYPTION_KEYS = f"{new},{old},{existing}"
        crypto.keyring.cache_clear()
        assert Ride.objects.get(pk=ride.pk).situation == SECRET
        from django.core.management import call_command

        call_command("rotate_keys", verbosity=0)
        with connection.cursor() as cur:
            cur.execute("SELECT situation FROM rides_ride WHERE id = %s", [ride.pk])
            assert crypto.key_id_of(cur.fetchone()[0]) == "t2"
        settings.ENCRYPTION_KEYS = new
        crypto.keyring.cache_clear()
        assert Ride.objects.get(pk=ride.pk).situation == SECRET
    finally:
        crypto.keyring.cache_clear()


def test_sqlite_commits_are_durable(db):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite pragmas")
    with connection.cursor() as cur:
        cur.execute("PRAGMA synchronous")
        assert cur.fetchone()[0] == 2  # FULL: fsync at every commit
        cur.execute("PRAGMA journal_mode")
        assert cur.fetchone()[0] == "wal"
