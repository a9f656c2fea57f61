"""Crisis lines are configuration, not code: loaded from JSON, chosen by country.

The deployment names its country (``WAGENMENNER_COUNTRY``, default ``NL``); the lines of
that country are shown to everyone, each text in the person's own language, so an English
speaker in the Netherlands sees 113 and 112 with English labels. A country the file does
not list gets the file's fallback (the emergency number) and a note, on the crisis page,
on the card and in the footer, that its lines are not configured.

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
COUNTRY_CODE = re.compile(r"[A-Z]{2}")
TEXTS = ("name", "detail")


@lru_cache(maxsize=4)
def _load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def lines_file() -> str:
    return str(settings.CRISIS_LINES_FILE or DEFAULT_FILE)


def country() -> str:
    return settings.WAGENMENNER_COUNTRY


def _in(texts, language: str) -> str:
    """One text in the person's language, or in the first language when it lacks one."""
    if not isinstance(texts, dict):
        return str(texts or "")
    return texts.get(language) or texts.get(settings.LANGUAGE_CODE) or ""


def crisis_lines(language: str) -> dict:
    """What the pages show: the deployment country's lines in ``language``.

    ``needs_configuration`` is true when the file has no lines for the country; the lines
    are then the fallback ones.
    """
    data = _load(lines_file())
    code = country()
    entry = data.get("countries", {}).get(code)
    chosen = entry or data["fallback"]
    lines = []
    for line in chosen["lines"]:
        shown = {k: v for k, v in line.items() if k not in TEXTS}
        shown.update({k: _in(line.get(k), language) for k in TEXTS})
        lines.append(shown)
    return {"country": code, "country_name": _in(entry.get("name"), language) if entry else code,
            "intro": _in(chosen.get("intro"), language), "lines": lines,
            "needs_configuration": entry is None}


def _text_problems(where: str, texts, languages) -> list[str]:
    if not isinstance(texts, dict):
        return [f"{where} must have a text per language ({', '.join(languages)})."]
    return [f"{where} has no text in '{lang}'." for lang in languages
            if not str(texts.get(lang, "")).strip()]


def _set_problems(where: str, entry, languages) -> list[str]:
    if not isinstance(entry, dict):
        return [f"{where}: must be an object with 'intro' and 'lines'."]
    found = _text_problems(f"{where}: 'intro'", entry.get("intro"), languages)
    lines = entry.get("lines")
    if not isinstance(lines, list) or not lines:
        return found + [f"{where}: 'lines' must be a non-empty list."]
    for n, line in enumerate(lines, 1):
        at = f"{where} line {n}"
        if not isinstance(line, dict):
            found.append(f"{at}: every line needs a name.")
            continue
        found += _text_problems(f"{at}: 'name'", line.get("name"), languages)
        if line.get("kind") not in KINDS:
            found.append(f"{at}: kind must be one of {', '.join(KINDS)}.")
        has_phone, has_tel = bool(line.get("phone")), bool(line.get("tel"))
        if has_phone != has_tel:
            found.append(f"{at}: 'phone' (as shown) and 'tel' (as dialled) go together.")
        if has_tel and not TEL.fullmatch(str(line["tel"])):
            found.append(f"{at}: 'tel' must be digits only, e.g. 08000113.")
        if has_tel and re.sub(r"\D", "", str(line["phone"])) != str(line["tel"]).lstrip("+"):
            found.append(f"{at}: 'phone' and 'tel' are not the same number.")
        if line.get("url") and not str(line["url"]).startswith("https://"):
            found.append(f"{at}: a url must start with https://.")
    if not any(isinstance(line, dict) and line.get("tel") for line in lines):
        found.append(f"{where}: at least one line must have a number to call.")
    if not any(isinstance(line, dict) and line.get("kind") == "emergency" for line in lines):
        found.append(f"{where}: the emergency number is missing.")
    return found


def problems(data: dict, languages=None) -> list[str]:
    """What is wrong with a crisis-lines configuration; an empty list means nothing."""
    languages = languages or [code for code, _ in settings.LANGUAGES]
    if not isinstance(data, dict) or not isinstance(data.get("countries"), dict):
        return ["The file must hold 'countries' (lines per country code) and 'fallback'."]
    found = []
    for code, entry in data["countries"].items():
        if not COUNTRY_CODE.fullmatch(code):
            found.append(f"{code}: a country is named by its two-letter code, e.g. NL.")
        found += _set_problems(code, entry, languages)
        if isinstance(entry, dict):
            found += _text_problems(f"{code}: 'name'", entry.get("name"), languages)
    found += _set_problems("fallback", data.get("fallback"), languages)
    return found
