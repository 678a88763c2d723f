"""Date lines of a page: the line that prints when an article was published.

Outlets print it in many forms ("Published: Feb 08, 2024 09:16 PM", "World Aug 22,
2025 1:48 PM EDT", "By JT - Nov 24,2023 - Last updated at ...", "Issued on:
24/11/2023 - 10:31"). :func:`date_line` reads one line; the patterns are data in
:mod:`corpus.layout_rules`.

>>> date_line("Published: Feb 08, 2024 09:16 PM")
(datetime.date(2024, 2, 8), None)
"""

from __future__ import annotations

import datetime as dt
import re

from corpus.dates import MONTHS, WEEKDAYS, find_dates, parse_date
from corpus.layout_rules import (
    DATE_LINE_TAIL,
    DATE_LINES,
    DATE_ONLY_REST,
    FOREIGN_CLOCK_WORDS,
    FOREIGN_MONTHS,
    FOREIGN_STAMP_WORDS,
    FOREIGN_WEEKDAYS,
    HIJRI_MONTH,
)

_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def date_line(line: str) -> tuple[dt.date, str | None] | None:
    """(date, outlet or None) when the line only prints the publication date, or a part
    of it between "|" does ("Jane Doe |10.01.2024", "Published: ... | Last update: ...")."""
    # (a line of parts between "|" may be longer: "Reuters, AP, Our Special Correspondent |
    # Jerusalem, Dubai, New Delhi | Published 18.06.25, 05:36 AM")
    if not _DIGIT.search(line):
        return None  # (a date with its year has digits)
    if "(" in line and (stamp := _STAMP_IN_BRACKETS.search(line)):
        # "BMJ 2024; 386 doi: https://doi.org/10.1136/bmj.q1884 (Published 30 August 2024)"
        return date_line(stamp.group(1))
    if (inside := _STAMP_INSIDE.search(line, 1)) and len(line) <= _JOINED_LINE:
        # "Author of the article: Vancouver Sun staff Published Mar 20, 2025 • Last updated
        # 2 hours ago": a byline and the stamp, joined on one line
        found = date_line(line[inside.start() :])
        if found is not None:
            return found
    by = _BYLINE_AFTER.search(line) if _STAMP_LABEL.match(line) else None
    if by and _DIGIT.search(line, 0, by.start()):
        # ("Published on 19/10/2023 - 09:47 By Renata Leite - Reporter - Agência Brasil -
        # Brasília": a publication stamp, then a long byline; not "Posted by Sana Kauser |
        # Published: 7th October 2024", a byline, then the stamp)
        line = line[: by.start()]
    if len(line) > (160 if "|" in line else 100):
        return None
    line = _tidy(line)
    found = _date_segment(line)
    if found is None and (
        "|" in line or " / " in line or "  " in line or any(c in line for c in "●•–—·")
    ):
        found = next(filter(None, map(_date_segment, _SEGMENT_SPLIT.split(line))), None)
    return found


def _tidy(line: str) -> str:
    """The line with its stamp words, months and clocks in the English forms the date finder
    reads: "Publicerad 13 oktober 2025 kl 22.47" -> "Published 13 October 2025 22.47"."""
    if _BUDDHIST_YEAR.search(line):
        # "9 November 2568 - 14:20", "12 ต.ค. 2566": a year of the Buddhist Era, 543 ahead
        line = _BUDDHIST_YEAR.sub(lambda m: m[0][: -len(m[1])] + str(int(m[1]) - 543), line)
    line = _THAI_CLOCK.sub(r"\1", line)  # "10:15 น.": a Thai clock's mark
    if _YEAR_FIRST.search(line):
        line = _YEAR_FIRST.sub(r"\3 \2 \1", line)  # "2025. október 13., hétfő": year first
    if not line.isascii() or _FOREIGN_HINT.search(line):
        line = _in_english(line)
    if "." in line:
        line = _DAY_DOT.sub(r"\1 ", _DOTTED_MONTH.sub(r"\1 \2 \3", line))
    for pattern, replacement in _DATE_LINE_TIDY:
        line = pattern.sub(replacement, line)
    if _YEAR.search(line) and not _ENGLISH_MONTH.search(line):
        line = _FOREIGN_MONTH.sub(_english_month, line)
        if not _ENGLISH_MONTH.search(line):
            line = _FOREIGN_MONTH_FIRST.sub(_english_month_first, line)
    if _US_CLOCK.search(line):  # "05/07/2024 06:41 PM EDT": an American line, month first
        line = _SLASHED.sub(lambda m: f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}", line)
    return line


