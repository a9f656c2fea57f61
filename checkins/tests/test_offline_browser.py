"""Check-ins on a phone that loses its network, in a real Chromium (Playwright).

Service workers need a secure context: http://localhost (the live server) counts as one.
"""

import re
import time

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from checkins.models import CheckIn
from checkins.offline import cache_key_for
from conftest import PASSWORD

pytestmark = pytest.mark.browser

LEVELS = {"alarm": 6, "energy": 4, "drive": 3, "enjoyment": 5, "boredom": 2, "urge": 1}

PAGE_KEPT = """async (user) => {
  const name = (await caches.keys()).find(k => k.startsWith('wm-pages-') && k.endsWith(user));
  return !!name && !!(await (await caches.open(name)).match('/meten/'));
}"""
QUEUE_SIZE = "async () => (await window.WagenmennerQueue.items()).length"
QUEUE_EMPTY = "async () => (await window.WagenmennerQueue.items()).length === 0"


def wait_until(page, script, arg=None, timeout=15.0):
    """Poll an async page function (page.wait_for_function does not await promises)."""
    end = time.monotonic() + timeout
    while not page.evaluate(script, arg):
        if time.monotonic() > end:
            raise AssertionError(f"still false after {timeout}s: {script}")
        page.wait_for_timeout(100)


def log_in(page, base, email):
    page.goto(base + reverse("accounts:login"))
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(base + "/")


def fill_in(page, note=""):
    for name, value in LEVELS.items():
        page.locator(f"input[name={name}][value='{value}']").check()
    if note:
        if not page.locator("main details").evaluate("d => d.open"):
            page.locator("main summary").click()
        page.locator("textarea[name=note]").fill(note)


def wait_until_ready_offline(page, user):
    """The service worker controls the page and keeps the check-in page for this person."""
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
        # The page loaded while the worker was still installing: the next load is its.
        page.reload()
    page.wait_for_function("() => !!navigator.serviceWorker.controller", polling=100)
    wait_until(page, PAGE_KEPT, cache_key_for(user))


def count(user):
    return CheckIn.objects.filter(owner=user).count()


def test_check_ins_made_offline_are_sent_exactly_once_when_back_online(live_server, page,
                                                                       context, person):
    base = live_server.url
    log_in(page, base, person.email)

    # Online: one tap from home, a check-in, back home.
    page.get_by_role("link", name=re.compile("Check in|Inchecken|Meten")).first.click()
    page.wait_for_url(base + "/meten/")
    wait_until_ready_offline(page, person)
    fill_in(page, note="Online gemaakt")
    page.locator("main button[type=submit]").click()
    page.wait_for_url(base + "/")
    assert count(person) == 1

    # Offline: three check-ins stay on the phone, with a clear message.
    page.goto(base + "/meten/")
    context.set_offline(True)
    status = page.locator("[data-wm-status]")
    queued_text = page.locator("form[data-wm-checkin-form]").get_attribute("data-msg-queued")
    for i in range(3):
        fill_in(page, note=f"Offline nummer {i}")
        page.locator("main button[type=submit]").click()
        expect(status).to_have_text(queued_text)
        expect(page.locator("[data-wm-queue-list] > li")).to_have_count(i + 1)
    assert count(person) == 1

    # A reload without network still shows the page, and what waits on the phone.
    page.reload()
    expect(page.locator("form[data-wm-checkin-form]")).to_be_visible()
    expect(page.locator("[data-wm-queue-list] > li")).to_have_count(3)
    # Without network the crisis page is there, and any other page says it needs a
    # connection (proof that the service worker, not the network, answers).
    page.goto(base + reverse("safety:crisis"))
    expect(page.locator("main h1")).to_be_visible()
    page.goto(base + reverse("checkins:history"))
    expect(page.locator("main h1")).to_have_text("Geen verbinding")
    expect(page.locator("form[data-wm-checkin-form]")).to_have_count(0)
    page.goto(base + "/meten/")
    queued = page.evaluate("() => window.WagenmennerQueue.items()")
    assert len({item["key"] for item in queued}) == 3
    assert all(item["state"] == "pending" for item in queued)

    # Back online: the queue is sent and empties.
    context.set_offline(False)
    wait_until(page, QUEUE_EMPTY)
    assert count(person) == 4
    notes = set(CheckIn.objects.filter(owner=person).values_list("note", flat=True))
    assert notes == {"Online gemaakt", "Offline nummer 0", "Offline nummer 1", "Offline nummer 2"}
    # Each keeps the moment its button was pressed, not the moment it arrived.
    pressed = sorted(item["recorded_at"] for item in queued)
    stored = sorted(c.recorded_at.isoformat() for c in CheckIn.objects.filter(owner=person)
                    if c.note.startswith("Offline"))
    assert [p[:19] for p in pressed] == [s[:19] for s in stored]

    # A forced resend of the same items (same keys, same bodies) stores nothing new.
    page.evaluate("items => Promise.all(items.map(i => window.WagenmennerQueue.put(i)))",
                  queued)
    assert page.evaluate(QUEUE_SIZE) == 3
    sent = page.evaluate("() => window.WagenmennerQueue.flush()")
    assert sent == 3
    assert page.evaluate(QUEUE_SIZE) == 0
    assert count(person) == 4


