"""The safety plan and the crisis page stay readable on a phone without network."""

import pytest
from playwright.sync_api import expect

from checkins.offline import cache_key_for
from checkins.tests.test_offline_browser import log_in, wait_until, wait_until_ready_offline
from safety.models import SafetyPlan

pytestmark = pytest.mark.browser

PLAN_KEPT = """async (user) => {
  const name = (await caches.keys()).find(k => k.startsWith('wm-pages-') && k.endsWith(user));
  if (!name) return false;
  const cache = await caches.open(name);
  return !!(await cache.match('/veiligheidsplan/')) && !!(await cache.match('/crisis/'));
}"""


def test_safety_plan_and_crisis_page_are_readable_offline(live_server, page, context, person):
    SafetyPlan.objects.create(owner=person, reasons_to_live="Mijn dochter Noor en de zee.")
    log_in(page, live_server.url, person.email)
    wait_until_ready_offline(page, person)
    wait_until(page, PLAN_KEPT, cache_key_for(person))
    context.set_offline(True)
    page.goto(live_server.url + "/veiligheidsplan/")
    expect(page.get_by_text("Mijn dochter Noor en de zee.")).to_be_visible()
    page.goto(live_server.url + "/crisis/")
    expect(page.locator("a[href='tel:113']").first).to_be_visible()
    expect(page.get_by_text("Mijn dochter Noor en de zee.")).to_be_visible()
    context.set_offline(False)
