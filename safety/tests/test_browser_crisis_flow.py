"""As a person would: crisis language in a ride brings up the card, and nothing is lost.

Runs Chromium on a 360×740 screen (tests/conftest.py). Selectors use ids and names, not
words, so the tests hold in every language.
"""


import pytest
from django.urls import reverse
from playwright.sync_api import expect

from checkins.models import CheckIn
from rides.models import Ride
from safety.services import safety_plan_save
from safety.tests.browser import log_in, ride_to_step_3

pytestmark = pytest.mark.browser
NOTE = "Weer ruzie over het geld. Ik wil er niet meer zijn."


def test_a_crisis_phrase_in_a_ride_note_brings_up_the_card_and_the_note_is_saved(
        live_server, page, person):
    log_in(page, live_server, person)
    expect(page).to_have_url(live_server.url + reverse("home"))

    ride_to_step_3(page, live_server, NOTE, level=7)
    card = page.locator("#crisis-card")
    expect(card).to_be_visible()
    expect(card.locator("a[href='tel:113']")).to_be_visible()
    expect(card.locator(f"a[href='{reverse('safety:crisis')}']")).to_be_visible()
    # The card does not block the ride: step 3 is right there.
    expect(page.locator("main form button.primary[type=submit]")).to_be_visible()

    ride = Ride.objects.get(owner=person)
    assert ride.situation == NOTE
    page.goto(live_server.url + reverse("rides:detail", args=[ride.pk]))
    page.reload()
    expect(page.locator("main dl")).to_contain_text(NOTE)
    expect(page.locator("#crisis-card")).to_have_count(0)  # shown once, then calm again


def test_one_tap_from_the_crisis_button_shows_the_persons_safety_plan(
        live_server, page, person):
    safety_plan_save(user=person, parts={"help_contacts": "Mijn zus Mira 06-12345678",
                                         "reasons_to_live": "Mijn dochter."})
    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("rides:history"))
    page.locator("header a.crisis-button").click()
    expect(page).to_have_url(live_server.url + reverse("safety:crisis"))
    expect(page.locator("#plan-reasons_to_live")).to_be_visible()
    expect(page.locator("main a[href='tel:0612345678']")).to_be_visible()


@pytest.fixture
def no_js_page(browser):
    # A Dutch browser, so a visitor who is not logged in gets the Dutch lines.
    context = browser.new_context(java_script_enabled=False, locale="nl-NL",
                                  viewport={"width": 360, "height": 740})
    yield context.new_page()
    context.close()


def test_crisis_help_works_logged_out_without_javascript(live_server, no_js_page, db):
    page = no_js_page
    page.goto(live_server.url + reverse("accounts:login"))
    page.locator("header a.crisis-button").click()
    expect(page).to_have_url(live_server.url + reverse("safety:crisis"))
    for tel in ("113", "08000113", "112"):
        expect(page.locator(f"main a[href='tel:{tel}']").first).to_be_visible()
    expect(page.locator("footer a[href='tel:113']")).to_be_visible()


def test_the_print_button_without_javascript_opens_a_clean_page_to_print(
        live_server, no_js_page, person):
    page = no_js_page
    safety_plan_save(user=person, parts={"coping": "Een rondje met de hond."})
    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("safety:plan"))
    page.locator("main a[data-print-link]").click()
    expect(page).to_have_url(live_server.url + reverse("safety:plan") + "?print=1")
    expect(page.locator("main")).to_contain_text("Een rondje met de hond.")
    expect(page.locator("nav.mainnav")).to_have_count(0)


def test_the_print_button_with_javascript_opens_the_print_dialog_in_place(
        live_server, page, person):
    safety_plan_save(user=person, parts={"coping": "Een rondje met de hond."})
    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("safety:plan"))
    page.wait_for_load_state("load")
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.locator("main a[data-print-link]").click()
    assert page.evaluate("window.__printed") == 1
    expect(page).to_have_url(live_server.url + reverse("safety:plan"))


LEVELS = {"alarm": 6, "energy": 4, "drive": 3, "enjoyment": 5, "boredom": 2, "urge": 1}


def _check_in(page, base, note):
    page.goto(base + reverse("checkins:checkin"))
    for name, value in LEVELS.items():
        page.locator(f"input[name={name}][value='{value}']").check()
    if not page.locator("main details").evaluate("d => d.open"):
        page.locator("main summary").click()
    page.locator("textarea[name=note]").fill(note)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(base + reverse("home"))


@pytest.mark.parametrize(
    ("who", "crisis", "near_miss"),
    [
        ("person", "k zie echt geen uitweg meer, iedereen is beter af zonder mij",
         "Ik maak er een eind aan met die ruzie: morgen praten we het uit."),
        ("stranger", "honestly everyone would be better off without me",
         "We ended things with my ex amicably and said goodbye at the station."),
    ],
    ids=["nl", "en"],
)
def test_indirect_crisis_language_in_a_check_in_brings_up_the_card_and_a_near_miss_does_not(
        live_server, page, request, who, crisis, near_miss):
    user = request.getfixturevalue(who)
    log_in(page, live_server, user)

    _check_in(page, live_server.url, crisis)
    card = page.locator("#crisis-card")
    expect(card).to_be_visible()
    expect(card.locator(f"a[href='{reverse('safety:crisis')}']")).to_be_visible()

    _check_in(page, live_server.url, near_miss)
    expect(page.locator("#crisis-card")).to_have_count(0)
    assert CheckIn.objects.filter(owner=user).count() == 2  # both notes saved
