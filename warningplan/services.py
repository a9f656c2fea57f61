"""Writes for the warning plan: the whole plan in one transaction."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from warningplan.models import Phase, WarningPhase, WarningPlan
from warningplan.phases import DEFAULT_ALARM_FROM, ThresholdError, check_alarm_from

ERROR_LEVELS_RISE = _("The alarm levels must rise from green to red: each phase starts "
                      "higher than the one before it (a phase may have no level).")


def warning_plan_save(*, user, phases: dict[str, dict]) -> WarningPlan:
    """Create or replace the person's plan: ``phases`` maps each phase to its texts and
    ``alarm_from``. A phase left out keeps what it had; a field left out of a phase too.
    Raises ValidationError (nothing is written) when the levels do not rise."""
    unknown = set(phases) - set(Phase.values)
    if unknown:
        raise ValidationError({"phases": [f"Unknown phases: {sorted(unknown)}"]})
    with transaction.atomic():
        plan, _created = WarningPlan.objects.select_for_update().get_or_create(owner=user)
        existing = {p.phase: p for p in plan.phases.all()}
        rows = []
        for phase in Phase.values:
            row = existing.get(phase) or WarningPhase(plan=plan, phase=phase,
                                                      alarm_from=DEFAULT_ALARM_FROM[phase])
            for name, value in phases.get(phase, {}).items():
                if name in WarningPhase.TEXTS:
                    value = (value or "").strip()
                elif name != "alarm_from":
                    raise ValidationError({phase: [f"Unknown field {name!r}."]})
                setattr(row, name, value)
            row.full_clean(exclude=["plan"])
            rows.append(row)
        try:
            check_alarm_from({row.phase: row.alarm_from for row in rows})
        except ThresholdError as exc:
            raise ValidationError({str(exc): [ERROR_LEVELS_RISE]}) from None
        for row in rows:
            row.save()
        plan.save()  # its updated_at
    return plan


def warning_plan_dismiss(*, user) -> WarningPlan:
    """"Not right now": hide the current suggestion until a newer check-in or text. A
    person without a plan gets one at the default levels, to remember it in."""
    with transaction.atomic():
        plan = warning_plan_save(user=user, phases={})
        plan.dismissed_at = timezone.now()
        plan.save(update_fields=["dismissed_at"])
    return plan
