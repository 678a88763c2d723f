"""Statements: who said what in each article, direct and reported.

>>> import pandas as pd
>>> arts = pd.DataFrame({"article_id": ["a"], "published": [pd.NaT],
...     "text": ['"We will not stop," Netanyahu said on Sunday.']})
>>> statements(arts)[["speaker", "verb", "kind"]].values.tolist()
[['Netanyahu', 'say', 'direct']]

The stages, each in its own module:

1. units (here): sentence spans from :func:`corpus.text.sentences`, merged where
   one quotation runs over several sentences or a line break;
2. cues (:mod:`corpus.attribution`): reporting verbs, "according to", "quoted X
   as saying", passives, with the speaker span and the reported content;
3. speakers (:mod:`corpus.coref`, :mod:`corpus.speakers`): pronouns, surnames
   and titles resolved to the fullest name, typed expert / official / ...;
4. statements (here, with :mod:`corpus.relays` and :mod:`corpus.unit_rows`): relaying outlets become ``via``;
   nested speech stays in its statement; one row per speaker per
   unit; a bare quote paragraph joins the statement next to it.
"""

from __future__ import annotations

import re
import warnings
from bisect import bisect_left

import pandas as pd

from corpus.attribution import Cue, cue_anchors, find_cues
from corpus.briefings import briefing_turns
from corpus.coref import ArticleSpeakers
from corpus.debates import debate_turns, house_voice, title_cased_delegates
from corpus.embeds import embedded_posts, without_post_echoes
from corpus.interviews import interview_turns, qa_turns
from corpus.layout_rules import BARE_DATELINE, DATELINE, DATELINE_HINT
from corpus.mentions import without_verb_tail
from corpus.offices import name_described_people, name_forward_references
from corpus.passages import (
    OPENING_QUOTES,
    extend,
    extend_back,
    left_open,
    prepend,
    repeated,
)
from corpus.polls import poll_speakers
from corpus.quotes import quote_spans, units, with_double_quotes
from corpus.relays import Found, relays
from corpus.speakers import Speaker, body
from corpus.text import paragraphs
from corpus.transcripts import TURN_LABEL, transcript_turns
from corpus.unit_rows import rows_of_unit
from corpus.verbs import cuts_word

COLUMNS = [
    "statement_id", "article_id", "published", "speaker", "speaker_mention", "speaker_type",
    "role", "affiliation", "via", "verb", "kind", "quote", "text", "char_start", "char_end",
]  # fmt: skip

# Longest stretch treated as one unit (characters); real sentences and quotes are shorter.
# A line without closing punctuation: a headline, section label or byline.
# (";" closes a bullet item: "- 23,000 tons entered, according to the WFP;")
# ("■" ends an article's last paragraph.)
_HEADLINE = re.compile(r"(?m)^(?=[^\n]*$)(?!.*[.!?\"”’)…:;■]$)[^\n]{1,200}$")
# ... but not a list's item that is a sentence: "- Delta: Delta says it will resume New York
# (JFK) to Tel Aviv flights as of December 4"
_LONG_LIST_ITEM = re.compile(r"[-•*–]\s+(?:\S+\s+){13}")
_CLOSING = frozenset('.!?"”’)…:;■')  # a line ending in one is no headline (see _HEADLINE)
# A question put to someone ("And what are the families telling you?"): an interviewer's
# line in a transcript, not a statement by the people it names.
_QUESTION = re.compile(
    r"(?:[A-Z]+:\s+)?(?:(?:And|But|So|Now)\s+)?"
    r"(?i:what|why|how|who|where|when|is|are|do|does|did|can|could|will)\b"
    r"[^\n\"“”]*\?\s*$"
)


def statements(
    articles: pd.DataFrame, spans: list | None = None, errors: str = "warn"
) -> pd.DataFrame:
    """One row per attribution in ``articles`` (columns as in docs/architecture.md).

    ``spans``: each article's ``corpus.text.sentences`` spans, when the caller split the
    texts already (the pipeline splits once for every stage). ``errors``: what an article
    whose text breaks the rules does: ``"warn"`` skips it with a warning naming it (a
    notebook's call goes on), ``"raise"`` raises (``corpus extract`` then makes it a reject
    with the error as its reason).
    """
    rows: list[dict] = []
    if articles is None or len(articles) == 0 or "text" not in articles:
        return _frame(rows)
    published = articles["published"] if "published" in articles else [pd.NaT] * len(articles)
    # lists, not Series: iterating a pandas string array costs more than the conversion
    ids, texts = articles["article_id"].tolist(), articles["text"].tolist()
    spans = spans if spans is not None else [None] * len(texts)
    for article_id, text, pub, split in zip(ids, texts, published, spans, strict=True):
        if not isinstance(text, str) or not text.strip():
            continue
        try:
            found = article_statements(text, split)
        except Exception as err:  # bad text must not stop a corpus run; say so
            if errors == "raise":
                raise
            warnings.warn(f"statements: article {article_id!r} skipped: {err!r}", stacklevel=2)
            continue
        aid = str(article_id)
        for n, row in enumerate(found, start=1):
            row["statement_id"] = f"{article_id}:s{n:03d}"
            row["article_id"] = aid
            row["published"] = pub
        rows.extend(found)
    return _frame(rows)


