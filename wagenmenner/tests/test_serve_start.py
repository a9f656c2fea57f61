"""`serve` on a migrated database skips Django's migration plan; anything unrecorded
still gets it (in a process of its own: test_cli's serve test starts on an empty data
folder). It skips Django's system checks too: they are run here."""

from unittest import mock

from django.core.management import call_command
from django.db.migrations.recorder import MigrationRecorder

from wagenmenner.management.commands import serve


def test_a_migrated_database_needs_no_plan(db):
    with mock.patch.object(serve, "run_migrate") as migrate:
        serve.migrate_if_needed()
    migrate.assert_not_called()


def test_an_unrecorded_migration_is_applied(db):
    MigrationRecorder.Migration.objects.filter(app="checkins").order_by("-id").first().delete()
    assert not serve._all_recorded()
    with mock.patch.object(serve, "run_migrate") as migrate:
        serve.migrate_if_needed()
    migrate.assert_called_once_with()


def test_the_system_checks_pass():
    # `serve` leaves them out of every start; a failing check fails the suite instead.
    call_command("check", fail_level="WARNING")
