import pytest

from accounts.models import User
from charioteer.models import Echo, Horse

GOOD = {"email": "nieuw@example.org", "password": "een lange zin om te onthouden",
        "language": "nl", "consent": "on"}


@pytest.mark.django_db
def test_signup_shows_the_privacy_notice_before_any_question(client):
    html = client.get("/aanmelden/").content.decode()
    assert html.index("privacy") < html.index('name="email"')


@pytest.mark.django_db
def test_signup_creates_the_person_with_horses_and_echoes_and_starts_the_setup(client):
    r = client.post("/aanmelden/", GOOD)
    # First the recovery codes, then on to the setup.
    assert r.status_code == 200 and 'href="/instellen/"' in r.content.decode()
    user = User.objects.get(email="nieuw@example.org")
    assert user.privacy_accepted_at is not None
    assert Horse.objects.filter(owner=user).count() == 2
    assert Echo.objects.filter(owner=user).count() == 6


@pytest.mark.django_db
def test_signup_hashes_with_argon2(client, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    client.post("/aanmelden/", GOOD)
    assert User.objects.get().password.startswith("argon2$argon2id$")


@pytest.mark.django_db
@pytest.mark.parametrize("changes,message", [
    ({"consent": ""}, "privacyverklaring"),
    ({"password": "kort"}, "te kort"),
    ({"password": "password123"}, "te algemeen"),
    ({"email": "geen-adres"}, "Dit is geen e-mailadres."),
])
def test_signup_refuses_bad_input_in_dutch_and_creates_nothing(client, changes, message):
    r = client.post("/aanmelden/", {**GOOD, **changes})
    assert r.status_code == 200
    assert message in r.content.decode()
    assert not User.objects.exists()


@pytest.mark.django_db
def test_signup_allows_long_passwords_without_composition_rules(client):
    client.post("/aanmelden/", {**GOOD, "password": "a" * 20 + " " + "b" * 60})
    assert User.objects.filter(email="nieuw@example.org").exists()


def test_without_email_signup_refuses_an_existing_email(client, person):
    r = client.post("/aanmelden/", {**GOOD, "email": person.email.upper()})
    assert r.status_code == 200
    assert User.objects.filter(email__iexact=person.email).count() == 1


def test_signing_up_from_an_invitation_goes_back_to_it(client, db):
    r = client.post("/aanmelden/?next=/uitnodiging/", {
        "email": "nieuw@example.org", "password": "paard en wagen 77", "language": "nl",
        "consent": "on"})
    # The recovery codes come first, then the way back to the invitation.
    assert r.status_code == 200 and 'href="/uitnodiging/"' in r.content.decode()


def test_signing_up_never_goes_to_another_site(client, db):
    r = client.post("/aanmelden/?next=https://evil.example/", {
        "email": "nieuw@example.org", "password": "paard en wagen 77", "language": "nl",
        "consent": "on"})
    page = r.content.decode()
    assert r.status_code == 200 and 'href="/instellen/"' in page and 'href="https://evil.example' not in page
