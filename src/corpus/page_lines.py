"""What a line of a saved page is: site furniture, a menu, a credit, a title, prose, a
kicker or the outlet's masthead, and the line-list passes built on those tests (headings,
repeated lines). Helpers of :mod:`corpus.layouts`, which reads a page top to bottom.
"""

from __future__ import annotations

import datetime as dt
import re

from corpus.date_lines import date_line as _date_line
from corpus.dates import find_weekdays
from corpus.layout_rules import (
    BYLINE,
    CHROME_ANYWHERE,
    CHROME_FIRST_WORDS,
    CHROME_HINTS,
    CHROME_LINES,
    COUNTER_LINE,
    CREDIT_LINES,
    FOOTER_MARKERS,
    FUTURE_MARKERS,
    LABEL_VALUE_ROW,
    MEMBER_HONORIFIC,
    MENU_SPLIT,
    PAST_VERB,
    PLACE_DATELINE,
)
from corpus.speaker_lexicon import media_outlets

_DIGIT = re.compile(r"\d")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
MAX_LINES_FOR_CONTAINMENT = 400
MAX_CAPTION_LEAD_DAYS = 4  # a photo is rarely older than this when the article runs
KICKER_MAX_WORDS = 4  # a section label over a title is short


_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’]s)?")


# a reader comment's header: "Ruth G says:" (a statement's lead-in says "said:")
_COMMENT_HEADER = re.compile(r"[A-Z][\w.'’-]*(?: [\w.'’-]+){0,3} says:")


def is_chrome(line: str) -> bool:
    # Site furniture is short and starts with one of a few words: cheap tests first.
    if len(line) >= 300:
        return False
    if line.endswith(" says:") and _COMMENT_HEADER.fullmatch(line):
        return True
    if line[:1].isdigit():
        return COUNTER_LINE.fullmatch(line) is not None or CHROME_LINES.match(line) is not None
    if line[:1] == "(" and line[1:2].isdigit() and CHROME_LINES.match(line):
        return True  # "(1405)": a debate's clock mark
    if ("|" in line or "·" in line or "•" in line) and is_menu(line):
        return True
    if line.startswith("• ") and " • " in line and not _DIGIT.search(line) and "." not in line:
        # headlines of other stories run on one line: "• Rafah crossing stays shut ... •
        # Winter storms threaten ..." (not key facts: "• 3,500+ people wounded ... • 199 ...")
        return True
    low = line.lower()
    first = _FIRST_WORD.match(low.lstrip("(["))  # "(ATTN: ...)": a desk note in brackets
    if first and first.group() in CHROME_FIRST_WORDS and CHROME_LINES.match(line):
        return True
    # (a substring test per hint word: an alternation of words makes `re` try every position)
    return any(hint in low for hint in CHROME_HINTS) and any(
        p.search(line) for p in CHROME_ANYWHERE
    )


def is_menu(line: str) -> bool:
    items = [item for item in MENU_SPLIT.split(line.strip(" |")) if item]
    if len(items) < 2 or _DIGIT.search(line):
        return False
    # (an item may end in the dot of an abbreviation: "U.S.", not in a sentence's stop)
    if any(
        item.count(" ") > 3 or item[-1] in "!?:" or (item[-1] == "." and " " in item)
        for item in items
    ):
        return False
    return len(items) >= 3 or any(is_chrome(item) for item in items)


def is_credit(line: str) -> bool:
    return len(line) < 160 and any(p.match(line) for p in CREDIT_LINES)


def is_cjk_line(line: str) -> bool:
    sample = line[:400]
    if not _CJK.search(sample):
        return False
    return len(_CJK.findall(sample)) > 0.3 * len(sample.replace(" ", ""))


def looks_like_title(line: str) -> bool:
    words = line.split()
    return (
        2 <= len(words) <= 30
        and len(line) <= 250
        and line.rstrip("\"'”’)")[-1:] not in ".,:;"  # a sentence, even one ending in a quote
        and not BYLINE.match(line)
        and not line[0].islower()
    )


