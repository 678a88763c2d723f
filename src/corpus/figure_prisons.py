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
_HELD_NOW = re.compile(r"\b(?:still|remain\w*)\b")
# "3,432 administrative detainees held without charge": Israel's detainees, never captives
_DETENTION_TERMS = re.compile(
    r"\badministrative\s+(?:detainees|detention)\b|\bheld\s+without\s+(?:charge|trial)\b|"
    r"\bunlawful\s+combatants\b|\bsecurity\s+(?:prisoners|inmates)\b",
    re.IGNORECASE,
)
# (the same, as the noun of "the number of ...")
_DETAINEES_NAMED = re.compile(
    r"\badministrative\s+(?:detainees|detention)\b|\bunlawful\s+combatants\b|"
    r"\bsecurity\s+(?:prisoners|inmates)\b",
    re.IGNORECASE,
)
_HELD_NOW_IN_PRISONS = re.compile(r"\b(?:still|remain\w*)\s+(?:held\s+)?in\s+" + _ISRAELS_PRISONS)
_FREED_WORDS = re.compile(r"\b(?:free|freed|releas\w*|exchange\w*|swap\w*|return\w*)\b", re.I)


def in_israeli_prisons(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts Palestinians held in Israel's prisons in a sentence that frees
    none, or held there still: "more than 10,000 Palestinians are still held in Israeli
    prisons", "3,432 administrative detainees"."""
    held = IN_ISRAELI_PRISONS.match(sentence, n.end) if sentence.find(" in ", n.end) >= 0 else None
    if held is not None:
        return not _FREED_WORDS.search(sentence) or bool(_HELD_NOW.search(held.group()))
    if sentence.startswith(" ", n.end) and _DETENTION_TERMS.match(sentence, n.end + 1):
        # "3,432 administrative detainees held without charge or trial", and "10,400 remain
        # held in the occupation's prisons, including 3,376 administrative detainees" after
        # a release that freed others
        return not _FREED_WORDS.search(sentence) or bool(
            _HELD_NOW_IN_PRISONS.search(sentence, 0, n.start)
        )
    # "the number of administrative detainees, held without charge or trial, has climbed
    # to 2,070"
    named = _DETAINEES_NAMED.search(sentence, max(0, n.start - 80), n.start)
    return named is not None and not _FREED_WORDS.search(sentence)


_HELD_NOW_VERB = re.compile(r"\b(?:are|is|were|was|remain\w*|being|currently|still)\b")


def held_in_prisons_now(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts the people Israel's prisons hold at a time, a running total:
    "7,000 Palestinians were being held in Israeli prisons", "3,432 administrative
    detainees" (not "150 Palestinian women and minors held in Israeli jails" who are freed)."""
    if not in_israeli_prisons(sentence, n):
        return False
    held = IN_ISRAELI_PRISONS.match(sentence, n.end)
    return held is None or bool(_HELD_NOW_VERB.search(held.group()))
