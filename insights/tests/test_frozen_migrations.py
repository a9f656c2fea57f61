"""The insights migrations that compute stored rows carry their own copy of the logic
(a migration must not change when the app's code does): each copy computes what the app's
functions compute, here on random data around clock changes. And no migration takes
functions from the app."""

import ast
import importlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.conf import settings
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from insights.days import checkin_weeks
from insights.flips import drive_boredom_flips
from insights.tallies import TALLY_KEYS, day_tallies

pytestmark = pytest.mark.database_free

ZONES = ["Europe/Amsterdam", "America/St_Johns", "Pacific/Apia", "UTC"]
BASE = datetime(2024, 10, 20, tzinfo=UTC)  # the week of Europe's autumn clock change
moment = st.integers(0, 60 * 24 * 70).map(lambda minutes: BASE + timedelta(minutes=minutes))
level = st.integers(0, 10)


def migration(name):
    return importlib.import_module(f"insights.migrations.{name}")


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.sampled_from(ZONES), st.lists(st.tuples(moment, level, level, level), max_size=40))
def test_the_check_in_weeks_migration_packs_weeks_as_the_app_does(tz, rows):
    checkins = [{"recorded_at": at, "alarm": a, "energy": e, "drive": d}
                for at, a, e, d in sorted(rows, key=lambda row: row[0])]
    frozen = migration("0002_checkinweek")
    assert frozen.checkin_weeks(checkins, ZoneInfo(tz)) == checkin_weeks(
        checkins, ZoneInfo(tz), frozen.LEVELS)


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.sampled_from(ZONES), st.lists(st.tuples(moment, st.one_of(st.none(), level)),
                                        max_size=40))
def test_the_dark_thoughts_migration_packs_weeks_as_the_app_does(tz, rows):
    checkins = [{"recorded_at": at, "dark_thoughts": value}
                for at, value in sorted(rows, key=lambda row: row[0])]
    frozen = migration("0009_checkinweek_dark_thoughts")
    assert frozen.LEVELS == ("dark_thoughts",)
    # Only the check-ins with a value are read there: the same weeks, less the empty ones.
    answered = [c for c in checkins if c["dark_thoughts"] is not None]
    app = checkin_weeks(checkins, ZoneInfo(tz), frozen.LEVELS)
    assert frozen.checkin_weeks(answered, ZoneInfo(tz)) == {
        monday: levels for monday, levels in app.items() if levels["dark_thoughts"]}


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(moment, st.one_of(st.none(), level)), max_size=40))
def test_the_flips_migration_finds_the_flips_the_app_finds(ratings):
    ratings = sorted(ratings, key=lambda rating: rating[0])
    assert migration("0004_pursuitflip").drive_boredom_flips(ratings) == \
        drive_boredom_flips(ratings)["flips"]


@hypothesis_settings(max_examples=60, deadline=None)
@given(st.sampled_from(ZONES), st.lists(st.tuples(moment, st.sampled_from([None, True, False])),
                                        max_size=30), st.lists(moment, max_size=10))
def test_the_ride_days_migration_counts_days_as_the_app_does(tz, rides, escalations):
    rides = [{"started_at": at, "escalated": escalated} for at, escalated in rides]
    frozen = migration("0005_rideday")
    assert frozen.TALLY_KEYS == TALLY_KEYS
    assert frozen.day_tallies(rides, escalations, ZoneInfo(tz)) == day_tallies(
        rides, escalations, ZoneInfo(tz))


def test_no_migration_takes_functions_from_the_app():
    """A migration names app modules only as Django writes them (``import app.module``,
    for a field's class or default); one that runs code carries its own copy."""
    ours = {config.name for config in apps.get_app_configs()
            if Path(config.path).is_relative_to(settings.BASE_DIR)}
    found = []
    for config in apps.get_app_configs():
        if config.name not in ours:
            continue
        for path in sorted((Path(config.path) / "migrations").glob("0*.py")):
            for node in ast.walk(ast.parse(path.read_text())):
                if (isinstance(node, ast.ImportFrom) and node.module
                        and node.module.split(".")[0] in ours):
                    found.append(f"{config.name}/{path.name}: from {node.module}")
    assert found == []