def is_prose(line: str) -> bool:
    """An article paragraph: a sentence of some length, not a link or a list item (a live
    page's entry after its time stamp is one: "9:05 AM - Hezbollah has not yet ...")."""
    if line[:1].isdigit() and (stamp := _ENTRY_STAMP.match(line)):
        line = line[stamp.end() :]
    return (
        line.count(" ") >= 9
        and line.rstrip()[-1:] in '.!?"”’)'
        and not FOOTER_MARKERS.match(line)
        and not line[:1].isdigit()
    )


_ENTRY_STAMP = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*[-–—:|]\s+(?=[A-Z\"“])")


def is_nav(line: str) -> bool:
    """A menu or section item at the page top ("Menu", "World", "Middle East", "Tweet"), or a
    menu bar whose items are set apart by wide gaps ("World  Business  Markets  More")."""
    if _DIGIT.search(line):
        return False
    if line.count(" ") <= 2:
        return line[-1:] not in '.!?:"”'
    return "  " in line and bool(_MENU_BAR.fullmatch(line))


# three or more short capitalised items, two or more spaces apart
_MENU_ITEM = r"[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,2}"  # ("U.S. & World")
_MENU_BAR = re.compile(rf"{_MENU_ITEM}(?: {{2,}}{_MENU_ITEM}){{2,}}")


_CAPTION_HINT = re.compile(
    r"\b(?:photo|photograph|credit|getty|afp|reuters|ap|epa|xinhua)\b|[\[©]", re.I
)


# a line that is only a person's name (an expert list: the post on the line under it)
_NAME_LINE = re.compile(r"(?:(?:Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}")


_CLOCK_STAMP = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:(?:GMT|BST|UTC|CET|EST|ET|local\s+time|[ap]m|[ap]\.m\.)\s*)?[-–—|]\s+"
)


def drop_headings(lines: list[str]) -> list[str]:
    """Drop in-text headlines: a title-like line (no final stop, not a list item or a
    caption) right before a paragraph, such as a live page's entry headlines
    ("Gaza toll passes 67,800, ministry says"). The text under them is kept."""
    keep = list(lines)
    content = [i for i, ln in enumerate(lines) if ln]
    # (not the first line: under the title it is the standfirst, which is body)
    for before, i, after in zip(content, content[1:], content[2:], strict=False):
        line = lines[i]
        # (an entry's time may open it: "17:00 GMT – Gaza death toll exceeds 23,000")
        line = line[stamp.end() :] if (stamp := _CLOCK_STAMP.match(line)) else line
        if (
            line
            and line[-1] not in '.!?"”’):'
            and (3 if not stamp else 2) <= line.count(" ") <= 19
            and line[0] not in "-–—•*0123456789"
            and not lines[before].endswith(":")
            # "Dana Whitaker\nAssociate Professor of Political Science": a post under a name
            and not (before == i - 1 and _NAME_LINE.fullmatch(lines[before]))
            and is_prose(lines[after])
            and looks_like_title(line)
            and not _CAPTION_HINT.search(line)
            # "JERUSALEM/DEIR AL-BALAH, 22 August 2025" above the text: its dateline
            and not (_DIGIT.search(line) and PLACE_DATELINE.match(line))
            # "Deputy Mary Lou McDonald" above a turn of a parliament's record: its speaker
            and not _MEMBER_LINE.fullmatch(line)
            # "🇫🇷 Le Monde, Paris" above a press review's paragraph: what "the French
            # daily" under it points back to
            and not _outlet_heading(line)
            and not LABEL_VALUE_ROW.match(line)
        ):
            keep[i] = ""
    return keep


def _outlet_heading(line: str) -> bool:
    """Whether ``line`` is an outlet's name, perhaps with a flag and its city or, after a
    colon, the line's own words ("AL-QUDS AL-ARABI: 'AMERICAN PACKAGING'")."""
    name = re.split(r"[,:]", _HEADING_DECORATION.sub("", line), maxsplit=1)[0].strip().lower()
    return name in media_outlets()


