"""Recall and false alarms of the crisis detector, per language and per category, and its speed.

    python bench/detector_bench.py                    # tuning table, held-back table(s), speed
    python bench/detector_bench.py extra.tsv          # ... and any other table
    python bench/detector_bench.py --misses           # also list the rows it gets wrong
    python bench/detector_bench.py --skip-held-back   # while tuning: leave the held-back rows unseen
    python bench/detector_bench.py --cross-validate   # the model on rows it never saw (5 folds)
    python bench/detector_bench.py --by-writer        # the model on a writer it never saw
    python bench/detector_bench.py --by-writer --writer train8a   # ... on that writer only

Recall is the share of rows that should bring up the card (expected 1) that do; false
alarms the share of rows that should not (expected 0) that do. The target (issue 11) is
recall >= 95 % and false alarms <= 5 % per language on rows the rules were not tuned on.
Each table also says which layer raised the card: "(model)" is the share raised by the model
where no rule matched. The model was trained on these tables, so its figures on them are
in-sample; --cross-validate gives each row the score of a model trained without it.
Speed: the time of one call on a 5,000-character check-in note, the median of many calls,
and the CPU time on inputs built to make a matcher work hard (the tests count that work
instead of timing it).
"""

import argparse
import os
import platform
import statistics
import sys
import time
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from safety import crisis_model  # noqa: E402
from safety import crisis_model_build as build  # noqa: E402
from safety.detector import (  # noqa: E402
    detect_crisis,
    find_crisis_phrases,
    rules_fire,
)
from safety.tests.detector_table import (  # noqa: E402
    ADVERSARIAL_UNITS,
    EXTERNAL,
    HELD_BACK,
    TUNING,
    read_table,
)

TARGET_RECALL = 95.0
TARGET_FALSE_ALARMS = 5.0
ASIDE = "all, negation aside"


def _percent(part, whole):
    return f"{100 * part / whole:5.1f} %" if whole else "    -  "


def report(title, rows, show_misses, verdicts_of=None):
    """Recall and false alarms per language and category, and which layer raised the card:
    a rule, or (no rule matching) the model. ``verdicts_of`` gives (rule fired, model
    flagged) per row; by default the detector's own two layers."""
    print(f"\n== {title}: {len(rows)} rows")
    # (language, category) -> [positives, found, by model only, negatives, alarms, by model]
    counts = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    misses = []
    model = crisis_model.load()
    for n, row in enumerate(rows):
        if verdicts_of is None:
            ruled = rules_fire(row.text)
            modelled = crisis_model.score_text(row.text, model) >= model.threshold
        else:
            ruled, modelled = verdicts_of[n]
        flagged = ruled or modelled
        keys = [(row.language, "all"), (row.language, row.category)]
        if row.category not in build.NEGATION_CATEGORIES:
            keys.append((row.language, ASIDE))
        for key in keys:
            c = counts[key]
            if row.expected:
                c[0] += 1
                c[1] += flagged
                c[2] += modelled and not ruled
            else:
                c[3] += 1
                c[4] += flagged
                c[5] += modelled and not ruled
        if flagged != row.expected:
            misses.append(row)
    print(f"{'language':<8} {'category':<22} {'pos':>4} {'recall':>8} {'(model)':>8} "
          f"{'neg':>4} {'false alarms':>12} {'(model)':>8}")
    verdicts = []
    for language in sorted({lang for lang, _ in counts}):
        keys = [(language, "all")]
        if counts[(language, "all")][3] != counts[(language, ASIDE)][3]:
            keys.append((language, ASIDE))
        keys += sorted(k for k in counts if k[0] == language and k[1] not in ("all", ASIDE))
        for key in keys:
            pos, found, by_model, neg, alarms, alarms_model = counts[key]
            line = (f"{key[0]:<8} {key[1]:<22} {pos:>4} {_percent(found, pos):>8} "
                    f"{_percent(by_model, pos):>8} {neg:>4} {_percent(alarms, neg):>12} "
                    f"{_percent(alarms_model, neg):>8}")
            if key[1] in ("all", ASIDE):
                ok = (not pos or 100 * found / pos >= TARGET_RECALL) and (
                    not neg or 100 * alarms / neg <= TARGET_FALSE_ALARMS)
                verdicts.append(ok)
                line += "   target met" if ok else "   TARGET MISSED"
            print(line)
        print()
    print("(model): the share raised by the model where no rule matched. "
          f"{ASIDE!r}: without the rows the detector flags on purpose\n(negation and the past: "
          "a card shown once too often costs little).")
    if show_misses:
        for row in misses:
            kind = "missed     " if row.expected else "false alarm"
            found = find_crisis_phrases(row.text)
            why = ", ".join(f"{m.rule} {m.excerpt!r} {list(m.features)}" for m in found)
            print(f"  {kind} {row.language} {row.category:<14} {row.text!r} {why}")
    return all(verdicts)


