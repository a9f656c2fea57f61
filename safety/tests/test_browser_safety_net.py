"""The safety net as a person meets it, in Chromium on a 360×740 screen: a page that does
not exist, a crisis phrase where nobody looked before, and an escalation that turned
physical. Selectors use ids and names, so the tests hold in every language."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from safety.tests.browser import assert_accessible, log_in

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("logged_in", [False, True])
def test_a_page_that_does_not_exist_shows_the_crisis_button_the_lines_and_the_way_home(
        live_server, page, person, logged_in):
    if logged_in:
        log_in(page, live_server, person)
    response = page.goto(live_server.url + "/bestaat-niet/")
    assert response.status == 404
    button = page.locator("header a.crisis-button")
    expect(button).to_be_visible()
    expect(page.locator("footer a[href='tel:113']")).to_have_count(1)
    expect(page.locator(f"main a[href='{reverse('home')}']")).to_be_visible()
    assert_accessible(page)
    button.click()
    expect(page).to_have_url(live_server.url + reverse("safety:crisis"))


def test_an_escalation_marked_physical_shows_the_calm_card_with_where_to_get_help(
        live_server, page, person):
    from people.models import Escalation

    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("people:escalation_create"))
    page.fill("#id_what_happened", "Ik heb hem geduwd toen hij wegliep.")
    page.locator("#id_physical").check()
    page.locator("main form button.primary[type=submit]").click()
    expect(page).to_have_url(live_server.url + reverse("people:escalations"))
    card = page.locator("#violence-card")
    expect(card).to_be_visible()
    expect(card.locator("a[href='tel:08002000']")).to_be_visible()
    expect(card.locator("a[href='tel:112']")).to_be_visible()
    # Never blocking: the escalation is saved and listed right below the card.
    assert Escalation.objects.get(owner=person).physical
    expect(page.locator("main ul.list")).to_contain_text("Ik heb hem geduwd")
    assert_accessible(page)
    page.reload()
    expect(page.locator("#violence-card")).to_have_count(0)


def test_a_crisis_phrase_at_acknowledgement_brings_up_the_card_and_the_text_is_kept(
        live_server, page, person):
    text = "Ik duw iedereen weg. Ik ben alleen maar een last voor ze, ik wil er niet meer zijn."
    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("charioteer:setup_step", args=["acknowledge"]))
    page.fill("#id_acknowledgement", text)
    page.locator("main form button.primary[type=submit]").click()
    # The setup goes on to the next step, with the card on top.
    expect(page).to_have_url(live_server.url + reverse("charioteer:setup_step", args=["horses"]))
    card = page.locator("#crisis-card")
    expect(card).to_be_visible()
    expect(card.locator("a[href='tel:113']")).to_be_visible()
    assert_accessible(page)
    # Later, from "My charioteer": the same check, and the text is there.
    page.goto(live_server.url + reverse("charioteer:acknowledge"))
    expect(page.locator("#id_acknowledgement")).to_have_value(text)
    page.locator("main form button.primary[type=submit]").click()
    expect(page.locator("#crisis-card")).to_be_visible()
