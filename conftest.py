"""Personas for every test: the person; their partner, linked with them (share kinds with
``tests.factories.share``); a therapist; and a stranger who must see nothing of theirs."""

import os

import pytest
from hypothesis import settings as hypothesis_settings

# Timing belongs in bench/, not in tests: on a loaded 2-core machine a per-example
# deadline only produces flaky failures.
hypothesis_settings.register_profile("wagenmenner", deadline=None)
hypothesis_settings.load_profile("wagenmenner")

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API in tests
PASSWORD = "paard en wagen 77"

# Playwright drives Debian's Chromium (shared/recipes/testing-as-a-user.md), phone-sized.
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]
PHONE = {"width": 360, "height": 740}


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium",
            "args": CHROMIUM_FLAGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": PHONE, "locale": "nl-NL"}


@pytest.fixture
def person(db):
    from accounts.services import account_create

    return account_create(email="person@example.org", password=PASSWORD, language="nl")


@pytest.fixture
def stranger(db):
    from accounts.services import account_create

    return account_create(email="stranger@example.org", password=PASSWORD, language="en")


@pytest.fixture
def partner(db):
    from accounts.services import account_create

    user = account_create(email="partner@example.org", password=PASSWORD, language="nl")
    user.display_name = "Sanne"
    user.save()
    return user


@pytest.fixture
def therapist(db):
    from accounts.services import account_create

    return account_create(email="therapist@example.org", password=PASSWORD, language="en")


@pytest.fixture
def link(person, partner):
    """The person shares with their partner; nothing is shared yet."""
    from tests.factories import make_link

    return make_link(person, partner)


@pytest.fixture
def client_partner(partner):
    """The partner, past the safety question of their first visit."""
    from partner.models import SafetyQuestionAsked
    from tests.factories import client_for

    SafetyQuestionAsked.objects.get_or_create(owner=partner)
    return client_for(partner)


@pytest.fixture
def client_person(client, person):
    client.force_login(person)
    return client


@pytest.fixture
def client_stranger(client, stranger):
    client.force_login(stranger)
    return client


@pytest.fixture
def api_person(person):
    from django.test import Client

    from accounts.models import ApiToken

    _, raw = ApiToken.issue(person)
    return Client(HTTP_AUTHORIZATION=f"Bearer {raw}")


@pytest.fixture
def api_stranger(stranger):
    from django.test import Client

    from accounts.models import ApiToken

    _, raw = ApiToken.issue(stranger)
    return Client(HTTP_AUTHORIZATION=f"Bearer {raw}")


@pytest.fixture(autouse=True)
def fast_password_hashing(settings, request):
    """Argon2 is slow by design; tests that are not about hashing use a fast hasher."""
    if "argon2" not in request.node.name:
        settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
