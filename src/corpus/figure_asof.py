"""As-of dates that a figure's sentence alone does not give: the report it belongs to.

News gives one briefing's numbers across several sentences ("The ministry said on
Thursday that 112 were killed. The ministry added that the toll had risen to 30,035"),
and a sentence may hold two reports ("..., and that about 130 hostages remain"). These
helpers of :func:`corpus.figures.article_figures` find where a count's report opens,
which running total a part belongs to, and which dated total an undated one shares.
"""

from __future__ import annotations

import datetime as dt
import re

from corpus.dates import REPORT_VERBS, VAGUE_REPORT, find_dates, resolve_asof
from corpus.figure_rules import ASOF_CATEGORIES, Figure, is_subset
from corpus.figure_scope import CASUALTY_KINDS
from corpus.figure_sources import REPORTED
from corpus.layout_rules import BARE_DATELINE, wire_dateline

# a running total of people outside the categories of ASOF_CATEGORIES: "17,000 children in
# Gaza without a parent", "7,000 Palestinians were being held in Israeli prisons" (not
# "292,000 homes")
_COUNTED_PEOPLE = re.compile(
    r"(?:\S+\s+)?(?:people|persons|Palestinians|Israelis|Gazans|children|women|men|detainees|"
    r"prisoners|residents|patients|students|journalists|workers|staff|civilians|families|"
    r"households|individuals|members|soldiers|troops|refugees)\b",
    re.IGNORECASE,
)


def dated(figure: Figure) -> bool:
    """Whether a running total gets an as-of date: a count of people, not of things."""
    if figure.category in ASOF_CATEGORIES:
        return True
    return figure.category == "other" and bool(
        figure.subject and _COUNTED_PEOPLE.match(figure.subject)
    )


_TAG = re.compile(r"\([^()]{2,60}\)\s*")
_FILED_DAYS = 7  # how long before publication a dateline's day may be and still date it


def dateline(sentence: str, published: dt.date | None) -> tuple[int, dt.date | None]:
    """Where the body opens after a wire dateline that opens a paragraph's first sentence,
    and the dateline's day: "GAZA, Feb 14 (Reuters) - The toll has risen to 28,340, the
    ministry said on Tuesday" was filed on the 14th, so the Tuesday is the 13th and the
    day is no stated date of the toll. (0, None) without a dateline."""
    head, skipped = sentence[:140], 0
    m = wire_dateline(head)
    if m is None and head[:1] == "(" and (tag := _TAG.match(head)):
        # "(MENAFN- Nam News Network) GAZA, Nov 22 (NNN-WAFA) –": a reposting site's tag first
        skipped = tag.end()
        head = sentence[skipped : skipped + 140]
        m = wire_dateline(head)
    if m is None:
        bare = BARE_DATELINE.match(head)  # ("GAZA CITY — ...": a place, no day)
        return (skipped + bare.end(), None) if bare else (0, None)
    found = find_dates(m.group("date").replace("/", ", "), published) if m.group("date") else []
    day = found[0].date if found else None
    if day is None or published is None or not 0 <= (published - day).days <= _FILED_DAYS:
        return skipped + m.end(), None
    return skipped + m.end(), day


# a second report in the sentence, whose count the days before it do not date: "...
# killed on Wednesday, and says that 312 ...", "..., and that about 130 hostages remain"
_AND_THAT = re.compile(
    r",?\s+and\s+(?:(?:says|said|adds|added|reports|reported|announced|notes|noted)\s+)?that\s"
    # a clause with a reporter of its own: "..., and the Israeli military says about 240 ..."
    r"|,\s+(?:and|while|but)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:says|said|reports|reported|estimates|announced)\s+(?:that\s+)?"
)


# the day of the report itself, right after its verb: "said on Monday that ..., and that
# ...": it dates every clause the verb reports
_REPORT_DAY = re.compile(
    rf"\b(?:{REPORT_VERBS}|told\s+\w+)\s+(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+that\b"
)


def own_report(sentence: str, start: int) -> int:
    """Where the report holding the count at ``start`` opens (0: the sentence's start)."""
    last = 0
    if " and " in sentence:  # (a quick first test)
        for m in _AND_THAT.finditer(sentence, 0, start):
            last = m.end()
    if last and _REPORT_DAY.search(sentence, 0, last):
        return 0  # "said on Monday that crews had recovered 200 bodies, and that 10,000 ..."
    # ("China on Tuesday urged a ceasefire in Gaza, where more than 60,000 people have been
    # killed": the relative clause's total, not dated by the urging)
    return max(last, sentence.rfind(", where ", 0, start) + 1)


# a part of the count of the sentence before: "Of them, 52 died in ...", "the dead
# included two children"
_PART_OPENING = re.compile(
    r"(?:^\s*(?:Of|Among)\s+(?:them|these|those|the\s+dead|the\s+victims|the\s+total)\b"
    r"|\bthe\s+(?:dead|victims|fatalities)\s+(?:included|include|were)\s+"
    # (and the items after the first: "The victims included 50 children and 95 women")
    r"(?:(?:at\s+least\s+|some\s+|about\s+)?[\d,]+\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:and\s+)?){0,4}"
    r"(?:(?:at\s+least|some|about)\s+)?$)",
    re.IGNORECASE,
)


