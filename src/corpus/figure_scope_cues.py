"""Which of a sentence's scope cues speak for one of its counts, before
:func:`corpus.figure_scope.scope` weighs them: not a day that dates the report ("the
ministry said on Monday"), a record since a date ("the deadliest day since October"), a
verb of a mark with no mark after it ("413 bodies had reached hospitals"), a window that
dates a part ("52 of them in the past day"), nor the cues of a second report or of
another count nearer to them.
"""

from __future__ import annotations

import re

from corpus.figure_clauses import claimed, nearest, reach
from corpus.figure_lexicon import may_hold
from corpus.numbers import NumberMention

__all__ = ["DAY_KINDS", "STARTED", "movement_cue", "scope_cues"]

_REPORTING_WORDS = (
    "said", "says", "say", "announced", "reported", "told", "stated", "added", "confirmed",
    "noted", "warned", "warns", "wrote", "posted", "declared", "estimated", "issued",
    "published", "updated", "claimed", "claims",
)  # fmt: skip
_REPORTING_VERBS = f"(?:{'|'.join(_REPORTING_WORDS)})"
# "said on Monday", "said in a statement on Monday"
_REPORTING_BEFORE = re.compile(
    rf"\b{_REPORTING_VERBS}(?:\s+(?:in|at)\s+(?:a|an|its|the)\s+\w+)?\s*$", re.IGNORECASE
)
# ("on Wednesday, the ministry said", but not "killed on Wednesday, and says that 312 …":
# a verb after "and" starts the next clause, whose report the day does not date)
_REPORTING_AFTER = re.compile(rf"^\W*(?!and\b)\w*\W+{_REPORTING_VERBS}\b", re.IGNORECASE)
# scope cues that name one event's day; windows ("in the past 24 hours") and running
# totals are shared by the counts of a sentence
DAY_KINDS = frozenset({"date", "day"})
# windows that may date the report instead ("the UN said last week that 1,054 ...")
_REPORT_PERIODS = frozenset({"last week", "this week", "last month", "this month"})
_CLAIMED_SCOPES = frozenset({"date", "day", "incident", "cumulative"})


def _dates_the_report(sentence: str, start: int, end: int, number_start: int = -1) -> bool:
    """'the ministry said on Monday', 'on Thursday said': the day of the report, not the
    event; so is a day in an opener before the reporting verb that introduces the number
    ("During talks on Sunday, Safadi stressed that more than 22,000 ...")."""
    # (both patterns are slow to fail: first the quick test for a reporting verb)
    before, after = sentence[max(0, start - 40) : start], sentence[end : end + 16]
    between = sentence[end:number_start] if number_start > end else ""
    return bool(
        (may_hold(before, _REPORTING_WORDS) and _REPORTING_BEFORE.search(before))
        or (may_hold(after, _REPORTING_WORDS) and _REPORTING_AFTER.match(after))
        or (between and _OPENER_THEN_REPORT.match(between))
    )


# "..., on Sunday, Safadi stressed that": the rest of an opener, its subject, a reporting verb
_OPENER_THEN_REPORT = re.compile(
    r"[^,.;]{0,40},\s+(?:[A-Z][\w'’.-]*\s+){1,4}"
    rf"(?:{'|'.join(_REPORTING_WORDS)}|stressed|insisted|emphasi[sz]ed)\s+(?:that\s+)?",
)


def _after_own_verb(n: NumberMention, cues: list) -> list:
    """The scope cues that are not before the number's own perfect-tense verb: in "the war,
    begun by the attack on Oct. 7, has killed 39,090", the date is the war's, the
    running total is the verb's."""
    for d, k, s in cues:  # (nearest first)
        if k == "weak" and s < n.start and d <= 3:
            return [c for c in cues if not c[2] < s]
    return cues


def scope_cues(
    sentence: str, n: NumberMention, category: str, scopes: list, others: tuple = ()
) -> list[tuple[int, str, int]]:
    """The scope cues of ``sentence`` (``scopes``, as :func:`~corpus.figure_cues.sentence_cues`
    finds them) that speak for number ``n`` counting ``category``, as ``(distance, kind,
    start)``, nearest first; ``others`` are the sentence's counts, which keep the cues
    nearest them."""
    lo, hi = reach(n, others) if len(others) > 1 else (-1, len(sentence))
    cues = [
        (d, k, s)
        for d, k, s, e in nearest(scopes, n)
        if not (
            (k == "day" or (k == "incident" and sentence[s:e].lower() in _REPORT_PERIODS))
            and _dates_the_report(sentence, s, e, n.start)
        )
        # "killed on Wednesday, and says that 312 …": a report between the day and the
        # number introduces a count of its own
        and not (k == "day" and e < n.start and _REPORT_BETWEEN.search(sentence, e, n.start))
        and not (k == "cumulative" and _superlative_since(sentence, s, e))
        # "..., the ministry said in an updated toll", "revising a previous toll": the report
        # is a toll, not the count
        and not (k == "cumulative" and _REPORT_TOLL.search(sentence, max(0, s - 30), e))
        # "a claim that could not be independently verified": no plan or forecast
        and not (k == "na" and _UNVERIFIED.match(sentence, e))
        # "had recovered the bodies of six hostages ..., before troops reached them", "413
        # bodies had reached hospitals": a verb of a mark with no mark after it moves things
        and not (k == "cumulative" and s > n.end and _no_mark_after(sentence, s, e))
        # "since the bodies of six hostages were recovered": the count is the event's
        and not (
            k == "cumulative" and e <= n.start and _SINCE_HOLDS.fullmatch(sentence, s, n.start)
        )
        # "200 trucks crossed on Friday", "12 hostages released by Hamas crossed into Egypt":
        # what crossed, not a toll that crossed a mark
        and not (
            k == "cumulative" and category in _MOVING and s > n.end and movement_cue(sentence, s)
        )
        and not (k in ("incident", "day") and _parts_window(sentence, n, s, others))
        # "troops had killed four armed men ..., and that some 200 fighters remain
        # trapped": a second report's cues are its own
        and not (
            s > n.end and " and that " in sentence and _SECOND_REPORT.search(sentence, n.end, s)
        )
        # "41,909 have been killed, and the fighting has spilled into Lebanon, where troops
        # crossed last week", "in the war, which began when militants attacked on Oct. 7": a
        # day or a window of a clause of its own after the count
        and not (
            s > n.end
            and k in _OWN_CLAUSE_KINDS
            and sentence.find(",", n.end, s) >= 0
            and _CLAUSE_OF_ITS_OWN.search(sentence, n.end, s)
        )
        # a proposal or a tense speaks for the whole sentence, a date or a window for the
        # count nearest to it, and a window for the counts beside that one too
        and not (
            k in _CLAIMED_SCOPES
            and (s >= hi or e <= lo)
            and claimed(
                sentence, n, (s, e), others, shared=k not in DAY_KINDS, window=k == "incident"
            )
        )
    ]
    if ", wh" in sentence[: n.start]:  # (a quick first test)
        # "In central Israel, which has been spared the violence, an attack injured 12": a
        # relative clause before the count speaks of its own noun
        asides = [m.span() for m in _RELATIVE_BEFORE.finditer(sentence, 0, n.start)]
        cues = [c for c in cues if not any(a < c[2] < b for a, b in asides)]
    return _after_own_verb(n, cues)


