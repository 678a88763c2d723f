"""Palestinians in Israel's prisons are not captives: "more than 10,000 Palestinians are
still held in Israeli prisons" counts people held (category ``other``, a running total),
not hostages, nor prisoners a release frees. A helper of :mod:`corpus.figure_category`
and :mod:`corpus.figure_scope`.

>>> from corpus.numbers import find_numbers
>>> s = "The society says 7,000 Palestinians remain in Israeli jails."
>>> n = find_numbers(s)[0]
>>> in_israeli_prisons(s, n), held_in_prisons_now(s, n)
(True, True)
"""

from __future__ import annotations

import re

from corpus.numbers import NumberMention

__all__ = ["IN_ISRAELI_PRISONS", "held_in_prisons_now", "in_israeli_prisons"]

# Palestinians in Israel's prisons are not hostages (nor released): "more than 10,000
# Palestinians are still held in Israeli prisons" (in a sentence that frees none)
# (Israel's prisons under other names: "the occupation's prisons", "IPS facilities")
_ISRAELS_PRISONS = (
    r"(?:Israeli|Israel's|the\s+occupation's|occupation|Israel\s+Prison\s+Service|IPS)\s+"
    r"(?:prisons?|jails?|detention|custody|facilities)\b"
)
IN_ISRAELI_PRISONS = re.compile(
    r"[^.;]{0,40}?\b(?:(?:held|detained|jailed|imprisoned)\s+in|remain(?:ed)?\s+in)\s+"
    + _ISRAELS_PRISONS
)
# "10,400 Palestinians remain held in the occupation's prisons": held now, whatever a
# release elsewhere in the sentence freed
_STILL = r"\b(?:still|remain\w*)"
_HELD_NOW = re.compile(_STILL + r"\b")
_HELD_NOW_IN_PRISONS = re.compile(_STILL + r"\s+(?:held\s+)?in\s+" + _ISRAELS_PRISONS)
# "3,432 administrative detainees": Israel's detainees, never captives (the names, then the
# terms after a count, which add "held without charge")
_DETAINEES = (
    r"\badministrative\s+(?:detainees|detention)\b|\bunlawful\s+combatants\b|"
    r"\bsecurity\s+(?:prisoners|inmates)\b"
)
_DETAINEES_NAMED = re.compile(_DETAINEES, re.IGNORECASE)
_DETENTION_TERMS = re.compile(_DETAINEES + r"|\bheld\s+without\s+(?:charge|trial)\b", re.I)
# (what each name holds, as the pattern matches it in either case)
_DETAINEE_HINTS = ("dministrative", "DMINISTRATIVE", "ombatant", "OMBATANT", "ecurity", "ECURITY")
_FREED_WORDS = re.compile(r"\b(?:free|freed|releas\w*|exchange\w*|swap\w*|return\w*)\b", re.I)
# a verb that holds people at the time: "were being held", "are still held", "remain in"
_HELD_NOW_VERB = re.compile(r"\b(?:are|is|were|was|remain\w*|being|currently|still)\b")


def in_israeli_prisons(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts Palestinians held in Israel's prisons in a sentence that frees
    none, or held there still: "more than 10,000 Palestinians are still held in Israeli
    prisons", "3,432 administrative detainees"."""
    if _kept_by_holder(sentence, n):
        return True
    held = _held_in(sentence, n)
    if held is not None:
        return _kept(sentence, held)
    return _detainees_counted(sentence, n)


def held_in_prisons_now(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts the people Israel's prisons hold at a time, a running total:
    "7,000 Palestinians were being held in Israeli prisons", "3,432 administrative
    detainees" (not "150 Palestinian women and minors held in Israeli jails" who are freed)."""
    if _kept_by_holder(sentence, n):
        return True
    held = _held_in(sentence, n)
    if held is not None:
        return _kept(sentence, held) and bool(_HELD_NOW_VERB.search(held.group()))
    return _detainees_counted(sentence, n)


# the holder holds them still: "the occupation continues to hold more than 7,000 Palestinian
# prisoners in its jails"
_HOLDER_HOLDS = re.compile(
    r"\b(?:continues?\s+to\s+hold|continued\s+to\s+hold|still\s+holds?|is\s+(?:still\s+)?"
    r"holding)\s+(?:(?:more\s+than|some|about|over|nearly|at\s+least|around)\s+)?$",
    re.IGNORECASE,
)
_IN_ITS_PRISONS = re.compile(
    r"[^.;]{0,40}?\bin\s+(?:(?:its|their)\s+(?:prisons|jails|detention\s+facilities)\b|"
    + _ISRAELS_PRISONS
    + ")"
)


def _kept_by_holder(sentence: str, n: NumberMention) -> bool:
    """Whether a verb of holding before ``n`` keeps the people it counts in prisons."""
    return (
        "hold" in sentence
        and _HOLDER_HOLDS.search(sentence, max(0, n.start - 40), n.start) is not None
        and _IN_ITS_PRISONS.match(sentence, n.end) is not None
    )


def _held_in(sentence: str, n: NumberMention) -> re.Match[str] | None:
    """ "... held in Israeli prisons" right after the count."""
    return IN_ISRAELI_PRISONS.match(sentence, n.end) if sentence.find(" in ", n.end) >= 0 else None


def _kept(sentence: str, held: re.Match[str]) -> bool:
    """Whether the people ``held`` are not the ones a release in the sentence frees."""
    return not _FREED_WORDS.search(sentence) or bool(_HELD_NOW.search(held.group()))


def _detainees_counted(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts Israel's detainees by the name of their detention."""
    if sentence.startswith(" ", n.end) and _DETENTION_TERMS.match(sentence, n.end + 1):
        # "3,432 administrative detainees held without charge or trial", and "10,400 remain
        # held in the occupation's prisons, including 3,376 administrative detainees" after
        # a release that freed others
        return not _FREED_WORDS.search(sentence) or bool(
            _HELD_NOW_IN_PRISONS.search(sentence, 0, n.start)
        )
    if not any(hint in sentence for hint in _DETAINEE_HINTS):
        return False  # (a quick first test: most sentences name no detainees)
    # "the number of administrative detainees, held without charge or trial, has climbed
    # to 2,070"
    named = _DETAINEES_NAMED.search(sentence, max(0, n.start - 80), n.start)
    return named is not None and not _FREED_WORDS.search(sentence)
