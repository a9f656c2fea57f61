"""Writes for insights: pursuits and their ratings, and the weekly review's adjustment."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from charioteer.models import Goal, LifeRule, Side
from checkins.models import Pursuit, PursuitRating
from insights.models import WeeklyReview
from wagenmenner.access import get_owned_or_404

ERROR_REASON = _("Write down why you make this adjustment.")
ERROR_NO_CHANGE = _("Nothing was changed. Change the wording, or choose something else.")

# What a weekly review may change, per kind: the model and its editable text fields.
ADJUSTABLE = {
    WeeklyReview.Kind.RULE: (LifeRule, ("if_text", "then_text")),
    WeeklyReview.Kind.NEW_RULE: (LifeRule, ("if_text", "then_text")),
    WeeklyReview.Kind.GOAL: (Goal, ("title", "asks_of_me")),
    WeeklyReview.Kind.SIDE: (Side, ("name", "good_for", "when_to_deploy", "when_harmful")),
}


def pursuit_create(*, user, name: str, kind: str = Pursuit.Kind.PROJECT,
                   intensity: int | None = None, at=None) -> Pursuit:
    """A new pursuit, with its first rating when one is given, in one transaction."""
    at = at or timezone.now()
    pursuit = Pursuit(owner=user, name=name, kind=kind, created_at=at)
    pursuit.full_clean()
    with transaction.atomic():
        pursuit.save()
        if intensity is not None:
            pursuit_rate(pursuit=pursuit, intensity=intensity, rated_at=at)
    return pursuit


def pursuit_rate(*, pursuit: Pursuit, intensity: int, rated_at=None) -> PursuitRating:
    rating = PursuitRating(pursuit=pursuit, intensity=intensity,
                           rated_at=rated_at or timezone.now())
    rating.full_clean()
    with transaction.atomic():
        rating.save()
    return rating


def _wording(obj, fields) -> str:
    """The object's text as the person wrote it, without labels (so it reads the same
    in any interface language): a rule as "if → then", else one line per field."""
    values = [getattr(obj, name) or "" for name in fields]
    if isinstance(obj, LifeRule):
        return " → ".join(values) if any(values) else ""
    return "\n".join(v for v in values if v)


def weekly_review_save(*, user, week: str, kind: str, target_id: int | None,
                       changes: dict, reason: str, goal=None) -> WeeklyReview:
    """Apply ONE adjustment (edit a rule, goal or side, or add a rule) and keep the review
    with the wording before and after, all in one transaction."""
    if not (reason or "").strip():
        raise ValidationError({"reason": [ERROR_REASON]})
    model, fields = ADJUSTABLE[WeeklyReview.Kind(kind)]
    with transaction.atomic():
        if kind == WeeklyReview.Kind.NEW_RULE:
            obj = model(owner=user, goal=goal)
            before = ""
        else:
            obj = get_owned_or_404(model, user, target_id)
            before = _wording(obj, fields)
        for name in fields:
            if name in changes:
                setattr(obj, name, (changes[name] or "").strip())
        after = _wording(obj, fields)
        if after == before:
            raise ValidationError({"__all__": [ERROR_NO_CHANGE]})
        obj.full_clean()
        obj.save()
        review = WeeklyReview(owner=user, week=week, kind=kind, object_id=obj.pk,
                              reason=reason.strip(), before=before, after=after)
        review.full_clean()
        review.save()
    return review
