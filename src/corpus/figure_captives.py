"""Captives in the figures: held or freed, by whom, and the parts of a count.

A count of captives is held or released by the verb of its own clause ("58 are still
held", "were handed over"); who held the people released decides hostages or prisoners
("Hamas freed 13", "Israel released 39 Palestinians"). A count may also be a part of
the one before it ("39 prisoners – 24 women and 15 boys –", "875 killed ..., 674 of
them near the sites") and then counts the same people. A release framed by a deal ("in
its first phase") or beside a plan in another clause took place when its own clause says
so (:func:`done_release`, :func:`released_in_clause`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.figure_checks import OF_THE_WHOLE
from corpus.figure_clauses import (
    _SUBSET_WORDS,
    BEFORE_COUNT,
    LIST_JOINERS,
    OF_WHOM,
    QUALIFIED,
    RELEASE_VERBS,
    SEPARATE,
    SUBSET_BEFORE,
    clause_end,
    clause_start,
    list_gap,
)
from corpus.figure_cues import CAPTIVES, sentence_cues
from corpus.figure_lexicon import lexicon, may_hold
from corpus.figure_releases import RELEASE_OF, back_home, freed_count, hoped_home, taken_out
from corpus.figure_sides import bodies_returned, freed_by, phrase_side, release_side
from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = [
    "CAPTIVE_KINDS",
    "bodies_returned",
    "PEOPLE_COUNTS",
    "THING_KINDS",
    "captive_fate",
    "captive_soldiers",
    "comes_home",
    "done_release",
    "phrase_side",
    "freed_by",
    "handed_over",
    "held_by_holder",
    "ordinal_infinitive",
    "released_in_clause",
    "release_side",
    "subset_of",
]

# categories of things counted, of people counted, and of captives
THING_KINDS = frozenset({"aid", "military", "money"})
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
CAPTIVE_KINDS = frozenset({"hostages_held", "hostages_released", "prisoners_released"})


def captive_fate(
    sentence: str, n: NumberMention, phrase: str | None, cues: list, tail_end: int
) -> str:
    """Held or released: a state in the number's own clause ("all 120 hostages still in
    Gaza") first, else the nearest release or held cue; released Palestinians are
    prisoners."""
    # the first fate word of its own clause: "33 hostages would be released in exchange for
    # prisoners held by Israel" are released, "120 hostages still held, to be released" held
    own = sorted(
        (s, k)
        for d, k, s, e in cues
        if n.end <= s < tail_end and (k == "release" or held_now(sentence, k, s, e))
    )
    fates = (k for _, k, s, e in cues if k == "release" or held_now(sentence, k, s, e))
    if not own and lexicon().taken.search(sentence, n.end, tail_end):
        return "hostages_held"  # "31 were abducted, of whom 23 were freed": the 23 were freed
    if back_home(sentence, n):
        return release_side(sentence, n, phrase)  # "... still believed alive are back in Israel"
    if _TRADED_FOR.match(sentence, n.end) or _FOR_EVERY_BEFORE.search(
        sentence, max(0, n.start - 16), n.start
    ):
        # "33 hostages for around 1,800 prisoners", "an extra day for every 10 hostages": the
        # terms of an exchange count captives to be freed
        return "hostages_released"
    if _OF_THE_CAPTIVES_OPENING.match(sentence, 0, n.start):
        # "Of the 28 deceased hostages Hamas was obliged to hand over, the remains of three
        # ...": the whole a sentence opens with is the captives (the gold sets, 79 to 9)
        return "hostages_held"
    home = comes_home(sentence, n, tail_end)
    if (home and (not own or own[0][0] > home.start())) or _RED_CROSS_RECEIVED.search(
        sentence, max(0, n.start - 90), n.start
    ):
        # "watched 20 living hostages come home", "the Red Cross received a first group of
        # seven hostages": freed (the gold sets, 18 and 9 to 1)
        return release_side(sentence, n, phrase)
    if _TO_FREE_THE_REMAINING.search(sentence, max(0, n.start - 50), n.start):
        # "to press Hamas to free the remaining 59 hostages": a release asked for counts the
        # captives still held (the gold sets, 4 to 0)
        return "hostages_held"
    remaining = _REMAINING_AFTER.match(sentence, n.end) or (
        sentence.endswith("remaining ", 0, n.start) and _CAPTIVES_AFTER.match(sentence, n.end)
    )
    if remaining and not lexicon().done_releases.search(sentence, n.end):
        # "the release of all 48 remaining hostages", "some of the remaining 98 hostages
        # freed": those still held (the gold sets, 5 to 0 without a release done after)
        return "hostages_held"
    if taken_out(sentence, n):
        return phrase_side(sentence, n, phrase) or "hostages_released"
    release = RELEASE_OF.search(sentence, max(0, n.start - 40), n.start)
    if release and (not _still_after(sentence, n.end, tail_end) or freed_count(sentence, n)):
        # "the release of the last 20 living hostages held in Gaza": released, though the
        # words after the number say where they were held; "Hamas released the 20 hostages
        # still held in Gaza": a release done says where they were until then
        return phrase_side(sentence, n, phrase) or "hostages_released"
    fate = own[0][1] if own else next(fates, "held")
    if fate == "release" and own and hoped_home(sentence, n, tail_end):
        return "hostages_held"  # "We will not rest until all 236 are home"
    if not own and fate == "held" and lexicon().done_releases.search(sentence):
        fate = "release"  # "Four soldiers held captive for 476 days were handed over"
    if fate != "release":
        return "hostages_held"
    return release_side(sentence, n, phrase)


def comes_home(sentence: str, n: NumberMention, tail_end: int) -> re.Match[str] | None:
    """ "come home" in the number's own clause: "24 have come home", "watched 20 living
    hostages come home" (of captives; evacuees come home too, so only where the count is
    of captives)."""
    return _COME_HOME.search(sentence, n.end, tail_end) if "home" in sentence else None


_TRADED_FOR = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+)?(?:hostages|captives)\s+(?:for|in\s+exchange\s+for|in\s+return\s+for)\s+"
    r"(?:(?:some|about|around|nearly|more\s+than|over|up\s+to|roughly)\s+)?(?:\d|[a-z]+(?:-[a-z]+)?\s)"
)
_FOR_EVERY_BEFORE = re.compile(r"\bfor\s+every\s+$", re.IGNORECASE)
_OF_THE_CAPTIVES_OPENING = re.compile(r"\W*Of\s+(?:the|all)\s+(?:remaining\s+)?$")
_COME_HOME = re.compile(r"\b(?:come|came|coming|comes)\s+home\b")
_RED_CROSS_RECEIVED = re.compile(
    r"\b(?:Red\s+Cross|ICRC)\b[^.;]{0,50}\b(?:received|took\s+custody\s+of|receives)\s+"
    r"(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|final|last|another|further)\s+)?"
    r"(?:group\s+of\s+)?$"
)
_TO_FREE_THE_REMAINING = re.compile(
    r"\b(?:releas(?:e|es|ing)|free(?:s|ing)?|return(?:s|ing)?|locate|find|recover(?:ing)?|"
    r"bring(?:ing)?\s+(?:home|back))\s+(?:of\s+)?(?:all\s+)?the\s+remaining\s+$",
    re.IGNORECASE,
)
# captives named right after a count ("four hostages", "13 living hostages"), or after
# "remaining" ("48 remaining hostages")
_CAPTIVES_AFTER = re.compile(
    r"\s+(?:(?:living|surviving|deceased|dead|Israeli)\s+)*(?:hostages|captives)\b"
)
_REMAINING_AFTER = re.compile(r"\s+remaining" + _CAPTIVES_AFTER.pattern)
_STILL = re.compile(r"\b(?:still|remain|remains|remaining|yet\s+to)\b", re.IGNORECASE)
_HOLDER_BEFORE = re.compile(
    r"\b(?:it|they|Hamas|the\s+group|militants)\s+(?:was\s+|were\s+|had\s+)?$", re.IGNORECASE
)


def held_by_holder(sentence: str, start: int) -> bool:
    """'hostages | it was still holding': the holder's clause says who they were, not that
    they are still held."""
    return bool(_HOLDER_BEFORE.search(sentence, max(0, start - 20), start))


def _still_after(sentence: str, start: int, end: int) -> bool:
    """A "still" or "remain" after the released count that is not the holder's clause ("all
    20 hostages it still held")."""
    still = _STILL.search(sentence, start, end)
    return still is not None and not held_by_holder(sentence, still.start())


