"""The reins on a phone that loses its network, in a real Chromium (Playwright): the goal
that counts and the rules without network, kept on the phone, sent exactly once; pages
that need a connection say so. Screens are saved under test-results/reins/."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from playwright.sync_api import expect

from checkins.offline import cache_key_for
from checkins.tests.test_offline_browser import log_in, wait_until
from rides.models import Ride
from tests.conftest import assert_no_axe_violations, assert_no_sideways_scroll
from tests.factories import make_charioteer

pytestmark = pytest.mark.browser

SHOTS = Path(settings.BASE_DIR) / "test-results" / "reins"
QUEUE_EMPTY = "async () => (await window.WagenmennerQueue.items()).length === 0"
REINS_KEPT = """async (user) => {
  const name = (await caches.keys()).find(k => k.startsWith('wm-pages-') && k.endsWith(user));
  if (!name) return false;
  const cache = await caches.open(name);
  return !!(await cache.match('/teugels/')) && !!(await cache.match('/zonder-verbinding/'));
}"""


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def ready_offline(page, user):
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
        page.reload()
    page.wait_for_function("() => !!navigator.serviceWorker.controller", polling=100)
    wait_until(page, REINS_KEPT, cache_key_for(user))


def quick_rides(user):
    return Ride.objects.filter(owner=user, mode="quick")


def choose(page, horse, level, who=None):
    page.get_by_label(horse, exact=True).check()
    page.locator(f"label[for$='level_{level}']").click()
    if who:
        page.locator("select[name=person]").select_option(label=who)


def test_reins_used_offline_show_the_goal_and_are_sent_exactly_once(live_server, page,
                                                                     context, person):
    world = make_charioteer(person)
    base = live_server.url
    log_in(page, base, person.email)
    page.get_by_role("link", name="Teugels").first.click()
    page.wait_for_url(base + "/teugels/")
    ready_offline(page, person)

    # The network goes; the reins still open, from the phone.
    context.set_offline(True)
    page.reload()
    expect(page.locator("[data-wm-status]")).to_contain_text("Je bent offline")
    choose(page, "Alarm", 8, "Sam")
    page.get_by_role("button", name="Laat mijn regels zien").click()
    expect(page.get_by_text("Het doel dat hier telt:")).to_be_visible()
    expect(page.get_by_text("Ruzie maken zonder te ontploffen")).to_be_visible()
    rule = page.get_by_label("Als ik word bekritiseerd, dan ik zeg dat ik erop terugkom.")
    expect(rule).to_be_visible()
    assert_no_sideways_scroll(page)
    shot(page, "offline-rules-nl-360")
    rule.check()
    page.get_by_label("Eén actie, nu").fill("Even naar buiten, tien minuten")
    page.get_by_role("button", name="Dit ga ik doen").click()
    expect(page.get_by_role("heading", name="Je hebt de teugels in handen genomen.")
           ).to_be_visible()
    expect(page.get_by_text("Opgeslagen op deze telefoon.")).to_be_visible()
    expect(page.locator("[data-wm-queue-list] > li")).to_have_count(1)
    shot(page, "offline-kept-nl-360")
    assert not quick_rides(person).exists()

    # Another page, offline: it says it needs a connection (not another page, nor the
    # browser's own error page).
    page.goto(base + reverse("insights:overview"))
    expect(page.get_by_role("heading", name="Geen verbinding")).to_be_visible()
    expect(page.locator("form[data-wm-checkin-form]")).to_have_count(0)
    assert page.url == base + reverse("insights:overview")
    shot(page, "offline-page-nl-360")
    page.goto(base + "/teugels/")
    [item] = page.evaluate("() => window.WagenmennerQueue.items()")
    assert item["kind"] == "ride" and item["state"] == "pending"

    # Back online: sent once, with the moment it was pressed.
    context.set_offline(False)
    wait_until(page, QUEUE_EMPTY)
    [ride] = quick_rides(person)
    assert ride.action == "Even naar buiten, tien minuten" and ride.level == 8
    assert ride.person == world["person"] and ride.goal == world["goal"]
    assert list(ride.rules.all()) == [world["rule"]] and ride.is_committed
    assert ride.committed_at.isoformat()[:19] == item["recorded_at"][:19]
    # A forced resend of the same item stores nothing new.
    page.evaluate("item => window.WagenmennerQueue.put(item)", item)
    page.evaluate("() => window.WagenmennerQueue.flush()")
    wait_until(page, QUEUE_EMPTY)
    assert quick_rides(person).count() == 1
    # The look-back waits on the home screen.
    page.goto(base + "/")
    expect(page.locator(f"a[href='/rit/{ride.pk}/terugblik/']").first).to_be_visible()


def test_reins_online_in_english_go_to_the_done_page(live_server, page, stranger):
    world = make_charioteer(stranger)
    base = live_server.url
    log_in(page, base, stranger.email)
    page.goto(base + "/teugels/")
    choose(page, "Alarm", 3)
    page.get_by_role("button", name="Show my rules").click()
    # Nothing fits at 3: the others that are safe now, and no goal made up.
    expect(page.get_by_text("None of your rules fits exactly.")).to_be_visible()
    expect(page.locator("[data-wm-quick-goal]")).to_be_hidden()
    page.get_by_role("button", name="Back").click()
    choose(page, "Alarm", 9, "Sam")
    page.get_by_role("button", name="Show my rules").click()
    expect(page.get_by_text("The goal that counts here:")).to_be_visible()
    # An empty action is not sent.
    page.get_by_role("button", name="Commit to this action").click()
    expect(page.get_by_text("Write down one concrete thing you will do.")).to_be_visible()
    assert not quick_rides(stranger).exists()
    assert_no_axe_violations(page)
    shot(page, "online-rules-en-360")
    page.get_by_label("One action, now").fill("Walk around the block")
    page.get_by_role("button", name="Commit to this action").click()
    page.wait_for_url(re.compile(r"/teugels/\d+/klaar/$"))
    expect(page.get_by_role("heading", name="You took the reins.")).to_be_visible()
    [ride] = quick_rides(stranger)
    assert ride.goal == world["goal"] and ride.action == "Walk around the block"
    assert page.evaluate(QUEUE_EMPTY)


def test_a_form_sent_offline_says_so_and_stays(live_server, page, context, person):
    base = live_server.url
    log_in(page, base, person.email)
    page.goto(base + reverse("rides:start"))
    context.set_offline(True)
    page.get_by_role("button", name="Begin een rit").click()
    expect(page.get_by_role("alert")).to_contain_text("Je bent offline: dit is niet verstuurd.")
    assert page.url == base + reverse("rides:start")
    assert not Ride.objects.filter(owner=person).exists()
    context.set_offline(False)


def test_the_no_connection_page_passes_axe_in_both_languages(live_server, page, person):
    base = live_server.url
    log_in(page, base, person.email)
    for language in ("nl", "en"):
        person.language = language
        person.save()
        page.goto(base + reverse("checkins:offline"))
        expect(page.locator("main h1")).to_have_text(
            {"nl": "Geen verbinding", "en": "No connection"}[language])
        assert_no_sideways_scroll(page)
        assert_no_axe_violations(page)


# --- Tap targets: the 0–10 buttons ------------------------------------------------------

SCALE_BOXES = """() => [...document.querySelectorAll('.scale label')].map(label => {
  const box = label.getBoundingClientRect();
  // The lines the digits take: the rectangles of the label's own text.
  const tops = [];
  for (const node of label.childNodes) {
    if (node.nodeType !== Node.TEXT_NODE || !node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 0) tops.push(Math.round(r.top));
  }
  const lines = new Set(tops);
  return {text: label.textContent.trim(), width: box.width, height: box.height,
          lines: lines.size};
})"""


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_level_buttons_are_thumb_sized_at_360_and_never_wrap_at_320(live_server, page,
                                                                         person, language):
    person.language = language
    person.save()
    make_charioteer(person)
    base = live_server.url
    log_in(page, base, person.email)
    ride = Ride.objects.filter(owner=person).first()
    pages = [reverse("checkins:checkin"), reverse("rides:quick"),
             reverse("rides:step", args=[ride.pk, 2])]
    for width, height in ((360, 740), (320, 640)):
        page.set_viewport_size({"width": width, "height": height})
        for url in pages:
            page.goto(base + url)
            boxes = page.evaluate(SCALE_BOXES)
            assert len(boxes) >= 11 and len(boxes) % 11 == 0, url
            for box in boxes:
                assert box["lines"] == 1, (width, url, box)
                if width == 360:
                    assert box["width"] >= 44 and box["height"] >= 44, (url, box)
            assert page.evaluate("document.documentElement.scrollWidth") <= width, url
        shot(page, f"levels-{language}-{width}")
