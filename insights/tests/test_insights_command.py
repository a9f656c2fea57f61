import json
from datetime import date, timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from insights.selectors import insights_for_period
from insights.tests.helpers import add_checkins, ams


def test_insights_command_prints_the_same_json_as_the_selector(person, capsys):
    add_checkins(person, ams(2026, 3, 2, 9), 30, step=timedelta(hours=7))
    call_command("insights", person.email, "--start", "2026-03-02", "--end", "2026-03-15",
                 "--json")
    printed = json.loads(capsys.readouterr().out)
    assert printed == insights_for_period(person, date(2026, 3, 2), date(2026, 3, 15))


def test_insights_command_prints_a_readable_summary(person, capsys):
    add_checkins(person, ams(2026, 3, 2, 9), 30, step=timedelta(hours=7))
    call_command("insights", person.email, "--start", "2026-03-02", "--end", "2026-03-15")
    out = capsys.readouterr().out
    assert "2026-W10" in out and "trend alarm" in out


def test_insights_command_refuses_bad_dates(person):
    with pytest.raises(CommandError, match="end"):
        call_command("insights", person.email, "--start", "2026-03-15", "--end", "2026-03-01")


def test_insights_command_refuses_an_unknown_person(db):
    with pytest.raises(CommandError, match="No account"):
        call_command("insights", "nobody@example.org")
