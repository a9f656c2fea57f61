"""Crisis words in a form that could not be saved (a required field left empty, a date that
could not be read) bring up the crisis card on the form's own page, saying nothing is saved
yet: before, the card came up only once the form was complete and saved."""

import pytest
from django.urls import reverse

from people.models import Escalation
from safety.models import CrisisTextSeen

ESCALATION = reverse("people:escalation_create")
CARD = 'id="crisis-card"'


def _card(html):
    start = html.index(CARD)
    return html[start:html.index("</section>", start)]


@pytest.mark.parametrize("language, text, heading", [
    ("nl", "Ik duwde haar weg. Iedereen is beter af zonder mij.", "Wat je schreef, is nog niet opgeslagen"),
    ("en", "I pushed her away. I want to kill myself.", "What you wrote is not saved yet"),
])
def test_a_form_with_errors_and_crisis_words_shows_the_card_saying_nothing_is_saved(
        client_person, person, language, text, heading):
    person.language = language
    person.save()
    response = client_person.post(ESCALATION, {"happened_at": "", "what_happened": text})
    assert response.status_code == 200 and 'class="errorlist' in response.content.decode()
    card = _card(response.content.decode())
    assert heading in card and 'href="tel:113"' in card
    assert not Escalation.objects.exists()
    assert not CrisisTextSeen.objects.exists()  # nothing was kept, so nothing is remembered


def test_a_form_with_errors_and_everyday_words_shows_no_card(client_person):
    html = client_person.post(ESCALATION, {"happened_at": "", "what_happened": "Ruzie over de "
                                           "afwas."}).content.decode()
    assert 'class="errorlist' in html and CARD not in html


def test_the_plans_and_passwords_are_not_read_when_a_form_comes_back(client_person, person):
    # A safety plan speaks of crisis on purpose (HAZ-02), saved or sent back.
    parts = {"reasons_to_live": "x" * 20000, "warning_signs": "Ik denk aan zelfmoord."}
    html = client_person.post(reverse("safety:plan_edit"), parts).content.decode()
    assert 'class="errorlist' in html and CARD not in html
    # A password is not text about oneself.
    html = client_person.post(reverse("accounts:password_change"), {
        "old_password": "ik wil dood", "new_password1": "ik wil dood", "new_password2": "x"},
    ).content.decode()
    assert CARD not in html


def test_a_saved_form_shows_the_card_once_as_before(client_person):
    response = client_person.post(ESCALATION, {"happened_at": "2026-12-01T10:00",
                                               "highest_alarm": "6",
                                               "what_happened": "Ik wil dood."}, follow=True)
    html = response.content.decode()
    assert "Wat je schreef, is opgeslagen" in _card(html)
    assert html.count(CARD) == 1
