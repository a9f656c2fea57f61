"""English crisis rules: the first table (``explicit``) and the indirect language of issue 11
(``thoughts``: burden, no way out, death; ``ending``: disappearing, ending it, not long;
``acts``: farewells, preparations and means; ``signals``: the forms independent
writers used that those missed; ``veiled``: metaphor,
euphemism and hints a fifth writer used; ``voices``: images, dialect and turns of
phrase of heldout8's writer, round 21; ``turns``: heldout9's writer, round 22).
Word lists are in ``vocabulary``.
"""

from __future__ import annotations

from safety.crisis_rules.en import acts, ending, explicit, selfharm, signals, thoughts, turns, veiled, voices
from safety.crisis_rules.en.vocabulary import FRAGMENTS

RULES = [*explicit.RULES, *thoughts.RULES, *ending.RULES, *acts.RULES, *selfharm.RULES,
         *signals.RULES, *veiled.RULES,
         *voices.RULES, *turns.RULES]

__all__ = ["FRAGMENTS", "RULES"]
