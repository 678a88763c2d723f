"""Page shapes: find the metadata a saved news page prints and strip its boilerplate.

Scraped articles arrive in a handful of general shapes, whatever the outlet:

* ``header``   a key-value block (``Title:``, ``Published Time:``, ``Author:``, ``Text:``)
* ``live``     a live page of timestamped entries (``05:19 2024-06-12``)
* ``banner``   a section banner (``WORLD / MID-EAST``), title, ``Published: ...`` line
* ``updated``  title, then ``<Outlet> Updated on 2024-01-30``
* ``byline``   title (often printed twice), ``by <author>``, an image credit
* ``dateline`` a ``date 2023-10-26`` line or a wire dateline (``GAZA, Nov. 2 (Xinhua) --``)
* ``caption``  the text opens with a dated photo caption
* ``titled``   a title line, then the body; ``plain``: the body alone

:func:`parse_page` takes normalised text and returns a :class:`Page`: the body
(title, header lines, bylines, credits, footers, repeated captions and site furniture
removed: menus, share buttons, counters, link boxes, and in-text headlines, whose
counts and "ministry says" are a headline's, not a report's) and the metadata found
on the way. The patterns
are data in :mod:`corpus.layout_rules` (outlet names in ``data/outlets.txt``), so a
researcher can read and extend them without touching this code.

>>> page = parse_page("WORLD / MID-EAST\\nTruce talks resume\\nPublished: Feb 08, 2024\\nTalks resumed.")
>>> page.layout, page.title, page.published, page.text
('banner', 'Truce talks resume', datetime.date(2024, 2, 8), 'Talks resumed.')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from corpus.date_lines import caption_date as _caption_date
from corpus.date_lines import date_line as _date_line
from corpus.date_lines import first_full_date as _first_full_date
from corpus.date_lines import other_reading, written_dates_prefer
from corpus.date_lines import yearless_date_line as _yearless_date_line
from corpus.dates import find_dates, parse_date
from corpus.exports import export_kind, read_export, set_export_fields
from corpus.layout_rules import (
    AUTHOR_BIO,
    AUTHOR_OF_OUTLET,
    BANNER,
    BYLINE,
    CJK_DATE,
    DATE_STAMP,
    FOOTER_MARKERS,
    HEADER_KEYS,
    HEADER_LINE,
    LINK_LINE,
    MONTH_FIRST_OUTLETS,
    PRINT_LINE,
    TAG_LINE,
    TIMESTAMP,
    known_outlets,
    trailing_credit,
    wire_dateline,
)
from corpus.page_dates import loose_page_date, printed_url_date
from corpus.page_lines import (
    drop_headings,
    drop_link_boxes,
    drop_repeats,
    is_chrome,
    is_cjk_line,
    is_credit,
    is_kicker,
    is_masthead,
    is_nav,
    is_prose,
    looks_like_title,
    other_script,
    past_weekday_dates,
    title_ahead,
    weak_title,
)

_CREDIT_STARTS = frozenset("©([PpIiCcGgEeAaRrXx")  # first characters of CREDIT_LINES
_TOP_LINES = 12  # metadata lives in the first lines of a page


@dataclass
class Page:
    """The body of a page and the metadata its layout gave."""

    text: str
    layout: str = "plain"
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    date_source: str | None = None
    shapes: list[str] = field(default_factory=list)
    stamp: dt.date | None = None  # a date printed alone under the text ("29/02/2024 17:42:08")
    day_month: str | None = None  # a stamp with no year at the top ("Sep. 02  06:48 am JST")
    # the other reading of a stated date printed as "05-07-2024" (day or month first)
    other_reading: dt.date | None = None


# --- the parser ----------------------------------------------------------------------


def _read_header(lines: list[str], page: Page) -> int:
    """Parse a leading key-value block; return the index of the first body line."""
    fields: dict[str, str] = {}
    n_keys = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        m = HEADER_LINE.match(line)
        key = m.group("key").strip().lower() if m else None
        if key not in HEADER_KEYS:
            break
        target = HEADER_KEYS[key]
        value = m.group("value").strip()
        if target == "body":
            if value:
                lines[i] = value
                break
            i += 1
            break
        n_keys += 1
        if target and value and target not in fields:
            fields[target] = value
        i += 1
    if n_keys < 2:
        return 0
    page.shapes.append("header")
    page.title = fields.get("title")
    page.author = fields.get("author")
    page.url = fields.get("url")
    page.outlet = fields.get("outlet")
    if "published" in fields:
        page.published = _first_full_date(fields["published"]) or parse_date(fields["published"])
        page.date_source = "stated" if page.published else None
    if not page.outlet and "author_description" in fields:
        m = AUTHOR_OF_OUTLET.match(fields["author_description"])
        page.outlet = m.group("outlet") if m else None
    return i


def _read_top(
    lines: list[str], page: Page, drop_cjk: bool = True
) -> tuple[list[str], dt.date | None]:
    """Strip the page top (banner, title, date and byline lines); return (lines, caption date).

    ``drop_cjk``: drop lines in Chinese/Japanese script at the top (a preface to an
    English text); off for texts written in those scripts.
    """
    outlets = known_outlets()
    kept: list[str] = []
    caption_date = None
    body_started = page.title is not None
    prose_seen = False
    n_seen = n_counted = 0
    for pos, line in enumerate(lines):
        if n_counted >= _TOP_LINES:
            kept.extend(lines[pos:])
            break
        if not line.strip() or (line[0] == "|" and _table_header(lines, pos)):
            kept.append(line)  # (a blank, or a table's header: see _table_header)
            continue
        n_seen += 1
        # menu and share items ("Share", "Copy URL", "Email") do not use up the page top
        wordy = line.count(" ") > 2
        n_counted += wordy
        first = n_seen == 1
        stamp = DATE_STAMP.match(line) if first else None
        if stamp:
            page.shapes.append("dateline")
            page.published, page.date_source = dt.date.fromisoformat(stamp.group("date")), "stated"
            line = stamp.group("rest").strip()
            if not line:
                continue
        digit_led = line[:1].isdigit()
        alone = _date_line(line) if digit_led else None
        if alone and page.date_source != "stated":
            # "28.05.2024" on a line of its own, which reads like a counter
            page.shapes.append("dated")
            page.published, page.date_source = alone[0], "stated"
            page.other_reading = other_reading(line, alone[0])
            continue
        if is_chrome(line) or (drop_cjk and n_seen <= 3 and is_cjk_line(line)):
            cjk = [dt.date(int(y), int(m), int(d)) for y, m, d in CJK_DATE.findall(line)]
            if cjk and page.date_source != "stated":
                page.published, page.date_source = max(cjk), "stated"
            n_seen -= 1
            n_counted -= wordy
            continue
        if first and line.lower().rstrip(".") in outlets:  # "THE WALL STREET JOURNAL."
            page.outlet = page.outlet or outlets[line.lower().rstrip(".")]
            n_seen -= 1
            n_counted -= wordy
            continue
        dated = None
        if n_seen <= 3 and not page.title and BANNER.match(line) and len(line.split()) <= 10:
            # ("Since 1954 | Friday, 7 March 2025": a date, no banner)
            dated = alone if digit_led else _date_line(line)
            if not dated:
                page.shapes.append("banner")
                continue
        if stamp_line := TIMESTAMP.match(line):
            page.shapes.append("live")
            stamp_date = dt.date.fromisoformat(stamp_line.group("date"))
            if page.date_source != "stated" or (page.published and stamp_date > page.published):
                page.published, page.date_source = stamp_date, "stated"
            continue
        dated = dated or (alone if digit_led else _date_line(line))
        if dated:
            page.shapes.append("updated" if dated[1] else "dated")
            if page.date_source != "stated":
                page.published, page.date_source = dated[0], "stated"
                page.other_reading = other_reading(line, dated[0])
            page.outlet = page.outlet or dated[1]
            by = _BYLINE_BEFORE_DATE.match(line) if line[:3].lower() == "by " else None
            if by:  # "By Jane Doe Globe Staff,Updated November 15, 2023": a byline too
                page.author = page.author or by.group(1)
            continue
        yearless = _yearless_date_line(line) if n_seen <= 4 and not body_started else None
        if yearless:
            page.shapes.append("dated")
            page.day_month = page.day_month or yearless
            continue
        by = BYLINE.match(line) if line[:6].lstrip("-–—•* ")[:3].lower() == "by " else None
        if by:
            page.shapes.append("byline")
            page.author = page.author or by.group("author").strip(" ,")
            page.outlet = page.outlet or (by.group("outlet") or "").strip() or None
            continue
        bio = AUTHOR_BIO.match(line) if " is " in line[:80] and len(line) < 250 else None
        if bio:
            page.author = page.author or bio.group("author")
            page.outlet = page.outlet or bio.group("outlet")
            continue
        if is_credit(line) or (page.title and line == page.title):
            continue
        # a photo caption above the title, or one with its credit below the title and the
        # standfirst ("..., on February 15, 2025. Photo: AFP")
        credited = bool(page.title) and n_seen <= 6 and _PHOTO_CREDIT.search(line) is not None
        if caption_date is None and ((not body_started and not page.title) or credited):
            caption_date = _caption_date(line)
            if caption_date:
                page.shapes.append("caption")
                kept.append(line)
                continue
        if not body_started and n_seen <= 4 and drop_cjk and other_script(line):
            # "גישה – מרכז לשמירה על הזכות לנוע | مسلك – ...": the outlet's name in its other
            # languages over an English page
            page.shapes.append("banner")
            continue
        if not body_started and n_seen <= 3 and is_masthead(line, lines[pos + 1 :]):
            page.shapes.append("banner")  # "Petra - Jordan News Agency" over the site's menu
            continue
        if not body_started and n_seen <= 3 and is_kicker(line, lines[pos + 1 :]):
            page.shapes.append("banner")  # "LIVE", "ANALYSIS", "Israel at War" over the title
            continue
        if not prose_seen and is_nav(line) and (page.title or title_ahead(lines[pos + 1 :])):
            continue  # menus, section labels and share buttons above the first paragraph
        if (
            not body_started
            and n_seen <= 10
            and weak_title(line, lines[pos + 1 :])
            and title_ahead(lines[pos + 1 :])
        ):
            page.shapes.append("banner")  # "News | Sports | Weather", then the title
            continue
        if not body_started and looks_like_title(line):
            page.title = line
            page.shapes.append("titled")
            body_started = True
            continue
        body_started = True
        prose_seen = prose_seen or is_prose(line)
        kept.append(line)
    return kept, caption_date


_PHOTO_CREDIT = re.compile(
    r"(?:\b(?:Photo|Picture|Image|Credit)s?\s*:|\((?:Photo|AP|AFP|Reuters)\b|"
    r"\b(?:Getty Images|AFP|Reuters|AP Photo)\s*\)?\s*$)"
)
_BYLINE_BEFORE_DATE = re.compile(r"[Bb]y\s+([A-Z][^,|–—\d]{1,60}?)\s*(?:,|\s[-–—|]\s)")


# a link to another page under the text, its date in brackets: "Six months of war in Gaza:
# Oxfam renews call for arms embargo (5th April 2024)"
_DATED_LINK = re.compile(
    r"\((?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?\s+"
    r"\d{4}\)$"
)


def _read_bottom(lines: list[str], page: Page) -> list[str]:
    """Cut footers, a trailing agency credit and a trailing tag line."""
    content = [i for i, ln in enumerate(lines) if ln.strip()]
    if not content:
        return lines
    bottom = content[max(1, len(content) - 12) :]  # footers live in the last lines
    for i in bottom:
        footer = (len(lines[i]) < 200 or lines[i].lower().startswith(PRINT_LINE)) and (
            FOOTER_MARKERS.match(lines[i])
        )
        if footer and not any(map(is_prose, lines[i + 1 :])):
            lines = lines[:i]
            break
    lines = [
        ln
        for ln in lines
        if not (
            len(ln) < 160 and (LINK_LINE.match(ln) or (ln.endswith(")") and _DATED_LINK.search(ln)))
        )
    ]
    _pop_stamps(lines, page)
    if lines:
        m = trailing_credit().search(lines[-1][-60:])
        if m:
            page.outlet = page.outlet or known_outlets()[m.group("outlet").lower()]
            lines[-1] = lines[-1][: len(lines[-1]) - len(m.group(0))].rstrip()
    n_content = sum(1 for ln in lines if ln.strip())
    if n_content > 1 and lines and len(lines[-1]) < 80 and TAG_LINE.match(lines[-1]):
        lines = lines[:-1]
    return lines


def _pop_stamps(lines: list[str], page: Page) -> None:
    """Drop blank lines and update stamps printed under the text; keep the stamp's date."""
    while lines and (not lines[-1].strip() or (dated := _date_line(lines[-1]))):
        if lines[-1].strip():
            page.stamp = dated[0]  # (the highest one left: the first under the text)
        lines.pop()


