"""Tests for safety.detector's rules: the crisis-language safety net (METHOD.md 4.7, issue 11).

These test the first layer alone (``rules_fire``, ``find_rule_matches``); the second layer,
the model, and the two together are tested in test_crisis_model.py.

The tables are the specification: ``detector_rows.tsv`` (tuned on; every row must come
out as expected) and ``detector_heldback.tsv`` (held back from tuning; the detector must
meet the target on it as a whole). To add a phrase, add a row to the tuning table and a
pattern to ``safety/crisis_rules``. Rows noted "accepted" are judgement calls that
docs/safety/crisis-detector.md explains.
"""

from __future__ import annotations

import math
import re
import re._parser as sre_parse
from re._constants import (
    ANY,
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    IN,
    LITERAL,
    MAX_REPEAT,
    MAXREPEAT,
    MIN_REPEAT,
    NOT_LITERAL,
    POSSESSIVE_REPEAT,
    SUBPATTERN,
)

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from safety.crisis_text import _RUN_TOKEN, normalise
from safety.detector import (
    _AFTER,
    _ANCHOR_REGEX,
    _BEFORE,
    _FIGURATIVE,
    _REGEX_ANCHORS,
    RULES,
    CrisisMatch,
    _Scanner,
    _starts_with,
    find_rule_matches,
    rules_fire,
)
from safety.tests.detector_table import (
    ADVERSARIAL_UNITS,
    EXTERNAL,
    HELD_BACK,
    TUNING,
    read_table,
)

# Touches no database: the SQLite pass runs it, the PostgreSQL pass leaves it out.
pytestmark = pytest.mark.database_free

TUNING_ROWS = read_table(TUNING)
HELD_BACK_ROWS = read_table(HELD_BACK)
# (language, text, expected), as the tests below use them.
ROWS = [(row.language, row.text, row.expected) for row in TUNING_ROWS]
CATEGORIES = ("explicit", "burden", "no_way_out", "farewell", "preparation", "death_thoughts",
              "disappear", "ending_it", "not_long", "self_harm")


def _row_id(row):
    language, text, expected = row
    return f"{language}-{'pos' if expected else 'neg'}-{text[:40]}"


@pytest.mark.parametrize(("language", "text", "expected"), ROWS, ids=[_row_id(r) for r in ROWS])
def test_phrase_table(language, text, expected):
    matches = find_rule_matches(text)
    assert rules_fire(text) is expected, matches
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
    assert not {row.text for row in read_table(EXTERNAL)} & {row.text for row in TUNING_ROWS}
    # Self-harm came into scope after the held-back table was written; it has no rows there.
    assert {row.category for row in HELD_BACK_ROWS if row.expected} >= set(CATEGORIES) - {
        "self_harm"}


def _figures(rows, language):
    rows = [row for row in rows if row.language == language]
    positives = [row for row in rows if row.expected]
    negatives = [row for row in rows if not row.expected]
    recall = sum(rules_fire(row.text) for row in positives) / len(positives)
    false_alarms = sum(rules_fire(row.text) for row in negatives) / len(negatives)
    return recall, false_alarms


# The target of issue 11 is recall >= 95 % and false alarms <= 5 % per language on rows
# the rules were not tuned on; bench/detector_bench.py prints whether each table meets it.
# This test keeps the measured figures from slipping: it fails below these floors.
HELD_BACK_FLOOR = {"recall": 0.93, "false_alarms": 0.05}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_held_back_rows_stay_near_the_target(language):
    recall, false_alarms = _figures(HELD_BACK_ROWS, language)
    assert recall >= HELD_BACK_FLOOR["recall"], f"recall {recall:.1%}"
    assert false_alarms <= HELD_BACK_FLOOR["false_alarms"], f"false alarms {false_alarms:.1%}"