_RELEASE_TO_COME = re.compile(
    r"\b(?:would|will|are\s+to|were\s+to|to)\s+be\s+(?:released|freed|handed\s+over|returned)\b"
)


# a release named right before the captives a bare "held" describes: "would free 50
# hostages held in Gaza", "the exchange of 50 hostages held in Gaza for 150 prisoners"
_FREED_BEFORE_HELD = re.compile(
    r"\b(?:free|frees|freeing|release|releases|releasing|(?:exchange|return|swap)\s+of)\s+"
    r"(?:(?:the|all|at\s+least|some|about|around|more\s+than|another|a\s+further)\s+)*"
    r"[\w,.-]+\s+(?:[\w-]+\s+){0,3}(?:hostages|captives)\s+$",
    re.IGNORECASE,
)


def held_now(sentence: str, kind: str, start: int, end: int) -> bool:
    """Whether a held cue says the captives are held now: "are still held", "remain in
    Gaza"; a bare participle ("13 hostages held in Gaza since October were handed over")
    only describes them when the sentence tells of a release that took place."""
    if kind != "held":
        return False
    if sentence[max(0, start - 5) : start].lower().endswith("from "):
        return False  # "freed 24 hostages from captivity": where they were, not where they are
    cue = sentence[start:end].lower()
    if not cue.startswith("held"):
        return True
    if _AUXILIARY_BEFORE.search(sentence, max(0, start - 12), start):
        return True  # "are still held"
    if _FREED_BEFORE_HELD.search(sentence, max(0, start - 70), start):
        return False  # "the deal would free 50 hostages held in Gaza": where they were held
    # "35 to 40 hostages held in Gaza would be released": held until a release to come
    comma = sentence.find(",", end)
    if _RELEASE_TO_COME.search(sentence, end, comma if comma > 0 else len(sentence)):
        return False
    return not lexicon().done_releases.search(sentence)


