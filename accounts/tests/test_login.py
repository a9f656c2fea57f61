import pytest

from conftest import PASSWORD


def _login(client, email, password, ip="10.0.0.1"):
    return client.post("/inloggen/", {"username": email, "password": password},
                       REMOTE_ADDR=ip)


def test_login_works_and_lands_home(client, person):
    r = _login(client, person.email, PASSWORD)
    assert r.status_code == 302 and r["Location"] == "/"


def test_wrong_password_shows_a_clear_message(client, person):
    r = _login(client, person.email, "fout")
    assert r.status_code == 200
    assert "wachtwoord" in r.content.decode().lower()


def test_repeated_failures_lock_the_pair_account_and_address(client, person, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, person.email, "fout")
    r = _login(client, person.email, PASSWORD)
    assert r.status_code == 429
    # Someone else's failures from another address do not lock the person out.
    assert _login(client, person.email, PASSWORD, ip="10.0.0.2").status_code == 302


def test_failures_from_one_address_do_not_lock_another_account(client, person, stranger,
                                                              settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, person.email, "fout")
    assert _login(client, stranger.email, PASSWORD).status_code == 302


@pytest.mark.django_db
def test_login_page_is_reachable_logged_out_with_crisis_button(client):
    html = client.get("/inloggen/").content.decode()
    assert 'href="/crisis/"' in html and 'href="tel:113"' in html
