"""As a person would: a phrasing no rule knows, which only the model flags, brings up the
crisis card in a ride on a phone, in Dutch and in English; so does a note about self-harm,
with a card that names it; a near-miss does not."""


import pytest
from playwright.sync_api import expect

from safety.detector import detect_crisis, rules_fire
from safety.tests.browser import log_in, ride_to_step_3

pytestmark = pytest.mark.browser

MODEL_ONLY = {
    "nl": "Ik laat jullie met rust, voor altijd.",
    "en": "i am sorry for everything. i love you all. goodbye",
}
NEAR_MISS = "We maken er een eind aan, aan die eindeloze ruzies over geld."


def _card_after_ride(live_server, page, person, language, note):
    """Ride as ``person`` in ``language`` with ``note`` as its situation; the crisis card
    must show, with the 113 line. Returns the card."""
    person.language = language
    person.save(update_fields=["language"])
    log_in(page, live_server, person)
    ride_to_step_3(page, live_server, note)
    card = page.locator("#crisis-card")
    expect(card).to_be_visible()
    expect(card.locator("a[href='tel:113']")).to_be_visible()
    return card


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_phrase_only_the_model_knows_brings_up_the_card(live_server, page, person, language):
    note = MODEL_ONLY[language]
    assert detect_crisis(note) and not rules_fire(note), "pick a phrase only the model flags"
    _card_after_ride(live_server, page, person, language, note)
    expect(page.locator("html")).to_have_attribute("lang", language)


def test_a_near_miss_brings_no_card(live_server, page, person):
    log_in(page, live_server, person)
    ride_to_step_3(page, live_server, NEAR_MISS)
    expect(page.locator("#crisis-card")).to_have_count(0)


SELF_HARM = {
    "nl": ("Na de ruzie heb ik mezelf weer gesneden.", "jezelf pijn doen"),
    "en": ("After the fight I cut myself again.", "hurting yourself"),
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_note_about_self_harm_brings_up_the_card_that_names_it(
        live_server, page, person, language):
    note, words = SELF_HARM[language]
    card = _card_after_ride(live_server, page, person, language, note)
    expect(card).to_contain_text(words)


def test_a_cut_while_cooking_brings_no_card(live_server, page, person):
    log_in(page, live_server, person)
    ride_to_step_3(page, live_server, "Ik sneed me in mn vinger bij het koken, toen werd ik boos.")
    expect(page.locator("#crisis-card")).to_have_count(0)
