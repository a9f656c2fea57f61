"""The clinic's questionnaires: another clinician's link is a 404 on every route and page;
a crisis in a free-text answer through the API is flagged after the save; the client's
answers go with the client's account, and stay when the clinician leaves."""

import json
import uuid
from pathlib import Path

from accounts.services import account_delete
from questionnaires.models import Assignment, ClinicQuestionnaire, QuestionnaireAnswers
from tests.factories import client_for, make_link, share, verified_client_for
from therapist.services import clinician_register

SAMPLE = json.loads((Path(__file__).parents[1] / "samples" / "session_preparation.json")
                    .read_text(encoding="utf-8"))


def _given(person, therapist):
    clinician_register(user=therapist)
    link = make_link(person, therapist, role="therapist")
    share(link, "selfchecks")
    asked = ClinicQuestionnaire.objects.create(author=therapist, title="Voor de volgende sessie",
                                               resource=SAMPLE)
    return link, asked, Assignment.objects.create(link=link, questionnaire=asked)


def test_another_clinician_gets_404_for_the_client_s_link(person, therapist, stranger):
    link, _asked, _given_one = _given(person, therapist)
    clinician_register(user=stranger)
    other = verified_client_for(stranger)
    own = other.post("/api/v1/questionnaires", json.dumps(SAMPLE),
                     content_type="application/json").json()["id"]
    url = f"/api/v1/caseload/{link.pk}/questionnaires"
    assert other.get(url).status_code == 404
    assert other.post(url, {"questionnaire_id": own},
                      content_type="application/json").status_code == 404
    assert other.post(f"/praktijk/{link.pk}/vragenlijst-geven/",
                      {"questionnaire": own}).status_code == 404
    assert Assignment.objects.count() == 1


def test_a_crisis_in_an_answer_through_the_api_is_flagged_after_the_save(person, therapist):
    _link, _asked, given = _given(person, therapist)
    r = client_for(person).post(
        f"/api/v1/questionnaires/{given.pk}/responses",
        json.dumps({"answers": {"verloop": "slechter", "escalatie": False,
                                "toelichting": "Ik wil er niet meer zijn"}}),
        content_type="application/json", HTTP_IDEMPOTENCY_KEY=str(uuid.uuid4()))
    assert r.status_code == 201, r.content
    assert r.json()["crisis_detected"] is True
    assert QuestionnaireAnswers.objects.filter(owner=person).count() == 1


def test_a_crisis_in_answers_sent_from_the_browser_shows_the_crisis_card_next(
        person, therapist):
    # The offline queue (fill.js, offline.js) sends through the API with the session.
    _link, _asked, given = _given(person, therapist)
    mine = client_for(person)
    r = mine.post(f"/api/v1/questionnaires/{given.pk}/responses",
                  json.dumps({"answers": {"verloop": "slechter", "escalatie": False,
                                          "toelichting": "Ik wil er niet meer zijn"},
                              "recorded_at": "2026-01-01T10:00:00+01:00"}),
                  content_type="application/json", HTTP_IDEMPOTENCY_KEY=str(uuid.uuid4()))
    assert r.status_code == 201, r.content
    assert 'id="crisis-card"' in mine.get(f"/vragenlijsten/{given.pk}/").content.decode()


def test_the_answers_go_with_the_client_s_account_and_stay_when_the_clinician_leaves(
        person, therapist, stranger):
    _link, asked, given = _given(person, therapist)
    QuestionnaireAnswers.objects.create(owner=person, assignment=given, answers="{}",
                                        questionnaire_title=asked.title, questionnaire=SAMPLE)
    account_delete(user=therapist)
    kept = QuestionnaireAnswers.objects.get()
    assert kept.assignment is None and kept.questionnaire_title == "Voor de volgende sessie"

    account_delete(user=person)
    assert not QuestionnaireAnswers.objects.exists()
    assert not Assignment.objects.exists()
