"""Numbers that mark a day or a year of a date: "Oct 7", "7th of October", "25. November
2023", "2024-01-30" (:func:`in_date`, which :mod:`corpus.figures` takes out first), and
dates of another calendar or language: "20 Tevet, 5785", "13 Chaabane 1446", "Ramadan 23,
1445", "2 mayo, 2024", "Kemas kini: Mac 18, 2025", "2024. augusztus 20.", "سه‌شنبه ۲ آبان
۱۴۰۲" (helpers of :func:`corpus.figure_marks.marks_a_date_or_a_code`).

>>> from corpus.numbers import find_numbers
>>> s = "20 Tevet, 5785"
>>> [in_another_calendar_or_language(s, n) for n in find_numbers(s)]
[True, True]
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.dates import DAY_RANGE_LINK, MONTH_START, MONTHS, is_month_name
from corpus.layout_rules import FOREIGN_MONTHS, HIJRI_MONTH, SOLAR_HIJRI_MONTH
from corpus.numbers import NumberMention

__all__ = ["in_another_calendar_or_language", "in_date", "may_be_date"]

# a date of the Hebrew calendar, as Jewish outlets print it beside the civil one: "20 Tevet,
# 5785", "Kislev 12, 5784"
_HEBREW_MONTH = (
    r"(?:Tishrei|Tishri|Cheshvan|Heshvan|Marcheshvan|Kislev|Tevet|Teves|Shevat|Shvat|"
    r"Adar(?:\s+(?:I{1,2}|Alef|Bet|Sheni))?|Nisan|Iyar|Iyyar|Sivan|Tammuz|Tamuz|Menachem\s+Av|Av|Elul)"
)

# (a quick first test: the months' names, a fast scan of capitals)
_HEBREW_HINT = re.compile(
    r"(?=[TCHMKSANIE])(?:Tishr|Cheshvan|Heshvan|Marcheshvan|Kislev|Teve|Shevat|Shvat|Adar|Nisan|"
    r"Iyy?ar|Sivan|Tamm?uz|Menachem|Av\b|Elul)"
)

_HEBREW_DATE = re.compile(
    rf"\b\d{{1,2}}\s+{_HEBREW_MONTH}\b(?:,?\s+57\d\d\b)?|\b{_HEBREW_MONTH}\s+\d{{1,2}}(?:,?\s+57\d\d\b)?"
)

# digits of the Arabic script (Arabic-Indic and Persian) and a word in Latin letters
_ARABIC_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9]")

_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

_YEAR_AFTER_DAY = re.compile(r",?\s(?:19|20)\d\d\b")

_NON_LATIN_MONTH = re.compile(r"[^\x00-\u024f\s\d]{3,}\s$")

_NON_LATIN_MONTH_AFTER = re.compile(r"\s[^\x00-\u024f\s\d]{3,},?\s(?:19|20)\d\d\b")

# a day of the Hijri calendar and its year ("Ramadan 23, 1445", "23 Ramadan 1445")
# (or of the Solar Hijri calendar: "Monday, 22 Mordad 1403 - 13:40")
_HIJRI_HINT = re.compile(
    r"Muharram|Safar|Rabi|Jumada|Rajab|Sha[’']?ban|Rama[dz]|Ramzan|Shawwal|Dhu|"
    r"Farvardin|Ordibehesht|Khordad|Tir|[Mm]ordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"
)

_ANY_HIJRI_MONTH = rf"(?:{HIJRI_MONTH}|{SOLAR_HIJRI_MONTH})"

_HIJRI_DATE = re.compile(
    rf"\b(?:{_ANY_HIJRI_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_ANY_HIJRI_MONTH}),?\s+1[34]\d\d\b"
)

# (the day may carry a dot: "28. nóvember 2023")
_NEXT_TOKEN = re.compile(r"\.?\s+(\w+)")

_YEAR_DOT_BEFORE = re.compile(r"\b(?:19|20)\d\d\.\s+$")

# "Ramadaan 1446" in a menu: a year of the Hijri calendar after its month
_HIJRI_YEAR_BEFORE = re.compile(rf"\b{HIJRI_MONTH}\s+$")

# every month name of another language, and the long ones with "de" ("20 de enero de 2025"):
# a quick first test before the pattern of a date
_FOREIGN_MONTH_NAMES = frozenset(m for ms in FOREIGN_MONTHS.values() for m in ms)

# ("de" of "20 de enero", "tháng" of "19 Tháng Ba 2025": the first word of a month's name)
_LONG_FOREIGN_MONTHS = frozenset(m for m in _FOREIGN_MONTH_NAMES if len(m) > 3) | {"de", "tháng"}


@lru_cache(maxsize=1)
def _foreign_date_after() -> re.Pattern[str]:
    names = sorted(_LONG_FOREIGN_MONTHS - {"de", "tháng"}, key=len)
    alternatives = "|".join(map(re.escape, reversed(names)))
    return re.compile(rf"\.?\s+(?:de\s+)?(?:{alternatives})\.?,?\s+(?:de\s+)?(?:19|20)\d\d\b", re.I)


def _after_foreign_month(sentence: str, n: NumberMention) -> bool:
    """'Mac 18, 2025': the day after a month of another language, then the year."""
    word = _WORD_BEFORE.search(sentence, max(0, n.start - 18), n.start)
    if word is None or word.group(1).lower() not in _FOREIGN_MONTH_NAMES:
        return False
    # (a short name only when capitalised: "Mac 18, 2025", not "set 18, 2025 ...")
    return len(word.group(1)) > 3 or word.group(1)[0].isupper()


# The months of the Hijri calendar as Arab and Gulf outlets print them beside the Gregorian
# date ("Wednesday 12 February 2025 - 13 Chaabane 1446").
_HIJRI_MONTH = (
    r"(?:muharram|safar|rabi\w*['’]?[\s-]+(?:al|ul|i)?[\s-]*(?:awwal|thani|akhir|akhar)|"
    r"jumad[ao]\w*[\s-]+(?:al|ul)?[\s-]*(?:ula|oula|awwal|akhir\w*|thani\w*)|rajab|"
    r"sha['’]?a?ban[e]?|cha['’]?a?ban[e]?|ramad(?:h)?an|shaw+al|chaou?al|"
    r"dh?[uo]\w*['’]?[\s-]*(?:al[\s-]*)?(?:qa['’]?[ai]?dah?|qi['’]?dah?|hij+ah?|hij+a))"
)

_HIJRI_MONTH_AFTER = re.compile(rf"\s+{_HIJRI_MONTH}\b,?\s+1[34]\d\d\b", re.IGNORECASE)

_HIJRI_MONTH_BEFORE = re.compile(rf"\b{_HIJRI_MONTH},?\s+$", re.IGNORECASE)

_HIJRI_ERA_AFTER = re.compile(r"\s*(?:AH|A\.H\.|H|Hijri)\b")
# a foreign month before the day: "Mac 18, 2025 16:45 MYT"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def in_another_calendar_or_language(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is a day or a year of a date in another calendar, script or language."""
    if (
        (n.value <= 30 or 5700 <= n.value < 5900)
        and _HEBREW_HINT.search(sentence, max(0, n.start - 20), n.end + 20) is not None
        and any(
            m.start() <= n.start < m.end()
            for m in _HEBREW_DATE.finditer(sentence, max(0, n.start - 20), n.end + 20)
        )
    ):
        return True  # "20 Tevet, 5785": a date of the Hebrew calendar
    if not n.text.isascii() and _ARABIC_DIGITS.search(n.text) and not _LATIN_WORD.search(sentence):
        return True  # "سه‌شنبه ۲ آبان ۱۴۰۲": a date line in Persian or Arabic script
    if (
        n.end - n.start <= 2
        and _YEAR_AFTER_DAY.match(sentence, n.end)
        and _NON_LATIN_MONTH.search(sentence, max(0, n.start - 20), n.start)
    ):
        return True  # "ഫെബ്രുവരി 09, 2025": the day of a date, its month in another script
    if n.end - n.start <= 2 and _NON_LATIN_MONTH_AFTER.match(sentence, n.end):
        return True  # "نُشر في 12 شباط 2025": the day, then its month in another script
    if n.value <= 30 and n.end - n.start <= 2 and _HIJRI_MONTH_AFTER.match(sentence, n.end):
        return True  # "13 Chaabane 1446", "5 Ramadan 1445 AH": a day of the Hijri calendar
    if 1300 <= n.value < 1500 and (
        _HIJRI_MONTH_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        or _HIJRI_ERA_AFTER.match(sentence, n.end)
    ):
        return True  # "Rajab 1446", "1446 AH": a year of the Hijri calendar
    if (
        n.end - n.start <= 2
        and n.value <= 31
        and (word := _NEXT_TOKEN.match(sentence, n.end))
        and word.group(1).lower() in _LONG_FOREIGN_MONTHS
        # ("de" and "tháng" only open a month's name: the whole date must follow)
        and (
            word.group(1).lower() not in ("de", "tháng")
            or _foreign_date_after().match(sentence, n.end)
        )
    ):
        # "2 mayo, 2024", "20 januari 2025", "7 octobre – Hamas attacks": a day and its month
        # in another language
        return True
    if (
        n.end - n.start <= 2
        and n.value <= 31
        and _YEAR_AFTER_DAY.match(sentence, n.end)
        and _after_foreign_month(sentence, n)
    ):
        return True  # "Kemas kini: Mac 18, 2025": a date in another language, month first
    if (
        n.end - n.start <= 2
        and sentence.startswith(".", n.end)
        and (word := _WORD_BEFORE.search(sentence, max(0, n.start - 20), n.start))
        and word.group(1).lower() in _FOREIGN_MONTH_NAMES
        and _YEAR_DOT_BEFORE.search(sentence, max(0, word.start() - 8), word.start())
    ):
        return True  # "2024. augusztus 20.": a Hungarian date, the year first
    if 1300 <= n.value < 1500 and _HIJRI_YEAR_BEFORE.search(
        sentence, max(0, n.start - 24), n.start
    ):
        return True  # "Ramadaan 1446": a Hijri year
    # "Riyadh, Ramadan 23, 1445, April 02, 2024": a Hijri date
    return bool(
        (n.value <= 30 or 1300 <= n.value < 1500)  # (a day or a year of the Hijri calendar)
        and (" 14" in sentence or " 13" in sentence)
        and _HIJRI_HINT.search(sentence)
    ) and any(m.start() <= n.start < m.end() for m in _HIJRI_DATE.finditer(sentence))


