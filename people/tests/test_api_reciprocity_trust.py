import pytest

from people.models import Person, ReciprocityEntry, TrustExperiment

LEDGER = "/api/v1/reciprocity"
TRUST = "/api/v1/trust-experiments"


@pytest.fixture
def sanne(person):
    return Person.objects.create(owner=person, name="Sanne", relation="partner")


def post(client, url, body):
    return client.post(url, body, content_type="application/json")


def patch(client, url, body):
    return client.patch(url, body, content_type="application/json")


def test_ledger_entries_are_created_read_listed_changed_and_deleted(api_person, sanne):
    response = post(api_person, LEDGER, {"person_id": sanne.pk, "direction": "gave",
                                         "what": "Verhuisdozen gesjouwd", "weight": 3,
                                         "happened_at": "2026-03-04T21:15:00"})
    assert response.status_code == 201
    data = response.json()
    assert data["happened_at"] == "2026-03-04T21:15:00+01:00"  # local time, Amsterdam
    assert (data["direction"], data["weight"], data["crisis_detected"]) == ("gave", 3, False)
    pk = data["id"]
    assert api_person.get(f"{LEDGER}/{pk}").json()["what"] == "Verhuisdozen gesjouwd"
    changed = patch(api_person, f"{LEDGER}/{pk}", {"weight": 2, "direction": "received"})
    assert changed.status_code == 200 and changed.json()["weight"] == 2
    assert [e["id"] for e in api_person.get(LEDGER).json()] == [pk]
    assert api_person.delete(f"{LEDGER}/{pk}").status_code == 204
    assert not ReciprocityEntry.objects.exists()


def test_ledger_list_filters_by_person_and_local_dates(api_person, person, sanne):
    daan = Person.objects.create(owner=person, name="Daan", relation="child")
    for who, moment in ((sanne, "2026-03-01T23:30:00+01:00"), (sanne, "2026-03-02T00:30:00+01:00"),
                        (daan, "2026-03-02T12:00:00+01:00")):
        ReciprocityEntry.objects.create(owner=person, person=who, direction="gave", weight=1,
                                        what="x", happened_at=moment)
    found = api_person.get(LEDGER, {"person_id": sanne.pk, "start": "2026-03-02",
                                    "end": "2026-03-02"}).json()
    assert [e["happened_at"] for e in found] == ["2026-03-01T23:30:00Z"]  # UTC
    assert len(api_person.get(LEDGER, {"end": "2026-03-01"}).json()) == 1


@pytest.mark.parametrize("change", [{"weight": 0}, {"weight": 4}, {"weight": "2"},
                                    {"direction": "stole"}, {"what": ""},
                                    {"happened_at": "0001-01-01T00:00:00"},
                                    {"happened_at": "0001-01-01T00:00:00+14:00"},
                                    {"happened_at": "9999-12-31T23:59:59-14:00"},
                                    {"person_id": 999999}, {"person_id": 2**63},
                                    {"unknown": 1}])
def test_bad_ledger_input_is_refused_with_422_and_writes_nothing(api_person, sanne, change):
    body = {"person_id": sanne.pk, "direction": "gave", "what": "x", "weight": 1, **change}
    response = post(api_person, LEDGER, body)
    assert response.status_code == 422, response.content
    assert "detail" in response.json()
    assert not ReciprocityEntry.objects.exists()


@pytest.mark.parametrize("query", [{"start": "0001-01-01"}, {"end": "9999-12-31"},
                                   {"person_id": 2**63}, {"offset": 2**63}, {"start": "x"}])
def test_bad_ledger_filters_get_422(api_person, query):
    assert api_person.get(LEDGER, query).status_code == 422


def test_crisis_language_is_answered_with_crisis_detected(api_person, sanne):
    response = post(api_person, LEDGER, {"person_id": sanne.pk, "direction": "received",
                                         "what": "Ze belde toen ik er een eind aan wilde maken"})
    assert response.status_code == 201 and response.json()["crisis_detected"] is True


def test_trust_experiments_go_from_plan_to_outcome(api_person, sanne):
    response = post(api_person, TRUST, {"person_id": sanne.pk, "what": "Mijn angst",
                                        "expectation": "Ze lacht", "belief_before": 75,
                                        "planned_for": "2026-03-10"})
    assert response.status_code == 201
    data = response.json()
    assert data["feared_happened"] is None and data["belief_after"] is None
    pk = data["id"]
    done = patch(api_person, f"{TRUST}/{pk}", {"outcome": "Ze luisterde", "feared_happened": "no",
                                               "belief_after": 20})
    assert done.status_code == 200
    assert (done.json()["feared_happened"], done.json()["belief_after"]) == ("no", 20)
    assert patch(api_person, f"{TRUST}/{pk}", {"outcome": None}).json()["outcome"] == ""
    assert [x["id"] for x in api_person.get(TRUST, {"person_id": sanne.pk}).json()] == [pk]
    assert api_person.delete(f"{TRUST}/{pk}").status_code == 204


@pytest.mark.parametrize("change", [{"belief_before": 101}, {"belief_before": -1},
                                    {"belief_after": 101}, {"feared_happened": "maybe"},
                                    {"planned_for": "0001-01-01"}, {"planned_for": "9999-12-31"},
                                    {"planned_for": "2026-02-30"}, {"person_id": 999999},
                                    {"expectation": ""}])
def test_bad_trust_input_is_refused_with_422_and_writes_nothing(api_person, sanne, change):
    body = {"person_id": sanne.pk, "what": "x", "expectation": "y", "belief_before": 50,
            "planned_for": "2026-03-10", **change}
    assert post(api_person, TRUST, body).status_code == 422
    assert not TrustExperiment.objects.exists()


def test_stranger_gets_404_and_empty_lists(api_stranger, person, sanne):
    entry = ReciprocityEntry.objects.create(owner=person, person=sanne, direction="gave",
                                            weight=1, what="geheim", happened_at="2026-03-01T12:00Z")
    x = TrustExperiment.objects.create(owner=person, person=sanne, what="x", expectation="y",
                                       belief_before=5, planned_for="2026-03-01")
    for url in (f"{LEDGER}/{entry.pk}", f"{TRUST}/{x.pk}"):
        assert api_stranger.get(url).status_code == 404
        assert patch(api_stranger, url, {"what": "mijn"}).status_code == 404
        assert api_stranger.delete(url).status_code == 404
    assert api_stranger.get(LEDGER).json() == [] and api_stranger.get(TRUST).json() == []
    assert api_stranger.get(LEDGER, {"person_id": sanne.pk}).json() == []
    response = post(api_stranger, LEDGER, {"person_id": sanne.pk, "direction": "gave",
                                           "what": "x"})
    assert response.status_code == 422 and "person_id" in response.json()["detail"]
    entry.refresh_from_db()
    assert entry.what == "geheim"
