"""Which verb governs a number: clauses, shared verbs and verbs right before a count.

Helpers of :mod:`corpus.figure_rules` for "killing at least 32 people" (a verb before the
number), "70 soldiers and 45 civilians have been killed" (one verb for both), "a raid
that killed at least 210" (the verb is the next count's).
"""

from __future__ import annotations

import re

from corpus.figure_captives import (
    THING_KINDS,
    captive_fate,
    held_by_holder,
    held_now,
    release_side,
)
from corpus.figure_clauses import QUALIFIED, clause_end, of_qualifiers
from corpus.figure_cues import CAPTIVES, sentence_cues
from corpus.figure_lexicon import lexicon, may_hold
from corpus.figure_nouns import NEW_CLAUSE, NEW_REPORT, RELATIVE_OPENING
from corpus.figure_releases import freed_count
from corpus.figure_scope import CASUALTY_KINDS, NEAR_BEFORE
from corpus.numbers import NumberMention

__all__ = [
    "telling_cue",
    "NOT_HURT",
    "own_clause_kind",
    "governed_by",
    "governs_next_count",
    "returned_bodies",
    "struck_targets",
    "shared_verb",
    "subordinate",
    "verb_right_after",
]

# Words that end a verb's reach over a number after it: "killed when two buildings ...".
_SUBORDINATE_WORDS = (
    "when", "after", "while", "because", "before", "until", "where", "which", "who", "whom",
    "but", "although", "though", "and",
)  # fmt: skip
_SUBORDINATE = re.compile(rf"\b(?:{'|'.join(_SUBORDINATE_WORDS)})\b|[;:]", re.I)
_SUBORDINATE_HINTS = (*_SUBORDINATE_WORDS, ";", ":")  # what it needs (a quick first test)


def subordinate(sentence: str, start: int, end: int) -> bool:
    """Whether a clause begins in ``sentence[start:end]`` (see _SUBORDINATE)."""
    # (the pattern is slow to fail: first the quick test for one of its words)
    return may_hold(sentence[start:end], _SUBORDINATE_HINTS) and bool(
        _SUBORDINATE.search(sentence, start, end)
    )


# at most two words, no place preposition, between a number and its verb: "71 | killed",
# "71 people | were killed"
_WORD_NOT_PLACE = r"(?!(?:at|in|on|near|from)\b)[\w-]+\s+"  # a word, not a place preposition
_NEAR_WORDS = re.compile(rf"\s*(?:{_WORD_NOT_PLACE}){{0,2}}")
# or a noun and an auxiliary: "..., including 583 children and 351 women, and 6,388 | others
# have been | injured" (a clause of its own, no part of the list)
_NOUN_THEN_AUXILIARY = re.compile(r"\s*[\w-]+\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?")
# or a part and its own verb: "1,300 wounded people, and 28 | of them were already | dead"
_PART_THEN_AUXILIARY = re.compile(
    r"\s*of\s+(?:them|whom|those)\s+(?:have|has|had|were|was|are|is)\s+(?:been\s+)?"
    r"(?:already\s+|later\s+|also\s+|since\s+)?"
)


# a noun and a verb group before the verb: "45 | civilians have been | killed", "seven |
# foreign nationals would be | released"
_VERB_GROUP = re.compile(rf"\s*(?:{_WORD_NOT_PLACE}){{0,4}}")
# between the two counts of one subject: "70 soldiers | and | 45 civilians", "Three of
# Haniyeh's sons | and | four", "10 living hostages | and the remains of | 18 others"
# ("said the toll had passed 40,000 ... and that 92,401 people had been wounded": "and
# that" opens a clause of its own, with its own verb)
_AND_NEXT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:and|or)\s+"
    r"(?:(?:the\s+)?(?:bodies|remains)\s+of\s+|(?!that\s)[\w-]+\s+)?$"
)