# a month name right before or after a day number, or an ISO date around it
# (not across a line break: "... in May.\n\n12 people")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t\u00a0]+$")
_RANGE_DAY_AFTER = re.compile(
    rf"(?:{DAY_RANGE_LINK}|\s+(and)\s+)[0-3]?\d(?:st|nd|rd|th)?\s+([A-Za-z]+)"
)
_RANGE_DAY_BEFORE = re.compile(rf"([A-Za-z]+)\.?\s+[0-3]?\d{DAY_RANGE_LINK}$")
_WORD_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+)\b")
# a day before its month and year the German way: "25. November 2023"
_DOTTED_DAY_AFTER = re.compile(r"\.\s+([A-Za-z]+)\s+(?:19|20)\d\d\b")
# ... or with hyphens, as a release's date stamp: "16-Jan-2025"
_HYPHENED_DAY_AFTER = re.compile(r"-([A-Za-z]{3,9})-(?:19|20)\d\d\b")
_ISO_PART = re.compile(r"\b(?:19|20)\d\d-(?:[01]\d-)?$")
_ISO_DATE = re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d\b")


def in_date(text: str, start: int, end: int, lowered: str | None = None) -> bool:
    """Whether the day number text[start:end] is part of a date: "Oct 7", "Oct. 7",
    "7 October", "7th of October", "2024-01-30", "16-Jan-2025". Years are dropped later as years.
    ``lowered`` is ``text.lower()`` when that keeps every offset, for a quick first test."""
    if (
        lowered is not None
        and not MONTH_START.search(lowered, max(0, start - 12), end + 16)
        # "2024-01-30": a dash before the day (or before a final newline: "$" in _ISO_PART) ...
        and "-" not in text[max(0, start - 2) : start]
        and text[start + 4 : start + 5] != "-"  # ... or after the year
    ):
        return False  # no month name near, no ISO date
    before = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if before and is_month_name(before.group(1)):
        return True
    after = (
        _WORD_AFTER.match(text, end, end + 16)
        or _DOTTED_DAY_AFTER.match(text, end, end + 20)
        or _HYPHENED_DAY_AFTER.match(text, end, end + 16)
    )
    if after and is_month_name(after.group(1)):
        return True
    # the other end of a range of days: "1–21 July", "between 1 and 27 July", "July 1-21"
    after = _RANGE_DAY_AFTER.match(text, end, end + 24)
    if after and after.group(2).lower() in MONTHS:
        # ("between 1 and 27 July", "on 14 and 15 November", not "killed 12 and 27 July ...")
        return after.group(1) != "and" or text[max(0, start - 8) : start].lower().endswith(
            ("between ", " on ", " of ")
        )
    before = _RANGE_DAY_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1).lower() in MONTHS:
        return True
    return bool(_ISO_PART.search(text, max(0, start - 8), start) or _ISO_DATE.match(text, start))


def may_be_date(n: NumberMention) -> bool:
    """Whether ``n`` can be part of a date at all: a day (1-31) or a year, in digits
    ("May. Twelve people ..." is a count; so is "in May 250 people ...")."""
    return not n.is_word and (n.value <= 31 or 1900 <= n.value <= 2100)
