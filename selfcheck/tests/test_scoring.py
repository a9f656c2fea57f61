"""Tests for the self-check content (selfcheck.items) and scoring (selfcheck.scoring).

Plain pytest + hypothesis; no Django needed.
"""

from __future__ import annotations

import ast
import dataclasses
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from selfcheck import items as content
from selfcheck.items import (
    DIMENSIONS,
    DISCLAIMER,
    ITEMS,
    LEARN_SLUGS,
    METHOD_PARTS,
    SCALE,
    items_for,
)
from selfcheck.scoring import (
    ANGER_HIGH,
    ERROR_UNKNOWN_DIMENSION,
    ERROR_UNKNOWN_ITEM,
    ERROR_VALUE_NOT_INTEGER,
    ERROR_VALUE_OUT_OF_RANGE,
    band,
    change,
    min_answered,
    score,
    start_with,
    violence_signalled,
)

DIMENSION_KEYS = [dimension.key for dimension in DIMENSIONS]
ITEM_KEYS = [item.key for item in ITEMS]
REVERSE_KEYS = {item.key for item in ITEMS if item.reverse}


def all_answers(value: int) -> dict[str, int]:
    return {key: value for key in ITEM_KEYS}


def expected_uniform(dimension_key: str, value: int) -> float:
    """Score when every item of a dimension is answered with ``value``."""
    dimension_items = items_for(dimension_key)
    total = sum(4 - value if item.reverse else value for item in dimension_items)
    return round(total / len(dimension_items) * 25, 1)


# Any valid (possibly partial) answer set.
answers_strategy = st.dictionaries(
    keys=st.sampled_from(ITEM_KEYS),
    values=st.integers(min_value=0, max_value=4),
)

# A valid answer set with every item answered.
full_answers_strategy = st.fixed_dictionaries(
    {key: st.integers(min_value=0, max_value=4) for key in ITEM_KEYS}
)


# --- content -----------------------------------------------------------------


def test_dimensions_are_the_six_of_the_method_in_display_order():
    assert DIMENSION_KEYS == [
        "alert_exhausted",
        "drive_boredom_craving",
        "reciprocity_boundaries",
        "anger_escalation",
        "recognising_feelings",
        "push_pull",
    ]


def test_at_least_four_items_per_dimension():
    for key in DIMENSION_KEYS:
        assert len(items_for(key)) >= 4, key


def test_every_item_belongs_to_a_known_dimension():
    for item in ITEMS:
        assert item.dimension in DIMENSION_KEYS, item.key


def test_item_keys_unique_and_stable_looking():
    assert len(ITEM_KEYS) == len(set(ITEM_KEYS))
    for key in ITEM_KEYS:
        assert key.isascii() and key.isalnum() and key == key.lower(), key


def test_dimension_keys_unique():
    assert len(DIMENSION_KEYS) == len(set(DIMENSION_KEYS))


def test_every_item_has_dutch_and_english_text():
    for item in ITEMS:
        assert set(item.text) == {"nl", "en"}, item.key
        for language in ("nl", "en"):
            assert item.text[language].strip(), (item.key, language)


def test_every_dimension_text_in_both_languages():
    for dimension in DIMENSIONS:
        for field in ("title", "description", "start_with"):
            texts = getattr(dimension, field)
            assert set(texts) == {"nl", "en"}, (dimension.key, field)
            for language in ("nl", "en"):
                assert texts[language].strip(), (dimension.key, field, language)


def test_every_dimension_points_to_learn_articles_and_method_parts():
    for dimension in DIMENSIONS:
        assert dimension.learn_slugs, dimension.key
        assert set(dimension.learn_slugs) <= set(LEARN_SLUGS), dimension.key
        assert dimension.method_parts, dimension.key
        assert set(dimension.method_parts) <= set(METHOD_PARTS), dimension.key
        assert isinstance(dimension.learn_slugs, tuple)
        assert isinstance(dimension.method_parts, tuple)


def test_every_part_has_a_reverse_item_and_at_least_6_of_30_are_reverse():
    # Reverse-keyed items keep a person from answering "often" all the way down.
    assert len(ITEMS) == 30
    assert len(REVERSE_KEYS) >= 6
    for key in DIMENSION_KEYS:
        assert sum(item.reverse for item in items_for(key)) == 1, key


def test_no_item_asks_two_things_at_once():
    # A question with "and" or "or" between two behaviours asks two things; the one
    # "or" left joins examples of one behaviour (drink, drugs, gaming; push, grab, hit).
    joined = {item.key for item in ITEMS
              if (" en " in item.text["nl"] and "," not in item.text["nl"])}
    assert joined == set()
    for item in ITEMS:
        assert item.text["en"].count(" and ") <= 1, item.key