def test_a_post_lost_on_the_way_is_kept_on_the_phone_and_sent_once(live_server, page, context,
                                                                   person):
    base = live_server.url
    log_in(page, base, person.email)
    page.goto(base + "/meten/")
    # The phone thinks it is online (a Wi-Fi without internet), but the post fails.
    page.evaluate("() => Object.defineProperty(navigator, 'onLine', {get: () => true})")
    context.set_offline(True)
    fill_in(page, note="Verloren onderweg")
    page.locator("main button[type=submit]").click()
    expect(page.locator("[data-wm-queue-list] > li")).to_have_count(1)
    assert count(person) == 0
    context.set_offline(False)
    page.evaluate("() => window.WagenmennerQueue.flush()")
    assert page.evaluate(QUEUE_SIZE) == 0
    assert list(CheckIn.objects.filter(owner=person).values_list("note", flat=True)) == [
        "Verloren onderweg"]


def test_an_item_the_server_refuses_stays_visible_as_failed(live_server, page, person):
    base = live_server.url
    log_in(page, base, person.email)
    page.goto(base + "/meten/")
    user = page.locator("form[data-wm-checkin-form]").get_attribute("data-user")
    page.evaluate("""user => window.WagenmennerQueue.put({key: 'k-bad', user: user,
        recorded_at: '2999-01-01T00:00:00.000Z', state: 'pending', error: '',
        body: {alarm: 1, energy: 1, drive: 1, enjoyment: 1, boredom: 1, urge: 1,
               conflict: false, substance: '', substance_amount: '', note: ''}})""", user)
    assert page.evaluate("() => window.WagenmennerQueue.flush()") == 0
    [item] = page.evaluate("() => window.WagenmennerQueue.items()")
    assert item["state"] == "failed" and item["error"]
    expect(page.locator("[data-wm-queue-list] > li")).to_have_count(1)
    expect(page.locator("[data-wm-queue-list] button")).to_be_visible()
    assert count(person) == 0
    # Only the person removes it.
    page.locator("[data-wm-queue-list] button").click()
    expect(page.locator("[data-wm-queue]")).to_be_hidden()
    assert page.evaluate(QUEUE_SIZE) == 0


def test_logging_out_clears_the_queue_and_the_kept_pages(live_server, page, person):
    base = live_server.url
    log_in(page, base, person.email)
    page.goto(base + "/meten/")
    wait_until_ready_offline(page, person)
    page.evaluate("""() => window.WagenmennerQueue.put({key: 'k-1', user: 'x',
        recorded_at: new Date().toISOString(), state: 'pending', error: '', body: {}})""")
    page.goto(base + reverse("accounts:settings"))
    page.locator(f"form[action='{reverse('accounts:logout')}'] button").click()
    page.wait_for_url(re.compile("/inloggen/"))
    assert page.evaluate("""() => new Promise(resolve => {
        const req = indexedDB.open('wagenmenner', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('checkins', {keyPath: 'key'});
        req.onsuccess = () => {
          const get = req.result.transaction('checkins').objectStore('checkins').getAll();
          get.onsuccess = () => resolve(get.result.length);
        };
      })""") == 0
    assert page.evaluate("async () => (await caches.keys()).filter(k => k.startsWith('wm-'))"
                         ) == []


def test_online_a_missing_level_shows_the_server_s_message_in_place(live_server, page, person):
    from checkins.models import Schedule

    # Thoughts of death at 9 on the same check-in: the crisis card comes up although
    # nothing is saved, and on a phone the page shows the card, not only the errors below it.
    Schedule.objects.create(owner=person, ask_dark_thoughts=True)
    page.set_viewport_size({"width": 360, "height": 740})
    base = live_server.url
    log_in(page, base, person.email)
    page.goto(base + "/meten/")
    fill_in(page)
    page.locator("input[name=dark_thoughts][value='9']").check()
    page.locator("input[name=urge]:checked").evaluate("el => { el.checked = false; }")
    page.locator("main button[type=submit]").click()
    expect(page.locator("main .errorlist").first).to_be_attached()
    expect(page.locator("#crisis-card h2")).to_be_in_viewport()
    assert page.url == base + "/meten/"
    assert page.evaluate(QUEUE_SIZE) == 0
    assert count(person) == 0
    # The form still works after the server's answer was put in place.
    page.locator("input[name=urge][value='3']").check()
    page.locator("main button[type=submit]").click()
    page.wait_for_url(base + "/")
    assert count(person) == 1


def test_offline_a_missing_level_is_not_queued(live_server, page, context, person):
    base = live_server.url
    log_in(page, base, person.email)
    page.goto(base + "/meten/")
    form = page.locator("form[data-wm-checkin-form]")
    context.set_offline(True)
    page.locator("input[name=alarm][value='4']").check()
    page.locator("main button[type=submit]").click()
    expect(page.locator("[data-wm-status]")).to_have_text(form.get_attribute("data-msg-invalid"))
    assert page.evaluate(QUEUE_SIZE) == 0
    context.set_offline(False)


def test_the_check_in_pages_fit_a_phone_and_pass_axe(live_server, page, person):
    from tests.conftest import assert_no_axe_violations, assert_no_sideways_scroll

    CheckIn.objects.create(owner=person, note="Een notitie", **LEVELS)
    base = live_server.url
    log_in(page, base, person.email)
    for name in ("checkins:checkin", "checkins:history", "checkins:schedule"):
        page.goto(base + reverse(name))
        assert_no_sideways_scroll(page)
        assert_no_axe_violations(page)
