"""The crisis page: one tap from the crisis button on every page, with the person's plan."""

import pytest
from django.test import Client
from django.urls import reverse

from safety.services import safety_plan_save
from safety.tests.cards import card_waits


@pytest.fixture
def plan(person):
    return safety_plan_save(user=person, parts={
        "coping": "Een rondje met de hond.",
        "help_contacts": "Mijn zus Mira 06-12345678",
        "reasons_to_live": "Mijn dochter.",
    })


def test_the_crisis_button_on_every_page_leads_to_the_crisis_page(client_person):
    for c, url in ((client_person, reverse("home")), (Client(), reverse("accounts:login"))):
        html = c.get(url).content.decode()
        assert f'<a class="crisis-button" href="{reverse("safety:crisis")}">' in html


def test_crisis_page_shows_the_persons_plan_right_there(client_person, plan):
    html = client_person.get(reverse("safety:crisis")).content.decode()
    assert 'id="crisis-plan-h"' in html
    assert "Een rondje met de hond." in html
    assert "Mijn dochter." in html
    assert '<a href="tel:0612345678">06-12345678</a>' in html
    assert f'href="{reverse("safety:plan")}"' in html


def test_crisis_page_shows_only_the_parts_that_are_filled_in(client_person, plan):
    html = client_person.get(reverse("safety:crisis")).content.decode()
    assert 'id="plan-coping"' in html
    assert 'id="plan-warning_signs"' not in html


def test_crisis_page_shows_the_lines_before_the_plan(client_person, plan):
    html = client_person.get(reverse("safety:crisis")).content.decode()
    assert html.index('href="tel:113"') < html.index('id="crisis-plan-h"')


def test_crisis_page_without_a_plan_offers_to_make_one(client_person):
    html = client_person.get(reverse("safety:crisis")).content.decode()
    assert f'href="{reverse("safety:plan_edit")}"' in html


def test_crisis_page_logged_out_offers_to_log_in_for_the_plan(client, plan):
    html = client.get(reverse("safety:crisis")).content.decode()
    assert f'{reverse("accounts:login")}?next={reverse("safety:crisis")}' in html
    assert "Een rondje met de hond." not in html
    assert 'href="tel:113"' in html


def test_crisis_page_never_shows_someone_elses_plan(client, stranger, plan):
    client.force_login(stranger)
    html = client.get(reverse("safety:crisis")).content.decode()
    assert "Een rondje met de hond." not in html


def test_crisis_card_links_to_the_crisis_page_with_the_plan(client_person):
    card_waits(client_person)
    html = client_person.get(reverse("home")).content.decode()
    card = html[html.index('id="crisis-card"'):]
    assert f'href="{reverse("safety:crisis")}"' in card
    assert 'href="tel:113"' in card
    # Shown once: the next page is calm again.
    assert 'id="crisis-card"' not in client_person.get(reverse("home")).content.decode()


def test_a_page_kept_by_the_service_worker_leaves_the_card_for_the_next_page(client_person):
    card_waits(client_person, "crisis-text.violence-1")
    kept = client_person.get(reverse("checkins:checkin"), HTTP_X_WM_KEEP="1").content.decode()
    assert 'id="crisis-card"' not in kept and 'id="violence-card"' not in kept
    html = client_person.get(reverse("home")).content.decode()
    assert 'id="crisis-card"' in html and 'id="violence-card"' in html


def test_the_service_worker_marks_the_pages_it_keeps():
    from django.contrib.staticfiles import finders

    with open(finders.find("wagenmenner/sw.js"), encoding="utf-8") as fh:
        assert '"X-WM-Keep": "1"' in fh.read()


def test_the_card_survives_another_request_writing_the_session_at_the_same_time(client_person,
                                                                               person):
    """The phone often sends a second request alongside a save; whichever finishes last
    writes the session back. The card does not live in the session, so it is not lost."""
    from django.contrib.sessions.backends.db import SessionStore

    stale = SessionStore(session_key=client_person.session.session_key)
    stale.load()
    client_person.post(reverse("charioteer:acknowledge"),
                       {"acknowledgement": "Ik wil er niet meer zijn."})
    stale["something_else"] = 1
    stale.save()  # the other request finishes last, with the session as it was before
    html = client_person.get(reverse("home")).content.decode()
    assert 'id="crisis-card"' in html


def test_a_page_without_the_cards_leaves_them_for_the_next(client_person, person):
    from safety.services import safety_plan_save

    safety_plan_save(user=person, parts={"coping": "Wandelen."})
    card_waits(client_person)
    printed = client_person.get(reverse("safety:plan") + "?print=1").content.decode()
    assert 'id="crisis-card"' not in printed
    assert 'id="crisis-card"' in client_person.get(reverse("home")).content.decode()
