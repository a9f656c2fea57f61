"""The safety plan is never lost by a write: every change keeps the plan as it was, the
person can read and put back an earlier version, and a deletion can be undone for 30 days."""

import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from safety import services
from safety.models import SafetyPlan, SafetyPlanVersion
from safety.services import safety_plan_save

URL = "/api/v1/safety-plan"


JSON = "application/json"  # a POST without a body, as a client sends it


def put(client, data):
    return client.put(URL, json.dumps(data), content_type=JSON)


@pytest.fixture
def two_versions(person):
    safety_plan_save(user=person, parts={"coping": "Een rondje met de hond.",
                                         "reasons_to_live": "Mijn dochter."})
    return safety_plan_save(user=person, parts={"coping": "Fietsen naar de zee."})


def test_every_change_keeps_the_plan_as_it_was(person, two_versions):
    [old] = services.safety_plan_versions(person)
    assert old.coping == "Een rondje met de hond."
    assert old.reasons_to_live == "Mijn dochter."
    assert old.reason == SafetyPlanVersion.Reason.EDITED
    assert two_versions.coping == "Fietsen naar de zee."


def test_a_save_that_changes_nothing_keeps_no_version(person, two_versions):
    safety_plan_save(user=person, parts={"coping": " Fietsen naar de zee. "})
    assert services.safety_plan_versions(person).count() == 1


def test_earlier_versions_are_stored_encrypted(two_versions):
    with connection.cursor() as cursor:
        cursor.execute("SELECT coping, reasons_to_live FROM safety_safetyplanversion")
        raw = cursor.fetchone()
    assert all(value.startswith("wm1:") for value in raw)
    assert "hond" not in " ".join(raw)


def test_the_history_page_lists_versions_and_one_can_be_put_back(client_person, person,
                                                                  two_versions):
    plan_page = client_person.get(reverse("safety:plan")).content.decode()
    assert f'href="{reverse("safety:plan_history")}"' in plan_page
    [old] = services.safety_plan_versions(person)
    history = client_person.get(reverse("safety:plan_history")).content.decode()
    assert f'href="{reverse("safety:plan_version", args=[old.pk])}"' in history
    page = client_person.get(reverse("safety:plan_version", args=[old.pk])).content.decode()
    assert "Een rondje met de hond." in page and "Fietsen" not in page
    response = client_person.post(reverse("safety:plan_version", args=[old.pk]))
    assert response["Location"] == reverse("safety:plan")
    plan = SafetyPlan.objects.get(owner=person)
    assert plan.coping == "Een rondje met de hond." and plan.reasons_to_live == "Mijn dochter."
    # The plan it replaced is not lost either.
    newest = services.safety_plan_versions(person).first()
    assert (newest.coping, newest.reason) == ("Fietsen naar de zee.", "restored")


def test_a_stranger_gets_404_for_someone_elses_version(client_stranger, api_stranger, person,
                                                        two_versions):
    [old] = services.safety_plan_versions(person)
    url = reverse("safety:plan_version", args=[old.pk])
    assert client_stranger.get(url).status_code == 404
    assert client_stranger.post(url).status_code == 404
    assert api_stranger.get(f"{URL}/versions/{old.pk}").status_code == 404
    assert api_stranger.post(f"{URL}/versions/{old.pk}/restore", content_type=JSON).status_code == 404
    assert api_stranger.get(f"{URL}/versions").json() == []
    assert SafetyPlan.objects.get(owner=person).coping == "Fietsen naar de zee."


def test_the_api_put_keeps_history(api_person):
    put(api_person, {"coping": "Wandelen.", "help_contacts": "Mijn zus 06-12345678"})
    put(api_person, {"coping": "Fietsen."})  # a client that forgets a part empties it...
    versions = api_person.get(f"{URL}/versions").json()
    assert [v["help_contacts"] for v in versions] == ["Mijn zus 06-12345678"]  # ...but not for good
    restored = api_person.post(f"{URL}/versions/{versions[0]['id']}/restore", content_type=JSON).json()
    assert restored["help_contacts"] == "Mijn zus 06-12345678"


