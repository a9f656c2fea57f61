"""Two people, two browsers, on phones: the person invites, the partner accepts and sees
nothing; the person shares; the partner sees it; the person takes it back; the partner's
next page load shows nothing; the person's access log lists the partner's reads."""

import re

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD
from safety.models import SafetyPlan
from safety.tests.browser import assert_accessible, log_in

pytestmark = pytest.mark.browser


@pytest.fixture
def phones(browser, browser_context_args):
    contexts = [browser.new_context(**browser_context_args) for _ in range(2)]
    yield [c.new_page() for c in contexts]
    for c in contexts:
        c.close()


def test_invite_accept_share_revoke_and_the_access_log(live_server, phones, person, settings):
    settings.QUICK_EXIT_URL = live_server.url + "/healthz"
    SafetyPlan.objects.create(owner=person, coping="Een rondje om het blok")
    mine, theirs = phones

    # The person makes an invitation.
    log_in(mine, live_server, person)
    mine.goto(live_server.url + "/delen/")
    assert_accessible(mine)
    mine.fill("#id_display_name", "Robin")
    mine.get_by_role("button", name="Maak een uitnodiging").click()
    code = mine.locator("#invite-code").inner_text()
    url = mine.locator("#invite-url").input_value()
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    expect(mine.locator(".qr-wrap svg")).to_be_visible()
    assert_accessible(mine)

    # The partner opens the link in their own browser, signs up, sees who invites, accepts.
    theirs.goto(url)
    assert "Robin" not in theirs.content()
    theirs.get_by_role("link", name="Maak een account").click()
    theirs.fill("#id_email", "sanne@example.org")
    theirs.fill("#id_password", PASSWORD)
    theirs.check("#id_consent")
    theirs.locator("main form button[type=submit]").click()
    expect(theirs.locator("main")).to_contain_text("Robin")
    assert_accessible(theirs)
    theirs.get_by_role("button", name="Accepteren").click()

    # First, their own safety, privately; then their space, where nothing is shared yet.
    expect(theirs).to_have_url(live_server.url + "/naaste/eerst/")
    expect(theirs.locator("main")).to_contain_text("112")
    assert_accessible(theirs)
    theirs.get_by_label("Ja").check()
    theirs.get_by_role("button", name="Verder").click()
    expect(theirs.locator("main")).to_contain_text("Nog niets gedeeld")
    assert_accessible(theirs)
    theirs.get_by_role("link", name="Robin").click()
    link_url = theirs.url
    expect(theirs.locator("main")).to_contain_text("Er is nog niets met je gedeeld")
    assert theirs.goto(link_url + "safety_plan/").status == 404

    # The person shares the safety plan; the partner sees it.
    mine.goto(live_server.url + "/delen/")
    mine.get_by_label("Veiligheidsplan").check()
    mine.get_by_role("button", name="Bewaar wat ik deel").click()
    expect(mine.locator(".messages")).to_be_visible()
    theirs.goto(link_url)
    theirs.get_by_role("link", name="Veiligheidsplan").click()
    expect(theirs.locator("main")).to_contain_text("Een rondje om het blok")
    assert_accessible(theirs)

    # The quick exit leaves for the neutral page and takes this page out of the history.
    shared_page = theirs.url
    theirs.get_by_role("link", name="Snel weg").click()
    expect(theirs).to_have_url(settings.QUICK_EXIT_URL)
    theirs.go_back()
    assert theirs.url != shared_page

    # The person takes it back: the partner's next page load shows nothing.
    mine.goto(live_server.url + "/delen/")
    mine.get_by_label("Veiligheidsplan").uncheck()
    mine.get_by_role("button", name="Bewaar wat ik deel").click()
    expect(mine.locator(".messages")).to_be_visible()
    assert theirs.goto(shared_page).status == 404
    assert "Een rondje om het blok" not in theirs.content()

    # The person's access log lists the partner's reads, and the refused one after.
    mine.goto(live_server.url + "/delen/wie-zag-wat/")
    log = mine.locator("main table")
    expect(log).to_contain_text("sanne (partner)")
    expect(log).to_contain_text("geweigerd")
    assert_accessible(mine)


def test_the_sharing_pages_read_well_in_english(live_server, page, person, partner, link):
    from partner.models import SafetyQuestionAsked
    from tests.factories import share

    person.language = "en"
    person.save()
    share(link, "rides", "weekly_summary")
    log_in(page, live_server, person)
    for path in ("/delen/", "/delen/wie-zag-wat/", "/uitnodiging/", f"/delen/{link.pk}/beeindigen/"):
        assert page.goto(live_server.url + path).status == 200, path
        assert_accessible(page)
    SafetyQuestionAsked.objects.create(owner=partner)
    partner.language = "en"
    partner.save()
    page.context.clear_cookies()
    log_in(page, live_server, partner)
    for path in ("/naaste/", "/naaste/logboek/", f"/naaste/{link.pk}/",
                 f"/naaste/{link.pk}/rides/", f"/naaste/{link.pk}/weekly_summary/"):
        assert page.goto(live_server.url + path).status == 200, path
        assert_accessible(page)