def test_walking_away_to_cool_down_counts_as_helping_not_as_difficulty():
    cool_down = [item for item in ITEMS if "cool down" in item.text["en"]]
    assert [item.reverse for item in cool_down] == [True]
    leaving = ("storm off", "storming off", "walk off", "walk away", "loop ik weg", "weglopen")
    for item in ITEMS:
        if not item.reverse:
            assert not any(w in item.text["en"] + item.text["nl"] for w in leaving), item.key


def test_scale_is_five_point_frequency_scale():
    assert [value for value, _ in SCALE] == [0, 1, 2, 3, 4]
    assert [labels["nl"] for _, labels in SCALE] == [
        "nooit",
        "zelden",
        "soms",
        "vaak",
        "bijna altijd",
    ]
    assert [labels["en"] for _, labels in SCALE] == [
        "never",
        "rarely",
        "sometimes",
        "often",
        "almost always",
    ]


def test_disclaimer_says_not_validated_not_a_diagnosis_not_treatment():
    nl = DISCLAIMER["nl"].lower()
    en = DISCLAIMER["en"].lower()
    assert "geen gevalideerde" in nl and "geen diagnose" in nl
    assert "vervangt" in nl and "behandeling" in nl
    assert "not a validated" in en and "not a diagnosis" in en
    assert "not replace" in en and "treatment" in en


def test_version_is_a_positive_int():
    assert isinstance(content.VERSION, int) and content.VERSION >= 1


def test_dataclasses_are_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        ITEMS[0].reverse = True  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        DIMENSIONS[0].key = "other"  # type: ignore[misc]


