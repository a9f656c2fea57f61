import json
from pathlib import Path

from django.core import checks

from safety import lines


def _read():
    path = lines.lines_file()
    try:
        return path, json.loads(Path(path).read_text(encoding="utf-8")), None
    except (OSError, ValueError) as exc:
        return path, None, exc


@checks.register()
def crisis_lines_check(app_configs=None, **kwargs):
    """Refuse to start with a crisis-lines file that is missing or wrong (hazard HAZ-03)."""
    path, data, exc = _read()
    if exc is not None:
        return [checks.Error(f"Crisis lines file {path} cannot be read: {exc}",
                             hint="Set WAGENMENNER_CRISIS_LINES to a valid JSON file.",
                             id="safety.E001")]
    found = [checks.Error(f"Crisis lines file {path}: {problem}", id="safety.E002")
             for problem in lines.problems(data)]
    if not lines.COUNTRY_CODE.fullmatch(lines.country()):
        found.append(checks.Error(
            f"WAGENMENNER_COUNTRY={lines.country()!r} is not a two-letter country code.",
            hint="For example NL, BE or DE.", id="safety.E003"))
    return found


@checks.register(deploy=True)
def crisis_lines_country_check(app_configs=None, **kwargs):
    """Before going live, say when the deployment's country has no lines yet (HAZ-04)."""
    _, data, _ = _read()
    code = lines.country()
    if data is None or code in (data.get("countries") or {}):
        return []
    return [checks.Warning(
        f"No crisis lines are configured for the country {code}: every page shows only the "
        "fallback (the emergency number) and says that the lines are not configured.",
        hint="Add the country's lines to the file WAGENMENNER_CRISIS_LINES points at.",
        id="safety.W001")]
