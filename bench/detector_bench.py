"""Recall and false alarms of the crisis detector, per language and per category, and its speed.

    python bench/detector_bench.py                    # tuning table, held-back table(s), speed
    python bench/detector_bench.py extra.tsv          # ... and any other table
    python bench/detector_bench.py --misses           # also list the rows it gets wrong
    python bench/detector_bench.py --skip-held-back   # while tuning: leave the held-back rows unseen

Recall is the share of rows that should bring up the card (expected 1) that do; false
alarms the share of rows that should not (expected 0) that do. The target (issue 11) is
recall >= 95 % and false alarms <= 5 % per language on rows the rules were not tuned on.
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

from safety.detector import detect_crisis, find_crisis_phrases  # noqa: E402
from safety.tests.detector_table import (  # noqa: E402
    ADVERSARIAL_UNITS,
    EXTERNAL,
    HELD_BACK,
    TUNING,
    read_table,
)

TARGET_RECALL = 95.0
TARGET_FALSE_ALARMS = 5.0


def _percent(part, whole):
    return f"{100 * part / whole:5.1f} %" if whole else "    -  "


def report(title, rows, show_misses):
    print(f"\n== {title}: {len(rows)} rows")
    # (language, category) -> [positives, found, negatives, false alarms]
    counts = defaultdict(lambda: [0, 0, 0, 0])
    misses = []
    for row in rows:
        flagged = detect_crisis(row.text)
        for key in ((row.language, "all"), (row.language, row.category)):
            c = counts[key]
            if row.expected:
                c[0] += 1
                c[1] += flagged
            else:
                c[2] += 1
                c[3] += flagged
        if flagged != row.expected:
            misses.append(row)
    print(f"{'language':<8} {'category':<15} {'pos':>4} {'recall':>8} {'neg':>4} {'false alarms':>12}")
    verdicts = []
    for language in sorted({lang for lang, _ in counts}):
        keys = [(language, "all")] + sorted(k for k in counts if k[0] == language and k[1] != "all")
        for key in keys:
            pos, found, neg, alarms = counts[key]
            line = (f"{key[0]:<8} {key[1]:<15} {pos:>4} {_percent(found, pos):>8} {neg:>4} "
                    f"{_percent(alarms, neg):>12}")
            if key[1] == "all":
                ok = (not pos or 100 * found / pos >= TARGET_RECALL) and (
                    not neg or 100 * alarms / neg <= TARGET_FALSE_ALARMS)
                verdicts.append(ok)
                line += "   target met" if ok else "   TARGET MISSED"
            print(line)
        print()
    if show_misses:
        for row in misses:
            kind = "missed     " if row.expected else "false alarm"
            rules = ", ".join(f"{m.rule} {m.excerpt!r}" for m in find_crisis_phrases(row.text))
            print(f"  {kind} {row.language} {row.category:<14} {row.text!r} {rules}")
    return all(verdicts)


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
    print("\n== Speed: one call on a 5,000-character note (median of 200 calls)")
    cases = {"ordinary note, no crisis phrase": _note(5_000),
             "note that starts with a crisis phrase": _note(5_000, "Ik zie geen uitweg meer. ")}
    for label, text in cases.items():
        for func in (detect_crisis, find_crisis_phrases):
            times = []
            for _ in range(200):
                start = time.perf_counter()
                func(text)
                times.append((time.perf_counter() - start) * 1000)
            print(f"  {func.__name__:<20} {label:<40} {statistics.median(times):6.2f} ms "
                  f"(max {max(times):.2f} ms)")


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
    speed()
    adversarial()


if __name__ == "__main__":
    main()