# detector_heldout_external.tsv was written by someone who never saw the detector
# (768 rows; docs/safety/crisis-detector.md, "Independent held-out set"). Its first run,
# before any rule was changed after reading it, is the held-out result, far below the
# target: recall 136/199 = 68.3 % nl and 145/201 = 72.1 % en, false alarms 7/185 and
# 2/183. It was pinned here as floors; round 15 of the rules, written after reading its
# misses, raised them to the figures below, which are therefore no held-out measurement.
# (flagged, rows) per category: flagged crisis rows may only rise, flagged near-misses
# only fall.
EXTERNAL_FLOORS = {
    "nl": {
        "direct": (21, 24), "burden": (21, 22), "no_way_out": (21, 22), "farewell": (18, 21),
        "means": (17, 23), "death_thoughts": (22, 23), "disappear": (20, 22),
        "ending_it": (18, 21), "not_long": (15, 21),
        "near_miss_relationship": (0, 37), "everyday_death": (0, 31), "tired_ordinary": (0, 32),
        "anger": (0, 27), "method_everyday": (1, 31), "other": (0, 27),
    },
    "en": {
        "direct": (23, 24), "burden": (20, 22), "no_way_out": (22, 23), "farewell": (17, 21),
        "means": (19, 24), "death_thoughts": (18, 21), "disappear": (22, 23),
        "ending_it": (21, 22), "not_long": (19, 21),
        "near_miss_relationship": (0, 36), "everyday_death": (0, 31), "tired_ordinary": (1, 32),
        "anger": (0, 26), "method_everyday": (0, 31), "other": (0, 27),
    },
}  # fmt: skip


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_independent_held_out_rows_never_fall_below_their_floors(language):
    counts = {}
    for row in read_table(EXTERNAL):
        if row.language == language:
            flagged, rows = counts.get(row.category, (0, 0))
            counts[row.category] = (flagged + rules_fire(row.text), rows + 1)
    floors = EXTERNAL_FLOORS[language]
    assert {category: rows for category, (_, rows) in counts.items()} == {
        category: rows for category, (_, rows) in floors.items()}
    positives = {row.category for row in read_table(EXTERNAL) if row.expected}
    worse = {
        category: (counts[category][0], flagged)
        for category, (flagged, _) in floors.items()
        if (counts[category][0] < flagged if category in positives else counts[category][0] > flagged)
    }
    assert not worse, "(now, floor) flagged rows per category"


def test_every_rule_is_exercised_by_a_positive_row():
    fired = {m.rule for _, text, expected in ROWS if expected for m in find_rule_matches(text)}
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
    (match,) = find_rule_matches(text)
    assert match == CrisisMatch(
        rule="nl.suicide_word",
        language="nl",
        start=text.index("zelfmoord"),
        end=text.index("zelfmoord") + len("zelfmoord"),
        excerpt="zelfmoord",
    )


def test_match_is_frozen():
    (match,) = find_rule_matches("I want to die")
    with pytest.raises(AttributeError):
        match.start = 0


def test_several_matches_come_in_text_order_without_overlap():
    text = "I want to die. Ik wil er een eind aan maken. And I feel suicidal."
    matches = find_rule_matches(text)
    assert [m.rule for m in matches] == ["en.want_die", "nl.end_life", "en.suicide_word"]
    assert [m.language for m in matches] == ["en", "nl", "en"]
    for earlier, later in zip(matches, matches[1:], strict=False):
        assert earlier.end <= later.start
    for m in matches:
        assert text[m.start : m.end] == m.excerpt


def test_longest_match_wins_at_the_same_position():
    (match,) = find_rule_matches("ik wil dood zijn")
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
    (match,) = find_rule_matches(text)
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
    assert rules_fire(text)


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
    (match,) = find_rule_matches(text)
    assert (match.rule, match.excerpt) == (rule, excerpt)
    assert text[match.start : match.end] == excerpt
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)


def test_a_number_two_is_only_read_as_to_between_words():
    assert not rules_fire("Ik heb 2 pillen genomen.")
    assert not rules_fire("I took 2 pills for my headache.")


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
    assert rules_fire(text) is expected


# ---------------------------------------------------------- empty and types


@pytest.mark.parametrize("text", [None, "", " ", "\n\t  \u00a0"])
def test_empty_none_and_whitespace_are_safe(text):
    assert rules_fire(text) is False
    assert find_rule_matches(text) == []


@pytest.mark.parametrize("value", [42, b"zelfmoord", ["suicide"]])
def test_non_text_raises_type_error(value):
    with pytest.raises(TypeError):
        rules_fire(value)
    with pytest.raises(TypeError):
        find_rule_matches(value)


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


def _work(text: str) -> int:
    """Characters the scanner hands to pattern regexes while finding every match."""
    normalised, _ = normalise(text)
    scanner = _Scanner(normalised)
    for _ in scanner.raw_matches():
        pass
    return scanner.scanned


