"""Cues whose verb is a participle: "..., adding that", "with residents describing it as",
"Israeli media are reporting that", "published an article pointing out that".

:func:`participle_cue` is a helper of :mod:`corpus.verb_cues`; the subject of such a
verb is the subject of its clause, or a noun phrase right before it.
"""

from __future__ import annotations

import re

from corpus.adverbials import clause_subject
from corpus.cue import Cue
from corpus.phrases import backward_np
from corpus.speakers import heads
from corpus.subjects import subject_left as _subject_left

__all__ = ["CLAUSE_FOLLOWS", "participle_cue"]

# What follows a verb that reports speech: a clause, a quote, or a call "for"/"on"
CLAUSE_FOLLOWS = re.compile(
    # ("has repeated all week that", "has said again that")
    r"(?:\s+(?:on|late|early|last|this|earlier|all|every)\s+\w+|\s+(?:again|publicly|often))?"
    # ("added in a post that", "stated in a letter on Monday that")
    r"(?:\s+in\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:post|statement|tweet|"
    r"interview|letter|video|speech|message|briefing|note|email|e-mail|address|op-ed|"
    # ("stated in a press release that")
    r"release|communiqu[eé]|readout|press\s+conference|news\s+conference|conference)"
    r"(?:\s+(?:on|to)\s+\w+)?)?"
    r"\s*(?:that\b|[,:“\"]|with\b"
    # "repeated his call for a ceasefire", "renewed calls on Israel"
    r"|(?:(?:his|her|its|their|our)\s+)?(?:calls?|appeals?|demands?)\s+(?:for|on)\b)"
)
# ... or a clause without its "that": "Hamas added it would not negotiate under fire", "the
# ministry added 12 people had been killed" (a subject, then its auxiliary)
BARE_CLAUSE_FOLLOWS = re.compile(
    # ("He added the release of the 48 remaining hostages should be a priority")
    r"\s+(?:(?:it|he|she|they|we|there)\s+|(?:the|a|an)\s+(?:[\w-]+\s+){1,8}|\d[\d,]*\s+(?:[\w-]+\s+){1,2})"
    r"(?:would|will|was|were|is|are|had|has|have|could|should|must|might|may)\s"
)
_PLACE_PARTICIPLE = re.compile(r"\s+(?:from|in|at|near|inside)\s+[A-Z]")
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:published|issued|released|posted|wrote)\s+(?:an?|its|their)\s+(?:\w+\s+)?"
    r"(?:article|report|statement|study|paper|analysis|commentary|op-ed)\s+$"
)
_JOINED_BEFORE = re.compile(r"(?:,|\bby|\band|\bwhile)\s*$")  # ", saying" / "and adding"
_PROGRESSIVE_AUX = re.compile(
    r"\s(?:is|are|was|were|been)\s+(?:(?:also|still|now|increasingly|already|widely)\s+)?$"
)
# Verbs whose object is the content, with no clause: "Amnesty is calling on all states to ..."
_APPEAL_VERBS = ("call on", "call for", "urge")  # (lemmas of data/reporting_verbs.csv)


_TOLD_WHOM = re.compile(
    r"\s+(?:reporters|journalists|the\s+[a-z]+|him|her|them|us|me|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=\s)"
)


def participle_cue(text: str, u0: int, u1: int, v0: int, v1: int, lemma: str) -> Cue | None:
    if _PLACE_PARTICIPLE.match(text, v1, u1):
        return None  # "Al Jazeera's Hani Mahmoud, reporting from Deir el-Balah, said": a place
    # "Israeli media are reporting that ...": a progressive verb group
    aux = _PROGRESSIVE_AUX.search(text, max(u0, v0 - 24), v0)
    told = _TOLD_WHOM.match(text, v1, u1) if aux and lemma == "tell" else None
    # ("American officials were telling reporters that ...": whom they told, then the clause)
    clause_at = told.end() if told else v1
    if aux and (CLAUSE_FOLLOWS.match(text, clause_at, u1) or lemma in _APPEAL_VERBS):
        found = _subject_left(text, u0, aux.start())
        if found is not None:
            return Cue(lemma, v0, v1, found[0], found[1], "right", v1, u1, found[2],
                       pattern="progressive")  # fmt: skip
    prev = text[max(u0, v0 - 6) : v0]
    if _JOINED_BEFORE.search(prev) or v0 == u0:
        subj = clause_subject(text, u0, v0)
        if subj and subj[0] < v0:
            return Cue(lemma, v0, v1, subj[0], subj[1], "right", v1, u1,
                       pattern="participle", clause_subject=True)  # fmt: skip
        return None
    # "published an article pointing out that ...": the document speaks for its author
    if _DOCUMENT_BEFORE.search(text, u0, v0):
        subj = clause_subject(text, u0, v0)
        if subj and subj[0] < v0:
            return Cue(lemma, v0, v1, subj[0], subj[1], "right", v1, u1,
                       pattern="participle", clause_subject=True)  # fmt: skip
    # "with residents describing it as ...": a noun phrase right before
    np = backward_np(text, u0, v0)
    if np is None:
        return None
    phrase = text[np[0] : np[1]]
    with_before = text[max(u0, np[0] - 5) : np[0]].strip().lower() == "with"
    if phrase.split()[-1].lower() in heads() or with_before:
        # ("with X telling reporters that ...": whom they told, then the clause)
        told = _TOLD_WHOM.match(text, v1, u1) if lemma == "tell" else None
        c0 = told.end() if told and CLAUSE_FOLLOWS.match(text, told.end(), u1) else v1
        return Cue(lemma, v0, v1, np[0], np[1], "right", c0, u1, pattern="participle")
    return None
