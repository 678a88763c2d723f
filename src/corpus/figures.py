"""Figures: every counted quantity in the articles.

:func:`figures` finds numbers with one precompiled regular expression
(:mod:`corpus.numbers`), drops those that are not counts (dates, ages, years,
models, outlet names), classifies the rest sentence by sentence
(:mod:`corpus.figure_rules`), resolves the as-of date of running totals of
people (:func:`corpus.dates.resolve_asof`) and names the source, from the
statements table when given or from "according to X" / "X said" otherwise.

(:func:`corpus.series.casualty_series` turns the cumulative tolls into a series.)

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "published": [pd.Timestamp("2024-02-08")],
...     "text": ["More than 27,700 Palestinians have been killed, according to the Hamas-run health ministry."]})
>>> row = figures(arts).iloc[0]
>>> row["value_text"], row["qualifier"], row["category"], row["scope"], str(row["asof"].date())
('27,700', 'more_than', 'killed', 'cumulative', '2024-02-08')
>>> row["source"]
'Gaza Health Ministry'
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache
from operator import itemgetter

import numpy as np
import pandas as pd

from corpus.dates import (
    caption_anchor,
    resolve_asof,
)
from corpus.figure_again import counted_again
from corpus.figure_asof import (
    ADDED_AFTER,
    CONTINUES,
    borrow_asof,
    dated,
    dateline,
    next_count,
    own_report,
    part_of_before,
    report_day,
)
from corpus.figure_calendars import in_date, may_be_date
from corpus.figure_checks import marks_nothing_counted
from corpus.figure_lists import with_dashed_parts
from corpus.figure_releases import HOSTAGE_KINDS
from corpus.figure_rules import Figure, find_numbers, sentence_figures
from corpus.figure_sources import source_in
from corpus.figure_tables import (
    as_labelled,
    caption,
    is_data_row,
    paragraph_is_row,
    pipe_row_figures,
    table_row,
)
from corpus.layout_rules import LABEL_VALUE_ROW
from corpus.numbers import NumberMention
from corpus.text import paragraphs, sentences

COLUMNS = [
    "figure_id", "article_id", "published", "value", "value_text", "qualifier", "category",
    "subject", "scope", "asof", "asof_source", "source", "statement_id", "sentence",
    "char_start", "char_end", "duplicate_of",
]  # fmt: skip

# --- extraction ---------------------------------------------------------------------------


# the dots that lead a contents line to its page number: "Hearing Notice........   41"
# (four dots at least: "... 43 people were killed" after an ellipsis is a sentence)
_LEADER_DOTS = tuple("...." + " " * k for k in range(8))


def _as_date(value) -> dt.date | None:
    if value is None or value is pd.NaT:
        return None
    if type(value) is pd.Timestamp:  # (most values: what pd.Timestamp would make of it)
        return value.date()
    try:
        ts = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    return None if pd.isna(ts) else ts.date()


def _statement_spans(statements: pd.DataFrame | None) -> dict[str, list[tuple[int, int, str, str]]]:
    spans: dict[str, list[tuple[int, int, str, str]]] = {}
    if statements is None or statements.empty:
        return spans
    # plain lists: iterating pandas columns row by row costs more than the work itself
    cols = ["article_id", "char_start", "char_end", "statement_id", "speaker"]
    # integer offsets cannot be missing: test each one only in other columns
    ints = all(statements[c].dtype.kind in "iu" for c in ("char_start", "char_end"))
    for aid, start, end, sid, speaker in zip(*(statements[c].tolist() for c in cols), strict=True):
        if ints or (pd.notna(start) and pd.notna(end)):
            spans.setdefault(str(aid), []).append((int(start), int(end), sid, speaker))
    for found in spans.values():  # a nested statement is the more specific source
        found.sort(key=lambda span: span[1] - span[0])
    return spans


def _sentences_with_numbers(
    text: str,
    numbers: list,
    paras: list[tuple[int, int]] | None = None,
    spans: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, int, list]]:
    """``(paragraph index, start, end, numbers)`` of each sentence holding a number; only
    paragraphs with numbers are split. ``paras`` are the paragraph spans, when known;
    ``spans`` the sentence spans of the whole text (``text.sentences(text)``), when known:
    then nothing is split again."""
    paras = paragraphs(text) if paras is None else paras
    if spans is not None:
        return _numbers_by_sentence(numbers, paras, spans)
    out = []
    p, k = 0, 0
    while k < len(numbers) and p < len(paras):
        p0, p1 = paras[p]
        if numbers[k].start >= p1:
            p += 1
            continue
        if numbers[k].start < p0:
            k += 1
            continue
        # (the paragraph's sentences, from its own start)
        for s0, s1 in sentences(text[p0:p1]):
            s0, s1 = p0 + s0, p0 + s1
            inside = []
            while k < len(numbers) and numbers[k].start < s1:
                if numbers[k].start >= s0 and numbers[k].end <= s1:
                    inside.append(numbers[k])
                k += 1
            if inside:
                out.append((p, s0, s1, inside))
        p += 1
    return out


def _numbers_by_sentence(
    numbers: list, paras: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[tuple[int, int, int, list]]:
    """:func:`_sentences_with_numbers` from the sentence spans of the whole text: each
    number looks up its paragraph and its sentence (by their starts) instead of a walk
    through every sentence of the paragraphs with numbers. A number counts in a sentence
    of its own paragraph that it lies in whole (what ``sentences_within`` would give)."""
    out: list[tuple[int, int, int, list]] = []
    para_starts = [p0 for p0, _ in paras]
    sentence_starts = [s0 for s0, _ in spans]
    last = -1  # the sentence of the last number kept
    for n in numbers:
        p = bisect_right(para_starts, n.start) - 1
        i = bisect_right(sentence_starts, n.start) - 1
        if p < 0 or i < 0 or n.start >= paras[p][1]:
            continue  # before the first paragraph or sentence, or between paragraphs
        s0, s1 = spans[i]
        if s0 < paras[p][0] or n.end > s1:
            continue  # between sentences, or across a sentence's end
        if i == last:
            out[-1][3].append(n)
        else:
            out.append((p, s0, s1, [n]))
            last = i
    return out


def article_figures(
    article_id: str,
    text: str,
    published: dt.date | None = None,
    statements: list[tuple[int, int, str, str]] = (),
    title: str | None = None,
    figures_of: Callable[..., tuple[Figure, ...]] = sentence_figures,
    spans: list[tuple[int, int]] | None = None,
) -> list[dict]:
    """Figure rows (dicts with :data:`COLUMNS`) of one article text. ``figures_of`` is
    :func:`~corpus.figure_rules.sentence_figures`, or a memo of it shared by articles;
    ``spans`` are the sentence spans of ``text`` (:func:`corpus.text.sentences`), when a
    stage before has split it already."""
    rows: list[dict] = []
    if not isinstance(text, str) or not text:
        return rows
    numbers = find_numbers(text)
    if not numbers:
        return rows
    title = title.strip() if isinstance(title, str) else None
    paras = paragraphs(text)
    pub = published
    # ("... valid as of" needs "valid": most pages are passed over without a search)
    valid_day = report_day(text, published) if "alid as" in text else None
    lowered = text.lower()
    lowered = lowered if len(lowered) == len(text) else None  # see in_date
    body_from = None  # where the first line of the body ends: headings come after it
    first_seen: dict[str, list[dict]] = {}
    last_category, last_sentence, last_text = None, -2, ""
    last_rows: list[dict] = []
    for p, s0, s1, found in _sentences_with_numbers(text, numbers, paras, spans):
        sentence = text[s0:s1]
        if (title and sentence.strip() == title) or _shouted(sentence):
            continue  # the title again, or a headline in capitals inside the page
        if text.endswith(_LEADER_DOTS, max(0, s0 - 12), s0):
            continue  # "Hearing Minutes.......   43": a contents page's page number
        table = table_row(text, s0)  # (None for all but a Markdown table's rows)
        if _heading(text, paras[p], s0, s1) and table is None:
            if body_from is None:
                body_from = _body_start(text, paras)
            if paras[p][0] > body_from:
                continue  # a heading inside the page: a live blog's entry, a related link
        repeat_of = first_seen.get(sentence)
        sentence_rows: list[dict] = []
        follows = last_sentence == s0  # right after the last sentence with numbers
        # (a story of captives goes on past a sentence without numbers: "Hamas freed 24
        # hostages on Friday. They were taken to Egypt. The 13 Israelis had crossed ...")
        # (counts of captives are small: "an estimated 17,000 children" are no captives)
        near = (
            last_category in HOSTAGE_KINDS
            and 0 < s0 - last_sentence <= _STORY_GAP
            and all(n.value < _CAPTIVE_SCALE for n in found)
        )
        context = last_category if follows or near else None
        local = tuple(
            NumberMention(n.start - s0, n.end - s0, n.text, n.value, n.is_word)
            for n in found
            if not may_be_date(n) or not in_date(text, n.start, n.end, lowered)
        )
        if table is not None:
            found_here = pipe_row_figures(table, s0, local, figures_of)
        else:
            found_here = with_dashed_parts(sentence, local, context, figures_of)
        if found_here and ":" in sentence:
            found_here = as_labelled(sentence, found_here, figures_of)
        if found_here and paragraph_is_row(text, paras[p]):
            # "Kerem Shalom: 1,242" under "Trucks entering Gaza by crossing point, 1–28 May":
            # the caption says what the rows count, and over which period
            found_here = _under_caption(found_here, *caption(text, paras, p))
        # the statements overlapping this sentence, still most specific first
        said_here = [s for s in statements if s[0] < s1 and s0 < s[1]] if found_here else []
        # ("GAZA, Feb 14 (Reuters) - ...": the day it was filed, no day of its counts)
        opens, filed = (0, None)
        if found_here and s0 == paras[p][0]:
            opens, filed = dateline(sentence, published)
        for i, f in enumerate(found_here):
            asof, asof_source = None, None
            if f.scope == "cumulative" and dated(f):
                anchor = _caption_anchor(text[paras[p][0] : s0], published)
                asof, asof_source = resolve_asof(
                    sentence, filed or published, anchor=anchor, present=f.present,
                    near=f.start, until=next_count(sentence, f, found_here[i + 1 : i + 2]),
                    since=max(opens, own_report(sentence, f.start)),
                )  # fmt: skip
                if filed and asof_source == "published":
                    asof_source = "stated"  # (the present total of the day it was filed)
                if (
                    asof_source in (None, "published")
                    and follows
                    and (CONTINUES.match(sentence) or ADDED_AFTER.search(sentence))
                ):
                    # "The ministry added that the toll had risen to 30,035": the day of the
                    # report the sentence before gave ("said on Thursday that 112 ...")
                    before = resolve_asof(last_text, published)
                    if before[0] is not None:
                        asof, asof_source = before
                if asof_source == "published" and valid_day is not None:
                    asof, asof_source = valid_day, "stated"  # a situation report's day
            part_of = part_of_before(sentence, f, last_rows) if follows else None
            if part_of is not None:
                # "... raising the toll since Wednesday to 16. The ministry said the dead
                # included two children": a part of the running total before
                asof, asof_source = part_of["asof"], part_of["asof_source"]
            start, end = s0 + f.start, s0 + f.end
            statement_id, source = None, None
            for a, b, sid, speaker in said_here:
                if a <= start and end <= b:
                    statement_id, source = sid, speaker
                    break
            if source is None:
                source = source_in(sentence[opens:])
            row = {
                "figure_id": f"{article_id}:f{len(rows) + 1:03d}", "article_id": article_id,
                "published": pub,
                "value": f.value, "value_text": f.value_text, "qualifier": f.qualifier,
                "category": f.category, "subject": f.subject,
                "scope": "cumulative" if part_of is not None else f.scope,
                "asof": asof, "asof_source": asof_source,
                "source": source, "statement_id": statement_id, "sentence": sentence,
                "char_start": start, "char_end": end, "duplicate_of": None,
            }  # fmt: skip
            if repeat_of is not None:
                twin = next((r for r, off in repeat_of if off == f.start), None)
                row["duplicate_of"] = twin["figure_id"] if twin else None
            rows.append(row)
            sentence_rows.append((row, f.start))
        if sentence_rows:
            last_category = sentence_rows[-1][0]["category"]
        last_rows = [r for r, _ in sentence_rows]
        # the next sentence continues this one only if it follows right after it
        last_sentence, last_text = _next_start(text, s1), sentence
        if repeat_of is None:
            first_seen[sentence] = sentence_rows
    counted_again(text, rows)
    borrow_asof(rows)
    return _without_labels(rows, article_id)


def _without_labels(rows: list[dict], article_id: str) -> list[dict]:
    """The rows but those whose number labels rather than counts (``marks_nothing_counted``,
    decided after a count named again took its category), numbered again."""
    kept = [
        r for r in rows if not marks_nothing_counted(r["category"], r["value"], r["value_text"])
    ]
    if len(kept) == len(rows):
        return rows
    new_ids = {r["figure_id"]: f"{article_id}:f{i:03d}" for i, r in enumerate(kept, 1)}
    for r in kept:
        r["figure_id"] = new_ids[r["figure_id"]]
        r["duplicate_of"] = new_ids.get(r["duplicate_of"]) if r["duplicate_of"] else None
    return kept


_caption_anchor = lru_cache(maxsize=256)(caption_anchor)


def _under_caption(found: list[Figure], kind: str | None, period: bool) -> list[Figure]:
    """A table's rows with what their caption says: the category of a number with no word
    of its own, and one period's or one load's scope for a count of things."""
    out = []
    for f in found:
        if kind is not None and f.category == "other":
            f = f._replace(category=kind)
        if period and f.scope == "na" and f.category in _ROW_THINGS:
            f = f._replace(scope="incident")
        out.append(f)
    return out


_ROW_THINGS = frozenset({"aid", "military", "other"})


# A line of the page that is a heading, not a sentence: a live blog's entry ("15:10 | Gaza
# toll passes 23,000"), a related link, a trending list. The gold sets annotate them as they
# do titles, not at all; the standfirst above the body, the items of a list ("- 1,968
# Palestinian prisoners freed") and facts that open with their number stay.
_HEADING_END = re.compile(r"[^.!?:;…\"”’')\]]\s*$")
_FULL_STOP_INSIDE = re.compile(r"[.!?][\"”’]?\s")
_BULLET = re.compile(r"\s*[-•*–·▪►]")
_CLOCK_OPENING = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*[|:–—-]\s*", re.I)


def _body_start(text: str, paras: list[tuple[int, int]]) -> int:
    """Where the first line of the body ends: a line of some length that ends a sentence."""
    for start, end in paras:
        line = text[start:end].strip()
        if len(line) > 61 and line[-1] in _SENTENCE_ENDS:
            return end
    return len(text)


_SENTENCE_ENDS = '.!?"”’'


def _heading(text: str, para: tuple[int, int], s0: int, s1: int) -> bool:
    """Whether the line ``para`` (holding the sentence ``s0:s1``) is a heading."""
    line = text[para[0] : para[1]].strip()
    opening = _CLOCK_OPENING.match(line)  # "15:10 | Gaza toll passes 23,000"
    first = line[opening.end() : opening.end() + 1] if opening else line[0]
    if len(line) > 140 or line.count(" ") < 2 or _BULLET.match(line) or first.isdigit():
        return False  # (a list's item, "59 – hostages still in Gaza", is a fact)
    if text[s0:s1].strip() != line and not line.endswith(text[s0:s1].strip()):
        return False  # (the line is more than this sentence)
    if _FULL_STOP_INSIDE.search(line):
        return False  # "... held captive in Gaza. – Rappler.com": a sentence, then a credit
    if is_data_row(line) or LABEL_VALUE_ROW.match(line):
        # "Hygiene kits: 1,500", "Kerem Shalom — 3,126 — 223": a table's row; "Hostages
        # still in captivity: 62, of whom ...": a fact list's
        return False
    return bool(_HEADING_END.search(line))


def _shouted(sentence: str) -> bool:
    """'ISRAEL, HAMAS AGREE TO CEASEFIRE DEAL AFTER 15 MONTHS OF WAR': a headline."""
    return sentence.isupper() and sentence.count(" ") >= 4


_CAPTIVE_STORY = frozenset({"hostages_released", "hostages_held"})
_STORY_GAP = 300  # characters: a sentence or two
_CAPTIVE_SCALE = 1000


def _next_start(text: str, end: int) -> int:
    """The first character from ``end`` on that is not a space (or the end of ``text``)."""
    # (a loop: between sentences there are a space or two, fewer steps than a search takes)
    size = len(text)
    while end < size and text[end].isspace():  # what \s takes
        end += 1
    return end


def empty_figures() -> pd.DataFrame:
    """A figures table with no rows but all columns and dtypes."""
    return _typed(pd.DataFrame({c: [] for c in COLUMNS}))


def _typed(df: pd.DataFrame) -> pd.DataFrame:
    df = df[COLUMNS].copy()
    for col in ("published", "asof"):
        df[col] = pd.to_datetime(df[col])
    df["value"] = df["value"].astype(float)
    for col in ("char_start", "char_end"):
        df[col] = df[col].astype("int64")
    return df


def _frame(rows: list[dict]) -> pd.DataFrame:
    """The rows as a table typed as :func:`_typed` types it, built column by column: a
    frame from records and then retyped costs several times more on a few articles."""
    data = {c: list(map(itemgetter(c), rows)) for c in COLUMNS}
    for col in ("published", "asof"):  # dates or None: what pd.to_datetime makes of them, faster
        data[col] = _datetime64(data[col])
    data["value"] = np.array(data["value"], dtype=float)
    for col in ("char_start", "char_end"):
        data[col] = np.array(data[col], dtype="int64")
    return pd.DataFrame(data, copy=False)  # (the columns are new: no need to copy them)


_EPOCH = dt.date(1970, 1, 1).toordinal()


def _datetime64(dates: list[dt.date | None]) -> np.ndarray:
    """``np.array(dates, dtype="datetime64[s]")`` (None is NaT), from day numbers: numpy
    converts date objects one by one, some twenty times slower."""
    days = np.array([d.toordinal() - _EPOCH if d is not None else 0 for d in dates], dtype="int64")
    out = days.astype("datetime64[D]").astype("datetime64[s]")
    out[[d is None for d in dates]] = np.datetime64("NaT")
    return out


def figures(
    articles: pd.DataFrame,
    statements: pd.DataFrame | None = None,
    spans: list | None = None,
) -> pd.DataFrame:
    """Every counted quantity in ``articles`` (columns :data:`COLUMNS`).

    ``articles`` needs ``article_id``, ``text`` and ``published`` (``title`` is
    used when present, to skip a title repeated in the body). With ``statements``,
    a figure inside a statement's span takes its ``statement_id`` and speaker as
    ``source``. ``spans`` may give each article's sentence spans
    (:func:`corpus.text.sentences` of the whole text, in row order, as for
    :func:`corpus.statements.statements`), when the texts were split already: the same
    table, found without splitting them again. An article whose text cannot be
    read gives no rows, never an error.
    """
    if articles is None or articles.empty:
        return empty_figures()
    said = _statement_spans(statements)
    none = [None] * len(articles)
    spans = spans if spans is not None else none
    titles = articles["title"].tolist() if "title" in articles.columns else none
    published = articles["published"].tolist() if "published" in articles.columns else none
    rows: list[dict] = []
    # a sentence that recurs (wire copy, boilerplate, a restated lede) is classified once
    # per call; a memo per call, so that nothing is held between calls
    figures_of = lru_cache(maxsize=4096)(sentence_figures)
    ids, texts = articles["article_id"].tolist(), articles["text"].tolist()
    for aid, text, pub, title, split in zip(ids, texts, published, titles, spans, strict=True):
        aid = str(aid)
        pub = _as_date(pub)
        found = article_figures(aid, text, pub, said.get(aid, ()), title, figures_of, split)
        rows.extend(found)
    return _frame(rows) if rows else empty_figures()
