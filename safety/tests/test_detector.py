"""Tests for safety.detector: the crisis-language safety net (METHOD.md 4.7, issue 11).

The tables are the specification: ``detector_rows.tsv`` (tuned on; every row must come
out as expected) and ``detector_heldback.tsv`` (held back from tuning; the detector must
meet the target on it as a whole). To add a phrase, add a row to the tuning table and a
pattern to ``safety/crisis_rules``. Rows noted "accepted" are judgement calls that
docs/safety/crisis-detector.md explains.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safety.detector import (
    RULES,
    CrisisMatch,
    _normalise,
    _Scanner,
    detect_crisis,
    find_crisis_phrases,
)
from safety.tests.detector_table import EXTERNAL, HELD_BACK, TUNING, read_table

TUNING_ROWS = read_table(TUNING)
HELD_BACK_ROWS = read_table(HELD_BACK)
# (language, text, expected), as the tests below use them.
ROWS = [(row.language, row.text, row.expected) for row in TUNING_ROWS]
CATEGORIES = ("explicit", "burden", "no_way_out", "farewell", "preparation", "death_thoughts",
              "disappear", "ending_it", "not_long")


def _row_id(row):
    language, text, expected = row
    return f"{language}-{'pos' if expected else 'neg'}-{text[:40]}"


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[_row_id(r) for r in ROWS])
def test_phrase_table(language, text, expected):
    matches = find_crisis_phrases(text)
    assert detect_crisis(text) is expected, matches
    assert bool(matches) is expected


@pytest.mark.parametrize("language", ["nl", "en"])
def test_table_covers_every_category_and_its_near_misses(language):
    rows = [row for row in TUNING_ROWS if row.language == language]
    assert len(rows) >= 250
    assert len({row.text for row in rows}) == len(rows), "duplicate rows"
    for category in CATEGORIES:
        positives = [r for r in rows if r.category == category and r.expected]
        assert len(positives) >= 7, category
        if category != "explicit":
            assert any(r.category == category and not r.expected for r in rows), category
    assert sum(1 for r in rows if r.category == "everyday" and not r.expected) >= 30


def test_held_back_rows_are_apart_from_the_tuning_rows():
    assert len(HELD_BACK_ROWS) >= 200
    assert not {row.text for row in HELD_BACK_ROWS} & {row.text for row in TUNING_ROWS}
    assert {row.category for row in HELD_BACK_ROWS if row.expected} >= set(CATEGORIES)


def _figures(rows, language):
    rows = [row for row in rows if row.language == language]
    positives = [row for row in rows if row.expected]
    negatives = [row for row in rows if not row.expected]
    recall = sum(detect_crisis(row.text) for row in positives) / len(positives)
    false_alarms = sum(detect_crisis(row.text) for row in negatives) / len(negatives)
    return recall, false_alarms


# The target of issue 11 is recall >= 95 % and false alarms <= 5 % per language on rows
# the rules were not tuned on; bench/detector_bench.py prints whether each table meets it.
# This test keeps the measured figures from slipping: it fails below these floors.
HELD_BACK_FLOOR = {"recall": 0.93, "false_alarms": 0.05}


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    "path", [HELD_BACK, pytest.param(EXTERNAL, marks=pytest.mark.skipif(
        not EXTERNAL.exists(), reason="no independent held-out table in this checkout"))],
    ids=["held-back", "external"])
def test_the_held_back_rows_stay_near_the_target(path, language):
    recall, false_alarms = _figures(read_table(path), language)
    assert recall >= HELD_BACK_FLOOR["recall"], f"recall {recall:.1%}"
    assert false_alarms <= HELD_BACK_FLOOR["false_alarms"], f"false alarms {false_alarms:.1%}"


def test_every_rule_is_exercised_by_a_positive_row():
    fired = {m.rule for _, text, expected in ROWS if expected for m in find_crisis_phrases(text)}
    assert fired == {rule.id for rule in RULES}


def test_rule_ids_are_stable_and_unique():
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert re.fullmatch(r"(nl|en)\.[a-z_]+", rule.id)
        assert rule.id.startswith(rule.language + ".")
    # The rule ids of the first table are part of the public API.
    assert {"nl.suicide_word", "nl.want_dead", "nl.not_wake", "nl.end_life", "nl.self_kill",
            "nl.method", "nl.no_reason", "en.suicide_word", "en.euphemism", "en.kill_self",
            "en.want_die", "en.not_wake", "en.end_life", "en.no_reason", "en.method"} <= set(ids)


# --------------------------------------------------------------- offsets


def test_match_reports_rule_language_and_offsets():
    text = "Gisteren dacht ik aan zelfmoord."
    (match,) = find_crisis_phrases(text)
    assert match == CrisisMatch(
        rule="nl.suicide_word",
        language="nl",
        start=text.index("zelfmoord"),
        end=text.index("zelfmoord") + len("zelfmoord"),
        excerpt="zelfmoord",
    )


def test_match_is_frozen():
    (match,) = find_crisis_phrases("I want to die")
    with pytest.raises(AttributeError):
        match.start = 0


def test_several_matches_come_in_text_order_without_overlap():
    text = "I want to die. Ik wil er een eind aan maken. And I feel suicidal."
    matches = find_crisis_phrases(text)
    assert [m.rule for m in matches] == ["en.want_die", "nl.end_life", "en.suicide_word"]
    assert [m.language for m in matches] == ["en", "nl", "en"]
    for earlier, later in zip(matches, matches[1:], strict=False):
        assert earlier.end <= later.start
    for m in matches:
        assert text[m.start : m.end] == m.excerpt


def test_longest_match_wins_at_the_same_position():
    (match,) = find_crisis_phrases("ik wil dood zijn")
    assert match.excerpt == "wil dood zijn"


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Ik ben SUÏCIDAAL.", "SUÏCIDAAL"),
        # decomposed: i + combining diaeresis
        ("Ik ben sui\u0308cidaal.", "sui\u0308cidaal"),
        # a trailing combining accent belongs to the excerpt
        ("een suicide\u0301 gedachte", "suicide\u0301"),
        ("zelf\u00admoord", "zelf\u00admoord"),  # soft hyphen
        ("zelf\u200bmoord", "zelf\u200bmoord"),  # zero-width space
        ("Straße, Größe. I want to die.", "want to die"),  # ß folds to ss: offsets shift
        ("ĳs. Ik wil dood.", "wil dood"),  # the ĳ ligature folds to two letters
        ("I don\u2019t want to live anymore", "don\u2019t want to live"),
        ("ik\u00a0wil\u00a0dood", "wil\u00a0dood"),  # no-break spaces
    ],
)
def test_excerpt_is_a_slice_of_the_original_text(text, excerpt):
    (match,) = find_crisis_phrases(text)
    assert match.excerpt == excerpt
    assert text[match.start : match.end] == excerpt


# ----------------------------------------------- spelling and spacing variants


@pytest.mark.parametrize(
    "text",
    [
        "ZELFMOORD",
        "ZeLfMoOrD",
        "zelf  moord",
        "zelf\nmoord",
        "zelf\tmoord",
        "zelf-moord",
        "zelfmoort",
        "zelfmord",
        "suïcide",
        "suicide",
        "Suïcidaal",
        "suicidaal",
        "sucide",
        "suiside",
        "suïcidaliteit",
        "ik  wil\n\ndood",
        "ik wil er  een   eind aan maken",
        "I   want\nto die",
        "kill my self",
        "kill myself",
        "KILL MYSELF",
        "killing my-self",
        "unalive",
        "un-alive",
        "sewerslide",
        "Iedereen is beter af zonder me",
        "everyone is better off without me",
    ],
)
def test_spelling_case_and_spacing_variants(text):
    assert detect_crisis(text)


# ------------------------------------------------ chat spellings and settings


@pytest.mark.parametrize(
    ("text", "rule", "excerpt"),
    [
        ("k wil gwn dood", "nl.want_dead", "wil gwn dood"),  # k = ik, gwn = gewoon
        ("kwil dood", "nl.want_dead", "wil dood"),  # the "ik" against the verb
        ("ik wil dooooood", "nl.want_dead", "wil dooooood"),  # a letter typed many times
        ("ik wil der een eind aan make", "nl.end_life", "der een eind aan make"),
        ("i want 2 die", "en.want_die", "want 2 die"),
        ("i wanna dieee", "en.want_die", "wanna dieee"),
        ("im a burden to every1", "en.burden", "im a burden"),
        ("iedereen is better off zonder mij tbh", "nl.burden", "better off zonder mij"),
        ("Ik ben  tot\n\nlast voor iedereen.", "nl.burden", "tot\n\nlast"),  # odd spaces
    ],
)
def test_chat_spellings_are_read_and_the_excerpt_is_what_was_typed(text, rule, excerpt):
    (match,) = find_crisis_phrases(text)
    assert (match.rule, match.excerpt) == (rule, excerpt)
    assert text[match.start : match.end] == excerpt
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)


def test_a_number_two_is_only_read_as_to_between_words():
    assert not detect_crisis("Ik heb 2 pillen genomen.")
    assert not detect_crisis("I took 2 pills for my headache.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An everyday setting in the same sentence drops the match ...
        ("Ik heb een touw gekocht.", True),
        ("Ik heb een touw gekocht voor de waslijn.", False),
        ("I bought a rope today.", True),
        ("I bought a rope for the tent.", False),
        # ... but not a setting in another sentence.
        ("Ik heb een touw gekocht. De waslijn is kapot.", True),
        # Ending a relationship, a job or a quarrel is everyday content here.
        ("Ik maak er een eind aan.", True),
        ("Ik maak er een eind aan met Tim.", False),
        ("Ik maak er een eind aan met pillen.", True),
        ("I want to end it.", True),
        ("I ended it with Sam.", False),
        ("Ik wil er niet meer zijn.", True),
        ("Ik kan er niet meer zijn voor mijn vriendin.", False),
        # The end of a clause matters: "a plan" is a plan for what?
        ("I have a plan.", True),
        ("I have a plan for the move.", False),
    ],
)
def test_everyday_settings_and_clause_ends(text, expected):
    assert detect_crisis(text) is expected


# ---------------------------------------------------------- empty and types


@pytest.mark.parametrize("text", [None, "", " ", "\n\t  \u00a0"])
def test_empty_none_and_whitespace_are_safe(text):
    assert detect_crisis(text) is False
    assert find_crisis_phrases(text) == []


@pytest.mark.parametrize("value", [42, b"zelfmoord", ["suicide"]])
def test_non_text_raises_type_error(value):
    with pytest.raises(TypeError):
        detect_crisis(value)
    with pytest.raises(TypeError):
        find_crisis_phrases(value)


# --------------------------------------------------------------- performance


def _diary_text(size: int) -> str:
    # Ordinary notes in both languages, full of anchor words (dood, leven,
    # zelf, die, life, pills, bus) but without a crisis phrase.
    paragraph = (
        "Vandaag was een zware dag. Ik heb het gevoel dat ik het zelf niet meer weet, "
        "en mijn leven draait om werk. Die collega zei dat ik te veel wil. Het is "
        "dodelijk saai op kantoor, ik ga dood van verveling. Ik zie het wel weer "
        "zitten als ik met de auto of de bus naar huis ga. Mijn medicatie heb ik "
        "genomen, de pillen voor de nacht ook. Ik wil morgen iets leuks doen met "
        "mezelf. I was dying to see it, the film about the killer; I could kill for "
        "a coffee. My life is busy, I live in town and it is worth it. I don't want "
        "to live in London anymore. We walked under the bridge. Café crème, naïef, "
        "een beëindigd contract. "
    )
    return (paragraph * (size // len(paragraph) + 1))[:size]


def _timed(func, text) -> float:
    # CPU time, not wall time: on a shared machine under load the wall clock says more
    # about the neighbours than about the detector.
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        func(text)
        best = min(best, time.process_time() - started)
    return best


def _slowdown() -> float:
    """How much slower this machine is right now than an idle one (a fixed loop takes
    about 15 ms there), at least 1: time bounds grow with it, so a shared machine under
    load does not fail them at random."""
    return max(1.0, _timed(lambda n: sum(range(n)), 10**6) / 0.015)


@pytest.mark.parametrize("where", ["start", "end", "nowhere"])
def test_100_kb_of_text_is_checked_quickly(where):
    text = _diary_text(100_000)
    phrase = " Ik wil er een eind aan maken. "
    if where == "start":
        text = phrase + text
    elif where == "end":
        text = text + phrase
    assert detect_crisis(text) is (where != "nowhere")
    # Loose bounds so that slow CI machines pass; on a laptop both take a
    # few milliseconds to a few tens of milliseconds.
    assert _timed(detect_crisis, text) < 0.5 * _slowdown()
    assert _timed(find_crisis_phrases, text) < 0.5 * _slowdown()


@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "zelf " * 20_000,
        "ik wil " * 15_000,
        "ik wil er een " * 8_000,
        "wish i " * 15_000,
        "want just " * 10_000,
        "no " * 30_000,
        "sui" * 33_000,
        "su1c1" * 20_000,
        "kill my " * 12_000,
        "van de brug " * 9_000,
        "dood leven zelf wakker eind die dead life live zitten " * 2_000,
        "kms " * 25_000,  # 25,000 matches
        "suicide squad " * 7_000,  # 7,000 matches that are all figurative
        "Ik wil dood. " * 7_000,
        "." * 100_000,
        " " * 100_000,
        "\u0308" * 100_000,  # only combining marks: the slow normalisation path
        "ß" * 50_000,
        "é" * 100_000,
    ],
    ids=lambda t: repr(t[:12]),
)
def test_adversarial_input_does_not_backtrack(text):
    # Catastrophic backtracking would take seconds to hours; these take
    # milliseconds to a few hundred milliseconds. The bound grows with how busy the
    # machine is right now (_slowdown), so a shared machine under load does not fail it
    # at random.
    assert _timed(find_crisis_phrases, text) < 2.0 * _slowdown()


def test_figurative_uses_are_dropped_in_long_texts_too():
    # The first matches are checked against figurative expressions in their
    # own sentence; after that, against a list built for the whole text.
    text = "I want to die. " * 20 + "We watched Suicide Squad. Ik lach me dood. " * 3
    matches = find_crisis_phrases(text)
    assert len(matches) == 20
    assert all(m.excerpt == "want to die" for m in matches)


# -------------------------------------------------------------- properties

HARMLESS_WORDS = [
    "koffie", "fiets", "regen", "werk", "vergadering", "moe", "blij", "trein",
    "vertraging", "boodschappen", "koken", "wandelen", "hond", "kat", "boos",
    "coffee", "bike", "rain", "work", "meeting", "tired", "happy", "train",
    "delay", "groceries", "cooking", "walk", "dog", "cat", "angry", "today",
    "ik", "je", "wij", "I", "you", "we", "and", "en", "de", "the", "een", "a",
    "ben", "am", "heb", "have", "was", "morgen", "tomorrow", "goed", "good",
]  # fmt: skip
SEPARATORS = [" ", "  ", "\n", ", ", ". ", "! ", "? ", " - ", "\u00a0", "\u2019"]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=500))
def test_any_text_gives_a_bool_and_consistent_matches(text):
    result = detect_crisis(text)
    assert isinstance(result, bool)
    matches = find_crisis_phrases(text)
    assert result is bool(matches)
    last_end = 0
    for m in matches:
        assert 0 <= last_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.excerpt
        assert m.language in {"nl", "en"}
        last_end = m.end


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(HARMLESS_WORDS), st.sampled_from(SEPARATORS)),
        max_size=80,
    ),
    st.booleans(),
)
def test_text_without_trigger_words_is_never_flagged(pieces, upper):
    text = "".join(word + sep for word, sep in pieces)
    if upper:
        text = text.upper()
    assert detect_crisis(text) is False
    assert find_crisis_phrases(text) == []


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=30),
    st.sampled_from([text for _, text, expected in ROWS if expected]),
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=30),
)
def test_a_trigger_is_found_anywhere_in_harmless_text(before, phrase, after):
    # The phrase is a sentence of its own: some rules need the end of a clause ("ik wil
    # niet meer." but not "ik wil niet meer koffie").
    prefix = " ".join(before) + ". " if before else ""
    text = prefix + phrase.rstrip(".!?") + ". " + " ".join(after)
    assert detect_crisis(text)
    assert any(m.start >= len(prefix) for m in find_crisis_phrases(text))


# ------------------------------------------------------------------ anchors


def _all_raw_matches(text, *, gated):
    normalised, _ = _normalise(text)
    return {(s, e, rule.id) for s, e, rule in _Scanner(normalised, gated=gated).raw_matches()}


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[_row_id(r) for r in ROWS])
def test_anchors_never_hide_a_match(language, text, expected):
    # Every pattern lists anchor words that any of its matches contains;
    # scanning only around the anchors must find exactly what a full scan
    # finds. A wrong anchor list shows up here as a missing match.
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=60),
    st.sampled_from([text for _, text, expected in ROWS if expected]),
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=60),
)
def test_anchors_never_hide_a_match_in_longer_text(before, phrase, after):
    text = " ".join([*before, phrase, *after])
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)
