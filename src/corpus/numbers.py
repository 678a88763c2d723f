"""Numbers as news writes them: digits, word numbers and scale words.

One precompiled regular expression finds every candidate number in a text;
:func:`parse_number` turns the matched text into a float. Whether a candidate
counts something (and what) is decided later, in :mod:`corpus.figures`.

>>> [(n.text, n.value) for n in find_numbers("more than 27,478 dead and 1.5 million displaced")]
[('27,478', 27478.0), ('1.5 million', 1500000.0)]
>>> parse_number("four-and-a-half")
4.5
"""

from __future__ import annotations

import math
import re
from operator import attrgetter
from typing import NamedTuple

from corpus.dates import MONTHS
from corpus.figure_lexicon import lexicon

UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian papers: "Rs 5 lakh", "₹18,000 crore"
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,
}  # fmt: skip
# "a dozen homes", "a million people": one of a scale word
A_SCALES = {"dozen": 12, "hundred": 100, "thousand": 1_000, "million": 1_000_000}
# "dozens", "hundreds", "thousands", "billions": no value, so never matched.


def _trie(endings: set[str]) -> str:
    """The endings as a regex trie: 'hree|hirty' -> 'h(?:irty|ree)'.

    A failed try then stops at its first wrong letter instead of testing every
    ending in turn. Only endings that are prefixes of one another can match at the
    same place, and the longer is tried first (a greedy ``?``), as in a
    longest-first alternation, so the matches are the same.
    """
    if endings == {""}:
        return ""
    groups: dict[str, set[str]] = {}
    for ending in endings:
        if ending:
            groups.setdefault(ending[0], set()).add(ending[1:])
    body = "|".join(re.escape(c) + _trie(rest) for c, rest in sorted(groups.items()))
    return f"(?:{body})?" if "" in endings else f"(?:{body})"


def _alternation(words) -> str:
    """Number words as one character class plus endings: '[FfTt](?:hree|our|wo)'.

    A pattern that opens with a character class lets the regex engine skip fast to
    positions that can start a number; a plain alternation would be tried at every
    character. The pattern also admits non-words ("Fwo"); :func:`parse_number`
    rejects those. The endings form a trie (:func:`_trie`).
    """
    firsts = "".join(sorted({w[0].upper() + w[0] for w in words}))
    return f"[{firsts}]{_trie({w[1:] for w in words})}"


_UNIT_WORD = _alternation(UNITS)
# "seventy-five", "seven", "four-and-a-half"; opens with one class too, so it also
# admits "seven-one", which find_numbers cuts back to "seven"
_WORD_NUMBER = (
    rf"{_alternation([*TENS, *UNITS])}(?:[- ]{_UNIT_WORD}\b)?(?:-and-a-half|\s+and\s+a\s+half)?"
)
# "27,478", "1.5", "400"; written to open with \d for the same reason. Groups of three
# may also be parted by a space, as South African, Namibian and French-style copy writes
# them ("46 876", "1 900"): see _spaced.
# South Asian papers group by hundreds above a thousand ("4,80,000": 480,000), and
# continental copy writes a decimal comma before a scale ("about 1,4 million").
_DIGITS = (
    r"\d(?:\d?(?:,\d\d)+,\d{3}(?!\d)|\d{0,2},\d{1,2}(?=[ -][Mm]illion\b|[ -][Bb]illion\b)"
    r"|\d{0,2}(?:,\d{3})+|\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|,)|\d*)(?:\.\d+)?"
)
# ("$30-million": Canadian papers hyphenate the scale)
# (a headline capitalises it: "Israel Orders 1.1 Million Gazans To Evacuate")
_SCALE = r"(?:(?:\s+|-)(?:hundred|thousand|[Mm]illion|[Bb]illion|trillion|lakhs?|crores?)\b)?"
# not inside a slashed date, a fraction or a clock time ("02/20/2024", "24/7", "1/3", "13:51")
# either ("the toll at 11: eight Iranians ..." is a count)
_END = r"(?![\w/]|:\d|[.,]\d)"
# digits may stand before a unit after a slash: "$84/bl", "€45.63/MWh", "$4/t" (prices)
_DIGITS_END = r"(?!\w|/(?![A-Za-z])|:\d|[.,]\d)"

