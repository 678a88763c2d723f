"""Dates in news text: explicit dates, weekdays, and what they resolve to.

News gives dates three ways: a full date ("March 27, 2024", "7 October 2023",
"2024-01-30"), a partial one ("Oct 7", "on 20 December") whose year comes from
the publication date, and a weekday ("said on Monday") that means the most
recent such day on or before publication. :func:`resolve_asof` uses all three to
find the day a running total refers to (never after publication).

>>> import datetime as dt
>>> weekday_on_or_before("Monday", dt.date(2024, 2, 8))
datetime.date(2024, 2, 5)
>>> [(m.text, m.date) for m in find_dates("on March 27, 2024, the ministry said")]
[('March 27, 2024', datetime.date(2024, 3, 27))]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from dateutil import parser as dateutil_parser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also verbs: written small in running text ("24 may still be
# alive", "troops march"), they are the verb.
VERB_MONTHS = ("may", "march")


def is_month_name(word: str) -> bool:
    """Whether ``word``, as written, names a month ("May", "sept", but not "may")."""
    return word.lower() in MONTHS and word not in VERB_MONTHS


# "\b" after the month: "18 deceased" is not 18 December.
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?:\.|\b)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    # 2024-01-30
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b"),
    # March 27, 2024 / Feb. 5, 2024 / Oct 7
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    # 7 October 2023 / 20 December
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
)
# 24/11/2023, 10.01.2024, 13-10-2025, 12/19/2024: day first unless the first number cannot be a month
# (opens with a digit class so that the engine skips fast; the digit before is checked apart)
_NUMERIC = re.compile(r"\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d\d(?!\d)")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


def _months_at_word_start() -> str:
    """The month names (longest first) as one branch per first letter, each testing after
    that letter that no word character stands before it, which is what a leading \\b
    tests: a pattern that opens with literal letters lets the regex engine skip fast to
    where one stands, one that opens with \\b is tried at every character."""
    by_letter: dict[str, list[str]] = {}
    for name in sorted(MONTHS, key=len, reverse=True):
        by_letter.setdefault(name[0], []).append(name[1:])
    return "|".join(
        rf"{letter}(?<!\w.)(?:{'|'.join(rests)})" for letter, rests in by_letter.items()
    )


# A day at a word start ("\b" + _DAY), opening with its digit for the same reason: then
# (?<!\w\d) is the \b before it, and a second digit follows only a first in 0-3.
_DAY_AT_WORD_START = r"(?P<day>\d(?<!\w\d)(?:(?<=[0-3])\d)?)(?:st|nd|rd|th)?"
# The same patterns, case-sensitive, for lower-cased ASCII text: same matches (lower-casing
# ASCII keeps every offset), about twice as fast, and the month patterns several times
# faster again for opening with letters or digits instead of \b.
_DATE_PATTERNS_LOWER = (
    re.compile(_DATE_PATTERNS[0].pattern),
    re.compile(rf"(?P<month>{_months_at_word_start()})(?:\.|\b)\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?"),
    re.compile(rf"{_DAY_AT_WORD_START}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?"),
)
# Every month name begins with one of these: in lower-cased text without one, the month
# patterns cannot match (skip them: a scan for these is cheaper still)
MONTH_START = re.compile("|".join(sorted({name[:3] for name in MONTHS})))
# What every ISO date holds ("2024-01-30"): a quick first test, as the ISO pattern opens with
# \b and is slow to fail
_ISO_HINT = re.compile(r"\d-[01]\d-")
# The only non-ASCII characters case-insensitive matching takes for ASCII letters.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _plain_case(text: str) -> bool:
    """Whether case-sensitive ASCII patterns on ``text.lower()`` find exactly what the
    case-insensitive ones find on ``text``, at the same offsets."""
    return text.isascii() or _ODD_CASE.search(text) is None


@dataclass(frozen=True)
class DateMention:
    """A date written in the text; ``date`` is None when it cannot be completed."""

    start: int
    end: int
    text: str
    date: dt.date | None
    has_year: bool


def parse_date(value: str) -> dt.date | None:
    """Parse a header date such as ``Feb 08, 2024 09:16 PM`` or ``2023-12-03``."""
    value = value.strip()
    if not value or not re.search(r"\d", value):
        return None
    try:
        # only the day is kept, so a zone name is ignored: "18:23 IST" is Israel's or
        # India's, and dateutil would warn that it knows neither
        day = dateutil_parser.parse(
            value, fuzzy=True, default=dt.datetime(1900, 1, 1), ignoretz=True
        )
        return day.date()
    except (ValueError, OverflowError):
        return None


def _complete(year: int | None, month: int, day: int, reference: dt.date | None) -> dt.date | None:
    if year is None:
        if reference is None:
            return None
        year = reference.year
        # "20 December" in an article of January 2024 means December 2023.
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None
        if candidate > reference + dt.timedelta(days=7):
            year -= 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Explicit dates in ``text``; partial ones take their year from ``reference``."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    patterns, scanned = _DATE_PATTERNS, text
    if _plain_case(text):
        scanned = text.lower()
        iso, *months = _DATE_PATTERNS_LOWER
        # cheap tests first: an ISO date has "-0" or "-1" (its month), a month pattern needs
        # a month name
        iso_hint = ("-0" in text or "-1" in text) and _ISO_HINT.search(scanned)
        patterns = ([iso] if iso_hint else []) + (months if MONTH_START.search(scanned) else [])
    for pattern in patterns:
        for m in pattern.finditer(scanned):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            groups = m.groupdict()
            # .get: case-insensitive matching also takes "ſept" (long s), no month name
            month = (
                int(groups["mnum"]) if groups.get("mnum") else MONTHS.get(groups["month"].lower())
            )
            if month is None:
                continue
            if groups.get("month") and not is_month_name(text[m.start("month") : m.end("month")]):
                continue  # "of whom 24 may still be alive": a verb written as one, no month
            day = int(groups["day"])
            year = int(groups["year"]) if groups.get("year") else None
            date = _complete(year, month, day, reference)
            written = text[m.start() : m.end()]
            found.append(DateMention(m.start(), m.end(), written, date, year is not None))
            taken.append(m.span())
    # (quick first tests: a slashed date has a "/", a dotted or dashed one ".19" or "-20" ...)
    if "/" in text or ".20" in text or ".19" in text or "-20" in text or "-19" in text:
        found.extend(_numeric_dates(text, taken))
    if found:
        found.extend(_range_partners(text, found))
    return sorted(found, key=lambda d: d.start)


# The other end of a range of days: "between 1 and 27 July", "1–21 July", "July 1-21"
# What joins the two days of a range: "1–21", "1 to 21" (a dash with spaces around it is
# a separator: "On Oct. 7 - 12 people were killed")
DAY_RANGE_LINK = r"(?:[-–—]|\s+(?:to|until|till)\s+)"
_DAY_BEFORE = re.compile(rf"(?:\b([0-3]?\d){DAY_RANGE_LINK}|\b[Bb]etween\s+([0-3]?\d)\s+and\s+)$")
_DAY_AFTER = re.compile(rf"{DAY_RANGE_LINK}([0-3]?\d)\b(?![.,:]?\d)")


def _range_partners(text: str, found: list[DateMention]) -> list[DateMention]:
    """The first (or last) day of a range whose other end is a date in ``found``, dated
    in the same month: the "1" of "between 1 and 27 July" is a day, not a count."""
    partners = []
    for d in found:
        if text[d.start : d.start + 1].isdigit():  # "27 July": a day before it
            m = _DAY_BEFORE.search(text, max(0, d.start - 20), d.start)
        elif d.text[-1:].isdigit() and not d.text[-4:].isdigit():  # "July 1": a day after it
            m = _DAY_AFTER.match(text, d.end)
        else:
            continue  # "July 7, 2024 - 12 people were killed"
        group = (1 if m.group(1) else 2) if m else 0
        if not group or not 1 <= int(m.group(group)) <= 31:
            continue
        try:
            day = d.date.replace(day=int(m.group(group))) if d.date else None
        except ValueError:
            continue
        written = m.group(group)
        partners.append(DateMention(m.start(group), m.end(group), written, day, d.has_year))
    return partners


def _numeric_dates(text: str, taken: list[tuple[int, int]]) -> list[DateMention]:
    """'24/11/2023', '10.01.2024', '13-10-2025', '12/19/2024': day first, as most outlets outside the US
    write it, unless only month first makes a date (12/19/2024)."""
    found = []
    for m in _NUMERIC.finditer(text):
        start = m.start()
        if start and (text[start - 1].isdigit() or text[start - 1] in "./"):
            continue  # part of a longer number: "1.10.01.2024", a version
        if any(s < m.end() and start < e for s, e in taken):
            continue
        first, second, year = (int(x) for x in re.split(r"[/.-]", m.group(0)))
        day, month = (second, first) if second > 12 >= first else (first, second)
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        found.append(DateMention(start, m.end(), m.group(0), date, True))
    return found


def weekday_on_or_before(weekday: str | int, reference: dt.date) -> dt.date:
    """The most recent ``weekday`` on or before ``reference``."""
    index = weekday if isinstance(weekday, int) else WEEKDAYS.index(weekday.lower())
    return reference - dt.timedelta(days=(reference.weekday() - index) % 7)


# Any word shaped like a weekday, case-sensitive: several times faster than _WEEKDAY,
# which is case-insensitive; the words are then looked up (see _plain_case).
_WEEKDAY_SHAPED = re.compile(r"\b([MTWFSmtwfs][a-zA-Z]{2,5}[dD][aA][yY])\b")
_WEEKDAY_INDEX = {name: i for i, name in enumerate(WEEKDAYS)}


def find_weekdays(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, weekday index)`` of each weekday name in ``text``."""
    if not _plain_case(text):
        # ("Frıday", "ſunday" match the case-insensitive pattern but lower-case to no weekday)
        return [
            (m.start(), m.end(), _WEEKDAY_INDEX[word])
            for m in _WEEKDAY.finditer(text)
            if (word := m.group(1).lower()) in _WEEKDAY_INDEX
        ]
    lowered = text.lower()
    # A match of _WEEKDAY_SHAPED is a whole word (a run of word characters) that ends in
    # "day": look only at the words that end in "day", found by str.find, which is faster
    # than the pattern (lower-casing keeps every offset and turns no other letters into
    # ASCII ones: see _plain_case).
    found = []
    at = lowered.find("day")
    while at >= 0:
        end = at + 3
        if end == len(text) or not _is_word_char(text[end]):
            start = at
            while start and _is_word_char(text[start - 1]):
                start -= 1
            if (day := _WEEKDAY_INDEX.get(lowered[start:end])) is not None:
                found.append((start, end, day))
        at = lowered.find("day", end)
    return found


