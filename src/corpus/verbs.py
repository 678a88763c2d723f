"""Reporting verbs: the lexicon in ``data/reporting_verbs.csv`` and a fast matcher.

:func:`verb_matches` finds every listed verb form (including multi-word ones such
as "pointed out", "called for", "made it clear") with one regular-expression pass
built as a trie, then a dictionary lookup: fast enough for hundreds of articles
a second.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_left
from functools import lru_cache

from corpus.paths import package_data


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, str]:
    """Form as written (lower case) -> lemma."""
    lines = [
        ln
        for ln in package_data("reporting_verbs.csv").read_text(encoding="utf-8").splitlines()
        if ln.strip() and not ln.startswith("#")
    ]
    forms: dict[str, str] = {}
    for row in csv.DictReader(lines):
        lemma = row["lemma"].strip()
        for form in _split_forms(row["forms"], lemma):
            forms[form] = lemma
    return forms


def _split_forms(forms: str, lemma: str) -> list[str]:
    # multi-word forms ("point out") are written with their particle: join pairs
    words = forms.split()
    if " " not in lemma and "it" not in words:
        return words
    n = len(lemma.split())
    if lemma == "make clear":
        return [" ".join(words[i : i + 3]) for i in range(0, 9, 3)] + ["made clear"]
    out, i = [], 0
    while i < len(words):
        out.append(" ".join(words[i : i + n]))
        i += n
    return out


@lru_cache(maxsize=1)
def form_info() -> dict[str, tuple[str, bool]]:
    """Form -> (lemma, whether the form is a participle: "saying", "pointing out")."""
    return {form: (lemma, form.split()[0].endswith("ing")) for form, lemma in verb_forms().items()}


@lru_cache(maxsize=1)
def _first_words() -> dict[str, list[str]]:
    """First word of each verb form -> its forms, longest first ("pointed" -> ["pointed out"])."""
    table: dict[str, list[str]] = {}
    for form in sorted(verb_forms(), key=len, reverse=True):
        table.setdefault(form.split()[0], []).append(form)
    return table


def trie_regex(words: list[str]) -> str:
    """A regular expression matching exactly ``words``, factored as a trie (fast to scan).

    At each position it matches what the alternation of ``words`` sorted longest first
    matches: a longer word is tried before the shorter ones it extends. (With
    ``re.IGNORECASE``, give the words in one case: a trie keeps "UN" and "un" apart.)
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


@lru_cache(maxsize=1)
def _first_word_pattern() -> re.Pattern[str]:
    firsts = "".join(sorted({w[0] for w in _first_words()}))
    # "\b(?=[...])" lets the engine skip every position no verb can start at (4x faster)
    return re.compile(
        r"\b(?=["
        + re.escape(firsts)
        + r"])(?<![\w-])"
        + trie_regex(list(_first_words()))
        + r"(?![\w-])"
    )


def verb_matches(text: str, u0: int, u1: int) -> list[tuple[int, int, str]]:
    """(start, end, form) of reporting-verb forms in ``text[u0:u1]``.

    One pass over lower-case words with a dictionary lookup: much faster than a
    regular expression with hundreds of alternatives.
    """
    table = _first_words()
    tails = _tails()
    out = []
    for m0, m1, word in _first_word_hits(text, u0, u1):
        forms = table.get(word)
        if not forms:
            continue
        for form in forms:
            tail = tails.get(form)
            if tail is None:  # a one-word form
                out.append((m0, m1, form))
                break
            t = tail.match(text, m1, u1)
            if t:
                out.append((m0, t.end(), form))
                break
    return out


def _word_char_at(text: str, i: int) -> bool:
    r"""``re.match(r"[\w-]", text, i)`` without a regex call: for one character ``\w`` is
    ``str.isalnum()`` or "_" (false past the end of the text)."""
    c = text[i : i + 1]
    return c.isalnum() or c == "_" or c == "-"


# The first-word hits of the last article seen: an article's units share one scan of
# its text instead of one scan each (the text is kept, so ``is`` identifies it).
_article_hits: tuple[str, list[int], list[tuple[int, int, str]]] = ("", [], [])