_ITEM = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}?"
_LIST_THEN_VERB = re.compile(
    rf"\s+{_ITEM}(?:,\s+(?:[\w'’-]+\s+){_ITEM})*,?\s+and\s+(?:an?\s+|one\s+)?{_ITEM}"
    r"(?=\s+(?:were|was|are|have\s+been|had\s+been|will\s+be|would\s+be)\s)"
)


def shared_verb(
    sentence: str, n: NumberMention, others: tuple, kinds: frozenset | tuple = CASUALTY_KINDS
) -> str | None:
    """The casualty verb (or another of ``kinds``) of the next count when both are one
    subject: "70 soldiers and 45 civilians have been killed" (the verb right after the
    second count's noun)."""
    m = None  # the next count
    for following in others:
        if following.start >= n.end:
            m = following
            break
    if (
        m is None
        # (a quick first test: the pattern needs "and" or "or")
        or not may_hold(sentence[n.end : m.start], ("and", "or"))
        or not _AND_NEXT.fullmatch(sentence, n.end, m.start)
    ):
        # "Thirteen Israelis, ten Thai nationals and a Filipino were handed over": a list
        # of counts and a last item without one, then the verb of them all
        listed = _LIST_THEN_VERB.match(sentence, n.end) if " and " in sentence else None
        if listed is None:
            return None
        end = listed.end()
        return next(
            (
                kind
                for s, _e, kind, _ in sentence_cues(sentence).categories
                if kind in kinds and end <= s < end + 40 and _VERB_GROUP.fullmatch(sentence, end, s)
            ),
            None,
        )
    end = clause_end(sentence, m.end)
    for s, e, kind, _ in sentence_cues(sentence).categories:
        if kind in kinds and m.end <= s < end and _VERB_GROUP.fullmatch(sentence, m.end, s):
            if not sentence[m.end : s].strip() and not sentence.endswith(("ed", "en"), s, e):
                continue  # "10 hostages and 18 bodies would be handed over": a noun, no verb
            return kind
    return None


def verb_right_after(sentence: str, n: NumberMention, cues: list, tail_end: int) -> bool:
    """'including 71 killed': a casualty word right after the number (a few words at most),
    not one in a phrase that describes where ("eight at a school sheltering displaced ...")."""
    return any(
        k in CASUALTY_KINDS
        and n.end <= s < tail_end
        and (
            _NEAR_WORDS.fullmatch(sentence, n.end, s)
            or _NOUN_THEN_AUXILIARY.fullmatch(sentence, n.end, s)
            or _PART_THEN_AUXILIARY.fullmatch(sentence, n.end, s)
        )
        for _, k, s, _ in cues
    )


def governed_by(sentence: str, n: NumberMention, cues: list) -> str | None:
    """'killing at least 32', 'injured seven': a killed or injured verb right before the
    number, only qualifiers between ('apprehended more than 240': an arrest, other)."""
    for _, kind, _, e in cues:
        if (
            e <= n.start
            and kind in {"killed", "injured", "other_fate"}
            and n.start - e <= NEAR_BEFORE
            and of_qualifiers().fullmatch(sentence, e, n.start)
        ):
            return "other" if kind == "other_fate" else kind
    return None


# Things struck are targets: "struck more than 60 targets", "has bombed at least 50
# residential towers", "at least 21 schools used as shelters had been hit", "targeted two
# senior Hamas commanders" (the people a strike kills or wounds are counted by those verbs).
STRIKE_VERBS = (
    "struck", "hit", "targeted", "bombed", "shelled", "attacked", "raided",
    "striking", "hitting", "targeting", "bombing", "shelling", "attacking", "raiding",
)  # fmt: skip
_STRIKE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(STRIKE_VERBS)})\s+(?:what\s+it\s+(?:described|called)\s+as\s+)?"
    rf"{QUALIFIED}$",
    re.I,
)
_STRUCK_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:(?:had|have|has)\s+)?(?:been|were|was)\s+"
    r"(?:(?:repeatedly|directly|also|reportedly)\s+)?"
    rf"(?:{'|'.join(v for v in STRIKE_VERBS if not v.endswith('ing'))})\b",
    re.I,
)
# struck people are counted by what the strike did to them; homes, places of worship and
# care, and vehicles struck are counted as what they are ("the three vehicles had been hit")
_NOT_TARGETS = re.compile(
    r"\b(?:people|persons|civilians|children|women|men|residents|palestinians|israelis|"
    r"journalists|workers|medics|patients|families|times|tents|houses|homes|shelters|"
    r"mosques|churches|hospitals|clinics|facilities|institutions|centres|centers|ambulances|vehicles|"
    r"cars|trucks|convoys|buses)\b",
    re.I,
)


