"""Who a figure is attributed to: the source phrase of its sentence, named canonically.

"according to the Hamas-run health ministry" and "the Gaza-based Health Ministry said"
both name the Gaza Health Ministry; the aliases are the shared ``data/bodies.csv`` and
this stage's few extras in ``data/figure_sources.csv``.

>>> source_in("At least 30 people were killed, according to the Hamas-run Health Ministry.")
'Gaza Health Ministry'
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from corpus.figure_cues import sentence_cues
from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention
from corpus.paths import package_data

__all__ = ["REPORTED", "canonical_source", "counts_sources", "source_aliases", "source_in"]

_ACCORDING = re.compile(r"\baccording to (?:the |a |an )?(?P<src>[^,.;:“”\"()]{2,80})", re.I)
_SAID_VERBS = r"(?:said|says|announced|reported|stated|confirmed|told|added|noted)\b"
_SAID = re.compile(
    r"(?:^|[,“”\"]\s*|\.\s+)(?P<src>(?:(?:[Tt]he|[Aa]n?) [A-Za-z]|[A-Z])[^,.;:“”\"()]{1,70}?)\s+"
    r"(?:has |have |had )?" + _SAID_VERBS
)
# the verbs of _SAID alone, same case: a sentence without one cannot match _SAID
_SAID_VERB = re.compile(_SAID_VERBS)
_SRC_TAIL = re.compile(
    r"\s+(?:on|in|at|during|late|earlier|later|last|this|said|says|report|reported|citing|"
    r"who|which|that|as|to|quoted|news report|statement)\b.*$",
    re.I,
)
REPORTED = re.compile(
    r"\b(?:said|says|told|announced|added|adding|according to|stated|reported)\b", re.IGNORECASE
)
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that"})


def _alias_key(name: str) -> str:
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)
    return re.sub(r"[’']s\b|\.", "", name).lower().strip()


@lru_cache(maxsize=1)
def source_aliases() -> dict[str, str]:
    """Variant name (normalised) -> canonical body: the shared ``bodies.csv``
    (``canonical,speaker_type,aliases`` with ";"-joined aliases) and this stage's few
    extras in ``figure_sources.csv`` (``canonical,alias``); bodies.csv wins."""
    table: dict[str, str] = {}
    for name in ("figure_sources.csv", "bodies.csv"):
        path = package_data(name)
        if not path.exists():
            continue
        lines = [
            ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")
        ]
        for row in csv.DictReader(lines):
            canonical = (row.get("canonical") or "").strip()
            aliases = (row.get("aliases") or row.get("alias") or "").split(";")
            for alias in [canonical, *aliases] if canonical else ():
                if alias.strip():
                    table[_alias_key(alias)] = canonical
    return table


@lru_cache(maxsize=1024)  # the same few source phrases recur across articles
def canonical_source(name: str | None) -> str | None:
    """Canonical body name for a source phrase ("the Hamas-run health ministry" -> "Gaza Health Ministry")."""
    if not name:
        return None
    aliases = source_aliases()
    whole = _alias_key(name)
    if whole in aliases:  # "the Health Ministry in Gaza" before its tail is cut
        return aliases[whole]
    name = _SRC_TAIL.sub("", name.strip()).strip(" -–—")
    key = _alias_key(name)
    if not key or key in _PRONOUNS or len(key) < 2:
        return None
    return aliases.get(key, re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.I))


@lru_cache(maxsize=256)
def source_in(sentence: str) -> str | None:
    """The body a sentence attributes its figures to ("..., according to the Hamas-run
    health ministry" -> "Gaza Health Ministry"), or None."""
    # _SAID is slow to fail; it cannot match without one of its verbs, a cheap scan
    m = _ACCORDING.search(sentence) or (_SAID_VERB.search(sentence) and _SAID.search(sentence))
    return canonical_source(m.group("src")) if m else None


# the body the sources belong to: "two members | of the executive committee | told"
_OF_A_BODY = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,4}")
_WORD_END = re.compile(r"(?<=\s)\S")  # (where each word of it starts)


_LINK_WORD = re.compile(r"\b(?:and|or|that|which|of)\b|,")


def counts_sources(sentence: str, n: NumberMention) -> bool:
    """'two Israeli officials said', 'according to three diplomats': the count of the
    people who give the news is not news."""
    lex = lexicon()
    if sentence.startswith(" members of ", n.end):
        # "Two members of the executive committee told": members of a body who speak
        after = sentence[n.end + 8 : n.end + 80]
        of_body = _OF_A_BODY.match(after)
        return bool(of_body) and any(
            lex.source_verbs.match(after, word.start())
            for word in _WORD_END.finditer(after, 0, of_body.end())
        )
    if not sentence_cues(sentence).sources:  # most sentences name no sources
        return False
    found = lex.source_nouns.match(sentence[n.end : n.end + 40])
    if not found:
        return False
    after = sentence[n.end + found.end() : n.end + found.end() + 40]
    if found.group().split()[-1].lower() in lex.source_bodies:
        # bodies count as sources only when they speak right after ("The two institutions
        # said"; not "... 5,000 and aid agencies warned", "said 38 member institutions had")
        return not _LINK_WORD.search(found.group()) and bool(lex.source_verbs.match(after.lstrip()))
    if lex.source_verbs.match(after.lstrip(" ,")):
        return True  # ("Two U.S. officials told", "two officials, speaking on condition")
    # a verb right before the count ("said two officials", "according to at least three
    # diplomats"), not one that reports it ("police said about 3,000 officers were deployed")
    before = sentence[max(0, n.start - 30) : n.start]
    verb = lex.source_verbs.search(before)
    if verb is None:
        return False
    gap = before[verb.end() :].strip().lower()
    return not gap or verb.group(0).lower() == "according to" or gap in ("the", "other")