# words that say a date is the page's own: "This story was first published on 12 February
# 2025.", "This article appears in the 08 Mar 2024 issue", "Event date: November 26, 2023"
_OWN_DATE_WORDS = re.compile(
    r"\b(?:published|posted|updated|issued|appears\s+in|issue|event\s+date|date)\b", re.I
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|since|in|from|until|by|before|after)\s+$", re.I)
_LOOSE_WORDS = 6
# what a line needs for _tidy to leave it a year: four digits in a row, or a two-digit year
# it completes ("10.13.25", "20 Jan 25 18:20"); most lines have neither, and _tidy is slow
_MAY_HOLD_A_YEAR = re.compile(
    r"\d{4}|\d[./-]\d{1,2}[./-]\d\d(?!\d)|[A-Za-z]\.?\s+\d\d\s+\d{1,2}:\d\d"
)


def loose_date_line(line: str) -> dt.date | None:
    """The first full date of a short line that prints little else, or that says the date
    is the page's ("... first published on ..."), when no stricter reading of the page found
    one: "29 maggio 2025 (modifica il 29 maggio 2025 | 22:14)", "martedì 11 novembre 2025",
    "Victoria, Seychelles | March 19, 2025, Wednesday @ 15:12 in National"."""
    if len(line) > 240 or not _DIGIT.search(line) or not _MAY_HOLD_A_YEAR.search(line):
        return None
    line = _tidy(line)
    if not _YEAR.search(line):
        return None
    for part in (line, *_SEGMENT_SPLIT.split(line)):
        full = [d for d in find_dates(part) if d.has_year and d.date]
        if not full:
            continue
        before, after = part[: full[0].start], part[full[0].end :]
        own = _OWN_DATE_WORDS.search(before + " " + after) is not None
        if not own and (part.rstrip().endswith(".") or _PREPOSITION_BEFORE.search(before)):
            continue  # a sentence: "The war began on October 7, 2023."
        words = [w for w in _WORD.findall(before + " " + after) if w.lower() not in _DATE_WORDS]
        if len(words) <= _LOOSE_WORDS or (own and len(words) <= 16):
            return full[0].date
    return None


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_FOREIGN_STAMP = re.compile(
    r"(?<!\w)(" + _alternatives(w for ws in FOREIGN_STAMP_WORDS.values() for w in ws) + r")(?!\w)",
    re.IGNORECASE,
)
_STAMP_IN_ENGLISH = {w: english for english, ws in FOREIGN_STAMP_WORDS.items() for w in ws}
_CLOCK_WORD = re.compile(
    r"(?<!\w)(?:" + _alternatives(FOREIGN_CLOCK_WORDS) + r")\s+(?=\d{1,2}[:.h]\d\d)",
    re.IGNORECASE,
)
_FOREIGN_WEEKDAY = re.compile(
    r"(?<!\w)(?:" + _alternatives(FOREIGN_WEEKDAYS) + r"),?\s+(?=\d)", re.IGNORECASE
)
# "18.out.2023", "19. Mar 2025", "23. apríl 2025", "16 января 2025 г."
_DOTTED_MONTH = re.compile(r"\b(\d{1,2})\.([^\W\d_]{3,9})\.((?:19|20)\d\d)\b")
_DAY_DOT = re.compile(r"\b(\d{1,2})\.\s+(?=[^\W\d_]{3,12}\.?\s+(?:19|20)\d\d)")
# "- 13 جمادى الأولى 1445 هـ": the Hijri date in Arabic script beside ours
_HIJRI_IN_ARABIC = re.compile(
    r"\s*[-–—|]?\s*\d{1,2}\s+(?:[\u0600-\u06FF]+\s+){1,3}1[34]\d\d\s*(?:هـ|ه)?"
)
_UHR = re.compile(r"(\d\d)\s*Uhr\b")  # "22:47 Uhr"
# a year of the Buddhist Era (2017-2037) after a day and a month, or at the line's start
_BUDDHIST_YEAR = re.compile(r"(?<=[^\W\d_][.\s])\s?(25[6-8]\d)(?![\d,])")
_THAI_CLOCK = re.compile(r"(\d{1,2}[:.]\d\d)\s*น\.")
# a Hungarian date, the year first: "2025. október 13."
_YEAR_FIRST = re.compile(r"\b((?:19|20)\d\d)\.\s+([^\W\d_]{3,12})\s+(\d{1,2})\.?(?!\d)")
_YEAR_MARK = re.compile(r"\b((?:19|20)\d\d)\s*г\.")


