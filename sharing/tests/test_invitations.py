from datetime import timedelta

import pytest
import segno  # noqa: F401 (the QR code is made by the app itself)
from django.utils import timezone, translation

from sharing import services
from sharing.models import Invitation, Link, code_hash
from tests.factories import client_for


def test_an_invitation_stores_only_the_hash_of_its_code(api_person, person):
    r = api_person.post("/api/v1/invitations", {"role": "partner"}, content_type="application/json")
    assert r.status_code == 201
    body = r.json()
    assert set(body) == {"id", "code", "url", "expires_at"}
    invitation = Invitation.objects.get(pk=body["id"])
    assert invitation.code_hash == code_hash(body["code"])
    assert body["code"] not in str(Invitation.objects.values_list().get(pk=body["id"]))
    assert body["url"].endswith(f"/uitnodiging/{body['code']}/")
    expires = invitation.expires_at - invitation.created_at
    assert expires == timedelta(days=7)


def test_accepting_makes_a_link_with_nothing_shared(api_person, person, partner):
    code = api_person.post("/api/v1/invitations", {"role": "therapist"},
                           content_type="application/json").json()["code"]
    r = client_for(partner).post("/api/v1/invitations/accept", {"code": code.lower()},
                                 content_type="application/json")
    assert r.status_code == 200
    link = Link.objects.get(pk=r.json()["link_id"])
    assert r.json()["role"] == "therapist"
    assert (link.owner, link.reader, link.role) == (person, partner, "therapist")
    assert services.link_kinds(link) == []


@pytest.mark.parametrize("state", ["used", "expired", "withdrawn", "unknown"])
def test_a_used_expired_withdrawn_or_unknown_code_changes_nothing(person, partner, stranger, state):
    invitation, code = services.invitation_create(owner=person, role="partner")
    if state == "used":
        services.invitation_accept(code=code, user=stranger)
    elif state == "expired":
        Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now())
    elif state == "withdrawn":
        services.invitation_withdraw(invitation=invitation)
    else:
        code = "ABCD-EFGH-JKMN"
    links_before = Link.objects.count()
    r = client_for(partner).post("/api/v1/invitations/accept", {"code": code},
                                 content_type="application/json")
    assert r.status_code == 422
    with translation.override(partner.language):
        assert r.json()["detail"] == {"code": [str(services.ERROR_CODE)]}
    assert Link.objects.count() == links_before
    assert not Link.objects.filter(reader=partner).exists()


def test_you_cannot_accept_your_own_invitation(api_person, person):
    code = api_person.post("/api/v1/invitations", {"role": "partner"},
                           content_type="application/json").json()["code"]
    r = api_person.post("/api/v1/invitations/accept", {"code": code}, content_type="application/json")
    assert r.status_code == 422
    assert not Link.objects.exists()


def test_guessing_codes_is_throttled_per_account(partner):
    client = client_for(partner)
    for _ in range(services.ATTEMPT_LIMIT):
        r = client.post("/api/v1/invitations/accept", {"code": "AAAA-BBBB-CCCC"},
                        content_type="application/json")
        assert r.status_code == 422
    r = client.post("/api/v1/invitations/accept", {"code": "AAAA-BBBB-CCCC"},
                    content_type="application/json")
    assert r.status_code == 429


def test_guessing_codes_is_throttled_per_address_across_accounts(partner, stranger, person):
    _, good = services.invitation_create(owner=person, role="partner")
    for i in range(services.ATTEMPT_LIMIT):
        user = partner if i % 2 else stranger
        client_for(user).post("/api/v1/invitations/accept", {"code": f"AAAA-BBBB-CC{i:02d}"},
                              content_type="application/json", REMOTE_ADDR="203.0.113.9")
    # Even the right code waits now, from that address: guessing gains nothing.
    r = client_for(partner).post("/api/v1/invitations/accept", {"code": good},
                                 content_type="application/json", REMOTE_ADDR="203.0.113.9")
    assert r.status_code == 429
    r = client_for(partner).post("/api/v1/invitations/accept", {"code": good},
                                 content_type="application/json", REMOTE_ADDR="198.51.100.1")
    assert r.status_code == 200


def test_bad_roles_are_refused(api_person):
    for role in ["owner", "", "PARTNER", None, 3]:
        r = api_person.post("/api/v1/invitations", {"role": role}, content_type="application/json")
        assert r.status_code == 422, role
    assert not Invitation.objects.exists()


def test_invitation_page_shows_code_link_and_a_qr_code_that_reads_back(client_person, person):
    import numpy as np
    import zxingcpp

    r = client_person.post("/delen/uitnodigen/", {"role": "partner", "display_name": "Robin"})
    assert r.status_code == 200
    html = r.content.decode()
    code = r.context["code"]
    assert code in html and r.context["url"] in html
    assert '<svg role="img"' in html
    # The QR code carries exactly the link (decoded from the same matrix the SVG draws).
    matrix = segno.make(r.context["url"], error="m").matrix
    image = np.kron(np.array([[0 if v else 255 for v in row] for row in matrix], dtype=np.uint8),
                    np.ones((6, 6), dtype=np.uint8))
    image = np.pad(image, 24, constant_values=255)
    assert zxingcpp.read_barcode(image).text == r.context["url"]
    person.refresh_from_db()
    assert person.display_name == "Robin"


def test_the_invitation_link_shows_who_invites_for_what_and_accepts(person, partner):
    person.display_name = "Robin"
    person.save()
    _, code = services.invitation_create(owner=person, role="close")
    client = client_for(partner)
    r = client.get(f"/uitnodiging/{code}/")
    assert r.status_code == 302 and r.url == "/uitnodiging/"  # the code leaves the address bar
    r = client.get("/uitnodiging/")
    assert "Robin" in r.content.decode()
    r = client.post("/uitnodiging/", {"code": code, "accept": "1"})
    assert r.status_code == 302
    assert Link.objects.get(reader=partner).role == "close"


def test_a_logged_out_visitor_is_asked_to_sign_up_or_log_in_and_sees_no_name(client, person):
    person.display_name = "Robin"
    person.save()
    _, code = services.invitation_create(owner=person, role="partner")
    client.get(f"/uitnodiging/{code}/")
    r = client.get("/uitnodiging/")
    assert r.status_code == 200
    assert "Robin" not in r.content.decode()
    assert "/aanmelden/?next=" in r.content.decode()


def test_invitation_mail_names_nobody(client_person, person, settings, mailoutbox):
    settings.EMAIL_URL = "smtp://mail.example.org:587"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    r = client_person.post("/delen/uitnodigen/", {"role": "partner", "display_name": "Robin"})
    code = r.context["code"]
    inv = r.context["invitation"]
    r = client_person.post(f"/delen/uitnodiging/{inv.pk}/mailen/",
                           {"email": "sanne@example.org", "code": code})
    assert r.status_code == 302
    (mail,) = mailoutbox
    assert code in mail.body and "Robin" not in mail.body + mail.subject
    assert "partner" not in (mail.body + mail.subject).lower()


def test_without_email_configured_no_mail_form_is_offered(client_person, settings):
    settings.EMAIL_URL = ""
    r = client_person.post("/delen/uitnodigen/", {"role": "partner", "display_name": "Robin"})
    assert r.context["mail_form"] is None
