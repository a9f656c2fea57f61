"""Personas for sharing: the person, their partner (linked, with some consent), a
therapist, and the stranger from the root conftest."""

import pytest
from django.test import Client

from conftest import PASSWORD
from sharing import services


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


def make_link(owner, reader, role="partner"):
    owner.display_name = owner.display_name or "Robin"
    owner.save()
    _, code = services.invitation_create(owner=owner, role=role)
    return services.invitation_accept(code=code, user=reader)


@pytest.fixture
def link(person, partner):
    return make_link(person, partner)


def share(link, *kinds):
    services.link_set_kinds(link=link, kinds=[*services.link_kinds(link), *kinds])


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client_partner(partner):
    from partner.models import SafetyQuestionAsked

    SafetyQuestionAsked.objects.get_or_create(owner=partner)
    return client_for(partner)