def _is_word_char(char: str) -> bool:
    """What ``\\w`` takes (letters, digits and "_" of any script)."""
    return char.isalnum() or char == "_"


# --- As-of dates of reported totals ------------------------------------------

# Words that make a date the start or edge of a period, not the day a total refers to.
# ("since the conflict broke out on Oct 7", "before the truce collapsed on Friday").
_EDGE_WORDS = ("since", "from", "after", "before", "until", "till", "between", "starting")
_PERIOD_EDGE = re.compile(rf"\b(?:{'|'.join(_EDGE_WORDS)})\b[^,.;:]{{0,65}}$", re.IGNORECASE)
_PERIOD_END = re.compile(
    r"\b(?:between|from)\s+[^,.;:]{3,40}?\s+(?:and|to|until|through|till)\s+$", re.IGNORECASE
)
# "the Oct. 7 attack": a date naming an event, not the day a total refers to
_EVENT_NAME = re.compile(
    r"[\s,-]*(?:attacks?|assault|raid|massacre|incursion|rampage|anniversary|war|offensive)\b",
    re.IGNORECASE,
)
# "the attack on southern Israel on Oct. 7", "the 251 people abducted on October 7", "the
# ceasefire, which took effect on Jan 19,", "the attack of Oct. 7, 2023": the day of an
# event, not of a total
_EVENT_BEFORE = re.compile(
    r"\b(?:attacks?|attacked|stormed|invaded|assault|raid|massacre|incursion|rampage|abducted|kidnapped|seized|taken"
    r"|captured|launched|took\s+effect|came\s+into\s+(?:effect|force)|went\s+into\s+(?:effect|force)"
    r"|began|started|was\s+signed)\s+(?:[\w'-]+\s+){0,3}?(?:on|of)\s+$",
    re.IGNORECASE,
)


