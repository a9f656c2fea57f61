"""Writes for the charioteer: each one validated and in one transaction."""

from django.db import transaction
from django.utils import translation

from charioteer.models import Echo, Horse, HorseKind, LifeRule
from charioteer.suggestions import ECHO_LABELS, HORSE_DEFAULTS, RULE_TEMPLATES

# METHOD 4.1; the check-in schedule (step 9) has its own page under check-ins.
SETUP_STEPS = ("acknowledge", "horses", "goals", "rules", "sides", "people", "warning_plan",
               "timeout", "safety_plan")


def charioteer_create_defaults(*, user) -> None:
    """Two horses and the default echoes, so a ride works before any setup is done."""
    with translation.override(user.language), transaction.atomic():
        for kind in HorseKind.values:
            defaults = HORSE_DEFAULTS[kind]
            Horse.objects.get_or_create(owner=user, kind=kind, defaults={
                "name": str(defaults["name"]),
                "body_signals": "",
                "behaviour_signals": "",
            })
        existing = set(Echo.objects.filter(owner=user).values_list("key", flat=True))
        Echo.objects.bulk_create(
            [Echo(owner=user, key=key) for key in ECHO_LABELS if key not in existing])


def setup_mark(*, user, step: str, state: str) -> None:
    """Remember that a setup step was done or skipped, so the setup resumes where it was."""
    if step not in SETUP_STEPS or state not in ("done", "skipped"):
        raise ValueError(step)
    with transaction.atomic():
        user.refresh_from_db(fields=["setup_state"])
        user.setup_state = {**user.setup_state, step: state}
        user.save(update_fields=["setup_state"])


def setup_next_step(user) -> str | None:
    for step in SETUP_STEPS:
        if step not in user.setup_state:
            return step
    return None


def rule_from_template(*, user, key: str, goal=None) -> LifeRule:
    template = next(t for t in RULE_TEMPLATES if t.key == key)
    horse = Horse.objects.filter(owner=user, kind=template.horse).first() if template.horse else None
    echo = Echo.objects.filter(owner=user, key=template.echo).first() if template.echo else None
    rule = LifeRule(owner=user, goal=goal, if_text=str(template.if_text),
                    then_text=str(template.then_text), horse=horse,
                    min_level=template.min_level, max_level=template.max_level,
                    stays_in_situation=template.stays, relation=template.relation, echo=echo,
                    template_key=template.key)
    rule.full_clean()
    with transaction.atomic():
        rule.save()
    return rule
