from datetime import timedelta

import pytest
from django.utils import timezone

from people.models import Person
from timeouts import services
from timeouts.models import TimeOut, TimeoutProtocol

PROTOCOL = "/api/v1/timeout-protocol"
URL = "/api/v1/timeouts"


def post(client, url, body=None):
    return client.post(url, body or {}, content_type="application/json")


def test_the_agreement_is_read_and_written(api_person, person):
    assert api_person.get(PROTOCOL).json()["minutes"] == 30
    sam = Person.objects.create(owner=person, name="Sam", relation="partner")
    body = {"signal_word": "pauze", "minutes": 25, "where": "Park", "return_below": 4,
            "person_id": sam.pk}
    response = api_person.put(PROTOCOL, body, content_type="application/json")
    assert response.status_code == 200
    assert response.json()["person_id"] == sam.pk and response.json()["crisis_detected"] is False
    assert api_person.get(PROTOCOL).json()["where"] == "Park"


@pytest.mark.parametrize("change", [{"minutes": 19}, {"minutes": 241}, {"minutes": "30"},
                                    {"return_below": 11}, {"person_id": 999999},
                                    {"signal_word": "x" * 81}, {"colour": "red"}])
def test_bad_agreements_get_422(api_person, change):
    body = {"signal_word": "pauze", "minutes": 30, "where": "", "return_below": 5, **change}
    assert api_person.put(PROTOCOL, body, content_type="application/json").status_code == 422
    assert not TimeoutProtocol.objects.exists()


def test_start_end_and_current(api_person, person):
    response = post(api_person, URL)
    assert response.status_code == 201
    data = response.json()
    assert set(data) >= {"id", "started_at", "ends_at", "started_by"}
    assert data["started_by"] == person.pk and data["running"] is True
    again = post(api_person, URL)
    assert again.status_code == 409 and again.json()["running"] == data["id"]
    assert TimeOut.objects.count() == 1
    current = api_person.get(URL, {"current": "true"}).json()
    assert [t["id"] for t in current] == [data["id"]]
    ended = post(api_person, f"{URL}/{data['id']}/end").json()
    assert ended["running"] is False and ended["ended_by"] == person.pk
    assert api_person.get(URL, {"current": "true"}).json() == []
    assert post(api_person, URL).status_code == 201


def test_return_closes_it_and_answers_crisis_detected(api_person, person):
    t = services.timeout_start(owner=person, started_by=person,
                               now=timezone.now() - timedelta(minutes=35))
    data = post(api_person, f"{URL}/{t.pk}/return", {"lookback": "Ik wil niet meer leven"}).json()
    assert data["returned_by"] == person.pk and data["crisis_detected"] is True
    assert data["ended_at"] == data["ends_at"]


def test_a_stranger_cannot_see_end_or_list_someone_elses(api_stranger, person):
    t = services.timeout_start(owner=person, started_by=person)
    assert api_stranger.get(f"{URL}/{t.pk}").status_code == 404
    assert post(api_stranger, f"{URL}/{t.pk}/end").status_code == 404
    assert post(api_stranger, f"{URL}/{t.pk}/return").status_code == 404
    assert api_stranger.get(URL, {"current": "true"}).json() == []
    assert api_stranger.get(URL).json() == []
    t.refresh_from_db()
    assert t.ended_at is None
