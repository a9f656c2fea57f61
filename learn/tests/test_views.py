"""/leren/ and /leren/<slug>/: the same paths in both languages, the language of the person."""

import re

import pytest
from django.urls import reverse

from charioteer.models import Echo
from charioteer.suggestions import ECHO_ARTICLES
from learn import library
from rides.models import Ride
from rides.services import ride_start


def english(client):
    client.cookies["__Host-wm_lang"] = "en"
    return client


def test_the_index_lists_the_dutch_articles_by_default(client, db):
    html = client.get(reverse("learn:index")).content.decode()
    assert reverse("learn:index") == "/leren/"
    for article in library.articles("nl"):
        assert article.title in html


def test_the_index_follows_the_chosen_language(client, db):
    html = english(client).get(reverse("learn:index")).content.decode()
    assert "Attachment and its patterns" in html
    assert "Hechting en haar patronen" not in html


def test_the_index_follows_the_language_of_the_logged_in_person(client, stranger):
    client.force_login(stranger)  # chose English
    assert "Always alert, then exhausted" in client.get(reverse("learn:index")).content.decode()


@pytest.mark.parametrize("language, title", [("nl", "Drive en like"), ("en", "Drive and like")])
def test_an_article_has_the_same_path_in_both_languages(client, db, language, title):
    if language == "en":
        english(client)
    response = client.get("/leren/drive-en-like/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert f'<article lang="{language}">' in html


def test_search_finds_an_article_by_a_word_in_its_body(client, db):
    html = client.get(reverse("learn:index"), {"q": "Zarathustra"}).content.decode()
    assert reverse("learn:article", args=["discipline"]) in html
    assert reverse("learn:article", args=["ambivalentie"]) not in html
    assert 'value="Zarathustra"' in html


def test_a_search_that_finds_nothing_says_so(client, db):
    html = english(client).get(reverse("learn:index"), {"q": "xyzzy"}).content.decode()
    assert "No articles found." in html


def test_an_unknown_article_is_404(client, db):
    assert client.get("/leren/bestaat-niet/").status_code == 404


def test_articles_need_no_login(client, db):
    assert client.get("/leren/hechtingshandicap/").status_code == 200


def test_no_article_has_a_script_or_an_event_handler(client, db):
    for article in library.articles("nl"):
        html = client.get(reverse("learn:article", args=[article.slug])).content.decode()
        body = html[html.index("<article"):html.index("</article>")]
        assert "<script" not in body
        assert not re.search(r"<[^>]+\son[a-z]+=", body)


def test_the_safety_plan_article_leads_to_the_persons_plan(client_person):
    html = client_person.get("/leren/veiligheidsplan/").content.decode()
    assert f'href="{reverse("safety:plan")}"' in html


@pytest.mark.parametrize("echo_key, slug", sorted(ECHO_ARTICLES.items()))
def test_ride_step_3_links_the_article_of_the_chosen_echo(client_person, person, echo_key, slug):
    ride = ride_start(user=person)
    Ride.objects.filter(pk=ride.pk).update(reached_step=4)
    ride.echoes.add(Echo.objects.get(owner=person, key=echo_key))
    html = client_person.get(reverse("rides:step", args=[ride.pk, 3])).content.decode()
    assert f'href="{reverse("learn:article", args=[slug])}"' in html


def test_an_article_shows_its_three_lines_in_short_before_the_text(client, db):
    html = client.get(reverse("learn:article", args=["hechtingshandicap"])).content.decode()
    box = html[html.index('id="in-short-h"'):html.index("</section>", html.index('id="in-short-h"'))]
    assert "Kort gezegd" in box and box.count("<li>") == 3
    assert html.index('id="in-short-h"') < html.index("<h2>Waarom")


def test_the_link_to_what_else_it_could_be_works(client, db):
    html = client.get(reverse("learn:article", args=["hechtingshandicap"])).content.decode()
    assert 'href="/leren/wat-het-ook-kan-zijn/"' in html
    assert client.get("/leren/wat-het-ook-kan-zijn/").status_code == 200
