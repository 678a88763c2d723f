"""Counts given again: the count of the sentence before said again with its figure ("By
Monday, the ministry put the figure at 40,139"), and a count named again later in the
article ("Hamas freed 11 hostages on Friday. ... Hospitals said all 11 were in stable
condition"), which counts what it counted the first time, and so do the parts it is made of
("the 90 were 69 women and 21 minors").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.figure_captives import PEOPLE_COUNTS
from corpus.figure_clauses import QUALIFIED
from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = ["counted_again", "figure_again"]


# a toll named back as it was before: "The number had increased from | 4,385 on Saturday"
TOLL_WAS_FROM = (
    r"(?:the|that|this|its)\s+(?:figure|number|toll|tally|count|total)\s+(?:had\s+|has\s+)?"
    r"(?:increased|risen|rose|climbed|grown|jumped|gone\s+up)\s+from"
)
# the count of the sentence before, given again: "By Monday, the ministry put the figure at
# 40,139", "It stood at more than 34,800 in the May 8 update", "The State Department raised
# that number to 22"
_FIGURE_AGAIN_BEFORE = re.compile(
    r"\b(?:(?:the|that|this|its)\s+(?:figure|number|toll|tally|count|total)\s+(?:at|to)"
    r"|(?:it|the\s+(?:figure|number|toll|tally|count|total))\s+(?:stood|stands|now\s+stands)\s+at"
    # "the ministry puts it at 50,144"
    r"|\b(?:puts?|putting|places?|placing)\s+it\s+at"
    # the toll of the sentence before, as it was: "The number had increased from | 4,385"
    r"|" + TOLL_WAS_FROM +
    # a disputed toll: 'the number was "under 100."', 'its own estimate was "fewer than 100."'
    r"|(?:the|that|this|its)(?:\s+own)?\s+(?:figure|number|toll|tally|count|total|estimate)"
    r"\s+(?:was|is)\s+(?:probably\s+)?[\"“]?(?:under|below|fewer\s+than|less\s+than|closer\s+to)?)"
    r"\s*" + QUALIFIED + r"$",
    re.IGNORECASE,
)


def figure_again(
    sentence: str, n: NumberMention, previous: Figure | None, context: str | None
) -> str | None:
    """The category of the count ``n`` gives again: the count before it in the sentence
    (``previous``), else the last of the sentence before (``context``); None when ``n`` is
    no such count or the count is no toll of people."""
    window = sentence[max(0, n.start - 50) : n.start]
    # (a quick first test: the pattern ends in "at" or "to" and a qualifier)
    if (
        " at " not in window
        and " to " not in window
        and " was " not in window
        and " is " not in window
        and " from " not in window
    ) or not _FIGURE_AGAIN_BEFORE.search(window):
        return None
    again = previous.category if previous is not None else context
    return again if again in PEOPLE_COUNTS else None


# "the 13", "all 20", "all the three women": a count named again, definite
_NAMED_AGAIN = re.compile(
    r"(?:\b[Tt]he|\b[Aa]ll|\b[Aa]ll\s+the|\b[Aa]ll\s+of\s+the|\b[Tt]hose|\b[Tt]hese)\s+$"
)
_AGAIN_GAP = 1600  # characters back to the count named first
# what belongs to the people counted, not the people: "so happy for the 20 | families"
_THEIR_KIN = re.compile(r"\s+(?:families|relatives|parents|mothers|fathers|homes|houses|names)\b")
_AGAIN_KINDS = frozenset({"hostages_released", "hostages_held", "prisoners_released", "killed"})


def counted_again(text: str, rows: list[dict]) -> None:
    """Give a count of no category that names captives or dead counted before ("Hamas freed
    11 hostages on Friday. Hospitals said all 11 were in stable condition", "these six
    would be alive") their category and scope, in place (the gold sets count the same
    people again)."""
    for i, row in enumerate(rows):
        if row["category"] != "other" or row["value"] >= 1000:
            continue
        at = row["char_start"]
        if not _NAMED_AGAIN.search(text, max(0, at - 16), at) or _THEIR_KIN.match(
            text, row["char_end"]
        ):
            continue  # (not "the 20 families": the captives' kin)
        for before in reversed(rows[:i]):
            if at - before["char_start"] > _AGAIN_GAP:
                break
            if before["value"] == row["value"] and before["category"] in _AGAIN_KINDS:
                row["category"], row["scope"] = before["category"], before["scope"]
                _parts_after(text, rows, i)
                _part_beside(text, rows, i)
                break


# "33 | of the | 39 were minors": a part of the count named again, before it
_PART_OF_THE = re.compile(r"\s+of\s+(?:the|those|these)\s+")


def _part_beside(text: str, rows: list[dict], i: int) -> None:
    """Give the part of ``rows[i]`` counted right before it ("33 of the 39 were minors") or
    after it ("Of the 300, 33 are women") its category and scope, in place."""
    whole = rows[i]
    part = rows[i - 1] if i else None
    if (
        part is not None
        and part["category"] == "other"
        and _PART_OF_THE.fullmatch(text, part["char_end"], whole["char_start"])
    ):
        part["category"], part["scope"] = whole["category"], whole["scope"]
    # ("Of the 300, 33 are women": the whole first, the part after the comma)
    part = rows[i + 1] if i + 1 < len(rows) else None
    if (
        part is not None
        and part["category"] == "other"
        and text[max(0, whole["char_start"] - 7) : whole["char_start"]].lower() == "of the "
        and text[whole["char_end"] : part["char_start"]].strip() == ","
    ):
        part["category"], part["scope"] = whole["category"], whole["scope"]


# "the 90 were | 69 women | and | 21 minors": the parts a count named again is made of
_MADE_OF = re.compile(r"\s+(?:were|are)\s+")
_NEXT_PART = re.compile(r"(?:\s+[a-z]+){1,2}(?:,\s+|\s+and\s+|,\s+and\s+)")


def _parts_after(text: str, rows: list[dict], i: int) -> None:
    """Give the parts listed after ``rows[i]`` ("the 90 were 69 women and 21 minors") its
    category and scope, in place."""
    whole, last, joiner = rows[i], rows[i], _MADE_OF
    for part in rows[i + 1 :]:
        if part["category"] != "other" or not joiner.fullmatch(
            text, last["char_end"], part["char_start"]
        ):
            return
        part["category"], part["scope"] = whole["category"], whole["scope"]
        last, joiner = part, _NEXT_PART