def _event_before(window: str) -> bool:
    """Whether ``window`` ends in an event's "on" (see _EVENT_BEFORE)."""
    # the pattern is slow to fail: first the quick test that the window ends in "on " or
    # "of " ("the Hamas-led attack of Oct. 7, 2023")
    if not window[-1:].isspace() or window.rstrip()[-2:].lower() not in ("on", "of"):
        return False
    return bool(_EVENT_BEFORE.search(window))


# the first day of the war the corpus follows (the gold sets: never the day a count
# published later refers to)
WAR_START = dt.date(2023, 10, 7)

_RELATIVE_DAYS = {
    "yesterday": 1, "today": 0, "tonight": 0, "last night": 1, "this morning": 0,
    "this afternoon": 0, "this evening": 0,
}  # fmt: skip
_RELATIVE = re.compile(r"\b(" + "|".join(_RELATIVE_DAYS) + r")\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"^,?\s+last\s+year\b", re.IGNORECASE)


def _is_period_edge(text: str, start: int) -> bool:
    window = text[max(0, start - 80) : start]
    # the pattern is slow to fail; where lower-casing is exact (see _plain_case) it needs
    # one of its words as they are
    lowered = window.lower()
    if not any(map(lowered.__contains__, _EDGE_WORDS)) and _plain_case(window):
        return False
    # "between 7 October 2023 and 16 December 2024": the period ends on the day its
    # total refers to
    return bool(_PERIOD_EDGE.search(window)) and not _PERIOD_END.search(window)


# The numbers of one sentence share its dates and weekdays: find them once per sentence.
@lru_cache(maxsize=128)
def _stated_dates(sentence: str, reference: dt.date | None) -> tuple[DateMention, ...]:
    """The complete dates of ``sentence`` that are not a period's edge or an event's name."""
    return tuple(
        d
        for d in find_dates(sentence, reference)
        if d.date is not None
        and not _is_period_edge(sentence, d.start)
        and not _EVENT_NAME.match(sentence, d.end)
        and not _event_before(sentence[max(0, d.start - 50) : d.start])
        # ("the atrocities of 7 October, ... nor the 222 hostages who are still held"): the
        # war's first day is the day of its attack, not of a later report's count
        and not (d.date == WAR_START and reference is not None and reference > WAR_START)
    )


@lru_cache(maxsize=128)
def _relative_day(sentence: str) -> str | None:
    lowered = sentence.lower()
    # the pattern is slow to fail; on ASCII text it needs one of its words as they are
    if sentence.isascii() and not any(map(lowered.__contains__, _RELATIVE_DAYS)):
        return None
    rel = _RELATIVE.search(sentence)
    return rel.group(1).lower() if rel else None


# the verbs that give a report's day: "said on Wednesday", "reported Monday"
REPORT_VERBS = r"(?:said|says|announced|reported|added|stated|claimed)"
_SAID_ON = re.compile(rf"\b{REPORT_VERBS}\s+(?:on\s+)?$")


@lru_cache(maxsize=128)
def _weekdays_in(sentence: str) -> tuple[tuple[int, int, int], ...]:
    """The weekdays of ``sentence`` that are not a period's edge."""
    return tuple(w for w in find_weekdays(sentence) if not _is_period_edge(sentence, w[0]))


def resolve_asof(
    sentence: str,
    published: dt.date | None,
    *,
    anchor: dt.date | None = None,
    present: bool = False,
    near: int = 0,
    until: int | None = None,
    since: int = 0,
) -> tuple[dt.date | None, str | None]:
    """The day a running total in ``sentence`` refers to, and how it was found.

    Tries, in order: an explicit date (``stated``; "since 7 October" is a period
    edge and is ignored), "yesterday"/"today" (``stated``), a weekday resolved
    against ``anchor`` (a caption date before the sentence; ``caption``) or the
    publication date (``weekday``), and finally the publication date itself when
    the total is in the present tense (``published``). The weekday closest to
    character ``near`` wins; dates and weekdays from character ``until`` on (past the
    next count of the sentence: "17,000 in battle and 1,000 on October 7") are that
    count's, and those before character ``since`` (where the count's own clause opens:
    "... killed 1,200 on October 7, and that about 130 hostages remain") another's.
    Never returns a date after ``published``.
    """
    result: tuple[dt.date | None, str | None] = (None, None)
    reference = anchor or published
    # a date without a year is completed from the publication date: an anchor dates the
    # weekdays of a caption, but may be a much older event ("killed on 7 October 2023")
    dates = _stated_dates(sentence, published or anchor)
    weekdays = _weekdays_in(sentence)
    if until is not None:
        dates = tuple(d for d in dates if d.start < until)
        # (the day of the report dates every count before it: "has risen to 30,717 with
        # 72,156 others wounded, the ministry said on Wednesday")
        weekdays = tuple(
            w
            for w in weekdays
            if w[0] < until or _SAID_ON.search(sentence, max(0, w[0] - 24), w[0])
        )
    if since:
        dates = tuple(d for d in dates if d.start >= since)
        weekdays = tuple(w for w in weekdays if w[0] >= since)
    if dates:
        d = min(dates, key=lambda d: abs(d.start - near))
        day = d.date
        if not d.has_year and _LAST_YEAR.match(sentence[d.end :]) and published:
            day = _complete(published.year - 1, day.month, day.day, None)
        result = (day, "stated")
    elif published and (rel := _relative_day(sentence[since:])):
        result = (published - dt.timedelta(days=_RELATIVE_DAYS[rel]), "stated")
    else:
        if weekdays and reference:
            _, _, index = min(weekdays, key=lambda w: abs(w[0] - near))
            result = (weekday_on_or_before(index, reference), "caption" if anchor else "weekday")
            if (
                anchor
                and published
                and (published - anchor).days > _ANCHOR_WEEK
                and result[0] != anchor
            ):
                # a date weeks old dates a weekday only when it is that day (a file photo
                # "on Feb. 5, 2024" ... "on Monday"); else it was an event ("the collapse
                # of the ceasefire on 18 March") and the weekday is of the report's week
                result = (weekday_on_or_before(index, published), "weekday")
        elif present and published and not VAGUE_REPORT.search(sentence, since):
            # ("the UN said last week that 1.5 million people had been displaced": the
            # day of the report is not known, and the count is not today's)
            result = (published, "published")
    day, _ = result
    if day is None or (published is not None and day > published):
        return None, None
    return result


# a report dated only by a past week or month ("the UN said last week that"): its counts
# have no day of their own
VAGUE_REPORT = re.compile(
    r"\b(?:said|says|reported|announced|estimated|stated|noted)\s+(?:last|earlier\s+this)\s+"
    r"(?:week|month)\b"
)
_YEAR = re.compile(r"(?:19|20)\d\d")  # what a date with a year must hold


# how old a caption's date may be and still date the weekdays after it
ANCHOR_MAX_AGE_DAYS = 31
_ANCHOR_WEEK = 7  # ... and beyond a week only the weekday that is the date itself


def caption_anchor(paragraph: str, published: dt.date | None) -> dt.date | None:
    """The first full date (with a year) in a paragraph, e.g. a photo caption's date.

    Weekdays later in the same paragraph count back from it. Dates after the
    publication date are not anchors.
    """
    if not _YEAR.search(paragraph):  # most paragraphs: no year, so no anchor
        return None
    for d in find_dates(paragraph):
        usable = d.has_year and d.date and not _is_period_edge(paragraph, d.start)
        if usable and (published is None or d.date <= published):
            # a date long before the article's is history ("The war began ... on Oct. 7,
            # 2023"), not the day of a photo or of a report the paragraph goes on with
            if published is not None and (published - d.date).days > ANCHOR_MAX_AGE_DAYS:
                return None
            return d.date
    return None
