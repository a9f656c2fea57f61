"""Playwright with Debian's Chromium (see shared/recipes/testing-as-a-user.md)."""

# The fixtures live in the root conftest.py so that every app's browser tests get them;
# they are re-exported here for the app conftests that import them from this module.
from conftest import (  # noqa: F401
    CHROMIUM_FLAGS,
    PHONE,
    browser_context_args,
    browser_type_launch_args,
)


def assert_no_axe_violations(page):
    from axe_playwright_python.sync_playwright import Axe

    result = Axe().run(page)
    assert result.violations_count == 0, result.generate_report()


def assert_no_sideways_scroll(page):
    page.wait_for_load_state()  # right after a click the next document may not be there yet
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{page.url} is {width}px wide"
