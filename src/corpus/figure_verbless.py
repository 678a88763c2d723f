"""What a count counts when no verb of its own decides it: the noun it names ("Four
soldiers held captive" are captives, "25,000 tons" are of what the sentence names), the
list it is an item of, or, for people or no noun at all, the nearest telling cue of the
sentence and the category of the sentence before.

The second half of :func:`corpus.figure_category.category`, once the verbs that govern
the number have had their say.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.figure_aid import served_with_aid
from corpus.figure_captives import (
    CAPTIVE_KINDS,
    THING_KINDS,
    bodies_returned,
    captive_fate,
    captive_soldiers,
    freed_by,
    release_side,
    still_there,
)
from corpus.figure_clauses import is_range, still_held
from corpus.figure_dead import captives_killed
from corpus.figure_lexicon import lexicon
from corpus.figure_lists import aid_again, continues, in_list
from corpus.figure_nouns import ARMED_PEOPLE, NOT_NOUNS, OF_THEM, RUBBLE, group_before_and
from corpus.figure_releases import crossed_home, hoped_home, in_a_release, taken_out
from corpus.figure_scope import CASUALTY_KINDS
from corpus.figure_sides import own_side
from corpus.figure_verbs import returned_bodies, shared_verb, telling_cue
from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = ["verbless_category"]

_DROPPED = re.compile(r"\b(?:dropped|dropping|drops|drop)\s+(?:[\w-]+\s+){0,3}$")


def verbless_category(
    sentence: str,
    n: NumberMention,
    phrase: str | None,
    in_phrase: list,
    noun: str | None,
    previous: Figure | None,
    context: str | None,
    others: tuple,
    cues: list,
    tail_end: int,
) -> str:
    """What number ``n`` counts when no verb before it or in its own clause decides it
    (steps 3 to 5 of :func:`corpus.figure_category.category`, which passes on its own
    arguments): ``noun`` is what the noun phrase ``phrase`` counts
    (:func:`~corpus.figure_nouns.head_noun`), ``cues`` the sentence's usable cues, nearest
    first."""
    lex = lexicon()
    if (
        noun == "military"
        and previous is not None
        and previous.category in CASUALTY_KINDS
        and ARMED_PEOPLE.search(phrase or "")
        and (
            in_list(sentence, n, previous)
            or _gapped_conjunct(sentence, n, previous, cues, tail_end)
        )
    ):
        # "have killed 23 civilians and 17 soldiers"; "405 soldiers have been killed in the
        # ground operation ..., and 840 soldiers ... since October 7": the verb left out
        return previous.category
    # 3. a noun that says what is counted ("Four soldiers held captive ... were handed over"
    # counts captives, not troops)
    if noun == "military" and captive_soldiers(phrase, cues, n, sentence):
        return captive_fate(sentence, n, phrase, cues, tail_end)
    if noun == "killed" and still_held(sentence, n, cues, tail_end):
        return "hostages_held"  # "24 bodies are still in Gaza": dead captives, still held
    if noun == "killed" and returned_bodies(sentence, n, cues, tail_end):
        return bodies_returned(sentence, n, phrase, previous)  # "four bodies were returned"
    if noun in THING_KINDS or noun == "killed":
        return noun
    if noun == "weight":  # "25,000 tons": of the explosives or the food the sentence names
        if RUBBLE.match(sentence, n.end):
            return "other"  # "50 million tonnes of rubble": the ruins, no explosive or aid
        # ("a relief aircraft carrying 30 tonnes of medical supplies": what the tonnes are of)
        things = [k for _, k, s, _ in cues if k in THING_KINDS and s > n.end]
        things += [k for _, k, _, _ in cues if k in THING_KINDS]
        # (no explosive, aid or load named: "removed some 180,000 tonnes", "150,000 tonnes
        # of crude oil"; the gold sets' tonnes are aid 117 times, explosives 4)
        if not things and _DROPPED.search(sentence, max(0, n.start - 40), n.start):
            return "military"  # "had dropped more than 18,000 tons on the Strip": bombs
        return things[0] if things else "other"
    if noun == "prisoner":
        return "prisoners_released"
    if noun == "hostage" and (giver := freed_by(sentence, n)):
        return giver  # "1,968 detainees released by Israel"
    if noun == "hostage":
        if captives_killed(sentence, n):
            # "three hostages, including an American, had been killed in the raid": a killing,
            # not the dead among those held
            return "killed"
        fate = captive_fate(sentence, n, phrase, cues, tail_end)
        if fate == "hostages_held" and shared_verb(sentence, n, others, ("release",)):
            # "13 Israeli hostages and seven foreign nationals would be released"
            return release_side(sentence, n, phrase)
        return fate
    # 4. a list item takes the category of the item before it (but the far end of a range
    # whose near end counts nothing known has its own: "between 100 and 150 people are being
    # held", and the near end then takes it)
    # ("handed over the remains of 25 hostages ..., and three are still in Gaza": a state of
    # its own ends the list)
    if (
        in_list(sentence, n, previous)
        and not (previous.category == "other" and is_range(sentence, previous, n))
        and not (previous.category != "hostages_held" and still_held(sentence, n, cues, tail_end))
    ):
        return own_side(previous.category, sentence, n, phrase)
    if noun is None and crossed_home(sentence, n, context or getattr(previous, "category", None)):
        # "the first seven hostages were handed over ...; the other 13 followed"
        return release_side(sentence, n, phrase)
    if (
        noun is None
        and not in_phrase
        and phrase
        and phrase.lower() not in NOT_NOUNS
        and not group_before_and(sentence, n, phrase)
    ):
        if phrase in ("of them", "of whom") and any(
            k == "release" and (n.end <= s < tail_end or 0 <= n.start - e <= 12)
            for _, k, s, e in cues
        ):
            # "Hamas holds 240 hostages. A truce freed 105 of them": the captives before
            if context in ("hostages_held", "hostages_released"):
                return "hostages_released"
            return release_side(sentence, n, phrase)
        if OF_THEM.match(phrase) and still_held(sentence, n, cues, tail_end):
            return "hostages_held"  # "Israel believes 94 of them are still in Gaza"
        if OF_THEM.match(phrase) and continues(sentence, context, cues):
            # "Hamas holds 50 hostages. Israel believes 20 of them are alive", "Israel freed
            # 30 prisoners. Twenty-two of them came from the West Bank"
            return context
        if aid_again(sentence, n, phrase, context):
            return "aid"  # "... 200 trucks entered on Monday. Fifty of them went to the north"
        return "other"  # a noun with no cue: "57 health facilities" (not "24 more are still held")
    # 5. people, or no noun at all: the nearest telling cue in the sentence
    if taken_out(sentence, n) and (
        context in CAPTIVE_KINDS or any(k in ("held", "hostage") for _, k, _, _ in cues)
    ):
        return release_side(sentence, n, phrase)  # "collected three women who had been held"
    if in_a_release(sentence, n, context) or crossed_home(
        sentence, n, context or getattr(previous, "category", None)
    ):
        # "the Red Cross handed 13 Israelis ... to the Egyptian authorities", "all 20 had
        # crossed into Israel" (after a sentence on the captives)
        return release_side(sentence, n, phrase)
    # "the release of eight nationals still held in Gaza": held now, whatever came before
    if still_held(sentence, n, cues, tail_end) or still_there(sentence, n, context):
        return "hostages_held"
    if (told := telling_cue(sentence, n, phrase, cues, tail_end)) is not None:
        if told == "hostages_released" and hoped_home(sentence, n, tail_end):
            return "hostages_held"  # "We will not rest until all 236 are home"
        if (
            told == "hostages_released"
            and phrase is None
            and context == "prisoners_released"
            and not lex.sides.find(sentence)
        ):
            # "Israel released 39 detainees. Ninety were released early on Monday": no side
            # named, the side of the release before
            return context
        return told
    if noun == "people" and served_with_aid(sentence, n, cues):
        return "aid"  # "enough food to feed one million people", "food for 2,000 families"
    if noun is None and any(k in THING_KINDS for _, k, _, _ in cues):
        return next(k for _, k, _, _ in cues if k in THING_KINDS)
    if continues(sentence, context, cues, n):
        return context
    if aid_again(sentence, n, phrase, context):
        return "aid"  # "... 200 trucks entered on Monday. Fifty of them went to the north"
    return "other"


_AND_BEFORE = re.compile(r",?\s+and\s+$")
_OWN_VERB = re.compile(r"\b(?:were|was|are|is|have|has|had|will|would|be|been)\b")


def _gapped_conjunct(
    sentence: str, n: NumberMention, previous: Figure, cues: list, tail_end: int
) -> bool:
    """Whether ``n`` opens a conjunct ("..., and 840 soldiers since October 7") whose verb is
    the count before it's: no verb and no fate word of its own up to its clause's end."""
    if not _AND_BEFORE.search(sentence, previous.end, n.start):
        return False
    tail = sentence[n.end : tail_end]
    return _OWN_VERB.search(tail) is None and not any(
        kind not in ("military", "people") and n.end <= s < tail_end for _, kind, s, _ in cues
    )