def struck_targets(sentence: str, n: NumberMention, phrase: str | None) -> bool:
    """Whether ``n`` counts what a strike hit: a strike verb right before the number, or
    the number's noun phrase then "had been hit" (see ``STRIKE_VERBS``)."""
    if not phrase or _NOT_TARGETS.search(phrase):
        return False
    return bool(
        _STRIKE_BEFORE.search(sentence, max(0, n.start - 50), n.start)
        or _STRUCK_AFTER.match(sentence, n.end, n.end + 80)
    )


def returned_bodies(sentence: str, n: NumberMention, cues: list, tail_end: int) -> bool:
    """Whether bodies counted by ``n`` are handed over or returned: a release word right
    before the number or in its own clause ("handed over four bodies", "four bodies were
    expected to be returned")."""
    for _, kind, s, e in cues:
        if kind == "release" and (n.end <= s < tail_end or 0 <= n.start - e <= NEAR_BEFORE):
            return True
    # ("it had received four more coffins through the Red Cross": coffins come from captivity,
    # not "the hospital received 70 bodies")
    return "coffin" in sentence[n.end : n.end + 24] and freed_count(sentence, n)


# what may stand between a verb and the count it governs ("killed at least 210")
_TO_NEXT_COUNT = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|nearly|about|some|around|over|up\s+to|almost|an?\s+"
    r"estimated)\s+)?"
)


def governs_next_count(sentence: str, cue_end: int, tail_end: int) -> bool:
    """Whether a verb ending at ``cue_end`` stands right before the next count, which starts
    where the number's own clause ends (``tail_end``)."""
    return sentence[tail_end : tail_end + 1].isdigit() and bool(
        _TO_NEXT_COUNT.fullmatch(sentence, cue_end, tail_end)
    )


# Verbs that do not happen to the things counted: "200 trucks crossed", "$5 million was lost".
NOT_HURT = {
    "displaced": frozenset({"aid", "military", "money"}),
    "killed": frozenset({"aid", "money"}),
    "injured": frozenset({"aid", "money"}),
    "missing": frozenset({"aid", "money"}),
}
# "killed or injured": one count of both, neither category alone
_EITHER = re.compile(r"^\s*(?:or|and|and/or)\s+$", re.I)
_PARTICIPLE = re.compile(r"[a-z]+ed")
_THAT_BEFORE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|have\s+|has\s+)?$"
    # ... or what they caused: "750 attacks that caused | casualties", "causing | casualties"
    r"|\b(?:(?:that|which)\s+(?:had\s+|have\s+|has\s+)?(?:caused|left)|causing|leaving)\s+$"
)


_REMAIN_OR_STILL = re.compile(r"(?:remain|still)\b", re.I)


def _still_held_captives(sentence: str, cues: list) -> bool:
    """A "still" held cue of the clause ("hostages still in Gaza"; not the holder's "it was
    still holding") and no release."""
    return any(
        k == "held" and sentence.startswith("still", s) and not held_by_holder(sentence, s)
        for _, k, s, _ in cues
    ) and not any(k == "release" for _, k, _, _ in cues)


# both fates at once: "33 hostages, living or dead", "dead or alive"
_EITHER_FATE = re.compile(r"\b(?:living|alive)\s+or\s+dead\b|\bdead\s+or\s+alive\b", re.I)


