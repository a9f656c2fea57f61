"""The person's own data out, as CSV or JSON: check-ins, rides and escalations.

Rows are read in chunks and written as they come (a streamed response), so a long history
does not sit in memory; text is decrypted on the way out, because the file is for the
person, not for the database.
"""

import csv
import json
from collections.abc import Iterator
from datetime import datetime

from checkins.models import SCALES, CheckIn
from people.models import Escalation
from rides.models import Ride
from wagenmenner.access import owned

CHUNK = 500

CHECKIN_COLUMNS = ("id", "recorded_at", *SCALES, "substance", "substance_amount", "conflict",
                   "note", "dark_thoughts", "created_at")
RIDE_COLUMNS = ("id", "mode", "started_at", "horse", "level", "reactions", "person", "situation",
                "signals", "echoes", "good_faith", "goal", "other_needs", "action",
                "action_when", "committed_at", "lookback_due_at", "lookback_text", "escalated",
                "other_did", "feeling", "go_on", "rule_change", "lookback_done_at")
ESCALATION_COLUMNS = ("id", "happened_at", "person", "ride_id", "trigger", "highest_alarm",
                      "verbal", "things", "physical", "what_happened", "harm", "repair",
                      "missed_step", "created_at")


def _value(obj, name):
    value = getattr(obj, name)
    if isinstance(value, datetime):
        return value.isoformat()
    if name in ("person", "horse", "goal"):
        return str(value) if value is not None else None
    return value


def checkin_rows(user) -> Iterator[dict]:
    for c in owned(CheckIn, user).order_by("recorded_at", "id").iterator(chunk_size=CHUNK):
        yield {name: _value(c, name) for name in CHECKIN_COLUMNS}


def ride_rows(user) -> Iterator[dict]:
    rides = (owned(Ride, user).select_related("horse", "person", "goal")
             .prefetch_related("echoes").order_by("started_at", "id"))
    for r in rides.iterator(chunk_size=CHUNK):
        row = {name: _value(r, name) for name in RIDE_COLUMNS if name != "echoes"}
        row["echoes"] = [str(e) for e in r.echoes.all()]
        yield {name: row[name] for name in RIDE_COLUMNS}


def escalation_rows(user) -> Iterator[dict]:
    rows = owned(Escalation, user).select_related("person").order_by("happened_at", "id")
    for e in rows.iterator(chunk_size=CHUNK):
        yield {name: _value(e, name) for name in ESCALATION_COLUMNS}


KINDS = {
    "checkins": (CHECKIN_COLUMNS, checkin_rows),
    "rides": (RIDE_COLUMNS, ride_rows),
    "escalations": (ESCALATION_COLUMNS, escalation_rows),
}


class _Line:
    """A file-like object for csv.writer that hands back what was written."""

    def write(self, value):
        return value


# A cell starting with one of these is read as a formula by spreadsheet programs (CSV
# injection, OWASP); a leading apostrophe makes it plain text there.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def as_csv(columns, rows: Iterator[dict]) -> Iterator[str]:
    writer = csv.writer(_Line())
    # A byte order mark, so spreadsheet programs read the text as UTF-8.
    yield "\ufeff" + writer.writerow(columns)
    for row in rows:
        yield writer.writerow([_csv_cell(row[c]) for c in columns])


def as_json(rows: Iterator[dict]) -> Iterator[str]:
    yield "["
    first = True
    for row in rows:
        yield ("\n" if first else ",\n") + json.dumps(row, ensure_ascii=False)
        first = False
    yield "\n]\n"
