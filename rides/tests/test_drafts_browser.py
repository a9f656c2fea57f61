"""What a person types in a ride is kept on the phone until the server has it."""

import pytest
from playwright.sync_api import expect

from checkins.tests.test_offline_browser import log_in
from rides.models import Ride
from tests.conftest import PHONE

pytestmark = pytest.mark.browser


def test_what_was_typed_in_a_ride_survives_a_closed_tab(live_server, context, person):
    ride = Ride.objects.create(owner=person, reached_step=2)
    page = context.new_page()
    log_in(page, live_server.url, person.email)
    page.goto(f"{live_server.url}/rit/{ride.pk}/stap/2/")
    page.locator("textarea[name=situation]").fill("Hij liep weg toen ik begon te praten")
    page.close()  # the tab is closed before anything was sent

    again = context.new_page()
    again.set_viewport_size(PHONE)
    again.goto(f"{live_server.url}/rit/{ride.pk}/stap/2/")
    expect(again.locator("textarea[name=situation]")).to_have_value(
        "Hij liep weg toen ik begon te praten")
    expect(again.get_by_role("status")).to_be_visible()
    # Once the server has the text, the page's own value wins and the draft is dropped.
    ride.situation = "Opgeslagen tekst"
    ride.save()
    again.reload()
    expect(again.locator("textarea[name=situation]")).to_have_value("Opgeslagen tekst")