# how the lines after a statement ending in a colon open: a list's bullets or a quotation
_ANNOUNCED_STARTS = frozenset('-•*–—"“')
# a statement that is its verb and a colon only ("said:", "wrote on X:"): its words follow
_BARE_VERB = re.compile(r"[\w’' ]{0,30}:?\s*")
_MORE_BLOCK_PARAGRAPHS = 1  # the paragraphs after the first one a "said:" block may take


def _reports(text: str, anchors: list[int], start: int, end: int) -> bool:
    """Whether the paragraph ``text[start:end]`` attributes words of its own (a cue's anchor
    in it is the quick test; the cues decide)."""
    return bisect_left(anchors, start) < bisect_left(anchors, end) and bool(
        find_cues(text, start, end)
    )


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _nested(speaker: Speaker, quoting: dict) -> bool:
    """Whether a speaker inside a quotation another statement announced is someone else
    the quotation reports: not the announcer, nor a body in a body's own words ("The
    Government of Peru welcomes ..." in the ministry's communiqué)."""
    if speaker.name == quoting["speaker"]:
        return False
    return speaker.person or quoting["speaker_type"] not in ("organization", "official")


def _frame(rows: list[dict]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=COLUMNS)
    # converted only when pandas did not infer the type already: each column
    # assignment costs as much as building a small table
    if frame["published"].dtype != "datetime64[ns]":
        frame["published"] = pd.to_datetime(frame["published"], errors="coerce")
    for column in ("char_start", "char_end"):
        if frame[column].dtype != "int64":
            frame[column] = frame[column].astype("int64")
    return frame


_GUILLEMETS = str.maketrans("«»", "“”")
_GUILLEMETS_AGAIN = str.maketrans("“”", "«»")


def article_statements(text: str, spans: list[tuple[int, int]] | None = None) -> list[dict]:
    """Statement rows (without ids) of one article text, in text order (``spans``: its
    sentence spans, when split already). A text that quotes in single marks only is read
    with double ones (:func:`corpus.quotes.with_double_quotes`); its rows keep its marks."""
    if ", M" in text or ", P" in text or ", D" in text or ", R" in text:  # (a quick test)
        plain = _DEGREES.sub(_blank, text)  # "Hanan Balkhy, MD, PhD, WHO's ...": the name
        if plain != text:
            return _rows_read_on(plain, text, spans)  # (the letters blanked, not removed)
    if ")" in text and (cased := title_cased_delegates(text)) is not text:
        # "BARBARA WOODWARD (United Kingdom) said": a UN meeting's delegates, named in
        # capitals, read in title case (the same offsets); the rows keep the page's letters
        return _rows_read_on(cased, text, spans)
    if "«" in text:  # (a quick test)
        # French and other European quotations in guillemets, « ... » says X: read with
        # curly double marks (the same offsets); the rows keep the page's marks
        rows = _rows_read_on(text.translate(_GUILLEMETS), text, spans)
        if "“" not in text and "”" not in text:
            for r in rows:
                r["quote"] = r["quote"].translate(_GUILLEMETS_AGAIN)
        return rows
    double = with_double_quotes(text)
    if double is text:
        return _article_statements(text, spans)
    rows = _article_statements(double, spans)
    for r in rows:  # (the text printed no double marks: each one was a single mark)
        r["quote"] = r["quote"].translate(_SINGLE_AGAIN)
        r["text"] = text[r["char_start"] : r["char_end"]]
    return rows


def _rows_read_on(variant: str, text: str, spans: list[tuple[int, int]] | None) -> list[dict]:
    """The statement rows of ``variant``, a copy of ``text`` of the same length read in its
    place, with each row's text taken from ``text`` (its offsets hold for both)."""
    rows = article_statements(variant, spans)
    for r in rows:
        r["text"] = text[r["char_start"] : r["char_end"]]
    return rows