_WHOLE_OPENS = re.compile(rf"[\"“]?{OF_THE_WHOLE}", re.IGNORECASE)  # "Of the | 31 Thais"


def subset_of(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """'59 hostages remain, about 24 of whom are alive', '109 hostages, including 36 ...',
    '39 prisoners – 24 women and 15 teenage boys –', '196 aid workers have been killed,
    including 175 UN staff', '200 trucks ..., of which 100': ``n`` counts part of the
    count just before it."""
    if previous is None or previous.category not in _SUBSET_KINDS:
        return False
    gap = sentence[previous.end : n.start]
    if gap.startswith(" of "):  # "freed 105 of them in exchange for 240": the count's own "of"
        own_of = OF_WHOM.match(gap)
        gap = gap[own_of.end() :] if own_of else gap
    if (
        gap.endswith(", ")
        and gap.count(",") == 1
        and _WHOLE_OPENS.fullmatch(sentence, 0, previous.start)
    ):
        return True  # "Of the 31 Thais abducted on October 7, 23 were freed during the truce"
    if previous.category in PEOPLE_COUNTS and (gap.strip() == ":" or _NOUN_COLON.fullmatch(gap)):
        # "put the toll at 11: eight Iranians, two Syrians and one Lebanese", "released
        # 1,968 prisoners: 250 serving long sentences and 1,718 detained in Gaza"
        return True
    if OF_WHOM.match(sentence[n.end : n.end + 10]) and (
        previous.category not in THING_KINDS or previous.category == "aid"
    ):
        # "875 people have been killed while ..., 674 of them near the sites", "630 aid
        # trucks entered ..., at least 300 of them bound for the north"
        return True
    if previous.category == "aid" and _OF_WHICH_AFTER.match(sentence, n.end):
        return True  # "187 trucks ... entered the Gaza Strip on Saturday, 61 of which went north"
    # a word that makes it a part, and none that makes it a separate count (in that order:
    # the words of a part are rare, and the quick tests tell first that most gaps have none)
    if previous.category in THING_KINDS:
        part = _OF_WHICH.search(gap)
    else:
        part = (may_hold(gap, _SUBSET_HINTS) and SUBSET_BEFORE.search(gap)) or (
            any(map(gap.__contains__, "–—-(:"))
            and (_BREAKDOWN.match(gap) or _LATE_BREAKDOWN.fullmatch(gap))
        )
    if (
        not part
        and may_hold(gap, LIST_JOINERS)
        and list_gap().match(gap)
        and not _CLAUSE_VERB.search(gap)
    ):
        # "including 250 serving life sentences and 1,718 detained in Gaza": the list goes on
        # (not past the verb that ends it: "5,087, including 2,055 children, have been killed
        # since October 7, and more than 15,270 others have been injured")
        part = SUBSET_BEFORE.search(sentence, max(0, previous.start - 40), previous.start) or (
            _COLON_BEFORE.search(sentence, max(0, previous.start - 40), previous.start)
        )
    return bool(part) and not SEPARATE.search(gap)


_CLAUSE_VERB = re.compile(r"\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?[a-z]+ed\b")
# the counted noun, then the colon of a breakdown: "1,968 | prisoners: | 250 ..."
# (or the clause that tells of them: "1,968 Palestinian prisoners and detainees were released
# today under the agreement: 250 serving long sentences, ...")
_NOUN_COLON = re.compile(r"\s+(?:[\w'’-]+\s+){0,11}?[\w'’-]+:\s*")
_COLON_BEFORE = re.compile(r"\d\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+:\s*$")
# the counts whose parts a later count of the sentence may be
_SUBSET_KINDS = PEOPLE_COUNTS | THING_KINDS
# "39 Palestinian prisoners – 24 women and ...", "33 prisoners (three women and ...": a
# breakdown after a dash or a bracket
# (or after a colon: "put the toll at 11: eight Iranians, two Syrians and one Lebanese")
_BREAKDOWN = re.compile(r"[^,.;:()–—]{0,40}?(?:\s[–—-]\s*|\s\(\s*|:\s*)$")
# ... or at the end of the count's clause, the dash touching its last word: "Israel freed 90
# Palestinian prisoners and detainees from Ofer Prison in the West Bank early Monday—69
# women and 21 minors"
_LATE_BREAKDOWN = re.compile(r"[^,.;:()–—\d]{0,100}?\w—\s*$")
_OF_WHICH_AFTER = re.compile(r"\s+of\s+which\b", re.I)
_OF_WHICH = re.compile(r"\bof which\s+$", re.IGNORECASE)
# the words SUBSET_BEFORE needs, a quick first test
_SUBSET_HINTS = tuple(_SUBSET_WORDS.split("|"))
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:are|were|is|was|be|been|being|remain|remains|still)\s+$", re.IGNORECASE
)
_CAPTIVE_SOLDIERS = re.compile(r"\b(?:soldiers|soldier|troops|servicemen|servicewomen)\b", re.I)


