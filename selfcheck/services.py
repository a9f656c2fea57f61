"""Recording and reading self-check results. Scoring itself is in selfcheck.scoring."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from selfcheck import items, scoring
from selfcheck.models import SelfCheckResult
from wagenmenner.access import owned

ERROR_NOTHING_SCORED = _(
    "Answer at least three questions of one part, so that there is something to show.")


def selfcheck_record(*, user, answers: dict[str, int], remarks: str = "") -> SelfCheckResult:
    """Score and store one self-check. Raises ValidationError for answers that cannot be
    scored or when no dimension has enough answers for a score."""
    try:
        scores = scoring.score(answers)
    except (TypeError, ValueError) as exc:
        raise ValidationError({"answers": [str(exc)]}) from None
    if all(value is None for value in scores.values()):
        raise ValidationError({"answers": [ERROR_NOTHING_SCORED]})
    result = SelfCheckResult(owner=user, version=items.VERSION, answers=dict(answers),
                             scores=scores, remarks=(remarks or "").strip())
    result.full_clean()
    with transaction.atomic():
        result.save()
    return result


def selfcheck_previous(result: SelfCheckResult) -> SelfCheckResult | None:
    """The person's result just before this one, of the same version."""
    return owned(SelfCheckResult, result.owner).before(result).first()


def selfcheck_change(result: SelfCheckResult) -> dict[str, float | None] | None:
    """Change per dimension since the previous result; None when there is none."""
    previous = selfcheck_previous(result)
    if previous is None:
        return None
    return scoring.change(previous.scores, result.scores)
