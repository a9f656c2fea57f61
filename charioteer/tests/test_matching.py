from hypothesis import given
from hypothesis import strategies as st

from charioteer.matching import (
    HOT_ALARM,
    RuleCondition,
    Situation,
    matching_rule_ids,
    proposed_rule_ids,
    rule_matches,
    safe_now,
)


def test_rule_for_high_alarm_matches_only_from_its_level():
    cond = RuleCondition(rule_id=1, horse_id=10, min_level=7)
    assert rule_matches(cond, Situation(horse_id=10, level=7))
    assert not rule_matches(cond, Situation(horse_id=10, level=6))
    assert not rule_matches(cond, Situation(horse_id=11, level=9))


def test_rule_about_partners_matches_a_partner_only():
    cond = RuleCondition(rule_id=1, relation="partner")
    assert rule_matches(cond, Situation(relation="partner"))
    assert not rule_matches(cond, Situation(relation="child"))


def test_echo_condition_is_ignored_until_echoes_are_asked():
    cond = RuleCondition(rule_id=1, echo_id=5)
    assert rule_matches(cond, Situation(echo_ids=None))
    assert rule_matches(cond, Situation(echo_ids=frozenset({5})))
    assert not rule_matches(cond, Situation(echo_ids=frozenset({6})))


def test_most_specific_rule_comes_first():
    general = RuleCondition(rule_id=1)
    horse = RuleCondition(rule_id=2, horse_id=10)
    exact = RuleCondition(rule_id=3, horse_id=10, min_level=5, person_id=7)
    order = matching_rule_ids([general, horse, exact],
                              Situation(horse_id=10, level=8, person_id=7))
    assert order == [3, 2, 1]


conditions = st.builds(
    RuleCondition, rule_id=st.integers(1, 10**6),
    horse_id=st.none() | st.integers(1, 3), min_level=st.none() | st.integers(0, 10),
    relation=st.sampled_from(["", "partner", "child"]), person_id=st.none() | st.integers(1, 3),
    echo_id=st.none() | st.integers(1, 3), max_level=st.none() | st.integers(0, 10),
    stays=st.booleans())
situations = st.builds(
    Situation, horse_id=st.none() | st.integers(1, 3), level=st.none() | st.integers(0, 10),
    person_id=st.none() | st.integers(1, 3), relation=st.sampled_from(["", "partner", "child"]),
    echo_ids=st.none() | st.frozensets(st.integers(1, 3)),
    alarm=st.none() | st.integers(0, 10))


@given(st.lists(conditions, unique_by=lambda c: c.rule_id), situations)
def test_matching_returns_exactly_the_matching_rules_once(conds, situation):
    result = matching_rule_ids(conds, situation)
    assert sorted(result) == sorted(c.rule_id for c in conds if rule_matches(c, situation))
    assert len(result) == len(set(result))


@given(conditions, situations, st.integers(0, 10))
def test_a_higher_level_never_loses_a_rule_meant_for_any_level(cond, situation, extra):
    if situation.level is None or cond.max_level is not None or cond.stays:
        return
    higher = Situation(situation.horse_id, min(10, situation.level + extra), situation.person_id,
                       situation.relation, situation.echo_ids, situation.alarm)
    if rule_matches(cond, situation):
        assert rule_matches(cond, higher)


# --- the hot moment ---------------------------------------------------------------------

@given(st.lists(conditions, unique_by=lambda c: c.rule_id), situations,
       st.integers(HOT_ALARM, 10))
def test_from_alarm_7_a_rule_that_stays_in_the_situation_is_never_proposed(conds, situation,
                                                                           alarm):
    hot = Situation(situation.horse_id, situation.level, situation.person_id,
                    situation.relation, situation.echo_ids, alarm)
    staying = {c.rule_id for c in conds if c.stays}
    assert staying.isdisjoint(matching_rule_ids(conds, hot))
    assert staying.isdisjoint(proposed_rule_ids(conds, hot))


@given(st.lists(conditions, unique_by=lambda c: c.rule_id), situations)
def test_no_rule_is_proposed_above_its_highest_level(conds, situation):
    by_id = {c.rule_id: c for c in conds}
    for rule_id in proposed_rule_ids(conds, situation):
        cond = by_id[rule_id]
        if cond.max_level is not None and situation.level is not None:
            assert situation.level <= cond.max_level


@given(st.lists(conditions, unique_by=lambda c: c.rule_id), situations)
def test_proposals_are_the_fitting_rules_first_then_every_other_safe_rule_once(conds,
                                                                               situation):
    proposed = proposed_rule_ids(conds, situation)
    fitting = matching_rule_ids(conds, situation)
    assert proposed[:len(fitting)] == fitting
    assert sorted(proposed) == sorted(c.rule_id for c in conds if safe_now(c, situation))


def test_below_alarm_7_a_rule_that_stays_is_still_proposed():
    stay = RuleCondition(rule_id=1, stays=True, max_level=6)
    assert proposed_rule_ids([stay], Situation(level=6, alarm=6)) == [1]
    assert proposed_rule_ids([stay], Situation(level=7, alarm=7)) == []


def test_templates_whose_action_is_to_stay_are_marked_for_calmer_moments():
    from django.utils import translation

    from charioteer.suggestions import RULE_TEMPLATES

    with translation.override("en"):
        for t in RULE_TEMPLATES:
            says_stay = " stay" in f" {t.then_text}" or "crouch" in str(t.then_text)
            assert says_stay == t.stays, t.key
            if t.stays:
                assert t.max_level is not None and t.max_level < HOT_ALARM, t.key
