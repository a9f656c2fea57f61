"""The hazard log names real tests: every test file and test function it cites exists."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
LOG = (ROOT / "docs" / "safety" / "hazard-log.md").read_text(encoding="utf-8")


def _defined_tests() -> set[str]:
    names = set()
    for path in ROOT.glob("**/tests/test_*.py"):
        if ".venv" not in path.parts:
            names.update(re.findall(r"^\s*def (test_\w+)", path.read_text(encoding="utf-8"),
                                    flags=re.M))
    return names


def test_every_test_file_the_hazard_log_cites_exists():
    cited = set(re.findall(r"`((?:\w+/)+tests/test_\w+\.py)", LOG))
    assert cited
    assert sorted(p for p in cited if not (ROOT / p).is_file()) == []


def test_every_test_function_the_hazard_log_cites_exists():
    cited = set(re.findall(r"(?<![.\w])(test_\w+)`", LOG)) | set(
        re.findall(r"::(test_\w+)", LOG))
    assert len(cited) > 40
    assert sorted(cited - _defined_tests()) == []


def test_every_hazard_has_all_the_fields_of_dcb0129():
    entries = re.split(r"^## (HAZ-\d+) ", LOG, flags=re.M)[1:]
    hazards = dict(zip(entries[::2], entries[1::2], strict=True))
    assert len(hazards) >= 12
    fields = ("**Hazard.**", "**Causes.**", "**Effect.**", "**Possible harm.**",
              "**Initial risk.**", "**Controls — design.**", "**Controls — test.**",
              "**Controls — training / information.**", "**Residual risk.**",
              "**Owner.**", "**Status.**", "**Review.**")
    for hazard_id, text in hazards.items():
        missing = [f for f in fields if f not in text]
        assert missing == [], hazard_id


def test_ratings_follow_the_dcb0129_matrix():
    matrix = {
        "Very high": (3, 4, 4, 5, 5), "High": (2, 3, 3, 4, 5), "Medium": (2, 2, 3, 3, 4),
        "Low": (1, 2, 2, 3, 4), "Very low": (1, 1, 2, 2, 3)}
    severities = ("Minor", "Significant", "Considerable", "Major", "Catastrophic")
    ratings = re.findall(r"(Minor|Significant|Considerable|Major|Catastrophic) / "
                         r"(Very high|High|Medium|Low|Very low) = \*\*(\d)\*\*", LOG)
    assert len(ratings) >= 24
    for severity, likelihood, rating in ratings:
        assert matrix[likelihood][severities.index(severity)] == int(rating), \
            (severity, likelihood, rating)


def test_every_hazard_has_a_review_date_and_is_in_the_summary():
    import datetime

    entries = re.split(r"^## (HAZ-\d+) ", LOG, flags=re.M)[1:]
    hazards = dict(zip(entries[::2], entries[1::2], strict=True))
    summary = LOG[:LOG.index("\n---\n")]
    for hazard_id, text in hazards.items():
        review = re.search(r"\*\*Review\.\*\* (\d{4}-\d{2}-\d{2})", text)
        assert review, hazard_id
        datetime.date.fromisoformat(review.group(1))
        assert f"| {hazard_id} |" in summary, hazard_id


def test_the_hazards_of_the_second_safety_round_are_there():
    titles = set(re.findall(r"^## HAZ-\d+ (.*)$", LOG, flags=re.M))
    assert {"A crisis phrase in free text is missed", "Harm to others and children",
            "Hopelessness", "A missed other diagnosis",
            "Unsafe rule suggestions in the hot moment",
            "Loss of the safety plan or of the encryption keys", "Over-reliance on the app",
            "Escalation logs demanded in a divorce or custody case", "Minors"} <= titles
    assert "meldcode" in LOG
