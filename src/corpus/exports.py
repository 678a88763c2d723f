"""Articles saved from research databases: Factiva, ProQuest and Nexis (LexisNexis).

Researchers often build their corpus from these services rather than from the outlets'
pages. An export prints the article between the database's own fields: Factiva's
two-letter codes ("HD" headline, "PD" date, "SN" source, "LP" lead, "TD" text, then
"CO", "NS", "AN" ...) or its standard display ("703 words", the date and the source on
the lines under the byline); ProQuest's "Publication info:" and its "Details" index
("Subject:", "ISSN:", "ProQuest document ID:" ...); Nexis's "Length:", "Load-Date:" and
"End of Document". :func:`read_export` takes the headline, the date, the source and the
byline from those fields and blanks the fields themselves, so that no word count
("Length: 806 words") or document number is read as a figure and no index line as
speech; the body, a standfirst ("Highlight:") and captions ("Graphic:") stay.

>>> lines = ["HD Israel, Hamas Extend Truce", "BY By Noa Levinson", "WC 771 words",
...          "PD 28 November 2023", "SN The Wall Street Journal", "LP", "The truce held."]
>>> kept, fields = read_export(lines, "factiva")
>>> [ln for ln in kept if ln], fields["title"], fields["outlet"]
(['The truce held.'], 'Israel, Hamas Extend Truce', 'The Wall Street Journal')
"""

from __future__ import annotations

import datetime as dt
import re

from corpus.date_lines import first_full_date

__all__ = ["export_kind", "read_export", "set_export_fields"]

# -- which database printed the page ------------------------------------------------------

_FACTIVA_CODES = re.compile(r"^(?:HD|PD|SN) \S", re.MULTILINE)
_NEXIS_MARKS = ("Load-Date:", "LOAD-DATE:", "End of Document", "Nexis")
_PROQUEST_MARKS = ("ProQuest document", "Report Information from ProQuest", "Database: ")


def export_kind(text: str) -> str | None:
    """ "factiva", "proquest" or "nexis" when ``text`` is an export of that database."""
    if "Factiva" in text or len(_FACTIVA_CODES.findall(text, 0, 4000)) >= 2:
        return "factiva"
    if "ProQuest" in text and any(mark in text for mark in _PROQUEST_MARKS):
        return "proquest"
    if any(mark in text for mark in _NEXIS_MARKS):
        return "nexis"
    return None


# -- the fields of each database ----------------------------------------------------------

# Factiva's codes; the value of those in FACTIVA_FIELDS is kept, LP and TD open the text
_FACTIVA_CODE = re.compile(
    r"^(?P<code>HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|CX|ART)"
    r"(?:\s+(?P<value>.*))?$"
)
FACTIVA_FIELDS = {"HD": "title", "BY": "author", "PD": "published", "SN": "outlet"}
_FACTIVA_CHROME = re.compile(
    r"^(?:Page \d+ of \d+ © \d{4} Factiva\b.*|(?:Dow Jones )?Factiva\b.*|© \d{4} Factiva\b.*|"
    r"Article \d+ of \d+\b.*|Headlines \d+ - \d+ of \d+\b.*|Document [A-Z0-9]{12,}|"
    r"License this article from\b.*|Credit: .*|Search Summary)$"
)
# the standard display: "703 words", then the date, the source and its code ...
_WORD_COUNT = re.compile(r"^\d[\d,]* words$")

# ProQuest's fields ("Publication info:" holds the source and the date)
_PROQUEST_FIELD = re.compile(
    r"^(?P<key>Author|Publication info|Abstract|Full text|Subject|Location|People|"
    r"Company / organization|Identifier / keyword|Title|Publication title|Volume|Issue|Pages|"
    r"Publication year|Publication date|Section|Publisher|Place of publication|"
    r"Country of publication|Publication subject|e?-?ISSN|Source type|Language of publication|"
    r"Document type|Document feature|ProQuest document ID|Document URL|Copyright|Last updated|"
    r"Database|Links|Illustration|Credit|Dateline|Sponsor)\s*:\s*(?P<value>.*)$"
)
_PROQUEST_CHROME = re.compile(
    r"^(?:Report Information from ProQuest|_{10,}|Table of contents|"
    r"ProQuest document link|ProQuest|Contact ProQuest\b.*|Copyright © \d{4} ProQuest\b.*|"
    r"Back to results\b.*|.*\bDocument \d+ of \d+\b.*|ABSTRACT(?: \(ENGLISH\))?|FULL TEXT|"
    r"Details|Abstract/Details|Cite \| .*|Basic Search \| .*)$"
)
_TOC_ENTRY = re.compile(r"^\d+\.\s+\S")
_CLOCK_STAMP = re.compile(r"^[A-Z][a-z]+ \d{1,2},? \d{4},? \d{1,2}:\d\d\b.*$")

