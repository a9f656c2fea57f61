"""Reading and writing the safety plan. Every read goes through wagenmenner.access.

Nothing a person wrote in their plan is ever lost by a write: each save that changes the
plan, each restore and each deletion first keeps the plan as it was (``SafetyPlanVersion``).
A deletion can be undone for ``UNDO_DAYS`` days by restoring the last version; after that
the versions go too, because a person who deleted their plan may want it gone.
"""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from safety.models import SafetyPlan, SafetyPlanVersion
from safety.plan import FIELDS
from wagenmenner.access import get_owned_or_404, owned

UNDO_DAYS = 30
# Enough to go back months of small edits; the oldest go first.
MAX_VERSIONS = 50


def safety_plan_for(user) -> SafetyPlan | None:
    """The person's plan, or None (also for anyone not logged in)."""
    return owned(SafetyPlan, user).first()


def safety_plan_versions(user):
    """The person's earlier versions that can still be restored, newest first."""
    now = timezone.now()
    return owned(SafetyPlanVersion, user).filter(Q(expires_at__isnull=True)
                                                 | Q(expires_at__gt=now))


def deleted_safety_plan(user, plan: SafetyPlan | None) -> SafetyPlanVersion | None:
    """The plan as it was when the person deleted it, while it can still be put back, if
    nothing has taken its place (``plan``, the person's plan now, is None or empty)."""
    if plan is not None and not plan.is_empty:
        return None
    # Only what the crisis page shows: the version's parts are decrypted when it is opened.
    latest = safety_plan_versions(user).only("reason", "replaced_at", "expires_at").first()
    return latest if latest is not None and latest.reason == SafetyPlanVersion.Reason.DELETED \
        else None


def safety_plan_version(user, pk) -> SafetyPlanVersion:
    """One restorable version of the person's own; 404 for anyone else's or an expired one."""
    return get_owned_or_404(SafetyPlanVersion, user, pk, safety_plan_versions(user))


def _keep(plan: SafetyPlan, reason: str, now) -> None:
    SafetyPlanVersion.objects.create(owner=plan.owner, saved_at=plan.updated_at,
                                     replaced_at=now, reason=reason, **plan.texts())
    stale = list(owned(SafetyPlanVersion, plan.owner)
                 .values_list("pk", flat=True)[MAX_VERSIONS:])
    if stale:
        SafetyPlanVersion.objects.filter(pk__in=stale).delete()


def _write(user, parts: dict[str, str], reason: str) -> SafetyPlan:
    unknown = set(parts) - set(FIELDS)
    if unknown:
        raise ValueError(f"Unknown safety plan parts: {sorted(unknown)}")
    now = timezone.now()
    with transaction.atomic():
        plan = owned(SafetyPlan, user).select_for_update().first()
        new = {**(plan.texts() if plan else dict.fromkeys(FIELDS, "")),
               **{field: (text or "").strip() for field, text in parts.items()}}
        if plan is not None and new == plan.texts():
            return plan  # nothing changed: no version, no write
        if plan is None:
            plan = SafetyPlan(owner=user)
        else:
            _keep(plan, reason, now)
        for field, text in new.items():
            setattr(plan, field, text)
        plan.full_clean()
        plan.save()
        # A plan made again after a deletion: its history is no longer on its way out.
        owned(SafetyPlanVersion, user).exclude(expires_at=None).update(expires_at=None)
    return plan


def safety_plan_save(*, user, parts: dict[str, str]) -> SafetyPlan:
    """Create or replace the person's plan. Parts left out keep their text; the plan as it
    was is kept as an earlier version.

    Deliberately no crisis check here: see SafetyPlan.
    """
    return _write(user, parts, SafetyPlanVersion.Reason.EDITED)


def safety_plan_restore(*, user, version: SafetyPlanVersion) -> SafetyPlan:
    """Put an earlier version back as the plan; the plan it replaces is kept too."""
    return _write(user, version.texts(), SafetyPlanVersion.Reason.RESTORED)


def safety_plan_delete(*, user) -> bool:
    """Delete the plan; it can be restored from its last version for UNDO_DAYS days."""
    now = timezone.now()
    with transaction.atomic():
        plan = owned(SafetyPlan, user).select_for_update().first()
        if plan is None:
            return False
        _keep(plan, SafetyPlanVersion.Reason.DELETED, now)
        plan.delete()
        owned(SafetyPlanVersion, user).update(expires_at=now + timedelta(days=UNDO_DAYS))
    return True


def safety_plan_history_purge(*, now=None) -> int:
    """Drop the versions of deleted plans whose 30 days have passed."""
    with transaction.atomic():
        deleted, _ = SafetyPlanVersion.objects.filter(
            expires_at__lte=now or timezone.now()).delete()
    return deleted
