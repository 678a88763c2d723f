"""Rules that decide what a figure counts, and whether it is a running total.

Everything here works on one sentence at a time: a number's neighbourhood (the
words right before and after it) and the cue words of the sentence. Which numbers
are figures at all is :mod:`corpus.figure_checks`. The cue words themselves are
data, in ``data/figure_lexicon.yaml``; this module only says how near a cue must
be and which cue wins. A cue belongs to the number nearest to it: in "the toll rose
to 436, with 678 others injured", "injured" is the 678's.

>>> s = "At least 193 people were killed in the latest wave of attacks."
>>> n = find_numbers(s)[0]
>>> f = classify(s, n)
>>> (f.value, f.qualifier, f.category, f.subject, f.scope)
(193.0, 'at_least', 'killed', 'people', 'incident')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from corpus.figure_captives import subset_of
from corpus.figure_category import category as category_of
from corpus.figure_checks import _OF_OWN, _PUNCT, is_figure
from corpus.figure_clauses import clause_end, is_subset
from corpus.figure_cues import sentence_cues
from corpus.figure_displaced import ordered_to_leave
from corpus.figure_intervals import interval_bounds
from corpus.figure_lexicon import lexicon
from corpus.figure_lists import (
    companion,
    compared_with_before,
    fill_left_out_nouns,
    in_list,
    restates,
    share_the_day,
)
from corpus.figure_nouns import (
    CASUALTY_FATES,
    CONTAINERS,
    ONE_OF,
    compound_cue,
    evacuated_not_displaced,
    noun_phrase,
    pair_referred_to,
    patients_not_displaced,
    qualifier,
    stranded,
    tents_not_aid,
)
from corpus.figure_scope import ASOF_CATEGORIES, PEOPLE_CATEGORIES, own_scope
from corpus.figure_scope import scope as scope_of
from corpus.numbers import NumberMention, find_numbers

__all__ = [
    "ASOF_CATEGORIES",
    "PEOPLE_CATEGORIES",
    "Figure",
    "classify",
    "find_numbers",
    "is_figure",
    "is_subset",
    "lexicon",
    "sentence_figures",
]


class Figure(NamedTuple):
    """One counted quantity, with offsets relative to its sentence."""

    start: int
    end: int
    value_text: str
    value: float
    qualifier: str
    category: str
    subject: str | None
    scope: str
    present: bool  # the sentence is in the present tense


def classify(
    sentence: str,
    n: NumberMention,
    previous: Figure | None = None,
    context: str | None = None,
    others: tuple[NumberMention, ...] = (),
) -> Figure:
    """Qualifier, category, subject and scope of number ``n`` in ``sentence``.

    ``previous`` is the figure before it in the same sentence, whose category a
    list item inherits ("7,028, including 2,913 children and 1,709 women");
    ``context`` the category of the last figure of the sentence before, which a
    count of people with no cue of its own continues; ``others`` the figures of the
    sentence, which keep the cues nearest to them ("436, with 678 others injured").
    """
    return _classify(sentence, n, previous, context, others, None)


_STILL = re.compile(r"\bstill\b")
_EVACUATED = re.compile(r"\bevacuat(?:ed|e)\b", re.IGNORECASE)


def _classify(
    sentence: str,
    n: NumberMention,
    previous: Figure | None,
    context: str | None,
    others: tuple[NumberMention, ...],
    duration: bool | None,
    before: Figure | None = None,
) -> Figure:
    """:func:`classify`; ``duration`` is whether a time unit follows the number, when known;
    ``before`` the count before ``previous``, which ``previous`` may be a part of."""
    phrase, p0, p1 = noun_phrase(sentence, n.end)
    cues = sentence_cues(sentence)
    if duration is None:
        duration = bool(lexicon().duration_after.match(sentence[n.end : n.end + 24]))
    # the number's own clause: up to the next comma, number or sentence end
    tail_end = clause_end(sentence, n.end)
    # (a cue that starts in the phrase: "aid | missions" when the phrase stops at "aid")
    in_phrase = [c for c in cues.categories if p0 <= c[0] < p1]
    if not in_phrase and phrase and sentence[n.end : n.end + 1] == "-":
        in_phrase = compound_cue(phrase, p0)  # "its 25-truck convoy": trucks are counted
    elif in_phrase and phrase and " of " in phrase:
        # "some 40 testimonies of released detainees": the noun before "of" is counted
        of_at = sentence.find(" of ", p0, p1)
        container = sentence[p0:of_at].rsplit(None, 1)[-1].lower() if of_at > p0 else ""
        if of_at > p0 and container not in CONTAINERS and not any(c[0] < of_at for c in in_phrase):
            in_phrase = []
        elif of_at > p0 and container in CONTAINERS and any(c[0] > of_at for c in in_phrase):
            # "10 aircraft of aid": a container counts what it holds, not itself
            in_phrase = [c for c in in_phrase if c[0] > of_at]
    category = category_of(
        sentence, n, phrase, in_phrase, previous, context, others, cues, tail_end, duration
    )
    if category == "hostages_held" and stranded(sentence, phrase):
        category = "other"  # "About 40 Irish citizens remain in Gaza": not captives
    elif category == "displaced" and patients_not_displaced(phrase):
        category = "other"  # "650 patients and 7,000 displaced people were sheltering"
    elif category == "aid" and tents_not_aid(sentence, n, phrase):
        category = "other"  # "around 13,000 tents had been damaged", "70 tents remained"
    if category == "duration":  # "seven-day temporary ceasefire": what lasts follows the unit
        tail = sentence[n.end : n.end + 60]
        m = lexicon().duration_subjects.search(tail)
        phrase = m.group(0) if m and not _PUNCT.search(tail, 0, m.start()) else None
    # a list item, or a count given beside the one before ("the toll rose to 34,844, with
    # 78,404 wounded"), shares its scope, unless it names a day of its own
    # (or the same count at an earlier time: "risen to 7,000, up from about 5,200")
    listed = (
        category == getattr(previous, "category", None)
        and (in_list(sentence, n, previous) or compared_with_before(sentence, n, previous))
    ) or restates(sentence, n, previous)
    # (a part of one attack's dead or hurt counted before it, "the toll from the massacre
    # has risen to 23, including eight children", is no running total either)
    part_of_one_event = (
        category == getattr(previous, "category", None)
        and category in _PART_KINDS
        and previous.scope == "incident"
        and subset_of(sentence, n, previous)
    )
    beside = not listed and companion(sentence, n, previous, category, after_part=True)
    # "33,207 killed since Oct. 7, including 38 over the previous 24 hours, and that
    # 75,933 had been wounded": a count beside a part is given beside the whole (and only
    # there may "and that" bring one in)
    whole = (
        before if beside and before is not None and subset_of(sentence, previous, before) else None
    )
    if beside and whole is None and not companion(sentence, n, previous, category):
        beside = False
    if (listed or beside) and not own_scope(sentence, n, category, tail_end):
        scope = (whole or previous).scope
    else:
        scope = scope_of(sentence, n, category, others, tail_end)
        if scope == "cumulative" and part_of_one_event:
            scope = "incident"
        if scope == "na" and category == "other" and evacuated_not_displaced(sentence, phrase):
            # patients still waiting for an evacuation, or one that took place ("were
            # evacuated", "managed to evacuate 17"; not "needed medical evacuation")
            if _STILL.search(sentence, n.end):
                scope = "cumulative"
            elif _EVACUATED.search(sentence):
                scope = "incident"
        elif scope == "cumulative" and category == "displaced" and ordered_to_leave(sentence, n):
            scope = "incident"  # "Israel orders 1.1 million people to move south": one order's
    # (positional: a named tuple takes keywords more slowly; in the order of its fields)
    qualified = qualifier(cues, n.start)
    return Figure(n.start, n.end, n.text, n.value, qualified, category, phrase, scope, cues.present)


_PART_KINDS = frozenset({"killed", "injured"})


# "within a day or two", "in a year or two", "within the next week or two": the unit is
# written before the number
_A_UNIT_OR = re.compile(
    r"\b(?:an?|(?:the|this)\s+(?:next|coming|past|last|first))\s+"
    r"(?:day|night|week|month|year|hour)\s+or\s+$",
    re.I,
)

_CAPTIVES_PLACE = re.compile(r"\bHostages?(?=\s+(?:Square|Plaza)\b)")


def _blank_letters(m: re.Match) -> str:
    return "P" + "x" * (len(m.group()) - 1)  # (the same length: offsets stay)


def sentence_figures(
    sentence: str, numbers: tuple[NumberMention, ...], context: str | None = None
) -> tuple[Figure, ...]:
    """The figures among ``numbers`` (offsets in ``sentence``), classified in order:
    each is the ``previous`` of the next (see :func:`classify`)."""
    # the counts, whether each is a time span, and those that are not: a time span claims
    # no cue from the counts around it ("the death toll from nearly 11 months of war had
    # risen to 40,534")
    if "Hostage" in sentence:
        # a place named after the captives is no count's cue: "100,000 packed Hostages Square"
        sentence = _CAPTIVES_PLACE.sub(_blank_letters, sentence)
    counts, durations, claimers = [], [], []
    spans = lexicon().duration_after
    for m in numbers:
        if is_figure(sentence, m):
            lasts = bool(spans.match(sentence[m.end : m.end + 24])) or (
                sentence.endswith("or ", 0, m.start)  # (a quick first test)
                and _A_UNIT_OR.search(sentence, max(0, m.start - 20), m.start) is not None
            )
            counts.append(m)
            durations.append(lasts)
            if not lasts:
                claimers.append(m)
    claimers = tuple(claimers)
    found: list[Figure] = []
    previous = before = None
    for i, n in enumerate(counts):
        others = claimers
        if i + 1 < len(counts) and _OF_OWN.fullmatch(sentence[n.end : counts[i + 1].start]):
            # "1.7 million of Gaza's 2.3 million people have been displaced": the whole
            # claims no cue from its part
            others = tuple(m for m in claimers if m is not counts[i + 1])
        figure = _classify(sentence, n, previous, context, others, durations[i], before)
        if figure.category not in CASUALTY_FATES and ONE_OF.match(sentence, n.start):
            continue  # "said one of the men had ...": a person picked out, not a count
        if figure.category == "other" and pair_referred_to(sentence, n):
            continue  # "the two men", "The two events were handled by ...": no count
        found.append(figure)
        # a time span is not the count a later part belongs to: "196 aid workers have been
        # killed in nearly six months of war, including 175 UN staff"
        if durations[i] and previous is not None:
            continue
        previous, before = figure, previous
    if len(found) > 1:
        fill_left_out_nouns(sentence, found, counts)
        share_the_day(sentence, found, counts)
    return tuple(interval_bounds(sentence, found, context))
