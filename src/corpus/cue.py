"""One reporting cue found in a text: who is said to say what, and where (offsets); and
the statement row a cue (or a transcript turn) yields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from corpus.speakers import Speaker


@dataclass(slots=True)
class Cue:
    """One reporting cue: speaker span, verb lemma and reported content (article offsets)."""

    verb: str
    verb_start: int
    verb_end: int
    subj_start: int
    subj_end: int
    side: str  # "right": content follows the cue; "left": content precedes it
    content_start: int
    content_end: int
    appositive: str | None = None
    via: str | None = None  # phrase of an outlet that only relays
    pattern: str = "verb"
    clause_subject: bool = False  # speaker is the clause subject (participle, "and said")


def statement_row(
    text: str,
    speaker: Speaker,
    mention: str,
    quote: tuple[int, int],
    span: tuple[int, int],
    *,
    verb: str,
    kind: str,
    via: str | None = None,
    order: int = 0,
    side: str = "right",
) -> dict:
    """A statement row (without its id) of ``text``: the reported content at ``quote`` and
    the unit it stands in at ``span`` (article offsets). The "_" keys serve the ordering
    and joining in :func:`corpus.statements.article_statements` and are dropped there."""
    a, b = quote
    start, end = span
    return {
        "speaker": speaker.name,
        "speaker_mention": mention,
        "speaker_type": speaker.type,
        "role": speaker.role,
        "affiliation": speaker.affiliation,
        "via": via,
        "verb": verb,
        "kind": kind,
        "quote": text[a:b],
        "text": text[start:end],
        "char_start": start,
        "char_end": end,
        "_order": order,
        "_quote_end": b,
        "_quote_start": a,
        "_side": side,
    }


def turn_row(text: str, speaker: Speaker, label: re.Match[str], start: int, end: int) -> dict:
    """The statement of a labelled turn ("AMIR DAHAN: ...", "A: ...", a member's name in a
    debate): what ``speaker`` says directly from ``start`` to ``end``, in the unit from the
    label (its group "label") to ``end``."""
    return statement_row(
        text, speaker, label["label"], (start, end), (label.start(), end), verb="say", kind="direct"
    )
