"""Cues whose verb comes before its speaker, after the content: '"...," said Sarah Davies,
an ICRC spokesperson.', "The hard part, says Amal Jaber, ..., is what comes next."

:func:`inverted_cue` reads the speaker phrase after the verb, its appositive and a role
named before the name; :func:`quote_resumes` tells whether the quotation goes on after the
cue ('"We will win," he said, "and ..."'). Helpers of :mod:`corpus.verb_cues`.
"""

from __future__ import annotations

import re

from corpus.cue import Cue
from corpus.phrases import forward_np
from corpus.speakers import DETERMINERS, describe, heads, split_title, title_words
from corpus.special_cues import NAME_AFTER_ROLE, NAME_THEN_WHO

__all__ = ["inverted_cue", "quote_resumes"]

# A quotation that resumes after the cue: '"We will win," he said, "and ..."'.
# ('"We were asleep," said X, who had been sheltering at the school, "and then ...": past a
# relative clause on the speaker)
_QUOTE_RESUMES = re.compile(r"[^“\"\n.]{0,40}?(?:,\s+who\s[^“\"\n]{0,120}?)?,\s*[“\"]")
# a titled name closing the sentence after an inverted verb's role
_TITLED_NAME_AFTER = re.compile(r",\s+(?P<all>[A-Z][^,.;:\"“”]{3,90}?)\s*\.?\s*$")
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_WORD_AFTER = re.compile(r"\s+[a-z]")
_APPOSITIVE_AFTER = re.compile(r",\s*((?:an?|the)\s[^,]+|[a-z][^,]+|\d{1,3}(?=[,.]|$))(?:,|\.|$)")
# (a place after the phrase may come first: "..., said the Representative Office in Ramallah
# had registered 41 citizens")
_VERB_AFTER_NP = re.compile(
    r"(?:\s+(?:in|at|of|for|from|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|must|may|might|did|does)\b"
)


def quote_resumes(text: str, a: int, u1: int) -> bool:
    """``_QUOTE_RESUMES.match(text, a, u1)``; its comma comes within 41 characters, and
    most cues have none there (one str.find instead of a regex call)."""
    return text.find(",", a, min(u1, a + 41)) >= 0 and bool(_QUOTE_RESUMES.match(text, a, u1))


# the verb of a sentence that a cue and its speaker interrupt: "..., is what comes next."
_CLAUSE_RESUMES = re.compile(
    r"\s*,?\s*(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
    r"does|do|did|tells|lies|remains|means|matters)\b"
)
_QUOTE_MARKS = re.compile(r"[“”\"]")


def inverted_cue(
    text: str, u0: int, u1: int, v0: int, v1: int, lemma: str, left: str
) -> Cue | None:
    np = forward_np(text, v1 + (len(text[v1:u1]) - len(text[v1:u1].lstrip())), u1)
    if not np or np[0] >= u1 or text[np[0] : np[1]].lower() in DETERMINERS:
        return None  # (a bare "a": the phrase stopped at its noun, "said a vigil would be")
    rest = text[np[1] : u1]
    if _VERB_AFTER_NP.match(rest):
        return None  # "..., said the agency had fired ...": the phrase opens the content
    if text[np[0] : np[1]].lower() in _SUBJECT_PRONOUNS and _WORD_AFTER.match(rest):
        return None  # "..., said she welcomed any release": "she" opens the content
    app = None
    # an appositive after the name; a bare age ("said Ahmed Sharaf, 34, who ...") counts too
    am = _APPOSITIVE_AFTER.match(rest)
    if am:
        app = am.group(1).strip()
    end = u1 if quote_resumes(text, np[1], u1) else u0 + len(left)
    if am and _CLAUSE_RESUMES.match(rest, am.end()) and not _QUOTE_MARKS.search(left):
        end = u1  # "The hard part, says Amal Jaber, a lecturer ..., is what comes next."
    # ("said a neighbor, Mohammed Abu Habib, who witnessed the strike": the name, then who)
    named = NAME_AFTER_ROLE.match(rest) or NAME_THEN_WHO.match(rest)
    last = text[np[0] : np[1]].split()[-1].lower() if rest.startswith(",") else ""
    phrase = text[np[0] : np[1]]
    # (or a titled office of a body: "the Chair of the Conference of Heads of Government of
    # CARICOM")
    role = bool(last) and (
        last in heads()
        or last in title_words()
        or (bool(split_title(phrase)[0]) and not describe(phrase).person)
    )
    if named and (last in heads() or last in title_words()):
        # "said an ICRC spokesperson, Sarah Davies.", "said the EU's foreign policy chief,
        # Josep Borrell.": the name follows its role
        app = text[np[0] : np[1]]
        np = (np[1] + named.start("name"), np[1] + named.end("name"))
    elif role and (titled := _TITLED_NAME_AFTER.match(rest)):
        # "said the Chair of CARICOM, Prime Minister of Barbados the Honourable Mia Amor
        # Mottley.": a second title, then the name
        title, name = split_title(titled.group("all"))
        if title and name and describe(name).person and rest.find(name) > 0:
            app = text[np[0] : np[1]]
            start = np[1] + rest.find(name)
            np = (start, start + len(name))
    return Cue(lemma, v0, v1, np[0], np[1], "left", u0, end,
               appositive=app, pattern="inverted")  # fmt: skip