# academic and medical degrees after a name, as medical and science outlets print them
_DEGREES = re.compile(
    r"(?:,\s(?:MD|PhD|MPH|MBBS|MBChB|DrPH|DPhil|MSc|MSN|RN|DO|FRCS|FRCP|FACS|FACP|MBA|JD|DDS))+"
    r"(?=[,.;:\s])"
)


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


_SINGLE_AGAIN = str.maketrans({'"': "'", "“": "‘", "”": "’"})


def _article_statements(text: str, spans: list[tuple[int, int]] | None) -> list[dict]:
    ctx = ArticleSpeakers(text)
    rows: list[dict] = []
    previous_rows: list[dict] = []
    pending: tuple[int, int] | None = None  # a quote-only unit waiting for its speaker
    open_pending = False  # that quote was left open at its paragraph's end
    seen: dict[str, list[dict]] = {}  # rows by speaker, to spot repeated passages
    announced: dict | None = None  # a statement ending in a colon: "Oxfam is calling for:"
    # a "said:" whose words follow as plain paragraphs (quotation marks lost in the scrape):
    # the statement, the end of the paragraph it has taken, how many more it may take
    block: tuple[dict, int, int] | None = None
    paras = paragraphs(text)
    quotes = quote_spans(text, paras)
    anchors = cue_anchors(text)
    n_anchors = len(anchors)
    # a print interview's answers, read before the text's own attributions use the
    # people it names: the label is not the subject of the answer's first sentence
    interview = interview_turns(text, ctx) if ":" in text else []
    # (a press briefing: questions under many labels, answers under the spokesperson's)
    briefing = briefing_turns(text, ctx) if ":" in text and "?" in text else []
    if len(briefing) > len(interview):
        interview = briefing
    else:
        briefing = []
    # (an interview whose questions stand alone as paragraphs, with no label)
    unlabelled = [] if interview or "?" not in text else qa_turns(text, ctx, paras)
    answer_at = {r["char_start"]: r["_quote_start"] for r in interview}
    for u0, u1 in units(text, quotes, spans):
        quoting = None  # the statement whose announced quotation this unit is
        if block is not None and (u0 >= block[1] and text[u0 - 1] == "\n"):
            # a new paragraph: the words go on in it if it reports no one's of its own
            row, _, more = block
            end = _line_end(text, u0)
            block = (row, end, more - 1) if more and not _reports(text, anchors, u0, end) else None
        if block is not None:
            extend(text, block[0], u0, u1)
            continue
        if (
            announced is not None
            and text[u0] not in _ANNOUNCED_STARTS
            and _BARE_VERB.fullmatch(announced["quote"])
            and text[u0 - 1] == "\n"
            and not _reports(text, anchors, u0, _line_end(text, u0))
            and not TURN_LABEL.match(text, u0, u1)  # ("BENJAMIN NETANYAHU: ...": a turn)
        ):
            # 'Foreign Secretary David Lammy said:' then his words, unquoted, in the next
            # paragraph (and the one after, if it reports no one's)
            block = (announced, _line_end(text, u0), _MORE_BLOCK_PARAGRAPHS)
            announced["kind"], announced["quote"] = "direct", ""
            announced = None
            extend(text, block[0], u0, u1)
            continue
        if announced is not None:
            if text[u0] in _ANNOUNCED_STARTS:
                # its list or quotation: "- an immediate ceasefire;", '"We welcome ..."'
                extend(text, announced, u0, u1)
                if text[u0] not in OPENING_QUOTES:
                    continue
                # (a quotation may report others in turn: Le Monde's '"Netanyahu has
                # already announced that ..."')
                quoting, previous_rows = announced, []
                if left_open(text, u0, quotes):
                    continue  # (the quotation runs on into the next paragraph)
            announced = None
        if (
            (u0 == 0 or text[u0 - 1] == "\n")  # where "^" matches: only there a headline
            and text[u1 - 1] not in _CLOSING  # (most units: no regex call)
            and _HEADLINE.match(text, u0, u1)
            and text.count("\n", u0, u1) == 0
            and not _standfirst(text, u0, u1)
            and not _LONG_LIST_ITEM.match(text, u0, u1)
        ):
            continue  # a title or section line: no statement of its own
        if (u0 == 0 or text[u0 - 1] == "\n") and DATELINE_HINT.search(text, u0, u0 + 80):
            u0 = _after_dateline(text, u0, u1)  # "Amman, Feb. 29 (Petra) -- The ministry said"
        if (
            (u0 == 0 or text[u0 - 1] == "\n")
            and text[u0 + 1 : u0 + 2].isupper()  # (most units: no label in capitals)
            and (label := TURN_LABEL.match(text, u0, u1))
        ):
            # "AOIFE WALSH, REPORTER: In the Knesset, Netanyahu thanked ... and vowed that":
            # the turn's label is not the subject of its first sentence
            u0 = label.end()
        elif answer_at and u0 in answer_at:
            u0 = answer_at[u0]  # ("Haddad Nogueira: Rafah was the last refuge.")
        k = bisect_left(anchors, u0)  # (holds_no_cue, inlined: it runs for every unit)
        if (k == n_anchors or anchors[k] >= u1) and not cuts_word(text, u0, u1):
            cues = []  # most units: no reporting verb, no "according to"
        elif "?" in text[u1 - 3 : u1] and _QUESTION.match(text, u0, u1):
            cues = []  # a question put to someone
        else:
            cues = find_cues(text, u0, u1)
        found = []
        if cues:
            ctx.begin_unit(u0)  # (only the speakers resolved in a unit read its start)
            found = relays(text, _resolve(ctx, text, _outside_quotes(cues, quotes)))
        if quoting is not None:
            # (not the speaker itself in the first person or by its own name: "The Ministry
            # of Foreign Affairs ... welcomes", "We welcome")
            found = [f for f in found if _nested(f.speaker, quoting)]
            if not found:
                pending, open_pending = None, False
                continue
        if not found:
            # a quote left open at its paragraph's end runs on into the next paragraph,
            # whose cue it belongs to; a closed bare quote joins the statement before it
            quoted = text[u0] in OPENING_QUOTES  # (passages.opens_with_quote, inlined)
            still_open = quoted and left_open(text, u0, quotes)
            if previous_rows and quoted and len(previous_rows) == 1 and not still_open:
                extend(text, previous_rows[0], u0, u1)
            if still_open and pending is not None and open_pending:
                pending = (pending[0], u1)
            else:
                pending = (u0, u1) if quoted else None
            open_pending = still_open
            previous_rows = previous_rows if quoted else []
            continue
        unit_rows = rows_of_unit(text, found, u0, u1, pending)
        for r in unit_rows:
            if repeated(r, seen):
                continue  # a caption or paragraph printed twice is reported once
            if open_pending and pending is not None and r["_side"] == "left":
                prepend(text, r, pending)
            extend_back(text, r, rows, u0, paras)
            rows.append(r)
            seen.setdefault(r["speaker"], []).append(r)
        if unit_rows and text[u0:u1].rstrip().endswith(":") and "\n" in text[u1 : u1 + 3]:
            announced = unit_rows[-1]  # what it says follows on the next lines
        ctx.remember(_unique_speakers(found))
        previous_rows = unit_rows
        pending, open_pending = None, False
    # a broadcast transcript, a parliament's record or an interview: each turn is a statement
    turns, debate = [], []
    if ":" in text:
        turns = transcript_turns(text, ctx)
        debate = [] if turns else debate_turns(text, ctx)
    turns = turns or debate or interview or unlabelled
    # (an X post embedded in the page, signed "— Tom Fletcher (@UNReliefChief) Jan 19, 2025")
    posts = embedded_posts(text, ctx) if "@" in text else []
    if posts:
        rows = without_post_echoes(text, rows, posts)
        rows.extend(posts)
    # (a member's or a spokesperson's own country speaks in their voice)
    own_voices = bool(debate) or (bool(briefing) and turns is briefing)
    if turns:
        # "AMIR DAHAN: ... I say look at the numbers.": the turn is the guest's statement;
        # a first person inside it is no second one, nor a member's own country
        spans = [(t["char_start"], t["char_end"]) for t in turns]
        rows = [
            r
            for r in rows
            if not _first_person_in(r, spans) and not (own_voices and house_voice(r, spans))
        ]
        rows.extend(turns)
    rows.sort(key=lambda r: (r["char_start"], r["_order"]))
    name_forward_references(text, rows)
    name_described_people(text, rows)
    for r in rows:
        del r["_order"], r["_quote_end"], r["_quote_start"], r["_side"]
    return rows


