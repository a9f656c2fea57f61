"""Check a writer's TSV files: python3 check.py FILE.tsv [FILE.tsv ...] [--heldout]

The brief's check script (README.md beside it): a writer of rows for the crisis detector
runs it on their own files; it needs nothing but Python.

Format: optional comment lines starting with '#' at the top, then the header
`lang<TAB>label<TAB>category<TAB>text`, then one row per line. Prints problems and counts;
exit 1 on a problem. --heldout also checks the exact counts per file per language
(14 per crisis category, 15 per near-miss category, 12 negated_or_past).
"""
import collections
import difflib
import sys

POSITIVE = ["burden", "disappear", "ending_it", "explicit", "farewell", "means_plans",
            "mixed_long", "no_way_out", "not_much_longer", "self_harm", "thinking_of_death",
            "third_person"]
NEGATIVE = ["anger_quarrel", "death_of_other", "end_relationship", "everyday_tired",
            "giving_away_everyday", "goals_rules", "idiom_death", "media_work",
            "negated_or_past", "not_there_for", "travel_bridge_train"]


def read(path, problems):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    if i >= len(lines) or lines[i] != "lang\tlabel\tcategory\ttext":
        problems.append(f"{path}: header line must be lang<TAB>label<TAB>category<TAB>text")
        return rows
    for n, line in enumerate(lines[i + 1:], start=i + 2):
        parts = line.split("\t")
        if len(parts) != 4:
            problems.append(f"{path}:{n}: expected 4 tab-separated fields, got {len(parts)}")
            continue
        lang, label, category, text = parts
        if lang not in ("nl", "en"):
            problems.append(f"{path}:{n}: lang must be nl or en")
        if category in POSITIVE and label != "1" or category in NEGATIVE and label != "0":
            problems.append(f"{path}:{n}: category {category} needs label "
                            f"{'1' if category in POSITIVE else '0'}")
        if category not in POSITIVE + NEGATIVE:
            problems.append(f"{path}:{n}: unknown category {category!r}")
        words = len(text.split())
        if not 3 <= words <= 45:
            problems.append(f"{path}:{n}: {words} words (3-45)")
        if text != text.strip() or "  " in text:
            problems.append(f"{path}:{n}: stray spaces")
        rows.append((path, n, lang, label, category, text))
    return rows


def main(argv):
    heldout = "--heldout" in argv
    paths = [a for a in argv if not a.startswith("--")]
    problems, rows = [], []
    for path in paths:
        mine = read(path, problems)
        rows += mine
        counts = collections.Counter((lang, cat) for _, _, lang, _, cat, _ in mine)
        for lang in ("nl", "en"):
            total = sum(v for (lg, _), v in counts.items() if lg == lang)
            pos = sum(v for (lg, c), v in counts.items() if lg == lang and c in POSITIVE)
            print(f"{path} {lang}: {total} rows, {pos} label 1, {total - pos} label 0")
            for cat in POSITIVE + NEGATIVE:
                want = 14 if cat in POSITIVE else 12 if cat == "negated_or_past" else 15
                if heldout and counts[(lang, cat)] != want:
                    problems.append(f"{path} {lang} {cat}: {counts[(lang, cat)]} rows, want {want}")
    seen = {}
    for path, n, _, _, _, text in rows:
        key = " ".join(text.lower().split())
        if key in seen:
            problems.append(f"{path}:{n}: duplicate of {seen[key]}")
        seen[key] = f"{path}:{n}"
    for lang in ("nl", "en"):
        mine = [(f"{p}:{n}", t.lower()) for p, n, lg, _, _, t in rows if lg == lang]
        for i, (where_a, a) in enumerate(mine):
            for where_b, b in mine[i + 1:]:
                m = difflib.SequenceMatcher(None, a, b)
                if m.real_quick_ratio() > 0.75 and m.quick_ratio() > 0.75 and m.ratio() > 0.75:
                    problems.append(f"{where_a} and {where_b}: near-duplicates")
    for p in problems[:200]:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
