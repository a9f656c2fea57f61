"""The crisis detector's tables: rows of (language, expected, category, text).

``detector_rows.tsv`` is the table the rules are tuned on; ``detector_heldback.tsv`` is
held back from tuning; ``detector_heldout_external.tsv`` (when present) was written by
someone else and is never used for tuning either. The benchmark reads other tables too,
so the reader takes any tab-separated file whose header names its columns.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TUNING = HERE / "detector_rows.tsv"
HELD_BACK = HERE / "detector_heldback.tsv"
EXTERNAL = HERE / "detector_heldout_external.tsv"

# Header names each column may go by, and the words that mean "the card should come up".
_COLUMNS = {
    "language": ("language", "lang", "taal"),
    "expected": ("expected", "label", "crisis", "positive", "flag", "y"),
    "category": ("category", "cat", "categorie", "type"),
    "text": ("text", "sentence", "phrase", "tekst", "zin"),
    "note": ("note", "notes", "comment"),
}
_YES = {"1", "true", "yes", "y", "pos", "positive", "crisis", "ja"}
_NO = {"0", "false", "no", "n", "neg", "negative", "calm", "nee", "none"}


@dataclass(frozen=True, slots=True)
class Row:
    language: str
    expected: bool
    category: str
    text: str
    note: str = ""


def _expected(value: str, path: Path, line: int) -> bool:
    value = value.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise ValueError(f"{path}:{line}: expected must be 1 or 0, got {value!r}")


def read_table(path: Path | str) -> list[Row]:
    """Rows of a tab-separated table; lines starting with # are comments."""
    path = Path(path)
    lines = [
        (n, line)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]
    header = [name.strip().lower() for name in lines[0][1].split("\t")]
    where = {}
    for key, names in _COLUMNS.items():
        found = [i for i, name in enumerate(header) if name in names]
        if found:
            where[key] = found[0]
    missing = {"language", "expected", "text"} - where.keys()
    if missing:
        raise ValueError(f"{path}: the header names no column for {sorted(missing)}")
    rows = []
    for n, fields in zip(
        (n for n, _ in lines[1:]),
        csv.reader((line for _, line in lines[1:]), delimiter="\t", quoting=csv.QUOTE_NONE),
        strict=True,
    ):

        def field(key, fields=fields):
            i = where.get(key)
            return fields[i].strip() if i is not None and i < len(fields) else ""

        rows.append(
            Row(
                language=field("language").lower(),
                expected=_expected(field("expected"), path, n),
                category=field("category") or "uncategorised",
                text=field("text"),
                note=field("note"),
            )
        )
    return rows


# Inputs built to make a matcher work hard (one unit repeated): runs of anchor words, of
# half-words, of matches, of figurative matches, of marks that fold to nothing or to two
# letters. test_detector.py counts the work on them; bench/detector_bench.py times them.
ADVERSARIAL_UNITS = (
    "a", "zelf ", "ik wil ", "ik wil er een ", "wish i ", "want just ", "no ", "sui",
    "su1c1", "kill my ", "van de brug ", "dood leven zelf wakker eind die dead life live zitten ",
    "kms ", "suicide squad ", "Ik wil dood. ", ".", " ", "\u0308", "ß", "é", "ab", "aaab ",
    "hond. ik kan niet meer ",
)  # fmt: skip
