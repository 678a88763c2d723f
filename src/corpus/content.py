"""What a reporting verb's content is: the listener after "told", the places and times
after the verb, and whether what follows is content at all or the content stood before
the verb ("..., X said on Monday.").

Helpers of :mod:`corpus.verb_cues`; each takes the text and offsets into it.
"""

from __future__ import annotations

import re

from corpus.dates import WEEKDAYS
from corpus.phrases import np_prefix_end


def word_count(s: str) -> int:
    return len(s.split())


def has_words(s: str, n: int) -> bool:
    """``word_count(s) >= n`` without splitting all of a long ``s``."""
    return len(s.split(maxsplit=n - 1)) >= n


# "wrote on X that", "said in a statement that", "told the crowd that": content follows.
_LISTENER_THAT = re.compile(r"\s*(?:on|in|at|to|via)\s+(?:[\w’'-]+\s+){1,3}?that\b")


# (not a count's qualifier: "said at least 59,106 Palestinians had been killed", "said some
# 1,200 families")
TEMPORAL_START = re.compile(
    r"^\s*(?:\(|on\b|in\b|at\b(?!\s+(?:least|most)\s+(?!once\b|twice\b))|during\b|after\b|before\b|last\b|"
    r"earlier\b|late\b|several\b(?!\s+(?:hundred|thousand|dozen)\b)|some\b(?!\s+\d)|while\b|"
    r"as\b|when\b|this\b|\w+day\b|[,.;]|$)"
)


# "told reporters on Monday that": a time phrase right after the listener
# a time or the means of telling after the listener: "told AFP on Monday", "told The War
# Zone by phone that ..."
_TELL_TIME = re.compile(
    r"^\s*(?:(?:on|in|at|during|last|this|earlier)\s+\w+(?:\s+local time)?"
    r"|by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|by\s+(?:e-?mail|text\s+message))"
)


def little_follows(
    text: str, u1: int, after: str, lemma: str, told: tuple[int, int] | None
) -> bool:
    """Whether what follows a verb is too short to be its content ("..., X said on Monday.")."""
    if after[:3] in (" - ", " – ", " — "):
        return True  # "..., UNICEF said - double the projection made in May.": an aside
    after_np = _PAREN_START.sub("", after) if "(" in after else after
    opens_content = OPENS_CONTENT.match(after_np) or _LISTENER_THAT.match(after_np)
    if lemma == "tell":
        tail = text[told[1] : u1] if told else after_np
        tail = _TELL_TIME.sub("", tail)
        ended = tail[:1] in ".!?" or (
            told is not None and text[told[1] - 1] in ".!?" and tail.lstrip()[:1] in '"“'
        )
        if ended:
            return True  # '"...," his brother told Israeli Army Radio. "We did not ..."'
        first_chunk = first_clause(tail)
        # "told reporters aboard Air Force One over the weekend, adding ...": a place or a
        # time, however long, is no content
        adjunct = ADJUNCT_START.match(first_chunk)
        opens_content = OPENS_CONTENT.match(tail) or (not adjunct and word_count(first_chunk) > 6)
        return not opens_content
    if not opens_content and _SUBJECT_THEN_ASIDE.match(after_np):
        return False  # "said the attacks, which targeted homes ..., were": a subject and its aside
    if not opens_content and _SHORT_CLAUSE.match(after_np):
        return False  # "Israeli officials believe 24 are alive.": a short clause is content
    if not opens_content and (_DAY_THEN_CLAUSE.match(after_np) or BARE_DAY_THAT.match(after_np)):
        # "Hamas said on Thursday it had presented a new proposal", "the ministry said
        # Sunday that 40,738 ..."
        return False
    return not opens_content and (
        not has_words(first_clause(after_np), 4)  # first clause
        or bool(TEMPORAL_START.match(after_np))
    )


# a subject, then a relative clause set off by commas: "the attacks, which targeted ..."
_SUBJECT_THEN_ASIDE = re.compile(
    r"\s+(?:the|its|their|his|her|these|those)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2},\s+(?:which|who)\s"
)
# a subject of a word or three and its finite verb: "24 are alive", "most of them were"
_SHORT_CLAUSE = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,3}(?:is|are|was|were|has|have|had|will|would|could|can|must|"
    r"should|remain|remains)\b"
)
# a day or a time of one after a verb: "on Thursday", "late Monday", "last week", "this
# morning", "on Tuesday evening"
_DAY_PHRASE = (
    r"(?:on|last|this|earlier|late|early)\s+[\w-]+(?:\s+(?:morning|afternoon|evening|night))?"
)
# a day, then a clause's subject and more words: "said on Thursday it had presented ..."
_DAY_THEN_CLAUSE = re.compile(
    rf"\s*{_DAY_PHRASE}\s+(?:it|he|she|they|we|the|its|his|her|their|[A-Z][\w'’-]*)\s+\w+\s+\w+"
)