def captive_soldiers(phrase: str | None, cues: list, n: NumberMention, sentence: str) -> bool:
    """'Four soldiers held captive ... were handed over': soldiers with a held or release
    word right after their count are captives, not troops ("the mission's 10,000 troops
    would remain in their positions": a bare "remain" needs captives named)."""
    if not _CAPTIVE_SOLDIERS.search(phrase or ""):
        return False
    near = [
        sentence[s:e].lower()
        for _, k, s, e in cues
        if k in {"held", "release", "hostage"} and 0 <= s - n.end <= 40
    ]
    if near and all(word.startswith("remain") for word in near):
        return bool(CAPTIVES.search(sentence))
    return bool(near)


# the captors give the bodies back, the captives unnamed: "Hamas said it would release
# Edan Alexander and the bodies of four dual nationals"
_CAPTORS_GIVE = re.compile(
    r"\b(?:Hamas|Islamic\s+Jihad)\b[^.;]{0,60}?\b(?:release[sd]?|free[sd]?|hand(?:s|ed)?\s+over|"
    r"return(?:s|ed)?)\b"
)
# remains given back are a captive's in this genre ("The remains of 21 have since been
# returned"; the Palestinian dead Israel hands back are named so, "the bodies of 15 Palestinians")
_REMAINS_OF = re.compile(r"\bremains\s+of\s+(?:the\s+|all\s+|another\s+)?$", re.IGNORECASE)