# the ASCII words of those stamp, clock and weekday lists: a quick test before _in_english
_FOREIGN_HINT = re.compile(
    r"(?<!\w)(?:"
    + _alternatives(
        w
        for w in (
            *(w for ws in FOREIGN_STAMP_WORDS.values() for w in ws),
            *FOREIGN_CLOCK_WORDS,
            *FOREIGN_WEEKDAYS,
            "uhr",
        )
        if w.isascii()
    )
    + r")(?!\w)",
    re.IGNORECASE,
)


def _in_english(line: str) -> str:
    """A date line of another language with English stamp words and no clock words:
    "Publicerad 13 oktober 2025 kl 22.47" -> "Published 13 oktober 2025 22.47"."""
    line = _FOREIGN_STAMP.sub(lambda m: _STAMP_IN_ENGLISH[m[1].lower()], line)
    line = _CLOCK_WORD.sub("", _FOREIGN_WEEKDAY.sub("", line))
    line = _UHR.sub(r"\1", line)
    return _HIJRI_IN_ARABIC.sub("", _YEAR_MARK.sub(r"\1", line))


# "January" ... "December": the longest of each month's names in corpus.dates
_MONTH_NAMES = tuple(
    max((name for name, number in MONTHS.items() if number == month), key=len).capitalize()
    for month in range(1, 13)
)
# the words of a date line besides its date: months, weekdays and their short forms, clocks
_DATE_WORDS = (
    frozenset(MONTHS)
    | frozenset(WEEKDAYS)
    | {day[:3] for day in WEEKDAYS}
    | {"am", "pm", "gmt", "utc"}
)
_ENGLISH_MONTH = re.compile(r"\b(?:" + "|".join(_MONTH_NAMES) + r")\b", re.IGNORECASE)
_FOREIGN_NAME = {name: month for month, names in FOREIGN_MONTHS.items() for name in names}
# a foreign month beside the day or the year ("20 januari 2025", "20 de enero de 2025")
_FOREIGN_MONTH = re.compile(
    r"(?<!\w)(\d{1,2})\.?\s+(?:de\s+)?("
    + "|".join(sorted(_FOREIGN_NAME, key=len, reverse=True))
    + r")(?!\w)(?:\s+de)?(?=,?\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


# the month first: "Mac 18, 2025 16:45 MYT"
_FOREIGN_MONTH_FIRST = re.compile(
    r"(?<!\w)("
    + "|".join(sorted(_FOREIGN_NAME, key=len, reverse=True))
    + r")\.?\s+(\d{1,2}),?(?=\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


def _english_month(m: re.Match) -> str:
    return f"{m[1]} {_MONTH_NAMES[_FOREIGN_NAME[m[2].lower()] - 1]}"


def _english_month_first(m: re.Match) -> str:
    return f"{m[2]} {_MONTH_NAMES[_FOREIGN_NAME[m[1].lower()] - 1]}"


_STAMP_INSIDE = re.compile(r"(?<=\s)(?:Published|Posted|First published)\b")
_JOINED_LINE = 240
_STAMP_IN_BRACKETS = re.compile(r"\(((?i:published|posted|first published)\b[^()]{6,40})\)")
_BYLINE_AFTER = re.compile(r"\s+[Bb]y\s+(?=[A-Z])")
_STAMP_LABEL = re.compile(r"(?i:published|updated|posted|issued|first published)\b")
# the parts of a date line: "TOI World Desk / TIMESOFINDIA.COM / Updated: Nov 27, 2024"
# ("By Hana Levi Julian - 10 Shevat 5785 – February 8, 2025": the Hebrew date, then ours)
# ("Tom Lindquist and Anika Berg  ·  St. Paul  ·  Apr 3, 2024", "Press Releases  PLENARY
# SESSION  AFET  22-01-2025 - 18:42": parts set apart by a middle dot or by two spaces)
_SEGMENT_SPLIT = re.compile(r"\s*\|\s*|\s+/\s+|\s+[●•·]\s+|\s+[–—]\s+|\s{2,}")
# a short section label or outlet before the date, in capitals, or a byline ending in a
# comma or a dash ("Ahram Online , Friday", "By JT -", "By L'Orient Today staff,")
_WEEKDAY = r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s*)?"
# (a byline may run into an update stamp: "By Jane Doe Globe Staff,Updated November 15, 2023",
# or into the date: "By Jane Doe, Reuters May 12, 2024")
_LABEL_BEFORE = re.compile(
    # ("Wakefield, UK - Wednesday 24 July 2024", "World News of Monday, 2 September 2024")
    r"\s*(?:[A-Z][\w&.'’-]*(?:,?\s+(?:[A-Z][\w&.'’-]*|and|&|of)){0,3}\s*[-–—:,·•|]?"
    r"|(?i:by)\s+[^\d,|–—]{2,60}?(?:,\s*[^\d,|–—]{2,30}?)?(?:\s*[,–—-]|\s{2,}|\s$)\s*"
    r"(?i:(?:updated|published|posted)(?:\s+on)?:?)?)\s*" + _WEEKDAY
)
# A clock with an American time zone, and a slashed date whose day and month both fit.
_US_CLOCK = re.compile(
    r"\d\s?[AaPp]\.?[Mm]\.?\s*(?:E[SD]?T|C[SD]T|P[SD]T|M[SD]T)\b|\s(?:E[SD]T|P[SD]T)\b"
)
_SLASHED = re.compile(r"\b(0?[1-9]|1[0-2])/(0?[1-9]|1[0-2])/((?:19|20)\d\d)\b")
# Glued or unusual date forms of date lines that the date finder does not read:
# "Nov 24,2023", "2023-11-24T10:32:00Z", "November, 24, 2023", "November 24, 20231:32 PM".
_DATE_LINE_TIDY = (
    (re.compile(r"(\d),((?:19|20)\d\d)\b"), r"\1, \2"),
    # the year first, with dots: "입력 : 2024.08.20 17:05"
    (re.compile(r"\b((?:19|20)\d\d)\.(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])\b"), r"\1-\2-\3"),
    # a place after the clock: "Friday, March 21, 2025, 9:47 a.m. Front Entrance Hall, ..."
    (
        re.compile(
            r"^((?:[A-Z][a-z]+day,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d,?\s+"
            r"\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?\s?[Mm]\.?)?)\s+[A-Z][^\d]*$"
        ),
        r"\1",
    ),
    # a weekly's issue and its week: "No. 537 February 15 – 21, 2025" (the first day), a
    # series' number: "INSS Insight No. 1787, November 27, 2023"
    (
        re.compile(
            r"^(?:[A-Z][\w&]*\s+){0,3}(?:No\.?|Issue)\s*\d{1,5},?\s+(?=[A-Z][a-z]{2,8}\.?\s+\d)"
        ),
        "",
    ),
    # "18 de agosto de 2024 - 06:00 p. m.", "May 9, 2024/5:55 a.m. ET", "13 ta' Ottubru 2025"
    (re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE), r"\1m"),
    (re.compile(r"((?:19|20)\d\d)\s*/\s*(?=\d{1,2}[:.]\d\d)"), r"\1 "),
    (re.compile(r"(\d{1,2})\s+ta['’]\s+"), r"\1 "),
    (
        re.compile(r"\b([A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*[–—-]\s*\d{1,2}(,\s*(?:19|20)\d\d)\b"),
        r"\1\2",
    ),
    # a Hungarian date, the year first: "2024. augusztus 20. – 14:32"
    (re.compile(r"\b((?:19|20)\d\d)\.\s+([^\W\d_]{3,12})\s+(\d{1,2})\.(?=\s|$)"), r"\3 \2 \1"),
    # "Tuesday, 16 Rabi' al-Thani 1445 AH - 31 October 2023": the Hijri date before ours
    (
        re.compile(rf"\b\d{{1,2}}\s+{HIJRI_MONTH}\s+1[34]\d\d\s*(?:AH|H)?\s*(?:[-–—,|]\s*)?"),
        "",
    ),
    (re.compile(r"،"), ","),  # the Arabic comma: "Wednesday، 15 January 2025 - 11:42 PM"
    # "[31/October/2023] 21:44", "12-Jul-2025 14:36": a month name between slashes or dashes
    (re.compile(r"\[?\b(\d{1,2})([/-])([A-Z][a-z]{2,8})\2((?:19|20)\d\d)\b\]?"), r"\1 \3 \4"),
    # "28 Dec 2024Updated 12:18, 28 Dec 2024": an update stamp glued to the year
    (re.compile(r"(Updated|Published|Posted|Modified)(?=\d)"), r"\1 "),  # "Updated18:05"
    (re.compile(r"\b((?:19|20)\d\d)(?=(?:Updated|Published|Posted|Modified|Last)\b)"), r"\1 "),
    # "7 May 2024 09:48 am - 2 - {{hitsCtrl.values.hits}}": counters and an unfilled template
    (re.compile(r"(?:\s*[-–—]\s*\d{1,6})*\s*[-–—]?\s*\{\{[^}]*\}\}\s*$"), ""),
    # "Updated At : 10:52 PM Oct 21, 2024 IST": the clock before the date
    (
        re.compile(
            r"((?i:updated|published|posted)(?:\s+(?i:at|on))?\s*:?\s*)"
            r"\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?\s+)?(?=[A-Z][a-z]{2,8}\.?\s+\d)"
        ),
        r"\1",
    ),
    # "On November 22, 2024 11:28 pm In News by Ikechukwu Nnochiri, Abuja"
    (re.compile(r"^On\s+(?=[A-Z][a-z]{2,8}\.?\s+\d)"), ""),
    (re.compile(r"\s+In\s+[A-Z][\w&' ]{1,30}?\s+by\s+[^|]{2,80}$"), ""),
    # "31 July ,2024: 09:12 AM GST", "This content was published on October 20, 2025 - 13:17"
    (re.compile(r"([A-Za-z])\s+,\s*((?:19|20)\d\d)\b:?"), r"\1 \2"),
    (re.compile(r"^this content was (?:published|first published) on\s+", re.IGNORECASE), ""),
    # a parliament's record: "Volume 833: debated on Tuesday 24 October 2023", "Meeting date:
    # Thursday, November 30, 2023", "(Senate - June 05, 2024)"
    (re.compile(r"^Volume\s+\d+:\s+debated\s+on\s+"), ""),
    (re.compile(r"^(?:Meeting|Sitting|Hearing)\s+date:\s*"), ""),
    (re.compile(r"^\((?:Senate|House of Representatives|House)\s+-\s+([^()]{8,24})\)$"), r"\1"),
    (re.compile(r"(\d{4}-\d\d-\d\d)T(?=\d)"), r"\1 "),
    # "June 9, 2025 @ 9:58pm", "January 30, 2025, Thursday // 12:41": a clock set apart
    (re.compile(r"\s(?:@|//)\s*(?=\d{1,2}[:.]\d\d)"), " "),
    # "Mar - 15 - 2024 , 07:24": month, day and year set apart by dashes
    (re.compile(r"\b([A-Z][a-z]{2,8})\.?\s*-\s*(\d{1,2})\s*-\s*((?:19|20)\d\d)\b"), r"\1 \2, \3"),
    # "10/10/2025 at 14h52": a French clock
    (re.compile(r"\b([01]?\d|2[0-3])h([0-5]\d)\b"), r"\1:\2"),
    # "29/11/2023 10:14 (Jerusalem time)", "(local time)": whose clock it is
    (re.compile(r"\s*\((?:[A-Z][\w-]*\s+)?(?i:local\s+)?(?i:time)\)"), ""),
    # ("8:00 pm Amman time", "10:14 local time")
    (
        re.compile(r"(\d\s?[ap]m|\d\d)\s+(?:[A-Z][\w-]*\s+)?(?:local\s+)?time$", re.IGNORECASE),
        r"\1",
    ),
    # "20 Jan 25 18:20": a two-digit year after the month, then a clock
    (re.compile(r"\b(\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)(\d\d)(?=\s+\d{1,2}:\d\d)"), r"\g<1>20\2"),
    # "August 20, 2024 (2024年8月20日 火曜日)", "Bahrain Mirror (Exclusive): 2023-11-26": the
    # date again in another script, a label in brackets
    (re.compile(r"\s*\([^()]*[\u3000-\u9fff][^()]*\)"), ""),
    (re.compile(r"\s*\((?i:exclusive|live|video|photos?|analysis)\)"), ""),
    # "20:45 Beirut (GMT+2)": the city and the offset of the clock
    (
        re.compile(r"(\d\d)(?:\s+[A-Z][a-z]+)?\s*\((?:GMT|UTC)\s?[+−-]\s?\d{1,2}(?::?\d\d)?\)"),
        r"\1",
    ),
    # "16:42:07+00:00", "Mon, 12 May 2024 14:32:00 +0300": the clock's offset
    (re.compile(r"(\d\d:\d\d(?::\d\d)?)\s?[+-]\d\d:?\d\d$"), r"\1"),
    # "2024/05/12 14:32": a year first, then month and day, between slashes
    (
        re.compile(r"\b((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})\b"),
        lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}",
    ),
    (re.compile(r"\b([A-Z][a-z]{2,8}),\s+(?=\d{1,2},?\s+(?:19|20)\d\d\b)"), r"\1 "),
    (re.compile(r"(,\s*(?:19|20)\d\d)(?=\d{1,2}:\d\d)"), r"\1 "),
    # "04/02/2024April 2, 2024": a numeric date glued to the same date spelled out
    (re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d(?=[A-Z][a-z]{2,8}\.?\s+\d)"), ""),
    # a two-digit year ("Published: 10.13.25, 21:07"): this century's
    (re.compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d\d)(?![\d.])"), r"\1\2\3\g<2>20\4"),
)