def _read_dateline(
    lines: list[str], page: Page, caption: dt.date | None, body: str, text: str
) -> None:
    """Outlet and date of a wire dateline among the first body lines.

    A dateline gives no year: it comes from the caption date, else the first full
    date in the text.
    """
    for line in [ln for ln in lines if ln][:6]:
        m = wire_dateline(line[:140])
        if m is None:
            continue
        page.shapes.append("dateline")
        if "outlet" in m.groupdict():
            page.outlet = page.outlet or m.group("outlet").strip()
        if m.group("date") and page.date_source != "stated":
            found = find_dates(m.group("date").replace("/", ", "))
            date = found[0].date if found else None
            if found and not found[0].has_year:
                date = _nearest_year(found[0].text, _year_reference(caption, body, page, text))
            if date:
                page.published, page.date_source = date, "stated"
        return


def _year_reference(caption: dt.date | None, body: str, page: Page, text: str) -> dt.date | None:
    """The date that gives a year-less dateline or stamp its year: a caption's date, else
    the latest full date of the text's opening, else a stamp under the text; the copyright
    year of the page ``text`` ("© 2023 Oman News Agency") when there is none of these or
    they are history ("the borders of 4 June 1967")."""
    near = caption or (
        max((d.date for d in find_dates(body[:3000]) if d.has_year and d.date), default=None)
        or page.stamp
    )
    years = _COPYRIGHT_YEAR.findall(text, max(0, len(text) - 1500))
    year = int(years[-1]) if years else None
    if year and (near is None or near.year < year - 1):
        return dt.date(year, 7, 1)
    return near


