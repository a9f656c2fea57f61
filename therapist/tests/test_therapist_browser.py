"""In a real browser (issue 10): a clinician signs up and sets up an authenticator app; a
client invites them and shares insights and self-checks; the clinician sees the summary,
records a session and downloads the report, whose first page shows the client's name and
a chart; the clinician uploads the practice's questionnaire and gives it to the client,
who answers it on the phone, and the clinician reads the answers; the client's access log
lists it all. Axe-clean at 360 and 1280 px."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD
from safety.tests.browser import assert_accessible, log_in
from therapist.tests.conftest import checkins_for

pytestmark = pytest.mark.browser
SAMPLE = (Path(__file__).parents[2] / "questionnaires" / "samples"
          / "session_preparation.json")
DESKTOP = {"width": 1280, "height": 800}


def _code(secret: str) -> str:
    import base64
    import time

    from django_otp.oath import TOTP

    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    totp = TOTP(key, 30, 0, 6)
    totp.time = time.time()
    return f"{totp.token():06d}"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (test.sh installs it)")
def test_clinician_signs_up_enrols_sees_summary_and_prints(live_server, browser,
                                                           browser_context_args, person, tmp_path):
    from insights.periods import local_today, monday_of

    checkins_for(person, monday_of(local_today(person)), [4, 8, 5, 7])
    doctor = browser.new_context(**{**browser_context_args, "viewport": DESKTOP,
                                    "accept_downloads": True}).new_page()
    client = browser.new_context(**browser_context_args).new_page()

    # The clinician signs up as a care professional and lands on the second factor.
    doctor.goto(live_server.url + "/aanmelden/")
    doctor.fill("#id_email", "dr.jansen@example.org")
    doctor.fill("#id_password", PASSWORD)
    doctor.check("#id_clinician")
    doctor.fill("#id_registration", "19012345601")
    doctor.check("#id_consent")
    doctor.locator("main form button[type=submit]").click()
    # First the account's own recovery codes (for the password), then the second factor.
    expect(doctor.locator("ol.codes li")).to_have_count(10)
    doctor.locator("main a.button.primary").click()
    expect(doctor).to_have_url(re.compile(r"/account/tweede-factor/$"))
    assert_accessible(doctor, phone=False)
    doctor.get_by_role("button", name="Stel een authenticator-app in").click()
    expect(doctor.locator(".qr-wrap svg")).to_be_visible()
    assert_accessible(doctor, phone=False)
    secret = doctor.locator("#totp-secret").inner_text()
    doctor.fill("#id_code", _code(secret))
    doctor.get_by_role("button", name="Bevestigen").click()
    expect(doctor.locator("#recovery-codes li")).to_have_count(10)

    # The client invites them as therapist.
    log_in(client, live_server, person)
    client.goto(live_server.url + "/delen/uitnodigen/")
    client.fill("#id_display_name", "Robin")
    client.get_by_label("hulpverlener").check()
    client.get_by_role("button", name="Maak een uitnodiging").click()
    url = client.locator("#invite-url").input_value()
    doctor.goto(url)
    doctor.get_by_role("button", name="Accepteren").click()
    expect(doctor).to_have_url(re.compile(r"/praktijk/$"))
    expect(doctor.locator("main")).to_contain_text("Robin")
    assert_accessible(doctor, phone=False)

    # The client shares insights and self-checks, and reads that nobody watches live.
    client.goto(live_server.url + "/delen/")
    expect(client.locator("main")).to_contain_text("19012345601")
    expect(client.locator("main")).to_contain_text("Niemand kijkt live mee")
    client.locator('input[value="insights"]').check()
    client.locator('input[value="selfchecks"]').check()
    client.get_by_role("button", name="Bewaar wat ik deel").click()
    expect(client.locator(".messages")).to_be_visible()

    # The clinician sees the summary, records a session, downloads the report.
    doctor.goto(live_server.url + "/praktijk/")
    doctor.get_by_role("link", name="Robin").click()
    expect(doctor.locator("main")).to_contain_text("Metingen per week")
    assert_accessible(doctor, phone=False)
    doctor.set_viewport_size({"width": 360, "height": 740})
    assert_accessible(doctor)
    doctor.set_viewport_size(DESKTOP)
    doctor.get_by_role("button", name="Leg deze sessie vast").click()
    expect(doctor.locator(".messages")).to_contain_text("vastgelegd")
    doctor.fill("#id_start", monday_of(local_today(person)).isoformat())
    with doctor.expect_download() as download:
        doctor.get_by_role("button", name="Rapport downloaden").click()
    pdf = tmp_path / "report.pdf"
    download.value.save_as(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                    str(tmp_path / "page")], check=True)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    assert "Rapport: Robin" in text
    from PIL import Image

    image = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    # The chart's bars are drawn in the app's accent colour (#1f5f73).
    accent = sum(1 for px in image.get_flattened_data() if abs(px[0] - 0x1f) + abs(px[1] - 0x5f)
                 + abs(px[2] - 0x73) < 30)
    assert accent > 200

    # The clinician uploads the practice's questionnaire and gives it to the client.
    doctor.goto(live_server.url + "/praktijk/vragenlijsten/")
    assert_accessible(doctor, phone=False)
    doctor.set_input_files("#id_file", str(SAMPLE))
    doctor.get_by_role("button", name="Uploaden").click()
    expect(doctor.locator(".messages")).to_contain_text("Voor de volgende sessie")
    doctor.goto(live_server.url + "/praktijk/")
    doctor.get_by_role("link", name="Robin").click()
    doctor.get_by_role("button", name="Geef deze vragenlijst").click()
    expect(doctor.locator(".messages")).to_contain_text("Gegeven")

    # The client answers it on the phone: the date is asked only after an escalation.
    client.goto(live_server.url + "/zelftest/")
    client.get_by_role("link", name="Je hulpverlener gaf je een vragenlijst").click()
    client.get_by_role("link", name="Voor de volgende sessie").click()
    assert_accessible(client)
    when = client.get_by_label("Wanneer was dat (de laatste keer)?")
    expect(when).to_be_hidden()
    client.get_by_role("button", name="Verstuur mijn antwoorden").click()
    expect(client.locator(".errorlist").first).to_contain_text("antwoord nodig")
    client.get_by_label("Beter dan daarvoor").check()
    client.locator("fieldset", has_text="Liep er iets uit de hand").get_by_label("Ja").check()
    expect(when).to_be_visible()
    when.fill("2026-01-05")
    client.get_by_label("Waar wil je het in de sessie vooral over hebben?").fill("Mijn zus")
    client.get_by_role("button", name="Verstuur mijn antwoorden").click()
    expect(client.locator(".messages")).to_contain_text("bewaard")
    expect(client.locator("main")).to_contain_text("Mijn zus")
    assert_accessible(client)

    # The clinician sees the answers on the client's page.
    doctor.reload()
    expect(doctor.locator("#questionnaires")).to_contain_text("Mijn zus")
    expect(doctor.locator("#questionnaires")).to_contain_text("Beter dan daarvoor")

    # The client's access log lists the reads and the print.
    client.goto(live_server.url + "/delen/wie-zag-wat/")
    log = client.locator("main table")
    expect(log).to_contain_text("hulpverlener")
    expect(log).to_contain_text("geprint")
    assert_accessible(client)
