"""Fixtures of the check-in tests. The Playwright set-up (Debian's Chromium, a phone-sized
viewport) is the project's, from tests/conftest.py."""

import pytest

from tests.conftest import browser_context_args, browser_type_launch_args  # noqa: F401

LEVELS = {"alarm": 7, "energy": 3, "drive": 5, "enjoyment": 2, "boredom": 6, "urge": 4}


@pytest.fixture
def answers():
    """A complete check-in as the API takes it."""
    return {**LEVELS, "substance": "bier", "substance_amount": "3 glazen", "conflict": True,
            "note": "Moe na de ruzie over de afwas."}


@pytest.fixture
def form_answers():
    """The same check-in as the page posts it."""
    return {**{k: str(v) for k, v in LEVELS.items()}, "substance": "bier",
            "substance_amount": "3 glazen", "conflict": "yes",
            "note": "Moe na de ruzie over de afwas."}