def _date_segment(line: str) -> tuple[dt.date, str | None] | None:
    line = line.strip()
    full = [d for d in find_dates(line) if d.has_year and d.date]
    if full:
        first, before, rest = full[0], line[: full[0].start], line[full[0].end :]
        if len(full) == 1 and DATE_ONLY_REST.fullmatch(before + " " + rest):
            return first.date, None
        # the date opens the line; a time, then an update stamp or a section label follow
        # ("November 25, 2023 4:52 PM Updated 2 hours ago", "22 October 2024 Peace and Security")
        # or follows a section label or the outlet ("World Aug 22, 2025 1:48 PM EDT",
        # "KYODO NEWS - Apr 2, 2024 - 19:44")
        if DATE_ONLY_REST.fullmatch(before) or _LABEL_BEFORE.fullmatch(before):
            time = DATE_ONLY_REST.match(rest)
            if (
                time.end() == len(rest)
                or DATE_LINE_TAIL.fullmatch(rest)
                or DATE_LINE_TAIL.fullmatch(rest, time.end())
            ):
                return first.date, None
    for pattern in DATE_LINES:
        m = pattern.match(line)
        if m:
            value = m.group("date")
            # dateutil guesses dates from any digits; trust it only when a year is printed.
            date = first_full_date(value) or (parse_date(value) if _YEAR.search(value) else None)
            if date:
                return date, m.groupdict().get("outlet")
    return None