# Two scans, digits and words, each opening with a character class. What may not
# stand before a number (inside a word, a decimal, a URL or a clock time: "MK84",
# "i24", "often", "13:51") is checked afterwards, which keeps the scans fast.
# "$14bn", "1.4mn", "1.9m people": the short scales of British and financial papers ("m"
# only after a decimal or a currency sign: "700m" is a distance)
# ... and of charts and newsletters, after a currency sign only: "$3.7B", "$50M", "$500K"
# (parse_number reads them lower-cased)
_SIGN_SCALES = "BMKk"
_SHORT_SCALES = {
    "bn": 1_000_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "b": 1_000_000_000,
    "k": 1_000,
}
# ("USD 53 bn": the short scale may stand apart, but not "5 m", metres)
DIGITS_RE = re.compile(
    rf"{_DIGITS}(?:(?:bn|mn|m|B|M|K|k)|[ \u00a0](?:bn|mn)|{_SCALE}){_DIGITS_END}"
)
# The same pattern for ASCII text, where \d takes only 0-9: the regex engine tests a set of
# ten characters faster than the Unicode category, and most of the scan is that test.
_ASCII_DIGITS_RE = re.compile(DIGITS_RE.pattern.replace(r"\d", "[0-9]"))
WORDS_RE = re.compile(rf"{_WORD_NUMBER}{_SCALE}{_END}")
# Number words in capitals, as a lede or a headline sets them ("FOUR Filipino workers")
_CAPS_WORDS = [w.upper() for w in [*TENS, *UNITS]]
# what every capitalised number word holds (its first three letters): a quick first test,
# as one trie pattern (a single scan of the text, several times faster than one str.find
# per hint)
_CAPS_HINTS = tuple(sorted({w[:3] for w in _CAPS_WORDS}))
_CAPS_HINT_RE = re.compile(_trie(set(_CAPS_HINTS)))
# (opens with a class of capitals, as _alternation's patterns do: a fast scan)
CAPS_WORDS_RE = re.compile(
    rf"(?<![\w-])[{''.join(sorted({w[0] for w in _CAPS_WORDS}))}]{_trie({w[1:] for w in _CAPS_WORDS})}\b"
)
A_SCALE_RE = re.compile(rf"[Aa] (?:{'|'.join(A_SCALES)}){_END}")
# what every match of A_SCALE_RE holds after its "a": a quick first test
_A_HINTS = tuple(f" {word}" for word in A_SCALES)
_NOT_BEFORE = frozenset(".,/*:_+#")  # "+": a time zone ("GMT+2") or a dialling code; "#214"


_SHORT_SCALE_RE = re.compile(r"(\d+(?:\.\d+)?) ?(bn|mn|m|b|k)")
# one word number alone ("seven", "Forty"), most word matches: its value without parse_number
_SINGLE_WORDS = {word: float(value) for word, value in {**UNITS, **TENS}.items()}
_CURRENCY_SIGNS = "$£€"
_SPACES = " \u00a0\u202f\u2009"
# a word after which a spaced number is a day and a count, not one number ("on
# October 7 100 people", "page 12 345")
_BEFORE_SPACED_DAY = re.compile(
    rf"\b(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+$|\b(?:page|no\.?)\s+$",
    re.IGNORECASE,
)


class NumberMention(NamedTuple):
    """A number in the text: ``text[start:end] == self.text``."""

    start: int
    end: int
    text: str
    value: float
    is_word: bool


# A stop before exactly three digits, as continental and translated copy groups thousands
# ("the toll rose to 59.676 martyrs and 143.965 injured"): a count, not a decimal, unless
# a scale or a percentage follows ("1.125 million", "4.375%")
_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_FRACTION_UNIT_AFTER = re.compile(
    r"[A-Za-z]|\s*(?:%|per\s*cent|percent|pc\b)|"
    r"[-\s]+(?:million|billion|trillion|bn|mn|m|km|kg|tonnes?|tons?|metres?|meters?)\b",
    re.IGNORECASE,
)


_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}[ -](?:million|billion)$")


