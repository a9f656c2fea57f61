from hypothesis import given
from hypothesis import strategies as st

from charioteer.matching import RuleCondition, Situation, matching_rule_ids, rule_matches


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
    echo_id=st.none() | st.integers(1, 3))
situations = st.builds(
    Situation, horse_id=st.none() | st.integers(1, 3), level=st.none() | st.integers(0, 10),
    person_id=st.none() | st.integers(1, 3), relation=st.sampled_from(["", "partner", "child"]),
    echo_ids=st.none() | st.frozensets(st.integers(1, 3)))


@given(st.lists(conditions, unique_by=lambda c: c.rule_id), situations)
def test_matching_returns_exactly_the_matching_rules_once(conds, situation):
    result = matching_rule_ids(conds, situation)
    assert sorted(result) == sorted(c.rule_id for c in conds if rule_matches(c, situation))
    assert len(result) == len(set(result))


@given(conditions, situations, st.integers(0, 10))
def test_a_higher_level_never_loses_a_rule(cond, situation, extra):
    if situation.level is None:
        return
    higher = Situation(situation.horse_id, min(10, situation.level + extra), situation.person_id,
                       situation.relation, situation.echo_ids)
    if rule_matches(cond, situation):
        assert rule_matches(cond, higher)
