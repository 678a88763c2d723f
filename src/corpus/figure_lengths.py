"""Lengths that count nothing of the war: a clip's seconds, a speaker's minutes in a debate and
a page's reading time. A helper of :mod:`corpus.figure_checks`.

>>> from corpus.numbers import find_numbers
>>> s = "Chairman Mast: Dr. Shavit, you are recognized for 5 minutes."
>>> [untold_length(s, n) for n in find_numbers(s)]
[True]
"""

from __future__ import annotations

import re

from corpus.numbers import NumberMention

__all__ = ["is_furniture", "untold_length"]

# what a length in seconds measures when it is a clip's ("a 42-second video")
CLIP_NOUNS = (
    "video",
    "videos",
    "clip",
    "clips",
    "footage",
    "recording",
    "audio",
    "voice message",
    "voice note",
    "film",
    "segment",
    "trailer",
)
# a chair giving the floor ("you are recognized for 5 minutes", "I will call Emma Sheerin to
# speak for up to three minutes", "Speaking time is limited to 3 minutes", "The rapporteur has 7
# minutes now and 3 minutes at the end"; the read gold sets annotate none of seven)
FLOOR_GIVERS = (
    r"\b(?:speak|talk)\s+for",
    r"\bspeaking\s+time\s+is\s+limited\s+to",
    r"\brecogni[sz]ed?\s+(?:myself\s+)?for",
    r"\b(?:rapporteur|members|deputy\s+[A-Z][\w'’-]+|senator\s+[A-Z][\w'’-]+)\s+"
    r"(?:will\s+(?:also\s+)?)?(?:has|have)",
)

_CLIP_AFTER = re.compile(
    rf"-?\s*seconds?[\s-]+(?:long\s+)?(?:{'|'.join(CLIP_NOUNS)})\b", re.IGNORECASE
)
_MINUTES_AFTER = re.compile(r"(?:\s*[-–]\s*\d{1,2})?\s+minutes?\b")
_FLOOR = re.compile(
    rf"(?:{'|'.join(FLOOR_GIVERS)})\s+(?:up\s+to\s+)?\S+\s+minutes?"
    r"(?:\s+(?:now\s+)?and\s+\S+\s+minutes?)?",
    re.IGNORECASE,
)
# "Deputy McDonald has one minute.", "You have 3 minutes.": a chair's turn on its own
_FLOOR_TURN = re.compile(
    r"^(?:(?:Deputy|Senator|Member|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|You)\s+(?:has|have)\s+"
    r"(?:up\s+to\s+)?\S+\s+minutes?\.?$"
)
# a reading-time widget on a line of its own: "5–6 minutes", "4 min read"
_READING_TIME_LINE = re.compile(
    r"^\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:minutes?|mins?)(?:\s+read)?\s*$", re.IGNORECASE
)
_RANGE_START = re.compile(r"\d{1,2}\s*[-–]\s*$")


# a distance told as a travel time: "16 km away, or a 30-minute drive"
_TRAVEL_TIME = re.compile(
    r"[-\s](?:minute|hour)s?['’]?[-\s](?:drive|walk|ride|commute|stroll|bus\s+ride)\b", re.I
)


def untold_length(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is a clip's length in seconds ("a 42-second video"), a speaker's time
    in a debate ("You have 3 minutes."), a reading time on a line of its own ("5–6 minutes")
    or a travel time ("a 30-minute drive")."""
    if sentence.startswith(("-", " "), n.end) and _TRAVEL_TIME.match(sentence, n.end):
        return True
    if sentence.startswith(("-second", " second"), n.end) and _CLIP_AFTER.match(sentence, n.end):
        return True
    if not _MINUTES_AFTER.match(sentence, n.end):
        return False
    if len(sentence) < 40 and (
        _READING_TIME_LINE.match(sentence) or _FLOOR_TURN.match(sentence.strip())
    ):
        return True
    return any(m.start() < n.start < m.end() for m in _FLOOR.finditer(sentence))


def is_furniture(sentence: str, n: NumberMention, cues: tuple[str, ...]) -> bool:
    """'Reading time: 4 minutes', 'Estimated read time: 5-6 minutes': page furniture, not a
    count (near a line's start)."""
    if n.start > 30 or n.start < 4:
        return False
    before = sentence[: n.start]
    start = _RANGE_START.search(before)
    if start:
        before = before[: start.start()]  # ("5-6 minutes": the range's second end)
    return before.rstrip(" :").lower().endswith(cues)
