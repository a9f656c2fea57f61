"""Helpers for the browser tests of safety, selfcheck and learn (Playwright + live_server)."""

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
