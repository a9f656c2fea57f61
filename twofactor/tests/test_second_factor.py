"""The second factor (issue 10): set up by page and API, asked after the password, used
once per code, changed only from a confirmed session, and encrypted at rest."""

import re

import pytest
from django.db import connection
from django.test import Client

from accounts.models import ApiToken
from conftest import PASSWORD
from tests.factories import client_for, totp_code, verified_client_for, with_second_factor
from twofactor import services
from twofactor.models import TotpDevice


def _login(client, user, follow=False):
    return client.post("/inloggen/", {"username": user.email, "password": PASSWORD,
                                      "next": "/inzicht/"}, follow=follow)


def test_api_sets_up_an_authenticator_app_and_gives_ten_recovery_codes(person, api_person):
    r = api_person.post("/api/v1/auth/totp", content_type="application/json")
    assert r.status_code == 200
    body = r.json()
    assert re.fullmatch(r"[A-Z2-7]{32}", body["secret"])
    assert body["otpauth_url"].startswith("otpauth://totp/Wagenmenner%3Aperson%40example.org?")
    assert f"secret={body['secret']}" in body["otpauth_url"]
    device = TotpDevice.objects.get(user=person)
    assert not device.confirmed and not services.has_second_factor(person)

    wrong = api_person.post("/api/v1/auth/totp/confirm", {"code": "000000"},
                            content_type="application/json")
    assert wrong.status_code == 422 and not services.has_second_factor(person)
    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong try above made the next one wait
    device.save()
    r = api_person.post("/api/v1/auth/totp/confirm", {"code": totp_code(device)},
                        content_type="application/json")
    assert r.status_code == 200
    codes = r.json()["recovery_codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert services.has_second_factor(person)
    assert services.recovery_codes_left(person) == 10


def test_bad_bodies_get_a_clear_answer(api_person):
    for body in ("", "{}", '{"code": 5}', '{"code": ""}', '{"code": "' + "9" * 50 + '"}',
                 '{"code": "123456", "x": 1}'):
        r = api_person.post("/api/v1/auth/totp/confirm", body, content_type="application/json")
        assert r.status_code in (400, 422), body


def test_the_secret_is_encrypted_at_rest(person):
    device = services.totp_begin(user=person)
    with connection.cursor() as cursor:
        cursor.execute("SELECT key FROM twofactor_totpdevice WHERE id = %s", [device.pk])
        raw = cursor.fetchone()[0]
    assert device.key not in str(raw)
    assert TotpDevice.objects.get(pk=device.pk).key == device.key


def test_log_in_asks_for_the_second_factor_and_nothing_else_opens_before(person):
    device = with_second_factor(person)
    client = Client()
    r = _login(client, person)
    assert r.status_code == 302
    for path in ("/inzicht/", "/", "/account/", "/delen/", "/praktijk/"):
        r = client.get(path)
        assert r.status_code == 302 and r["Location"].startswith("/inloggen/tweede-stap/"), path
    assert client.get("/api/v1/goals").status_code == 403
    # Crisis help is never behind a log-in step.
    assert client.get("/crisis/").status_code == 200
    page = client.get("/inloggen/tweede-stap/?next=/inzicht/")
    assert page.status_code == 200
    wrong = client.post("/inloggen/tweede-stap/", {"code": "000000", "next": "/inzicht/"})
    assert wrong.status_code == 422
    assert client.get("/inzicht/").status_code == 302
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()
    right = client.post("/inloggen/tweede-stap/", {"code": totp_code(device), "next": "/inzicht/"})
    assert right.status_code == 302 and right["Location"] == "/inzicht/"
    assert client.get("/inzicht/").status_code == 200


def test_a_code_is_accepted_only_once(person):
    device = with_second_factor(person)
    code = totp_code(device)
    assert device.verify_token(code)
    device.throttle_reset()
    assert not device.verify_token(code)


def test_a_recovery_code_works_once_instead_of_the_app(person):
    with_second_factor(person)
    codes = services.recovery_codes_new(user=person)
    for attempt in (1, 2):
        client = Client()
        _login(client, person)
        r = client.post("/inloggen/tweede-stap/", {"code": codes[0].upper().replace("-", " ")})
        if attempt == 1:
            assert r.status_code == 302 and r["Location"] == "/account/tweede-factor/"
            assert client.get("/inzicht/").status_code == 200
        else:
            assert r.status_code == 422
    assert services.recovery_codes_left(person) == 9


def test_people_without_a_second_factor_log_in_as_before(person):
    client = Client()
    r = _login(client, person)
    assert r["Location"] == "/inzicht/"
    assert client.get("/inzicht/").status_code == 200


def test_the_pages_set_up_an_app_with_a_qr_code(person):
    client = client_for(person)
    assert client.get("/account/tweede-factor/").status_code == 200
    r = client.post("/account/tweede-factor/app/")
    assert r.status_code == 200 and b"<svg" in r.content and r["Cache-Control"] == "no-store"
    device = TotpDevice.objects.get(user=person, confirmed=False)
    assert device.secret.encode() in r.content
    assert client.post("/account/tweede-factor/app/bevestigen/", {"code": "12"}).status_code == 422
    device.refresh_from_db()
    device.throttling_failure_count = 0
    device.save()
    r = client.post("/account/tweede-factor/app/bevestigen/", {"code": totp_code(device)})
    assert r.status_code == 200
    assert len(re.findall(rb"<li><code>[a-z2-9-]{14}</code></li>", r.content)) == 10
    # The session that set it up counts as confirmed with it.
    assert client.get("/praktijk/").status_code == 200


def test_a_second_factor_is_changed_only_from_a_confirmed_session(person):
    with_second_factor(person)
    unconfirmed = client_for(person)
    unconfirmed.session.pop("wm_second_factor_pending", None)
    for path in ("/account/tweede-factor/app/", "/account/tweede-factor/uitzetten/",
                 "/account/tweede-factor/herstelcodes/"):
        unconfirmed.post(path, {"password": PASSWORD})
    assert TotpDevice.objects.filter(user=person, confirmed=True).count() == 1
    assert not TotpDevice.objects.filter(user=person, confirmed=False).exists()
    _, raw = ApiToken.issue(person)
    confirmed = verified_client_for(person)
    assert confirmed.post("/account/tweede-factor/uitzetten/", {"password": "wrong"}).status_code == 302
    assert services.has_second_factor(person)
    confirmed.post("/account/tweede-factor/uitzetten/", {"password": PASSWORD})
    assert not services.has_second_factor(person)
    # Turning it off ends its confirmation: the session no longer counts as confirmed.
    assert confirmed.get("/praktijk/").status_code == 403
    assert Client(HTTP_AUTHORIZATION=f"Bearer {raw}").get("/api/v1/caseload").status_code == 403


@pytest.mark.parametrize("path", ["/inloggen/tweede-stap/", "/account/tweede-factor/"])
def test_logged_out_visitors_are_sent_to_log_in(client, path):
    r = client.get(path)
    assert r.status_code == 302 and r["Location"].startswith("/inloggen/")


def test_the_operator_turns_a_lost_second_factor_off(person):
    import io

    from django.core.management import call_command

    with_second_factor(person)
    services.recovery_codes_new(user=person)
    out = io.StringIO()
    call_command("second_factor_off", "PERSON@example.org", stdout=out)
    assert not services.has_second_factor(person) and services.recovery_codes_left(person) == 0
    client = Client()
    assert _login(client, person)["Location"] == "/inzicht/"


@pytest.mark.parametrize("stored", ["someone else's", "unconfirmed", "gone", "twofactor.totpdevice/x",
                                    "nosuch.model/1", "garbage"])
def test_a_session_counts_as_confirmed_only_with_the_persons_own_confirmed_device(
        person, stranger, stored):
    """The device the session was confirmed with is read again on every request: another
    person's, an unconfirmed or a deleted one (or an id that is none) confirms nothing,
    and breaks nothing."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from therapist.services import clinician_register

    clinician_register(user=person, registration="19012345601")
    c = verified_client_for(person)
    assert c.get("/praktijk/").status_code == 200
    own = TotpDevice.objects.get(user=person, confirmed=True)
    if stored == "someone else's":
        stored = with_second_factor(stranger).persistent_id
    elif stored == "unconfirmed":
        TotpDevice.objects.filter(pk=own.pk).update(confirmed=False)
        stored = own.persistent_id
    elif stored == "gone":
        stored = own.persistent_id
        own.delete()
    session = c.session
    session[DEVICE_ID_SESSION_KEY] = stored
    session.save()
    assert c.get("/praktijk/").status_code == 403
    assert DEVICE_ID_SESSION_KEY not in c.session  # dropped, as django-otp does
