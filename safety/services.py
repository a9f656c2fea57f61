"""Reading and writing the safety plan. Every read goes through wagenmenner.access."""

from django.db import transaction

from safety.models import SafetyPlan
from safety.plan import FIELDS
from wagenmenner.access import owned


def safety_plan_for(user) -> SafetyPlan | None:
    """The person's plan, or None (also for anyone not logged in)."""
    return owned(SafetyPlan, user).first()


def safety_plan_save(*, user, parts: dict[str, str]) -> SafetyPlan:
    """Create or replace the person's plan. Parts left out keep their text.

    Deliberately no crisis check here: see SafetyPlan.
    """
    unknown = set(parts) - set(FIELDS)
    if unknown:
        raise ValueError(f"Unknown safety plan parts: {sorted(unknown)}")
    with transaction.atomic():
        plan = owned(SafetyPlan, user).first() or SafetyPlan(owner=user)
        for field, text in parts.items():
            setattr(plan, field, (text or "").strip())
        plan.full_clean()
        plan.save()
    return plan


def safety_plan_delete(*, user) -> bool:
    with transaction.atomic():
        deleted, _ = owned(SafetyPlan, user).delete()
    return bool(deleted)