# an aside that gives a part of the number before it a fate of its own: "33 hostages
# (eight of them dead)", "33 hostages - eight of whom came back in coffins - were freed":
# its words are the part's, not the whole's (but "119 patients, 48 of them with gunshot
# wounds" tells what the patients are)
# (a spaced hyphen is a dash too: "33 hostages - eight of them dead - and five Thais")
_PART_ASIDE = re.compile(
    r"(?:[(—–,]|\s-(?=\s))\s*[\w-]+\s+of\s+(?:them|whom)\b"
    r"(?=(?:(?!\s-\s)[^()—–,;.])*\b(?:dead|died|deceased|coffins?|alive|bodies|remains)\b)"
    r"(?:(?!\s-\s)[^()—–,;.])*(?:[)—–,]|\s-(?=\s))?",
    re.IGNORECASE,
)


def part_asides(sentence: str, start: int, end: int) -> list[tuple[int, int]]:
    # (quick first tests: most sentences have no "of them" or "of whom")
    if sentence.find(" of them", start, end) < 0 and sentence.find(" of whom", start, end) < 0:
        return []
    return [m.span() for m in _PART_ASIDE.finditer(sentence, start, end)]


# an event that dates the clause, named by its noun: "after the killing of", "following
# the deaths of"
_AFTER_THE_EVENT = re.compile(
    r"\b(?:after|following|since|before|amid|despite|over|avenging|in\s+response\s+to|"
    r"in\s+retaliation\s+for)\s+(?:the|his|her|their|its)\s+$"
)


def own_clause_kind(
    sentence: str,
    n: NumberMention,
    cues: list,
    in_phrase: list,
    noun: str | None,
    tail_end: int,
    has_noun: bool = False,
) -> str | None:
    """The category the first verb of the number's own clause gives it: "193 people were
    killed", "250 were taken hostage", "500 militants surrendered" (other), "64,000
    children killed or injured" (other: both at once); not what happened to things
    ("200 trucks crossed"). The verb comes before a cue in the counted noun itself
    ("10,000 bodies are still buried")."""
    # cues after the number, nearest first, are in the order of the text; those that
    # start in the counted noun come after the others
    own, in_noun = [], []
    # ("70 wounded in strikes on homes housing displaced people": a bare participle after
    # the number is its verb, not a noun a later verb acts on)
    # ("300 others injured on Saturday in a strike on a tent area sheltering displaced
    # people": "others" is the noun, the participle after it the verb)
    # ("four displaced Palestinians were killed": a participle before the noun describes it)
    noun_starts = (
        {
            c[0]
            for c in in_phrase
            if c is not in_phrase[-1] or not _PARTICIPLE.fullmatch(sentence, c[0], c[1])
        }
        if in_phrase
        else ()
    )
    asides = part_asides(sentence, n.end, tail_end)
    for cue in cues:
        if n.end <= cue[2] < tail_end and not any(a <= cue[2] < b for a, b in asides):
            (in_noun if cue[2] in noun_starts else own).append(cue)
    own += in_noun
    if not own:
        return None
    if noun == "hostage" and _still_held_captives(sentence, own) and not freed_count(sentence, n):
        return "hostages_held"  # "30 of the 128 hostages still in Gaza are dead": held
    for i, (_, kind, start, e) in enumerate(own):
        if kind == "other_fate":
            return "other"
        if kind == "killed" and _EITHER_FATE.search(sentence, max(0, start - 10), e + 10):
            continue  # "the release of 33 Israeli hostages—living or dead": no fate of its own
        if (
            noun == "hostage"
            and kind == "held"
            and _REMAIN_OR_STILL.match(sentence, start)
            and not freed_count(sentence, n)
        ):
            return "hostages_held"  # "98 hostages remain in Gaza—... a third of them are dead"
        if kind in CASUALTY_KINDS and _AFTER_THE_EVENT.search(sentence, max(0, start - 24), start):
            continue  # "180 missiles at Israel after the killing of Nasrallah": a time, not a fate
        if kind in CASUALTY_KINDS and governs_next_count(sentence, e, tail_end):
            continue  # "rescued four hostages in a raid that killed at least 210": the 210's
        if (
            kind in CASUALTY_KINDS
            and (noun in THING_KINDS or noun == "other_fate")  # ("settler attacks that caused")
            and _THAT_BEFORE.search(sentence, max(0, start - 20), start)
        ):
            continue  # "73 strikes that killed five fighters": the strikes are counted
        if kind in CASUALTY_KINDS and noun not in NOT_HURT.get(kind, ()):
            following = own[i + 1] if i + 1 < len(own) else None
            if (
                following
                and following[1] in (CASUALTY_KINDS | {"hostage"}) - {kind}
                and _EITHER.match(sentence[e : following[2]])
            ):
                return "other"  # "killed or injured", "killed or kidnapped": both at once
            return kind
        if kind == "hostage" and (
            (not in_phrase and noun is None and not has_noun)
            or (noun == "people" and _TAKEN.match(sentence, start))
        ):
            # "250 were taken hostage", "69, the number of hostages freed", "about 240
            # people were taken hostage" (not "three hospitals ... for the captives")
            return captive_fate(sentence, n, None, cues, tail_end)
    return None


