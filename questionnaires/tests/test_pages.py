"""The clinic's questionnaires as pages: a bad upload says where the problem is and stores
nothing; only the client fills in their own; a resent form counts once; free text in the
answers is crisis-checked after the save."""

import json
import uuid
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile

from questionnaires.models import Assignment, ClinicQuestionnaire, QuestionnaireAnswers
from tests.factories import client_for, make_link, share, verified_client_for
from therapist.services import clinician_register

SAMPLE = (Path(__file__).parents[1] / "samples" / "session_preparation.json").read_bytes()


def _given(person, therapist):
    clinician_register(user=therapist)
    link = make_link(person, therapist, role="therapist")
    share(link, "selfchecks")
    asked = ClinicQuestionnaire.objects.create(author=therapist, title="Voor de volgende sessie",
                                               resource=json.loads(SAMPLE))
    return link, Assignment.objects.create(link=link, questionnaire=asked)


def test_a_bad_upload_names_the_place_and_stores_nothing(therapist):
    clinician_register(user=therapist)
    doctor = verified_client_for(therapist)
    bad = json.loads(SAMPLE)
    bad["item"][2]["type"] = "attachment"
    r = doctor.post("/praktijk/vragenlijsten/", {"file": SimpleUploadedFile(
        "q.json", json.dumps(bad).encode(), content_type="application/json")})
    assert r.status_code == 422 and "item[2].type" in r.content.decode()
    r = doctor.post("/praktijk/vragenlijsten/", {"text": "{niet"})
    assert r.status_code == 422 and "JSON" in r.content.decode()
    assert not ClinicQuestionnaire.objects.exists()
    r = doctor.post("/praktijk/vragenlijsten/", {"text": SAMPLE.decode()})
    assert r.status_code == 302 and ClinicQuestionnaire.objects.count() == 1


def test_only_the_client_fills_in_and_a_resent_form_counts_once(person, therapist, stranger):
    link, given = _given(person, therapist)
    url = f"/vragenlijsten/{given.pk}/"
    assert client_for(stranger).get(url).status_code == 404
    assert verified_client_for(therapist).get(url).status_code == 404
    mine = client_for(person)
    assert "vragenlijst om in te vullen" in mine.get("/zelftest/").content.decode()
    page = mine.get(url)
    assert page.status_code == 200 and "Hoe gingen de afgelopen weken?" in page.content.decode()
    names = page.context["form"].names
    key = str(uuid.uuid4())
    missing = mine.post(url, {"key": key, names["escalatie"]: "false"})
    assert missing.status_code == 422 and not QuestionnaireAnswers.objects.exists()
    answers = {"key": key, names["verloop"]: "gelijk", names["escalatie"]: "false",
               names["toelichting"]: "Ik wil er niet meer zijn"}
    r = mine.post(url, answers, follow=True)
    # Saved first, then the crisis card on the page it leads to.
    assert QuestionnaireAnswers.objects.count() == 1
    assert 'id="crisis-card"' in r.content.decode()
    assert mine.post(url, answers).status_code == 200  # answered: the answers show
    assert QuestionnaireAnswers.objects.count() == 1
    assert "Ik wil er niet meer zijn" in mine.get(url).content.decode()


