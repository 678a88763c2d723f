"""Counts that are part of a count the sentence gives further on.

"Eight Canadians were among the roughly 1,200 people killed" counts dead Canadians;
"Two of them, Yocheved Lifshitz, 85, and Nurit Cooper, 79, were freed" counts freed
captives: the verb that decides stands past the other count, or past the names the part
is given, beyond the number's own clause. :func:`part_kind` finds it.
"""

from __future__ import annotations

import re

from corpus.figure_captives import release_side
from corpus.figure_clauses import nearest
from corpus.figure_scope import CASUALTY_KINDS
from corpus.numbers import NumberMention

# "Two of them, <names or a description>, were freed"
_OF_THEM_NAMED = re.compile(
    r"\s+of\s+(?:them|those|whom),\s+[^.;:]{3,120}?,\s+(?:were|was|have\s+been|had\s+been)\s+"
)
# "Eight Canadians were among the roughly 1,200 people killed"
_AMONG = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?"
    r"(?:(?:believed|thought|feared|said|known)\s+to\s+be\s+)?among\s+"
    r"(?:the\s+)?"
)
# "listed 7,797 children and 4,959 women among 24,686 identified dead": parts, with no verb
# of their own, of the whole after "among"
_LISTED_AMONG = re.compile(
    r"\s+[\w'’-]+(?:\s+[\w'’-]+)?"
    r"(?:(?:,|,?\s+and)\s+\d[\d,.]*\s+[\w'’-]+(?:\s+[\w'’-]+)?)*\s+among\s+(?:the\s+)?"
)
# the kinds of prisoners a release freed: "Of those, 250 were serving life sentences and
# 1,718 had been detained in Gaza during the war"
_PRISONER_PART = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:still\s+)?"
    r"(?:serving\s+(?:life|long|lengthy|sentences)|detained\s+(?:by\s+Israel\s+)?(?:in\s+Gaza\s+)?"
    r"(?:during|since|after|without|in\s+the\s+war))",
    re.IGNORECASE,
)
_RELEASE_WORDS = re.compile(r"releas|freed|\bfree\b|prisoners|exchange", re.IGNORECASE)


def prisoners_part(sentence: str, n: NumberMention, previous, context: str | None) -> bool:
    """Whether ``n`` counts a kind of the prisoners a release freed ("Of those, 250 were
    serving life sentences and 1,718 had been detained in Gaza during the war"): the
    sentence, the count before it or the sentence before (``context``) tells of the release."""
    return (
        ("serving" in sentence or "detained" in sentence)
        and _PRISONER_PART.match(sentence, n.end) is not None
        and (
            _RELEASE_WORDS.search(sentence) is not None
            or "prisoners_released" in (getattr(previous, "category", None), context)
        )
    )


_NAMES_REACH = 30  # characters between the names and the verb that decides
_AMONG_REACH = 50  # ... and between "among the" and the fate of the whole
_CLAUSE_END = re.compile(r"[;:!?]|\.(?!\d)")


def part_kind(
    sentence: str, n: NumberMention, phrase: str | None, previous, categories: list
) -> str | None:
    """The category of a part named apart from its verb, else None (``categories``: the
    sentence's category cues, as :func:`corpus.figure_lexicon.Cues` holds them)."""
    named = _OF_THEM_NAMED.match(sentence, n.end) if " of " in sentence[n.end : n.end + 5] else None
    if named:
        kind = _cue_after(categories, n, ("release", *CASUALTY_KINDS), named.end(), _NAMES_REACH)
        if kind is not None:
            return release_side(sentence, n, phrase, previous) if kind == "release" else kind
    among = _AMONG.match(sentence, n.end) if "among" in sentence else None
    kinds = (*CASUALTY_KINDS, "held", "hostage")
    if among is None and "among" in sentence:
        # (with no verb, only the dead, the hurt and the captives: "5,000 parcels among the
        # displaced" are given to them)
        among = _LISTED_AMONG.match(sentence, n.end)
        kinds = ("killed", "injured", "missing", "held", "hostage")
    if among:
        # "About 10 Americans are believed to be among those held": captives still held
        # (the whole is in the same clause: not "among passengers; Gaza toll crosses 2,200")
        stop = _CLAUSE_END.search(sentence, among.end(), among.end() + _AMONG_REACH)
        reach = stop.start() - among.end() if stop else _AMONG_REACH
        kind = _cue_after(categories, n, kinds, among.end(), reach)
        return "hostages_held" if kind in ("held", "hostage") else kind
    return None


def _cue_after(categories: list, n: NumberMention, kinds, start: int, reach: int) -> str | None:
    # (all the sentence's cues: the decisive one lies past the count the part belongs to)
    return next(
        (k for _, k, s, _ in nearest(categories, n) if k in kinds and 0 <= s - start < reach), None
    )