# ("I'll", "we'd": coref gives contracted first persons no speaker, so no row has them)
_FIRST_PERSON = frozenset({"i", "we"})


def _first_person_in(row: dict, spans: list[tuple[int, int]]) -> bool:
    return (row["speaker_mention"] or "").lower() in _FIRST_PERSON and any(
        a <= row["char_start"] < b for a, b in spans
    )


# the agency before the place: "(ANSA) - ROME, JUN 1 - "
_AGENCY_FIRST = re.compile(
    r"\([A-Z][\w .&-]{1,30}\)\s*[-–—]\s*[A-Z][A-Za-z /.'’-]{1,40},\s+[A-Za-z]{3,9}\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?\s*[-–—]"
)


def _standfirst(text: str, u0: int, u1: int) -> bool:
    """Whether a line without closing punctuation opens the body and reads as a sentence:
    the standfirst under the title ("Local groups say the resolution must now be
    enforced"), which the gold sets annotate like body text; a kicker or a byline is short."""
    return u0 == 0 and text.count(" ", u0, u1) >= _STANDFIRST_SPACES


_STANDFIRST_SPACES = 7  # eight words or more


def _after_dateline(text: str, u0: int, u1: int) -> int:
    """Where a paragraph's sentence starts after a wire dateline ("GAZA/GENEVA (Reuters):",
    "Amman, Feb. 29 (Petra) --"): the place is no speaker."""
    head = text[u0 : min(u1, u0 + 140)]
    m = _AGENCY_FIRST.match(head) or DATELINE.match(head) or BARE_DATELINE.match(head)
    if m is None:
        return u0
    start = u0 + m.end()
    while start < u1 and text[start].isspace():
        start += 1
    return start if start < u1 else u0