def part_of_before(sentence: str, f: Figure, before: list[dict]) -> dict | None:
    """The running total of the sentence before whose part ``f`` counts, if it is one."""
    total = before[-1] if before else None
    if total is None or total["scope"] != "cumulative" or f.category not in CASUALTY_KINDS:
        return None
    if _BRIEFING.get(total["category"]) != "casualties":
        return None
    m = _PART_OPENING.search(sentence, 0, f.start)
    return total if m and (m.end() == f.start or sentence[: m.start()].strip() == "") else None


def next_count(sentence: str, f: Figure, following: tuple[Figure, ...]) -> int | None:
    """Where the next count of the sentence starts, unless it is part of ``f``
    ("7,028, including 2,913 children"): a date past it is that count's (see resolve_asof)."""
    if not following or is_subset(sentence[f.end : following[0].start]):
        return None
    return following[0].start


# the counts one casualty briefing gives together (the dead, the wounded, the missing)
_BRIEFING = {"killed": "casualties", "injured": "casualties", "missing": "casualties"}


# a sentence that goes on with the report of the sentence before: "The ministry added
# that ...", "It also said ..."
CONTINUES = re.compile(
    r"\s*(?:(?:The|the|Its|its)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+)?"
    r"(?:added|also\s+said|also\s+reported|further\s+said|went\s+on\s+to\s+say)\b"
    # (or the same reporter named back: "The ministry said the toll has climbed to 44,502"
    # after "The ministry reported on Sunday ..."; the dev set dates every toll of one
    # briefing by its day)
    r"|\s*(?:(?:The|the)\s+(?:[a-z]+\s+){0,2}(?:ministry|spokesperson|spokesman|spokeswoman)|"
    r"He|She|It)\s+(?:said|says|reported|stated)\b"
)
# ... or that says so at its end: "..., it added.", "..., the ministry added.", "..., he said."
ADDED_AFTER = re.compile(
    r",[\"”’']?\s+(?:(?:it|he|she|they|the\s+(?:\w+\s+){0,2}?\w+)\s+(?:added|also\s+said)|"
    r"(?:it|he|she|the\s+(?:\w+\s+)?(?:ministry|spokesperson|spokesman))\s+said)"
    r"[.\"”’']*\s*$"
)
# a sentence that goes on with the report of the sentence before
_SAME_REPORT = re.compile(
    r"\s*(?:In|According\s+to)\s+the\s+same\s+(?:statement|report|update|briefing|bulletin)\b"
)


def borrow_asof(rows: list[dict]) -> None:
    """A reported running total with no day of its own ("al-Qedra said the toll rose to
    9,061") takes the as-of date of the nearest dated total of the same article: news
    gives one briefing's numbers across several sentences."""
    # a date the article states, not the publication date another total fell back to
    dated = [r for r in rows if r["asof"] is not None and r["asof_source"] != "published"]
    if not dated:
        return
    for row in rows:
        if row["asof_source"] == "published" and _SAME_REPORT.match(row["sentence"]):
            # "In the same statement, the ministry said 404 people have died": the day of
            # the report before, not the publication date
            earlier = [r for r in dated if r["char_start"] < row["char_start"]]
            if earlier:
                row["asof"], row["asof_source"] = earlier[-1]["asof"], earlier[-1]["asof_source"]
            continue
        if (
            row["asof"] is None
            and row["scope"] == "cumulative"
            and row["category"] in ASOF_CATEGORIES
            and REPORTED.search(row["sentence"])
            # "the UN said last week that ...": another, undated briefing
            and not VAGUE_REPORT.search(row["sentence"])
        ):
            group = _BRIEFING.get(row["category"], row["category"])
            same = [r for r in dated if _BRIEFING.get(r["category"], r["category"]) == group]
            if not same:  # a health briefing's date is not that of the displaced or captives
                continue
            near = min(same, key=lambda r: abs(r["char_start"] - row["char_start"]))
            row["asof"], row["asof_source"] = near["asof"], near["asof_source"]


# a situation report's line for the day its numbers stand at: "Unless otherwise stated, the
# information below is valid as of 13 October 2023, 18:00", "All information is valid as of
# 27 November 2023 at 22:00 (local time)"
_VALID_AS_OF = re.compile(r"\bvalid\s+as\s+(?:of|at)\s+(?P<date>[^.;()\n]{4,40})", re.IGNORECASE)
_REPORT_LEAD = 3000  # characters from the top of the page where that line stands


def report_day(text: str, published: dt.date | None) -> dt.date | None:
    """The day a page's numbers are valid as of, when its lead says so (a situation report
    published the day after), else None: the running totals without a day of their own
    stand at it rather than at the publication date."""
    found = _VALID_AS_OF.search(text, 0, _REPORT_LEAD)
    if found is None or published is None:
        return None
    day, how = resolve_asof(found["date"], published)
    return day if how == "stated" else None
