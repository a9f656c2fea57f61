"""axe-core finds no violations on the self-check and its result."""

import pytest
from django.urls import reverse

from safety.tests.browser import assert_accessible, log_in
from selfcheck import items
from selfcheck.services import selfcheck_record

pytestmark = pytest.mark.browser


def test_the_self_check_form_is_accessible(live_server, page, person):
    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("selfcheck:take"))
    assert_accessible(page)


def test_the_self_check_form_with_an_error_is_accessible(live_server, page, person):
    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("selfcheck:take"))
    page.locator("input[name=ae1][value='3']").check()
    page.locator("main form button.primary[type=submit]").click()
    page.locator(".errorlist").first.wait_for()
    assert_accessible(page)


def test_a_result_with_change_and_history_is_accessible(live_server, page, person):
    selfcheck_record(user=person, answers={i.key: 1 for i in items.ITEMS})
    later = selfcheck_record(user=person, answers={i.key: 3 for i in items.ITEMS if i.key != "pp7"},
                             remarks="Een zware maand.")
    log_in(page, live_server, person)
    page.goto(live_server.url + reverse("selfcheck:result", args=[later.pk]))
    assert_accessible(page)


def test_the_self_check_in_english_is_accessible(live_server, page, stranger):
    log_in(page, live_server, stranger)
    page.goto(live_server.url + reverse("selfcheck:take"))
    assert_accessible(page)
