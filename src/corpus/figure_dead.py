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

from corpus.figure_clauses import QUALIFIED, TOLL_REACHED
from corpus.figure_settled import RELEASED_REMAINS
from corpus.numbers import NumberMention

__all__ = [
    "bodies_back",
    "captives_killed",
    "dead_captives_part",
    "dead_captives_split",
    "death_toll_at",
    "deaths_from",
    "died_in_captivity",
]

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


# "the remains of only four | of the 28 dead hostages": a part of the dead captives
_OF_THE_DEAD_CAPTIVES = re.compile(
    r"\s+of\s+(?:the|all)\s+\S+\s+(?:dead|deceased)\s+(?:hostages|captives)\b", re.IGNORECASE
)
_RETURNED_AFTER = re.compile(
    r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:returned|handed\s+over|released|repatriated)\b"
)
_PART_OF_THE_DEAD = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"\w+ty(?:-\w+)?))\s+of\s+the\s+$",
    re.IGNORECASE,
)
_DEAD_CAPTIVES_AFTER = re.compile(r"\s+(?:dead|deceased)\s+(?:hostages|captives)\b", re.I)


def dead_captives_part(sentence: str, n: NumberMention) -> str | None:
    """'handed over the remains of only four of the 28 dead hostages': the four were
    released, the 28 are the dead captives all told (held, as the gold sets count them)."""
    if whole := _OF_THE_DEAD_CAPTIVES.match(sentence, n.end):
        if RELEASED_REMAINS.search(sentence, max(0, n.start - 60), n.start) or (
            # "the bodies of only four of the 28 deceased hostages were returned"
            _RETURNED_AFTER.match(sentence, whole.end())
        ):
            return "hostages_released"
        return None
    if _PART_OF_THE_DEAD.search(sentence, max(0, n.start - 14), n.start) and (
        _DEAD_CAPTIVES_AFTER.match(sentence, n.end)
    ):
        return "hostages_held"
    return None


def dead_captives_split(sentence: str, n: NumberMention) -> str | None:
    """:func:`dead_captives_part` behind its quick test (a "dead" or "deceased" after the
    number)."""
    if (
        sentence.find(" dead", n.end, n.end + 30) < 0
        and sentence.find(" deceased", n.end, n.end + 34) < 0
    ):
        return None
    return dead_captives_part(sentence, n)


# the death toll as the subject of the count: "The revised death toll in Israel from Hamas's
# October 7 attack stands at 1,139, with dozens still held captive"
_DEATH_TOLL_AT = re.compile(
    rf"\bdeath\s+toll\b[^.;,]{{0,100}}?\s(?:has\s+|had\s+|now\s+)?{TOLL_REACHED}\s+{QUALIFIED}$",
    re.IGNORECASE,
)


def death_toll_at(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is what a death toll named before it stands at, whatever the clause after
    it names ("..., with dozens still held captive")."""
    return "toll" in sentence[max(0, n.start - 160) : n.start] and bool(
        _DEATH_TOLL_AT.search(sentence, max(0, n.start - 160), n.start)
    )
