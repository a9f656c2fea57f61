"""The interactive API docs render in a real browser under the app's strict CSP."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_api_docs_render_with_the_csp(live_server, page):
    blocked = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text
            else None)
    page.goto(live_server.url + "/api/v1/docs")
    expect(page.get_by_role("heading", name="Wagenmenner API")).to_be_visible(timeout=15000)
    expect(page.get_by_text("/api/v1/checkins").first).to_be_visible()
    assert not blocked, blocked