def test_bad_uploads_and_answers_on_the_pages_never_give_a_500(person, therapist):
    """A 5 MB file, nesting 100 deep, an unknown item type; an answer dated year 1 and a
    phone's moment in year 1: each a clear refusal, nothing stored."""
    clinician_register(user=therapist)
    doctor = verified_client_for(therapist)
    deep = {"linkId": "q", "type": "boolean", "text": "?"}
    for n in range(100):
        deep = {"linkId": f"g{n}", "type": "group", "item": [deep]}
    unknown = {"resourceType": "Questionnaire", "title": "x",
               "item": [{"linkId": "a", "type": "quantity", "text": "?"}]}
    for name, raw in (("big.json", b" " * (5 * 1024 * 1024) + SAMPLE),
                      ("deep.json", json.dumps({"resourceType": "Questionnaire", "title": "x",
                                                "item": [deep]}).encode()),
                      ("unknown.json", json.dumps(unknown).encode())):
        r = doctor.post("/praktijk/vragenlijsten/", {"file": SimpleUploadedFile(
            name, raw, content_type="application/json")})
        assert r.status_code == 422, name
    assert "item[0].type" in r.content.decode()
    assert not ClinicQuestionnaire.objects.exists()

    _link, given = _given(person, therapist)
    mine = client_for(person)
    names = mine.get(f"/vragenlijsten/{given.pk}/").context["form"].names
    r = mine.post(f"/vragenlijsten/{given.pk}/", {
        "key": str(uuid.uuid4()), names["verloop"]: "gelijk", names["escalatie"]: "true",
        names["escalatie_wanneer"]: "0001-01-01"})
    assert r.status_code == 422
    api = f"/api/v1/questionnaires/{given.pk}/responses"
    for moment in ("0001-01-01", "gisteren", 12, "2026-02-30T10:00:00+01:00"):
        r = mine.post(api, {"answers": {"verloop": "gelijk", "escalatie": False},
                            "recorded_at": moment}, content_type="application/json")
        assert r.status_code == 422 and r.json()["path"] == "recorded_at", moment
    assert not QuestionnaireAnswers.objects.exists()
    # A phone whose clock says year 1: its answers are kept, dated when they were given.
    r = mine.post(api, {"answers": {"verloop": "gelijk", "escalatie": False},
                        "recorded_at": "0001-01-01T00:00:00+14:00"},
                  content_type="application/json")
    assert r.status_code == 201
    assert QuestionnaireAnswers.objects.get().authored_at == given.assigned_at


def test_the_clients_page_offers_the_clinicians_questionnaires_by_title(person, therapist):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    link, given = _given(person, therapist)
    doctor = verified_client_for(therapist)
    with CaptureQueriesContext(connection) as queries:
        page = doctor.get(f"/praktijk/{link.pk}/").content.decode()
    assert f'<option value="{given.questionnaire_id}"' in page
    assert "Voor de volgende sessie</option>" in page
    # The questionnaires' JSON is not read for a title.
    assert not any('"resource"' in q["sql"] and "clinicquestionnaire" in q["sql"]
                   for q in queries.captured_queries)


def test_the_clients_page_shows_what_was_given_and_answered_in_one_query(person, therapist):
    """Given twice (once answered), another questionnaire not given, and one of another
    clinician's given to their own client: the page lists this client's two, newest
    first, the answers in words while self-checks are shared; one query for all of it."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from accounts.services import account_create
    from sharing.services import link_set_kinds

    link, first = _given(person, therapist)
    ClinicQuestionnaire.objects.create(author=therapist, title="Nooit gegeven",
                                       resource=json.loads(SAMPLE))
    Assignment.objects.create(link=link, questionnaire=first.questionnaire)
    QuestionnaireAnswers.objects.create(
        owner=person, assignment=first, questionnaire=json.loads(SAMPLE),
        answers=json.dumps({"verloop": "gelijk", "escalatie": True}))
    colleague = account_create(email="colleague@example.org", password="x" * 12)
    _given(account_create(email="other@example.org", password="x" * 12), colleague)
    doctor = verified_client_for(therapist)
    with CaptureQueriesContext(connection) as queries:
        page = doctor.get(f"/praktijk/{link.pk}/").content.decode()
    assert sum("questionnaires_" in q["sql"] for q in queries.captured_queries) == 1
    given = page[page.index('id="questionnaires"'):]
    assert given.count("<h3>Voor de volgende sessie</h3>") == 2  # not the colleague's
    assert "Nooit gegeven</h3>" not in given and "Nooit gegeven</option>" in given
    assert given.index("Not answered yet") < given.index("Answered on")  # newest first
    assert "Ongeveer hetzelfde" in given  # the answer in words
    # Self-checks no longer shared: what was given shows, its answers and the form do not.
    link_set_kinds(link=link, kinds=[])
    given = doctor.get(f"/praktijk/{link.pk}/").content.decode()
    given = given[given.index('id="questionnaires"'):]
    assert given.count("<h3>Voor de volgende sessie</h3>") == 2
    assert "Answered on" not in given and "Not answered yet" not in given
    assert "<option" not in given and "Ongeveer hetzelfde" not in given
