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
    return [checks.Error(f"Crisis lines file {path}: {problem}", id="safety.E002")
            for problem in lines.problems(data)]


@checks.register(deploy=True)
def crisis_lines_country_check(app_configs=None, **kwargs):
    """Before going live, say which languages still lack the lines of a country (HAZ-04)."""
    _, data, _ = _read()
    return [checks.Warning(
        f"Crisis lines for '{code}' are not configured for a country yet.",
        hint="Point WAGENMENNER_CRISIS_LINES at a file with the lines of your country.",
        id="safety.W001")
        for code, entry in (data or {}).items()
        if isinstance(entry, dict) and entry.get("needs_configuration")]