def cross_validated(show_misses):
    """The model layer on rows it never saw: each row scored by a model trained without it."""
    start = time.process_time()
    scored, threshold = build.cross_validated()
    for table in dict.fromkeys(table for table, *_ in scored):
        mine = [(row, ruled, score) for name, row, ruled, score in scored if name == table]
        report(f"{table}, model layer cross-validated ({build.FOLDS} folds over all "
               f"{len(scored)} training rows, threshold {threshold}); rules as they are",
               [row for row, _, _ in mine], show_misses,
               [(ruled, score >= threshold) for _, ruled, score in mine])
    print(f"(training and cross-validation: {time.process_time() - start:.1f} s CPU)")


# The independent writers among the training tables: each half of one writer's set is the
# same writer. --by-writer trains without one writer at a time and scores that writer.
WRITERS = {
    "heldout3": ("detector_dev.tsv", "detector_heldout3.tsv"),
    "heldout4": ("detector_heldout4_dev.tsv", "detector_heldout4_sealed.tsv"),
    "heldout5": ("detector_heldout5_dev.tsv", "detector_heldout5_sealed.tsv"),
    "external": ("detector_heldout_external.tsv",),
    "train6a": ("detector_train6a.tsv",),
    "train6b": ("detector_train6b.tsv",),
    "heldout6": ("detector_heldout6_dev.tsv", "detector_heldout6_sealed.tsv"),
    "train7a": ("detector_train7a.tsv",),
    "train7b": ("detector_train7b.tsv",),
    "train8a": ("detector_train8a.tsv",),
    "train8b": ("detector_train8b.tsv",),
    "heldout8": ("detector_heldout8_dev.tsv", "detector_heldout8_sealed.tsv"),
    "train9a": ("detector_train9a.tsv",),
    "train9b": ("detector_train9b.tsv",),
    "heldout9": ("detector_heldout9_dev.tsv", "detector_heldout9_sealed.tsv"),
}


def by_writer(show_misses, only=()):
    """The model layer on a writer it never saw: for each independent writer, a model
    trained on every other row scores that writer's rows. The threshold is the build's,
    chosen on the out-of-fold scores of the other rows only. Closer to a new writer than
    --cross-validate (whose folds mix each writer's rows), but the rules were written from
    most of these writers' misses (not from train6a's or train6b's), so their share is
    in-sample."""
    start = time.process_time()
    tabled = build.read_rows()
    rows = [row for _, row in tabled]
    weights_of = [build.TABLE_WEIGHTS.get(table, 1.0) for table, _ in tabled]
    scores = build.out_of_fold_scores(rows, weights_of=weights_of)
    ruled = [rules_fire(row.text) for row in rows]
    for writer, tables in WRITERS.items():
        mine = [i for i, (table, _) in enumerate(tabled) if table in tables]
        if not mine or (only and writer not in only):
            continue
        others = [i for i in range(len(rows)) if tabled[i][0] not in tables]
        threshold = build.choose_threshold([rows[i] for i in others], [scores[i] for i in others],
                                           [ruled[i] for i in others])
        trained = build.train([rows[i] for i in others],
                              weights_of=[weights_of[i] for i in others])
        model = crisis_model.Model({**trained, "threshold": threshold})
        verdicts = [(ruled[i], crisis_model.score_text(rows[i].text, model) >= threshold)
                    for i in mine]
        report(f"{writer} ({', '.join(tables)}), model trained without this writer, "
               f"threshold {threshold}; rules as they are", [rows[i] for i in mine],
               show_misses, verdicts)
    print(f"(leaving one writer out: {time.process_time() - start:.1f} s CPU)")


