"""The plain FHIR builders: one golden file pins the shape of a bundle with every kind of
resource, and every bundle made here validates against the FHIR models."""

import json
import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from exchange import fhir
from exchange.tests.fhir_models import assert_valid_bundle, resources

GOLDEN = Path(__file__).parent / "golden" / "bundle.json"
SITE = fhir.Site(base="https://wagenmenner.example.org")
LABELS = {name: name.capitalize() for name in (
    *fhir.LEVELS, *fhir.CHECKIN_TEXTS, "conflict", *fhir.WEEK_FIGURES, "checkin")}


def _week(n: int, **figures) -> dict:
    empty = {"n": 0, "max": None, "min": None, "amplitude": None, "mean": None, "sd": None,
             "mssd": None, "pac": None}
    return {"week": "2026-W10", "monday": "2026-03-02", "start": "2026-03-02",
            "end": "2026-03-08", **{s: {**empty, "n": n, **figures} for s in fhir.WEEK_SCALES}}


def sample_bundle() -> dict:
    person = fhir.patient(SITE, key=7, name="Robin", language="nl")
    questionnaire = fhir.checkin_questionnaire(SITE, title="Meting", texts=LABELS, language="nl")
    checkins = [
        {"id": 11, "recorded_at": "2026-03-02T08:15:00+01:00", "alarm": 8, "energy": 3,
         "drive": 6, "enjoyment": 2, "boredom": 4, "urge": 7, "conflict": True,
         "substance": "bier", "substance_amount": "2", "note": "Ruzie over de afwas"},
        {"id": 12, "recorded_at": "2026-03-04T21:40:00+01:00", "alarm": 4, "energy": 5,
         "drive": 5, "enjoyment": 6, "boredom": 3, "urge": 2, "conflict": False},
    ]
    responses = [fhir.checkin_response(SITE, person, questionnaire, c) for c in checkins]
    week = _week(2, max=8, min=4, amplitude=4, mean=6.0, sd=2.8284, mssd=16.0, pac=1.0)
    observations = fhir.weekly_observations(SITE, person, [week], labels=LABELS,
                                            responses={"2026-03-02": responses})
    plan = fhir.care_plan(SITE, person, kind="safety-plan", key=3, title="Veiligheidsplan",
                          sections=[("Waarschuwingssignalen", "Ik slaap slecht"), ("Leeg", "")],
                          created="2026-01-05T10:00:00+00:00",
                          updated="2026-02-01T10:00:00+00:00", category="Stanley & Brown")
    consent = fhir.consent(SITE, person, link_key=5, reader_name="Dr. Jansen",
                           role="therapeut", since="2026-01-10T09:00:00+00:00",
                           kinds=[("checkin_levels", "2026-01-10T09:00:00+00:00"),
                                  ("safety_plan", "2026-01-12T09:00:00+00:00")])
    audit = fhir.audit_event(SITE, person, {
        "id": 99, "at": "2026-03-05T12:00:00+00:00", "actor_ref": 8, "actor_name": "Dr. Jansen",
        "actor_role": "therapist", "kind": "checkin_levels", "action": "export",
        "grounds": "consent 4 (checkin_levels, link 5, therapist, since 2026-01-10 09:00Z)",
        "address": "192.0.2.10", "outcome": "granted"})
    clinic = fhir.clinic_questionnaire(SITE, {
        "resourceType": "Questionnaire", "url": "https://clinic.example.org/q/sleep",
        "version": "2", "status": "active", "title": "Slaap",
        "item": [{"linkId": "1", "text": "Slaap je goed?", "type": "boolean"}]}, key=21)
    answered = fhir.clinic_response(SITE, person, clinic, key=31, response={
        "resourceType": "QuestionnaireResponse", "status": "completed",
        "authored": "2026-03-06T10:00:00+01:00",
        "item": [{"linkId": "1", "text": "Slaap je goed?", "answer": [{"valueBoolean": False}]}]})
    return fhir.bundle([person, questionnaire, *responses, *observations, plan, consent, audit,
                        clinic, answered],
                       bundle_id="0b8e7e5c-6a53-4c0e-9a43-5f1b7e2c9d10",
                       timestamp="2026-03-08T20:00:00+01:00")


def test_the_sample_bundle_is_valid_fhir():
    assert_valid_bundle(sample_bundle())


