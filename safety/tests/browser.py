"""Helpers for the browser tests of safety, selfcheck and learn (Playwright + live_server)."""

import re

from django.urls import reverse
from playwright.sync_api import expect

from conftest import PASSWORD


def log_in(page, live_server, user):
    """Log in through the login form, as a person does; selectors hold in every language."""
    page.goto(live_server.url + reverse("accounts:login"))
    page.fill("#id_username", user.email)
    page.fill("#id_password", PASSWORD)
    page.locator("main form button.primary[type=submit]").click()
    expect(page).not_to_have_url(live_server.url + reverse("accounts:login"))


def ride_to_step_3(page, live_server, note, level=6):
    """Start a ride, write ``note`` as its situation at alarm ``level`` and go on to step 3
    (where the crisis card shows when the note speaks of crisis)."""
    page.goto(live_server.url + reverse("rides:start"))
    page.locator(f"form[action='{reverse('rides:new')}'] button.primary").click()
    expect(page).to_have_url(re.compile(r"/rit/\d+/stap/1/$"))
    page.locator("main form button.primary[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/rit/\d+/stap/2/$"))
    page.fill("#id_situation", note)
    page.locator("input[name=horse]").first.check()
    page.locator(f"input[name=level][value='{level}']").check()
    page.locator("main form button.primary[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/rit/\d+/stap/3/$"))


def assert_accessible(page, phone=True):
    """axe-core on the page as served (CSP on): no violations of any rule it runs; and on
    a phone, nothing wider than the screen.

    axe-playwright-python injects axe with page.evaluate, which the CSP allows; a script
    tag would be refused (recipe: testing-as-a-user.md, section 3).
    """
    from axe_playwright_python.sync_playwright import Axe

    from tests.conftest import assert_no_sideways_scroll

    result = Axe().run(page)
    assert result.violations_count == 0, f"{page.url}\n{result.generate_report()}"
    if phone:
        assert_no_sideways_scroll(page)
