"""Where quotations and sentence units are: the spans the statements stage reads.

A unit is a sentence, or several when a quotation runs across their boundary, so a
cue and the quote it introduces are read together.

>>> text = '"We will not stop. Never," he said. Talks resumed.'
>>> [text[a:b] for a, b in units(text)]
['"We will not stop. Never," he said.', 'Talks resumed.']
"""

from __future__ import annotations

from corpus.text import paragraphs, sentences

__all__ = ["MAX_UNIT", "quote_spans", "units", "with_double_quotes"]

MAX_UNIT = 1500


def quote_spans(text: str, paras: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Spans of quotations (curly or straight double quotes), marks included.

    ``paras`` are the text's paragraph spans when the caller has them already.

    A quotation may run over a line break; one left open at a paragraph's end
    whose next paragraph opens a new quotation continues there (newspaper style).
    """
    spans = []
    opened: int | None = None
    para_ends = {e for _s, e in (paragraphs(text) if paras is None else paras)}
    for i, ch in _marks(text, '"“”'):
        if opened is None:
            if ch in '“"':
                opened = i
            continue
        if ch == "“" or (ch == '"' and _looks_opening(text, i)):
            # a new opening before a close: the previous quote ran to its paragraph end
            end = min((e for e in para_ends if e > opened), default=i)
            if end < i:
                spans.append((opened, end))
                opened = i
                continue
        spans.append((opened, i + 1))
        opened = None
    if opened is not None:
        end = min((e for e in para_ends if e > opened), default=len(text))
        spans.append((opened, end))
    return spans


def _marks(text: str, chars: str) -> list[tuple[int, str]]:
    """(position, char) of each of ``chars`` in ``text``, in text order.

    str.find per character: several times faster than a regular expression scan.
    """
    found = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            found.append((i, ch))
            i = text.find(ch, i + 1)
    found.sort()
    return found


def _looks_opening(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isspace() and not after.isspace()


def units(
    text: str,
    quotes: list[tuple[int, int]] | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int]]:
    """Sentence spans (``spans``: ``sentences(text)`` when known), merged where a
    quotation crosses a sentence boundary."""
    spans = sentences(text) if spans is None else spans
    if not spans:
        return []
    quotes = quote_spans(text) if quotes is None else quotes
    out: list[tuple[int, int]] = []
    qi = 0
    n_quotes = len(quotes)
    it = iter(spans)
    u0, u1 = next(it)  # the unit being built
    for s, e in it:
        while qi < n_quotes and quotes[qi][1] <= u1:
            qi += 1
        # quotes come in text order: when the next one opens after this unit, none crosses
        crossing = (
            qi < n_quotes
            and quotes[qi][0] < u1
            and any(q0 < u1 and q1 > s for q0, q1 in quotes[qi : qi + 3])
        )
        if crossing and e - u0 <= MAX_UNIT:  # a longer "quote" is an unbalanced mark
            u1 = e
            continue
        _add_unit(text, u0, u1, out)
        u0, u1 = s, e
    _add_unit(text, u0, u1, out)
    return out


def _add_unit(text: str, u0: int, u1: int, out: list[tuple[int, int]]) -> None:
    if u1 - u0 > MAX_UNIT:
        out.extend(_chunks(text, u0, u1))
    else:
        out.append((u0, u1))


def _chunks(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A run-on 'sentence' longer than MAX_UNIT (scraped junk) in pieces cut at spaces.

    Keeps the per-unit work bounded, so a page without punctuation cannot stall a run.
    """
    pieces = []
    while e - s > MAX_UNIT:
        cut = text.rfind(" ", s + MAX_UNIT // 2, s + MAX_UNIT)
        cut = cut if cut > s else s + MAX_UNIT
        pieces.append((s, cut))
        s = cut + 1 if text[cut : cut + 1] == " " else cut
    pieces.append((s, e))
    return pieces


# Quotations in single marks, as British papers print them ("'This is a sad and painful
# incident,' he said."): an opening mark after a space or a bracket and before a word; a
# closing mark after punctuation, or before punctuation or the line's end (not the
# apostrophe of "the hostages' families", nor of "Hamas's").
_OPENERS = frozenset(" \n\t([—–:")
_CLOSE_AFTER = frozenset(",.?!…")
_CLOSE_BEFORE = frozenset(".,;:?!)\n")
_TO_DOUBLE = {"'": '"', "‘": "“", "’": "”"}
MIN_SINGLE_QUOTES = 2  # pairs a text needs before its single marks are read as quotations


def with_double_quotes(text: str) -> str:
    """``text`` with its quotations in single marks set in double marks, character for
    character (offsets stay valid), when it prints no double marks and at least
    :data:`MIN_SINGLE_QUOTES` such quotations; otherwise ``text`` itself.

    >>> with_double_quotes("'We will win,' he said. 'Never,' she replied.")
    '"We will win," he said. "Never," she replied.'
    """
    if '"' in text or "“" in text or "”" in text or ("'" not in text and "‘" not in text):
        return text
    pairs, opened = [], None
    for i, ch in _marks(text, "'‘’"):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else "\n"
        if opened is None:
            if ch != "’" and before in _OPENERS and after.isalnum():
                opened = i
        elif (
            ch != "‘"
            and not before.isspace()
            and (before in _CLOSE_AFTER or after in _CLOSE_BEFORE)
        ):
            pairs.append((opened, i))
            opened = None
        elif before in _OPENERS and after.isalnum() and ch != "’":
            opened = i  # (the mark before was an apostrophe: this one opens)
    if len(pairs) < MIN_SINGLE_QUOTES:
        return text
    chars = list(text)
    for a, b in pairs:
        chars[a], chars[b] = _TO_DOUBLE[chars[a]], _TO_DOUBLE[chars[b]]
    return "".join(chars)
