"""Which number of a sentence a cue word belongs to: clauses, lists, subsets.

News packs several counts into one sentence, and a cue word speaks for the count
nearest to it: in "the toll rose to 436, with 678 others injured", "injured" is the
678's; in "it killed 170 gunmen and detained 800 people", "killed" is the 170's.
A subset does not take a cue from the count it is part of ("7,028, including 2,913
children and 397 elderly, were killed"), and counts given side by side in one report
share its time window ("150 killed and 459 injured over the last 24 hours").

>>> from corpus.numbers import find_numbers
>>> s = "The toll rose to 436, with 678 others injured."
>>> n436, n678 = find_numbers(s)
>>> claimed(s, n436, (s.index("injured"), len(s) - 1), (n436, n678))
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.figure_asides import (
    ASIDE_THEN_VERB,
    RESTATED_BEFORE,
    RESTATING_ASIDE,
    WORDS_THEN_VERB,
    broken_down,
    parts_around,
)
from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention

# Subsets of the count before them ("7,028, including 2,913 children"); a count brought
# in "with" another ("436, with 678 others injured") is a separate count.
_SUBSET_WORDS = "including|includes|included|include|among them|among whom|of whom|of them"
_SUBSET = re.compile(rf"\b(?:{_SUBSET_WORDS}|of which)\b", re.I)
SEPARATE = re.compile(
    r"\b(?:with|while|whereas|as well as|in addition|besides|and another|and a further)\b|[;:]",
    re.I,
)
OF_WHOM = re.compile(r"\s+(?:of whom|of them)\b", re.I)
# "..., including the bodies of at least | 36": a subset named right before the number
SUBSET_BEFORE = re.compile(rf"\b(?:{_SUBSET_WORDS})\b[^,.;:]{{0,30}}$", re.I)
# What ends a number's own clause (see clause_end)
# (not the dots of an initialism: "62 U.S. personnel have been injured")
_CLAUSE_MARK = re.compile(r"[,;:]|(?<!\b[A-Z])\.(?!\w)|\d")
_AND = re.compile(r"\band\b")
_WHILE = re.compile(r"\b(?:while|whereas|but)\b")


# what may stand between a count and a time span that is its own: "93 in the past 24
# hours", "58 people killed over the previous 48 hours"
_RIGHT_AFTER = re.compile(r"(?:\s+[a-z]+){0,3}\s+(?:in|over|during|within)(?:\s+the)?\s+")


def clause_end(sentence: str, start: int) -> int:
    """Where the clause from ``start`` ends: at the next , ; : . or digit, the next "and",
    "while", "whereas" or "but", or the end of the sentence (a "$": before a final newline)."""
    mark = _CLAUSE_MARK.search(sentence, start)
    words_from = start  # (where the words that end a clause are looked for)
    if (
        mark
        and sentence.startswith((",", "–", "—"), mark.start())
        and (
            aside := ASIDE_THEN_VERB.match(sentence, mark.start())
            or RESTATING_ASIDE.match(sentence, mark.start())
        )
    ):
        # "at least 1,500 others, nearly half of them children, were missing": the verb
        # after an aside is the count's own
        mark = _CLAUSE_MARK.search(sentence, aside.end())
        if aside.re is RESTATING_ASIDE and aside.group("mark"):
            words_from = aside.end()  # ("24 women and 15 teenage boys": no clause of its own)
    elif (
        mark
        and sentence.startswith(",", mark.start())
        and (words := WORDS_THEN_VERB.match(sentence, start))
        and RESTATED_BEFORE.search(sentence, max(0, start - 60), start)
    ):
        # ... and the count inside the aside shares that verb
        mark = _CLAUSE_MARK.search(sentence, words.end())
    elif mark and (parts := parts_around(sentence, start)):
        # ... and so do the parts it is broken down into
        mark = _CLAUSE_MARK.search(sentence, parts.end())
        words_from = parts.end()
    end = mark.start() if mark else max(start, len(sentence) - sentence.endswith("\n"))
    # one pattern for both would try every alternative at every character: far slower
    if sentence.find("and", words_from, end) >= 0 and (word := _AND.search(sentence, words_from)):
        end = min(end, word.start())
    # "1,900 prisoners while Hamas still holds bodies", "23 bodies ... but that many more
    # were believed to be under rubble": another clause, another subject
    if (
        sentence.find(" wh", words_from, end) >= 0 or sentence.find(" but ", words_from, end) >= 0
    ) and (word := _WHILE.search(sentence, words_from, end)):
        end = word.start()
    return end


# what opens a number's own clause: a clause mark (not a thousands comma) or a conjunction
# that starts another clause
_CLAUSE_MARKS = ",;:—–"
_CLAUSE_WORDS = re.compile(r"\b(?:as|while|whereas|but)\b")


def clause_start(sentence: str, pos: int) -> int:
    """Where the clause holding ``pos`` opens (str.rfind for the marks: faster than a scan)."""
    start = 0
    for mark in _CLAUSE_MARKS:
        at = sentence.rfind(mark, 0, pos)
        while at >= 0 and sentence[at + 1 : at + 2].isdigit():
            at = sentence.rfind(mark, 0, at)  # "1,800": a thousands comma
        start = max(start, at + 1)
    for word in _CLAUSE_WORDS.finditer(sentence, start, pos):
        start = word.end()
    return start


def nearest(cues: list, n: NumberMention) -> list[tuple[int, str, int, int]]:
    """``(distance, kind, start, end)`` of each cue, nearest to number ``n`` first."""
    found = []
    for start, end, kind, _ in cues:
        if end <= n.start:
            found.append((n.start - end, kind, start, end))
        elif start >= n.end:
            found.append((start - n.end, kind, start, end))
    return sorted(found)


def is_subset(gap: str) -> bool:
    """Whether the text between two counts makes the second part of the first
    ("7,028, including 2,913 children"; not "436, with 678 others injured")."""
    return bool(_SUBSET.search(gap)) and not SEPARATE.search(gap)


def reach(n: NumberMention, others: tuple) -> tuple[int, int]:
    """``(lo, hi)``: a cue that ends after ``lo`` and starts before ``hi`` has no other
    number between it and ``n``, so no other number can claim it (a quick first test
    before :func:`claimed`)."""
    lo, hi = -1, 1 << 62
    for m in others:
        if m.end <= n.start:
            lo = m.start
        elif m.start >= n.end:
            hi = m.end
            break
    return lo, hi


# a report of its own inside the sentence: '..., adding that at least 132,000 children'
_ADDING_THAT = re.compile(
    r",[\"”’']?\s+(?:adding|saying|noting|warning|stressing|explaining)\s+that\s", re.IGNORECASE
)


_SUM_AFTER = re.compile(r"\s*(?:an?\s+(?:estimated\s+)?)?(?:US|USD|NIS|EUR)?\s?[$€£₪]")


def usable_cues(sentence: str, n: NumberMention, others: tuple, found: list) -> list:
    """The category cues (of ``found``: the sentence's) that may speak for ``n``: not
    another number's, nor those before a report the number is in ("He called for the
    release of all hostages, adding that 132,000 children were at risk")."""
    if any(c[3] == "loss of" for c in found):
        # "a further loss of US$1.7 billion": a sum lost, not a life
        found = [c for c in found if c[3] != "loss of" or not _SUM_AFTER.match(sentence, c[1])]
    if sentence.find("ing that ", max(0, n.start - 300), n.start) >= 0:  # (a quick test)
        opened = [m.end() for m in _ADDING_THAT.finditer(sentence, 0, n.start)]
        if opened:
            found = [c for c in found if c[0] >= opened[-1]]
    if len(others) < 2:
        return found
    lo, hi = reach(n, others)
    if lo < 0 and hi > len(sentence):  # no other number: every cue is n's
        return found
    return [
        c for c in found if not ((c[0] >= hi or c[1] <= lo) and claimed(sentence, n, c, others))
    ]


def claimed(
    sentence: str,
    n: NumberMention,
    cue: tuple,
    others: tuple,
    shared: bool = False,
    window: bool = False,
) -> bool:
    """Whether a cue belongs to another number of the sentence, one that stands between
    it and ``n``: "436, with 678 others injured", "killed 170 gunmen and detained 800".
    A subset of ``n`` ("7,028, including 2,913 children ... were killed") does not take
    the cue from it; with ``shared``, neither does a casualty count beside it ("150 killed
    and 459 injured over the last 24 hours": one report, one window). A ``window`` (a time
    span) right after a subset is the subset's own ("31,819 had been killed in the war,
    including 93 in the past 24 hours")."""
    start, end = cue[0], cue[1]
    # the numbers between the cue and n: ``others`` are in the order of the sentence, so
    # the loops stop at the first number past the gap
    if start >= n.end:
        between, last = 0, None
        for m in others:
            if m.end > start:
                break
            if n.end <= m.start:
                between, last = between + 1, m
        if not between:
            return False
        if broken_down(sentence, n, last.end, start):
            # "39 Palestinians, 24 women and 15 boys, were released": all 39, and the parts
            return False
        if (
            window
            and _RIGHT_AFTER.fullmatch(sentence, last.end, start)
            and is_subset(sentence[n.end : last.start])
        ):
            return True  # (a companion count shares the window: see ``shared``)
        # is the last of them part of n?
        return _takes(sentence, n.end, last.start, last.end, shared and between == 1, False)
    between, first = 0, None
    for m in others:
        if m.end > n.start:
            break
        if end <= m.start:
            between, first = between + 1, first or m
    if not between:
        return False
    # is n part of the first of them?
    return _takes(sentence, first.end, n.start, n.end, False, between == 1)


# ("close to one million people in the enclave of 2.3 million have been forced from their
# homes": the place's population, in passing)
_OF_THE_WHOLE_GAP = re.compile(
    r"(?:\s+of\s+(?:the|its|their|(?:the\s+)?[\w-]+['’]s)"
    r"|[^,;.]{0,40}\b(?:enclave|territory|strip|city|country)\s+of)"
    r"\s+(?:(?:about|some|roughly|nearly|around)\s+)?",
)
# (a population, not a count of captives: "91 of the 251 people abducted ... are still held")
_POPULATION_AFTER = re.compile(
    r"(?:\s+(?:inhabitants|residents|population)\b|\s+people\s+(?:living|who\s+live|have)\b"
    r"|\s*[,.;]|\s+have\b)"
)


def whole_after_part(sentence: str, part_end: int, whole_start: int, whole_end: int) -> bool:
    """Whether the count at ``whole_start:whole_end`` is the population a count before it
    (ending at ``part_end``) is part of: "1.7 million of the 2.2 million inhabitants", "one
    million people in the enclave of 2.3 million have ...", "1.4 million of the enclave's
    2.2 million people have fled"."""
    return bool(
        _OF_THE_WHOLE_GAP.fullmatch(sentence, part_end, whole_start)
        and _POPULATION_AFTER.match(sentence, whole_end)
    )


_SHARE_OF_WHOLE = re.compile(
    r"[^,;:()–—]{0,40}[,(–—]\s*(?:(?:about|some|nearly|almost|roughly|around|over|more\s+than|less\s+than|"
    r"well\s+over|just\s+over)\s+)?(?:half|a\s+third|a\s+quarter|two[\s-]thirds|"
    r"three[\s-]quarters|\d+(?:\.\d+)?\s*(?:%|per\s*cent))\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+['’]s\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # a sentence's few pairs of numbers, asked for cue after cue
def _takes(sentence: str, gap_start: int, gap_end: int, part_end: int, beside: bool, listed: bool):
    """Whether the number after the gap ``sentence[gap_start:gap_end]`` (ending at
    ``part_end``) keeps the cues beyond it from the number before the gap (see
    :func:`claimed`): not a subset, not (``beside``) a companion count, and not
    (``listed``) the next item of a list one verb governs ("released 240 Palestinians and
    100 detainees")."""
    gap = sentence[gap_start:gap_end]
    lowered = gap.lower()
    # quick tests before each pattern: the words it needs
    joined = "and" in lowered or "," in gap
    if (
        beside
        and (joined or "with" in lowered or "while" in lowered)
        and companion_gap().match(gap)
    ):
        return False
    may_list = joined or "includ" in lowered or "of whom" in lowered or "plus" in lowered
    if listed and may_list and list_gap().match(gap):
        return False
    if "of " in lowered and whole_after_part(sentence, gap_start, gap_end, part_end):
        return False  # "1.7 million of the 2.2 million inhabitants have been driven from
        # their homes": the whole after the part leaves the verb to the part
    if "of " in lowered and _SHARE_OF_WHOLE.match(gap):
        return False  # "1.7 million people, about three-quarters of Gaza's 2.3 million residents,
        # are now displaced": the whole, in an aside, leaves the verb to the count
    subset = ("includ" in lowered or "among" in lowered or "of " in lowered) and _SUBSET.search(gap)
    if not subset and sentence.startswith(" of ", part_end):
        subset = OF_WHOM.match(sentence[part_end : part_end + 10])
    return not (subset and not SEPARATE.search(gap))


# the qualifiers a pattern allows right before a number ("distributed kits to | at least |
# 4,500"): one fragment for the patterns written out in the rule modules
# what a running total does to reach its figure: "has risen to", "stands at", "surpassed"
TOLL_REACHED = (
    r"(?:reached|risen\s+to|rose\s+to|climbed\s+to|stood\s+at|stands\s+at|jumped\s+to|"
    r"increased\s+to|surpassed|passed|exceeded|topped|crossed)"
)
QUALIFIED = (
    r"(?:(?:at\s+least|more\s+than|about|around|some|nearly|almost|over|up\s+to|"
    r"an\s+estimated)\s+)?"
)


@lru_cache(maxsize=1)
def _qualifier_words() -> str:
    """The words of the qualifiers ("at least", "more than") and "another", as a regex."""
    words = {w for cue in lexicon().qualifiers for w in cue.split()} | {"another", "more"}
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=1)
def of_qualifiers() -> re.Pattern[str]:
    """Only qualifiers (and spaces): "killing | at least | 32"."""
    return re.compile(rf"\s*(?:(?:{_qualifier_words()})\s+)*", re.IGNORECASE)


@lru_cache(maxsize=1)
def of_before() -> re.Pattern[str]:
    """The "of" a number follows, after its qualifiers: "the deaths | of at least | 12"."""
    return re.compile(rf"\bof(?:\s+(?:{_qualifier_words()}))*\s+$", re.IGNORECASE)


# what joins the items of a list: list_gap needs one of them (a quick first test)
LIST_JOINERS = (",", "and", "including", "among them", "of whom", "plus")


@lru_cache(maxsize=1)
def list_gap() -> re.Pattern[str]:
    """Between two numbers of one list: "7,028, including 2,913 children, 1,709 women and
    397 ...". After the joining word only qualifiers ("and at least 60"), no verb ("and
    found three")."""
    return re.compile(
        r"^[^.;:!?]{0,60}?(?:,|\band\b|\bincluding\b|\bamong them\b|\bof whom\b|\bplus\b)"
        rf"(?:\s+(?:{_qualifier_words()}|further)\b)*\s*$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def range_gap() -> re.Pattern[str]:
    """Between the ends of a range: "700 to 1,000 prisoners", "65,000-75,000 people",
    "two or three days" (the "and" of "between 65,000 and 75,000" is checked apart)."""
    return re.compile(rf"^\s*(?:to|or|-|–|—)(?:\s+(?:{_qualifier_words()}))*\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def comparison_gap() -> re.Pattern[str]:
    """Before a count compared with the one before it, its noun left out: "159 trucks a day
    ..., compared with about 500 a day", "145 distribution points, up from just 44"."""
    return re.compile(
        r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|than|versus|vs\.?|as\s+against"
        # ("against the 600 needed")
        r"|against(?:\s+(?:the|a))?"
        rf"|rather\s+than|instead\s+of)(?:\s+(?:{_qualifier_words()}|just|only))*\s*$",
        re.IGNORECASE,
    )


_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.IGNORECASE)
# a rough range said as two guesses: "we would get 40, 50 casualties", "100, sometimes 150
# trauma patients a day"
_GUESS_GAP = re.compile(r"^,\s+(?:(?:sometimes|maybe|perhaps|even|often)\s+)?$", re.IGNORECASE)


def is_range(sentence: str, first: NumberMention, second: NumberMention) -> bool:
    """Whether two numbers are the ends of one range ("700 to 1,000", "between 65,000 and
    75,000", "40, 50 casualties"): the first counts what the second does."""
    gap = sentence[first.end : second.start]
    if len(gap) > 20:
        return False
    if range_gap().match(gap):
        return True
    if _GUESS_GAP.match(gap):
        # (a larger guess, but not by much: "Of the 15, 12 voted" is a part of a whole)
        return first.value < second.value <= 2 * first.value
    return gap.strip().lower() == "and" and bool(
        _BETWEEN.search(sentence, max(0, first.start - 20), first.start)
    )


@lru_cache(maxsize=1)
def restated_gap() -> re.Pattern[str]:
    """Between a count and the same count said more exactly, as it will grow or as it was
    before: "had passed 50,000, reaching 50,021", "90 trucks a day at first, rising to as
    many as 150", "1,200 people were killed ..., a figure it revised down from 1,400"."""
    return re.compile(
        rf"^[^.;:,]{{0,60}},\s*(?:reaching|to reach|hitting|rising to|climbing to"
        r"|(?:a\s+(?:figure|toll|number|count)\s+(?:\w+\s+){0,2})?(?:revised|lowered|raised)"
        r"(?:\s+(?:down|up|downward|upward))?\s+from|(?:up|down)\s+from)"
        rf"(?:\s+(?:{_qualifier_words()}))*\s*$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def companion_gap() -> re.Pattern[str]:
    """Between a count and one given beside it: "34,844, with 78,404 wounded", "40,005
    people had been killed and 92,401 injured", "..., and that 75,933 had been wounded"."""
    quals = _qualifier_words()
    return re.compile(
        rf"^[^.;:]{{0,40}}?(?:,\s*|\s)(?:with|and|while)(?P<that>\s+that)?(?:\s+(?:{quals}))*\s*$",
        re.IGNORECASE,
    )


# ("the remains of four hostages who died in captivity": where they died, not where they are)
_OUT_OF_BEFORE = re.compile(
    r"\b(?:out\s+of|from|died\s+in|killed\s+in)\s+(?:hamas\s+|their\s+|his\s+|her\s+)?$", re.I
)


def still_held(sentence: str, n: NumberMention, cues: list, end: int) -> bool:
    """A captive state ("still in Gaza", "remain in Gaza") in the number's own clause (up to
    ``end``)."""
    states = lexicon().captive_states
    return any(
        k == "held"
        and n.end <= s < end
        and sentence[s:e].lower() in states
        # ("five farm workers walked out of Hamas captivity": where they were)
        and not _OUT_OF_BEFORE.search(sentence, max(0, s - 24), s)
        and not (
            sentence[s:e].lower().startswith("held")
            and (_freed_after(sentence, e) or _FREED_BEFORE.search(sentence, 0, n.start))
        )
        for _, k, s, e in cues
    )


# verbs of a release that took place, with the freed as their object (not after "not")
RELEASE_VERBS = r"(?<!not\s)(?:freed|released|received|handed\s+over|set\s+free|transferred)"
# words between such a verb and its count: "freed the last 20 living hostages"
BEFORE_COUNT = r"\s+(?:the\s+)?(?:(?:last|remaining|first|final|all|another)\s+)?"
# a release verb with the number as its object: "Hamas freed three Israeli women held in Gaza
# for 471 days" were held, and are no longer
_FREED_BEFORE = re.compile(rf"\b{RELEASE_VERBS}{BEFORE_COUNT}$", re.IGNORECASE)


def _freed_after(sentence: str, start: int) -> bool:
    """Whether the clause from ``start`` tells of a release that took place: "Three women
    held captive in Gaza for 471 days have been released" were held, and are no longer."""
    comma = sentence.find(",", start)
    return (
        lexicon().done_releases.search(sentence, start, comma if comma > 0 else len(sentence))
        is not None
    )


def own_cue(n: NumberMention, found: list, kind: str, end: int) -> bool:
    """Whether a cue of ``kind`` (of ``found``: a sentence's cues) stands in the number's
    own clause (up to ``end``), after it ("58 | are still held in Gaza")."""
    return any(n.end <= s < end and k == kind for s, _, k, _ in found)