def _reach(tree) -> tuple[float, float]:
    """(width, reach) of a parsed regex: the most characters a match consumes, and the
    furthest character any part of it (lookaheads included) looks at, from its start."""
    width = furthest = 0
    for op, av in tree:
        if op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            _, most, body = av
            w, r = _reach(body)
            if most == MAXREPEAT:
                w = r = math.inf
            else:
                w, r = most * w, ((most - 1) * w + r if most else 0)
        elif op is SUBPATTERN:
            w, r = _reach(av[-1])
        elif op is ATOMIC_GROUP:
            w, r = _reach(av)
        elif op is BRANCH:
            w, r = map(max, zip(*(_reach(branch) for branch in av[1]), strict=True))
        elif op in (ASSERT, ASSERT_NOT):  # a lookbehind looks back, into the text before
            w, r = 0, (_reach(av[1])[1] if av[0] == 1 else 0)
        elif op is AT:
            w = r = 0
        elif op in (LITERAL, NOT_LITERAL, IN, ANY):
            w = r = 1
        else:  # a back-reference: its width is not known
            w = r = math.inf
        furthest = max(furthest, width + r)
        width += w
    return width, max(furthest, width)


def _all_patterns():
    for rule in RULES:
        for pattern in rule.patterns:
            yield rule.id, pattern.regex
            if pattern.unless is not None:
                yield rule.id + " (unless)", pattern.unless
    for pattern in _FIGURATIVE:
        yield "figurative", pattern.regex


def test_no_pattern_can_backtrack_without_end_or_outreach_its_window():
    # A backtracking regex engine runs away only on a repetition without a maximum
    # ("(a+)+"). With a maximum on every repetition, the work of one match attempt is
    # bounded by the pattern alone, whatever the text, so the scanner's work is
    # proportional to the characters it hands to the regexes (the next tests count
    # those). And a match that reaches no further than the window around its anchor is
    # never cut off by the window (test_anchors_never_hide_a_match checks it on rows).
    too_far = []
    for source, regex in _all_patterns():
        width, reach = _reach(sre_parse.parse(regex.pattern, regex.flags))
        if not reach <= min(_BEFORE, _AFTER):
            too_far.append((source, width, reach, regex.pattern[:80]))
    assert not too_far


@pytest.mark.parametrize("where", ["start", "end", "nowhere"])
def test_100_kb_of_text_is_read_whole_with_bounded_work(where):
    text = _diary_text(100_000)
    phrase = " Ik wil er een eind aan maken. "
    if where == "start":
        text = phrase + text
    elif where == "end":
        text = text + phrase
    assert rules_fire(text) is (where != "nowhere")
    assert [m.excerpt for m in find_rule_matches(text)] == (
        [] if where == "nowhere" else ["er een eind aan maken"])
    # Each pattern reads only the sentences around its anchor words: on an ordinary
    # diary, a small share of what every pattern reading the whole text would read.
    assert _work(text) < len(text) * len(list(_all_patterns())) / 20


@pytest.mark.parametrize("unit", ADVERSARIAL_UNITS, ids=lambda t: repr(t[:12]))
def test_the_work_grows_in_step_with_the_text(unit):
    # Counted, not timed: bench/detector_bench.py prints the times of the same inputs.
    # Doubling the text at most doubles the work, plus the fixed share of the first
    # few figurative checks (done sentence by sentence, then once for the whole text).
    size = 20_000 // len(unit)
    once, twice = _work(unit * size), _work(unit * 2 * size)
    fixed = 16 * (_BEFORE + _AFTER) * len(_FIGURATIVE)
    assert twice <= 2 * once + fixed


def test_repeated_letters_are_looked_for_from_the_start_of_a_word_only():
    # Otherwise a long word without a run of three letters is read again from each of
    # its letters: 40,000 letters of "abab..." took 15 seconds.
    assert _RUN_TOKEN.match("abaaab", 1) is None
    assert _RUN_TOKEN.match("abaaab", 0).group() == "abaaab"
    assert rules_fire("ab" * 200 + " ik wil dooood")


