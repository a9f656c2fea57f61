"""Every main page of a demo life, in Dutch and in English, on a phone: no axe
violations, no sideways scrolling, no error."""

import pytest

from checkins.tests.test_offline_browser import log_in
from tests.conftest import assert_no_axe_violations, assert_no_sideways_scroll
from wagenmenner.demo import create_demo

pytestmark = pytest.mark.browser

PAGES = ["/", "/teugels/", "/rit/", "/ritten/", "/meten/", "/meten/geschiedenis/",
         "/meten/schema/", "/inzicht/", "/inzicht/alarmbelasting/", "/inzicht/omslagen/",
         "/inzicht/ritten/", "/inzicht/regels/", "/inzicht/mensen/", "/inzicht/week/",
         "/inzicht/bezigheden/",
         "/mensen/escalaties/", "/mensen/", "/mensen/vertrouwen/", "/signaleringsplan/",
         "/time-out/", "/mijn-wagenmenner/", "/instellen/", "/instellen/rules/",
         "/veiligheidsplan/", "/zelftest/", "/leren/", "/account/", "/account/fhir/", "/crisis/"]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_main_page_of_a_demo_life_is_accessible_on_a_phone(live_server, page, language,
                                                                  settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from conftest import PASSWORD

    logins = create_demo(months=2, password=PASSWORD)
    user = next(login for login in logins if "vader" in login.email)
    from accounts.models import User

    User.objects.filter(email=user.email).update(language=language)
    log_in(page, live_server.url, user.email)
    from people.models import Person

    daan = next(p for p in Person.objects.filter(owner__email=user.email) if p.name == "Daan")
    for path in [*PAGES, f"/mensen/{daan.pk}/", f"/mensen/{daan.pk}/wederkerigheid/"]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == language, path
        assert_no_sideways_scroll(page)
        assert_no_axe_violations(page)


def test_insights_data_tables_keep_words_whole_and_scroll_in_their_frame(live_server, page,
                                                                          settings):
    """Opened on a 360 px phone, the insights page's data tables keep a week label on one
    line (the page lets long words break anywhere, a table must not), scroll inside
    their own frame when wider than the screen, and that frame takes keyboard focus."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from conftest import PASSWORD

    user = create_demo(months=7, password=PASSWORD)[0]
    log_in(page, live_server.url, user.email)
    page.goto(live_server.url + "/inzicht/?start=2026-01-01&end=2026-11-25")
    for summary in page.locator("details.data-table summary").all():
        summary.click()
    label = page.locator("details.data-table tbody th a").first
    assert label.bounding_box()["height"] < 2 * 16 * 1.2, "a week label broke over lines"
    table = page.locator("details.data-table table").first
    # A real table: each row's cells stand under the column headings.
    headings = [c.bounding_box()["x"] for c in table.locator("thead th").all()]
    cells = [c.bounding_box()["x"] for c in table.locator("tbody tr").first.locator("th, td").all()]
    assert cells == headings
    frame = page.locator(".table-wrap").first
    assert frame.evaluate("e => e.scrollWidth > e.clientWidth")
    assert frame.get_attribute("tabindex") == "0"
    assert_no_sideways_scroll(page)
    assert_no_axe_violations(page)


def test_the_demo_therapist_logs_in_with_her_app_and_reads_her_clients_on_a_phone(
        live_server, page, settings):
    """As the demo prints it: password, then the code of her authenticator app; her
    caseload and a client's page are alive and accessible at 360 px."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    from django_otp.oath import totp

    from conftest import PASSWORD
    from twofactor.models import TotpDevice

    logins = create_demo(months=2, password=PASSWORD)
    email = logins.therapist.email
    page.goto(live_server.url + "/inloggen/")
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url("**/inloggen/tweede-stap/**")
    device = TotpDevice.objects.get(user__email=email)
    page.locator("input[name=code]").fill(f"{totp(device.bin_key):06d}")
    page.locator("main button[type=submit]").first.click()
    page.wait_for_load_state()
    page.goto(live_server.url + "/praktijk/")
    assert page.get_by_text("Henk").first.is_visible()
    assert_no_sideways_scroll(page)
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Henk").first.click()
    page.wait_for_load_state()
    assert "/praktijk/" in page.url and page.url.rstrip("/") != live_server.url + "/praktijk"
    assert_no_sideways_scroll(page)
    assert_no_axe_violations(page)