def parse_number(text: str) -> float | None:
    """Value of a number written as digits or words; None when it is not one."""
    s = text.strip().lower()
    if "illion" in s and _DECIMAL_COMMA.match(s):
        s = s.replace(",", ".", 1)  # "1,4 million"
    s = _GROUP_SPACE.sub("", s.replace(",", ""))
    if not s:
        return None
    if s.startswith("a ") and s[2:] in A_SCALES:
        return float(A_SCALES[s[2:]])
    head, _, tail = s.rpartition("-")
    if head and tail in ("million", "billion"):
        s = f"{head} {tail}"  # "$30-million": Canadian papers hyphenate the scale
    parts = s.split()
    scale = 1
    if len(parts) > 1 and parts[-1] in SCALES:
        scale = SCALES[parts[-1]]
        s = " ".join(parts[:-1])
    short = _SHORT_SCALE_RE.fullmatch(s)
    if short:
        return float(short.group(1)) * _SHORT_SCALES[short.group(2)]
    half = 0.0
    for suffix in ("-and-a-half", " and a half"):
        if s.endswith(suffix):
            s, half = s[: -len(suffix)], 0.5
    try:
        value = float(s)
    except ValueError:
        value = _word_value(s)
        if value is None:
            return None
    value = (value + half) * scale
    return value if math.isfinite(value) else None


def _word_value(s: str) -> float | None:
    words = re.split(r"[- ]+", s)
    if len(words) == 1 and words[0] in UNITS:
        return float(UNITS[words[0]])
    if words and words[0] in TENS:
        if len(words) == 1:
            return float(TENS[words[0]])
        if len(words) == 2 and words[1] in UNITS and UNITS[words[1]] < 10:
            return float(TENS[words[0]] + UNITS[words[1]])
    return None


def find_numbers(text: str) -> list[NumberMention]:
    """Every candidate number in ``text``, in order, with its parsed value."""
    found = []
    digits_re = _ASCII_DIGITS_RE if text.isascii() else DIGITS_RE
    pos = 0
    while (m := digits_re.search(text, pos)) is not None:
        start, pos, written = m.start(), m.end(), m.group(0)
        # ("MK84", "i24": inside a word; but "RM50 million" is money)
        if (
            start
            and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE)
            and not (text[start - 1].isalpha() and _currency_code_before(text, start))
        ):
            if not written.isascii() or " " in written:  # ("MK84 100": the 100 is scanned again)
                pos = start + len(_first_group(written))
            continue
        if not written.isascii() or " " in written:
            if _axis_ticks(written):
                continue  # "| 0 100 200 300 400 |": a chart's scale, no count
            written = _spaced(text, start, written)
            pos = start + len(written)  # (what was cut off is scanned again)
        last = written[-1]
        if last.isdigit():  # plain digits ("27,478", "1.5"), most numbers: what parse_number does
            value = float(written.replace(",", "").translate(_NO_SPACES))
            value = value if math.isfinite(value) else None
            if (
                len(written) >= 5
                and written[-4] == "."
                and _DOT_THOUSANDS.fullmatch(written)
                and not _FRACTION_UNIT_AFTER.match(text, pos)
            ):
                value = float(written.replace(".", ""))  # "59.676 martyrs": 59,676
        elif last == "m" and not _million(text, start, written):
            continue  # "700m": metres
        elif last in _SIGN_SCALES and not (start and text[start - 1] in _CURRENCY_SIGNS):
            continue  # "12B", "5K": a flat, a race (only "$3.7B" is a sum)
        else:  # a scale: "1.5 million", "$14bn"
            value = parse_number(written)
        if value is not None:
            found.append(NumberMention(start, start + len(written), written, value, False))
    words = _word_matches(text)
    if _CAPS_HINT_RE.search(text):  # (most texts: no number word in capitals)
        words.extend(CAPS_WORDS_RE.finditer(text))
    # "a dozen" is rare: only where the scale word is (a match of A_SCALE_RE is "a" or "A"
    # right before " dozen", " million" ...; str.find skips to those faster than a pattern)
    for hint in _A_HINTS:
        at = text.find(hint)
        while at >= 0:
            if at and (m := A_SCALE_RE.match(text, at - 1)):
                words.append(m)
            at = text.find(hint, at + 1)
    for m in words:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in _NOT_BEFORE):
            continue
        written = m.group(0)
        value = _SINGLE_WORDS.get(written.lower()) or parse_number(
            written.lower() if written.isupper() else written
        )
        if value is None and (cut := re.match(r"[A-Za-z]+(?=[- ])", written)):
            written = cut.group(0)
            value = parse_number(written)
        if value is not None and written[:2] in ("a ", "A ") and start >= 5:
            # "half a million people", "a quarter of a million": part of the scale
            part = _PART_OF_A.search(text, max(0, start - 14), start)
            if part:
                end = start + len(written)
                start = part.start()
                written = text[start:end]
                value *= 0.5 if part.group(1).lower() == "half" else 0.25
        if value is not None and text.startswith(" dozen", start + len(written)):
            end = start + len(written) + 6
            if not (text[end : end + 1].isalnum()):  # "two dozen", not "two dozens of"
                written, value = text[start:end], value * 12
        if value is not None:
            found.append(NumberMention(start, start + len(written), written, value, True))
    if _may_hold_slips(text):  # (most texts: no digit beside an "l" or an "O")
        found = _with_scanning_slips(text, found)
    found.sort(key=attrgetter("start"))
    if (words and ("undred" in text or "housand" in text)) or _digits_scale_digits(text):
        found = _joined_scales(text, found)  # (most texts: no scale to join)
    return found


