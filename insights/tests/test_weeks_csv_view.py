import csv
import io
from datetime import timedelta

from django.urls import reverse

from insights.metrics import FIELDS, SUMMARY_KEYS
from insights.tests.helpers import add_checkins, ams

URL = reverse("insights:weeks_csv")
PERIOD = {"start": "2026-03-02", "end": "2026-03-22"}


def _rows(response):
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_weeks_csv_has_a_row_per_week_with_the_figures_of_the_api(client_person, person):
    add_checkins(person, ams(2026, 3, 2, 9), 40, step=timedelta(hours=9))
    response = client_person.get(URL, PERIOD)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = _rows(response)
    assert header == ["week", "start", *(f"{f}_{k}" for f in FIELDS for k in SUMMARY_KEYS)]
    weeks = client_person.get("/api/v1/insights", PERIOD).json()["weeks"]
    assert [r[0] for r in rows] == [w["week"] for w in weeks] == ["2026-W10", "2026-W11",
                                                                  "2026-W12"]
    for row, week in zip(rows, weeks, strict=True):
        values = dict(zip(header, row, strict=True))
        for field in FIELDS:
            for key in SUMMARY_KEYS:
                expected = week[field][key]
                assert values[f"{field}_{key}"] == ("" if expected is None else str(expected))


def test_weeks_csv_shows_nothing_of_someone_else(client_person, stranger):
    add_checkins(stranger, ams(2026, 3, 2, 9), 40, step=timedelta(hours=9))
    header, *rows = _rows(client_person.get(URL, PERIOD))
    assert rows == []


def test_weeks_csv_refuses_a_bad_period(client_person):
    response = client_person.get(URL, {"start": "2026-04-01", "end": "2026-03-01"})
    assert response.status_code == 400


def test_weeks_csv_asks_to_log_in(client):
    assert client.get(URL, PERIOD).status_code == 302
