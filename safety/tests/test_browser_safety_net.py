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
