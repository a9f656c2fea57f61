"""The clinic's questionnaires through the API: upload (422 with the path of the first
problem), assign to a client who shares self-checks, the client answers once, the clinician
reads the answers within consent; everyone else's ids are 404."""

import json
import uuid
from pathlib import Path

import pytest

from questionnaires.models import QuestionnaireAnswers
from sharing.models import AccessEntry
from tests.factories import client_for, make_link, share, verified_client_for
from therapist.services import clinician_register

SAMPLE = (Path(__file__).parents[1] / "samples" / "session_preparation.json").read_text(
    encoding="utf-8")
ANSWERS = {"verloop": "beter", "escalatie": True, "escalatie_wanneer": "2026-01-05",
           "onderwerp": "Mijn zus"}


def _post(client, url, body, **headers):
    data = body if isinstance(body, str | bytes) else json.dumps(body)
    return client.post(url, data, content_type="application/json", **headers)


@pytest.fixture
def doctor(therapist):
    clinician_register(user=therapist, registration="19012345601")
    return verified_client_for(therapist)


@pytest.fixture
def link(person, therapist):
    link = make_link(person, therapist, role="therapist")
    share(link, "selfchecks")
    return link


def _upload_and_assign(doctor, link) -> int:
    r = _post(doctor, "/api/v1/questionnaires", SAMPLE)
    assert r.status_code == 201, r.content
    assert r.json()["title"] == "Voor de volgende sessie"
    r = doctor.post(f"/api/v1/caseload/{link.pk}/questionnaires",
                    {"questionnaire_id": r.json()["id"]}, content_type="application/json")
    assert r.status_code == 201, r.content
    return r.json()["id"]


def test_upload_assign_answer_and_read_the_answers(doctor, link, person, therapist):
    assignment = _upload_and_assign(doctor, link)
    client = client_for(person)
    given, = client.get("/api/v1/questionnaires/assigned").json()
    assert given["id"] == assignment and given["answers"] is None
    assert given["questionnaire"]["resourceType"] == "Questionnaire"
    key = str(uuid.uuid4())
    url = f"/api/v1/questionnaires/{assignment}/responses"
    r = _post(client, url, {"answers": ANSWERS}, HTTP_IDEMPOTENCY_KEY=key)
    assert r.status_code == 201, r.content
    # Sent again (a phone that lost the answer): stored once.
    assert _post(client, url, {"answers": ANSWERS}, HTTP_IDEMPOTENCY_KEY=key).status_code == 200
    assert QuestionnaireAnswers.objects.count() == 1
    stored = QuestionnaireAnswers.objects.get()
    assert "Mijn zus" not in str(QuestionnaireAnswers.objects.values_list("answers", flat=True)
                                 .query) and stored.owner == person
    # Answered is answered.
    assert _post(client, url, {"answers": ANSWERS}).status_code == 422
    rows = doctor.get(f"/api/v1/caseload/{link.pk}/questionnaires").json()
    assert rows[0]["answers"]["answers"]["onderwerp"] == "Mijn zus"
    assert AccessEntry.objects.filter(subject=person, actor=therapist, kind="selfchecks",
                                      action="read").count() == 1
    # Without the consent, the clinician sees no answers.
    from sharing.services import link_set_kinds

    link_set_kinds(link=link, kinds=[])
    rows = doctor.get(f"/api/v1/caseload/{link.pk}/questionnaires").json()
    assert rows[0]["answers"] is None


def test_a_fhir_questionnaire_response_is_taken_too(doctor, link, person):
    assignment = _upload_and_assign(doctor, link)
    response = {"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
        {"linkId": "weken", "item": [
            {"linkId": "verloop", "answer": [{"valueCoding": {"code": "slechter"}}]},
            {"linkId": "escalatie", "answer": [{"valueBoolean": False}]}]}]}
    r = _post(client_for(person), f"/api/v1/questionnaires/{assignment}/responses", response)
    assert r.status_code == 201 and r.json()["answers"] == {"verloop": "slechter",
                                                            "escalatie": False}


