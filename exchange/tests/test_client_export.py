"""A clinician's FHIR export of a client (issue 10): within consent, kind by kind, with an
access-log entry per kind; nothing for another clinician's client or a partner's link."""

import json
from datetime import timedelta

from django.utils import timezone

from checkins.models import CheckIn
from exchange.services import CLIENT_EXPORT_KINDS
from exchange.tests.fhir_models import assert_valid_bundle, resources
from safety.models import SafetyPlan
from sharing.models import AccessEntry
from tests.factories import make_link, share, verified_client_for
from therapist.services import clinician_register


def _client(person, therapist, *kinds):
    clinician_register(user=therapist, registration="19012345601")
    link = make_link(person, therapist, role="therapist")
    share(link, *kinds)
    now = timezone.now()
    CheckIn.objects.bulk_create([
        CheckIn(owner=person, recorded_at=now - timedelta(hours=9 * i), alarm=i % 11,
                energy=5, drive=4, enjoyment=5, boredom=3, urge=2, note="zq7 note",
                substance="zq7 bier") for i in range(6)])
    SafetyPlan.objects.create(owner=person, warning_signs="zq7 signs")
    return link


def _bundle(client, link, **params):
    r = client.get(f"/api/v1/caseload/{link.pk}/fhir", params)
    assert r.status_code == 200, r.content
    assert r["Content-Type"].startswith("application/fhir+json")
    assert r["Cache-Control"] == "no-store"
    bundle = json.loads(r.content)
    assert_valid_bundle(bundle)
    return bundle


def test_only_the_kinds_shared_go_out_and_each_is_logged_as_export(person, therapist):
    link = _client(person, therapist, "checkin_levels")
    doctor = verified_client_for(therapist)
    bundle = _bundle(doctor, link)
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds == {"Patient", "Questionnaire", "QuestionnaireResponse", "Consent"}
    assert len(resources(bundle, "QuestionnaireResponse")) == 6
    # The note, the substances and the safety plan are not shared: they stay home.
    assert "zq7" not in json.dumps(bundle, ensure_ascii=False)
    entries = AccessEntry.objects.filter(subject=person, actor=therapist)
    assert [(e.kind, e.action) for e in entries] == [("checkin_levels", "export")]

    share(link, "checkin_levels", "insights", "safety_plan")
    bundle = _bundle(doctor, link)
    assert {"Observation", "CarePlan"} <= {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert "zq7 signs" in json.dumps(bundle, ensure_ascii=False)
    consent, = resources(bundle, "Consent")
    assert {p["code"][0]["coding"][0]["code"] for p in consent["provision"]["provision"]} == {
        "checkin_levels", "insights", "safety_plan"}


def test_another_persons_link_or_a_partners_link_is_a_404(person, partner, therapist, stranger):
    link = _client(person, therapist, "checkin_levels")
    partner_link = make_link(person, partner)
    share(partner_link, "checkin_levels")
    clinician_register(user=stranger)
    for c, link_id in ((verified_client_for(stranger), link.pk),
                       (verified_client_for(therapist), partner_link.pk),
                       (verified_client_for(partner), partner_link.pk),
                       (verified_client_for(therapist), 2**63)):
        assert c.get(f"/api/v1/caseload/{link_id}/fhir").status_code == 404
    assert not AccessEntry.objects.filter(action="export").exists()


def test_a_bad_period_is_refused_and_logs_nothing(person, therapist):
    link = _client(person, therapist, "checkin_levels")
    doctor = verified_client_for(therapist)
    for params in ({"start": "0001-01-01"}, {"start": "2026-02-30"}, {"end": "gisteren"}):
        r = doctor.get(f"/api/v1/caseload/{link.pk}/fhir", params)
        assert r.status_code == 422, params
    r = doctor.get(f"/praktijk/{link.pk}/fhir.json", {"fhir-start": "x", "fhir-end": "y"})
    assert r.status_code == 302
    assert not AccessEntry.objects.filter(action="export").exists()


def test_the_export_names_its_client_and_the_page_says_where_it_belongs(person, therapist):
    """HAZ-32, an export reaching the wrong system: the file is named after the client and
    its Patient is the client; the page says to import it only into this client's record."""
    person.display_name = "Henk Vos"
    person.save()
    link = _client(person, therapist, "checkin_levels")
    doctor = verified_client_for(therapist)
    r = doctor.get(f"/api/v1/caseload/{link.pk}/fhir")
    assert "Henk-Vos" in r["Content-Disposition"] and r["Cache-Control"] == "no-store"
    [patient] = resources(json.loads(r.content), "Patient")
    assert "Henk Vos" in json.dumps(patient["name"])
    page = doctor.get(f"/praktijk/{link.pk}/").content.decode()
    assert "Import it only into this client's record" in page  # the therapist reads English


def test_a_clinicians_export_never_holds_dark_thoughts(person, therapist):
    # Issue 11 point 10: no kind shares the dark-thoughts row; the person never chose to.
    link = _client(person, therapist, *CLIENT_EXPORT_KINDS)
    CheckIn.objects.filter(owner=person).update(dark_thoughts=9)
    bundle = _bundle(verified_client_for(therapist), link)
    assert resources(bundle, "QuestionnaireResponse")
    assert "dark_thoughts" not in json.dumps(bundle)
    assert "death" not in json.dumps(bundle).lower()
