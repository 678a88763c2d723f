"""Rows of a table or a list that a page turned into text: a label, then its numbers
("Hygiene kits: 1,500", "Kerem Shalom — 3,126 — 223"). A row is no heading, and a number
with no word of its own counts what the table's caption names ("Trucks entering the Gaza
Strip by crossing point, 1–28 May 2024"). A Markdown table's row ("| 1 | Fri, Nov 24 | 24 |
39 |") counts, cell by cell, what its column's name says ("Hostages freed"). Helpers of
:func:`corpus.figures.article_figures`.

>>> text = "Trucks entering Gaza by crossing, May 2024\\nKerem Shalom: 1,242\\nErez: 512"
>>> from corpus.text import paragraphs
>>> paras = paragraphs(text)
>>> is_data_row(text[paras[1][0] : paras[1][1]]), caption(text, paras, 2)
(True, ('aid', False))
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from corpus.figure_captives import PEOPLE_COUNTS
from corpus.figure_cues import sentence_cues
from corpus.layout_rules import LABEL_VALUE_ROW
from corpus.numbers import NumberMention, find_numbers

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = ["caption", "is_data_row", "paragraph_is_row", "pipe_row_figures", "table_row"]

# a label, then its numbers (separated by a colon, a dash or a pipe), perhaps a note
_DATA_ROW = re.compile(
    # (a note in brackets may hold digits: "Zikim (from 12 Nov) — 412 — 82")
    r"[A-Z](?:[^:|—–\d()]|\([^)]{0,40}\)){1,60}(?::|\s[—–|])\s*(?:about\s+|some\s+|over\s+)?\d[\d,.]*"
    r"(?:\s*[—–|]\s*\d[\d,.]*)*\s*(?:\([^)]*\))?"
)
# what a table's caption may count: things, or people in a state
_CAPTION_KINDS = ("aid", "military", "money", "killed", "injured", "displaced", "missing")
_CAPTION_LINES = 3  # lines above the rows: a caption, perhaps the columns' names and a note
_CAPTION_CHARS = 160
_ROW_CHARS = 120


def is_data_row(line: str) -> bool:
    """Whether ``line`` (stripped) is a label and its numbers."""
    return len(line) <= _ROW_CHARS and _DATA_ROW.fullmatch(line) is not None


def paragraph_is_row(text: str, para: tuple[int, int]) -> bool:
    """:func:`is_data_row` of the paragraph ``para`` of ``text``, without copying a long one."""
    a, b = para
    return b - a <= 2 * _ROW_CHARS and is_data_row(text[a:b].strip())


def caption(text: str, paras: list[tuple[int, int]], p: int) -> tuple[str | None, bool]:
    """What the caption over the rows that paragraph ``p`` belongs to says: the category
    it names (or None), and whether it dates the rows to one period or one load ("1–28 May
    2024", "its cargo included:"), which makes each row one event's count. Walks up over
    the rows, then up to three short lines."""
    i = p - 1
    while i >= 0 and paragraph_is_row(text, paras[i]):
        i -= 1
    kind, period = None, False
    for j in range(i, max(-1, i - _CAPTION_LINES), -1):
        line = text[paras[j][0] : paras[j][1]].strip()
        if line.endswith(":"):
            line = line[line.rfind(". ") + 1 :].strip()  # "... Its cargo included:": the last
        if len(line) > _CAPTION_CHARS or line.endswith("."):
            break  # prose: no caption
        period = period or _PERIOD.search(line) is not None
        if kind is None:
            kinds = [k for _, _, k, _ in sentence_cues(line).categories]
            kind = next((k for k in kinds if k in _CAPTION_KINDS), None)
    return kind, period


_PERIOD = re.compile(
    r"\b\d{1,2}\s*[–-]\s*\d{1,2}\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+\d{1,2}\s*[–-]\s*\d{1,2}\b"
    r"|\b(?:cargo|convoy|shipment|consignment|airlift|delivery)\b[^.]*:$"
)


# a column that numbers or dates the rows: its numbers count nothing
_INDEX_COLUMN = re.compile(
    r"(?:#|no\.?|number|day|date|week|month|year|time|rank|id|row|phase|round|stage)", re.I
)


def _cells(line: str) -> list[str] | None:
    """The cells of a Markdown table's row ("| a | b |"), or None."""
    line = line.strip()
    if len(line) < 5 or not (line.startswith("|") and line.endswith("|")):
        return None
    cells = [c.strip() for c in line[1:-1].split("|")]
    return cells if len(cells) >= 2 else None


def _header(text: str, line_start: int, width: int) -> list[str] | None:
    """The names of the columns of the table whose row starts at ``line_start``: the
    nearest row above with no digit (past the dashes that underline it), as wide as it."""
    end = line_start - 1
    for _ in range(60):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        cells = _cells(text[start:end])
        if cells is None:
            return None  # (the table began below)
        if (
            len(cells) == width
            and not any(ch.isdigit() for c in cells for ch in c)
            and not all(set(c) <= set("-: ") for c in cells)  # (not |-----|------|)
        ):
            return cells
        end = start - 1
    return None


def table_row(text: str, s0: int) -> tuple[int, str, list[str]] | None:
    """(line start, row, column names) of the Markdown table's row that the sentence at
    ``s0`` is, or None when it is no row of a table with a header."""
    if text[s0 : s0 + 1] != "|":
        return None  # (the quick test: most sentences)
    line_start = text.rfind("\n", 0, s0) + 1
    line_end = text.find("\n", s0)
    row = text[line_start : line_end if line_end >= 0 else len(text)]
    cells = _cells(row)
    header = _header(text, line_start, len(cells)) if cells else None
    return None if header is None else (line_start, row, header)


def pipe_row_figures(
    table: tuple[int, str, list[str]],
    s0: int,
    numbers: tuple[NumberMention, ...],
    figures_of: Callable[..., tuple[Figure, ...]],
) -> list[Figure]:
    """The figures of a Markdown table's row (``table``, what :func:`table_row` gives for the
    sentence at ``s0``; its ``numbers`` offset from ``s0``), each classified as "<number>
    <column name>" would be."""
    line_start, row, header = table
    out = []
    for n in numbers:
        column = row.count("|", 0, s0 - line_start + n.start) - 1
        if not 0 <= column < len(header) or _INDEX_COLUMN.fullmatch(header[column] or "#"):
            continue
        named = _named_by(n.text, header[column], figures_of)
        if named is not None:
            out.append(named._replace(start=n.start, end=n.end))
    return out


def _named_by(
    number: str, words: str, figures_of: Callable[..., tuple[Figure, ...]]
) -> Figure | None:
    """The figure "<number> <words>" gives, as a column's or a label's name counts it."""
    phrase = f"{number} {words}"
    named = figures_of(phrase, tuple(find_numbers(phrase)[:1]))
    return named[0] if named and named[0].start == 0 else None


def as_labelled(
    sentence: str, found: tuple[Figure, ...], figures_of: Callable[..., tuple[Figure, ...]]
) -> tuple[Figure, ...]:
    """A fact list's row counts what its label names: in "Hostages released in exchanges or
    other deals: 141, of whom 4 were dead" the 141 are released hostages, as "141 hostages
    released in exchanges or other deals" would be, whatever the words after the count."""
    row = LABEL_VALUE_ROW.match(sentence)
    if row is None or not found:
        return found
    colon = sentence.index(":")
    head = next((f for f in found if f.start > colon), None)
    if head is None or sentence[colon + 1 : head.start].strip(" :"):
        return found  # (a qualifier before the count: the count's own words decide)
    if not sentence.startswith(", ", head.end):
        return found  # (nothing after the count but a note: its label alone decided it)
    label = sentence[:colon].strip()
    said = _named_by(head.value_text, label[0].lower() + label[1:], figures_of)
    if said is None or said.category not in PEOPLE_COUNTS:
        return found
    return tuple(
        f._replace(category=said.category, scope=said.scope) if f is head else f for f in found
    )
