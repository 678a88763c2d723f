"""Text repair and sentence spans.

News text arrives with the scars of scraping: sentences glued together
("on Sunday.Macron"), Windows line endings, no-break spaces, zero-width
characters. :func:`normalise` repairs these once, when an article is read, so
every later offset (``char_start`` / ``char_end``) points into the repaired
``articles.text``.

:func:`sentences` splits that text into sentence spans without changing it. It
is a rule-based splitter (abbreviation list, initials, dotted acronyms, quotes)
rather than NLTK's Punkt: Punkt would need a downloaded model, and the rules are
several times faster and easy to extend.

>>> text = normalise("Talks resumed on Sunday.Macron said the U.S. agreed.")
>>> [text[s:e] for s, e in sentences(text)]
['Talks resumed on Sunday.', 'Macron said the U.S. agreed.']
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from corpus.paths import package_data

# Characters that scrapers leave behind and that carry no meaning.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u3000"
# Unicode line and paragraph separators (and NEL) are line breaks too.
LINE_BREAKS = "\u2028\u2029\u0085\u000b\u000c"
# str.replace per character present: many times faster than str.translate with a dict.
_REPAIRS = (
    *((c, "") for c in INVISIBLE),
    *((c, " ") for c in SPACES),
    *((c, "\n") for c in LINE_BREAKS),
)

# "Sunday.Macron", "killed.The", "27,478.The", 'said."He' -> a space after the stop.
# (The stop comes first in the pattern so the scan only stops at . ! ?: several times faster.)
_GLUED = re.compile(r"[.!?](?<=[a-z0-9%)\]][.!?])[\"”’']?(?=[A-Z][a-z])")
# The same, one pattern per stop: a pattern opening with one literal character lets
# `re` find it several times faster than the class above. Most texts have no glued
# sentence, so these decide whether _GLUED.sub is needed.
_GLUED_EACH = tuple(
    re.compile(rf"\{stop}(?<=[a-z0-9%)\]]\{stop})[\"”’']?(?=[A-Z][a-z])") for stop in ".!?"
)


# KUNA and other wires close a story with "(end)" and the editors' initials
_END_MARK = re.compile(r"[ \t]*\((?:end|END)\)(?:[ \t]+[a-z]{1,4}(?:\.[a-z]{1,4})*)?[ \t]*$", re.M)


# an opening double quote after a word or its punctuation and before a space or the end of
# the line closes a quotation (an opening one comes after a space, before a word)
_CLOSE_TYPED_AS_OPEN = re.compile(r"(?<=[^\s“”\"(\[])“(?=[ \t\n]|$)")


def normalise(raw: str) -> str:
    """Repair scraped article text; idempotent.

    Unifies line endings (also U+2028, U+2029, NEL), turns exotic spaces into plain ones, drops invisible
    characters, puts a space into sentences glued at a full stop, drops a wire's end
    marks ("(end) mt.ag"), trims line ends and collapses runs of blank lines. Words and
    punctuation are otherwise kept.
    """
    # The checks first: most text needs neither step, and both are slow on long text.
    text = raw if unicodedata.is_normalized("NFC", raw) else unicodedata.normalize("NFC", raw)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char, repair in _REPAIRS:
        if char in text:
            text = text.replace(char, repair)
    if any(glued.search(text) for glued in _GLUED_EACH):
        text = _GLUED.sub(r"\g<0> ", text)
    if "“" in text:  # a closing mark typed as an opening one: '“... fighting,“ the official said'
        text = _CLOSE_TYPED_AS_OPEN.sub("”", text)
    if "(end)" in text or "(END)" in text:  # a wire's end mark: "... the Strip. (end) mt.ag"
        text = _END_MARK.sub("", text)
    if " \n" in text or "\t\n" in text:
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    while "\n\n\n" in text:  # str.replace is many times faster than a regex here
        text = text.replace("\n\n\n", "\n\n")
    return unwrap(text.strip())


# A line ends a sentence with one of these; a hard-wrapped line usually does not.
_LINE_ENDS = frozenset('.!?:;"”’)]…')
# The last words of a line that cannot end a paragraph: "... as Israeli restrictions" /
# "continue to choke ..."
_OPEN_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
    "from", "into", "across", "over", "under", "than", "that", "as", "its", "their", "his",
    "her", "our", "is", "are", "was", "were", "has", "have", "had", "be", "been", "will",
    "would", "could", "can", "said", "says", "who", "which",
})  # fmt: skip


def unwrap(text: str) -> str:
    r"""Join hard-wrapped lines (a press release, a PDF or a newspaper's e-edition copied
    with its line breaks): a line that stops mid-sentence runs on into the next, and a word
    broken at a line's hyphen is made whole. Length-preserving (a break becomes a space, a
    mended word's hyphen and break move to its end as spaces), so offsets into the result
    stay those of the wrapped text.

    >>> unwrap("Oxfam warned that famine is spreading across\nGaza, with aid workers hungry.")
    'Oxfam warned that famine is spreading across Gaza, with aid workers hungry.'
    >>> unwrap("The ministry said 90 Palestinian pris-\noners were freed.")
    'The ministry said 90 Palestinian prisoners   were freed.'
    """
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    full = _full_lines(lines)
    out = [lines[0]]
    words: set[str] | None = None  # the text's words, read when a broken word is met
    for i in range(len(lines) - 1):
        line, nxt = out[-1], lines[i + 1]
        if not line or not nxt:
            out += ("\n", nxt)
            continue
        if line[-1] == "-" and nxt[0].islower() and len(line) >= 15 and line[-2:-1].isalpha():
            # "pris-" / "oners were freed": one word; "Hamas-" / "run ministry" keeps its
            # hyphen when the text has its first part as a word of its own
            head = line.rsplit(None, 1)[-1][:-1]
            tail = _WORD_START.match(nxt).group()
            if words is None:
                words = set(_WORDS.findall(text.lower().replace("-\n", "")))
            hyphen = head.lower() in words or tail.rstrip(_AFTER_WORD).lower() in _COMPOUND_TAILS
            out[-1] = line[:-1] + ("-" if hyphen else "") + tail
            out += ("", " " * (1 if hyphen else 2) + nxt[len(tail) :])
            continue
        if line[-1] in _LINE_ENDS:
            out += ("\n", nxt)
            continue
        # (a line of white space Python splits on, "\x1f" among it, has no last word)
        last = (line.rsplit(None, 1) or [""])[-1].lower()
        joined = (
            (nxt[0].islower() and len(line) >= 40)
            or (
                last in _OPEN_WORDS
                and (len(line) >= 40 or (nxt[0].islower() and len(line) >= 15))
                # ("Toll rises to 15, health ministry says" over its entry: a headline)
                and not (last == "says" and nxt[0].isupper())
            )
            or (i in full and (nxt[0].isalnum() or nxt[0] in _QUOTE_OPENERS) and _plain(nxt))
            or (nxt[0].isalnum() and _wrapped(lines, i))
        )
        out += (" " if joined else "\n", nxt)
    return "".join(out)


# the broken word's second part, with the stops right after it ("oners." moves whole, so
# the spaces it leaves come after the stop, not before it)
_AFTER_WORD = ".,;:!?)]\"”’'"
_WORD_START = re.compile(rf"[^\W\d_]*[{re.escape(_AFTER_WORD)}]*")
_WORDS = re.compile(r"[^\W\d_]+")
_QUOTE_OPENERS = "\"“‘'("
# second parts of compounds the genre breaks at their hyphen: "Hamas-/run", "U.S.-/brokered"
_COMPOUND_TAILS = frozenset({
    "run", "led", "based", "backed", "brokered", "mediated", "controlled", "held", "linked",
    "affiliated", "owned", "funded", "made", "born", "style", "era", "wide", "term", "scale",
    "level", "year", "day", "month", "week", "hour", "old", "long", "fire", "state", "up",
    "free", "related", "friendly", "aligned", "allied", "appointed", "designated",
})  # fmt: skip
# a line that goes on with a sentence: a word in lower case ("oners were freed", "had
# been killed"), not an address ("press@un.org", "news.com.au")
_PROSE_START = re.compile(r"[a-z]+(?:[\s,;:]|$)")


def _plain(line: str) -> bool:
    """Whether a line opens with a plain word, not an address ("press@un.org", "news.com.au")."""
    first = line.split(None, 1)[0].rstrip(".,;:")
    return "@" not in first and "." not in first


def _wrapped(lines: list[str], i: int) -> bool:
    """Whether line ``i`` lies in a hard-wrapped paragraph of a press release: a run of
    lines without a blank one, all but its last of about one width (at least 60
    characters)."""
    start, end = i, i + 1
    while start > max(0, i - 30) and lines[start - 1]:  # (a paragraph is not that long:
        start -= 1  # the bounds keep a text of thousands of lines linear)
    while end < min(len(lines), i + 30) and lines[end]:
        end += 1
    widths = [len(ln) for ln in lines[start : end - 1]]  # (the last line may be short)
    return len(widths) >= 2 and min(widths) >= 60 and max(widths) - min(widths) <= 40


def _full_lines(lines: list[str]) -> set[int]:
    """The lines that fill the width of a hard-wrapped paragraph (a run of four or more
    lines without a blank one, most of them within a few characters of its widest, at
    least 28 characters, a third of them followed by a line in lower case): a full line
    that ends mid-sentence runs on into the next. A column of print is narrower than a
    press release's lines, and a paragraph's last line is short."""
    full: set[int] = set()
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end]:
            end += 1
        # (and a third of its lines run on in lower case: a list of headlines of one width
        # starts every line with a capital)
        runs_on = sum(bool(_PROSE_START.match(lines[k + 1])) for k in range(start, end - 1))
        if end - start >= 4 and runs_on * 3 >= end - start - 1:
            widths = [len(ln) for ln in lines[start:end]]
            widest = max(widths)
            near = [start + k for k, w in enumerate(widths) if w >= widest - 12]
            if widest >= 28 and len(near) * 5 >= (end - start) * 3:
                full.update(near)
        start = end + 1
    return full


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations (lower case, no final period) that do not end a sentence."""
    lines = package_data("abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(ln.strip() for ln in lines if ln.strip() and not ln.startswith("#"))


# A candidate boundary: terminal punctuation, optional closing quotes/brackets,
# then white space and something that can start a sentence. ("[.!?…][.!?…]*" rather
# than "[.!?…]+": a pattern that opens with a character class lets the engine skip
# to the next stop instead of trying every position, twice as fast.)
# The white space after the stop is no line break: no boundary runs over one, so one scan
# of the whole text finds what a scan of each line would.
_BOUNDARY = re.compile(r"([.!?…][.!?…]*)([\"'”’)\]]*)([^\S\n]+)(?=[\"'“‘(\[]?[A-Z0-9])")
# The word before a stop: its trailing letters and dots, from the first letter (str.rstrip
# and lstrip do in C what the search for r"[A-Za-z][A-Za-z.]*$" does position by position).
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_DOTTED_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")  # U.S, U.N, e.g
_LINE = re.compile(r"[^\n]+")
_NEXT_WORD = re.compile(r"[\"'“‘(\[]?([A-Za-z]+)\b")

# Words that open a sentence but hardly ever follow an upper-case dotted acronym inside
# one: "... backed by the U.S. The ministry said" ends a sentence, "the U.S. Army" does not.
SENTENCE_STARTERS = frozenset(
    (
        "a", "an", "the", "it", "he", "she", "they", "we", "i", "you", "this", "that",
        "these", "those", "there", "his", "her", "their", "its", "our", "in", "on", "at",
        "but", "however", "meanwhile", "after", "before", "when", "while", "if", "as", "so",
        "yet", "still", "also",
    )
)  # fmt: skip


# the months a day with a full stop comes before, in German and the Nordic languages
# (those spelled as in English only with a year after them)
_DOTTED_DAY_MONTHS = frozenset(
    [
        "januar",
        "februar",
        "märz",
        "marts",
        "mars",
        "mai",
        "maj",
        "juni",
        "juli",
        "oktober",
        "dezember",
        "desember",
    ]
)
_ENGLISH_SPELLED_MONTHS = frozenset(["april", "august", "september", "november", "december"])
_YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")


def _is_abbreviation(before: str, after: str = "") -> bool:
    """Whether the period ending ``before`` belongs to an abbreviation; ``after`` is the
    text that follows the boundary (its first word decides for "U.S." and the like)."""
    tail = before[-20:]
    word = tail[len(tail.rstrip(_WORD_CHARS)) :].lstrip(".")
    if not word:
        digits = tail[len(tail.rstrip("0123456789")) :]
        if (
            0 < len(digits) <= 2
            and tail[-len(digits) - 1 : -len(digits)] in (" ", "")
            and (nxt := _NEXT_WORD.match(after))
        ):
            # a day written as an ordinal before its month: "vom 17. Oktober", and, when a
            # year follows, "25. November 2023" (not "rose to 31. March was worse")
            month = nxt.group(1).lower()
            return month in _DOTTED_DAY_MONTHS or (
                month in _ENGLISH_SPELLED_MONTHS and _YEAR_NEXT.match(after, nxt.end()) is not None
            )
        return False
    if tail[-len(word) - 1 : -len(word)].isdigit():
        return False  # an ordinal's ending, not "St." for Saint: "on August 31st. The army ..."
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if "." in word and _DOTTED_ACRONYM.match(word):
        # an upper-case acronym before a sentence opener ends the sentence; "e.g." never
        if word.isupper() and (nxt := _NEXT_WORD.match(after)):
            return nxt.group(1).lower() not in SENTENCE_STARTERS
        return True
    return word.lower() in abbreviations()


@lru_cache(maxsize=1)
def _longer_than_abbreviations() -> int:
    """Letters that no abbreviation has (more than 20: the check never applies)."""
    longest = max((len(a) for a in abbreviations()), default=0)
    return longest + 1 if longest < 20 else 10**6


# A capital letter of a Latin script, for patterns that find names: "Öncü Keçeli",
# "Markéta Šimková", "Łukasz Kowalski" as well as "Mark Regev" ("[A-Z]" alone misses them).
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())

