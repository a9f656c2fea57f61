"""axe-core finds no violations on the crisis card, the crisis page and the safety plan."""

import pytest
from django.urls import reverse

from safety.services import safety_plan_save
from safety.tests.browser import assert_accessible, log_in
from selfcheck.items import items_for

pytestmark = pytest.mark.browser


@pytest.fixture
def logged_in(live_server, page, person):
    safety_plan_save(user=person, parts={
        "warning_signs": "Ik slaap slecht.",
        "help_contacts": "Mijn zus Mira 06-12345678",
        "reasons_to_live": "Mijn dochter.",
    })
    log_in(page, live_server, person)
    return page


def test_the_crisis_page_logged_out_is_accessible(live_server, page, db):
    page.goto(live_server.url + reverse("safety:crisis"))
    assert_accessible(page)


@pytest.mark.parametrize("path", [
    reverse("safety:crisis"),
    reverse("safety:plan"),
    reverse("safety:plan") + "?print=1",
    reverse("safety:plan_edit"),
])
def test_the_safety_pages_of_a_person_are_accessible(live_server, logged_in, path):
    logged_in.goto(live_server.url + path)
    assert_accessible(logged_in)


def test_the_empty_safety_plan_is_accessible(live_server, page, stranger):
    log_in(page, live_server, stranger)
    page.goto(live_server.url + reverse("safety:plan"))
    assert_accessible(page)


def test_the_crisis_card_is_accessible(live_server, logged_in):
    page = logged_in
    page.goto(live_server.url + reverse("selfcheck:take"))
    for item in items_for("alert_exhausted"):
        page.locator(f"input[name={item.key}][value='2']").check()
    page.fill("#id_remarks", "Soms wil ik gewoon dood.")
    page.locator("main form button.primary[type=submit]").click()
    page.locator("#crisis-card").wait_for()
    assert_accessible(page)


def test_the_axe_check_itself_catches_a_planted_violation(page):
    page.set_content('<html lang="en"><body><main><img src="x.png">'
                     '<input type="text"></main></body></html>')
    with pytest.raises(AssertionError, match="image-alt"):
        assert_accessible(page, phone=False)


def test_the_earlier_versions_of_the_plan_are_accessible(live_server, logged_in, person):
    from safety.services import safety_plan_versions

    safety_plan_save(user=person, parts={"coping": "Fietsen naar zee."})
    version = safety_plan_versions(person).first()
    for path in (reverse("safety:plan_history"), reverse("safety:plan_version", args=[version.pk])):
        logged_in.goto(live_server.url + path)
        assert_accessible(logged_in)


def test_the_check_in_with_the_dark_thoughts_question_and_its_setting_are_accessible(
        live_server, logged_in, person):
    from checkins.models import Schedule

    Schedule.objects.create(owner=person, ask_dark_thoughts=True)
    for name in ("checkins:schedule", "checkins:checkin"):
        logged_in.goto(live_server.url + reverse(name))
        assert_accessible(logged_in)


def test_an_article_with_its_lines_in_short_is_accessible(live_server, page, db):
    page.goto(live_server.url + reverse("learn:article", args=["wat-het-ook-kan-zijn"]))
    assert_accessible(page)
