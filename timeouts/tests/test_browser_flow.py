"""The flow of the issue, on a 360 px phone in Debian's Chromium: make a warning plan in
setup, check in at alarm 8, home turns orange with "what I do" and the ride; start a
time-out, reload, go offline, come back: the countdown goes on; the end asks for a
check-in."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import expect

from checkins.offline import cache_key_for
from checkins.tests.test_offline_browser import log_in, wait_until
from tests.conftest import assert_no_axe_violations, assert_no_sideways_scroll
from timeouts.models import TimeOut

pytestmark = pytest.mark.browser

TIMEOUT_KEPT = """async (user) => {
  const name = (await caches.keys()).find(k => k.startsWith('wm-pages-') && k.endsWith(user));
  if (!name) return false;
  const kept = await (await caches.open(name)).match('/time-out/');
  return !!kept && (await kept.text()).includes('data-timeout-ends');
}"""


def seconds_left(page) -> int:
    minutes, seconds = page.locator("main [data-countdown]").inner_text().split(":")
    return int(minutes) * 60 + int(seconds)


def test_warning_plan_phase_and_a_time_out_that_survives_reload_and_offline(
        live_server, page, context, person):
    base = live_server.url
    log_in(page, base, person.email)

    # A warning plan in setup: what I do in orange, the default levels.
    page.goto(base + reverse("charioteer:setup_step", args=["warning_plan"]))
    assert_no_sideways_scroll(page)
    assert_no_axe_violations(page)
    page.locator("textarea[name='orange-i_do']").fill("Ik ga een blokje om")
    page.get_by_role("button", name="Opslaan en verder").click()
    page.wait_for_url(base + reverse("charioteer:setup_step", args=["timeout"]))

    # A check-in at alarm 8: home turns orange, with what I do and the ride one tap away.
    page.goto(base + reverse("checkins:checkin"))
    for name in ("alarm", "energy", "drive", "enjoyment", "boredom", "urge"):
        page.locator(f"input[name={name}][value='{8 if name == 'alarm' else 4}']").check()
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url(base + "/")
    card = page.locator("section[data-phase=orange]")
    expect(card).to_be_visible()
    expect(card).to_contain_text("Ik ga een blokje om")
    expect(card.locator(f"a[href='{reverse('rides:start')}']")).to_be_visible()
    assert_no_axe_violations(page)

    # A time-out in one tap from home; the countdown runs.
    page.get_by_role("button", name="Time-out").click()
    page.wait_for_url(base + reverse("timeouts:overview"))
    countdown = page.locator("main [data-countdown]")
    expect(countdown).to_be_visible()
    first = seconds_left(page)
    assert 29 * 60 < first <= 30 * 60
    assert_no_sideways_scroll(page)
    assert_no_axe_violations(page)

    # Reload: the server's clock goes on.
    page.wait_for_timeout(1500)
    page.reload()
    assert seconds_left(page) < first

    # Offline: the open page counts on, and a reload comes from the phone's own copy.
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
        page.reload()
    page.wait_for_function("() => !!navigator.serviceWorker.controller", polling=100)
    wait_until(page, TIMEOUT_KEPT, cache_key_for(person))
    context.set_offline(True)
    before = seconds_left(page)
    page.wait_for_timeout(2100)
    assert seconds_left(page) < before
    page.reload()
    expect(countdown).to_be_visible()
    assert seconds_left(page) < before

    # Back online: still the same time-out, still counting.
    context.set_offline(False)
    page.reload()
    assert 0 < seconds_left(page) < before
    assert TimeOut.objects.count() == 1

    # The end: the page itself turns to "check in first".
    TimeOut.objects.update(ends_at=timezone.now() + timedelta(seconds=3))
    page.reload()
    over = page.locator("main [data-timeout-over]")
    expect(over).to_be_visible(timeout=10000)
    expect(over.locator(f"a[href='{reverse('checkins:checkin')}']")).to_be_visible()
    # And the server says the same on the next load.
    page.reload()
    expect(page.get_by_role("heading", name="Je time-out is voorbij")).to_be_visible()
    assert_no_axe_violations(page)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_warning_plan_and_time_out_pages_on_a_phone(live_server, page, person, language):
    person.language = language
    person.save()
    base = live_server.url
    log_in(page, base, person.email)
    for url in (reverse("warningplan:plan"), reverse("warningplan:plan_edit"),
                reverse("timeouts:overview"), reverse("timeouts:protocol"),
                reverse("charioteer:setup_step", args=["timeout"]),
                reverse("charioteer:setup_step", args=["safety_plan"])):
        response = page.goto(base + url)
        assert response.status == 200, url
        assert_no_sideways_scroll(page)
        assert_no_axe_violations(page)
    # Bad input: a clear message, nothing saved.
    page.goto(base + reverse("timeouts:protocol"))
    page.locator("input[name=minutes]").fill("5")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".errorlist")).to_be_visible()
    assert_no_axe_violations(page)