# An age in brackets after a name, with a party perhaps, from the digits to the closing
# bracket: "Louis Har (70)", the German press's "Friedrich Merz (69, CDU)"
AGE_IN_BRACKETS = rf"\d{{1,3}}(?:,\s*[{UPPER}][\w/.-]{{1,12}})?\)"

# The note after an officer's rank, "Brig. Gen. (res.) Gal Hirsch": a reservist or a retired
# officer. It ends no sentence and is no part of a name (corpus.phrases, corpus.bodies).
RANK_NOTES = ("res", "ret", "Res", "Ret")
RANK_NOTE = rf"\((?:{'|'.join(RANK_NOTES)})\.\)"
_RANK_NOTE_OPENINGS = tuple(f"({word}" for word in RANK_NOTES)


def _rank_note(text: str, dot: int) -> bool:
    """Whether the stop at ``dot`` closes "(res." or "(ret.", a note after an officer's rank."""
    return text.endswith(_RANK_NOTE_OPENINGS, max(0, dot - 4), dot)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``; each line break also ends one.

    Spans never include the surrounding white space, so ``text[start:end]`` is
    the sentence as printed.
    """
    spans: list[tuple[int, int]] = []
    # one scan of the whole text for the boundaries, read line by line (no scan per line)
    bounds = _BOUNDARY.finditer(text)
    m = next(bounds, None)
    longer = _longer_than_abbreviations()
    for line in _LINE.finditer(text):
        s, e = line.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        pos = s
        while m is not None and m.start() < e:
            dot = m.start()
            if not (
                # a plain full stop (see _is_abbreviation), or a rank's note: "Gen. (res.) Gal"
                (m.group(1, 2) == (".", "") or (m.group(2) == ")" and _rank_note(text, dot)))
                # a word of more letters than any abbreviation ends the sentence: most stops
                and not (
                    dot - pos >= longer
                    and (word := text[dot - longer : dot]).isalpha()
                    and word.isascii()
                )
                # the word before the stop is within its last 20 characters
                and _is_abbreviation(text[max(pos, dot - 20) : dot], text[m.end() : m.end() + 20])
            ):
                stop = m.start(3)
                if stop > pos:
                    spans.append((pos, stop))
                pos = m.end()
            m = next(bounds, None)
        if pos < e:
            spans.append((pos, e))
    return spans


def sentences_within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``sentences(text)`` that lie in the line ``text[start:end]``: what
    ``sentences(text[start:end])`` gives, shifted by ``start`` (a line break ends every
    sentence, so no span crosses a line). A stage that needs the sentences of some lines
    takes them from the article's spans, split once, instead of splitting them again."""
    first = bisect_left(spans, (start, -1))
    last = bisect_left(spans, (end, -1), first)
    return spans[first:last]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-empty lines of ``text`` (a line is a paragraph in scraped news)."""
    spans = []
    for line in _LINE.finditer(text):
        s, e = line.span()
        if text[s:e].strip():
            spans.append((s, e))
    return spans


def word_count(text: str) -> int:
    """Number of white-space separated words."""
    return len(text.split())
