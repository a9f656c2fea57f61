"""CPU time of one crisis check (``safety.alerts.crisis_in``, as a check-in's POST runs it)
on short notes, in process.

    python bench/detector_cost.py           # this tree
    PYTHONPATH=OLD_TREE python bench/detector_cost.py   # another, side by side

Three kinds of call, each the best of five passes (process time, so other processes on the
machine count less than in wall time): the benchmark POST's note of three words
(bench/write_profile.py) again and again; the everyday notes of up to twelve words
(safety/tests/detector_everyday.tsv, the demo lives' own), first as a fresh worker meets
them (words it has not seen) and then once more (words it knows); and notes of 5,000
characters. Prints microseconds per call and the machine's load.
"""

import os
import random
import sys
import time

if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from safety import crisis_model  # noqa: E402
from safety.alerts import crisis_in  # noqa: E402
from safety.tests.detector_table import HERE, read_table  # noqa: E402


def per_call(texts, passes=5) -> float:
    best = float("inf")
    for _ in range(passes):
        start = time.process_time()
        for text in texts:
            crisis_in(text)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def main() -> None:
    crisis_model.load()
    crisis_in("-")
    everyday = [row.text for row in read_table(HERE / "detector_everyday.tsv")]
    short = [text for text in everyday if len(text.split()) <= 12]
    random.Random(1).shuffle(short)
    long_notes, i = [], 0
    while len(long_notes) < 20:
        note = ""
        while len(note) < 5_000:
            note, i = note + everyday[i % len(everyday)] + " ", i + 1
        long_notes.append(note[:5_000])
    figures = {"POST's note (3 words)": per_call(["even rustig ademen"] * 2_000),
               f"{len(short)} everyday notes, words new": per_call(short, passes=1),
               f"{len(short)} everyday notes, words known": per_call(short),
               "5,000 characters": per_call(long_notes, passes=3)}
    where = os.environ.get("PYTHONPATH") or "this tree"
    print(f"{os.path.basename(where.rstrip('/'))}  load {os.getloadavg()[0]:.1f}")
    for label, us in figures.items():
        print(f"  {label:40} {us:8.1f} us per call")


if __name__ == "__main__":
    main()