def test_bad_questionnaires_get_a_422_with_the_path_and_never_a_500(doctor):
    sample = json.loads(SAMPLE)
    sample["item"][1]["item"][0]["answerOption"] = "ja, nee"
    r = _post(doctor, "/api/v1/questionnaires", sample)
    assert r.status_code == 422
    assert r.json()["path"] == "item[1].item[0].answerOption" and r.json()["detail"]
    deep = {"linkId": "q", "type": "boolean", "text": "?"}
    for n in range(100):
        deep = {"linkId": f"g{n}", "type": "group", "item": [deep]}
    for body in ({"resourceType": "Questionnaire", "title": "x", "item": [deep]},
                 {"resourceType": "Questionnaire", "title": "x",
                  "item": [{"linkId": "a", "type": "attachment", "text": "?"}]},
                 "{not json", "[" * 5000 + "]" * 5000,
                 {"resourceType": "Questionnaire", "title": "x", "item": [
                     {"linkId": "a", "type": "date", "text": "?"},
                     {"linkId": "b", "type": "string", "text": "?", "enableWhen": [
                         {"question": "a", "operator": ">", "answerDate": "0001-01-01"}]}]}):
        r = _post(doctor, "/api/v1/questionnaires", body)
        assert r.status_code == 422, (str(body)[:80], r.content[:200])
        assert "path" in r.json()
    big = json.dumps({"resourceType": "Questionnaire", "title": "x" * (5 * 1024 * 1024)})
    r = _post(doctor, "/api/v1/questionnaires", big)
    assert r.status_code in (400, 413, 422), r.status_code


def test_who_may_do_what(doctor, link, person, partner, stranger, therapist):
    assignment = _upload_and_assign(doctor, link)
    url = f"/api/v1/questionnaires/{assignment}/responses"
    # Nobody else answers the client's questionnaire, nor sees it.
    for c in (client_for(stranger), client_for(partner), doctor):
        assert _post(c, url, {"answers": ANSWERS}).status_code == 404
        assert c.get("/api/v1/questionnaires/assigned").json() == []
    # A person who is no clinician uploads nothing; a clinician without the second factor
    # neither, and gives nothing to a client.
    assert _post(verified_client_for(stranger), "/api/v1/questionnaires", SAMPLE).status_code == 403
    unverified = client_for(therapist)
    r = _post(unverified, "/api/v1/questionnaires", SAMPLE)
    assert r.status_code == 403 and "second factor" in r.json()["detail"]
    # Another clinician's questionnaire cannot be given; a client who does not share
    # self-checks gets nothing.
    clinician_register(user=stranger)
    other = _post(verified_client_for(stranger), "/api/v1/questionnaires", SAMPLE).json()["id"]
    r = doctor.post(f"/api/v1/caseload/{link.pk}/questionnaires", {"questionnaire_id": other},
                    content_type="application/json")
    assert r.status_code == 422
    from sharing.services import link_set_kinds

    link_set_kinds(link=link, kinds=["insights"])
    mine = doctor.get("/api/v1/questionnaires").json()[0]["id"]
    r = doctor.post(f"/api/v1/caseload/{link.pk}/questionnaires", {"questionnaire_id": mine},
                    content_type="application/json")
    assert r.status_code == 422 and "self-checks" in json.dumps(r.json())


def test_the_answers_go_along_in_both_fhir_exports(doctor, link, person):
    from exchange.tests.fhir_models import assert_valid_bundle, resources

    assignment = _upload_and_assign(doctor, link)
    _post(client_for(person), f"/api/v1/questionnaires/{assignment}/responses",
          {"answers": {**ANSWERS, "slaap": "7,5", "regels": 4}})
    own = json.loads(client_for(person).get("/api/v1/fhir/export").content)
    theirs = json.loads(doctor.get(f"/api/v1/caseload/{link.pk}/fhir").content)
    for bundle in (own, theirs):
        assert_valid_bundle(bundle)
        asked = [q for q in resources(bundle, "Questionnaire")
                 if q["title"] == "Voor de volgende sessie"]
        assert len(asked) == 1
        response = next(r for r in resources(bundle, "QuestionnaireResponse")
                        if r["questionnaire"].startswith(asked[0]["url"]))
        group = next(i for i in response["item"] if i["linkId"] == "weken")
        assert {i["linkId"]: i["answer"][0] for i in group["item"]}["verloop"] == {
            "valueCoding": {"system": "https://praktijk.example.org/fhir/CodeSystem/verloop",
                            "code": "beter", "display": "Beter dan daarvoor"}}
    # Without self-checks shared, the clinician's export holds no answers.
    from sharing.services import link_set_kinds

    link_set_kinds(link=link, kinds=["checkin_levels"])
    theirs = json.loads(doctor.get(f"/api/v1/caseload/{link.pk}/fhir").content)
    assert "Mijn zus" not in json.dumps(theirs, ensure_ascii=False)
