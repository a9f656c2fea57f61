"""Two people, two phones (issue 9, the browser flow): the person shares the warning plan
and the time-out agreement; the partner sees them; the partner starts the time-out and
the person's open page shows it within 5 seconds; the person starts the next one and the
partner's open page shows it; the person takes it back; the partner's next page load
shows nothing; the access log lists the partner's reads and the start."""

import re

import pytest
from playwright.sync_api import expect

from partner.models import SafetyQuestionAsked
from safety.tests.browser import assert_accessible, log_in
from tests.factories import make_link
from timeouts.models import TimeOut, TimeoutProtocol
from warningplan.services import warning_plan_save

pytestmark = pytest.mark.browser
SHOWN_WITHIN_MS = 5000


@pytest.fixture
def phones(browser, browser_context_args):
    contexts = [browser.new_context(**browser_context_args) for _ in range(2)]
    yield [c.new_page() for c in contexts]
    for c in contexts:
        c.close()


def test_the_time_out_both_ways_in_two_browsers(live_server, phones, person, partner):
    link = make_link(person, partner)
    TimeoutProtocol.objects.create(owner=person, signal_word="paraplu", minutes=20,
                                   return_below=4)
    warning_plan_save(user=person, phases={"orange": {"others_may_do": "Mij even laten gaan"}})
    SafetyQuestionAsked.objects.create(owner=partner)
    mine, theirs = phones
    log_in(mine, live_server, person)
    log_in(theirs, live_server, partner)
    kind_url = f"{live_server.url}/naaste/{link.pk}/"
    assert theirs.goto(kind_url + "timeout_protocol/").status == 404

    # The person shares the warning plan and the time-out agreement.
    mine.goto(live_server.url + "/delen/")
    mine.get_by_label("Signaleringsplan").check()
    mine.get_by_label("Time-outafspraak").check()
    mine.get_by_role("button", name="Bewaar wat ik deel").click()
    expect(mine.locator(".messages")).to_be_visible()

    # The partner sees both, read-only.
    theirs.goto(kind_url + "warning_plan/")
    expect(theirs.locator("main")).to_contain_text("Mij even laten gaan")
    assert_accessible(theirs)
    theirs.goto(kind_url + "timeout_protocol/")
    expect(theirs.locator("main")).to_contain_text("paraplu")
    assert_accessible(theirs)

    # The person has another page open; the partner starts the agreed time-out.
    mine.goto(live_server.url + "/ritten/")
    theirs.get_by_role("button", name="Start de afgesproken time-out (20 minuten)").click()
    expect(theirs.locator("main [data-countdown]")).to_be_visible()
    live = mine.locator("#timeout-live")
    expect(live).to_contain_text("Time-out: paraplu", timeout=SHOWN_WITHIN_MS)
    expect(live).to_contain_text("onder alarm 4")
    expect(live).to_contain_text("heeft hem gestart")
    expect(live.locator("[role=timer]")).to_have_text(re.compile(r"^(20:00|19:\d\d)$"))
    assert mine.title().startswith("Melding")  # generic words in the tab title
    assert "paraplu" not in mine.title()
    assert_accessible(mine)
    timeout = TimeOut.objects.get()
    assert (timeout.owner, timeout.started_by) == (person, partner)

    # It ends (early, by the person); both open pages ask to check in.
    mine.goto(live_server.url + "/time-out/")
    theirs.goto(live_server.url + "/ritten/")
    expect(theirs.locator("#timeout-live")).to_contain_text("paraplu", timeout=SHOWN_WITHIN_MS)
    mine.get_by_role("button", name="Beëindig de time-out nu").click()
    expect(theirs.locator("#timeout-live")).to_contain_text("Meet eerst",
                                                            timeout=SHOWN_WITHIN_MS)

    # The person starts the next one from home; the partner's open page shows it.
    mine.goto(live_server.url + "/time-out/")
    mine.get_by_role("button", name="Start een time-out (20 minuten)").click()
    expect(theirs.locator("#timeout-live")).to_contain_text("Time-out: paraplu",
                                                            timeout=SHOWN_WITHIN_MS)
    TimeOut.objects.filter(ended_at__isnull=True).update(ends_at=TimeOut.objects.get(
        ended_at__isnull=True).started_at)  # over now, by the server's clock

    # The person takes it back: the partner's next page load shows nothing.
    mine.goto(live_server.url + "/delen/")
    mine.get_by_label("Signaleringsplan").uncheck()
    mine.get_by_label("Time-outafspraak").uncheck()
    mine.get_by_role("button", name="Bewaar wat ik deel").click()
    expect(mine.locator(".messages")).to_be_visible()
    assert theirs.goto(kind_url + "timeout_protocol/").status == 404
    assert theirs.goto(kind_url + "warning_plan/").status == 404
    assert "paraplu" not in theirs.content()

    # The person's access log lists the partner's reads and the start.
    mine.goto(live_server.url + "/delen/wie-zag-wat/")
    log = mine.locator("main table")
    expect(log).to_contain_text("Signaleringsplan")
    expect(log).to_contain_text("Time-outafspraak")
    expect(log).to_contain_text("geweigerd")
    assert_accessible(mine)


def test_the_shared_time_out_pages_read_well_in_english(live_server, page, person, partner):
    from tests.factories import share

    link = make_link(person, partner)
    share(link, "warning_plan", "timeout_protocol")
    SafetyQuestionAsked.objects.create(owner=partner)
    partner.language = "en"
    partner.save()
    log_in(page, live_server, partner)
    for kind in ("warning_plan", "timeout_protocol"):
        assert page.goto(f"{live_server.url}/naaste/{link.pk}/{kind}/").status == 200
        assert_accessible(page)
    page.get_by_role("button", name="Start the agreed time-out (30 minutes)").click()
    expect(page.locator("main")).to_contain_text("The time-out ends at")
    assert_accessible(page)
    page.goto(live_server.url + "/naaste/")
    expect(page.locator("#timeout-live")).to_contain_text("Time-out", timeout=SHOWN_WITHIN_MS)
    assert page.title().startswith("Notice")
    assert_accessible(page)
