"""Crisis lines are configuration, not code: loaded from JSON, one set per language."""

import json
from functools import lru_cache
from pathlib import Path

from django.conf import settings

DEFAULT_FILE = Path(__file__).with_name("crisis_lines.json")


@lru_cache(maxsize=4)
def _load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def crisis_lines(language: str) -> dict:
    data = _load(str(settings.CRISIS_LINES_FILE or DEFAULT_FILE))
    return data.get(language) or data[settings.LANGUAGE_CODE]
