"""A clinic's questionnaire on a phone that loses its network, in a real Chromium
(Playwright), as a check-in: the page opens from the phone, the answers are kept there and
sent exactly once when the network returns; the "no connection" page links to it."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from checkins.offline import cache_key_for
from checkins.tests.test_offline_browser import log_in, wait_until
from questionnaires.models import Assignment, ClinicQuestionnaire, QuestionnaireAnswers
from tests.conftest import assert_no_axe_violations, assert_no_sideways_scroll
from tests.factories import make_link, share
from therapist.services import clinician_register

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).parents[1] / "samples" / "session_preparation.json"
SHOTS = Path(settings.BASE_DIR) / "test-results" / "questionnaires"
QUEUE_EMPTY = "async () => (await window.WagenmennerQueue.items()).length === 0"
PAGE_KEPT = """async ([user, path]) => {
  const name = (await caches.keys()).find(k => k.startsWith('wm-pages-') && k.endsWith(user));
  if (!name) return false;
  const cache = await caches.open(name);
  return !!(await cache.match(path)) && !!(await cache.match('/zonder-verbinding/'));
}"""


def test_answers_given_offline_are_kept_and_sent_exactly_once(live_server, page, context,
                                                              person, therapist):
    clinician_register(user=therapist)
    link = make_link(person, therapist, role="therapist")
    share(link, "selfchecks")
    asked = ClinicQuestionnaire.objects.create(
        author=therapist, title="Voor de volgende sessie",
        resource=json.loads(SAMPLE.read_text(encoding="utf-8")))
    given = Assignment.objects.create(link=link, questionnaire=asked)
    path = f"/vragenlijsten/{given.pk}/"
    base = live_server.url
    log_in(page, base, person.email)
    page.goto(base + path)
    page.evaluate("() => navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
        page.reload()
    page.wait_for_function("() => !!navigator.serviceWorker.controller", polling=100)
    wait_until(page, PAGE_KEPT, [cache_key_for(person), path])

    # Offline: a page the phone did not keep says so, and links to the questionnaire.
    context.set_offline(True)
    page.goto(base + "/inzicht/")
    expect(page.get_by_role("heading", name="Geen verbinding")).to_be_visible()
    page.get_by_role("link", name="Voor de volgende sessie").click()
    expect(page.get_by_role("heading", name="Voor de volgende sessie")).to_be_visible()
    # A question marked * left open is not kept: the person hears it on the spot.
    page.get_by_role("button", name="Verstuur mijn antwoorden").click()
    expect(page.get_by_text("Nog niet alle vragen met * hebben een antwoord.")).to_be_visible()
    page.get_by_label("Ongeveer hetzelfde").check()
    page.get_by_role("group", name="Liep er iets uit de hand").get_by_label("Ja").check()
    page.get_by_label("Wanneer was dat").fill("2026-11-30")
    page.get_by_label("Waar wil je het in de sessie vooral over hebben?").fill("De brief")
    page.get_by_role("button", name="Verstuur mijn antwoorden").click()
    expect(page.get_by_text("Opgeslagen op deze telefoon.")).to_be_visible()
    expect(page.locator("[data-wm-queue-list] > li")).to_have_count(1)
    assert_no_sideways_scroll(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "offline-kept-nl-360.png"), full_page=True)
    [item] = page.evaluate("() => window.WagenmennerQueue.items()")
    assert item["kind"] == "questionnaire" and item["state"] == "pending"
    assert not QuestionnaireAnswers.objects.exists()
    # Opened again before the network returns: kept, not asked again.
    page.reload()
    expect(page.get_by_text("Opgeslagen op deze telefoon.")).to_be_visible()
    expect(page.locator("#questionnaire-form")).to_be_hidden()

    # Back online: sent once, and the page shows what was answered.
    context.set_offline(False)
    expect(page.get_by_text("De brief")).to_be_visible(timeout=15000)
    wait_until(page, QUEUE_EMPTY)
    [stored] = QuestionnaireAnswers.objects.all()
    answers = json.loads(stored.answers)
    assert answers["verloop"] == "gelijk" and answers["escalatie"] is True
    assert answers["escalatie_wanneer"] == "2026-11-30" and answers["onderwerp"] == "De brief"
    assert stored.authored_at.isoformat()[:19] == item["recorded_at"][:19]
    assert_no_axe_violations(page)
    # A forced resend of the same item stores nothing new.
    page.evaluate("item => window.WagenmennerQueue.put(item)", item)
    page.evaluate("() => window.WagenmennerQueue.flush()")
    wait_until(page, QUEUE_EMPTY)
    assert QuestionnaireAnswers.objects.count() == 1
    # Answered: the phone no longer keeps the empty form.
    page.goto(base + "/")
    wait_until(page, """async ([user, path]) => {
      const name = (await caches.keys()).find(k => k.startsWith('wm-pages-') && k.endsWith(user));
      return !!name && !(await (await caches.open(name)).match(path));
    }""", [cache_key_for(person), path])
