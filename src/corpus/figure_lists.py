"""Counts that share what another count of the sentence counts: list items ("7,028,
including 2,913 children and 1,709 women"), a count given beside another ("28,340 killed,
with 67,984 wounded"), the first end of a range, a compared count, a part whose noun
is left out ("Of the 54 aid missions, only four ...") and parts set off between dashes
("Fifteen emergency workers — eight medics, six rescuers and one UN staff member — were
killed").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from corpus.figure_asides import restated_in_aside
from corpus.figure_captives import CAPTIVE_KINDS, PEOPLE_COUNTS
from corpus.figure_checks import OF_THE_WHOLE, is_money
from corpus.figure_clauses import (
    LIST_JOINERS,
    QUALIFIED,
    companion_gap,
    comparison_gap,
    is_range,
    is_subset,
    list_gap,
    restated_gap,
)
from corpus.figure_cues import sentence_cues
from corpus.figure_lexicon import lexicon, may_hold
from corpus.figure_scope import CASUALTY_KINDS
from corpus.figure_scope import scope as scope_of
from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

# what a counted noun may be between two items of a list ("140 prisoners serving ... and 60")
NOUN_KINDS = frozenset({"people", "prisoner", "hostage", "aid", "military", "money"})

# what brings in a companion count: companion_gap needs one of them
_COMPANION_JOINERS = ("with", "and", "while")


_DASHED_ASIDE = re.compile(r"\s[-–—]\s[^-–—]{1,160}?\s[-–—](?=\s)")


def in_list(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """Whether ``n`` continues a list started by ``previous`` with no verb of its own between.
    A duration never continues: its unit says what it is ("the 42-day phase, 33 hostages")."""
    if previous is None or previous.category == "duration":
        return False
    if previous.category == "money" and not is_money(sentence, n):
        return False  # "lost US$1.7 billion in output and about 390,000 jobs": no sum
    gap = sentence[previous.end : n.start]
    if " - " in gap or "–" in gap or "—" in gap:
        # "freed three Israeli hostages - Agam Berger, 20, ... Gadi Moses, 80 - and five
        # Thai farm workers": the names in the aside are no items of the list
        gap = _DASHED_ASIDE.sub(" ", gap)
    if not may_hold(gap, LIST_JOINERS) or not list_gap().match(gap):
        return False
    # nouns may stand between the items ("140 prisoners serving life sentences and 60 ..."),
    # a verb may not ("killed and 65,000 injured")
    cues = sentence_cues(sentence).categories
    return all(kind in NOUN_KINDS for s, _, kind, _ in cues if previous.end <= s < n.start)


def companion(
    sentence: str, n: NumberMention, previous: Figure | None, category: str, after_part=False
) -> bool:
    """Whether ``n`` is a casualty count given beside the one before it ("28,340 killed,
    with 67,984 wounded", "40,005 killed and 92,401 injured"): the same report, the same
    scope. After a part of a toll (``after_part``), "and that" brings in one too ("33,207
    killed since Oct. 7, including 38 over the previous 24 hours, and that 75,933 had been
    wounded"); elsewhere it starts a report of its own."""
    if previous is None or not {category, previous.category} <= CASUALTY_KINDS:
        return False
    gap = sentence[previous.end : n.start]
    m = may_hold(gap, _COMPANION_JOINERS) and companion_gap().match(gap)
    return bool(m) and (after_part or m.group("that") is None)


_VERB_SUBJECT = re.compile(r"(?:[a-z]+ed|are|were|was|is|have|has|had)\b")
# "Of the 54 aid missions planned, only four were allowed": the part counts the same things
_PARTITIVE = re.compile(rf"{OF_THE_WHOLE}$", re.IGNORECASE)


def fill_left_out_nouns(sentence: str, found: list[Figure], counts: tuple) -> None:
    """Counts whose noun is said only once: the first end of a range counts what the
    second does ("700 to 1,000 Palestinian prisoners"), and a count compared with an
    earlier one ("159 trucks a day, compared with about 500 a day") or a part of it ("Of
    the 54 aid missions, only four ...") counts the same things. Changes ``found`` in place."""
    for i in range(len(found) - 2, -1, -1):  # from the end: "two to three to four days"
        first, second = found[i], found[i + 1]
        # (in "10-14 days" the first end's noun is read as "14 days": no noun of its own)
        nounless = first.subject is None or first.subject.startswith(counts[i + 1].text)
        if (
            nounless
            and (first.category != second.category or first.subject is not None)
            and is_range(sentence, counts[i], counts[i + 1])
        ):
            if second.category == "other" and first.category not in ("other", "duration"):
                # "Hamas is holding an estimated 100 to 150 people": the words before the
                # range settle both ends
                found[i + 1] = second._replace(category=first.category, scope=first.scope)
                continue
            found[i] = first._replace(
                category=second.category, subject=second.subject, scope=second.scope
            )
        elif (
            first.category == "other"
            and second.category != "other"
            and restated_in_aside(sentence, counts[i], counts[i + 1])
        ):
            found[i] = first._replace(category=second.category, scope=second.scope)
    for i in range(1, len(found)):
        f = found[i]
        if (f.subject is not None and not _VERB_SUBJECT.match(f.subject)) or f.category != "other":
            continue  # (a "subject" that is a verb names nothing: "..., 63 occurred in July")
        compared = comparison_gap().search(sentence, found[i - 1].end, f.start)
        if not compared and not _PARTITIVE.match(sentence, 0, found[0].start):
            continue
        earlier = [g for g in found[:i] if g.category not in {"duration", "other"}]
        if earlier:
            category = earlier[-1].category
            found[i] = f._replace(
                category=category, scope=scope_of(sentence, counts[i], category, counts)
            )
    for i in range(2, len(found)):
        f, wounded, dead = found[i], found[i - 1], found[i - 2]
        if (
            (f.category, wounded.category, dead.category) == ("injured", "injured", "killed")
            and is_subset(sentence[wounded.end : f.start])
            and (_DAY_WINDOW.match(sentence, f.end) or _CHILDREN.match(sentence, f.end))
        ):
            # "... 33,970 killed and 76,770 injured since October 7, including 71 people in the
            # previous 24 hours", "..., among them 724 children": the part is of the dead, as
            # ministry bulletins mean it (the gold sets, 5 to 0)
            found[i] = f._replace(category="killed")
    for i in range(len(found) - 1):
        f, whole = found[i], found[i + 1]
        if (
            f.category == "other"
            and whole.category in CASUALTY_KINDS
            and _AMONG.fullmatch(sentence, f.end, whole.start)
        ):  # "three British aid workers were among seven people killed": part of the dead
            found[i] = f._replace(category=whole.category, scope=whole.scope)


_DAY_WINDOW = re.compile(
    r"\s+(?:(?:people|Palestinians|persons)\s+)?(?:in|over|during)\s+the\s+(?:past|previous|last)\s+"
    r"(?:24|48|72)\s+hours"
)
_CHILDREN = re.compile(r"\s+(?:children|minors|women|girls|boys)\b")
# what joins a part to the count it is among: "three aid workers were among seven people"
_AMONG = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:were|was|are|is)\s+among\s+(?:the\s+)?")


def continues(
    sentence: str, context: str | None, cues: list, n: NumberMention | None = None
) -> bool:
    """Whether a sentence with no cue of its own goes on with the count of the sentence
    before (``context``: its category): "The breakdown includes 81 Hamas members", "Hamas
    still holds 50 hostages. Israel believes around 20 of them are still alive" (a state of
    captives goes on with captives). The cue comes before the count ``n`` or right after it
    (not "backed the resolution by 153 votes to 10, ... the United Kingdom among them")."""
    cue = lexicon().continuation.search(sentence) if context in PEOPLE_COUNTS else None
    if cue is not None and n is not None and cue.start() >= n.end:
        cue = cue if cue.start() - n.end <= 12 else None
    return cue is not None and all(
        # (prisoners are held too: "the group comprised 15 women and 15 boys, most of
        # them held without charge")
        k == "people"
        or (k == "held" and context in ("hostages_held", "prisoners_released"))
        # (a word of a body's name: "the Commission of Detainees and Ex-Detainees Affairs
        # said the group comprised 15 women", after the prisoners it speaks of)
        or (s > 0 and sentence[s].isupper() and context in CAPTIVE_KINDS)
        for _, k, s, _ in cues
    )


def restates(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """Whether ``n`` says the count before it more exactly or as it will grow ("had passed
    50,000, reaching 50,021", "about 90 trucks a day at first, rising to as many as 150"):
    the same things counted, the same scope."""
    if previous is None or previous.category in ("duration", "other"):
        return False
    if sentence.endswith("from ", 0, previous.start) and _FROM_TO_GAP.match(
        sentence, previous.end, n.start
    ):
        return True  # "cut aid deliveries from 600 trucks a day to 300"
    # (a quick test first: the gap's comma)
    gap = sentence[previous.end : n.start]
    return "," in gap and bool(restated_gap().match(gap))


# a bare count that goes back to the things counted before it: "to 300 a day, half the 600
# agreed", "instead of the 600 agreed", "far below the 12,000 it said were due", "with a
# further 400,000 expected"
_ELLIPTIC_BEFORE = re.compile(
    r"\b(?:half|twice|double|instead\s+of|(?:far\s+|well\s+)?below|above|short\s+of|against|"
    r"compared\s+with|compared\s+to|a\s+further|another|out\s+of)\s+(?:the\s+)?(?:some\s+)?$",
    re.IGNORECASE,
)
_ELLIPTIC_AFTER = re.compile(
    r"\s+(?:(?:it|they|the\s+\w+)\s+(?:said\s+)?(?:were|was)\s+)?"
    r"(?:agreed|promised|pledged|needed|required|expected|due|planned|allowed|permitted|"
    r"requested|envisaged|set|stipulated|specified|envisioned|foreseen|mandated|called\s+for|"
    # ("well below the 600 provided for in the agreement")
    r"provided\s+for|targeted)\b"
)
_RATE_AFTER = re.compile(r"\s+(?:a|per|each)\s+day\b|\s+daily\b")
# a bare count of aid that moved: "before the war, some 500 entered the Strip every day",
# "when the first 20 went in, and 34 of those crossed in the past 24 hours"
_AID_MOVED_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|those|these)\s+)?(?:have\s+|had\s+|has\s+)?"
    r"(?:entered|crossed|went\s+in|came\s+in|got\s+in|made\s+it\s+in|passed\s+through)\b"
)


