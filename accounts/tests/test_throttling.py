"""Guessing is slowed down, and nobody can lock a person out: not from behind the TLS
proxy, not from many addresses, not by writing their address in other capitals."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.test import Client

from accounts.throttle import DEVICE_COOKIE
from conftest import PASSWORD
from wagenmenner.client import client_ip

PROXY = "127.0.0.1"


def login(client, email, password, ip, via_proxy=False):
    meta = ({"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": ip} if via_proxy
            else {"REMOTE_ADDR": ip})
    return client.post("/inloggen/", {"username": email, "password": password}, **meta)


@pytest.fixture
def behind_proxy(settings):
    settings.HTTPS = True
    settings.TRUSTED_PROXIES = [PROXY]


def test_client_ip_believes_the_forwarded_address_only_from_a_trusted_proxy(rf, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    settings.HTTPS = True
    via = rf.get("/", REMOTE_ADDR="10.1.2.3", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7")
    assert client_ip(via) == "198.51.100.7"  # the address the proxy saw, not the forged one
    direct = rf.get("/", REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert client_ip(direct) == "203.0.113.9"
    broken = rf.get("/", REMOTE_ADDR="10.1.2.3", HTTP_X_FORWARDED_FOR="nonsense")
    assert client_ip(broken) == "10.1.2.3"
    settings.HTTPS = False
    assert client_ip(via) == "10.1.2.3"


def test_an_attacker_behind_the_proxy_cannot_lock_the_person_out(client, person, settings,
                                                                 behind_proxy):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        login(client, person.email, "fout", "203.0.113.9", via_proxy=True)
    assert login(client, person.email, PASSWORD, "203.0.113.9", via_proxy=True).status_code == 429
    # The person, through the same proxy, from their own address.
    assert login(Client(), person.email, PASSWORD, "198.51.100.7", via_proxy=True).status_code == 302


def test_a_forged_forwarded_header_does_not_dodge_the_lock(client, person, settings,
                                                          behind_proxy):
    for i in range(settings.AXES_FAILURE_LIMIT):
        client.post("/inloggen/", {"username": person.email, "password": "fout"},
                    REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{i}")
    r = client.post("/inloggen/", {"username": person.email, "password": PASSWORD},
                    REMOTE_ADDR="203.0.113.9", HTTP_X_FORWARDED_FOR="192.0.2.200")
    assert r.status_code == 429


def test_guessing_one_account_from_many_addresses_slows_down_without_locking_out(
        client, person, settings):
    settings.ACCOUNT_SLOWDOWN_AFTER = 6
    for i in range(8):
        login(Client(), person.email, "fout", f"192.0.2.{i}")
    r = login(Client(), person.email, PASSWORD, "192.0.2.100")
    assert r.status_code == 429 and 1 <= int(r["Retry-After"]) <= 60
    assert "Wacht" in r.content.decode()
    # A while later the account answers again: slowed, never locked for good.
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.first().attempt_time
                                 - timedelta(seconds=61))
    assert login(Client(), person.email, PASSWORD, "192.0.2.101").status_code == 302


def test_the_person_s_own_browser_is_never_slowed(client, person, settings):
    settings.ACCOUNT_SLOWDOWN_AFTER = 3
    assert login(client, person.email, PASSWORD, "198.51.100.7").status_code == 302
    assert client.cookies[DEVICE_COOKIE].value
    client.post("/uitloggen/")
    for i in range(6):
        login(Client(), person.email, "fout", f"192.0.2.{i}")
    assert login(Client(), person.email, PASSWORD, "192.0.2.99").status_code == 429
    assert login(client, person.email, PASSWORD, "198.51.100.7").status_code == 302


def test_log_in_with_the_address_in_other_capitals(client, person):
    assert login(client, " Person@Example.ORG ", PASSWORD, "198.51.100.7").status_code == 302


def test_other_capitals_count_as_the_same_account_for_the_lock(client, person, settings):
    for i in range(settings.AXES_FAILURE_LIMIT):
        email = person.email.upper() if i % 2 else person.email.title()
        login(client, email, "fout", "203.0.113.9")
    assert login(client, person.email, PASSWORD, "203.0.113.9").status_code == 429
