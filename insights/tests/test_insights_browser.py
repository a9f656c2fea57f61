"""Each demo person's insights and home page on a phone (360×740 and 320×640), in a real
Chromium: the sentences come first, weeks read as dates, no text is smaller than 12 CSS
pixels (measured in the browser, SVG scaling included), home shows alarm's last weeks, and
axe finds nothing. Screenshots go to test-results/insights/ for the test report."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from accounts.models import User
from checkins.tests.test_offline_browser import log_in
from conftest import PASSWORD
from insights.tests.test_overview_view import _weeks_of_history
from tests.conftest import assert_no_axe_violations
from wagenmenner.demo import create_demo

pytestmark = pytest.mark.browser

SHOTS = Path(settings.BASE_DIR) / "test-results" / "insights"
MIN_PX = 12
# Every element that shows text of its own, with the size it is drawn at: for SVG text
# its font size times the scale of the drawing it sits in.
TEXT_SIZES = """() => {
  const out = [];
  for (const el of document.querySelectorAll('main *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || el.closest('.visually-hidden')) continue;
    let size = parseFloat(style.fontSize);
    if (el instanceof SVGElement) size *= el.getScreenCTM().a;
    out.push([el.tagName.toLowerCase(), el.textContent.trim().slice(0, 40), size]);
  }
  return out;
}"""
# A week as the page labels it: 30 nov – 6 dec, 1–7 dec, or with years.
WEEK = re.compile(r"\d{1,2}(–\d{1,2})? [a-z]{3}( \d{4})?( – \d{1,2} [a-z]{3}( \d{4})?)?")


def _open_all_details(page):
    page.evaluate("() => document.querySelectorAll('main details').forEach(d => d.open = true)")


# The insights pages one tap away from the headline: path, title, sentences.
PARTS = [("/inzicht/alarmbelasting/", "Alarmbelasting en fasen", 1),
         ("/inzicht/omslagen/", "Omslagen", 1),
         ("/inzicht/ritten/", "Ritten en escalaties", 1),
         ("/inzicht/regels/", "Regels", 1),
         ("/inzicht/mensen/", "Mensen en time-outs", 0)]


def _read_on_a_phone(page, viewport, name, axe):
    """No text under 12 px (the data tables opened), one note at most, no sideways
    scroll; a screenshot; axe."""
    _open_all_details(page)
    _assert_no_small_text(page, name)
    assert page.locator("main .note").count() <= 1
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)
    if axe:
        assert_no_axe_violations(page)


def _assert_no_small_text(page, where):
    small = [t for t in page.evaluate(TEXT_SIZES) if t[2] < MIN_PX - 0.01]
    assert not small, f"{where}: text under {MIN_PX} px: {small[:5]}"


@pytest.mark.parametrize("viewport", [{"width": 360, "height": 740},
                                      {"width": 320, "height": 640}])
def test_each_demo_persons_insights_read_on_a_phone(live_server, browser, viewport, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = f"{viewport['width']}x{viewport['height']}"
    logins = create_demo(password=PASSWORD)
    for number, login in enumerate(logins):
        key = login.email.split("@")[0]
        # axe reads the page, not its width: every person at 360 px, one at 320 px.
        axe = viewport["width"] == 360 or number == 0
        context = browser.new_context(viewport=viewport, locale="nl-NL")
        page = context.new_page()
        log_in(page, live_server.url, login.email)

        page.goto(live_server.url + "/inzicht/")
        assert page.title() == "Inzicht – Wagenmenner"
        leads = page.locator("main p.lead").all_inner_texts()
        assert len(leads) == 3 and all(len(t) > 40 for t in leads), leads
        assert all(t.startswith("In de laatste 4 weken") for t in leads)
        # The headline's trends speak per month, never per week.
        assert "per week" not in page.locator("#headline-h + ul").inner_text()
        axis = page.locator("svg.chart text.tick").all_text_contents()
        weeks = [t for t in axis if WEEK.fullmatch(t)]
        assert len(weeks) >= 6, axis
        assert not [t for t in axis if re.search(r"W\d\d", t)]
        _read_on_a_phone(page, viewport, f"{key}-{size}-insights", axe)
        # The other parts, one tap away: each with its sentence, as readable.
        for path, title, sentences in PARTS:
            page.locator(f"nav.insight-pages a[href='{path}']").click()
            page.wait_for_url(f"**{path}")
            assert page.title() == f"{title} – Inzicht – Wagenmenner"
            current = page.locator("nav.insight-pages a[aria-current=page]")
            assert current.get_attribute("href") == path
            leads = page.locator("main p.lead").all_inner_texts()
            assert len(leads) == sentences and all(len(t) > 30 for t in leads), leads
            # axe for every part with the first life (the markup is the same for all).
            _read_on_a_phone(page, viewport, f"{key}-{size}-{path.split('/')[-2]}",
                             axe and number == 0)

        page.goto(live_server.url + "/")
        card = page.locator("section[aria-labelledby=ins-h]")
        assert card.locator("svg.chart[role=img]").is_visible()
        assert card.locator("p").first.inner_text().startswith("In de laatste 4 weken")
        assert card.locator("a[href='/inzicht/']").is_visible()
        _assert_no_small_text(page, f"{key} home {size}")
        page.screenshot(path=SHOTS / f"{key}-{size}-home.png", full_page=True)
        if axe:
            assert_no_axe_violations(page)
        context.close()


def test_the_insights_page_reads_in_english_too(live_server, page, settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    login = create_demo(months=3, password=PASSWORD)[2]
    User.objects.filter(email=login.email).update(language="en")
    log_in(page, live_server.url, login.email)
    page.goto(live_server.url + "/inzicht/")
    assert page.title() == "Insights – Wagenmenner"
    assert page.locator("main p.lead").first.inner_text().startswith("In the last 4 weeks")
    nav = page.locator("nav.insight-pages[aria-label='Parts of Insights'] a")
    assert nav.all_inner_texts() == ["Peaks and valleys", "Alarm load and phases", "Flips",
                                     "Rides and escalations", "Rules", "People and time-outs"]
    axis = page.locator("svg.chart text.tick").all_text_contents()
    # Day first, as every page writes dates in English: "1–7 Dec", "29 Dec – 4 Jan".
    assert [t for t in axis if re.fullmatch(r"\d{1,2}(–\d{1,2})? [A-Z][a-z]{2}( – .*)?", t)]
    _assert_no_small_text(page, "en insights")
    assert_no_axe_violations(page)
    # A chosen period goes along to the other parts.
    page.goto(live_server.url + "/inzicht/?start=2026-09-07&end=2026-11-29")
    page.locator("nav.insight-pages a", has_text="Rules").click()
    page.wait_for_url("**/inzicht/regels/?start=2026-09-07&end=2026-11-29")
    assert page.title() == "Rules – Insights – Wagenmenner"
    assert page.locator("main p.small").first.inner_text().startswith(
        "From 7 September 2026 to 29 November 2026")
    _assert_no_small_text(page, "en rules")
    assert_no_axe_violations(page)


@pytest.mark.parametrize(("language", "viewport"), [("nl", {"width": 360, "height": 740}),
                                                    ("en", {"width": 320, "height": 640})])
def test_two_and_a_half_years_read_by_4_weeks_on_a_phone(live_server, browser, person,
                                                          settings, language, viewport):
    """Over two years a week would be under a pixel wide: the levels' charts span the
    period by 4 weeks, say so, and still read at 12 px and up, without sideways scroll."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    _weeks_of_history(person, 130)
    User.objects.filter(pk=person.pk).update(language=language)
    context = browser.new_context(viewport=viewport, locale=language)
    page = context.new_page()
    log_in(page, live_server.url, person.email)
    page.goto(live_server.url + "/inzicht/?start=2026-03-02&end=2028-08-27")
    heading = {"nl": "Pieken en dalen per 4 weken", "en": "Peaks and valleys per 4 weeks"}
    assert page.locator("main h3", has_text=heading[language]).count() == 3
    axis = page.locator("svg.chart text.tick").all_text_contents()
    first = {"nl": "2–29 mrt 2026", "en": "2–29 Mar 2026"}[language]
    assert axis.count(first) == 9, axis
    legend = {"nl": "gemiddeld per 4 weken", "en": "on average per 4 weeks"}[language]
    assert page.locator("main ul.legend li", has_text=legend).count() == 6
    _open_all_details(page)
    _assert_no_small_text(page, f"4 weeks {language}")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(path=SHOTS / f"long-{language}-{viewport['width']}-insights.png",
                    full_page=True)
    assert_no_axe_violations(page)
    context.close()
