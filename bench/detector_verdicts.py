"""Did a change to the crisis detector change any decision? Its flag and reasons on every
row of every table in safety/tests/*.tsv (and on long texts made of them), before and after.

    python bench/detector_verdicts.py dump before.json     # in the old tree
    python bench/detector_verdicts.py dump after.json      # in the new tree
    python bench/detector_verdicts.py compare before.json after.json

For each text it keeps ``crisis_in``'s and ``detect_crisis``'s verdicts, ``rules_fire``'s,
every match ``find_crisis_phrases`` reports (rule, offsets, excerpt, the model's n-grams and
weights) and the model's best window with its exact score, written out as Python's
``repr`` (which keeps every digit of a float). ``compare`` prints per table how
many rows differ, how many flags went up and down and how many rules' verdicts changed,
never a text (the measuring sets' rows are never to be read), and exits 1 when any row
differs. A speed-up must leave every count at 0; a rule change or a rebuild shows what it
moved in the flags.
About a minute for each dump.
"""

import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def dump(path: str) -> None:
    sys.path.insert(0, ROOT)
    from safety import crisis_model
    from safety.alerts import crisis_in
    from safety.crisis_text import normalise
    from safety.detector import detect_crisis, find_crisis_phrases, rules_fire
    from safety.tests.detector_table import read_table

    model = crisis_model.load()

    def verdict(text):
        normalised = normalise(text, index=False)[0]
        return repr((crisis_in(text), detect_crisis(text), rules_fire(text),
                     tuple(find_crisis_phrases(text)), model.best_window(normalised)[:3]))

    found, long_texts = {}, []
    for table in sorted(glob.glob(os.path.join(ROOT, "safety", "tests", "*.tsv"))):
        texts = [row.text for row in read_table(table)]
        found[os.path.basename(table)] = [verdict(text) for text in texts]
        # Long notes (many sentences, past the scanner's windows) from the tuning tables.
        if "heldout" not in table:
            long_texts += [" ".join(texts[i : i + 40]) for i in range(0, len(texts), 400)]
            long_texts += ["\n".join(texts[i : i + 7]) for i in range(3, len(texts), 97)]
    found["long texts"] = [verdict(text) for text in long_texts]
    with open(path, "w", encoding="utf-8") as file:
        json.dump(found, file)
    print(f"{sum(map(len, found.values()))} texts in {len(found)} tables -> {path}")


_FLAGS = re.compile(r"\((True|False), (True|False), (True|False),")


def _flags(verdict: str) -> tuple[bool, bool]:
    """``detect_crisis``'s and ``rules_fire``'s verdicts, the second and third of the dump."""
    match = _FLAGS.match(verdict)
    return match.group(2) == "True", match.group(3) == "True"


def compare(before: str, after: str) -> int:
    """Per table: rows whose verdict differs in any way (a rebuilt model changes every
    score, so after a rebuild nearly all do), and apart from that the flags that went up and
    down and the rows whose rules' verdict changed. Tables whose row counts differ are
    compared on their common leading rows."""
    with open(before, encoding="utf-8") as a, open(after, encoding="utf-8") as b:
        old, new = json.load(a), json.load(b)
    if old.keys() != new.keys():
        print("the tables differ:", sorted(old.keys() ^ new.keys()))
        return 1
    sums = [0, 0, 0, 0, 0]
    for table in sorted(old):
        pairs = list(zip(old[table], new[table], strict=False))
        counts = [len(pairs), 0, 0, 0, 0]
        for x, y in pairs:
            (flag_x, rules_x), (flag_y, rules_y) = _flags(x), _flags(y)
            counts[1] += x != y
            counts[2] += flag_y and not flag_x
            counts[3] += flag_x and not flag_y
            counts[4] += rules_x != rules_y
        rows = (f"rows {len(old[table]):6}" if len(old[table]) == len(new[table])
                else f"rows {len(old[table])} -> {len(new[table])}, first {len(pairs)}")
        print(f"{table:40} {rows}  differ {counts[1]:5}  flag up {counts[2]:4}  "
              f"down {counts[3]:4}  rules {counts[4]:4}")
        sums = [total + count for total, count in zip(sums, counts, strict=True)]
    print(f"all tables: {sums[0]} texts, {sums[1]} differ, flags up {sums[2]}, "
          f"down {sums[3]}, rules' verdict changed {sums[4]}")
    return 1 if sums[1] or any(len(old[t]) != len(new[t]) for t in old) else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "dump":
        dump(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    else:
        sys.exit(__doc__)