def test_no_django_imports():
    package = Path(content.__file__).parent
    for name in ("items.py", "scoring.py"):
        tree = ast.parse((package / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""]
            else:
                continue
            for module in modules:
                assert not module.startswith("django"), (name, module)


# --- score(): properties -------------------------------------------------------


@given(answers_strategy)
def test_scores_within_bounds(answers):
    result = score(answers)
    assert list(result) == DIMENSION_KEYS
    for value in result.values():
        assert value is None or 0.0 <= value <= 100.0
        if value is not None:
            assert round(value, 1) == value


@given(answers_strategy, st.data())
def test_raising_an_answer_moves_the_score_the_right_way(answers, data):
    raisable = sorted(key for key, value in answers.items() if value < 4)
    if not raisable:
        return
    key = data.draw(st.sampled_from(raisable))
    step = data.draw(st.integers(min_value=1, max_value=4 - answers[key]))
    raised = {**answers, key: answers[key] + step}
    dimension = content.ITEMS_BY_KEY[key].dimension
    before = score(answers)[dimension]
    after = score(raised)[dimension]
    # Same set of answered items, so both are None or both are numbers.
    assert (before is None) == (after is None)
    if before is None:
        return
    if key in REVERSE_KEYS:
        assert after <= before
    else:
        assert after >= before


@given(full_answers_strategy)
def test_complete_answers_always_score_every_dimension(answers):
    assert None not in score(answers).values()


@given(answers_strategy)
def test_score_depends_only_on_own_items(answers):
    result = score(answers)
    for key in DIMENSION_KEYS:
        own = {
            k: v for k, v in answers.items() if content.ITEMS_BY_KEY[k].dimension == key
        }
        assert score(own)[key] == result[key]


# --- score(): examples -----------------------------------------------------------


def test_all_zero_and_all_max_without_reverse_items():
    zero = score(all_answers(0))
    top = score(all_answers(4))
    for key in DIMENSION_KEYS:
        if not any(item.reverse for item in items_for(key)):
            assert zero[key] == 0.0
            assert top[key] == 100.0


def test_all_zero_and_all_max_with_reverse_items():
    zero = score(all_answers(0))
    top = score(all_answers(4))
    for key in DIMENSION_KEYS:
        assert zero[key] == expected_uniform(key, 0)
        assert top[key] == expected_uniform(key, 4)
    # One reverse item among five: 4/5 × 25 = 20 and 16/5 × 25 = 80; among six, 4/6 × 25.
    for key in ("reciprocity_boundaries", "recognising_feelings", "push_pull"):
        assert zero[key] == 20.0
        assert top[key] == 80.0
    assert zero["anger_escalation"] == 16.7 and top["anger_escalation"] == 83.3


def test_lowest_and_highest_possible_score_with_reverse_items():
    lowest = {item.key: 4 if item.reverse else 0 for item in ITEMS}
    highest = {item.key: 0 if item.reverse else 4 for item in ITEMS}
    assert set(score(lowest).values()) == {0.0}
    assert set(score(highest).values()) == {100.0}


def test_reverse_item_is_turned_around():
    base = {"rb1": 2, "rb3": 2}
    assert score({**base, "rb5": 0})["reciprocity_boundaries"] == round(
        (2 + 2 + 4) / 3 * 25, 1
    )
    assert score({**base, "rb5": 4})["reciprocity_boundaries"] == round(
        (2 + 2 + 0) / 3 * 25, 1
    )


def test_mean_of_answered_items_rounded_to_one_decimal():
    # 1 of 3: 1/3 × 25 = 8.333... -> 8.3
    assert score({"ae1": 1, "ae4": 0, "ae6": 0})["alert_exhausted"] == 8.3
    # 2 of 3: 16.666... -> 16.7
    assert score({"ae1": 2, "ae4": 0, "ae6": 0})["alert_exhausted"] == 16.7
    # 1 of 4: 6.25 -> 6.3 (half up, not to even)
    assert score({"ae1": 1, "ae4": 0, "ae6": 0, "ae7": 4})["alert_exhausted"] == 6.3
    # 4 of 6 items answered, all 3 -> 75
    assert score({"an1": 3, "an6": 3, "an8": 3, "an9": 3})["anger_escalation"] == 75.0


def test_too_few_answers_gives_none():
    for key in DIMENSION_KEYS:
        dimension_items = items_for(key)
        needed = min_answered(len(dimension_items))
        assert needed == math.ceil(0.6 * len(dimension_items))
        keys = [item.key for item in dimension_items]
        assert score({k: 2 for k in keys[: needed - 1]})[key] is None
        assert score({k: 2 for k in keys[:needed]})[key] is not None


def test_five_items_need_three_answers():
    assert min_answered(5) == 3
    assert min_answered(4) == 3
    assert min_answered(6) == 4
    assert score({"pp7": 4, "pp2": 4})["push_pull"] is None
    assert score({"pp7": 4, "pp2": 4, "pp9": 4})["push_pull"] == 100.0


def test_empty_answers_give_no_scores():
    assert score({}) == {key: None for key in DIMENSION_KEYS}


# --- score(): invalid input ------------------------------------------------------


@pytest.mark.parametrize("value", [-1, 5, 100, -100])
def test_value_out_of_range_raises(value):
    with pytest.raises(ValueError) as error:
        score({"ae1": value})
    assert str(error.value) == ERROR_VALUE_OUT_OF_RANGE.format(key="ae1", value=value)


@pytest.mark.parametrize("value", [2.5, 2.0, "3", None, True, False])
def test_value_not_a_whole_number_raises_type_error(value):
    with pytest.raises(TypeError) as error:
        score({"ae1": value})
    assert str(error.value) == ERROR_VALUE_NOT_INTEGER.format(key="ae1", value=value)


@pytest.mark.parametrize("key", ["xx1", "ae99", "AE1", ""])
def test_unknown_item_raises(key):
    with pytest.raises(ValueError) as error:
        score({"ae1": 2, key: 2})
    assert str(error.value) == ERROR_UNKNOWN_ITEM.format(key=key)


@given(
    answers_strategy,
    st.sampled_from(ITEM_KEYS),
    st.integers().filter(lambda v: not 0 <= v <= 4),
)
def test_any_out_of_range_value_raises(answers, key, value):
    with pytest.raises(ValueError):
        score({**answers, key: value})


# --- change() --------------------------------------------------------------------


def test_change_example():
    previous = {
        "alert_exhausted": 80.0,
        "drive_boredom_craving": 33.3,
        "reciprocity_boundaries": None,
        "anger_escalation": 50.0,
        "recognising_feelings": 20.0,
        "push_pull": 8.3,
    }
    current = {
        "alert_exhausted": 60.0,
        "drive_boredom_craving": 58.3,
        "reciprocity_boundaries": 40.0,
        "anger_escalation": 50.0,
        "recognising_feelings": None,
        "push_pull": 33.3,
    }
    assert change(previous, current) == {
        "alert_exhausted": -20.0,
        "drive_boredom_craving": 25.0,
        "reciprocity_boundaries": None,
        "anger_escalation": 0.0,
        "recognising_feelings": None,
        "push_pull": 25.0,
    }


def test_change_missing_keys_give_none():
    result = change({"push_pull": 10.0}, {"push_pull": 12.5, "alert_exhausted": 5.0})
    assert list(result) == DIMENSION_KEYS
    assert result["push_pull"] == 2.5
    assert all(result[key] is None for key in DIMENSION_KEYS if key != "push_pull")


def test_change_rejects_unknown_dimension_and_bad_scores():
    with pytest.raises(ValueError) as error:
        change({"nope": 10.0}, {})
    assert str(error.value) == ERROR_UNKNOWN_DIMENSION.format(key="nope")
    with pytest.raises(ValueError):
        change({}, {"push_pull": 101.0})
    with pytest.raises(ValueError):
        change({"push_pull": -0.1}, {})
    with pytest.raises(ValueError):
        change({"push_pull": float("nan")}, {})
    with pytest.raises(TypeError):
        change({"push_pull": "50"}, {})


@given(answers_strategy, answers_strategy)
def test_change_is_current_minus_previous(first, second):
    before = score(first)
    after = score(second)
    result = change(before, after)
    for key in DIMENSION_KEYS:
        if before[key] is None or after[key] is None:
            assert result[key] is None
        else:
            assert result[key] == round(after[key] - before[key], 1)
            assert -100.0 <= result[key] <= 100.0


# --- start_with() ----------------------------------------------------------------


def test_start_with_takes_highest_at_or_above_fifty():
    scores = {
        "alert_exhausted": 55.0,
        "drive_boredom_craving": 90.0,
        "reciprocity_boundaries": 49.9,
        "anger_escalation": 70.0,
        "recognising_feelings": None,
        "push_pull": 10.0,
    }
    assert start_with(scores) == ["drive_boredom_craving", "anger_escalation"]
    assert start_with(scores, n=3) == [
        "drive_boredom_craving",
        "anger_escalation",
        "alert_exhausted",
    ]
    assert start_with(scores, n=10) == [
        "drive_boredom_craving",
        "anger_escalation",
        "alert_exhausted",
    ]
    assert start_with(scores, n=0) == []


def test_start_with_ties_follow_dimension_order():
    scores = {
        "push_pull": 75.0,
        "anger_escalation": 75.0,
        "alert_exhausted": 50.0,
        "recognising_feelings": 75.0,
    }
    assert start_with(scores) == ["anger_escalation", "recognising_feelings"]
    assert start_with(scores, n=4) == [
        "anger_escalation",
        "recognising_feelings",
        "push_pull",
        "alert_exhausted",
    ]


def test_start_with_nothing_high_gives_empty_list():
    assert start_with(score(all_answers(0))) == []
    assert start_with({key: None for key in DIMENSION_KEYS}) == []
    assert start_with({}) == []


def test_start_with_exactly_fifty_counts():
    assert start_with({"push_pull": 50.0}) == ["push_pull"]


def test_start_with_rejects_bad_input():
    with pytest.raises(ValueError):
        start_with({"nope": 80.0})
    with pytest.raises(ValueError):
        start_with({"push_pull": 80.0}, n=-1)


@given(answers_strategy, st.integers(min_value=0, max_value=8))
def test_start_with_properties(answers, n):
    scores = score(answers)
    chosen = start_with(scores, n)
    assert len(chosen) <= n
    assert len(set(chosen)) == len(chosen)
    assert all(scores[key] is not None and scores[key] >= 50 for key in chosen)
    chosen_values = [scores[key] for key in chosen]
    assert chosen_values == sorted(chosen_values, reverse=True)
    if chosen and len(chosen) == n:
        # Nothing left out scores higher than the lowest one chosen.
        left_out = [
            scores[key]
            for key in DIMENSION_KEYS
            if key not in chosen and scores[key] is not None
        ]
        assert all(value <= chosen_values[-1] for value in left_out)


# --- band() ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0.0, "low"),
        (24.9, "low"),
        (25.0, "some"),
        (49.9, "some"),
        (50.0, "considerable"),
        (74.9, "considerable"),
        (75.0, "high"),
        (100.0, "high"),
        (100, "high"),
    ],
)
def test_band(value, expected):
    assert band(value) == expected