def yearless_date_line(line: str) -> str | None:
    """The day and month of a stamp that prints no year ("Sep. 02  06:48 am JST"): a line
    with one date and only a clock, a weekday or a zone around it; else None."""
    if len(line) > 40 or not _DIGIT.search(line) or _YEAR.search(line):
        return None
    found = find_dates(line)
    if len(found) != 1 or found[0].has_year:
        return None
    d = found[0]
    rest = line[: d.start] + " " + line[d.end :]
    return line[d.start : d.end] if DATE_ONLY_REST.fullmatch(rest) else None


def first_full_date(text: str) -> dt.date | None:
    return next((d.date for d in find_dates(text) if d.has_year and d.date), None)


def caption_date(line: str) -> dt.date | None:
    """The date ending the first sentence of a photo caption ("..., on March 27, 2024.")."""
    head = line[:400]
    if not _DIGIT.search(head):  # a date with its year has digits
        return None
    for d in find_dates(head):
        if not (d.has_year and d.date):
            continue
        after = head[d.end : d.end + 3]
        if after.startswith((".", ")")) and ". " not in head[: d.start]:
            return d.date
        return None
    return None


# a numeric date whose day and month could swap: "05-07-2024", "03/04/2025"
_AMBIGUOUS = re.compile(r"(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d\d)(?!\d)")