# a verb of capture (not the noun "hostages")
_TAKEN = re.compile(r"(?:taken|kidnapped|abducted|seized|captured|snatched)\b")


# the captives' kin or cause, named after the count: not captives themselves
_KIN_OF_CAPTIVES = re.compile(
    r"['’]s?\s+(?:families|family|relatives|loved\s+ones|parents|mothers|fathers|forum|"
    r"supporters|campaign)\b"
)


# a release that has not come: "there was no sign of release", "no word on their release"
_NO_RELEASE = re.compile(
    r"\bno\s+(?:sign|word|news|prospect|date)\s+(?:of|on|for)\s+(?:their\s+)?$"
)


def telling_cue(
    sentence: str, n: NumberMention, phrase: str | None, cues: list, tail_end: int
) -> str | None:
    """The category the nearest telling cue gives a count of people or of nothing named
    (``cues`` nearest first): a casualty word not across a clause, a release, a captive
    state or a taking; None when no cue tells."""
    lex = lexicon()
    for d, kind, s, e in cues:
        if kind in CASUALTY_KINDS:
            if e <= n.start and (
                # "152 of its staff have been killed, and it employs some 13,000 people"
                NEW_CLAUSE.search(sentence, e, n.start)
                or (
                    d > NEAR_BEFORE
                    and subordinate(sentence, e, n.start)
                    and NEW_REPORT.search(sentence, e, n.start)
                )
            ):
                # "The killing came as ..., where the UN says about 400,000 people remain
                # trapped": a death word far back, in another clause
                continue
            if s >= tail_end and RELATIVE_OPENING.search(sentence, n.end, s):
                # "12 employees participated in the onslaught, in which terrorists murdered
                # some 1,200 people": the relative clause has a count of its own
                continue
            return kind
        if kind == "release" and _NO_RELEASE.search(sentence, max(0, s - 24), s):
            return "hostages_held"  # "the 25 seafarers ... seized ...: no sign of release"
        if kind == "release":
            return release_side(sentence, n, phrase)
        # "About 100 remain in Gaza": some states name captives by themselves
        if kind == "held" and not held_now(sentence, kind, s, e):
            continue  # "workers held hostage for 15 months were released": held no longer
        if kind == "held" and (
            # (captives named near the count and the state: "to allow the ICRC access to all
            # detainees, and ... the 16,500 patients who still need evacuation" are no captives)
            CAPTIVES.search(sentence, max(0, n.start - 80), e + 40)
            or sentence[s:e].lower() in lex.captive_states
        ):
            return "hostages_held"
        if kind == "hostage":  # "253 people were taken hostage"
            if e <= n.start and d > NEAR_BEFORE and subordinate(sentence, e, n.start):
                continue  # "access to all detainees, and to open the crossing for 16,500 patients"
            if s >= n.end and _KIN_OF_CAPTIVES.match(sentence, e):
                continue  # "the 2.2 million Palestinians in Gaza and the hostages' families"
            return captive_fate(sentence, n, phrase, cues, tail_end)
    return None