# A scanned page's digits read as letters: "l,300", "59,82l", "3,OOO", "4OO", "2O" ("l" only
# inside a grouped number: "10l" is ten litres)
_DIGIT_THEN_LETTER = re.compile(r"[0-9],?[lO]")  # (opens with a digit: a fast scan)


def _may_hold_slips(text: str) -> bool:
    """Whether a scan may have misread a digit in ``text``: a digit beside an "l" or an "O"."""
    if _DIGIT_THEN_LETTER.search(text):
        return True
    for letter in (" l,", " O,"):  # (" l,300")
        at = text.find(letter)
        while at >= 0:
            if text[at + 3 : at + 4].isdigit():
                return True
            at = text.find(letter, at + 1)
    return False


_OCR_DIGITS = re.compile(
    r"(?<![\w.,/-])(?=[0-9lO,]*[0-9])(?=[0-9lO,]*[lO])"
    r"(?:[0-9lO]{1,3}(?:,[0-9lO]{3})+|[0-9][0-9O]{1,5})(?![\w,]|\.[0-9])"
)
_AS_DIGITS = str.maketrans({"l": "1", "O": "0", ",": None})


def _with_scanning_slips(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """``found`` with the numbers a scan misread (:data:`_OCR_DIGITS`) in place of what
    was found inside them: "59,82l" is 59,821, not 59 and 82."""
    for m in _OCR_DIGITS.finditer(text):
        a, b = m.span()
        found = [n for n in found if n.end <= a or n.start >= b]
        found.append(NumberMention(a, b, m.group(), float(m.group().translate(_AS_DIGITS)), False))
    return found


def _joined_scales(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Numbers a scale joins into one: "a hundred and eleven" (111), "a thousand and
    twenty-seven" (1,027), "one thousand two hundred" (1,200); and, as Turkish and Arabic
    copy is translated, digits: "7 thousand 650" (7,650), "67 thousand and 913" (67,913),
    "1 million 500 thousand" (1,500,000)."""
    out: list[NumberMention] = []
    for n in found:
        last = out[-1] if out else None
        if last is not None and _joins(text, last, n):
            joined = text[last.start : n.end]
            out[-1] = NumberMention(last.start, n.end, joined, last.value + n.value, n.is_word)
            continue
        out.append(n)
    return out


def _joins(text: str, last: NumberMention, n: NumberMention) -> bool:
    scale = last.text[last.text.rfind(" ") + 1 :].lower()  # ("7 thousand": "thousand")
    if scale not in _SCALE_OF or last.is_word != n.is_word or n.value >= _SCALE_OF[scale]:
        return False
    gap = text[last.end : n.start]
    if last.is_word:
        return gap in (" and ", " ") and scale != "million"
    # (digits: not "$3 million and 200 trucks", two counts)
    return gap in _JOINED_DIGITS.get(scale, ()) or (gap == " and " and n.text.endswith("thousand"))


def _digits_scale_digits(text: str) -> bool:
    """Whether digits, a scale and digits follow one another ("7 thousand 650", "1 million
    500 thousand"): str.find for the rare scale words, not a scan of every digit."""
    for scale in (" thousand ", " million "):
        at = text.find(scale)
        while at >= 0:
            after = text[at + len(scale) : at + len(scale) + 5]
            if text[at - 1 : at].isdigit() and (after[:1].isdigit() or after[4:5].isdigit()):
                return True
            at = text.find(scale, at + 1)
    return False


_SCALE_OF = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# (digits: "67 thousand and 913", "1 million 500 thousand"; not "$3 million and 200 trucks")
_JOINED_DIGITS = {"thousand": (" ", " and "), "million": (" ",)}


_PART_OF_A = re.compile(r"\b(half|(?:a\s+)?quarter\s+of)\s+$", re.IGNORECASE)


def _word_matches(text: str) -> list[re.Match[str]]:
    """WORDS_RE's matches; one that starts inside a word ("betw|een five": the pattern
    admits non-words) is dropped, and the text after its first letter scanned again, so the
    number word it swallowed ("five") is still found."""
    matches = []
    for m in WORDS_RE.finditer(text):
        start = m.start()
        if not (start and text[start - 1].isalnum() and " " in m.group(0)):
            matches.append(m)
            continue
        pos = start + 1  # (rare: rescan what the false match took, up to its end)
        while (inner := WORDS_RE.search(text, pos, m.end())) is not None:
            if not (text[inner.start() - 1].isalnum() and " " in inner.group(0)):
                matches.append(WORDS_RE.match(text, inner.start()) or inner)
            pos = inner.start() + 1
    return matches


_NO_SPACES = str.maketrans("", "", _SPACES)
_GROUP_SPACE = re.compile(rf"(?<=\d)[{_SPACES}](?=\d{{3}})")


def _first_group(written: str) -> str:
    """``written`` up to its first space that parts groups of digits ("46 876" -> "46")."""
    for i, char in enumerate(written):
        if char in _SPACES and written[i + 1 : i + 2].isdigit():
            return written[:i]
    return written


def _spaced(text: str, start: int, written: str) -> str:
    """``written`` cut back to its first group when its space-parted groups are not one
    number: after a month ("October 7 100") or a page number. A scale word after a space
    stays ("1.5 million")."""
    head = _first_group(written)
    if head == written or not _BEFORE_SPACED_DAY.search(text, max(0, start - 12), start):
        return written
    return head


def _axis_ticks(written: str) -> bool:
    """A chart's axis read as one number: three or more groups in equal steps ("0 100 200
    300 400" holds "100 200 300 400"), which no count written with spaced thousands is."""
    groups = [int(g) for g in written.split() if g.isdigit()]  # (the spaces of _SPACES)
    steps = {b - a for a, b in zip(groups, groups[1:], strict=False)}
    return len(groups) >= 3 and len(steps) == 1 and steps.pop() > 0


def _currency_code_before(text: str, start: int) -> bool:
    """Whether the letters right before ``start`` are a currency code written onto its
    amount: "RM50 million", "QR10 million" (the codes: ``currency_before`` of the figure
    lexicon)."""
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    code = text[i:start].lower()
    if code in _ONE_LETTER_CODES:
        # "R10 million" (rand), "P200,000" (peso): one letter only before a large sum, not
        # "R40" or "P5" that name a road or a page
        return bool(_LARGE_SUM.match(text, start))
    codes = lexicon().currency_before
    # ("$US5000": the sign, then its country)
    return code in codes or (i > 0 and text[i - 1] == "$" and "$" + code in codes)


# (and "N12.5 million", naira; "R340 000", its thousands parted by a space)
_ONE_LETTER_CODES = ("r", "p", "n")
_LARGE_SUM = re.compile(
    r"\d{1,3}(?:,\d{3})+\b|\d{1,3}(?:[ \u00a0\u202f]\d{3})+\b|\d+(?:\.\d+)?\s*(?:million|billion|bn|m)\b"
)


def _million(text: str, start: int, written: str) -> bool:
    """Whether the "m" of ``written`` ("1.9m", "$40m") is million, not metres ("700m")."""
    return "." in written or (start > 0 and text[start - 1] in _CURRENCY_SIGNS)