# Nexis's fields: those in NEXIS_KEPT keep their text (a standfirst, a caption)
_NEXIS_FIELD = re.compile(
    r"^(?P<key>Section|Length|Byline|Highlight|Graphic|Load-Date|Language|Publication-Type|"
    r"Journal-Code|Document-Type|Dateline|Subject|Geographic|Organization|Person|Industry|"
    r"Country|City|Ticker|Notes|Correction-Date|Series|Type|Edition)\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
NEXIS_KEPT = frozenset({"highlight", "graphic"})
_NEXIS_CHROME = re.compile(
    r"^(?:End of Document|Body|Page \d+ of \d+|\d+ of \d+ DOCUMENTS?|Nexis(?: Uni)?®?|"
    r"(?:Copyright|©) \d{4}\b.*|All Rights Reserved\.?|Results list \| .*)$"
)


def read_export(lines: list[str], kind: str) -> tuple[list[str], dict[str, str | dt.date]]:
    """The page's lines with the database's fields and furniture blanked, and the fields
    it read: ``title``, ``published`` (a date), ``outlet``, ``author``."""
    read = {"factiva": _factiva, "proquest": _proquest, "nexis": _nexis}[kind]
    lines = list(lines)
    fields: dict[str, str | dt.date] = {}
    read(lines, fields)
    return lines, {k: v for k, v in fields.items() if v}


def _factiva(lines: list[str], fields: dict) -> None:
    in_summary = False
    for i, line in enumerate(lines):
        if line == "Search Summary":
            in_summary = True
        if in_summary or _FACTIVA_CHROME.match(line):
            lines[i] = ""
            continue
        coded = _FACTIVA_CODE.match(line)
        if coded is None:
            continue
        code, value = coded["code"], (coded["value"] or "").strip()
        if code in ("LP", "TD"):
            lines[i] = value  # (the text's first paragraph may follow on the code's line)
            continue
        if code in FACTIVA_FIELDS and value and FACTIVA_FIELDS[code] not in fields:
            fields[FACTIVA_FIELDS[code]] = value.removeprefix("By ").strip()
        lines[i] = ""
    if "published" in fields:
        fields["published"] = first_full_date(str(fields["published"]))
    else:
        _factiva_display(lines, fields)


def _factiva_display(lines: list[str], fields: dict) -> None:
    """Factiva's standard display: headline (and deck), byline, "703 words", the date,
    the source, its code, region, page, language, copyright, each on a line."""
    at = next((i for i, ln in enumerate(lines) if _WORD_COUNT.match(ln)), None)
    if at is None:
        return
    after = [i for i in range(at + 1, min(at + 12, len(lines))) if lines[i]]
    day = first_full_date(lines[after[0]]) if after else None
    if day is None:
        return
    fields["published"] = day
    fields["outlet"] = lines[after[1]] if len(after) > 1 else None
    for i in after:
        done = lines[i].startswith("©")
        lines[i] = ""
        if done:
            break
    lines[at] = ""
    before = [i for i in range(at) if lines[i] and not _is_menu(lines[i])]
    if before and len(lines[before[-1]].split()) <= 8 and not lines[before[-1]].endswith("."):
        fields["author"], lines[before[-1]] = lines[before[-1]], ""
        before.pop()
    title = next((i for i in before if len(lines[i].split()) >= 4), None)
    if title is not None:
        fields["title"], lines[title] = lines[title], ""
        for i in before:
            if i < title:
                lines[i] = ""  # the section over the headline ("World")


def _is_menu(line: str) -> bool:
    return "|" in line


def _proquest(lines: list[str], fields: dict) -> None:
    before_document = any(ln.startswith("Document ") for ln in lines)
    title_next = False
    for i, line in enumerate(lines):
        if line.startswith("Document ") and _PROQUEST_CHROME.match(line):
            title_next, before_document = True, False
            lines[i] = ""
            continue
        if title_next and line:
            fields.setdefault("title", line)
            title_next, lines[i] = False, ""
            continue
        if before_document and (_TOC_ENTRY.match(line) or _CLOCK_STAMP.match(line)):
            lines[i] = ""  # the export's table of contents and its timestamp
            continue
        if _PROQUEST_CHROME.match(line):
            lines[i] = ""
            continue
        field = _PROQUEST_FIELD.match(line)
        if field is None:
            continue
        key, value = field["key"], field["value"].strip()
        if key == "Full text":
            lines[i] = value
            continue
        if key == "Author":
            fields.setdefault("author", value)
        elif key == "Publication info":
            fields.setdefault("outlet", value.split(";")[0].strip())
            fields.setdefault("published", first_full_date(value))
        lines[i] = ""


def _nexis(lines: list[str], fields: dict) -> None:
    title, seen = None, False
    for i, line in enumerate(lines):
        if _NEXIS_CHROME.match(line):
            # (each "Page 2 of 3" prints the headline again under it)
            if line.startswith("Page ") and title is None:
                title = next((ln for ln in lines[i + 1 :] if ln), None)
            lines[i] = ""
            continue
        field = _NEXIS_FIELD.match(line)
        if field is None:
            if title and line == title:
                lines[i] = line if not seen else ""  # the headline, then its reprints
                seen = True
            continue
        key, value = field["key"].lower(), field["value"].strip()
        if key in NEXIS_KEPT:
            lines[i] = value
            continue
        if key == "byline":
            fields.setdefault("author", value)
        lines[i] = ""


def set_export_fields(page, fields: dict) -> None:
    """Give ``page`` (a :class:`corpus.layouts.Page`) the title, source, byline and date
    the database's fields hold, over what its lines suggested."""
    if not fields:
        return
    page.title = fields.get("title") or page.title
    page.outlet = fields.get("outlet") or page.outlet
    page.author = fields.get("author") or page.author
    if fields.get("published"):
        page.published, page.date_source = fields["published"], "stated"
