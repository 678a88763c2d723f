"""Rules that decide whether a number is a figure and what it counts.

Everything here works on one sentence at a time: a number's neighbourhood (the
words right before and after it) and the cue words of the sentence. The cue
words themselves are data, in ``data/figure_lexicon.yaml``; this module only
says how near a cue must be and which cue wins.

>>> s = "At least 193 people were killed in the latest wave of attacks."
>>> n = find_numbers(s)[0]
>>> f = classify(s, n)
>>> (f.value, f.qualifier, f.category, f.subject, f.scope)
(193.0, 'at_least', 'killed', 'people', 'incident')
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from corpus.figure_lexicon import lexicon, token_spans
from corpus.numbers import NumberMention, find_numbers

__all__ = [
    "PEOPLE_CATEGORIES",
    "Figure",
    "classify",
    "find_numbers",
    "is_figure",
    "lexicon",
    "sentence_figures",
]

# Categories whose running totals count people and so get an as-of date.
PEOPLE_CATEGORIES = frozenset({"killed", "injured", "missing", "hostages_held", "displaced"})
CASUALTY_KINDS = frozenset({"killed", "injured", "missing", "displaced"})
THING_KINDS = frozenset({"aid", "military", "money"})
NOUN_KINDS = frozenset({"people", "prisoner", "hostage", "aid", "military", "money"})
PEOPLE_COUNTS = frozenset(
    {
        "killed",
        "injured",
        "missing",
        "displaced",
        "hostages_held",
        "hostages_released",
        "prisoners_released",
    }
)
# How far (characters) a verb before the number may sit and still govern it:
# "killing at least 32 people", "the number of injured surpassed 32,000".
NEAR_BEFORE = 28
# How much nearer (characters) a scope cue after the number counts than one before it.
AFTER_BONUS = 20

# Words of a sentence in the present tense (see _is_present)
_PRESENT_WORDS = (
    "has", "have", "is", "are", "stands", "stand", "remain", "remains", "now", "says", "say",
    "reach", "reaches", "tops", "exceeds", "rises", "climbs", "continues",
)  # fmt: skip
# (?<!\w) rather than \b: the same test before a word, but the regex engine skips faster
_PRESENT = re.compile(rf"(?<!\w)(?:{'|'.join(_PRESENT_WORDS)})\b", re.IGNORECASE)
_PRESENT_SET = frozenset(_PRESENT_WORDS)
_WORD_PARTS = re.compile(r"['-]")
_REPORTING_VERBS = r"(?:said|says|say|announced|reported|told|stated|added|confirmed|noted)"
_REPORTING_BEFORE = re.compile(rf"\b{_REPORTING_VERBS}\s*$", re.IGNORECASE)
_REPORTING_AFTER = re.compile(rf"^\W*\w*\W+{_REPORTING_VERBS}\b", re.IGNORECASE)
# Between two numbers of one list: "7,028, including 2,913 children, 1,709 women and 397 ..."
_LIST_GAP = re.compile(
    r"^[^.;:!?]{0,60}?(?:,|\band\b|\bincluding\b|\bamong them\b|\bof whom\b|\bplus\b)[^.;:!?]{0,12}$",
    re.IGNORECASE,
)
# A word of a noun phrase; "MK84" and "2,000-pound" are words too.
_WORD = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9'’-]|[.,](?=\d))*")
_OF_OWN = re.compile(r"^\s*of\s+(?:its|their|the|his|her|our)(?:\s+own)?\s+", re.IGNORECASE)
_DETERMINERS = frozenset({"no", "the", "only", "any", "every", "each", "this", "that"})
_CAPTIVES = re.compile(r"hostage|captiv|custody", re.IGNORECASE)
# What ends a number's own clause (see _clause_end)
_CLAUSE_MARK = re.compile(r"[,;:.]|\d")
_AND = re.compile(r"\band\b")
_LAST_WORD = re.compile(r"([A-Za-z.]+)\s*$")
_FIRST_WORD = re.compile(r"[\s-]*([A-Za-z']+)")
_NAME_COMMA = re.compile(r"[A-Z][a-z]+,\s*$")
_COMMA_AFTER = re.compile(r"\s*[,)]")
_LAST_OF_LIST = re.compile(r"\d[^.]*\band\s+$")
_PUNCT = re.compile(r"[.;:,]")
_POSSESSIVE_BEFORE = re.compile(r"\b[A-Za-z]+['’]s\s+$")


class _Cues(NamedTuple):
    """What the rules need of a sentence, found once for all its numbers."""

    categories: list  # category cues, (start, end, kind, text) each, in order
    scopes: list  # scope cues, the same
    present: bool  # whether the sentence is in the present tense
    words: list[str]  # its tokens (figure_lexicon.token_spans), with their starts and ends
    starts: list[int]
    ends: list[int]


@lru_cache(maxsize=64)
def _sentence_cues(sentence: str) -> _Cues:
    lex = lexicon()
    words, starts, ends = token_spans(sentence)
    return _Cues(
        lex.categories.find_in(words, starts, ends),
        lex.scopes.find_in(words, starts, ends),
        _is_present(sentence, words),
        words,
        starts,
        ends,
    )


def _is_present(sentence: str, words: list[str]) -> bool:
    """Whether ``_PRESENT`` matches ``sentence``, read off its tokens when that is exact.

    On ASCII text without "_" the pattern matches exactly where a token, or a part of
    one between "'" and "-" ("has-been"), is one of its words; a set lookup per token
    is far cheaper than the case-insensitive scan.
    """
    if not sentence.isascii() or "_" in sentence:
        return bool(_PRESENT.search(sentence))
    if not _PRESENT_SET.isdisjoint(words):
        return True
    return any(
        not _PRESENT_SET.isdisjoint(_WORD_PARTS.split(w)) for w in words if "-" in w or "'" in w
    )


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


# --- is it a figure? ----------------------------------------------------------------------


def _previous_word(sentence: str, start: int) -> str:
    m = _LAST_WORD.search(sentence, max(0, start - 20), start)
    return m.group(1).lower() if m else ""


def _next_word(sentence: str, end: int) -> str:
    m = _FIRST_WORD.match(sentence, end, end + 30)
    return m.group(1).lower() if m else ""


def _is_year(n: NumberMention, sentence: str) -> bool:
    if n.is_word or "," in n.text or "." in n.text or not 1900 <= n.value <= 2100:
        return False
    following = _next_word(sentence, n.end)
    # "2024 general election" is a year; "2000 people" counts.
    return not (following.endswith("s") and len(following) > 3)


def _is_age(n: NumberMention, sentence: str) -> bool:
    """'Umm Ahmad, 52, said': a small number between commas right after a name."""
    return (
        not n.is_word
        and n.value < 120
        and bool(_NAME_COMMA.search(sentence, max(0, n.start - 30), n.start))
        and bool(_COMMA_AFTER.match(sentence, n.end, n.end + 3))
    )


def is_figure(sentence: str, n: NumberMention, dates: list[tuple[int, int]] = ()) -> bool:
    """Whether number ``n`` of ``sentence`` counts something.

    Not figures: dates (``dates`` are their spans in the sentence), years, ages,
    clock times, percentages, weights that modify a noun, model names (F-35),
    outlet and section numbers (Channel 12), ratios and references ("the two sides").
    """
    lex = lexicon()
    if any(s < n.end and n.start < e for s, e in dates) or _is_year(n, sentence):
        return False
    if n.start >= 2 and sentence[n.start - 1] == "-" and sentence[n.start - 2].isalpha():
        return False  # F-35, COVID-19
    after = sentence[n.end : n.end + 40]
    if lex.skip_after.match(after) or _is_ratio(after) or lex.relative.match(after):
        return False
    if _is_age(n, sentence):
        return False
    previous = _previous_word(sentence, n.start)
    if previous in lex.skip_before:
        return False
    if n.is_word:
        following = _next_word(sentence, n.end)
        if following in lex.reference_nouns:
            return False
        # "the two discussed ...": after "the", a word number must name what it counts
        if previous in _DETERMINERS and not _counts_a_noun(sentence, n):
            return False
        if n.value == 1 and not _one_counts(sentence, n):
            return False
    return True


def _is_ratio(after: str) -> bool:
    """Whether the text after a number makes it a ratio ("per capita")."""
    lex = lexicon()
    # the pattern is slow to fail; on ASCII text it needs the first word of one of its cues
    lowered = after.lower()
    if after.isascii() and not any(word in lowered for word in lex.ratio_words):
        return False
    return bool(lex.ratio.match(after))


def _counts_a_noun(sentence: str, n: NumberMention) -> bool:
    rest = _OF_OWN.sub("", sentence[n.end : n.end + 40], count=1).lstrip(" -")
    lex = lexicon()
    if lex.duration_after.match(rest):
        return True
    # the first or, after one adjective, the second word: "four Israeli hostages"
    found = [c for c in lex.categories.find(rest) if c[0] <= len(rest) - len(rest.lstrip())]
    found = found or [c for c in lex.categories.find(rest) if c[0] > 0][:1]
    if found and rest[: found[0][0]].count(" ") <= 1:
        return found[0][2] not in {"release", "held"}
    # any other plural noun: "the two incidents" (but not "the two sides", a reference)
    word = _next_word(sentence, n.end)
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


def _one_counts(sentence: str, n: NumberMention) -> bool:
    """'one' is mostly a determiner ("one of the", "no one"); keep it before a counted noun."""
    if _previous_word(sentence, n.start) in _DETERMINERS:
        return False
    if _counts_a_noun(sentence, n):
        return True
    # the last item of a list: "81 Hamas members, ... and one from the Democratic Front"
    return bool(_LAST_OF_LIST.search(sentence, 0, n.start))


# --- what does it count? ------------------------------------------------------------------


def _qualifier(sentence: str, start: int) -> str:
    """'more than' / 'at least' ... in the (up to four) words right before the number."""
    cues = _sentence_cues(sentence)
    # tokens are in order and do not overlap: both their starts and ends are sorted
    lo, hi = bisect_left(cues.starts, max(0, start - 24)), bisect_right(cues.ends, start)
    words = cues.words[max(lo, hi - 4) : hi]
    lex = lexicon()
    if not words or words[-1] not in lex.qualifier_ends:  # most numbers: no cue can match
        return "exact"
    table = lex.qualifiers
    for size in range(len(words), 0, -1):
        name = table.get(" ".join(words[-size:]))
        if name:
            return name
    return "exact"


def _phrase(sentence: str, end: int) -> tuple[str | None, int, int]:
    """The noun phrase right after a number and its span: '193 people were killed' -> 'people'."""
    rest = sentence[end : end + 60]
    skip = _OF_OWN.match(rest)
    offset = end + (skip.end() if skip else 0)
    rest = rest[skip.end() :] if skip else rest
    words: list[str] = []
    last = 0
    lex = lexicon()
    kinds, stop = lex.categories.phrases, lex.phrase_stop
    last_kind = None  # cue kind of the last word taken
    for m in _WORD.finditer(rest):
        if len(words) == 4 or rest[last : m.start()].strip(" -"):  # punctuation ends it
            break
        word = m.group(0).rstrip(".")
        lowered = word.lower()
        if lowered in stop:
            break
        # a counted noun ends the phrase unless another follows ("Palestinian prisoners")
        kind = kinds.get(lowered.replace("’", "'"))  # CueIndex.kind(word)
        if last_kind and not kind:
            break
        words.append(word)
        last, last_kind = m.end(), kind
    return (" ".join(words) or None), offset, offset + last


def _nearest(cues: list, n: NumberMention) -> list[tuple[int, str, int, int]]:
    """``(distance, kind, start, end)`` of each cue, nearest to number ``n`` first."""
    found = []
    for start, end, kind, _ in cues:
        if end <= n.start:
            found.append((n.start - end, kind, start, end))
        elif start >= n.end:
            found.append((start - n.end, kind, start, end))
    return sorted(found)


def _release_side(sentence: str, n: NumberMention, phrase: str | None) -> str:
    sides = lexicon().sides
    own = sides.find(phrase or "")
    if own:
        return own[0][2]
    near = _nearest(sides.find(sentence), n)
    return near[0][1] if near else "hostages_released"


def _category(
    sentence: str,
    n: NumberMention,
    phrase: str | None,
    in_phrase: list,
    previous: Figure | None,
    context: str | None,
) -> str:
    lex = lexicon()
    before = sentence[max(0, n.start - 6) : n.start].lower().rstrip()
    if before.endswith(lex.currency_before):
        return "money"
    if lex.duration_after.match(sentence[n.end : n.end + 12]):
        return "duration"
    # (the pattern is slow to fail: first the quick test that the text before ends in "'s")
    possessive = sentence[max(0, n.start - 30) : n.start].rstrip().endswith(("'s", "’s"))
    if possessive and _POSSESSIVE_BEFORE.search(sentence, max(0, n.start - 30), n.start):
        return "other"  # "Gaza's 2.3 million residents": a population, not a toll
    cues = [(d, k, s) for d, k, s, _ in _nearest(_sentence_cues(sentence).categories, n)]
    # the number's own clause: up to the next comma, number or sentence end
    tail_end = _clause_end(sentence, n.end)
    tail = [(d, k) for d, k, s in cues if n.end <= s < tail_end]
    # 1. "193 people were killed", "65,000 injured", "250 were taken hostage"
    for _, kind in tail:
        if kind in CASUALTY_KINDS:
            return kind
        if kind == "hostage" and not phrase:
            return "hostages_held"
    # 2. "killing at least 32 people", "the number of injured surpassed 32,000"
    for d, kind, s in cues:
        if s < n.start and d <= NEAR_BEFORE and kind in CASUALTY_KINDS:
            return kind
    noun = (
        in_phrase[0][2]
        if in_phrase and phrase and phrase.lower().startswith(in_phrase[0][3])
        else None
    )
    if noun is None and phrase:  # "Israeli female soldiers", "MK84 bombs": look past adjectives
        kinds = [c[2] for c in in_phrase]
        noun = next((k for k in kinds if k not in {"release", "held", "people"}), None)
        noun = noun or ("people" if "people" in kinds else None)
    # 3. a noun that says what is counted
    if noun in THING_KINDS or noun == "killed":
        return noun
    if noun == "prisoner":
        return "prisoners_released"
    if noun == "hostage":
        fate = next((k for _, k, _ in cues if k in {"release", "held"}), "held")
        return "hostages_released" if fate == "release" else "hostages_held"
    # 4. a list item takes the category of the item before it
    if _in_list(sentence, n, previous):
        return previous.category
    if phrase and noun is None:  # a counted noun we have no cue for: "57 healthcare facilities"
        return "other"
    # 5. people, or no noun at all: the nearest telling cue in the sentence
    for _, kind, _ in cues:
        if kind in CASUALTY_KINDS:
            return kind
        if kind == "release":
            return _release_side(sentence, n, phrase)
        if kind == "held" and _CAPTIVES.search(sentence):
            return "hostages_held"
        if kind == "hostage":  # "253 people were taken hostage"
            return "hostages_held"
    if noun is None and any(k in THING_KINDS for _, k, _ in cues):
        return next(k for _, k, _ in cues if k in THING_KINDS)
    # "The breakdown includes 81 Hamas members, ...": a sentence without any cue of its
    # own continues the count of the sentence before.
    if (
        context in PEOPLE_COUNTS
        and lex.continuation.search(sentence)
        and all(k == "people" for _, k, _ in cues)
    ):
        return context
    return "other"


def _clause_end(sentence: str, start: int) -> int:
    """Where the clause from ``start`` ends: at the next , ; : . or digit, the next "and",
    or the end of the sentence (a "$": before a final newline)."""
    mark = _CLAUSE_MARK.search(sentence, start)
    end = mark.start() if mark else max(start, len(sentence) - sentence.endswith("\n"))
    # one pattern for both would try every alternative at every character: far slower
    if sentence.find("and", start, end) >= 0 and (word := _AND.search(sentence, start)):
        end = min(end, word.start())
    return end


def _in_list(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """Whether ``n`` continues a list started by ``previous`` with no verb of its own between."""
    if previous is None:
        return False
    gap = sentence[previous.end : n.start]
    if not _LIST_GAP.match(gap):
        return False
    # nouns may stand between the items ("140 prisoners serving life sentences and 60 ..."),
    # a verb may not ("killed and 65,000 injured")
    cues = _sentence_cues(sentence).categories
    return all(kind in NOUN_KINDS for s, _, kind, _ in cues if previous.end <= s < n.start)


def _dates_the_report(sentence: str, start: int, end: int) -> bool:
    """'the ministry said on Monday', 'on Thursday said': the day of the report, not the event."""
    return bool(
        _REPORTING_BEFORE.search(sentence[max(0, start - 20) : start])
        or _REPORTING_AFTER.match(sentence[end : end + 16])
    )


def _scope(sentence: str, n: NumberMention, category: str) -> str:
    if category in {"duration", "money"}:
        return "na"
    cues = [
        (d, k, s)
        for d, k, s, e in _nearest(_sentence_cues(sentence).scopes, n)
        if not (k == "day" and _dates_the_report(sentence, s, e))
    ]
    strong = [(d, k, s) for d, k, s in cues if k != "weak"]
    if category == "hostages_held":
        return "cumulative"
    if category in {"hostages_released", "prisoners_released"}:
        return "na" if any(k == "na" for _, k, _ in strong) else "incident"
    if strong:
        # What follows the number describes it ("40 deaths in the previous 24 hours"),
        # so a cue after it counts as nearer; a bare day does not ("the toll stood at
        # 34,049 on Sunday" is a running total), and on a tie a running total wins.
        ranked = sorted(
            (d - AFTER_BONUS if s >= n.end and k != "day" else d, k) for d, k, s in strong
        )
        kind = ranked[0][1]
        return "incident" if kind == "day" else kind
    if category in PEOPLE_CATEGORIES and any(k == "weak" for _, k, _ in cues):
        return "cumulative"
    return "incident" if category in CASUALTY_KINDS else "na"


def classify(
    sentence: str, n: NumberMention, previous: Figure | None = None, context: str | None = None
) -> Figure:
    """Qualifier, category, subject and scope of number ``n`` in ``sentence``.

    ``previous`` is the figure before it in the same sentence, whose category a
    list item inherits ("7,028, including 2,913 children and 1,709 women");
    ``context`` the category of the last figure of the sentence before, which a
    count of people with no cue of its own continues.
    """
    phrase, p0, p1 = _phrase(sentence, n.end)
    in_phrase = [c for c in _sentence_cues(sentence).categories if p0 <= c[0] and c[1] <= p1]
    category = _category(sentence, n, phrase, in_phrase, previous, context)
    if category == "duration":  # "seven-day temporary ceasefire": what lasts follows the unit
        tail = sentence[n.end : n.end + 60]
        m = lexicon().duration_subjects.search(tail)
        phrase = m.group(0) if m and not _PUNCT.search(tail, 0, m.start()) else None
    if category == getattr(previous, "category", None) and _in_list(sentence, n, previous):
        scope = previous.scope
    elif previous is None and category == context and category in PEOPLE_COUNTS:
        scope = _scope(sentence, n, category)
    else:
        scope = _scope(sentence, n, category)
    return Figure(
        start=n.start,
        end=n.end,
        value_text=n.text,
        value=n.value,
        qualifier=_qualifier(sentence, n.start),
        category=category,
        subject=phrase,
        scope=scope,
        present=_sentence_cues(sentence).present,
    )


def sentence_figures(
    sentence: str, numbers: tuple[NumberMention, ...], context: str | None = None
) -> tuple[Figure, ...]:
    """The figures among ``numbers`` (offsets in ``sentence``), classified in order:
    each is the ``previous`` of the next (see :func:`classify`)."""
    found: list[Figure] = []
    previous = None
    for n in numbers:
        if is_figure(sentence, n):
            previous = classify(sentence, n, previous, context)
            found.append(previous)
    return tuple(found)
