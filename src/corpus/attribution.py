"""Attribution cues inside one stretch of text: who is said to say what, and where.

:func:`find_cues` scans a unit (a sentence, or several sentences that one quote
spans) for reporting cues and returns :class:`Cue` records with character
offsets into the article: the speaker phrase as written, the reporting verb's
lemma, and the reported content. It knows the genre's shapes:

- ``X said ...`` / ``X, a professor at Y, told the Global Times that ...``
- ``"...," said X`` / ``..., X said on Sunday.`` (content before the cue)
- ``according to X, ...`` / ``..., according to X.``
- ``Y quoted X as saying ...`` / ``X was quoted as saying ...`` / ``..., citing X``
  (these in :mod:`corpus.special_cues`)
- passive ``... was reiterated by X`` / ``as outlined by X``
- participles and coordinated verbs (``..., saying ...``, ``... and warned ...``)
  whose speaker is the clause subject.

This module finds the reporting verbs and special words and keeps the cues that do not
overlap; the cue of one verb (its speaker, side and content) is read by
:mod:`corpus.verb_cues`, which drops verbs used in a sense that is no speech
(:mod:`corpus.verb_senses`).

Resolving pronouns and surnames and typing the speaker happen later
(:mod:`corpus.coref`, :mod:`corpus.speakers`); this module only finds spans.
"""

from __future__ import annotations

from bisect import bisect_left

from corpus.cue import Cue
from corpus.polls import poll_anchors, poll_cues
from corpus.special_cues import hint, hint_starts, special_cues
from corpus.verb_cues import verb_cue
from corpus.verb_senses import (
    DOCUMENT_BY,
    POST_ONLY,
    PUT_AT,
    QUOTE_NEXT,
    RELATIVE_BEFORE,
    TEXT_DEMANDS,
    WHAT_CALLED,
)
from corpus.verbs import (
    BLOCK_LAST_LETTERS,
    NOUN_HOMOGRAPHS,
    blocked_before,
    cuts_word,
    first_word_starts,
    form_info,
    used_as_noun,
    verb_matches,
)


def cue_anchors(text: str) -> list[int]:
    """Sorted offsets of the words that every cue needs: the first words of reporting
    verbs and the special words ("according to", "quoted", "citing", denials).

    Both come from one scan of the article each, so :func:`holds_no_cue` rules out
    most units with a bisection instead of a :func:`find_cues` call.
    """
    return sorted(first_word_starts(text) + hint_starts(text) + poll_anchors(text))


def holds_no_cue(text: str, u0: int, u1: int, anchors: list[int]) -> bool:
    """True when ``find_cues(text, u0, u1)`` is sure to be empty: no anchor in the unit.

    (A unit whose ends cut through a word is never ruled out: its verbs are looked up
    by a scan of its own.)
    """
    i = bisect_left(anchors, u0)
    return (i == len(anchors) or anchors[i] >= u1) and not cuts_word(text, u0, u1)


def find_cues(text: str, u0: int, u1: int) -> list[Cue]:
    """Reporting cues in ``text[u0:u1]`` in text order (offsets index ``text``)."""
    matches = verb_matches(text, u0, u1)
    hint_found = hint(text, u0, u1)
    # (a poll's finding: "Seven in ten Americans (70%) say ...", "57% think ...")
    cues: list[Cue] = poll_cues(text, u0, u1)
    if not matches and hint_found is None and not cues:
        return []  # most units: no reporting verb and none of the special words
    taken: list[tuple[int, int]] = [(c.subj_start, c.verb_end) for c in cues]
    if hint_found is not None:
        special_cues(text, u0, u1, cues, taken, hint_found)
    forms = form_info()
    for v0, v1, form in matches:
        if taken and not _free(taken, v0, v1):
            continue
        lemma, participle = forms[form]
        before = text[max(u0, v0 - 12) : v0]
        if before.rstrip()[-1:] in BLOCK_LAST_LETTERS and blocked_before(before):
            continue
        if (
            form in NOUN_HOMOGRAPHS
            and used_as_noun(text, u0, v0, v1, u1)
            # ("The UN estimates the cost of rebuilding at $70 billion": a verb with its count)
            and not (
                lemma == "estimate"
                and PUT_AT.match(text, v1, u1)
                # (not "A joint assessment by the UN ... estimates the cost": a document's)
                and not DOCUMENT_BY.search(text, u0, v0)
            )
        ):
            continue
        cue = verb_cue(text, u0, u1, v0, v1, lemma, participle)
        if cue is None or taken and not _free(taken, cue.subj_start, cue.subj_end):
            continue
        if (
            lemma in POST_ONLY
            and cue.side != "left"
            and text[v1:u1].strip(' .”"')
            # ('Abu Safiya continued, "We have asked the world ..."': a quote follows)
            and not (lemma == "continue" and QUOTE_NEXT.match(text, v1, u1))
        ):
            continue
        if lemma == "demand" and (
            TEXT_DEMANDS.search(text, cue.subj_start, cue.subj_end)
            or not text[v1:u1].strip(' .,;”"’)')
            or RELATIVE_BEFORE.search(text, max(u0, v0 - 40), v0)
        ):
            # "Resolution 2728 demands an immediate ceasefire": a text, not speech; "at the
            # scale this crisis demands", "which the families had demanded.": no demand made
            continue
        cues.append(cue)
        taken.append((v0, v1))
    if len(cues) > 1:
        cues.sort(key=lambda c: c.verb_start)
        # 'condemned what he called "a new crime"': inside another cue's words, "what he
        # called" is part of them (one statement per speaker and verb group)
        cues = [c for c in cues if not _called_inside_another(text, u0, c, cues)]
    return cues


def _called_inside_another(text: str, u0: int, cue: Cue, cues: list[Cue]) -> bool:
    return (
        cue.verb == "call"
        and WHAT_CALLED.search(text, max(u0, cue.verb_start - 60), cue.verb_start) is not None
        and any(
            other is not cue and other.content_start <= cue.verb_start < other.content_end
            for other in cues
        )
    )


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    return all(b <= s or a >= e for s, e in taken)
