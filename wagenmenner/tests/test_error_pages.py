"""Error pages: in the person's language, with the crisis button, the lines and a way home."""

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import path, reverse

from wagenmenner import urls as app_urls


def _forbidden(request):
    raise PermissionDenied


def _broken(request):
    raise RuntimeError("boom")


urlpatterns = [*app_urls.urlpatterns, path("test-403/", _forbidden), path("test-500/", _broken)]
handler400, handler403 = app_urls.handler400, app_urls.handler403
handler404, handler500 = app_urls.handler404, app_urls.handler500

pytestmark = pytest.mark.urls(__name__)
HEADINGS = {
    403: {"nl": "Je kunt deze pagina niet openen", "en": "You cannot open this page"},
    404: {"nl": "Deze pagina bestaat niet", "en": "This page does not exist"},
    500: {"nl": "Er ging iets mis", "en": "Something went wrong"},
}
URLS = {403: "/test-403/", 404: "/bestaat-niet/", 500: "/test-500/"}


def _get(client, status):
    client.raise_request_exception = False
    response = client.get(URLS[status])
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    return response.content.decode()


def _assert_safe_way_out(html):
    assert f'<a class="crisis-button" href="{reverse("safety:crisis")}">' in html
    footer = html[html.index('<footer class="foot">'):]
    for href in ('href="tel:113"', 'href="tel:08000113"', 'href="tel:112"'):
        assert href in footer
    assert f'href="{reverse("home")}"' in html[html.index('<main'):]


@pytest.mark.parametrize("status", [403, 404, 500])
def test_error_pages_in_dutch_have_the_crisis_button_the_lines_and_a_link_home(db, status):
    html = _get(Client(), status)
    assert HEADINGS[status]["nl"] in html
    assert '<html lang="nl">' in html
    _assert_safe_way_out(html)


@pytest.mark.parametrize("status", [403, 404, 500])
def test_error_pages_speak_the_language_the_person_chose(client, stranger, status):
    client.force_login(stranger)  # the stranger chose English
    html = _get(client, status)
    assert HEADINGS[status]["en"] in html
    assert "113 Suicide Prevention" in html
    _assert_safe_way_out(html)


def test_an_unknown_id_of_a_ride_gives_the_friendly_404(client_person):
    html = _get_path(client_person, "/rit/999999/")
    assert HEADINGS[404]["nl"] in html


def _get_path(client, url):
    response = client.get(url)
    assert response.status_code == 404
    return response.content.decode()


def test_when_even_the_error_page_fails_a_plain_page_still_has_the_lines(db, monkeypatch):
    from wagenmenner import views

    def fail(*args, **kwargs):
        raise RuntimeError("the database is gone")

    monkeypatch.setattr(views, "_error", fail)
    html = _get(Client(), 500)
    assert HEADINGS[500]["nl"] in html
    assert 'href="tel:113"' in html and 'href="tel:112"' in html
    assert f'href="{reverse("safety:crisis")}"' in html


def test_the_plain_page_says_when_the_country_has_no_lines(db, monkeypatch, settings):
    """Issue 11 point 7: where the deployment's country has no lines, the note shows
    wherever the lines do, the last-resort page included."""
    from wagenmenner import views

    settings.WAGENMENNER_COUNTRY = "BE"
    monkeypatch.setattr(views, "_error", lambda *args, **kwargs: 1 / 0)
    html = _get(Client(), 500)
    assert 'class="small not-configured"' in html and 'href="tel:112"' in html


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_expired_form_page_is_a_403_with_the_same_way_out(db, stranger, language):
    """A form sent without its token (an old tab, cookies cleared): Django answers 403 with
    the project's page, which needs the crisis lines and a link home like the others."""
    client = Client(enforce_csrf_checks=True)
    if language == "en":
        client.force_login(stranger)  # the stranger chose English
    response = client.post(reverse("accounts:login"), {"username": "x", "password": "y"})
    assert response.status_code == 403
    html = response.content.decode()
    assert {"nl": "Probeer het opnieuw", "en": "Please try again"}[language] in html
    _assert_safe_way_out(html)


def test_the_second_factor_page_is_a_403_with_the_same_way_out(client_person):
    response = client_person.get(reverse("therapist:caseload"))
    assert response.status_code == 403
    _assert_safe_way_out(response.content.decode())


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_forms_address_opened_as_a_page_gets_the_error_page_not_an_empty_405(
        client, person, stranger, language):
    """/uitloggen/ typed or bookmarked, /rit/nieuw/ from the back button: Django's 405 has
    no body, so the browser showed its own dead end without the crisis button."""
    client.force_login(stranger if language == "en" else person)  # the stranger chose English
    for url in (reverse("accounts:logout"), reverse("rides:new")):
        response = client.get(url)
        assert response.status_code == 405
        assert response["Allow"] == "POST"
        html = response.content.decode()
        assert {"nl": "Deze pagina gaat zo niet open",
                "en": "This page does not open like this"}[language] in html
        _assert_safe_way_out(html)


def test_the_api_keeps_its_own_answer_to_a_method_it_does_not_take(api_person):
    response = api_person.get("/api/v1/rides/quick")
    assert response.status_code == 405
    assert response["Content-Type"].startswith("application/json")
