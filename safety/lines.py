"""Crisis lines are configuration, not code: loaded from JSON, one set per language.

A deployment points WAGENMENNER_CRISIS_LINES at its own file. ``problems`` checks such a
file; the system check in safety.checks runs it at every start, so a typo in a number
stops the deployment instead of reaching a person in crisis.
"""

import json
import re
from functools import lru_cache
from pathlib import Path

from django.conf import settings

DEFAULT_FILE = Path(__file__).with_name("crisis_lines.json")
KINDS = ("suicide", "chat", "emergency", "violence", "gp", "other")
TEL = re.compile(r"\+?\d{3,15}")


@lru_cache(maxsize=4)
def _load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def lines_file() -> str:
    return str(settings.CRISIS_LINES_FILE or DEFAULT_FILE)


def crisis_lines(language: str) -> dict:
    data = _load(lines_file())
    return data.get(language) or data[settings.LANGUAGE_CODE]


def problems(data: dict, languages=None) -> list[str]:
    """What is wrong with a crisis-lines configuration; an empty list means nothing."""
    languages = languages or [code for code, _ in settings.LANGUAGES]
    found = []
    if not isinstance(data, dict):
        return ["The file must hold one object with a key per language."]
    for language in languages:
        entry = data.get(language)
        if not isinstance(entry, dict):
            found.append(f"{language}: no crisis lines for this language.")
            continue
        lines = entry.get("lines")
        if not isinstance(lines, list) or not lines:
            found.append(f"{language}: 'lines' must be a non-empty list.")
            continue
        if not str(entry.get("intro", "")).strip():
            found.append(f"{language}: 'intro' is missing.")
        for n, line in enumerate(lines, 1):
            where = f"{language} line {n}"
            if not isinstance(line, dict) or not str(line.get("name", "")).strip():
                found.append(f"{where}: every line needs a name.")
                continue
            if line.get("kind") not in KINDS:
                found.append(f"{where}: kind must be one of {', '.join(KINDS)}.")
            has_phone, has_tel = bool(line.get("phone")), bool(line.get("tel"))
            if has_phone != has_tel:
                found.append(f"{where}: 'phone' (as shown) and 'tel' (as dialled) go together.")
            if has_tel and not TEL.fullmatch(str(line["tel"])):
                found.append(f"{where}: 'tel' must be digits only, e.g. 08000113.")
            if has_tel and re.sub(r"\D", "", str(line["phone"])) != str(line["tel"]).lstrip("+"):
                found.append(f"{where}: 'phone' and 'tel' are not the same number.")
            if line.get("url") and not str(line["url"]).startswith("https://"):
                found.append(f"{where}: a url must start with https://.")
        if not any(line.get("tel") for line in lines if isinstance(line, dict)):
            found.append(f"{language}: at least one line must have a number to call.")
        if not any(isinstance(line, dict) and line.get("kind") == "emergency" for line in lines):
            found.append(f"{language}: the emergency number is missing.")
    return found