def test_figurative_uses_are_dropped_in_long_texts_too():
    # The first matches are checked against figurative expressions in their
    # own sentence; after that, against a list built for the whole text.
    text = "I want to die. " * 20 + "We watched Suicide Squad. Ik lach me dood. " * 3
    matches = find_rule_matches(text)
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
    result = rules_fire(text)
    assert isinstance(result, bool)
    matches = find_rule_matches(text)
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
    assert rules_fire(text) is False
    assert find_rule_matches(text) == []


@settings(max_examples=200)
@given(
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=30),
    st.sampled_from([text for _, text, expected in ROWS if expected]),
    st.lists(st.sampled_from(HARMLESS_WORDS), max_size=30),
)
@example(  # a harmless sentence ending in an anchor word ("hond") once joined the next
    ["hond"], "Ik heb mijn hond naar mijn ouders gebracht, ik kan niet meer voor hem zorgen.", [])
def test_a_trigger_is_found_anywhere_in_harmless_text(before, phrase, after):
    # The phrase is a sentence of its own: some rules need the end of a clause ("ik wil
    # niet meer." but not "ik wil niet meer koffie").
    prefix = " ".join(before) + ". " if before else ""
    text = prefix + phrase.rstrip(".!?") + ". " + " ".join(after)
    assert rules_fire(text)
    assert any(m.start >= len(prefix) for m in find_rule_matches(text))


# ------------------------------------------------------------------ anchors


def _all_raw_matches(text, *, gated):
    normalised, _ = normalise(text)
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
    st.sampled_from(SEPARATORS),
)
def test_anchors_never_hide_a_match_in_longer_text(before, phrase, after, separator):
    text = separator.join([*before, phrase, *after])
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)


def test_a_regex_anchor_is_looked_for_only_where_its_first_letters_are():
    # The scanner searches a regex anchor only in a text that holds the letters it starts
    # with (_starts_with): those must start every match, as the parsed regex shows.
    assert _REGEX_ANCHORS
    for anchor, letters in _REGEX_ANCHORS:
        spelled = ""
        for op, av in sre_parse.parse(_ANCHOR_REGEX[anchor].pattern):
            if op is not LITERAL:
                break
            spelled += chr(av)
        assert spelled.startswith(letters), (anchor, letters)
    assert _starts_with("mo{1,2}r[dt]") == "m"
    assert _starts_with("niet (?:meer|langer) wil") == "niet "
    assert _starts_with("af|op") == ""


def test_a_short_note_of_one_sentence_is_read_whole_by_every_pattern_it_names():
    # Most notes: one sentence that no match can outreach, so every anchor's window is
    # the whole text. A longer text or one of two sentences keeps its windows.
    assert _Scanner("ik wil dood")._whole == [(0, 11)]
    assert _Scanner("ik wil. dood")._whole is None
    assert _Scanner("x " * min(_BEFORE, _AFTER))._whole is None
    assert rules_fire("Ik wil dood") and not rules_fire("Ik wil. Dood.")


def test_a_match_never_runs_from_one_sentence_into_the_next():
    # The scan windows around two anchors ("hond", "hond") met at the sentence end and
    # were merged, so the pet rule matched from the first sentence into the second.
    text = "Hond. Ik heb mijn hond naar mijn ouders gebracht, ik kan niet meer voor hem zorgen."
    (match,) = find_rule_matches(text)
    assert match.excerpt.startswith("hond naar mijn ouders")
    assert _all_raw_matches(text, gated=True) == _all_raw_matches(text, gated=False)
    # Nor are a pattern's two halves in two sentences a match (they were).
    assert not rules_fire("Ik heb een kat. Mijn moeder kan niet meer voor hem zorgen, zegt ze, "
                             "en dat vind ik heel erg jammer voor haar en voor de kat.")


# review25 (stop 25): searching how one dies fastest, in the forms people type. Kept here,
# not in the tuning table, so that the model's training rows (and so its weights) stay
# as they were.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ik heb gezocht hoe je het snelst doodgaat.", True),
        ("Ik heb gezocht hoe je snel dood gaat.", True),
        ("Hij maakt me gek met zijn gezeur over geld, ik heb opgezocht hoe je snel dood kunt"
         " gaan.", True),
        ("Ik heb opgezocht waarom mijn plant dood gaat.", False),
        ("Ik heb gegoogeld hoe lang een kat leeft voor hij doodgaat.", False),
    ],
)
def test_searching_how_one_dies_is_a_preparation(text, expected):
    assert rules_fire(text) is expected
