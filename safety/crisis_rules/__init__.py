"""The crisis detector's rules, kept as data apart from the matching code.

``RULE_TABLE`` lists (id, description, [(anchors, pattern[, unless]), ...]) for Dutch
(``nl``) and English (``en``); ``FIGURATIVE`` the fixed figurative expressions whose
matches are dropped; ``FRAGMENTS`` the word lists that ``<NAME>`` expands to; and
``INFORMAL`` the chat spellings written out before matching. ``safety.detector``
compiles and runs them; docs/safety/crisis-detector.md explains the categories.
"""

from __future__ import annotations

from safety.crisis_rules import en, nl
from safety.crisis_rules.figurative import FIGURATIVE
from safety.crisis_rules.words import FRAGMENTS as _SHARED
from safety.crisis_rules.words import INFORMAL, K_VERBS

RULE_TABLE = [*nl.RULES, *en.RULES]


def _merge(*tables: dict[str, str]) -> dict[str, str]:
    merged: dict[str, str] = {}
    for table in tables:
        clash = merged.keys() & table.keys()
        if clash:
            raise ValueError(f"fragment defined twice: {sorted(clash)}")
        merged.update(table)
    return merged


FRAGMENTS = _merge(_SHARED, nl.FRAGMENTS, en.FRAGMENTS)

__all__ = ["FIGURATIVE", "FRAGMENTS", "INFORMAL", "K_VERBS", "RULE_TABLE"]