# a day with no "on" before "that": "said Sunday that", "said late Monday that", "said
# yesterday that"
BARE_DAY_THAT = re.compile(
    rf"\s*(?:(?:late|early)\s+)?(?:{'|'.join(day.capitalize() for day in WEEKDAYS)}|"
    r"yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s+that\s"
)


# Words that open a place or a time after a verb or its listener: "told reporters aboard
# Air Force One (that ...)", "claimed in a Telegram post that ..."
_PLACE_WORDS = ("aboard", "at", "in", "during", "outside", "inside", "via")
_TIME_WORDS = ("on", "after", "before", "from")
ADJUNCT_START = re.compile(
    rf"\s*(?:{'|'.join(_PLACE_WORDS + _TIME_WORDS)}|while|by|ahead of)\s", re.IGNORECASE
)
# (a few words, not across "and": "said in a statement all its staff were safe and that
# ..." has its content before the "that")
_UP_TO_THAT = r"\s(?:(?!and\b)[^\s.;,\"“”]+\s+){0,7}?that\s"
ADJUNCT_THAT = re.compile(rf"\s*(?:{'|'.join(_PLACE_WORDS + _TIME_WORDS)}){_UP_TO_THAT}")
# (not "on" after other verbs: "insists on guarantees that ..."; but "on" a named platform
# or day: "wrote on X that", "posted on Telegram that", "said on Monday that")
PLACE_THAT = re.compile(
    rf"\s*(?:{'|'.join(_PLACE_WORDS)}|on(?=\s+(?:[A-Z]|social media\b))){_UP_TO_THAT}"
)
# Nothing but a time phrase after the verb: '"...," she added on Tuesday.'
NOTHING_FOLLOWS = re.compile(
    r"\s*(?:(?:late\s+|early\s+)?(?:on|last|this|earlier|later)\s+\w+(?:\s+(?:morning|"
    r"afternoon|evening|night))?)?"
    # "..., the ministry added in its evening update."
    r"(?:\s+in\s+(?:a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:statement|update|"
    r"post|briefing|report|message|interview|address|speech)"
    # ("the ministry added in a post on its Telegram channel")
    r"(?:\s+on\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}(?:channel|account|page|website))?)?"
    r"\s*[.;]?\s*$"
)
_PAREN_START = re.compile(r"^\s*\([^)]*\)")


def first_clause(s: str) -> str:
    """``s`` up to its first comma or semicolon, not counting the comma of a number
    ("500,000")."""
    comma, semi = s.find(","), s.find(";")
    while 0 < comma < len(s) - 1 and s[comma - 1].isdigit() and s[comma + 1].isdigit():
        comma = s.find(",", comma + 1)
    cut = comma if semi < 0 or 0 <= comma < semi else semi
    return s if cut < 0 else s[:cut]


# (after a time phrase too: "estimated last week that ...")
OPENS_CONTENT = re.compile(rf"\s*(?:{_DAY_PHRASE}\s+)?(?:that\b|[:“\"])")
_TOLD_VERB = re.compile(r"(?:told|tells|tell|telling|spoke to|speaking to)\s+")
TOLD_STARTS = ("tel", "tol", "spo", "spe")  # how every _TOLD_VERB match begins


def told_object(text: str, v0: int, u1: int) -> tuple[int, int] | None:
    """Span of the listener in "told Reuters", "spoke to CNN" (a relaying outlet)."""
    m = _TOLD_VERB.match(text, v0, u1)
    if not m:
        return None
    lo = m.end()
    briefing = _BRIEFING.match(text, lo, u1)  # "told a regular press conference on Monday"
    if briefing:
        return lo, briefing.end()
    stop = _LISTENER_STOP.search(text, lo, u1)  # "told reporters: "...": the colon ends it
    end = np_prefix_end(text, lo, stop.start() if stop else u1)
    if (
        stop
        and stop.group().strip() == "that"
        and _SHORT_LISTENER.fullmatch(text, lo, stop.start())
    ):
        end = stop.start()  # "told the judges that", "told the court that": all of it
    return (lo, end) if end > lo else None


_BRIEFING = re.compile(
    r"(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?(?:press|news)\s+"
    r"(?:conference|briefing)s?\b"
)
# "told Gulf Times that ...": "that" ends it; "told reporters aboard Air Force One": a place
_LISTENER_STOP = re.compile(r"[:;,“\"(]|\s(?:that|aboard)\s")
_SHORT_LISTENER = re.compile(r"(?:the|a|an|his|her|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?")


# where a clause goes on after an aside between commas, with its finite verb: "The
# Houthis, who say they act for Gaza, | have carried out ...", "The plan, according to
# the official, | would have paused ..."
MAIN_CLAUSE_RESUMES = re.compile(
    r",\s+(?:have|has|had|are|is|was|were|will|would|can|could|did|does|may|might|must|also|"
    r"then)\s+(?!been\s+told)"
)