def test_the_bundle_keeps_the_shape_of_the_golden_file():
    made = sample_bundle()
    if os.environ.get("WAGENMENNER_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(json.dumps(made, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert made == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_ids_are_stable_per_site_and_row_and_differ_between_sites():
    other = fhir.Site(base="https://other.example.org")
    assert SITE.id_for("checkin", 11) == SITE.id_for("checkin", 11)
    assert SITE.id_for("checkin", 11) != SITE.id_for("checkin", 12)
    assert SITE.id_for("checkin", 11) != other.id_for("checkin", 11)


def test_a_response_holds_only_the_texts_it_was_given():
    person = fhir.patient(SITE, key=1, name="", language="en")
    questionnaire = fhir.checkin_questionnaire(SITE, title="Check-in", texts=LABELS, language="en")
    response = fhir.checkin_response(SITE, person, questionnaire, {
        "id": 1, "recorded_at": "2026-03-02T08:15:00+00:00", "alarm": 1, "energy": 2, "drive": 3,
        "enjoyment": 4, "boredom": 5, "urge": 6, "conflict": False})
    assert [i["linkId"] for i in response["item"]] == [*fhir.LEVELS, "conflict"]
    assert "name" not in person  # no empty elements: FHIR forbids them


figure = st.one_of(st.none(), st.floats(min_value=0, max_value=100, allow_nan=False))


@given(n=st.integers(min_value=0, max_value=100), values=st.lists(figure, min_size=7, max_size=7))
def test_weekly_figures_are_valid_and_a_missing_figure_is_never_zero(n, values):
    week = _week(n, **dict(zip(fhir.WEEK_FIGURES[1:], values, strict=True)))
    person = fhir.patient(SITE, key=1, name="X", language="nl")
    observations = fhir.weekly_observations(SITE, person, [week], labels=LABELS)
    assert len(observations) == (3 if n else 0)
    for observation in observations:
        assert observation["category"][0]["coding"][0]["code"] == "survey"
        by_code = {c["code"]["coding"][0]["code"]: c for c in observation["component"]}
        assert by_code["n"]["valueInteger"] == n
        for name, value in zip(fhir.WEEK_FIGURES[1:], values, strict=True):
            if value is None:
                assert "valueQuantity" not in by_code[name]
                assert by_code[name]["dataAbsentReason"]["coding"][0]["code"] == "not-applicable"
            else:
                assert by_code[name]["valueQuantity"]["value"] == value
    assert_valid_bundle(fhir.bundle([person, *observations], bundle_id=SITE.id_for("b", 1),
                                    timestamp="2026-03-08T20:00:00+00:00"))


def test_the_bundle_is_marked_restricted():
    bundle = sample_bundle()
    assert bundle["meta"]["security"][0]["code"] == "R"
    assert len(resources(bundle, "Patient")) == 1


def test_the_check_refuses_what_fhir_refuses():
    import pytest
    from pydantic import ValidationError

    bundle = sample_bundle()
    observation = resources(bundle, "Observation")[0]
    del observation["code"]
    with pytest.raises(ValidationError):
        assert_valid_bundle(bundle)
    bundle = sample_bundle()
    resources(bundle, "Observation")[0]["derivedFrom"] = [{"reference": "urn:uuid:elsewhere"}]
    with pytest.raises(AssertionError):
        assert_valid_bundle(bundle)


def test_the_dark_thoughts_row_is_asked_and_answered_only_when_the_export_holds_it():
    person = fhir.patient(SITE, key=7, name="Robin", language="nl")
    texts = {**LABELS, "dark_thoughts": "Gedachten aan de dood"}
    checkin = {"id": 11, "recorded_at": "2026-03-02T08:15:00+01:00", "alarm": 8, "energy": 3,
               "drive": 6, "enjoyment": 2, "boredom": 4, "urge": 7, "dark_thoughts": 0}
    asked = fhir.checkin_questionnaire(SITE, title="Meting", texts=texts, language="nl",
                                       dark_thoughts=True)
    item, = [i for i in asked["item"] if i["linkId"] == "dark_thoughts"]
    assert item["required"] is False and item["type"] == "integer"
    answered = fhir.checkin_response(SITE, person, asked, checkin)
    assert {"linkId": "dark_thoughts", "answer": [{"valueInteger": 0}]} in answered["item"]
    assert_valid_bundle(fhir.bundle([person, asked, answered], bundle_id="b",
                                    timestamp="2026-03-06T10:00:00+00:00"))
    # Not asked (a clinician's export): the value never goes out, even when it was given.
    plain = fhir.checkin_questionnaire(SITE, title="Meting", texts=texts, language="nl")
    assert "dark_thoughts" not in json.dumps(
        [plain, fhir.checkin_response(SITE, person, plain, checkin)])