def test_an_api_delete_can_be_undone_within_30_days(api_person, person):
    put(api_person, {"coping": "Wandelen.", "reasons_to_live": "Mijn dochter."})
    assert api_person.delete(URL).status_code == 204
    assert api_person.get(URL).status_code == 404
    [kept] = api_person.get(f"{URL}/versions").json()
    assert kept["reason"] == "deleted"
    expires = timezone.datetime.fromisoformat(kept["expires_at"])
    assert timedelta(days=29, hours=23) < expires - timezone.now() <= timedelta(days=30)
    body = api_person.post(f"{URL}/versions/{kept['id']}/restore", content_type=JSON).json()
    assert body["reasons_to_live"] == "Mijn dochter."
    # Undone: the history is no longer on its way out.
    assert SafetyPlanVersion.objects.filter(owner=person, expires_at__isnull=False).count() == 0


def test_after_30_days_a_deleted_plan_is_gone_for_good(api_person, person):
    put(api_person, {"coping": "Wandelen."})
    put(api_person, {"coping": "Fietsen."})
    api_person.delete(URL)
    [newest, older] = services.safety_plan_versions(person)
    # Thirty days on: the date that was set at the deletion has passed.
    SafetyPlanVersion.objects.filter(owner=person).update(
        expires_at=timezone.now() - timedelta(minutes=1))
    # Past its date a version can no longer be read or restored, purged or not...
    assert api_person.get(f"{URL}/versions").json() == []
    assert api_person.post(f"{URL}/versions/{newest.pk}/restore", content_type=JSON).status_code == 404
    # ...and the daily purge removes it from the database.
    call_command("purge_safety_plan_history", stdout=io.StringIO())
    assert not SafetyPlanVersion.objects.filter(owner=person).exists()


def test_the_plan_page_after_a_deletion_offers_to_put_it_back(client_person, person):
    safety_plan_save(user=person, parts={"coping": "Wandelen."})
    services.safety_plan_delete(user=person)
    [kept] = services.safety_plan_versions(person)
    html = client_person.get(reverse("safety:plan")).content.decode()
    assert 'id="plan-deleted-h"' in html
    assert f'href="{reverse("safety:plan_version", args=[kept.pk])}"' in html


def test_the_crisis_page_after_a_deletion_offers_to_put_the_plan_back(client_person, person):
    """In a crisis, a plan deleted days ago is one tap from being back, not "no plan yet";
    once a new plan takes its place, the crisis page shows that one."""
    safety_plan_save(user=person, parts={"coping": "Wandelen."})
    services.safety_plan_delete(user=person)
    [kept] = services.safety_plan_versions(person)
    html = client_person.get(reverse("safety:crisis")).content.decode()
    assert "Het is verwijderd op" in html
    assert f'href="{reverse("safety:plan_version", args=[kept.pk])}"' in html
    assert "Je hebt nog geen veiligheidsplan" not in html
    safety_plan_save(user=person, parts={"coping": "Fietsen."})
    html = client_person.get(reverse("safety:crisis")).content.decode()
    assert "Fietsen." in html and "Het is verwijderd op" not in html


def test_the_crisis_page_of_someone_who_never_had_a_plan_offers_to_make_one(client_person):
    html = client_person.get(reverse("safety:crisis")).content.decode()
    assert "Je hebt nog geen veiligheidsplan" in html and "is verwijderd" not in html


def test_only_the_newest_50_versions_are_kept(person):
    for n in range(services.MAX_VERSIONS + 5):
        safety_plan_save(user=person, parts={"coping": f"Versie {n}"})
    versions = list(services.safety_plan_versions(person))
    assert len(versions) == services.MAX_VERSIONS
    assert versions[0].coping == f"Versie {services.MAX_VERSIONS + 3}"


def test_history_pages_work_for_a_person_without_versions(client_person):
    assert client_person.get(reverse("safety:plan_history")).status_code == 200
    assert "safety:plan_history" not in client_person.get(reverse("safety:plan")).content.decode()


def test_the_history_pages_ask_to_log_in(client):
    assert client.get(reverse("safety:plan_history")).status_code == 302