def handed_over(sentence: str, n: NumberMention, cues: list, context: str | None = None) -> bool:
    """'hand over the bodies of 18 others', 'the bodies of all 28 deceased hostages are to be
    returned': the dead are released (a release word in the number's clause, before or
    after it), when the sentence, or the one before (``context``), is about captives."""
    if (
        context not in CAPTIVE_KINDS
        and not CAPTIVES.search(sentence)
        and not _CAPTORS_GIVE.search(sentence, 0, n.start)
        and not _REMAINS_OF.search(sentence, max(0, n.start - 24), n.start)
    ):
        return False
    start = max(0, sentence.rfind(",", 0, n.start) + 1)
    end = clause_end(sentence, n.end)
    return any(k == "release" and start <= s < end for _, k, s, _ in cues)


def done_release(sentence: str) -> bool:
    """'In its first phase, 33 hostages were handed over': the sentence's only na cues are
    the frame of a deal ("first phase", "under the deal") and the release took place."""
    scopes = sentence_cues(sentence).scopes
    return not any(_plan_cue(sentence, s, k, t) for s, _, k, t in scopes) and _done(
        sentence, 0, len(sentence)
    )


def released_in_clause(sentence: str, n: NumberMention, scopes: list, end: int) -> bool:
    """'Hamas released 11 hostages in exchange for 33 prisoners, as Qatar said the pause
    would be extended': the release took place in the number's own clause (up to
    ``end``), and the modals and plans of the sentence are other clauses'."""
    start = clause_start(sentence, n.start)
    if not _done(sentence, start, end):
        return False
    return not any(_plan_cue(sentence, s, k, t) for s, _, k, t in scopes if start <= s < end)


def ordinal_infinitive(sentence: str, start: int) -> bool:
    """'the first hostages | to be freed under the deal', 'the fifth group | to be
    released': which release in a row, not a release still to come."""
    return sentence.startswith("to be ", start) and bool(
        _ORDINAL_BEFORE.search(sentence, max(0, start - 50), start)
    )


def _plan_cue(sentence: str, start: int, kind: str, text: str) -> bool:
    """Whether an na cue says a release is still to come (not a deal's frame, not an
    ordinal's "to be freed")."""
    return (
        kind == "na"
        and text not in lexicon().release_frames
        and not ordinal_infinitive(sentence, start)
    )


def _done(sentence: str, start: int, end: int) -> bool:
    return bool(
        lexicon().done_releases.search(sentence, start, end)
        or _DONE_FORMS.search(sentence, start, end)
    )


