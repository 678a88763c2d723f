"""Numbers that are part of a name or a wire code, not counts.

A broadcaster's call sign and channel ("WANE 15's Alexis Cruz", "KCCI 8 News", "FOX 5"),
an outlet named by a number ("1440 Media, Chicago"), and a wire service's slug line at the
foot of a story ("UNI SNG RN 1405": desk codes and the filing time).

>>> from corpus.numbers import find_numbers
>>> sentence = "PFW political scientist Leah Morganstern talks with WANE 15's Alexis Cruz."
>>> names_with_a_number(sentence, find_numbers(sentence)[0])
True
"""

from __future__ import annotations

import re

from corpus.numbers import NumberMention

__all__ = ["names_with_a_number"]

# US and Canadian call signs (K..., W..., C...), with a suffix, and the networks whose
# stations go by a channel number; not agencies whose initials look alike ("WHO 15 ...")
_CALL_SIGN_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:WHO|WFP|WHA|WWF|CIA|CNN)\s)(?:[KW][A-Z]{2,3}|C[A-Z]{3})(?:-(?:TV|DT|FM|AM|CD))?\s$"
    r"|(?<![\w-])(?:ABC|NBC|CBS|FOX|Fox|CW|PBS)\s$"
)
# the outlet's own name: "1440 Media, Chicago, IL", "9 News" (not "9 News reporters were")
_OUTLET_AFTER = re.compile(r"\s(?:Media|Daily|Digest)\b")
# a wire slug on a line of its own: two or more short capitalised desk codes, then the time
_SLUG_LINE = re.compile(r"\s*(?:[A-Z]{2,5}\s+){2,6}\d{3,4}\s*")


def names_with_a_number(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is part of a station's, an outlet's name or a wire slug."""
    if n.is_word:
        return False
    before = sentence[max(0, n.start - 12) : n.start]
    if before.endswith(" ") and _CALL_SIGN_BEFORE.search(before):
        return True  # "WANE 15's Alexis Cruz", "KCCI 8 News at 6", "Watch FOX 5"
    if n.start == len(sentence) - len(sentence.lstrip()) and _OUTLET_AFTER.match(sentence, n.end):
        return True  # "1440 Media, Chicago, IL" opening a line
    return n.end >= len(sentence.rstrip()) and bool(_SLUG_LINE.fullmatch(sentence))