def _first_word_hits(text: str, u0: int, u1: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of verb first words in ``text[u0:u1]``, as a scan of the span finds them.

    Taken from one scan of the whole text. A scan limited to the span differs only
    where a hit runs over ``u0`` or ``u1`` or a word goes on after ``u1`` (a unit cut
    inside a word): then the span is scanned on its own.
    """
    _text, starts, hits = _article_scan(text)
    i = bisect_left(starts, u0)
    j = bisect_left(starts, u1, i)
    crosses = (i and hits[i - 1][1] > u0) or (j > i and hits[j - 1][1] > u1)
    if crosses or _word_char_at(text, u1):
        return _span_hits(text, u0, u1)
    return hits[i:j]


def first_word_starts(text: str) -> list[int]:
    """Sorted starts of the verb first words in ``text`` (one scan of the whole text)."""
    return _article_scan(text)[1]


def cuts_word(text: str, u0: int, u1: int) -> bool:
    """Whether a span starts or ends inside a word: its verb matches may differ from the
    whole text's there (see :func:`_first_word_hits`)."""
    # (_word_char_at, inlined: this runs for every unit of every article)
    c = text[u1 : u1 + 1]
    if c.isalnum() or c == "_" or c == "-":
        return True
    if not u0:
        return False
    c, d = text[u0 - 1], text[u0 : u0 + 1]
    return (c.isalnum() or c == "_" or c == "-") and (d.isalnum() or d == "_" or d == "-")


def _article_scan(text: str) -> tuple[str, list[int], list[tuple[int, int, str]]]:
    """(text, hit starts, hits) of ``text``, scanned once for all of its units."""
    global _article_hits
    cached = _article_hits  # one read: another thread may replace the global meanwhile
    if cached[0] is not text:
        hits = _scan_article(text)
        cached = _article_hits = (text, [h[0] for h in hits], hits)
    return cached


def _span_hits(text: str, u0: int, u1: int) -> list[tuple[int, int, str]]:
    """(start, end, word) of verb first words found by scanning ``text[u0:u1]`` alone."""
    return [(m.start(), m.end(), m.group()) for m in _first_word_pattern().finditer(text, u0, u1)]


def _scan_article(text: str) -> list[tuple[int, int, str]]:
    """What ``_first_word_pattern().finditer(text)`` finds, about three times as fast.

    After the text's first word, the patterns start with the character before each
    word, so the regex engine jumps between candidates instead of trying every
    position: one pattern for words after a space (a literal: the fastest jump), one
    for words after any other non-word character (a bitmap test, then ``\\W``). A hit
    is decided by its own position, so the two lists together are the hits of one scan.
    """
    hits = []
    first = _first_word_pattern().match(text)
    if first:
        hits.append((first.start(), first.end(), first.group()))
    pos = first.end() if first else 0
    after_space, after_other = _after_boundary_patterns()
    hits.extend((m.start(1), m.end(1), m.group(1)) for m in after_space.finditer(text, pos))
    hits.extend((m.start(1), m.end(1), m.group(1)) for m in after_other.finditer(text, pos))
    hits.sort()
    return hits


@lru_cache(maxsize=1)
def _after_boundary_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words of _first_word_pattern with the non-word character before: a space / another."""
    words = "(" + trie_regex(list(_first_words())) + r")(?![\w-])"
    # (after another character, a look at the next one rules out most positions before
    # the slower tests: "\W" and the trie's alternatives)
    firsts = re.escape("".join(sorted({w[0] for w in _first_words()})))
    return re.compile(" " + words), re.compile(rf"[^A-Za-z0-9_\- ](?=[{firsts}])(?<=\W)" + words)


@lru_cache(maxsize=1)
def _tails() -> dict[str, re.Pattern[str]]:
    """Multi-word form -> pattern of the words after its first ("pointed" + " out")."""
    return {
        form: re.compile(
            r"\s+" + re.escape(form.split(" ", 1)[1]).replace(r"\ ", r"\s+") + r"(?![\w-])"
        )
        for form in verb_forms()
        if " " in form
    }


# Verb forms that are also nouns ("a UN report said", "the claims were").
NOUN_HOMOGRAPHS = frozenset({
    "report", "reports", "claim", "claims", "estimate", "estimates", "note", "notes",
    "voice", "voices", "doubt", "doubts", "stress", "call for", "calls for", "warning",
    "posts", "statement", "denial",
    # "recognising a Palestinian state, a move ...": the state is a country
    "state",
})  # fmt: skip
_NOUN_AFTER = re.compile(
    r"\s+(?:released|published|issued|said|says|found|by|from|of|on|that\s+was|was|were|is|are|"
    # "Local reports suggest that ...", "Initial estimates indicate ...": the noun's verb
    r"suggest|suggested|indicate|indicated|show|showed|claim|claimed|have|had)\b"
)
_NOUN_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:\S+\s+){0,2}$"
)


# "..., the ministry reports." (but "..., according to media reports." has no "the" after
# its comma)
_COMMA_THE_BEFORE = re.compile(r",\s+the\s+(?:[\w.’'-]+\s+){1,4}$")
_SENTENCE_END = re.compile(r"\s*[.!]?[\s”\"’]*$")

# "The UN estimates that around one million ...": a body's name, then the verb and its
# clause (but "the WHO report that was released" is a noun with a relative clause)
_NAME_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w.’'-]*\s+){1,3}$")
_BODY_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}(?:army|military|ministry|government|agency|office|police|"
    r"authority|authorities|movement|group|committee|organi[sz]ation)\s+$"
)
_CLAUSE_AFTER = re.compile(r" that (?!(?:was|were|is|are|has|have|had|will|would)\b)")


_AUXILIARY_BEFORE = re.compile(r"\b(?:is|are|was|were|been)\s+$")


def used_as_noun(text: str, u0: int, v0: int, v1: int, u1: int) -> bool:
    """'A UN report released on Monday said ...': the form is a noun, not the cue."""
    if _AUXILIARY_BEFORE.search(text, max(u0, v0 - 8), v0):
        return False  # "The UN is warning that famine is imminent": a verb in its -ing form
    if (
        text[max(u0, v0 - 2) : v0] == ", "
        and text[v1 : v1 + 1] == " "
        and text[v1 + 1 : v1 + 2].isupper()
    ):
        return False  # "..., notes Saara Lehtinen": inverted after its content, a verb
    if _SENTENCE_END.match(text, v1, u1) and _COMMA_THE_BEFORE.search(text[max(u0, v0 - 50) : v0]):
        return False  # "..., the Associated Press reports.": the sentence's last word, a verb
    if (
        text.startswith(" that ", v1)
        and _CLAUSE_AFTER.match(text, v1)
        and (
            _NAME_BEFORE.search(text[max(u0, v0 - 40) : v0])
            # "The Israeli army reports that 24 soldiers were killed": a body, its verb
            or _BODY_BEFORE.search(text[max(u0, v0 - 40) : v0])
        )
    ):
        return False
    return bool(
        _NOUN_AFTER.match(text, v1, u1)
        or _NOUN_BEFORE.search(text[max(u0, v0 - 40) : v0])
        and not _MEDIA_BEFORE.search(text[max(u0, v0 - 20) : v0])
    )


# What an outlet is called: "the paper", "the Milan daily" (referents.OUTLET_HEADS too)
OUTLET_NOUNS = (
    "newspaper", "paper", "daily", "tabloid", "broadsheet", "weekly", "magazine",
    "broadcaster", "channel", "outlet", "website", "publication",
)  # fmt: skip
# an outlet before the verb: "Egyptian media reports", "The paper also reports that",
# "The Milan daily reports" (a noun's plural too, but not "dailies", "weeklies")
_MEDIA_BEFORE = re.compile(
    r"\b(?:media|reports|"
    + "|".join(noun if noun.endswith("y") else f"{noun}s?" for noun in OUTLET_NOUNS)
    + r")\s+(?:(?:also|now|further|too)\s+)?$"
)


# what makes "to" + a verb the subject's own speech act: "was quick to insist", "went on to
# say", "was at pains to stress" (attribution does not block the verb after them)
SPEECH_TO = (
    "quick to", "careful to", "at pains to", "keen to", "went on to", "goes on to", "go on to",
    "hastened to",
)  # fmt: skip
_SPEECH_TO = tuple(f" {words}" for words in SPEECH_TO)  # (for str.endswith)


# Words before a verb that make it a noun or an infinitive rather than a cue.
_BEFORE_VERB_BLOCK = re.compile(
    r"(?:\b(?:to|not|never|the|a|an|its|their|his|her|no|whose|member|other)|n[’']t)\s+$",
    re.IGNORECASE,
)
# Last letters of those words in any case ("ſ" is an "s" to re.IGNORECASE): a word
# ending in another letter cannot block, and no regex search is needed.
BLOCK_LAST_LETTERS = frozenset("otreansOTREANSſ")


_BLOCK_WORDS = frozenset(
    {"to", "not", "never", "the", "a", "an", "its", "their", "his", "her", "no", "whose",
     # "Uganda and the other member states demand ...": a noun, no verb
     "member", "other"}
)  # fmt: skip


_BLOCK_ENDINGS = tuple(sorted(_BLOCK_WORDS))  # for str.endswith


def blocked_before(before: str) -> bool:
    """``_BEFORE_VERB_BLOCK.search(before)``: the last word before the verb makes it a
    noun or an infinitive. Plain ASCII is tested word by word (no regex call)."""
    if not before[-1:].isspace():
        return False  # the pattern ends in white space
    if not before.isascii():
        return bool(_BEFORE_VERB_BLOCK.search(before))  # (case folding beyond ASCII)
    word = before.rstrip().lower()
    if word.endswith("n't"):
        return True
    if not word.endswith(_BLOCK_ENDINGS):
        return False  # most words: no block word ends them (one test, no loop)
    i = len(word)
    while i and (word[i - 1].isalnum() or word[i - 1] == "_"):
        i -= 1
    if word[i:] == "to" and word.endswith(_SPEECH_TO):
        return False  # "was quick to insist", "went on to say": the subject's own speech
    return word[i:] in _BLOCK_WORDS  # the whole last word: "\b" before it