def _nearest_year(day_month: str, reference: dt.date | None) -> dt.date | None:
    """A year-less dateline date ("January 29") in the year that puts it nearest
    ``reference`` (a caption or body date, which may fall before or after it:
    "January 29" near "Dec. 20, 2023" is 2024); None without a reference."""
    if reference is None:
        return None
    days = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        found = find_dates(f"{day_month}, {year}")
        if found and found[0].date:
            days.append(found[0].date)
    return min(days, key=lambda d: abs(d - reference), default=None)


_COPYRIGHT_YEAR = re.compile(
    r"(?:©|\([cC]\)|\b[Cc]opyright)\s*(?:(?:19|20)\d\d\s*[-–]\s*)?((?:19|20)\d\d)\b"
)
_LAYOUT_ORDER = (
    "factiva",
    "proquest",
    "nexis",
    "header",
    "live",
    "banner",
    "updated",
    "byline",
    "dateline",
    "caption",
    "titled",
)


# a Markdown table's underline: "|-----|:----:|"
_TABLE_UNDERLINE = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def _table_header(lines: list[str], i: int) -> bool:
    """Whether line ``i`` is a Markdown table's header ("| Day | Date | Hostages freed |"),
    or its underline: it names the columns, so it stays, though it reads like a menu."""
    if _TABLE_UNDERLINE.fullmatch(lines[i]):
        return i > 0 and lines[i - 1][:1] == "|"
    return i + 1 < len(lines) and _TABLE_UNDERLINE.fullmatch(lines[i + 1]) is not None


