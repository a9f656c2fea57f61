"""Which life rules apply to a situation: plain data in, rule ids out (no Django).

Two safety rules sit above matching: a rule is never proposed above the highest level it is
meant for (``max_level``), and from alarm ``HOT_ALARM`` on a rule whose action is to stay
in the situation ("I stay ten more minutes") is never proposed, whatever else fits: in the
hot moment the method asks to stop and step away, not to stay.
"""

from dataclasses import dataclass

# From this alarm level on, a moment is hot (METHOD 4.6: orange, close to escalation).
HOT_ALARM = 7


@dataclass(frozen=True)
class RuleCondition:
    """The structured *if* of a rule; None or "" means "any"."""

    rule_id: int
    horse_id: int | None = None
    min_level: int | None = None
    relation: str = ""
    person_id: int | None = None
    echo_id: int | None = None
    max_level: int | None = None
    stays: bool = False  # the action is to stay in the situation


@dataclass(frozen=True)
class Situation:
    horse_id: int | None = None
    level: int | None = None
    person_id: int | None = None
    relation: str = ""
    # None: the echoes were not asked yet (quick mode), so echo conditions are not checked.
    echo_ids: frozenset[int] | None = None
    # The alarm level now, when known (the level of a ride whose horse is the alarm horse).
    alarm: int | None = None


def is_hot(situation: Situation) -> bool:
    return situation.alarm is not None and situation.alarm >= HOT_ALARM


def safe_now(cond: RuleCondition, situation: Situation) -> bool:
    """Whether a rule may be proposed at all now, fitting or not."""
    if cond.stays and is_hot(situation):
        return False
    return not (cond.max_level is not None and situation.level is not None
                and situation.level > cond.max_level)


def _specificity(cond: RuleCondition) -> int:
    return sum(
        (
            cond.horse_id is not None,
            cond.min_level is not None,
            bool(cond.relation),
            cond.person_id is not None,
            cond.echo_id is not None,
            cond.max_level is not None,
        )
    )


def rule_matches(cond: RuleCondition, situation: Situation) -> bool:
    if not safe_now(cond, situation):
        return False
    if cond.max_level is not None and situation.level is None:
        return False
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


def proposed_rule_ids(conditions: list[RuleCondition], situation: Situation,
                      fitting: list[int] | None = None) -> list[int]:
    """What the ride and the reins may offer: the fitting rules first, then the others that
    are safe now, in their own order (``fitting``: ``matching_rule_ids`` of the same
    situation, when the caller has it already)."""
    if fitting is None:
        fitting = matching_rule_ids(conditions, situation)
    chosen = set(fitting)
    return fitting + [c.rule_id for c in conditions
                      if c.rule_id not in chosen and safe_now(c, situation)]