@pytest.mark.parametrize("value", [-0.1, 100.1, float("nan"), float("inf")])
def test_band_rejects_scores_out_of_range(value):
    with pytest.raises(ValueError):
        band(value)


@pytest.mark.parametrize("value", [None, "50", True])
def test_band_rejects_non_numbers(value):
    with pytest.raises(TypeError):
        band(value)


def test_every_band_has_labels():
    for name in ("low", "some", "considerable", "high"):
        assert set(content.BAND_LABELS[name]) == {"nl", "en"}


# --- violence_signalled() ---------------------------------------------------------


def test_a_high_anger_score_signals_violence_help():
    answers = {"an1": 3, "an6": 3, "an8": 3, "an9": 3}
    assert score(answers)["anger_escalation"] == ANGER_HIGH
    assert violence_signalled(answers, score(answers))
    lower = {**answers, "an9": 2}
    assert not violence_signalled(lower, score(lower))


def test_any_physical_violence_towards_someone_signals_violence_help():
    answers = {"an1": 0, "an6": 0, "an8": 0, "an10": 1}
    assert score(answers)["anger_escalation"] < ANGER_HIGH
    assert violence_signalled(answers, score(answers))
    assert not violence_signalled({**answers, "an10": 0}, score({**answers, "an10": 0}))


@given(answers_strategy)
def test_violence_help_follows_its_two_rules_for_any_answers(answers):
    scores = score(answers)
    anger = scores["anger_escalation"]
    expected = (anger is not None and anger >= ANGER_HIGH) or answers.get("an10", 0) > 0
    assert violence_signalled(answers, scores) == expected
