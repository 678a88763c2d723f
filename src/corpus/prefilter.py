"""Skip regexes where they cannot match: strings every match contains, found in many texts.

:func:`corpus.stance.stance` searches each cue rule of a target (a regex) in
every statement, though most rules fire in few of them. :func:`needs` reads off
a regex the strings every match must contain (for ``(eliminat|destroy)\\w* (of
)?(hamas|the enemy)``: one of "eliminat", "destroy" and one of "hamas",
"enemy"), so the target file stays the only place cues are written;
:class:`Finder` tells which of many texts contain them, with ``str.find`` over
all texts at once. A rule is then searched only in those texts. The strings are
certain, never guessed: skipping a text where a rule cannot match changes no
result (``tests/test_stance_prefilter.py`` compares with searching every text).

>>> sets = needs(r"call(s|ed)? for (an? |the )?(\\w+ ){0,3}(truce|peace)")
>>> [sorted(strings) for strings in sets]
[['call'], ['peace', 'truce']]
>>> Finder(["calls for peace", "a truce", "peace"]).texts_meeting(sets)
{0}
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator

try:  # re's own parser: internal to Python, so needs() filters nothing without it
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    sre = sre_parse = None

_MAX_SPELLINGS = 16  # a fixed stretch of a pattern with more spellings is cut in two
_MIN_LENGTH = 3  # shorter strings ("a", "of") are in nearly every text: no use
_MAX_NEEDS = 3  # sets kept per pattern; more rarely narrow it further
# Texts x strings above which Finder.texts_meeting looks a set of strings up for all
# texts at once rather than testing the texts left one by one.
_PER_TEXT_TESTS = 2000
_SEPARATOR = "\0"  # joins the texts a Finder searches; never in a needed string
# Words in nearly every English text: a string containing one stands for its other
# word ("the war" -> "war"), and a set holding one is tried last (it narrows little).
COMMON_WORDS = frozenset(
    ("the", "this", "that", "these", "those", "with", "for", "and", "from", "are", "was",
     "were", "has", "had", "have", "its", "their", "his", "her", "will", "would", "not")
)  # fmt: skip

# What a parsed regex (or a part of it) guarantees: the strings it can match,
# when it is fixed and they are few ("call(s|ed)? for " -> 3 strings), else None;
# and sets of strings of which every match contains one.
_Facts = tuple[frozenset[str] | None, list[frozenset[str]]]


def needs(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of ``pattern`` contains one of each set.

    Fewest strings first (:meth:`Finder.texts_meeting` looks for the first set in
    all texts, the others only in the texts left). Strings are single words of
    at least three characters. Empty when nothing useful is certain, e.g. for a
    case-insensitive pattern: then the pattern has to be searched everywhere.
    """
    try:
        parsed = sre_parse.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return ()
        exact, sets = _sequence(parsed)
    except Exception:  # re._parser is internal: should it ever change, filter nothing
        return ()
    if exact is not None:
        sets.append(exact)
    # A word of a string is as certain ("call" of "calls for "); and one word
    # stands for several spellings, so fewer strings are looked for.
    words = {
        frozenset(max(s.split(), key=_telling, default="") for s in strings) for strings in sets
    }
    chosen: list[frozenset[str]] = []
    for need in sorted({_tightest(w) for w in words if _useful(w)}, key=_selectivity):
        # skip a set met wherever an earlier one is: "the" after "the enemy"
        if not any(all(any(n in s for n in need) for s in had) for had in chosen):
            chosen.append(need)
    return tuple(chosen[:_MAX_NEEDS])


class Finder:
    """Which of many texts contain a string: ``str.find`` over their vocabulary.

    A string without white space lies inside one white-space separated word of a
    text, so it is looked for in the distinct words of all texts, joined (much
    shorter than the texts when they share words), and each word found brings the
    texts it occurs in. Other strings are looked for in all texts, joined.
    """

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        postings: defaultdict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(texts):
            for word in set(text.split()):
                postings[word].append(i)
        self.words, self.postings = _Joined(list(postings)), list(postings.values())
        self._texts_joined: _Joined | None = None
        self.found: dict[str, set[int]] = {}

    def texts_with(self, string: str) -> set[int]:
        """Indices of the texts that contain ``string`` (which holds no ``\\0``)."""
        if string not in self.found:
            if string.split() == [string]:  # one word: find it in the vocabulary
                hits: set[int] = set()
                for k in self.words.parts_with(string):
                    hits.update(self.postings[k])
            else:
                if self._texts_joined is None:
                    self._texts_joined = _Joined(self.texts)
                hits = set(self._texts_joined.parts_with(string))
            self.found[string] = hits
        return self.found[string]

    def texts_meeting(self, sets: tuple[frozenset[str], ...]) -> set[int] | range:
        """Indices of the texts that contain a string of every set (all texts for none)."""
        if not sets:
            return range(len(self.texts))
        left = set().union(*map(self.texts_with, sets[0]))
        for strings in sets[1:]:
            if not left:
                break
            # Many texts left: intersect with the texts of the strings (one vocabulary
            # search per string, kept for the next rules that need it) rather than
            # test every text for every string; few texts: test those.
            if len(left) * len(strings) > _PER_TEXT_TESTS or all(s in self.found for s in strings):
                left &= set().union(*map(self.texts_with, strings))
            else:
                left = {i for i in left if any(map(self.texts[i].__contains__, strings))}
        return left


