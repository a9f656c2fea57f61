"""Sign-up tells no stranger who has an account; a person who forgot their password gets
back in, by e-mail where it is set up and with a recovery code everywhere."""

import re

import pytest
from django.core import mail
from django.test import Client

from accounts.models import ApiToken, RecoveryCode, User
from conftest import PASSWORD

NEW_PASSWORD = "een heel nieuw wachtwoord"


def signup(client, email, ip="198.51.100.7"):
    password = "mijn wagen mijn paarden"
    return client.post("/aanmelden/", {"email": email, "password": password, "language": "nl",
                                       "consent": "on"}, REMOTE_ADDR=ip)


def codes_on(response) -> list[str]:
    return re.findall(r"<code>([a-z0-9-]+)</code>", response.content.decode())


@pytest.fixture
def email_on(settings):
    settings.EMAIL_CONFIGURED = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def test_sign_up_shows_ten_recovery_codes_stored_only_as_hashes(client, db):
    response = signup(client, "nieuw@example.org")
    codes = codes_on(response)
    assert len(codes) == 10 and len(set(codes)) == 10
    stored = set(RecoveryCode.objects.values_list("code_hash", flat=True))
    assert len(stored) == 10 and not any(c.replace("-", "") in stored for c in codes)
    assert response["Cache-Control"] == "no-store"


def test_with_email_a_known_address_gets_the_same_answer_as_a_new_one(client, person, email_on):
    known = signup(Client(), person.email.upper())
    new = signup(Client(), "nieuw@example.org")
    assert known.status_code == new.status_code == 200
    strip = [r.content.decode().replace(e, "") for r, e in
             ((known, person.email), (new, "nieuw@example.org"))]
    strip = [re.sub(r'value="[^"]*"', "", s) for s in strip]
    assert strip[0] == strip[1]
    # Only the owners learn which: one note, one confirmation link.
    assert {m.to[0] for m in mail.outbox} == {person.email, "nieuw@example.org"}
    assert "already have" in next(m.body for m in mail.outbox if m.to == [person.email]) or \
        "al een" in next(m.body for m in mail.outbox if m.to == [person.email])
    assert not User.objects.get(email="nieuw@example.org").is_active


def test_the_confirmation_link_activates_logs_in_and_shows_codes(client, db, email_on):
    signup(client, "nieuw@example.org")
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body)[1]
    assert client.get(link).status_code == 200
    assert not User.objects.get(email="nieuw@example.org").is_active  # a GET changes nothing
    response = client.post(link)
    assert len(codes_on(response)) == 10
    assert User.objects.get(email="nieuw@example.org").is_active
    assert client.post(link).status_code == 400  # once only


def test_sign_up_is_throttled_per_address(client, db, settings):
    settings.SIGNUPS_PER_HOUR = 2
    assert signup(Client(), "a@example.org").status_code == 200
    assert signup(Client(), "b@example.org").status_code == 200
    assert signup(Client(), "c@example.org").status_code == 429
    assert signup(Client(), "c@example.org", ip="198.51.100.8").status_code == 200
    assert not User.objects.filter(email="c@example.org").count() > 1


def test_a_recovery_code_sets_a_new_password_once(client, db):
    codes = codes_on(signup(client, "nieuw@example.org"))
    client.post("/uitloggen/")
    form = {"email": "Nieuw@Example.org", "code": codes[3].upper(), "new_password": NEW_PASSWORD}
    response = Client().post("/inloggen/herstelcode/", form)
    assert response.status_code == 302, re.findall(r'role="alert">(.*?)</', response.content.decode(), re.S)
    user = User.objects.get(email="nieuw@example.org")
    assert user.check_password(NEW_PASSWORD)
    again = Client().post("/inloggen/herstelcode/", {**form, "new_password": "nog weer iets anders"})
    assert again.status_code == 200 and "eerder gebruikt" in again.content.decode()
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_a_wrong_code_or_unknown_address_changes_nothing(client, person):
    for email in (person.email, "niemand@example.org"):
        r = client.post("/inloggen/herstelcode/", {"email": email, "code": "aaaa-bbbb-cccc",
                                                   "new_password": NEW_PASSWORD})
        assert r.status_code == 200
    person.refresh_from_db()
    assert person.check_password(PASSWORD)


def test_new_codes_from_the_account_page_replace_the_old_ones(client_person, person):
    assert client_person.post("/account/herstelcodes/", {"password": "fout"}).status_code == 302
    assert not RecoveryCode.objects.filter(user=person).exists()
    first = codes_on(client_person.post("/account/herstelcodes/", {"password": PASSWORD}))
    second = codes_on(client_person.post("/account/herstelcodes/", {"password": PASSWORD}))
    assert len(second) == 10 and not set(first) & set(second)
    r = Client().post("/inloggen/herstelcode/", {"email": person.email, "code": first[0],
                                                 "new_password": NEW_PASSWORD})
    assert r.status_code == 200  # the old set no longer works
    assert "10" in client_person.get("/account/").content.decode()


def test_password_reset_by_email_where_it_is_set_up(client, person, email_on):
    r = client.post("/inloggen/wachtwoord-vergeten/", {"email": person.email.upper()})
    assert r.status_code == 302
    unknown = client.post("/inloggen/wachtwoord-vergeten/", {"email": "niemand@example.org"})
    assert unknown.status_code == 302 and unknown["Location"] == r["Location"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [person.email]
    link = re.search(r"http://testserver(\S+)", mail.outbox[0].body)[1]
    form_url = client.get(link)["Location"]
    r = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert r.status_code == 302
    person.refresh_from_db()
    assert person.check_password(NEW_PASSWORD)


def test_without_email_there_is_no_reset_by_email_but_the_login_page_offers_codes(client, db):
    assert client.get("/inloggen/wachtwoord-vergeten/").status_code == 404
    assert 'href="/inloggen/herstelcode/"' in client.get("/inloggen/").content.decode()


def test_a_new_password_ends_the_api_tokens(client_person, person):
    ApiToken.issue(person, name="telefoon")
    client_person.post("/account/wachtwoord/", {
        "old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert not ApiToken.objects.filter(user=person).exists()
