"""Adverbials around a speaker phrase: what stands between a subject and its verb, and
what opens a clause before its subject.

:func:`strip_adverbials` drops auxiliaries and time phrases before a reporting verb
("Hamas has also said on Monday" -> "Hamas"); :func:`opening_end` skips an opening
phrase ("In a statement on Saturday, "); :func:`clause_subject` finds the subject of a
clause whose verb is a participle or a second verb ("X said ..., adding that").
"""

from __future__ import annotations

import re

from corpus.appositives import LIST_REST, LISTED_NAME, role_before
from corpus.phrase_words import CLAUSE_OPENERS
from corpus.phrases import forward_np
from corpus.subject_asides import ADVERBIAL_END
from corpus.text import UPPER

# Every word in ADVERBIAL_END: the last word of the context must be one for a match.
_ADVERBIAL_LAST = frozenset(re.findall(r"[A-Za-z]+", ADVERBIAL_END.pattern)) | {"X"}
# a date in brackets after a day: "on Monday (March 31)"
_DATE_IN_BRACKETS = re.compile(
    r"\s*\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s+\d{4})?\)[\s,]*$"
)


def strip_adverbials(text: str, lo: int, hi: int) -> int:
    """End of the left context once trailing auxiliaries and time phrases are removed."""
    while hi > lo:
        # cheap test first: only a word that can end an adverbial is worth a regex search
        tail = text[max(lo, hi - 24) : hi].rstrip(" ,")
        if tail.endswith(")"):  # "The United Nations on Monday (March 31) accused"
            paren = _DATE_IN_BRACKETS.search(text, max(lo, hi - 24), hi)
            if paren:
                hi = paren.start()
                continue
        last = tail[tail.rfind(" ") + 1 :]
        words = tail.split()
        if (
            last.isupper()
            and last.lower() in _ADVERBIAL_LAST
            and words[-2:-1]
            and words[-2].isupper()
        ):
            # "THE TÁNAISTE HAS said": an opening set in capitals
            window = max(lo, hi - 60)
            m = ADVERBIAL_END.search(text[window:hi].lower())
            if not m or m.start() == m.end():
                break
            hi = window + m.start()
            continue
        if last not in _ADVERBIAL_LAST and not last.isdigit():
            break
        m = ADVERBIAL_END.search(text, max(lo, hi - 60), hi)
        if not m or m.start() == m.end():
            break
        # a comma before the adverbial closes an appositive: keep it ("X, a doctor, has said"),
        # unless the adverbial is itself between commas ("Hamas, on Monday, said")
        closed = text[m.start()] == "," and text[m.start() : m.end()].rstrip()[-1:] != ","
        hi = m.start() + 1 if closed else m.start()
    return hi


# a name set off after a role: ", Jake Wood,"
_NAME_AFTER_ROLE = re.compile(rf",\s+(?P<name>(?:[{UPPER}][\w.'’-]+\s+){{1,3}}[{UPPER}][\w'’-]+),")
# An opening adverbial before a clause's subject: "In a statement on Saturday, ".
# an opening phrase of up to a dozen words ("At a peace summit in Cairo on Saturday, ")
_CLAUSE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[^\s,]+){0,11},\s+)?")
# words that open such a phrase, besides CLAUSE_OPENERS
_OPENING_WORDS = frozenset(
    {"Following", "During", "Ahead", "At", "Speaking", "Addressing", "Asked", "Amid", "Under"}
)
_SPACE_OR_COMMA = re.compile(r"[\s,]")


def opening_end(text: str, u0: int, v0: int) -> int:
    """Where the clause's subject may start after an opening adverbial ("In a statement on
    Saturday, ..."); ``u0`` when the clause opens with none."""
    m = _CLAUSE_OPENING.match(text, u0, v0)
    if m and m.end() > u0 and text[u0 : m.end()].rstrip().endswith(","):
        first = text[u0 : m.end()].split()[0]
        if first in CLAUSE_OPENERS or first in _OPENING_WORDS:
            return m.end()
    return u0


def clause_subject(text: str, u0: int, v0: int) -> tuple[int, int] | None:
    """The subject at the start of the clause holding ``v0`` (for participles and
    coordinated verbs: "X said ..., adding that", "X arrived and warned that")."""
    np = forward_np(text, opening_end(text, u0, v0), v0)
    if np is None or text[np[0] : np[1]].split()[0] in CLAUSE_OPENERS:
        return None
    after = text[np[1] : v0]
    # the subject must be followed by its own verb, not be a fragment of a title
    if not _SPACE_OR_COMMA.match(after[:1] or " "):
        return None
    named = _NAME_AFTER_ROLE.match(after) if after[:1] == "," else None
    if named and role_before(text, u0, np[1]) is not None:
        # "Its executive director, Jake Wood, resigned on Sunday, saying ...": the name
        return np[1] + named.start("name"), np[1] + named.end("name")
    listed = LIST_REST.match(text, np[1], v0)
    if listed and LISTED_NAME.fullmatch(text[np[0] : np[1]]):
        # "Qatar, Egypt and the United States invited both sides ..., saying": all three
        return np[0], listed.end()
    return np