class _Joined:
    """Strings joined with a separator, to find which contain a string with one scan."""

    def __init__(self, parts: list[str]) -> None:
        self.joined = _SEPARATOR.join(parts)
        self.starts = [0] * len(parts)  # where each part starts in `joined`
        for i in range(1, len(parts)):
            self.starts[i] = self.starts[i - 1] + len(parts[i - 1]) + 1

    def parts_with(self, string: str) -> Iterator[int]:
        """Indices of the parts that contain ``string`` (which holds no separator)."""
        starts, joined = self.starts, self.joined
        pos = joined.find(string)
        while pos >= 0:  # without the separator, a hit lies inside one part
            i = bisect_right(starts, pos) - 1
            yield i
            if i + 1 == len(starts):
                break
            pos = joined.find(string, starts[i + 1])  # on to the next part


def _useful(strings: frozenset[str] | None) -> bool:
    return bool(strings) and all(
        len(s.strip()) >= _MIN_LENGTH and _SEPARATOR not in s for s in strings
    )


def _tightest(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another: "call" is in every text "calls" is."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def _telling(word: str) -> tuple[bool, int]:
    """Sort key of the words of a string: the one kept is the least common, then the longest."""
    return word not in COMMON_WORDS, len(word)


def _selectivity(strings: frozenset[str]) -> tuple:
    # sets of uncommon words first, then fewer and longer strings; the sorted
    # strings make ties deterministic
    common = any(s in COMMON_WORDS for s in strings)
    return common, len(strings), -min(map(len, strings)), sorted(strings)


def _best(sets: list[frozenset[str]]) -> frozenset[str] | None:
    useful = [_tightest(s) for s in sets if _useful(s)]
    return min(useful, key=_selectivity, default=None)


def _sequence(items) -> _Facts:
    """The facts of a sequence of parsed items: fixed stretches are spelled out."""
    run, sets, fixed = frozenset({""}), [], True
    for op, av in items:
        exact, inner = _item(op, av)
        sets += inner
        if exact is None:  # "\w+", "[^.;]{0,60}": the fixed stretch ends here
            sets.append(run)
            run, fixed = frozenset({""}), False
            continue
        sets.append(exact)
        longer = frozenset(a + b for a in run for b in exact)
        if len(longer) > _MAX_SPELLINGS:
            sets.append(run)
            longer, fixed = exact, False
        run = longer
    if fixed:
        return run, sets
    return None, [*sets, run]


def _item(op, av) -> _Facts:
    """The facts of one parsed item; ``(None, [])`` means it may match anything."""
    if op is sre.LITERAL:
        return frozenset({chr(av)}), []
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # \b and look-arounds take no text
        return frozenset({""}), []
    if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):  # [dk]
        return frozenset(chr(code) for _, code in av), []
    if op is sre.SUBPATTERN and not av[1]:  # a group, unless it sets flags: (?i:...)
        return _sequence(av[3])
    if op is sre.BRANCH:
        branches = [_sequence(items) for items in av[1]]
        if all(exact is not None for exact, _ in branches):
            return frozenset().union(*(exact for exact, _ in branches)), []
        # a match goes through one branch, so contains a string of that branch's best set
        best = [_best([*sets, exact] if exact else sets) for exact, sets in branches]
        return None, [frozenset().union(*best)] if all(best) else []
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, items = av
        exact, sets = _sequence(items)
        if exact is not None and high == 1:  # "(s|ed)?"
            return (exact | {""} if low == 0 else exact), []
        if low == 0:
            return None, []
        return None, [*sets, exact] if exact is not None else sets  # one copy at least
    return None, []  # ".", "\w", "[^.;]", back-references, ...


# --- where a match can start ---------------------------------------------------------

_MAX_FIRST_CHARS = 40  # a wider set of first characters (a class like [a-z]) saves nothing


def first_chars(pattern: str) -> frozenset[str] | None:
    """Characters every non-empty match of ``pattern`` starts with; None when unsure
    (the pattern may match the empty string, starts with ``\\w`` or ``.``, sets flags).

    >>> sorted(first_chars(r"(call|urg)(s|ed)? for|demand"))
    ['c', 'd', 'u']
    """
    try:
        parsed = sre_parse.parse(pattern)
        if parsed.state.flags & re.IGNORECASE:
            return None
        chars, nullable = _first(list(parsed))
    except Exception:  # re._parser is internal: should it ever change, claim nothing
        return None
    if nullable or chars is None or len(chars) > _MAX_FIRST_CHARS:
        return None
    return chars


def _first(items) -> tuple[frozenset[str] | None, bool]:
    """(first characters or None for any, whether the items can match nothing) of a sequence."""
    chars: set[str] = set()
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # take no text: the next item decides
            continue
        if op is sre.LITERAL:
            return frozenset(chars | {chr(av)}), False
        if op is sre.IN and all(kind is sre.LITERAL for kind, _ in av):
            return frozenset(chars | {chr(code) for _, code in av}), False
        if op is sre.SUBPATTERN and not av[1] and not av[2]:
            inner, nullable = _first(av[3])
        elif op is sre.BRANCH:
            branches = [_first(branch) for branch in av[1]]
            if any(c is None for c, _ in branches):
                return None, False
            inner = frozenset().union(*(c for c, _ in branches))
            nullable = any(n for _, n in branches)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner, nullable = _first(av[2])
            nullable = nullable or av[0] == 0
        else:  # ".", "\w", "[^.;]", back-references, ...: any character
            return None, False
        if inner is None:
            return None, False
        chars |= inner
        if not nullable:
            return frozenset(chars), False
    return frozenset(chars), True
