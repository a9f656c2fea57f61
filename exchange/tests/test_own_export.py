"""The person's own FHIR export: the API route and the command line."""

import io
import json
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from checkins.models import CheckIn
from exchange.tests.fhir_models import assert_valid_bundle, resources
from safety.models import SafetyPlan
from sharing.models import AccessEntry
from tests.factories import client_for, make_link, share

URL = "/api/v1/fhir/export"
LEVELS = {"alarm": 7, "energy": 4, "drive": 6, "enjoyment": 3, "boredom": 2, "urge": 5}


def _checkins(owner, count, start=None, note="Ruzie"):
    start = start or timezone.now() - timedelta(days=count)
    CheckIn.objects.bulk_create([
        CheckIn(owner=owner, recorded_at=start + timedelta(hours=9 * i), note=note,
                substance="bier", conflict=i % 2 == 0,
                **{k: (v + i) % 11 for k, v in LEVELS.items()}) for i in range(count)])


def _get(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/fhir+json")
    return json.loads(response.content)


def test_the_own_export_holds_every_kind_of_resource(api_person, person, partner):
    _checkins(person, 10)
    SafetyPlan.objects.create(owner=person, warning_signs="Ik slaap slecht", coping="Wandelen")
    share(make_link(person, partner), "checkin_levels", "safety_plan")
    bundle = _get(api_person)
    assert_valid_bundle(bundle)
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds == {"Patient", "Questionnaire", "QuestionnaireResponse", "Observation",
                     "CarePlan", "Consent"}
    assert len(resources(bundle, "QuestionnaireResponse")) == 10
    # The person's own export holds what they wrote.
    answers = json.dumps(resources(bundle, "QuestionnaireResponse"), ensure_ascii=False)
    assert "Ruzie" in answers and "bier" in answers
    consent, = resources(bundle, "Consent")
    assert [p["code"][0]["coding"][0]["code"] for p in consent["provision"]["provision"]] == [
        "safety_plan", "checkin_levels"]  # in the order of the sharing page
    plan, = resources(bundle, "CarePlan")
    assert [a["detail"]["description"] for a in plan["activity"]] == ["Ik slaap slecht", "Wandelen"]


def test_observations_derive_from_the_check_ins_of_their_week(api_person, person):
    monday = datetime(2026, 3, 2, 9, tzinfo=UTC)
    _checkins(person, 4, start=monday)
    bundle = _get(api_person, start="2026-03-02", end="2026-03-08")
    responses = {f"urn:uuid:{r['id']}" for r in resources(bundle, "QuestionnaireResponse")}
    observations = resources(bundle, "Observation")
    assert len(observations) == 3  # alarm, energy, drive
    for observation in observations:
        assert {d["reference"] for d in observation["derivedFrom"]} == responses
        assert observation["effectivePeriod"] == {"start": "2026-03-02", "end": "2026-03-08"}
        n = next(c for c in observation["component"] if c["code"]["coding"][0]["code"] == "n")
        assert n["valueInteger"] == 4


def test_dark_thoughts_go_out_in_the_own_export_only_when_answered(api_person, person):
    # Issue 11 point 10: the optional row is in the person's own export like the levels.
    _checkins(person, 3, start=datetime(2026, 3, 2, 9, tzinfo=UTC))
    plain = _get(api_person, start="2026-03-01", end="2026-03-31")
    assert "dark_thoughts" not in json.dumps(plain)  # never turned on: not even asked
    first, second, third = CheckIn.objects.filter(owner=person).order_by("recorded_at")
    CheckIn.objects.filter(pk=second.pk).update(dark_thoughts=0)
    CheckIn.objects.filter(pk=third.pk).update(dark_thoughts=8)
    bundle = _get(api_person, start="2026-03-01", end="2026-03-31")
    assert_valid_bundle(bundle)
    questionnaire, = resources(bundle, "Questionnaire")
    item, = [i for i in questionnaire["item"] if i["linkId"] == "dark_thoughts"]
    assert item["text"] == "Gedachten over de dood of over niet meer willen leven"
    answers = [[a["answer"][0]["valueInteger"] for a in r["item"]
                if a["linkId"] == "dark_thoughts"]
               for r in sorted(resources(bundle, "QuestionnaireResponse"),
                               key=lambda r: r["authored"])]
    assert answers == [[], [0], [8]]  # no answer where none was given


def test_the_period_limits_what_goes_out(api_person, person):
    _checkins(person, 3, start=datetime(2026, 1, 5, 9, tzinfo=UTC))
    _checkins(person, 2, start=datetime(2026, 2, 2, 9, tzinfo=UTC))
    bundle = _get(api_person, start="2026-02-01", end="2026-02-28")
    assert len(resources(bundle, "QuestionnaireResponse")) == 2
    assert all(r["authored"].startswith("2026-02") for r in resources(bundle, "QuestionnaireResponse"))


def test_the_access_log_goes_out_only_when_asked(api_person, person, partner):
    link = make_link(person, partner)
    share(link, "rides")
    client_for(partner).get(f"/api/v1/shared/{link.pk}/rides")
    assert not resources(_get(api_person), "AuditEvent")
    bundle = _get(api_person, audit="true")
    events = resources(bundle, "AuditEvent")
    assert [e["subtype"][0]["code"] for e in events] == ["read"]
    assert events[0]["agent"][0]["who"]["display"] == "Sanne"
    assert_valid_bundle(bundle)


def test_nobody_elses_data_goes_out(api_person, person, stranger):
    _checkins(stranger, 5, note="van een ander")
    SafetyPlan.objects.create(owner=stranger, coping="van een ander")
    bundle = _get(api_person)
    assert "van een ander" not in json.dumps(bundle, ensure_ascii=False)
    assert not resources(bundle, "QuestionnaireResponse")


def test_the_download_says_whose_it_is_and_is_not_kept(api_person, person):
    response = api_person.get(URL, {"start": "2026-01-01", "end": "2026-01-31"})
    assert response["Content-Disposition"] == (
        'attachment; filename="wagenmenner-fhir-Robin-2026-01-01-2026-01-31.json"'
        if person.display_name == "Robin" else
        'attachment; filename="wagenmenner-fhir-person-2026-01-01-2026-01-31.json"')
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize("params", [
    {"start": "nonsense"}, {"end": "2026-02-30"}, {"start": "0001-01-01"},
    {"start": "2026-03-01", "end": "2026-01-01"}, {"start": "1900-01-01", "end": "2199-12-31"},
    {"audit": "maybe"}, {"start": "2026-01-01\x00"}])
def test_bad_periods_get_a_clear_422_and_no_bundle(api_person, params):
    response = api_person.get(URL, params)
    assert response.status_code == 422
    assert "detail" in response.json()


def test_logged_out_gets_401(client, db):
    assert client.get(URL).status_code == 401


def test_the_queries_do_not_grow_with_the_history(person, partner):
    share(make_link(person, partner), "checkin_levels")
    client = client_for(person)
    _checkins(person, 3)
    since = (timezone.now() - timedelta(days=200)).date().isoformat()
    with CaptureQueriesContext(connection) as few:
        _get(client, audit="true", start=since)
    _checkins(person, 300, start=timezone.now() - timedelta(days=150))
    with CaptureQueriesContext(connection) as many:
        bundle = _get(client, audit="true", start=since)
    assert len(resources(bundle, "QuestionnaireResponse")) == 303
    assert len(many) == len(few)


def test_the_command_line_writes_a_valid_bundle_and_logs_it(person):
    _checkins(person, 5)
    out = io.StringIO()
    call_command("fhir_export", "PERSON@example.org", "--start", "2010-01-01", stdout=out)
    bundle = json.loads(out.getvalue())
    assert_valid_bundle(bundle)
    assert len(resources(bundle, "QuestionnaireResponse")) == 5
    entry = AccessEntry.objects.get(subject=person)
    assert (entry.action, entry.actor_role, entry.kind) == ("export", "operator", "fhir_bundle")


def test_the_command_line_names_its_errors(person):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No account"):
        call_command("fhir_export", "nobody@example.org", stdout=io.StringIO())
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("fhir_export", "person@example.org", "--start", "1-1-2026",
                     stdout=io.StringIO())
    assert not AccessEntry.objects.exists()


def test_the_export_page_downloads_the_bundle(client_person, person):
    _checkins(person, 3, start=datetime(2026, 1, 5, 9, tzinfo=UTC))
    page = client_person.get("/account/fhir/")
    assert page.status_code == 200
    assert "FHIR" in page.content.decode()
    response = client_person.get("/account/fhir/", {"start": "2026-01-01", "end": "2026-01-31"})
    assert response["Content-Type"].startswith("application/fhir+json")
    bundle = json.loads(response.content)
    assert_valid_bundle(bundle)
    assert len(resources(bundle, "QuestionnaireResponse")) == 3
    assert "/account/fhir/" in client_person.get("/account/").content.decode()


def test_the_export_page_names_a_bad_period_in_the_persons_language(client_person):
    response = client_person.get("/account/fhir/", {"start": "0001-01-01", "end": "2026-01-31"})
    assert response.status_code == 422
    assert "tussen de jaren 1900 en 2199" in response.content.decode()