# ("the first ... | to be freed", "the fifth group | to be released"; not "the next")
_ORDINAL_BEFORE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|"
    r"final|only)\b(?:\s+[\w'’-]+){0,4}\s+$",
    re.IGNORECASE,
)
# releases that took place, in the forms the word list cannot hold: "the first phase ...
# saw 33 hostages handed over", "a day that also saw Hamas free three", "has so far
# freed", "Hamas on Monday freed", "secured the release of", "prisoners freed by Israel
# on Tuesday"
_DONE_FORMS = re.compile(
    r"\bsaw\s+[^.;]{0,80}?\b(?:freed|released|handed\s+over|returned|exchanged|set\s+free|"
    r"free|release|hand\s+over)\b"
    r"|\bso\s+far\s+(?:freed|released|returned|handed\s+over|exchanged)\b"
    r"|\b(?:Hamas|Israel|militants|the\s+group|the\s+movement)\s+(?:on\s+\w+|later|also|then|"
    r"finally|earlier)\s+(?:freed|released|handed\s+over|returned)\b"
    r"|\b(?:allowed|secured|brought|enabled)\s+the\s+(?:exchange|release|return|freeing)\s+of\b"
    r"|\b(?:freed|released)\s+by\s+(?:Israel|Hamas|militants|the\s+Israeli)\b[^.;]{0,20}?"
    r"\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)


def described_by_capture(sentence: str, n: NumberMention, phrase: str) -> bool:
    """Whether the people counted are described by their capture: "of the roughly 250 taken
    on October 7" (in a sentence about captives), "240 people it seized"."""
    return bool(
        (_TAKEN_CAPTIVE.match(phrase) and CAPTIVES.search(sentence))
        or _PEOPLE_SEIZED.match(sentence, n.end)
        or (
            _PEOPLE_AFTER.match(sentence, n.end)
            and _SEIZED_BEFORE.search(sentence, max(0, n.start - 40), n.start)
        )
    )


_TAKEN_CAPTIVE = re.compile(
    r"(?:people\s+|others\s+)?(?:(?:it|they|Hamas)\s+(?:had\s+)?)?(?:taken|seized|abducted|kidnapped)\b"
)
# "Hamas and allied groups seized around 240 people during the October 7 attack"
_SEIZED_BEFORE = re.compile(
    rf"\b(?:seized|abducted|kidnapped|dragged){BEFORE_COUNT}{QUALIFIED}$", re.IGNORECASE
)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|others|civilians|Israelis|persons|hostages|captives)\b")
_PEOPLE_SEIZED = re.compile(
    r"\s+(?:people|others|civilians|Israelis)\s+(?:(?:it|they|Hamas|militants|gunmen)\s+)?"
    r"(?:seized|abducted|kidnapped|took\s+hostage|took\s+captive)\b"
)


# a count of captives said to be dead: "at least 34 are dead", "41 of them are believed to
# be dead", "39 who are thought to be dead" (the gold sets keep them among the held, 111
# to 38: the dead are still held until their bodies are returned)
_DEAD_AFTER = re.compile(
    r"\s+(?:(?:of\s+(?:them|whom|those)|who)\s+)?(?:are|were|is|have\s+been|had\s+been)\s+"
    r"(?:now\s+|already\s+)?(?:(?:believed|thought|presumed|confirmed|known|said|feared|"
    r"assumed)\s+(?:to\s+be\s+)?)?dead\b",
    re.IGNORECASE,
)


def dead_captives(
    sentence: str, n: NumberMention, previous: Figure | None, context: str | None
) -> bool:
    """Whether ``n`` counts captives said to be dead, who are still held: "Of the 94
    hostages still held in Gaza, Israel says at least 34 are dead"; "The army says 41 of
    them are dead" after a sentence that counts the hostages."""
    if not _DEAD_AFTER.match(sentence, n.end):
        return False
    if previous is not None:
        return previous.category == "hostages_held"
    if _RELEASED_BEFORE.search(sentence, 0, n.start):
        return False  # "the hostages Hamas released, eight of whom were dead"
    return context == "hostages_held" or bool(CAPTIVES.search(sentence, 0, n.start))


_RELEASED_BEFORE = re.compile(rf"{RELEASE_VERBS}|\breturned\b", re.IGNORECASE)


# people still "there" after a sentence on the captives: "there are still around 160 people
# there", "more than 200 people are still down there", "still close to 200 people in Gaza"
_STILL_BEFORE = re.compile(r"\bstill\s+(?:[\w-]+\s+){0,3}$")
_THERE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,4}?(?:still\s+)?(?:(?:down\s+)?there|in\s+Gaza|in\s+(?:those|the)\s+"
    r"tunnels|in\s+captivity)\b"
)


def still_there(sentence: str, n: NumberMention, context: str | None) -> bool:
    """Whether ``n`` counts the captives the sentence before was about, still where they are
    held (see ``_THERE_AFTER``)."""
    if context not in CAPTIVE_KINDS:
        return False
    after = _THERE_AFTER.match(sentence, n.end)
    if after is None:
        return False
    return "still" in after.group() or bool(
        _STILL_BEFORE.search(sentence, max(0, n.start - 40), n.start)
    )