# flags, symbols and emoji before a heading's words ("🇫🇷 ", "📰 ", "■ ")
_HEADING_DECORATION = re.compile(r"^[^\w\"“‘'(]+")

_MEMBER_LINE = re.compile(
    rf"{MEMBER_HONORIFIC}\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){{0,3}}"
)


# the heading of a box of links inside the text: "Related Reports", "RELATED NEWS"
_LINK_BOX = re.compile(
    r"(?:related|read more|more on this|see also|also read|recommended|more news|more stories|"
    r"you may also like|further reading|top \d{1,2} stories|most read|most popular|"
    # an AP live page's list of its other stories ("Currently:", then "— ..." lines)
    r"currently|here['’]s what['’]s happening in the war)"
    r"(?:\s+(?:reports|news|articles|stories|coverage|content|links|reading))?\s*:?",
    re.IGNORECASE,
)


def drop_link_boxes(lines: list[str]) -> list[str]:
    """Drop a box of links set in the text: its heading ("Related Reports") and the link
    lines under it (short, no final full stop), up to the next blank line."""
    keep = list(lines)
    for i, line in enumerate(lines):
        if not line or len(line) > 40 or not _LINK_BOX.fullmatch(line):
            continue
        links = i + 1
        while links < len(lines) and lines[links] and len(lines[links]) < 160:
            if lines[links][-1] in ".!" and lines[links][:1] not in "•*-–—0123456789":
                break  # a sentence: the text goes on
            links += 1
        if links > i + 1 and (links == len(lines) or not lines[links]):
            keep[i:links] = [""] * (links - i)
    return keep


def title_ahead(rest: list[str], story: bool = False) -> bool:
    """Whether the next line that is not a menu item looks like a title (so a short
    line before it is a menu item or a section label, not a short title); with ``story``,
    a title with one of the story's words ("Gaza", "hostages", "truce")."""
    for line in rest[:20]:
        if line and not (is_nav(line) or is_chrome(line) or is_credit(line) or _date_line(line)):
            if _LABEL_LINE.fullmatch(line):
                continue  # "World", "Search...", "Download Full Issue": a label or a button
            return (
                line.count(" ") >= 3
                and looks_like_title(line)
                and (not story or _STORY.search(line) is not None)
            )
    return False


# a short line of a word or three, no sentence: a section label, a button, a search box
_LABEL_LINE = re.compile(r"[A-Z][\w&'’.-]*(?: [\w&'’-]+){0,2}(?:\.\.\.|…)?")


# a menu of items set apart by bars: "Home | Local | Arab & International | Economy"
# (or a trail of links: "Home > Publications > Press Releases")
# (an item may name a language in its own script: "... | Royal News | ภาษาไทย")
_PIPE_MENU = re.compile(
    r"[A-Z][\w&'’ ./-]{0,30}(?:\s+[|>»]\s+(?:[A-Z][\w&'’ ./-]{0,30}|[^\x00-\x7f|]{2,30})){1,}"
)
# the words of an outlet's, an agency's or a charity's name
_OUTLET_WORD = re.compile(
    r"\b(?:News|Agency|Times|Post|Herald|Tribune|Journal|Gazette|Observer|Daily|Press|Media|"
    r"Network|Radio|TV|Television|Broadcasting|Chronicle|Standard|Telegraph|Express|Service|"
    r"Rights|Council|Committee|Foundation|Institute|Organi[sz]ation|International|Watch|Relief|"
    r"Cent(?:er|re)|Society|Alliance|Association|Forum)\b"
)