def elliptic_count(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """Whether ``n``, with no noun of its own, counts the aid or arms counted before it in
    the sentence: "cut the aid trucks to 300 a day, half the 600 agreed"."""
    if previous is None or previous.category not in ("aid", "military"):
        return False
    if previous.category == "aid" and _AID_MOVED_AFTER.match(sentence, n.end):
        return True
    if previous.category == "aid" and _RATE_AFTER.match(sentence, n.end):
        # "97 aid trucks a day ..., far below the 500 a day that crossed before the war"
        window = sentence[max(0, n.start - 24) : n.start]
        return bool(_ELLIPTIC_BEFORE.search(window))
    window = sentence[max(0, n.start - 24) : n.start]
    return bool(_ELLIPTIC_BEFORE.search(window)) and bool(_ELLIPTIC_AFTER.match(sentence, n.end))


# "has risen to more than 7,000, up from about 5,200 before the war": the same count at
# another time
_COMPARED_FROM = re.compile(
    r"\b(?:(?:up|down|rose|fell|risen|fallen|dropped|climbed|revised)\s+from\s+(?:the\s+)?"
    # ("revising the figure of about 500 it had given")
    r"|revis\w+\s+(?:the|its|an?)\s+(?:earlier\s+|initial\s+|previous\s+)?"
    r"(?:figure|toll|count|estimate)\s+of\s+)"
    r"(?:(?:about|some|nearly|around|more\s+than|over|roughly|just|approximately)\s+)?$"
)


def compared_with_before(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """Whether ``n`` is what the count before it stood at earlier: "222 people were being
    held in Gaza, up from 212 on Monday"."""
    return (
        previous is not None
        and (  # (a quick first test)
            sentence.find("from", max(0, n.start - 30), n.start) >= 0
            or sentence.find("revis", max(0, n.start - 40), n.start) >= 0
        )
        and _COMPARED_FROM.search(sentence, max(0, n.start - 40), n.start) is not None
    )


# the aid of the sentence before, counted again with no noun: "600 a day at the peak",
# "Fifty of them went to the north", "Of those, 61 reached Gaza City", "the first convoy of
# 40", "the daily average fell to about 98"
_AID_AGAIN_BEFORE = re.compile(
    r"(?:\b(?:[Oo]f\s+(?:them|those|these),|convoy\s+of|(?:daily|an?)\s+average\s+"
    r"(?:of\s+)?(?:\w+\s+){0,2}?)\s+" + QUALIFIED + r"$)"
)
_TRUCKS_NAMED = re.compile(r"\b(?:aid\s+)?(?:trucks|lorries)\b", re.IGNORECASE)
_AID_AGAIN_AFTER = re.compile(
    r"\s+(?:a|per|each)\s+day\b|\s+daily\b|\s+had\s+entered\s+daily\b|"
    # ("only 100 trucks a day are entering - the UN says 500 to 600 are needed")
    r"(?:\s+to\s+[\d,]+)?\s+(?:are|were|would\s+be)\s+needed\b|\s+of\s+(?:them|those|these)\s+(?:had\s+|have\s+)?"
    r"(?:been\s+)?(?:went|reached|entered|crossed|arrived|unloaded|delivered|made)\b"
)


# targets and where they were: "struck more than 60 targets at 16 locations"
_AT_BEFORE = re.compile(r"\bat\s+" + QUALIFIED + r"$")
_PLACES_AFTER = re.compile(r"\s+(?:locations|sites|positions|places|areas)\b")


def places_of_targets(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """Whether ``n`` counts the places of the targets counted before it."""
    return (
        previous is not None
        and previous.category == "military"
        and bool(_PLACES_AFTER.match(sentence, n.end))
        and bool(_AT_BEFORE.search(sentence, max(0, n.start - 20), n.start))
    )


def aid_again(sentence: str, n: NumberMention, phrase: str | None, context: str | None) -> bool:
    """Whether ``n``, with no noun, counts the aid the sentence before counted."""
    if context != "aid" and not _TRUCKS_NAMED.search(sentence):
        return False  # (or the trucks are named in the sentence itself: "... 600 trucks a day
        # during the first phase, 50 of them carrying fuel; an average of 650 had entered")
    if _AID_AGAIN_BEFORE.search(sentence, max(0, n.start - 40), n.start):
        return True  # (the noun is left out before the number: what follows is no noun)
    return (phrase is None or phrase.startswith("of ")) and bool(
        _AID_AGAIN_AFTER.match(sentence, n.end)
    )


# a count joined to a release or a toll before it: "handed 13 Israeli hostages to the Red
# Cross ..., along with three Thai nationals", "would release one soldier, Edan Alexander,
# and the bodies of four dual nationals", "673 of them were killed ..., the ministry said,
# and 39 in the past 24 hours alone"
# ("free all 20 living hostages within 72 hours, along with the remains of 28 others")
_ALONG_WITH = re.compile(
    r"\b(?:along|together)\s+with\s+(?:the\s+)?(?:(?:bodies|remains)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:at\s+least|about|some|another)\s+)?$",
    re.I,
)
# ... and a toll's others: "killed five journalists, along with at least 15 other people"
_ALONG_WITH_TOLL = re.compile(
    r"\b(?:(?:along|together)\s+with|as\s+well\s+as)\s+"
    r"(?:(?:at\s+least|about|some|another|nearly|more\s+than)\s+)?$",
    re.I,
)
_OTHERS_AFTER = re.compile(r"\s+others?\b")
_THE_REMAINING = re.compile(r"\b(?:and|with)\s+(?:[\w,]+\s+){0,5}?the\s+remaining\s+$", re.I)
_AND_BODIES_OF = re.compile(r"\band\s+the\s+(?:bodies|remains)\s+of\s+(?:the\s+)?$", re.I)
_AND_BARE = re.compile(r"(?:,\s*|\s)and\s+(?:another\s+)?$")
_WINDOW_AFTER = re.compile(
    r"\s+(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\s+(?:\d+|\w+)\s+"
    r"(?:hours?|days?|weeks?)\b"
)


_IN_ALL_AFTER = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b")
_COMMA_GAP = re.compile(r"(?:\s+[\w'’-]+){0,7},\s+(?:(?:about|some|nearly|more\s+than)\s+)?")


def joined_count(sentence: str, n: NumberMention, previous: Figure | None) -> bool:
    """Whether ``n`` counts what the count before it counts, joined to it by "along with",
    "and the bodies of", or a bare "and N in the past 24 hours"."""
    if previous is None:
        return False
    if _IN_ALL_AFTER.match(sentence, n.end) and _COMMA_GAP.fullmatch(
        sentence, previous.end, n.start
    ):
        return True  # "Israel has handed over 15 Palestinian bodies, 330 in all so far"
    before = sentence[max(0, n.start - 40) : n.start]
    if previous.category in CAPTIVE_KINDS - {"hostages_held"}:
        if "with" in before and _ALONG_WITH.search(before):
            return True
        if "remaining" in before and _THE_REMAINING.search(before):
            return True  # "received seven hostages in the north and the remaining 13 in the south"
        if "of" in before and _AND_BODIES_OF.search(before):
            return previous.category == "hostages_released"
    if (
        previous.category in CASUALTY_KINDS
        and _OTHERS_AFTER.match(sentence, n.end)
        and _ALONG_WITH_TOLL.search(before)
    ):
        return True
    return (
        previous.category in CASUALTY_KINDS
        and "and" in before[-12:]
        and _AND_BARE.search(before) is not None
        and _WINDOW_AFTER.match(sentence, n.end) is not None
    )


_FROM_TO_GAP = re.compile(
    r"[^.;:,\d]{0,40}\bto\s+(?:(?:about|around|some|just|only|fewer\s+than)\s+)?$"
)


# the parts of a count set off between dashes, before the verb of the whole: "Fifteen
# emergency workers — eight PRCS medics, six members of the civil defence and one UN staff
# member — were killed"
_DASHED_PARTS = re.compile(
    r"\s[—–-]\s[^—–]{3,200}?\s[—–-]\s(?=(?:were|was|have|has|had|are|is|died|remain)\b)"
)


def with_dashed_parts(
    sentence: str,
    numbers: tuple[NumberMention, ...],
    context: str | None,
    figures_of: Callable[..., tuple[Figure, ...]],
) -> tuple[Figure, ...]:
    """``figures_of(sentence, numbers, context)``, with the count before a list of its parts
    set off between dashes classified as if the list were not there (its verb comes after
    it), and the parts that name nothing of their own taking its category and scope."""
    found = figures_of(sentence, numbers, context)
    if not found or not (" — " in sentence or " – " in sentence or " - " in sentence):
        return found
    m = _DASHED_PARTS.search(sentence)
    inside = [n for n in numbers if m.start() <= n.start < m.end()] if m else []
    outside = tuple(n for n in numbers if not (m.start() <= n.start < m.end())) if m else ()
    if not outside:
        return found
    blanked = sentence[: m.start()] + " " * (m.end() - m.start()) + sentence[m.end() :]
    before = [f for f in figures_of(blanked, outside, context) if f.start < m.start()]
    head = before[-1] if before else None
    if head is None or head.category == "other" or head.end + 40 < m.start():
        return found
    if not inside:  # "Two of them - a mother and her daughter - were freed": no parts
        return tuple(head if f.start == head.start and f.category == "other" else f for f in found)
    return tuple(
        head
        if f.start == head.start
        else f._replace(category=head.category, scope=head.scope)
        if m.start() <= f.start < m.end() and f.category == "other"
        else f
        for f in found
    )


def share_the_day(sentence: str, found: list[Figure], counts: list) -> None:
    """ "70 people had been killed and 200 wounded in strikes on Khan Younis on Monday": a
    casualty count whose companion after it has the sentence's day shares that day, when
    no running total is said (only a tense made it one). Changes ``found`` in place."""
    scopes = sentence_cues(sentence).scopes
    if any(k == "cumulative" for _, _, k, _ in scopes):
        return  # a running total is said
    for i in range(1, len(found)):
        before, after = found[i - 1], found[i]
        if (
            before.scope == "cumulative"
            and after.scope == "incident"
            and before.category in CASUALTY_KINDS
            and companion(sentence, counts[i], before, after.category)
            and "another" not in sentence[before.end : after.start]  # (a count of its own)
            and any(k == "day" and s > after.end for s, _, k, _ in scopes)
        ):
            found[i - 1] = before._replace(scope="incident")
