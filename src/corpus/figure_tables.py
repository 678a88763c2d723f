"""Rows of a table or a list that a page turned into text: a label, then its numbers
("Hygiene kits: 1,500", "Kerem Shalom — 3,126 — 223"). A row is no heading, and a number
with no word of its own counts what the table's caption names ("Trucks entering the Gaza
Strip by crossing point, 1–28 May 2024"). Helpers of :func:`corpus.figures.article_figures`.

>>> text = "Trucks entering Gaza by crossing, May 2024\\nKerem Shalom: 1,242\\nErez: 512"
>>> from corpus.text import paragraphs
>>> paras = paragraphs(text)
>>> is_data_row(text[paras[1][0] : paras[1][1]]), caption_category(text, paras, 2)
(True, 'aid')
"""

from __future__ import annotations

import re

from corpus.figure_checks import sentence_cues

__all__ = ["caption_category", "is_data_row"]

# a label, then its numbers (separated by a colon, a dash or a pipe), perhaps a note
_DATA_ROW = re.compile(
    # (a note in brackets may hold digits: "Zikim (from 12 Nov) — 412 — 82")
    r"[A-Z](?:[^:|—–\d()]|\([^)]{0,40}\)){1,60}(?::|\s[—–|])\s*(?:about\s+|some\s+|over\s+)?\d[\d,.]*"
    r"(?:\s*[—–|]\s*\d[\d,.]*)*\s*(?:\([^)]*\))?"
)
# what a table's caption may count: things, or people in a state
_CAPTION_KINDS = ("aid", "military", "money", "killed", "injured", "displaced", "missing")
_CAPTION_LINES = 3  # lines above the rows: a caption, the columns' names, a blank
_CAPTION_CHARS = 160


def is_data_row(line: str) -> bool:
    """Whether ``line`` (stripped) is a label and its numbers."""
    return len(line) <= 120 and _DATA_ROW.fullmatch(line) is not None


def caption_category(text: str, paras: list[tuple[int, int]], p: int) -> str | None:
    """The category the caption over the rows that paragraph ``p`` belongs to names, or
    None: walking up over the rows, then up to three short lines."""
    i = p - 1
    while i >= 0 and is_data_row(text[paras[i][0] : paras[i][1]].strip()):
        i -= 1
    for j in range(i, max(-1, i - _CAPTION_LINES), -1):
        line = text[paras[j][0] : paras[j][1]].strip()
        if len(line) > _CAPTION_CHARS or line.endswith("."):
            return None  # prose: no caption
        kinds = [kind for _, _, kind, _ in sentence_cues(line).categories]
        found = next((k for k in kinds if k in _CAPTION_KINDS), None)
        if found is not None:
            return found
    return None
