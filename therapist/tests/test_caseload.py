"""The caseload, session dates and the clinician's own notes (issue 10)."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command

from accounts.models import ApiToken, User
from insights.periods import local_today
from sharing.models import AccessEntry
from tests.factories import client_for, make_link, share, verified_client_for, with_second_factor
from therapist.models import Clinician, ClinicianNote


def test_caseload_lists_clients_with_kinds_last_session_and_last_checkin(person, therapist, clinic):
    link = clinic["link"]
    c = verified_client_for(therapist)
    rows = c.get("/api/v1/caseload").json()
    assert rows == [{"link_id": link.pk, "client": {"id": person.pk, "display_name": "Robin"},
                     "kinds": [], "last_session": None, "last_checkin_at": None}]
    share(link, "insights", "selfchecks")
    today = local_today(therapist)
    assert c.post(f"/api/v1/caseload/{link.pk}/sessions", {"date": today.isoformat()},
                  content_type="application/json").status_code == 201
    row = c.get("/api/v1/caseload").json()[0]
    assert row["kinds"] == ["selfchecks", "insights"]
    assert row["last_session"] == today.isoformat()
    assert row["last_checkin_at"] is not None
    # The last check-in is the client's data: its read is in their access log.
    entry = AccessEntry.objects.filter(subject=person).first()
    assert (entry.actor_ref, entry.kind, entry.action, entry.actor_role) == (
        therapist.pk, "insights", "read", "therapist")


def test_the_caseload_page_shows_a_recency_badge(person, therapist, clinic):
    share(clinic["link"], "weekly_summary")
    page = verified_client_for(therapist).get("/praktijk/")
    assert page.status_code == 200
    assert b"badge-this_week" in page.content or b"badge-older" in page.content
    assert b"Robin" in page.content


def test_sessions_are_recorded_once_per_date_and_never_in_the_future(therapist, clinic):
    link = clinic["link"]
    c = verified_client_for(therapist)
    url = f"/api/v1/caseload/{link.pk}/sessions"
    today = local_today(therapist)
    for day, status in ((today, 201), (today, 422), (today + timedelta(days=1), 422),
                        ("0001-01-01", 422), ("1999-12-31", 422), ("2026-02-30", 422),
                        ("not a date", 422), (None, 422)):
        r = c.post(url, {"date": str(day) if day else None}, content_type="application/json")
        assert r.status_code == status, (day, r.content)
    assert [s["date"] for s in c.get(url).json()] == [today.isoformat()]
    page = c.post(f"/praktijk/{link.pk}/sessie/", {"date": "2001-01-01"})
    assert page.status_code == 302
    assert c.post(f"/praktijk/{link.pk}/sessie/", {"date": "gisteren"}).status_code == 422


def test_notes_are_the_clinicians_own(person, therapist, stranger, clinic):
    link = clinic["link"]
    c = verified_client_for(therapist)
    r = c.post(f"/api/v1/caseload/{link.pk}/notes", {"text": "Bespreken: slaap"},
               content_type="application/json")
    assert r.status_code == 201
    note_id = r.json()["id"]
    assert c.patch(f"/api/v1/caseload/{link.pk}/notes/{note_id}", {"text": "Slaap en werk"},
                   content_type="application/json").json()["text"] == "Slaap en werk"
    assert b"Slaap en werk" in c.get(f"/praktijk/{link.pk}/").content
    # A second therapist of the same client sees none of it; nor does the client.
    other_link = make_link(person, stranger, role="therapist")
    s = verified_client_for(stranger)
    assert s.get(f"/api/v1/caseload/{other_link.pk}/notes").json() == []
    assert s.get(f"/api/v1/caseload/{link.pk}/notes").status_code == 404
    assert s.patch(f"/api/v1/caseload/{other_link.pk}/notes/{note_id}", {"text": "x"},
                   content_type="application/json").status_code == 404
    assert b"Slaap en werk" not in s.get(f"/praktijk/{other_link.pk}/").content
    for path in ("/", "/delen/", "/delen/wie-zag-wat/", "/inzicht/"):
        assert b"Slaap en werk" not in client_for(person).get(path).content
    assert c.delete(f"/api/v1/caseload/{link.pk}/notes/{note_id}").status_code == 204
    assert not ClinicianNote.objects.exists()


def test_a_note_is_encrypted_and_goes_with_the_client(person, therapist, clinic):
    from django.db import connection

    c = verified_client_for(therapist)
    c.post(f"/praktijk/{clinic['link'].pk}/notities/", {"text": "zq7 eigen notitie"})
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM therapist_cliniciannote")
        assert "zq7" not in str(cursor.fetchone()[0])
    person.delete()
    assert not ClinicianNote.objects.exists()


@pytest.mark.parametrize("body", ["", "{}", '{"text": ""}', '{"text": 5}',
                                  '{"text": "' + "x" * 5001 + '"}', "[", '{"date": []}'])
def test_bad_bodies_change_nothing(therapist, clinic, body):
    c = verified_client_for(therapist)
    for path in (f"/api/v1/caseload/{clinic['link'].pk}/notes",
                 f"/api/v1/caseload/{clinic['link'].pk}/sessions"):
        assert c.post(path, body, content_type="application/json").status_code in (400, 422)
    assert not ClinicianNote.objects.exists()


def test_an_api_token_works_for_client_routes_once_a_second_factor_is_confirmed(therapist, clinic):
    from django.test import Client

    _, raw = ApiToken.issue(therapist)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    r = api.get("/api/v1/caseload")
    assert r.status_code == 403 and "second factor" in r.json()["detail"]
    with_second_factor(therapist)
    assert api.get("/api/v1/caseload").status_code == 200


def test_createuser_makes_a_clinician(db):
    out = io.StringIO()
    call_command("createuser", "dr@example.org", "--password", "lang genoeg wachtwoord 9",
                 "--role", "clinician", "--registration", "39012345601", stdout=out)
    user = User.objects.get(email="dr@example.org")
    assert Clinician.objects.get(user=user).registration == "39012345601"
    assert "second factor" in out.getvalue()


def test_sign_up_as_a_care_professional_goes_to_the_second_factor(client, db):
    r = client.post("/aanmelden/", {"email": "zorg@example.org", "password": "lang genoeg 123 xx",
                                    "language": "nl", "consent": "on", "clinician": "on",
                                    "registration": "49012345601"})
    # First the account's recovery codes, then on to the second factor.
    assert r.status_code == 200 and 'href="/account/tweede-factor/"' in r.content.decode()
    user = User.objects.get(email="zorg@example.org")
    assert user.clinician.registration == "49012345601"
    assert client.get("/praktijk/").status_code == 403


def test_the_client_sees_the_registration_and_that_nobody_watches_in_real_time(person, clinic):
    page = client_for(person).get("/delen/").content.decode()
    assert "19012345601" in page
    assert "Niemand kijkt live mee" in page or "Nobody watches" in page


def test_the_caseload_says_nobody_watches_in_real_time(therapist, clinic):
    therapist.language = "nl"
    therapist.save()
    page = verified_client_for(therapist).get("/praktijk/").content.decode()
    assert "Niemand kijkt live mee" in page
