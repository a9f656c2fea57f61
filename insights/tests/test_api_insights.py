from datetime import timedelta

import pytest

from insights.tests.helpers import add_checkin, add_checkins, add_ride, add_rule, ams

URL = "/api/v1/insights"
PERIOD = {"start": "2026-03-02", "end": "2026-03-22"}
SUMMARY_KEYS = {"n", "max", "min", "amplitude", "mean", "sd", "mssd", "pac"}


def test_insights_api_gives_weeks_trend_and_totals(api_person, person):
    add_checkins(person, ams(2026, 3, 2, 9), 40, step=timedelta(hours=9))
    add_ride(person, ams(2026, 3, 4, 20), escalated=False, rules=[(add_rule(person), True)])
    response = api_person.get(URL, PERIOD)
    assert response.status_code == 200
    data = response.json()
    assert {"weeks", "trend", "alarm_load", "flips", "escalations", "rides", "rules"} <= set(data)
    assert [w["week"] for w in data["weeks"]] == ["2026-W10", "2026-W11", "2026-W12"]
    for week in data["weeks"]:
        for field in ("alarm", "energy", "drive"):
            assert set(week[field]) == SUMMARY_KEYS
    assert data["rules"][0]["if_text"] == "ik word bekritiseerd"
    assert data["rides"]["share_no_escalation"] == 1.0


def test_insights_api_gives_null_not_zero_where_nothing_can_be_computed(api_person, person):
    add_checkin(person, ams(2026, 3, 3, 9), alarm=6)
    data = api_person.get(URL, PERIOD).json()
    alarm = data["weeks"][0]["alarm"]
    assert alarm["n"] == 1 and alarm["max"] == 6
    assert alarm["sd"] is None and alarm["mssd"] is None and alarm["pac"] is None
    assert data["trend"]["alarm"]["amplitude_slope"] is None
    assert data["alarm_load"]["correlation"] is None
    assert data["rides"]["share_no_escalation"] is None
    assert data["flips"]["mean_drive_days"] is None


@pytest.mark.parametrize(("query", "field"), [
    ({"start": "2026-13-01", "end": "2026-03-22"}, "start"),
    ({"start": "2-3-2026", "end": "2026-03-22"}, "start"),
    ({"start": "2026-03-02", "end": "morgen"}, "end"),
    ({"start": "2026-03-22", "end": "2026-03-02"}, "end"),
    ({"start": "2000-01-01", "end": "2026-03-02"}, "end"),
    ({"start": "9999-12-30", "end": "9999-12-31"}, "start"),
])
def test_insights_api_refuses_a_bad_period_with_422(api_person, query, field):
    response = api_person.get(URL, query)
    assert response.status_code == 422
    assert field in response.json()["detail"]


def test_insights_api_defaults_to_the_last_twelve_weeks(api_person):
    data = api_person.get(URL).json()
    assert data["period"]["start"] < data["period"]["end"]
    assert len(data["alarm_load"]["per_four_weeks"]) == 3


def test_insights_api_works_with_the_session_too(client_person):
    assert client_person.get(URL, PERIOD).status_code == 200


def test_insights_api_asks_for_authentication(client):
    assert client.get(URL, PERIOD).status_code == 401


def test_insights_api_shows_nothing_of_someone_else(api_stranger, person):
    add_checkins(person, ams(2026, 3, 2, 9), 20, step=timedelta(hours=9))
    data = api_stranger.get(URL, PERIOD).json()
    assert data["weeks"] == [] and data["alarm_load"]["n"] == 0
