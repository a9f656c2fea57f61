from people.models import Escalation, Person
from rides.models import Ride

URL = "/api/v1/escalations"
BODY = {"happened_at": "2026-03-04T21:15:00", "trigger": "Kritiek", "highest_alarm": 8,
        "verbal": True, "what_happened": "Ik schreeuwde.", "missed_step": "stop"}


def test_escalations_api_logs_reads_updates_and_deletes(api_person, person):
    daan = Person.objects.create(owner=person, name="Daan", relation="child")
    ride = Ride.objects.create(owner=person)
    response = api_person.post(URL, {**BODY, "person_id": daan.pk, "ride_id": ride.pk},
                               content_type="application/json")
    assert response.status_code == 201
    data = response.json()
    assert data["person_id"] == daan.pk and data["ride_id"] == ride.pk
    # Without an offset, the time is read as the person's local time (Amsterdam).
    assert data["happened_at"] == "2026-03-04T21:15:00+01:00"
    assert data["crisis_detected"] is False
    pk = data["id"]
    assert api_person.get(f"{URL}/{pk}").json()["what_happened"] == "Ik schreeuwde."
    response = api_person.patch(f"{URL}/{pk}", {"repair": "Sorry gezegd."},
                                content_type="application/json")
    assert response.status_code == 200 and response.json()["repair"] == "Sorry gezegd."
    assert [e["id"] for e in api_person.get(URL).json()] == [pk]
    assert api_person.delete(f"{URL}/{pk}").status_code == 204
    assert not Escalation.objects.exists()


def test_escalations_api_refuses_someone_elses_person_or_ride(api_person, stranger):
    other_person = Person.objects.create(owner=stranger, name="Geheim", relation="friend")
    other_ride = Ride.objects.create(owner=stranger)
    response = api_person.post(URL, {**BODY, "person_id": other_person.pk},
                               content_type="application/json")
    assert response.status_code == 422 and "person_id" in response.json()["detail"]
    response = api_person.post(URL, {**BODY, "ride_id": other_ride.pk},
                               content_type="application/json")
    assert response.status_code == 422 and "ride_id" in response.json()["detail"]
    assert not Escalation.objects.exists()


def test_escalations_api_flags_crisis_in_free_text(api_person):
    response = api_person.post(URL, {**BODY, "harm": "Ik wil niet meer leven."},
                               content_type="application/json")
    assert response.json()["crisis_detected"] is True


def test_escalations_api_gives_404_for_the_strangers_escalation(api_person, stranger):
    other = Escalation.objects.create(owner=stranger, happened_at="2026-03-04T20:15Z")
    assert api_person.get(f"{URL}/{other.pk}").status_code == 404
    assert api_person.patch(f"{URL}/{other.pk}", {"harm": "x"},
                            content_type="application/json").status_code == 404
    assert api_person.delete(f"{URL}/{other.pk}").status_code == 404
    assert api_person.get(URL).json() == []
    assert Escalation.objects.filter(pk=other.pk).exists()
