"""Recording self-checks, and finding the previous one to compare with."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from selfcheck import items
from selfcheck.models import SelfCheckResult
from selfcheck.services import (
    ERROR_NOTHING_SCORED,
    selfcheck_change,
    selfcheck_previous,
    selfcheck_record,
)

ALL_TWO = {item.key: 2 for item in items.ITEMS}


def test_recording_scores_with_selfcheck_scoring(person):
    result = selfcheck_record(user=person, answers=ALL_TWO, remarks="  ok  ")
    assert result.scores == {d.key: 50.0 for d in items.DIMENSIONS}
    assert result.remarks == "ok"
    assert result.version == items.VERSION


@pytest.mark.parametrize("answers", [{"zz9": 2}, {"ae1": 5}, {"ae1": True}, {"ae1": "2"}])
def test_answers_that_cannot_be_scored_are_refused(person, answers):
    with pytest.raises(ValidationError):
        selfcheck_record(user=person, answers={**ALL_TWO, **answers})
    assert not SelfCheckResult.objects.exists()


def test_a_self_check_without_any_scored_part_is_refused(person):
    with pytest.raises(ValidationError) as info:
        selfcheck_record(user=person, answers={"ae1": 1, "ae4": 1})
    assert str(ERROR_NOTHING_SCORED) in info.value.messages


def test_remarks_longer_than_the_limit_are_refused(person):
    with pytest.raises(ValidationError):
        selfcheck_record(user=person, answers=ALL_TWO, remarks="x" * 2001)


def test_the_previous_result_is_the_persons_own_latest_earlier_one(person, stranger):
    first = selfcheck_record(user=person, answers=ALL_TWO)
    selfcheck_record(user=stranger, answers=ALL_TWO)
    second = selfcheck_record(user=person, answers=ALL_TWO)
    assert selfcheck_previous(second) == first
    assert selfcheck_previous(first) is None


def test_results_taken_at_the_same_moment_are_ordered_by_id(person):
    now = timezone.now()
    first = selfcheck_record(user=person, answers=ALL_TWO)
    second = selfcheck_record(user=person, answers=ALL_TWO)
    SelfCheckResult.objects.update(taken_at=now)
    second.refresh_from_db()
    assert selfcheck_previous(second) == first


def test_a_result_of_another_version_is_never_compared(person):
    old = selfcheck_record(user=person, answers=ALL_TWO)
    SelfCheckResult.objects.filter(pk=old.pk).update(
        version=items.VERSION - 1, taken_at=timezone.now() - timedelta(days=30))
    new = selfcheck_record(user=person, answers=ALL_TWO)
    assert selfcheck_previous(new) is None
    assert selfcheck_change(new) is None


def test_change_is_current_minus_previous_per_dimension(person):
    selfcheck_record(user=person, answers=ALL_TWO)
    later = selfcheck_record(user=person, answers={**ALL_TWO, "an1": 4, "an6": 4})
    change = selfcheck_change(later)
    assert change["anger_escalation"] == 16.7  # two of six items 2 points higher
    assert change["push_pull"] == 0.0