def other_reading(line: str, chosen: dt.date) -> dt.date | None:
    """The other reading of the ambiguous numeric date ``line`` was read as (``chosen``):
    "05-07-2024" read as 5 July gives 7 May; None when the line prints no such date."""
    m = _AMBIGUOUS.search(line)
    if m is None:
        return None
    first, second, year = int(m[1]), int(m[3]), int(m[4])
    if first == second or first > 12 or second > 12 or year != chosen.year:
        return None
    readings = {dt.date(year, second, first), dt.date(year, first, second)}
    if chosen not in readings:
        return None
    return (readings - {chosen}).pop()


def written_dates_prefer(text: str, other: dt.date, chosen: dt.date | None) -> bool:
    """Whether the dates the page writes out with a month name favour ``other``, the other
    reading of an ambiguous stated date, over the ``chosen`` one: a caption's "May 7, 2024"
    on or just before ``other`` and none just before ``chosen``; or events of the page's
    year ("released on October 13") after ``chosen`` but not after ``other``, which a
    page cannot report before they happen ("11-04-2025" is 4 November there)."""
    if chosen is None:
        return False
    # (yearless dates read in ``chosen``'s year: a reference at its end keeps them there)
    found = find_dates(text, reference=dt.date(chosen.year, 12, 31))
    written = [d.date for d in found if d.has_year and d.date and _MONTH_WORD.search(d.text)]

    def fits(day: dt.date) -> bool:
        return any(0 <= (day - d).days <= 3 for d in written)

    if fits(chosen):
        return False
    if fits(other):
        return True
    # (two events at least, and not October 7, which pages recall from the year before)
    later = {
        d.date
        for d in found
        if not d.has_year
        and d.date
        and _MONTH_WORD.search(d.text)
        and (d.date.month, d.date.day) != (10, 7)
        and (d.date - chosen).days > 7
    }
    return len(later) >= 2 and max(later) <= other


_MONTH_WORD = re.compile(r"[A-Za-z]{3}")  # ("May 7, 2024", not "07/05/2024")
