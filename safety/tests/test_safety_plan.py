"""The safety plan pages: read, edit, print; one plan per person, encrypted, never scanned."""

import re

import pytest
from django.db import connection
from django.urls import reverse
from django.utils.html import escape

from safety.models import SafetyPlan
from safety.plan import FIELDS, PART_MAX_LENGTH, PARTS
from safety.services import safety_plan_for, safety_plan_save
from safety.tests.cards import waiting_cards

FULL_PLAN = {
    "warning_signs": "Ik slaap slecht en neem de telefoon niet meer op.",
    "coping": "Een rondje met de hond.",
    "distractions": "Koffie bij de buren.",
    "help_contacts": "Mijn zus Mira 06-12345678",
    "professionals": "Huisarts 020-1234567",
    "safe_environment": "Mijn partner bewaart de pillen.",
    "reasons_to_live": "Mijn dochter.",
}


@pytest.fixture
def plan(person):
    return safety_plan_save(user=person, parts=FULL_PLAN)


def test_the_plan_has_the_seven_parts_of_stanley_and_brown_in_order():
    assert FIELDS == ("warning_signs", "coping", "distractions", "help_contacts",
                      "professionals", "safe_environment", "reasons_to_live")
    assert all(part.title and part.hint and part.examples for part in PARTS)


def test_plan_pages_ask_to_log_in_first(client, db):
    for name in ("safety:plan", "safety:plan_edit"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:login"))


def test_without_a_plan_the_page_offers_to_make_one(client_person):
    html = client_person.get(reverse("safety:plan")).content.decode()
    assert reverse("safety:plan_edit") in html
    assert 'id="plan-empty-h"' in html


def test_edit_page_shows_every_part_with_its_hint_and_examples(client_person):
    html = client_person.get(reverse("safety:plan_edit")).content.decode()
    for part in PARTS:
        assert f'name="{part.field}"' in html
        assert f'id="id_{part.field}_helptext"' in html
        assert f'id="id_{part.field}_examples"' in html
        assert escape(str(part.examples)) in html
    assert 'aria-describedby="id_coping_helptext id_coping_examples"' in html


def test_saving_the_plan_stores_every_part_and_shows_it(client_person, person):
    response = client_person.post(reverse("safety:plan_edit"), FULL_PLAN)
    assert response.status_code == 302
    assert response["Location"] == reverse("safety:plan")
    saved = safety_plan_for(person)
    assert {field: getattr(saved, field) for field in FIELDS} == FULL_PLAN
    html = client_person.get(reverse("safety:plan")).content.decode()
    for text in ("Een rondje met de hond.", "Mijn dochter.", "Koffie bij de buren."):
        assert text in html


def test_saving_again_updates_the_one_plan_of_the_person(client_person, person, plan):
    client_person.post(reverse("safety:plan_edit"), {**FULL_PLAN, "coping": "Fietsen."})
    assert SafetyPlan.objects.filter(owner=person).count() == 1
    assert safety_plan_for(person).coping == "Fietsen."


def test_the_edit_form_starts_from_the_saved_plan(client_person, plan):
    html = client_person.get(reverse("safety:plan_edit")).content.decode()
    assert "Mijn partner bewaart de pillen." in html


def test_a_part_that_is_too_long_is_refused_and_nothing_is_lost(client_person, person):
    data = {**FULL_PLAN, "coping": "x" * (PART_MAX_LENGTH + 1)}
    response = client_person.post(reverse("safety:plan_edit"), data)
    assert response.status_code == 200
    assert safety_plan_for(person) is None
    assert "Mijn dochter." in response.content.decode()  # the rest is still in the form


def test_phone_numbers_in_the_plan_are_one_tap_to_call(client_person, plan):
    html = client_person.get(reverse("safety:plan")).content.decode()
    assert '<a href="tel:0612345678">06-12345678</a>' in html
    assert '<a href="tel:0201234567">020-1234567</a>' in html


def test_the_plan_page_also_lists_the_crisis_lines(client_person, plan):
    html = client_person.get(reverse("safety:plan")).content.decode()
    main = html[html.index("<main"):html.index("</main>")]
    assert 'href="tel:08000113"' in main


def test_text_in_the_plan_is_escaped(client_person, person):
    safety_plan_save(user=person, parts={"coping": "<script>alert(1)</script>"})
    html = client_person.get(reverse("safety:plan")).content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_plan_is_stored_encrypted(plan):
    with connection.cursor() as cursor:
        cursor.execute("SELECT coping, reasons_to_live FROM safety_safetyplan")
        raw = cursor.fetchone()
    assert all(value.startswith("wm1:") for value in raw)
    assert "hond" not in " ".join(raw)


def test_writing_about_crisis_in_the_plan_does_not_bring_up_the_card(client_person):
    data = {**FULL_PLAN, "warning_signs": "Ik denk aan zelfmoord en wil er niet meer zijn."}
    client_person.post(reverse("safety:plan_edit"), data)
    assert waiting_cards(client_person) == {}
    html = client_person.get(reverse("safety:plan")).content.decode()
    assert 'id="crisis-card"' not in html
    assert "Ik denk aan zelfmoord" in html  # saved all the same


def test_print_button_works_without_javascript_as_a_link_to_a_clean_page(client_person, plan):
    html = client_person.get(reverse("safety:plan")).content.decode()
    assert 'href="?print=1" data-print-link' in html
    printable = client_person.get(reverse("safety:plan") + "?print=1").content.decode()
    assert 'class="mainnav"' not in printable
    assert "Mijn dochter." in printable
    assert 'href="tel:113"' in printable  # the crisis lines go on paper too
    assert 'href="/crisis/"' in printable


def test_plan_pages_have_no_inline_script_or_style(client_person, plan):
    for url in (reverse("safety:plan"), reverse("safety:plan") + "?print=1",
                reverse("safety:plan_edit"), reverse("safety:crisis")):
        html = client_person.get(url).content.decode()
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), url
        assert not re.search(r"\son[a-z]+=", html), url
        assert " style=" not in html, url
        assert "<style" not in html, url


def test_print_script_is_a_static_file(client_person, plan):
    html = client_person.get(reverse("safety:plan")).content.decode()
    assert '<script src="/static/safety/print.js" defer></script>' in html


def test_stranger_sees_only_their_own_empty_plan(client, stranger, plan):
    client.force_login(stranger)
    for url in (reverse("safety:plan"), reverse("safety:plan") + "?print=1",
                reverse("safety:plan_edit"), reverse("safety:crisis")):
        html = client.get(url).content.decode()
        assert "Mijn dochter." not in html
        assert "06-12345678" not in html


def test_stranger_saving_a_plan_leaves_the_persons_plan_alone(client, stranger, person, plan):
    client.force_login(stranger)
    client.post(reverse("safety:plan_edit"), {"coping": "Mine."})
    assert safety_plan_for(person).coping == FULL_PLAN["coping"]
    assert safety_plan_for(stranger).coping == "Mine."


def test_the_plan_pages_are_not_cached(client_person, plan):
    assert client_person.get(reverse("safety:plan"))["Cache-Control"] == "no-store"


def test_saving_an_unknown_part_is_refused(person):
    with pytest.raises(ValueError, match="Unknown safety plan parts"):
        safety_plan_save(user=person, parts={"owner": "x"})