# how news says a war or a wave began ("the war, which began when ...", "which erupted")
STARTED = r"(?:began|begun|started|erupted|broke\s+out)"
# (not the start of what the count is of: "the bombardment, which began early on Tuesday,")
_RELATIVE_BEFORE = re.compile(rf",\s+(?:which|who)\s+(?!(?:{STARTED}|resumed)\b)[^,;.\d]{{3,80}},")
_REPORT_TOLL = re.compile(
    r"\b(?:in\s+an?\s+(?:updated|new|revised|fresh|earlier|initial)|"
    r"revising\s+(?:a|an|its|the)\s+(?:previous|earlier|initial))\s+(?:death\s+)?toll$"
)
_UNVERIFIED = re.compile(
    r"\s+not\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed|verify|confirm)\b"
)
_SECOND_REPORT = re.compile(r",\s+and\s+that\s")
_OWN_CLAUSE_KINDS = frozenset({"date", "day", "incident"})
_CLAUSE_OF_ITS_OWN = re.compile(
    r",\s+(?:(?:and|but|while|whereas)\s+(?:the|its|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:has|have|had|is|are|was|were)\s|which\s+{STARTED}\b)"
)
# (not "bringing the number killed since the start of the war to 326")
_SINCE_HOLDS = re.compile(
    r"since\s+(?:the|a|an|his|her|its|their)\s+[^,;.\d]{0,40}(?<!\bto\s)", re.IGNORECASE
)
# the running-total cues that are verbs of a mark ("the toll reached 30,000")
_MARK_VERBS = frozenset(
    {"reached", "has reached", "crossed", "passed", "topped", "tops", "exceeded", "surpassed"}
)
_MARK_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:more\s+than|over|about|nearly|almost|some|at\s+least|around)\s+)?"
    r"(?:[$€£]\s*)?\d"
)


def _no_mark_after(sentence: str, start: int, end: int) -> bool:
    return sentence[start:end].lower() in _MARK_VERBS and not _MARK_AFTER.match(sentence, end)


_MOVING = frozenset({"aid", "hostages_released", "prisoners_released"})


def movement_cue(sentence: str, start: int) -> bool:
    """Whether the cue at ``start`` is a verb that moves things ("crossed", "passed",
    "reached"), which may say where a count went rather than the mark a total passed."""
    return sentence.startswith(("crossed", "passed", "reached"), start)


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|those)\b")
# how far (characters) after "N of them" a window may start and still be the part's own
_PART_REACH = 30


def _parts_window(sentence: str, n: NumberMention, cue_start: int, others: tuple) -> bool:
    """'44,330 people had been killed, 52 of them in the past day', '38,794 killed and
    89,364 wounded, with 54 deaths in the previous 24 hours': the window after a part
    ("N of them", ", with N ...") dates the part, not the counts of the whole around it."""
    return any(
        m.start != n.start
        and m.end <= cue_start <= m.end + _PART_REACH
        and (
            (n.end <= m.start and _OF_THEM.match(sentence, m.end))
            or bool(_WITH_PART.search(sentence, max(0, m.start - 24), m.start))
        )
        for m in others
    )


_WITH_PART = re.compile(r",\s+with\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?$")


# "the largest single convoy since the start of the war", "the deadliest day since
# October": a record since a date, not a running total
_SUPERLATIVES = (
    "largest", "biggest", "highest", "lowest", "deadliest", "worst", "heaviest", "most", "first",
    "single",
)  # fmt: skip
_SUPERLATIVE = re.compile(rf"\b(?:{'|'.join(_SUPERLATIVES)})\b[^,;.]{{0,60}}$", re.IGNORECASE)


def _superlative_since(sentence: str, start: int, end: int) -> bool:
    return (
        sentence[start:end].lower().startswith("since")
        and may_hold(sentence[max(0, start - 70) : start], _SUPERLATIVES)  # (a quick first test)
        and bool(_SUPERLATIVE.search(sentence, max(0, start - 70), start))
    )


_REPORT_BETWEEN = re.compile(rf"\b{_REPORTING_VERBS}\s+that\b", re.IGNORECASE)
