"""How a statement's passage grows past the sentence of its cue: the sentences before the
cue in its paragraph ("A. B. C, he explained."), a quotation left open at its paragraph's
end, a bare quotation that follows the statement, and a passage the speaker repeats.
Helpers of :mod:`corpus.statements`, which keeps one row per speaker and verb.

>>> is_direct('the truce was "fragile"'), is_direct("it was fragile")
(True, False)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

__all__ = [
    "OPENING_QUOTES",
    "extend",
    "extend_back",
    "is_direct",
    "left_open",
    "prepend",
    "repeated",
]

_QUOTED_WORDS = re.compile(r"[\"“”‘]|(?<![\w’'])'[^'\n]{1,80}'(?![\w’'])")


def is_direct(quote: str) -> bool:
    """Whether any quotation mark stands in ``quote`` (the annotation guide's rule 5)."""
    # a double or opening single quotation mark anywhere decides it without a regex scan;
    # only apostrophes ("'...'" quoting, or "it's") need the regular expression
    if '"' in quote or "“" in quote or "”" in quote or "‘" in quote:
        return True
    if quote.count("'") < 2:
        return False  # a quotation in single marks needs two
    # the search starts at the first mark: no match can start before it
    return bool(_QUOTED_WORDS.search(quote, quote.index("'")))


def repeated(row: dict, seen: dict[str, list[dict]]) -> bool:
    """Whether the speaker's earlier rows (``seen``) hold this row's passage, or it theirs."""
    earlier = seen.get(row["speaker"])
    if not earlier:
        return False  # most speakers are new to the article
    flat = _flat(row["quote"])
    return bool(flat.strip()) and any(
        flat in _flat(r["quote"]) or _flat(r["quote"]) in flat for r in earlier
    )


_WORDS = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _flat(s: str) -> str:
    return " " + " ".join(_WORDS.findall(s.lower())) + " "


def extend_back(text: str, row: dict, rows: list[dict], u0: int, paras: list) -> None:
    """'A. B. C, he explained.': the sentences before the cue in its paragraph are the quote."""
    if row["_side"] != "left" or row["char_start"] != u0 or row["_quote_start"] != u0:
        return
    if opens_with_quote(text, u0):
        return  # a quotation carries its own boundaries
    i = bisect_right(paras, (u0, len(text) + 1))  # paragraphs in text order
    para_start = paras[i - 1][0] if i else u0
    last_end = rows[-1]["char_end"] if rows else 0
    start = max(para_start, last_end)
    if start < u0 and text[start:u0].strip():
        start = start + len(text[start:u0]) - len(text[start:u0].lstrip())
        row["char_start"] = start
        row["text"] = text[start : row["char_end"]]
        row["quote"] = text[start:u0] + row["quote"]
        row["kind"] = "direct" if is_direct(row["quote"]) else row["kind"]


def left_open(text: str, u0: int, quotes: list[tuple[int, int]]) -> bool:
    """True when a quotation opening at ``u0`` is not closed before its paragraph ends."""
    if not opens_with_quote(text, u0):
        return False
    for q0, q1 in quotes:
        if q0 == u0:
            return text[q1 - 1 : q1] not in ('"', "”")
        if q0 > u0:
            break
    return False


def prepend(text: str, row: dict, pending: tuple[int, int]) -> None:
    """'"A. B.\n\n"C," she said.': the open paragraph before is part of the quote."""
    if row["char_start"] <= pending[0]:
        return
    row["quote"] = text[pending[0] : pending[1]] + "\n\n" + row["quote"]
    row["char_start"] = pending[0]
    row["text"] = text[pending[0] : row["char_end"]]
    row["kind"] = "direct"


OPENING_QUOTES = ("“", '"')


def opens_with_quote(text: str, u0: int) -> bool:
    """Whether the unit at ``u0`` opens with a quotation mark."""
    return text[u0 : u0 + 1] in OPENING_QUOTES


def extend(text: str, row: dict, start: int, end: int) -> None:
    """A bare quotation (``start``:``end``) joins the statement before it."""
    row["char_end"] = end
    row["text"] = text[row["char_start"] : end]
    row["quote"] = (row["quote"] + " " + text[start:end]).strip()
    row["_quote_end"] = end
    row["kind"] = "direct" if is_direct(row["quote"]) else row["kind"]