def _outside_quotes(cues: list[Cue], quotes: list[tuple[int, int]]) -> list[Cue]:
    """Drop cues quoted inside another speaker's words ('"They tell us ...," she said').

    Only when the unit has a cue outside quotation marks: a lone cue inside an
    unbalanced quotation is kept rather than lose the statement.
    """
    if len(cues) < 2 or not quotes:
        return cues
    inside = [any(q0 < c.verb_start < q1 for q0, q1 in quotes) for c in cues]
    if all(inside) or not any(inside):
        return cues
    return [c for c, quoted in zip(cues, inside, strict=True) if not quoted]


def _resolve(ctx: ArticleSpeakers, text: str, cues: list[Cue]) -> list[Found]:
    out = []
    for cue in cues:
        mention = text[cue.subj_start : cue.subj_end]
        if cue.clause_subject and out:
            # participle / coordinated verb: same speaker as the clause's first cue
            for f in [f for f in out if f.cue.subj_start == out[0].cue.subj_start]:
                out.append(Found(f.speaker, cue, f.mention))
            continue
        if cue.pattern == "poll":  # a share of a group: the group speaks
            out.extend(Found(sp, cue, mention) for sp in poll_speakers(text, cue))
            continue
        s0 = cue.subj_start
        mention = without_verb_tail(mention)
        low = mention.lower()
        speaking = (
            next((f.speaker for f in reversed(out) if not f.speaker.person), None)
            if low == "it"
            else None
        )
        if speaking:  # "Amnesty condemned plans to move them to Jordan, which it said ..."
            out.append(Found(speaking, cue, mention))
            continue
        placed = _place_opener(text, s0, mention) if text[s0 - 2 : s0] == ", " else None
        resolved = ctx.resolve(placed or mention, cue.appositive, cue.subj_start)
        # pronouns may point at a speaker found earlier in this same unit
        if not resolved and low in ("he", "she") and out:
            resolved = [f.speaker for f in out if f.speaker.person][-1:]
        for sp in resolved:
            out.append(Found(sp, cue, mention))
        if resolved and low not in ("he", "she", "they", "it"):
            ctx.remember(resolved)
    return out


# "In Gaza, the Health Ministry said": a place opener says which ministry.
_OPENER_PLACE = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*In\s+(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),\s+$"
)


def _place_opener(text: str, s0: int, mention: str) -> str | None:
    """The body ``mention`` names in the place an opening "In <Place>," gives, if known."""
    lo = max(0, s0 - 40)
    m = (
        _OPENER_PLACE.search(text, lo, s0)
        if text[s0 - 2 : s0] == ", " and text.find("In", lo, s0) >= 0  # (most cues: no "In")
        else None
    )
    if m is None:
        return None
    placed = f"{mention} in {m.group('place')}"
    known = body(placed)
    return placed if known and known != body(mention) else None


def _unique_speakers(found: list[Found]) -> list[Speaker]:
    if len(found) == 1:
        return [found[0].speaker]  # most units
    seen, out = set(), []
    for f in found:
        if f.speaker.name not in seen:
            seen.add(f.speaker.name)
            out.append(f.speaker)
    return out