def other_script(line: str) -> bool:
    """Whether most letters of ``line`` are not Latin (Hebrew, Arabic, Thai ...)."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 4
        and sum(c.isascii() for c in letters) * 2 < len(letters)
        and not any("\u00c0" <= c <= "\u024f" for c in letters[:20])
    )


# the lines of a page top that look like a title but are not one: a menu with bars or a trail
# of links ("News | Sports | Weather | KSL TV 5", "News & Updates > Live"), a follow box, an
# outlet's name alone ("The Global New Light of Myanmar")
_TRAIL = re.compile(r"\s[|>»›/]\s")
_MENU_TRAIL = re.compile(r"\s[|>»›]\s")  # (a slash may part a title: "Off the Hour / May 7")
_FOLLOW = re.compile(r"\bFollow\s+us\b", re.I)
_HEADLINE_WORD = re.compile(
    r"\b(?:says?|said|kill\w*|free[sd]?|releas\w*|as|after|amid|over|to|in|on|for|with)\b", re.I
)


def weak_title(line: str, rest: list[str]) -> bool:
    """Whether a line that looks like a title is a menu, a trail of links, a follow box, the
    outlet's name or its tagline: a real title further down wins over it. ``rest`` are the
    lines after it (an outlet's name stands over its menu)."""
    if _FOLLOW.search(line) or _TAGLINE.search(line) or _MENU_GAPS.search(line):
        return True  # "Follow us", "Galway's Premier Newspaper Since 1909", "FM96   Viti FM"
    if len(line.split()) > 30:
        return False
    if (
        len(line.split()) <= _NO_STORY_WORDS
        and looks_like_title(line)  # (not a sentence: "Mediators said on Monday that ...")
        and line[:1] not in "\"'“‘"  # (a quoted title: "'The guns have gone quiet ...'")
        and not _STORY.search(line)
        and title_ahead(rest, story=True)
    ):
        # "The Newswire for Business Lawyers", "Swiss news and perspectives for the world":
        # a line with none of the story's words is the outlet's, when a title with them
        # comes after (not "Waiting for the Tanks" over its standfirst)
        return True
    if _HEADLINE_WORD.search(line):
        return False
    if _MENU_TRAIL.search(line) or (_TRAIL.search(line) and not _STORY.search(line)):
        return True  # "News | Sports | Weather", "News & Updates > Live", "Radio / Shows"
    if len(line.split()) > 7:
        return False
    following = [ln for ln in rest[:3] if ln.strip()][:1]
    if following and _TRAIL.search(following[0]):
        return True  # "Israel Ministry of Foreign Affairs" over its menu
    # a short line with none of the story's words ("Gaza", "hostages", "truce"): the outlet's
    # name or its tagline
    return not _STORY.search(line)


_NO_STORY_WORDS = 14
_STORY = re.compile(
    r"\b(?:Gaza\w*|Israel\w*|Hamas|Palestin\w*|hostages?|captives?|prisoners?|cease-?fire|truce|"
    r"war|strikes?|Rafah|Netanyahu|deal|peace|aid|famine|drones?|October\s+7|7\s+October)\b",
    re.I,
)
_TAGLINE = re.compile(
    r"\b[Ss]ince\s+1[89]\d\d\b|['’]s\s+(?:premier|only|leading|No\.\s?1|number\s+one|oldest)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:newspaper|daily|weekly|news|radio|magazine|source|station|paper)\b",
    re.I,
)
_MENU_GAPS = re.compile(r"\S\s{3,}\S.*\S\s{3,}\S")


def is_masthead(line: str, rest: list[str]) -> bool:
    """The outlet's name printed over its menu ("Petra - Jordan News Agency", then "Home |
    Local | ..."; the name again in other scripts may come between): not a title."""
    latin = sum(c.isascii() and c.isalpha() for c in line)
    other_script = latin * 2 < sum(c.isalpha() for c in line)  # the name in Hebrew, Arabic ...
    if len(line.split()) > 12 or line[-1:] in '.,:;?!"”':
        return False
    # ("NEW YORK DAILY NEWS" in capitals)
    name = line.title() if line.isupper() else line
    if not (other_script or (len(line.split()) <= 8 and _OUTLET_WORD.search(name))):
        return False
    for following in [ln for ln in rest[:4] if ln][:3]:
        if _PIPE_MENU.fullmatch(following) or _MENU_BAR.fullmatch(following):
            return True
        if "   " in following and len(following.split()) <= 6:
            continue  # "Sign In   Subscribe Now" over the menu bar
        if following.isascii():
            return False
    return False


_DAY_LABEL = re.compile(r"^[A-Z][\w '’-]*:\s+Day\s+\d+$")
# the sections an article is filed under: "Armed Conflicts, Featured, Middle East & North
# Africa, TerraViva United Nations"
_SECTION = r"[A-Z][\w'’.-]*(?: (?:&|and|of|the|[A-Z][\w'’.-]*)){0,4}"
_SECTION_LIST = re.compile(rf"{_SECTION}(?:, {_SECTION}){{3,}}")


def is_kicker(line: str, rest: list[str]) -> bool:
    """A section label or kicker printed above the title: one word in capitals
    ("LIVE", "ANALYSIS"), or a label of at most four words followed by a longer
    title line."""
    words = line.split()
    if _DAY_LABEL.search(line) and len(words) <= 6:
        return True  # a live page's running label: "Israel at war: Day 53"
    capitals = line.isupper() and len(words) <= 6  # "PRESS RELEASE – FOR IMMEDIATE RELEASE"
    if "," in line and _SECTION_LIST.fullmatch(line):
        return True  # a list of sections is a label, however long
    if not words or (len(words) > KICKER_MAX_WORDS and not capitals) or line[-1:] in '.,:;?"”':
        return False
    if len(words) == 1 and line.isupper() and len(line) > 2:
        return True
    # the next line that is not a menu item, site furniture or a date line
    following = next(
        (ln for ln in rest if ln and not (is_nav(ln) or is_chrome(ln) or _date_line(ln))), ""
    )
    return (
        len(words) >= 2 and looks_like_title(following) and len(following.split()) > len(words) + 2
    )


# a speaker's label, printed again at each of their turns: "Hamish Falconer (Parliamentary
# Under-Secretary of State (Foreign, Commonwealth and Development Office); Lincoln, Labour)"
_SPEAKER_LABEL = re.compile(r"(?:[A-Z][\w'’.-]*\s){1,4}\((?:[^()]|\([^()]*\))+\):?")


def drop_repeats(lines: list[str]) -> list[str]:
    """Keep a repeated line (caption, standfirst, pull quote) once.

    A line of 40+ characters goes when an earlier line is identical, or when a longer
    line contains it (a caption repeated as the lead, a copy cut off mid-word); a
    speaker's label stays at every turn.
    """
    seen: set[str] = set()
    long_lines = [ln for ln in lines if len(ln) >= 40]
    # Containment costs lines x text: only for article-sized texts (exact copies always).
    # The long lines, longest first, joined: those longer than a line are a prefix
    # of `longer` (ending at longer_end[len(line)]), searched with one str.find.
    longer, longer_end, offset = "", {}, 0
    if len(long_lines) <= MAX_LINES_FOR_CONTAINMENT:
        by_length = sorted(long_lines, key=len, reverse=True)
        for line in by_length:
            longer_end.setdefault(len(line), offset)
            offset += len(line) + 1
        longer = "\n".join(by_length)
    kept = []
    for line in lines:
        if len(line) >= 40 and not _SPEAKER_LABEL.fullmatch(line):
            if line in seen:
                continue
            if longer and longer.find(line, 0, longer_end[len(line)]) >= 0:
                continue  # a longer line contains it (a line holds no "\n")
            seen.add(line)
        kept.append(line)
    return kept


def past_weekday_dates(text: str, anchor: dt.date) -> list[dt.date]:
    """Days after ``anchor`` that the text reports in the past tense ("told X on Sunday")."""
    found = []
    for start, _end, index in find_weekdays(text):
        window = re.split(r"[.!?\n]", text[max(0, start - 60) : start])[-1]
        if PAST_VERB.search(window) and not FUTURE_MARKERS.search(window):
            offset = (index - anchor.weekday()) % 7
            if offset <= MAX_CAPTION_LEAD_DAYS:
                found.append(anchor + dt.timedelta(days=offset))
    return found
