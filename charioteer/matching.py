"""Which life rules apply to a situation: plain data in, rule ids out (no Django)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleCondition:
    """The structured *if* of a rule; None or "" means "any"."""

    rule_id: int
    horse_id: int | None = None
    min_level: int | None = None
    relation: str = ""
    person_id: int | None = None
    echo_id: int | None = None


@dataclass(frozen=True)
class Situation:
    horse_id: int | None = None
    level: int | None = None
    person_id: int | None = None
    relation: str = ""
    # None: the echoes were not asked yet (quick mode), so echo conditions are not checked.
    echo_ids: frozenset[int] | None = None


def _specificity(cond: RuleCondition) -> int:
    return sum(
        (
            cond.horse_id is not None,
            cond.min_level is not None,
            bool(cond.relation),
            cond.person_id is not None,
            cond.echo_id is not None,
        )
    )


def rule_matches(cond: RuleCondition, situation: Situation) -> bool:
    if cond.horse_id is not None and cond.horse_id != situation.horse_id:
        return False
    if cond.min_level is not None and (situation.level is None or situation.level < cond.min_level):
        return False
    if cond.person_id is not None and cond.person_id != situation.person_id:
        return False
    if cond.relation and cond.relation != situation.relation:
        return False
    if cond.echo_id is not None and situation.echo_ids is not None:
        return cond.echo_id in situation.echo_ids
    return True


def matching_rule_ids(conditions: list[RuleCondition], situation: Situation) -> list[int]:
    """Rules that fit, the most specific first, so the best fitting rule leads the list."""
    fitting = [c for c in conditions if rule_matches(c, situation)]
    fitting.sort(key=lambda c: (-_specificity(c), c.rule_id))
    return [c.rule_id for c in fitting]
