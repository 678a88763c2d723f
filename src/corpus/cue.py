"""One reporting cue found in a text: who is said to say what, and where (offsets)."""

from __future__ import annotations

from dataclasses import dataclass


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
