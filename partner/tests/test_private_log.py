"""The partner's private log is its writer's alone: every route and page tried as the
person who shares, a therapist and a stranger."""

import pytest

from partner.models import PrivateNote
from sharing.kinds import AVAILABLE
from tests.factories import client_for, make_link, share

SECRET = "mijn-grens-geheim-4471"


@pytest.fixture
def note(partner):
    return PrivateNote.objects.create(owner=partner, text=f"Hij schreeuwde. {SECRET}",
                                      topic="happened")


def test_the_writer_lists_creates_reads_updates_and_deletes(partner):
    c = client_for(partner)
    r = c.post("/api/v1/my-log", {"topic": "boundary", "text": "Niet na elf uur ruzie"},
               content_type="application/json")
    assert r.status_code == 201
    pk = r.json()["id"]
    assert r.json()["crisis_detected"] is False
    assert [n["id"] for n in c.get("/api/v1/my-log").json()] == [pk]
    assert c.get(f"/api/v1/my-log/{pk}").json()["text"] == "Niet na elf uur ruzie"
    r = c.patch(f"/api/v1/my-log/{pk}", {"topic": "helps"}, content_type="application/json")
    assert r.json()["topic"] == "helps"
    assert c.delete(f"/api/v1/my-log/{pk}").status_code == 204
    assert c.get("/api/v1/my-log").json() == []


def test_bad_input_is_refused_and_changes_nothing(partner):
    c = client_for(partner)
    for body in ({"text": ""}, {"text": "x" * 5001}, {"topic": "secret", "text": "a"},
                 {"text": "a", "owner": 1}, {"text": "a", "happened_at": "gisteren"}):
        assert c.post("/api/v1/my-log", body, content_type="application/json").status_code == 422
    assert not PrivateNote.objects.exists()


def test_crisis_words_in_the_log_are_saved_and_flagged(partner):
    r = client_for(partner).post("/api/v1/my-log", {"text": "ik wil niet meer leven"},
                                 content_type="application/json")
    assert r.status_code == 201 and r.json()["crisis_detected"] is True
    assert PrivateNote.objects.get().text == "ik wil niet meer leven"


def test_the_log_is_encrypted_at_rest(partner, note):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM partner_privatenote")
        assert SECRET not in str(cursor.fetchall())


@pytest.mark.parametrize("who", ["person", "therapist", "stranger"])
def test_nobody_else_reaches_the_log_through_any_route_or_page(who, person, partner, therapist,
                                                               stranger, note):
    # The person shares everything with the partner, and the partner everything with the
    # person and the therapist: none of it carries the partner's own log.
    share(make_link(person, partner), *AVAILABLE)
    share(make_link(partner, person, "close"), *AVAILABLE)
    back = make_link(partner, therapist, "therapist")
    share(back, *AVAILABLE)
    user = {"person": person, "therapist": therapist, "stranger": stranger}[who]
    from partner.models import SafetyQuestionAsked

    SafetyQuestionAsked.objects.get_or_create(owner=user)
    c = client_for(user)
    assert c.get(f"/api/v1/my-log/{note.pk}").status_code == 404
    assert c.patch(f"/api/v1/my-log/{note.pk}", {"text": "x"},
                   content_type="application/json").status_code == 404
    assert c.delete(f"/api/v1/my-log/{note.pk}").status_code == 404
    assert c.get("/api/v1/my-log").json() == []
    for page in (f"/naaste/logboek/{note.pk}/", f"/naaste/logboek/{note.pk}/verwijderen/"):
        assert c.get(page).status_code == 404
        assert c.post(page, {"text": "x", "topic": "helps"}).status_code == 404
    seen = [c.get("/naaste/logboek/"), c.get("/naaste/"), c.get("/delen/"), c.get("/")]
    for link_row in c.get("/api/v1/links").json():
        if link_row["direction"] == "incoming":
            for kind in AVAILABLE:
                seen.append(c.get(f"/api/v1/shared/{link_row['id']}/{kind}"))
                seen.append(c.get(f"/naaste/{link_row['id']}/{kind}/"))
    for response in seen:
        assert SECRET not in response.content.decode(), response
    assert PrivateNote.objects.get(pk=note.pk).text.endswith(SECRET)


def test_the_persons_export_does_not_hold_the_partners_log(person, partner, note):
    share(make_link(person, partner), *AVAILABLE)
    from checkins.exports import KINDS

    c = client_for(person)
    for url in [f"/account/export/{k}.{f}" for k in KINDS for f in ("csv", "json")]:
        r = c.get(url)
        assert r.status_code == 200
        body = b"".join(r.streaming_content) if r.streaming else r.content
        assert SECRET.encode() not in body


def test_the_log_pages_work_for_the_writer(client_partner, partner):
    r = client_partner.post("/naaste/logboek/", {"topic": "helps", "text": "Een wandeling",
                                                 "happened_at": "2026-03-01T10:00"})
    assert r.status_code == 302
    note = PrivateNote.objects.get(owner=partner)
    assert "Een wandeling" in client_partner.get("/naaste/logboek/").content.decode()
    r = client_partner.post(f"/naaste/logboek/{note.pk}/", {"topic": "helps", "text": "Twee",
                                                            "happened_at": "2026-03-01T10:00"})
    assert r.status_code == 302
    assert client_partner.post(f"/naaste/logboek/{note.pk}/verwijderen/").status_code == 302
    assert not PrivateNote.objects.exists()


def test_an_empty_log_entry_gets_a_message(client_partner):
    r = client_partner.post("/naaste/logboek/", {"topic": "helps", "text": ""})
    assert r.status_code == 200 and r.context["form"].errors
    assert not PrivateNote.objects.exists()
