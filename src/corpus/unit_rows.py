"""A unit's statement rows: one per speaker, the reported content trimmed.

:func:`rows_of_unit` turns the speakers found in one unit (a sentence or a quotation
run) into rows: several cues of one speaker make one row spanning their content; a
right-side content stops where another speaker's cue begins; a bare "he continued."
takes the quotation before it; an outlet that relays becomes ``via``.
"""

from __future__ import annotations

import re

from corpus.cue import statement_row
from corpus.passages import is_direct
from corpus.relays import Found, role_start
from corpus.speaker_media import media_name

# No "^": ``match(text, a, b)`` anchors at ``a`` already, and "^" would only match at 0.
_LEAD_JUNK = re.compile(r"[\s,;:.\-–—]*(?:that\b\s*)?")  # (the conjunction: lower case)
_LEAD_FIRST = frozenset(",;:.-–—t")  # the characters a _LEAD_JUNK match can open with
_TRAIL_CHARS = ",;:-–—"


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    # most content opens with a word or a quotation mark: nothing for _LEAD_JUNK to take
    if text[a : a + 1] in _LEAD_FIRST or text[a : a + 1].isspace():
        a = _lead_junk_end(text, a, b)
    # trailing punctuation and spaces, without a regex search that rescans the content
    while b > a and (text[b - 1].isspace() or text[b - 1] in _TRAIL_CHARS):
        b -= 1
    tail = (
        _CLAUSE_LINK_END.search(text, max(a, b - 12), b)
        if text.endswith(_CLAUSE_LINK_WORDS, a, b)  # (most content: no regex call)
        else None
    )
    if tail:  # the content before another speaker's clause: "..., while" / "..., and"
        b = tail.start()
        while b > a and (text[b - 1].isspace() or text[b - 1] in _TRAIL_CHARS):
            b -= 1
    return a, max(a, b)


def _lead_junk_end(text: str, a: int, b: int) -> int:
    """``_LEAD_JUNK.match(text, a, b).end()``, read character by character."""
    while a < b and (text[a] in _JUNK_CHARS or text[a].isspace()):
        a += 1
    # (only the conjunction in lower case: "That attack killed 1,200 people, according to
    # ..." opens with a determiner)
    if b - a >= 4 and text[a : a + 4] == "that":
        after = text[a + 4 : a + 5] if a + 4 < b else ""
        if not (after.isalnum() or after == "_"):  # "\b" after "that"
            a += 4
            while a < b and text[a].isspace():
                a += 1
    return a


# the word that opens another speaker's clause after a comma ("..., while", "..., with")
_CLAUSE_LINK_WORDS = ("and", "but", "while", "whereas", "as", "with")
_CLAUSE_LINK_END = re.compile(rf",\s*(?:{'|'.join(_CLAUSE_LINK_WORDS)})$")
_JUNK_CHARS = ",;:.-–—"  # with white space, what _LEAD_JUNK takes before "that"


_WORD_CHAR = re.compile(r"\w")
_FOUR_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S+\s+\S")  # more than three words


def rows_of_unit(
    text: str, found: list[Found], u0: int, u1: int, pending: tuple[int, int] | None
) -> list[dict]:
    """One row per speaker of a unit; a bare 'he continued.' takes the quote before it."""
    if len(found) == 1:  # most units
        groups = [(found[0].speaker.name, found)]
    else:
        by_name: dict[str, list[Found]] = {}
        for f in found:
            by_name.setdefault(f.speaker.name, []).append(f)
        groups = list(by_name.items())
    rows = []
    for order, (name, group) in enumerate(groups):
        first = group[0]
        cue = first.cue
        if len(group) == 1:
            a, b = cue.content_start, cue.content_end
        else:
            a = min(f.cue.content_start for f in group)
            b = max(f.cue.content_end for f in group)
        if cue.side == "right" and len(groups) > 1:
            # the content stops where another speaker's cue begins ("..., Y say that ...")
            others = [
                f.cue.content_start
                if f.cue.pattern == "denial"
                else f.cue.verb_start  # (", and according to X, ...": before "according")
                if f.cue.pattern == "according" and f.cue.verb_start < f.cue.subj_start
                else role_start(text, f.cue)
                for f in found
                if f.speaker.name != name and a < f.cue.subj_start < b
            ]
            if others:
                b = min(others)
        # the reported content stops before the other speakers' cues in the unit
        a, b = _trim(text, a, b)
        start = u0
        if pending is not None and not _WORD_CHAR.search(text, a, b):
            a, b = _trim(text, pending[0], pending[1])  # '"...." / He continued.'
            start = pending[0]
        elif (
            cue.side == "right"
            and not _WORD_CHAR.search(text, a, b)
            and text[cue.verb_end : u1].strip()[:1] in (".", "")
            and text[max(u0, cue.subj_start - 6) : cue.subj_start].rstrip().endswith("what")
        ):
            continue  # "hard to square with what soldiers have described.": nothing said
        elif cue.side == "right" and not _FOUR_WORDS.match(text, a, b):
            # "The UN denies the allegation." / "X has rejected that characterization.":
            # keep the verb group
            gap = text[cue.subj_end : cue.verb_start]
            kept = gap.strip() and not gap.lstrip().startswith(",")  # (not ", who said")
            a = cue.subj_end + len(gap) - len(gap.lstrip()) if kept else cue.verb_start
        sp = first.speaker
        quote = text[a:b]
        all_left = cue.side == "left" and (
            len(group) == 1 or all(f.cue.side == "left" for f in group)
        )
        rows.append(
            statement_row(
                text,
                sp,
                first.mention,
                (a, b),
                (start, u1),
                verb=cue.verb,
                kind="direct" if is_direct(quote) else "indirect",
                via=_via(group) if len(group) > 1 or cue.via else None,
                order=order,
                side="left" if all_left else "right",
            )  # fmt: skip
        )
    return rows


def _via(group: list[Found]) -> str | None:
    for f in group:
        if f.cue.via:
            outlet = media_name(f.cue.via)
            if outlet:
                return outlet
            if f.cue.pattern in ("quoted", "citing", "verb", "inverted"):
                v = f.cue.via.strip()
                if (
                    v
                    and v[:1].isupper()
                    and v.split()[0].lower() not in ("reporters", "journalists")
                ):
                    return re.sub(r"^(?:The|the)\s+", "", v) if not media_name(v) else v
    return None
