"""axe-core finds no violations on the Learn pages."""

import pytest
from django.urls import reverse

from safety.tests.browser import assert_accessible

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", [
    reverse("learn:index"),
    reverse("learn:index") + "?q=Zarathustra",
    reverse("learn:index") + "?q=xyzzy",
    reverse("learn:article", args=["drive-en-like"]),
    reverse("learn:article", args=["veiligheidsplan"]),
])
def test_learn_pages_are_accessible(live_server, page, db, path):
    page.goto(live_server.url + path)
    assert_accessible(page)
