"""Tests for the crisis detector's second layer (safety.crisis_model) and both layers together.

The rules alone are tested in test_detector.py. Here: the model file is what a build gives,
byte for byte; the threshold keeps the false alarms within budget on rows the model never
saw; every flag of the model names the n-grams that raised it; near-misses stay quiet; a
long note is judged by its darkest passage, not by its length; the model is read on first
use, not at start-up.
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
import json
import math
import subprocess
import sys

import numpy as np
import pytest
from django.core.management import CommandError, call_command
from hypothesis import given, settings
from hypothesis import strategies as st

from safety import crisis_model
from safety import crisis_model_build as build
from safety.crisis_text import normalise
from safety.detector import MODEL_RULE, detect_crisis, find_crisis_phrases, rules_fire
from safety.tests.detector_table import HERE, read_table

# Touches no database: the SQLite pass runs it, the PostgreSQL pass leaves it out.
pytestmark = pytest.mark.database_free

MODEL = crisis_model.load()


@pytest.fixture(scope="module")
def built():
    # One build (five folds and the final model, about half a minute) for the tests below.
    return build.build()


def test_rebuilding_gives_the_same_model_file_byte_for_byte(built):
    data, _, _ = built
    assert build.dumps(data) == crisis_model.MODEL_PATH.read_text(encoding="utf-8"), (
        "safety/crisis_model.json is not what a build gives: run 'wagenmenner build-crisis-model'")


def test_the_command_checks_and_writes_the_file(built, monkeypatch, tmp_path):
    from safety.management.commands import build_crisis_model as command

    monkeypatch.setattr(build, "build", lambda: built)
    out = io.StringIO()
    call_command("build_crisis_model", "--check", stdout=out)
    assert "up to date" in out.getvalue()
    stale = tmp_path / "crisis_model.json"
    stale.write_text("{}\n", encoding="utf-8")
    monkeypatch.setattr(command, "MODEL_PATH", stale)
    with pytest.raises(CommandError):
        call_command("build_crisis_model", "--check", stdout=io.StringIO())
    call_command("build_crisis_model", stdout=io.StringIO())
    assert stale.read_text(encoding="utf-8") == build.dumps(built[0])


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_threshold_keeps_false_alarms_within_budget_on_rows_the_model_never_saw(
        built, language):
    # The independent writers' near-misses, each writer scored by a model that never saw
    # that writer, within the budget (below the 5 %); the project's own near-misses
    # within theirs.
    data, scores, rule_flags = built
    tabled = build.read_rows()
    negatives = {True: [], False: []}
    for (_, row), writer, fired, score in zip(tabled, build.writers_of(tabled), rule_flags,
                                              scores, strict=True):
        if (row.language == language and not row.expected
                and row.category not in build.NEGATION_CATEGORIES
                and row.category != build.EVERYDAY_CATEGORY):
            negatives[writer is not None].append(fired or score >= data["threshold"])
    assert len(negatives[True]) > 5000 and len(negatives[False]) > 500
    assert sum(negatives[True]) / len(negatives[True]) <= build.FALSE_ALARM_BUDGET < 0.05
    assert sum(negatives[False]) / len(negatives[False]) <= build.PROJECT_BUDGET


# The dev table's figures, cross-validated (bench/detector_bench.py --cross-validate), as
# floors: recall may only rise, false alarms (negations aside) only fall. The target is
# recall >= 95 % and false alarms <= 5 %; on this table, after round 16 with heldout4's dev
# half in training, rules and model catch 82.2 % (nl) and 85.9 % (en), and the model adds
# 1.3 % false alarms to the rules' own in each language (docs/safety/crisis-detector.md).
# Adding heldout4's rows cost 1.8 points of Dutch recall here and one English near-miss:
# the floors were lowered to those figures once, on purpose. Dev figures, not held-out.
# Round 17 put heldout5's dev half in training and cost one Dutch row here (134 -> 133 of
# 163, 81.6 %): the Dutch recall floor was lowered to that, on purpose, once more.
DEV_FLOORS = {"nl": {"recall": 0.815, "false_alarms": 0.047, "by_model": 0.014},
              "en": {"recall": 0.858, "false_alarms": 0.034, "by_model": 0.014}}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_dev_table_cross_validated_stays_above_its_floors(built, language):
    data, scores, rule_flags = built
    rows = [(row, fired, fired or score >= data["threshold"])
            for (table, row), fired, score in zip(build.read_rows(), rule_flags, scores,
                                                  strict=True)
            if table == "detector_dev.tsv" and row.language == language]
    positives = [flagged for row, _, flagged in rows if row.expected]
    negatives = [(fired, flagged) for row, fired, flagged in rows
                 if not row.expected and row.category not in build.NEGATION_CATEGORIES]
    floors = DEV_FLOORS[language]
    assert sum(positives) / len(positives) >= floors["recall"]
    assert sum(f for _, f in negatives) / len(negatives) <= floors["false_alarms"]
    assert sum(f and not r for r, f in negatives) / len(negatives) <= floors["by_model"]


def test_the_threshold_is_the_lowest_that_keeps_the_budget():
    Row = type(read_table(HERE / "detector_rows.tsv")[0])
    rows = [Row("nl", False, "x", str(i)) for i in range(10)] + [Row("nl", True, "x", "p")]
    scores = [float(i) for i in range(10)] + [5.0]
    # One false alarm in ten is allowed: only the highest quiet row (9.0) may pass.
    assert build.choose_threshold(rows, scores, [False] * 11, budget=0.1) == 8.001
    # A rule already spends the budget: nothing more may pass.
    assert build.choose_threshold(rows, scores, [True] + [False] * 10, budget=0.1) == 9.001
    # Rows the detector flags on purpose (negation) spend none of it.
    negated = [Row("nl", False, "negated_or_past", "n")]
    assert build.choose_threshold(rows + negated, [*scores, 20.0], [False] * 12,
                                  budget=0.1) == 8.001
    # Everyday notes have their own, smaller budget: none of these ten may pass.
    everyday = [Row("en", False, build.EVERYDAY_CATEGORY, str(i)) for i in range(10)]
    assert build.choose_threshold(everyday, [float(i) for i in range(10)], [False] * 10,
                                  everyday_budget=0.01) == 9.001
    # With writers named, an independent writer's near-misses have the budget and the
    # project's own theirs: here two of the project's ten may pass, one of the writer's.
    written = [Row("nl", False, "x", f"w{i}") for i in range(10)]
    assert build.choose_threshold(rows[:10] + written, scores[:10] + scores[:10],
                                  [False] * 20, budget=0.1, project_budget=0.2,
                                  writers=[None] * 10 + ["train9a"] * 10) == 8.001
    assert build.choose_threshold(rows[:10], scores[:10], [False] * 10, budget=0.1,
                                  project_budget=0.2, writers=[None] * 10) == 7.001


def test_a_writers_rows_share_one_fold_so_the_model_that_scores_them_never_saw_that_writer():
    Row = type(read_table(HERE / "detector_rows.tsv")[0])
    rows = [Row(lang, i % 2 == 0, "x", f"{lang}{i}") for i in range(40) for lang in ("nl", "en")]
    writers = [("train9a", "heldout9", "train10b", None)[i % 4] for i in range(len(rows))]
    fold_of = build._folds(rows, writers, build.SEED)
    for writer in ("train9a", "heldout9", "train10b"):
        assert len({fold_of[i] for i, w in enumerate(writers) if w == writer}) == 1
    # The project's own rows are spread over every fold.
    assert {fold_of[i] for i, w in enumerate(writers) if w is None} == set(range(build.FOLDS))
    tabled = [("detector_heldout9_dev.tsv", None), ("detector_heldout9_sealed.tsv", None),
              ("detector_rows.tsv", None)]
    assert build.writers_of(tabled) == ["heldout9", "heldout9", None]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_everyday_notes_the_model_never_saw_rarely_bring_up_the_card(built, language):
    data, scores, rule_flags = built
    flagged = [fired or score >= data["threshold"]
               for (table, row), fired, score in zip(build.read_rows(), rule_flags, scores,
                                                     strict=True)
               if table == "detector_everyday.tsv" and row.language == language]
    assert len(flagged) > 700
    assert sum(flagged) / len(flagged) <= build.EVERYDAY_BUDGET


def test_the_dev_table_is_the_independent_writers_file_unchanged():
    digest = hashlib.sha256((HERE / "detector_dev.tsv").read_bytes()).hexdigest()
    assert digest == "9edc43e42739ec8e5dc67b017fd78289ccbea1b926e2b56a1790475a15c5f716"
    assert "detector_dev.tsv" in {table.name for table in build.TRAINING_TABLES}


def test_heldout4s_dev_half_is_the_independent_writers_file_unchanged():
    digest = hashlib.sha256((HERE / "detector_heldout4_dev.tsv").read_bytes()).hexdigest()
    assert digest == "93677b02c42bbd033a4df839931caa41262540520dbed14ef7896e3600831387"
    assert "detector_heldout4_dev.tsv" in {table.name for table in build.TRAINING_TABLES}


def test_the_spent_sealed_half_is_the_independent_writers_file_unchanged():
    # heldout3's sealed half, measured once by the lead and then released for training
    # (docs/safety/crisis-detector.md, "Round 16"): a copy, byte for byte.
    digest = hashlib.sha256((HERE / "detector_heldout3.tsv").read_bytes()).hexdigest()
    assert digest == "c2f512002cb76126aa40f9708a175b3a834b1de015ec3b66d6e58e035c7f9aee"
    assert "detector_heldout3.tsv" in {table.name for table in build.TRAINING_TABLES}


def _model_only_rows():
    """Rows of the tables that the model raises and no rule does."""
    rows = [row for _, row in build.read_rows()]
    return [row.text for row in rows
            if not rules_fire(row.text) and crisis_model.score_text(row.text) >= MODEL.threshold]


MODEL_ONLY = _model_only_rows()


def test_the_model_raises_rows_the_rules_miss():
    assert len(MODEL_ONLY) >= 50


@pytest.mark.parametrize("text", MODEL_ONLY[:40])
def test_a_flag_by_the_model_names_the_n_grams_that_raised_it(text):
    matches = find_crisis_phrases(text)
    assert detect_crisis(text) is True
    assert [m.rule for m in matches] == [MODEL_RULE]
    match = matches[0]
    assert text[match.start : match.end] == match.excerpt
    assert 1 <= len(match.features) <= 5
    window = crisis_model._WORD.findall(normalise(match.excerpt, index=False)[0])
    present = set(crisis_model.features(window))
    for feature, share in match.features:
        assert feature in present
        assert MODEL.weight(feature) > 0 and share > 0
    shares = [share for _, share in match.features]
    assert shares == sorted(shares, reverse=True)


def test_a_rule_match_is_reported_as_the_rule_without_features():
    [match] = find_crisis_phrases("Ik wil dood.")
    assert match.rule.startswith("nl.") and match.features == ()


# Everyday content of this app that shares words with crisis language.
NEAR_MISSES = [
    "We maken er een eind aan, aan die eindeloze ruzies over geld.",
    "Ik heb mijn pillen voor mijn rug ingenomen en ben vroeg gaan slapen.",
    "Morgen neem ik de trein naar Utrecht, over de brug bij Culemborg.",
    "Ik ben er niet meer voor hem als hij zo tegen me praat.",
    "Ik ben doodmoe na die lange dag op het werk.",
    "Vandaag boodschappen gedaan en gekookt, rustige avond.",
    "I was dying to see that film, and it was worth the wait.",
    "The meeting ended early and I said goodbye to my colleague.",
    "I ended things with him tonight; it was time.",
    "I'm so tired after the night shift, going to sleep early.",
    "We watched a documentary on youth suicide prevention at work.",
    "Gave my old bike away to the neighbour's kid.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_stay_quiet(text):
    assert find_crisis_phrases(text) == []
    assert detect_crisis(text) is False


def test_both_functions_agree_on_every_row():
    for _, row in build.read_rows():
        assert detect_crisis(row.text) is bool(find_crisis_phrases(row.text)), row.text


def test_a_long_note_is_judged_by_its_darkest_passage_not_by_its_length():
    paragraph = ("Vandaag was het druk op het werk. Daarna met de kinderen naar de sport en "
                 "samen gegeten. Alarm 4 bij de ruzie over de vaat, even naar buiten gelopen. ")
    assert crisis_model.score_text(paragraph * 60) == pytest.approx(
        crisis_model.score_text(paragraph * 2))
    # A run of words without any sentence end is read in pieces of MAX_WORDS words.
    words = ("druk werk kinderen sport eten vaat buiten lopen " * 200).strip()
    assert all(len(w) <= crisis_model.MAX_WORDS for *_, w in crisis_model.windows(words))
    assert detect_crisis(words) is False


def test_a_phrase_split_over_two_sentences_is_scored_as_one_passage():
    windows = crisis_model.windows("ik stop ermee. met alles.")
    assert ["ik", "stop", "ermee", "met", "alles"] in [w for *_, w in windows]


_WORDS = st.sampled_from("ik wil niet meer leven dood weg slapen the end i want to die gone "
                         "morgen brug trein pillen alles . ! ? ;".split())


@functools.cache
def _table():
    """The shipped weights as plain dictionaries, read by json: the reference the packed
    arrays (crisis_model.Model) are checked against."""
    return json.loads(crisis_model.MODEL_PATH.read_text(encoding="utf-8"))["weights"]


def _reference_score(window):
    found = crisis_model.features(window)
    table = _table()
    return MODEL.bias + sum(table[f[0]].get(f[2:], 0.0) for f in found) / math.sqrt(len(found))


def _reference_best(text):
    """The best window of ``text`` scored feature by feature from the plain table."""
    best = (-math.inf, 0, 0, [])
    for start, end, window in crisis_model.windows(text):
        score = _reference_score(window)
        if score > best[0] + 1e-9:
            best = (score, start, end, window)
    return best


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=80))
def test_the_quick_sum_is_the_score_of_the_best_window(words):
    text = " ".join(words)
    expected = max((_reference_score(w) for *_, w in crisis_model.windows(text)), default=-math.inf)
    assert MODEL.best_window(text)[0] == pytest.approx(expected, abs=1e-9)


def test_the_packed_weights_score_every_row_as_the_plain_table_does():
    # Every row of the tuning table and the everyday notes: the same best window and, to
    # float rounding, the same score as the n-grams summed one by one from the file.
    rows = read_table(HERE / "detector_rows.tsv") + read_table(HERE / "detector_everyday.tsv")
    for row in rows:
        text = normalise(row.text, index=False)[0]
        score, *window = MODEL.best_window(text)
        expected, *expected_window = _reference_best(text)
        assert score == pytest.approx(expected, abs=1e-9), row.text
        assert window == expected_window, row.text


@pytest.mark.parametrize("text", MODEL_ONLY[:10])
def test_an_explanation_gives_the_weights_of_the_file(text):
    words = MODEL.best_window(normalise(text, index=False)[0])[3]
    found = crisis_model.features(words)
    table = _table()
    assert MODEL.weights(found) == [table[f[0]].get(f[2:], 0.0) for f in found]


def _small_model(weights):
    return crisis_model.Model({"bias": 0.0, "threshold": 1.0, "weights": weights})


def test_every_letter_n_gram_has_its_own_exact_number():
    letters = "ab'<>z09"
    grams = ["".join(p) for n in (3, 4, 5) for p in itertools.product(letters, repeat=n)]
    numbers = crisis_model._gram_numbers(grams)
    assert len(set(numbers.tolist())) == len(grams) and (numbers > 0).all()
    # Other lengths have none; a character a word cannot have is never one it can.
    assert crisis_model._gram_numbers(["ab", "abcdef", ""]).tolist() == [-1, -1, -1]
    assert crisis_model._gram_numbers(["<é>"]).tolist() != crisis_model._gram_numbers(["<e>"]).tolist()


def test_a_pair_and_a_pair_with_a_word_between_are_two_keys():
    model = _small_model({"b": {"ik wil": 1.0}, "s": {"ik dood": 2.0, "wil ik": 3.0}})
    assert model.weights(["b:ik wil", "s:ik wil", "b:wil ik", "s:wil ik", "b:ik dood",
                          "s:ik dood", "w:ik"]) == [1.0, 0.0, 0.0, 3.0, 0.0, 2.0, 0.0]
    # ik wil dood: b "ik wil" (1.0) and s "ik dood" (2.0); no "wil dood".
    assert model.window_score(["ik", "wil", "dood"]) == pytest.approx(3.0 / math.sqrt(4 + 7 + 10 + 3))


def test_two_features_with_one_hash_are_told_apart_by_name(monkeypatch):
    # Python's hash is 64 bits, salted per process: two of the model's words with one hash
    # happen about once in 10^10 starts. Then that hash is looked up by the word itself.
    monkeypatch.setattr(crisis_model, "_hash", lambda s: 7 if s in ("dood", "weg", "moe") else hash(s))
    model = _small_model({"w": {"dood": 1.5, "weg": -0.5}, "c": {"<do": 0.25}})
    assert model._collided
    assert model.weights(["w:dood", "w:weg", "w:moe", "w:ik"]) == [1.5, -0.5, 0.0, 0.0]
    assert model._few_new_shares(["dood", "weg", "moe"]) == model._new_shares(["dood", "weg", "moe"])
    assert model.window_score(["dood"]) == pytest.approx(1.75 / math.sqrt(1 + 4 + 3 + 2))
    assert model.window_score(["weg"]) == pytest.approx(-0.5 / math.sqrt(1 + 3 + 2 + 1))
    assert model.window_score(["moe"]) == 0.0


def test_weights_too_large_for_16_bits_are_kept_in_32():
    model = _small_model({"w": {"dood": 40.0, "weg": -0.5}, "c": {"<do": -33.0}})
    assert model.weights(["w:dood", "w:weg", "c:<do"]) == [40.0, -0.5, -33.0]
    assert model.window_score(["dood"]) == pytest.approx(7.0 / math.sqrt(10))
    assert MODEL._hashed[1].dtype == MODEL._letters[1].dtype == np.int16


def test_weights_must_be_thousandths_and_letter_n_grams_3_to_5_letters():
    with pytest.raises(ValueError, match="thousandths"):
        _small_model({"w": {"dood": 0.0001}})
    with pytest.raises(ValueError, match="letter n-gram"):
        _small_model({"c": {"dood>>": 1.0}})


def test_the_file_read_in_parts_is_the_model_json_reads(tmp_path, monkeypatch):
    whole = crisis_model.Model(json.loads(crisis_model.MODEL_PATH.read_text(encoding="utf-8")))
    # Parts of a few hundred bytes: many parts, each kind's block split in the middle.
    monkeypatch.setattr(crisis_model, "_PART", 300)
    read = crisis_model.Model.read(crisis_model.MODEL_PATH)
    # A file in another layout (all on one line) is read whole, to the same model.
    other = tmp_path / "model.json"
    other.write_text(json.dumps(json.loads(crisis_model.MODEL_PATH.read_text(encoding="utf-8"))),
                     encoding="utf-8")
    data = other.read_bytes()
    assert crisis_model._blocks(data, data.find(crisis_model._WEIGHTS_START)) is None
    for model in (read, crisis_model.Model.read(other)):
        assert (model.bias, model.threshold, model.meta) == (whole.bias, whole.threshold, whole.meta)
        for mine, theirs in ((model._letters, whole._letters), (model._hashed, whole._hashed)):
            assert all((a == b).all() for a, b in zip(mine, theirs, strict=True))


def test_a_few_words_are_looked_up_one_by_one_to_the_same_weights_as_many_at_once():
    # A short note's words and pairs are looked up one at a time (numpy's calls cost more
    # than the work there), longer runs all at once: the same thousandths, every word of
    # the tuning table and runs of every length up to well past where the two meet.
    words = sorted({w for row in read_table(HERE / "detector_rows.tsv")
                    for w in crisis_model._WORD.findall(normalise(row.text, index=False)[0])})
    words += ["a", "ab", "é", "ø", "l'ete", "x" * 30, "0'9"]
    assert MODEL._few_new_shares(words) == MODEL._new_shares(words)
    for n in range(1, 3 * crisis_model.FEW_WORDS):
        for start in range(0, len(words) - n, 997):
            run = words[start : start + n]
            assert MODEL._few_pairs(run) == MODEL._pairs(run), run
    # Pairs the model has, so that a weight is found, not only none.
    pairs = [key.split(" ") for key in list(_table()["b"])[:300]]
    for first, second in pairs:
        assert MODEL._few_pairs([first, second]) == MODEL._pairs([first, second]) != [0]


def test_the_store_of_word_shares_stays_bounded():
    model = _small_model({"w": {"a": 1.0}})
    for start in range(0, 3 * crisis_model.SHARES_KEPT, 1000):
        words = [f"w{n}" for n in range(start, start + 1000)]
        assert model._word_shares(words) == [0] * 1000
        assert len(model._shares) <= crisis_model.SHARES_KEPT
    assert model._word_shares(["a", "w1"]) == [1000, 0]


def test_the_model_keeps_its_weights_in_arrays_not_in_objects():
    # Kept as dictionaries of strings (until December 2026) the weights took 6.5 MB of
    # Python objects and a worker 7.6 MB; packed they take 0.74 MB. Reading them must not
    # build them all as objects either (a worker keeps what that leaves in pieces).
    code = ("import tracemalloc, numpy, safety.crisis_model as m; tracemalloc.start(); m.load(); "
            "now, peak = tracemalloc.get_traced_memory(); print(now, peak)")
    out = subprocess.run([sys.executable, "-c", code], check=True, cwd=HERE.parent.parent,
                         capture_output=True, text=True).stdout
    now, peak = map(int, out.split())
    n_grams = len(MODEL._letters[0]) + len(MODEL._hashed[0])
    assert now < 10 * n_grams + 100_000, now
    assert peak < 2 * now + 1_000_000, peak


def test_the_model_is_read_on_first_use_not_on_import():
    code = ("import safety.detector as d, safety.crisis_model as m; "
            "assert m._MODEL is None; d.detect_crisis('hallo'); assert m._MODEL is not None")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=HERE.parent.parent)


def test_heldout5s_dev_half_is_the_independent_writers_file_unchanged():
    digest = hashlib.sha256((HERE / "detector_heldout5_dev.tsv").read_bytes()).hexdigest()
    assert digest == "7fe0400aff6adabc2742b2905dab311d129ea06a63c74a885627f5921e131e5b"
    assert "detector_heldout5_dev.tsv" in {table.name for table in build.TRAINING_TABLES}


# Round 18 (stop 20): heldout4's and heldout5's sealed halves, measured by the lead at stops
# 18 and 19 and then released for training, are copies byte for byte; train6a and train6b
# (two writers who wrote for training and never saw the detector) are their files byte for
# byte below a comment header.
@pytest.mark.parametrize(("table", "digest", "comments"), [
    ("detector_heldout4_sealed.tsv",
     "c90f94d0bb180e0917e8595b39ceaf8e3844fc7407ad416f3f907950ef36543b", False),
    ("detector_heldout5_sealed.tsv",
     "e1b26b125d56d294b64ccc3acf6953c4f5964e03437a7a940c902ad53dbb97da", False),
    ("detector_train6a.tsv",
     "f890ba0fa4831ce1512492d60ca429e2d1b5b64a97c370d3bd36e0c3c087b36a", True),
    ("detector_train6b.tsv",
     "9629c29b056da46c3be0075d82e66ed71bcfecb372a492cfe81997ba05183156", True),
    # Round 19 (stop 21): heldout6, both halves spent (the sealed one measured by the lead
    # at stop 20), below a comment header that summarises its README.
    ("detector_heldout6_dev.tsv",
     "ccc83129ab86f1f7b894d3dff7fb0c92e62a90ee00d7cc4a6f584b8bdc7faafb", True),
    ("detector_heldout6_sealed.tsv",
     "6c26b8365e0fa77959b35b2a08e00d2325e659a3b4f306611bd4d8e9f2034865", True),
    # train7a and train7b: writers for training only; 7a focused on the weakest categories
    # (means and plans, not much longer, self-harm, ending it, farewell, burden) and their
    # near-misses, 7b in new voices (second-language writers, older people, slang,
    # voice-to-text, religious language).
    ("detector_train7a.tsv",
     "0fbb19748191d1a448b0197575a340d3d6938325bb7a0e80d4561702b7974b68", True),
    ("detector_train7b.tsv",
     "816bcbbabe74382ef24e5341e00ae803eb74d6e14b2c8b1a5091066a950f86d3", True),
    # Round 20: train8a and train8b, two more writers for training only, below a comment
    # header that summarises their READMEs.
    ("detector_train8a.tsv",
     "7dc3ebb436e4b8d1b0b3d52be8f7d208944b4cdf186ffcfb8a68c5ab76707f59", True),
    ("detector_train8b.tsv",
     "e5f40dad5696c31721f941a3b49d1b3565f1e1a3f961ee144e88fb4523db4672", True),
    # Round 21 (stop 23): heldout8, both halves spent at stop 22 (the sealed one measured
    # by the lead), now in training as written, below the writer's own comment header.
    ("detector_heldout8_dev.tsv",
     "86ca24da7476b124a256a5a5146f6a3a28bc57d926cbb0cf47219799f0f1747f", True),
    ("detector_heldout8_sealed.tsv",
     "e71ac0005ce224998e89dc6b847a7b30f043e725634cd71c0cd3c9d512f25ad2", True),
    # train9a and train9b: two more writers for training only, each file byte for byte as
    # written (their own comment header summarises who they imagined and the counts).
    ("detector_train9a.tsv",
     "f4a71bf84090906ba875f77e564b664cd5618d37200a78d4e00d19efd05eed86", True),
    ("detector_train9b.tsv",
     "75f43a2bac88df21df19b3b24ecf87fc93664009c6814e8f0f5ab9aef4876147", True),
    # Round 22: heldout9, both halves spent at round 21 (the sealed one measured by the
    # lead, counts only), now in training as written, below the writer's own comment header.
    ("detector_heldout9_dev.tsv",
     "f0f85059d4192bac3269463c63b6514f171ef2ee1ec8a2a2a43a15b8120b81b0", True),
    ("detector_heldout9_sealed.tsv",
     "643b87826523d24fbd4a1f68c5b92c7246e7a0f13d852d756845403fa28ab145", True),
    # train10a, train10b and train10c: three more writers for training only, each file byte
    # for byte as written (their own comment header says who they imagined, how they wrote,
    # and the counts; 10b and 10c say which Dutch lists follow English ideas closely).
    ("detector_train10a.tsv",
     "f3a35f17c46428bcf66be23ff0bfe2c86860c905ef2b09d9130b99c230b98bc2", True),
    ("detector_train10b.tsv",
     "327b624166d9ddc0371d0c716f5cdef7809615581ce54a01d947572570bdaede", True),
    ("detector_train10c.tsv",
     "d4201e1de1517b780d15fea2874f559129049bee705fb538e8b4fdd25d23b084", True),
])
def test_the_independent_writers_tables_are_their_files_unchanged(table, digest, comments):
    lines = (HERE / table).read_bytes().splitlines(keepends=True)
    data = [line for line in lines if not line.startswith(b"#")]
    assert (len(data) < len(lines)) is comments
    assert hashlib.sha256(b"".join(data)).hexdigest() == digest
    assert table in {t.name for t in build.TRAINING_TABLES}
    assert build.TABLE_WEIGHTS[table] == 3.0


# Writers the model never saw, kept for measuring: heldout10 (stop 24) and heldout11 (stop 25),
# each an independent writer's two halves (dev scored by an engineer, sealed by the lead,
# counts only), and train11a and train11b, two writers asked for training rows who were
# scored once as unseen writers instead. Stop 25 tried them in training (heldout10, train11a
# and train11b: 40,224 rows) and heldout11 lost 0 to 3 points (docs/safety/crisis-detector.md,
# round 23), so they stay out and measure. Each file byte for byte as written, below the
# writer's own comment header. `bench/detector_bench.py safety/tests/detector_heldout11_dev.tsv`
# scores one.
@pytest.mark.parametrize(("table", "digest"), [
    ("detector_heldout10_dev.tsv",
     "7f4295ea5079850b57e787fc1e5b0dcc720068d6416f2f24003a5b7bf16a3e23"),
    ("detector_heldout10_sealed.tsv",
     "a8ebe31604f3d647b9b8facfaa6756e61788bb179733a21a38fdd8a32acc56b0"),
    ("detector_heldout11_dev.tsv",
     "b4adcfd1e444565fb593d3ae92534a75f4b3de7206bdd5f64e45e4c7f4b74960"),
    ("detector_heldout11_sealed.tsv",
     "c568674231377d6565c3bd30dad5b3ad9f9da6da279c2d101ab645c65d12ae2c"),
    ("detector_train11a.tsv",
     "9670566368d512956c35f8e9adce65e5b8c969b38c5f3c197169b74733d16eba"),
    ("detector_train11b.tsv",
     "0c97feeda2aeb4e5878ec4d731ae4517aa34a38154e33e20eef3200f34745408"),
])
def test_the_measuring_sets_are_their_files_unchanged_and_not_trained_on(table, digest):
    lines = (HERE / table).read_bytes().splitlines(keepends=True)
    data = [line for line in lines if not line.startswith(b"#")]
    assert hashlib.sha256(b"".join(data)).hexdigest() == digest
    assert table not in {t.name for t in build.TRAINING_TABLES}