def _note(size, phrase=""):
    paragraph = (
        "Vandaag was een zware dag op het werk. Ik heb het gevoel dat ik het zelf niet meer "
        "weet, en mijn leven draait om werk. Die collega zei dat ik te veel wil. Ik zie het wel "
        "weer zitten als ik met de auto of de bus naar huis ga. Mijn pillen heb ik genomen. "
        "We hebben er een eind aan gemaakt met die ruzie. I was dying to see the film; my life "
        "is busy, I live in town and it is worth it. The meeting ended early and I said goodbye "
        "to my colleague. Ik heb last van mijn rug, dus ik ga vroeg slapen. "
    )
    return (phrase + paragraph * (size // len(paragraph) + 1))[:size]


def speed():
    # CPU time (process_time), median of 200 calls. The model keeps each word's share of
    # the score once computed; "cold" empties that store before every call, as for a note
    # whose words the worker has never seen.
    print("\n== Speed: CPU ms per call (median of 200 calls)")
    typical = ("Vandaag weer ruzie gehad met Sanne over de boodschappen, alarm 6. Ik ben naar "
               "buiten gegaan en heb een rondje gelopen, daarna konden we praten. Morgen "
               "bespreek ik het met mijn therapeut. ")
    cases = {f"typical note ({len(typical)} characters)": typical,
             "ordinary note, 5,000 characters": _note(5_000),
             "5,000 characters, crisis phrase first": _note(5_000, "Ik zie geen uitweg meer. ")}
    model = crisis_model.load()

    def cold(text):
        model._shares.clear()
        return detect_crisis(text)

    for label, text in cases.items():
        for name, func in (("rules only", rules_fire), ("rules + model", detect_crisis),
                           ("rules + model, cold", cold),
                           ("find_crisis_phrases", find_crisis_phrases)):
            times = []
            for _ in range(200):
                start = time.process_time()
                func(text)
                times.append((time.process_time() - start) * 1000)
            print(f"  {name:<22} {label:<40} {statistics.median(times):6.3f} ms")


def adversarial():
    # The tests count the scanner's work on these inputs (test_the_work_grows_in_step_with_
    # the_text); here is what that work costs. CPU time, best of three: on a shared machine
    # the wall clock says more about the neighbours than about the detector.
    print("\n== Adversarial inputs: find_crisis_phrases, CPU ms at 50,000 and 100,000 characters")
    for unit in ADVERSARIAL_UNITS:
        row = []
        for size in (50_000, 100_000):
            text = unit * (size // len(unit))
            best = float("inf")
            for _ in range(3):
                start = time.process_time()
                find_crisis_phrases(text)
                best = min(best, time.process_time() - start)
            row.append(best * 1000)
        print(f"  {unit[:24]!r:<28} {row[0]:8.1f} ms {row[1]:8.1f} ms   x{row[1] / max(row[0], 0.01):.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables", nargs="*", help="other tab-separated tables to measure")
    parser.add_argument("--misses", action="store_true", help="list the rows it gets wrong")
    parser.add_argument("--cross-validate", action="store_true",
                        help="also train the model in folds and measure it on rows it never saw")
    parser.add_argument("--by-writer", action="store_true",
                        help="also train the model without one independent writer at a time "
                             "and measure it on that writer")
    parser.add_argument("--writer", action="append", default=[], choices=sorted(WRITERS),
                        help="with --by-writer: only this writer (repeatable); each writer "
                             "costs a training of the model")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed measurements")
    parser.add_argument("--skip-held-back", action="store_true",
                        help="measure the tuning table only (and any named tables)")
    args = parser.parse_args()
    print(f"python {platform.python_version()}, load average {os.getloadavg()[0]:.2f} "
          f"on {os.cpu_count()} cores")
    tables = [("tuning table (" + TUNING.name + ")", TUNING)]
    if not args.skip_held_back:
        tables.append(("held back from tuning (" + HELD_BACK.name + ")", HELD_BACK))
        if EXTERNAL.exists():
            tables.append(("written independently, never tuned on (" + EXTERNAL.name + ")",
                           EXTERNAL))
    tables += [(path, path) for path in args.tables]
    for title, path in tables:
        report(title, read_table(path), args.misses)
    if args.cross_validate:
        cross_validated(args.misses)
    if args.by_writer:
        by_writer(args.misses, args.writer)
    if not args.no_speed:
        speed()
        adversarial()


if __name__ == "__main__":
    main()