def parse_page(text: str) -> Page:
    """Split normalised page text into body and metadata (see the module docstring)."""
    page = Page(text="")
    lines = [ln.strip() for ln in text.split("\n")]
    exported: dict = {}
    if (kind := export_kind(text)) is not None:
        lines, exported = read_export(lines, kind)  # a Factiva, ProQuest or Nexis export
        page.shapes.append(kind)
    lines = lines[_read_header(lines, page) :]
    lines, caption_date = _read_top(lines, page, drop_cjk=not is_cjk_line(text[-2000:]))
    lines = _read_bottom(lines, page)
    lines = [
        ln
        for i, ln in enumerate(lines)
        if not (ln and ((ln[0] in _CREDIT_STARTS and is_credit(ln)) or is_chrome(ln)))
        or (ln[0] == "|" and _table_header(lines, i))
    ]
    lines = drop_repeats(drop_headings(drop_link_boxes(lines)))
    _pop_stamps(lines, page)  # (a stamp above a box of links that has now gone)
    # Lines are already normalised and stripped: only blank-line runs are left to fix.
    body = "\n".join(lines)
    while "\n\n\n" in body:  # str.replace is many times faster than a regex here
        body = body.replace("\n\n\n", "\n\n")
    body = body.strip()
    _read_dateline(lines, page, caption_date, body, text)
    if page.other_reading and (
        written_dates_prefer(text, page.other_reading, page.published)
        or page.outlet in MONTH_FIRST_OUTLETS
    ):
        page.published = page.other_reading  # "05-07-2024" over a caption's "May 7, 2024"
    if "live" in page.shapes:
        page.title = None  # a live page has one headline per entry, none for the page
    if page.date_source is None and page.day_month:
        # the year a stamp leaves out is that of the dates the page prints (a caption's)
        date = _nearest_year(page.day_month, _year_reference(caption_date, body, page, text))
        if date:
            page.published, page.date_source = date, "stated"
    if page.date_source is None and page.stamp and not caption_date:
        page.published, page.date_source = page.stamp, "stated"
    if page.date_source is None and caption_date and loose_page_date(text) == caption_date:
        # "Live updates from Tuesday, October 24, 2023" over a caption of that day: the
        # page's day, which weekdays in later entries do not move
        page.published, page.date_source = caption_date, "stated"
    if page.date_source is None and caption_date:
        later = past_weekday_dates(body, caption_date)
        latest = max([caption_date, *later])
        page.published = latest
        page.date_source = "inferred" if latest > caption_date else "caption"
    if page.date_source is None and (printed := printed_url_date(text)) is not None:
        page.published, page.date_source = printed, "stated"
    if page.date_source is None and (loose := loose_page_date(text)) is not None:
        page.published, page.date_source = loose, "stated"
    set_export_fields(page, exported)  # (the database's fields over what the lines suggested)
    page.text = body
    page.layout = next((s for s in _LAYOUT_ORDER if s in page.shapes), "plain")
    return page
