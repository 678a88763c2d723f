"""The dead of a count: killed, held as dead captives, or handed back.

A helper of :mod:`corpus.figure_rules`: words right after a count, or in its sentence,
that decide whether the dead it counts are a toll, captives still held, or bodies an
exchange returned.

>>> from corpus.numbers import find_numbers
>>> s = "The Lancet estimated 64,260 deaths from traumatic injuries."
>>> deaths_from(s, find_numbers(s)[0])
True
"""

from __future__ import annotations

import re

from corpus.numbers import NumberMention

__all__ = ["bodies_back", "captives_killed", "deaths_from", "died_in_captivity"]

# dead captives come back: received, returned, handed over (not "troops recovered the
# bodies of six hostages from a tunnel": the gold sets count those the killed, 7 to 1)
_BODIES_BACK = re.compile(
    r"\b(?:received|receive|receiving|returned|return|returning|handed|hand\s+over|"
    r"hands\s+over|handing\s+over|handover|repatriated|brought\s+(?:back|home))\b",
    re.IGNORECASE,
)
# deaths and what caused them: "64,260 deaths from traumatic injuries"
_DEATHS_FROM = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:deaths|dead|fatalities)\s+(?:from|due\s+to|caused\s+by)\b", re.I
)
# "the remains of the 28 hostages who died in captivity"
_DIED_IN_CAPTIVITY = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:hostages|captives)\s+(?:who|that)\s+(?:had\s+|have\s+)?"
    r"died\s+in\s+captivity\b"
)
# captives killed, past an aside: "seven hostages, three of them foreign passport holders,
# had been killed in the bombardment", "seven hostages ... were among the dead"
_CAPTIVES_KILLED = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:hostages|captives)(?:,[^,;]{1,60},)?\s+(?:had\s+|have\s+)?"
    r"(?:been|were|was)\s+(?:\w+ly\s+)?"
    r"(?:killed|executed|murdered|found\s+dead|among\s+the\s+dead)\b"
)


def bodies_back(sentence: str) -> bool:
    """Whether the sentence tells of dead captives received, returned or handed over:
    "it has received the coffins of four deceased hostages"."""
    return _BODIES_BACK.search(sentence) is not None


def deaths_from(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts deaths from a cause named after them: "64,260 deaths from
    traumatic injuries" (deaths, not the injured)."""
    return _DEATHS_FROM.match(sentence, n.end) is not None


def died_in_captivity(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts "hostages who died in captivity": dead captives."""
    return _DIED_IN_CAPTIVITY.match(sentence, n.end) is not None


def captives_killed(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts captives a killing took, past an aside: "three hostages,
    including an American, had been killed in the raid" (a toll, not the dead among those
    still held)."""
    return _CAPTIVES_KILLED.match(sentence, n.end) is not None
