"""What a figure counts: the category of one number in its sentence.

:func:`category` weighs the number's own noun phrase, the verbs that govern it and the
cue words of the sentence (``data/figure_lexicon.yaml``), nearest first; the figure
before it in the sentence (a list, a part of a whole, a count given again) and the
category of the sentence before (a story that goes on) break ties. It is the first half
of :func:`corpus.figure_rules.classify`; the scope is :func:`corpus.figure_scope.scope`.
What the words right around the number settle alone comes first
(:mod:`corpus.figure_settled`); what a count counts when no verb decides it comes last
(:mod:`corpus.figure_verbless`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.figure_again import figure_again
from corpus.figure_aid import carries_aid, given_aid
from corpus.figure_captives import (
    CAPTIVE_KINDS,
    THING_KINDS,
    bodies_returned,
    captive_fate,
    comes_home,
    dead_captives,
    described_by_capture,
    handed_over,
    release_side,
    subset_of,
)
from corpus.figure_checks import attacked_times, is_money, moved_times
from corpus.figure_clauses import QUALIFIED, nearest, still_held, usable_cues
from corpus.figure_cues import CAPTIVES, Cues
from corpus.figure_dead import (
    bodies_back,
    dead_captives_split,
    death_toll_at,
    deaths_from,
    died_in_captivity,
)
from corpus.figure_displaced import crowd_on_the_move, ordered_to_leave, sheltering_or_fled
from corpus.figure_lexicon import lexicon
from corpus.figure_lists import (
    compared_with_before,
    elliptic_count,
    joined_count,
    places_of_targets,
    restates,
)
from corpus.figure_nouns import (
    BODIES_OF,
    LEFT_BEHIND,
    NOT_NOUNS,
    OF_THEM,
    PREPOSITION_BEFORE,
    TEAM_OF,
    evacuated_not_displaced,
    head_noun,
    head_of,
    palestinian_bodies,
    things_set_to,
)
from corpus.figure_occasions import total_brought_to
from corpus.figure_parts import part_kind, prisoners_part
from corpus.figure_prisons import in_israeli_prisons
from corpus.figure_releases import exchanged_bodies, freed_after_held, taken_out
from corpus.figure_scope import CASUALTY_KINDS, NEAR_BEFORE
from corpus.figure_settled import settled_by_words_around
from corpus.figure_sides import own_side
from corpus.figure_verbless import verbless_category
from corpus.figure_verbs import (
    NOT_HURT,
    governed_by,
    own_clause_kind,
    part_asides,
    returned_bodies,
    shared_verb,
    struck_targets,
    subordinate,
    verb_right_after,
)
from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = ["category"]

# who lives in a place or makes up a community: "the strip, home to an estimated 2.2
# million", "which numbered roughly 1,000 people before the war"
_LIVING_THERE = re.compile(
    r"\b(?:home\s+to|numbered|numbering)\s+"
    r"(?:(?:an?\s+)?(?:estimated|some|about|around|nearly|more\s+than|over|roughly)\s+)*$"
)
# cue kinds that name what happened to captives
_FATES = frozenset({"release", "held", "hostage"})
_CRAMMED_INTO = re.compile(
    r"(?:crammed|packed|crowded|squeezed)\s+into\s+(?:(?:its|their|the|UNRWA's)\s+)?"
    r"(?:(?:at\s+least|more\s+than|nearly|about|some|around|up\s+to|almost)\s+)?$"
)
# "Israel has evacuated 28 communities": places emptied, not people displaced
_PLACES_EMPTIED = re.compile(
    r"(?:\w+\s+)?(?:communities|villages|towns|kibbutzim|settlements|neighbou?rhoods|schools|"
    r"hospitals|buildings)$",
    re.I,
)
_SHELTERED_IN = re.compile(
    r"\s+(?:in|at|inside|across)\s+(?:(?:its|their|the|UNRWA's)\s+)?"
    r"(?:(?:at\s+least|more\s+than|nearly|about|some|around|up\s+to|almost)\s+)?$"
)


# "its crews treated 21 people, most of them for gas inhalation": the hurt a first-aid crew
# saw (but "treated 1,146 patients": a clinic's caseload)
_TREATED = re.compile(
    r"\btreat(?:ed|ing)\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over|around|"
    r"up\s+to|roughly|dozens\s+of)\s+)?$"
)
_HURT_PEOPLE = re.compile(
    r"\s+(?:people|persons|Palestinians|Israelis|civilians|protesters|demonstrators)\b"
)


# a price as markets quote it, to the cent or the pip: "rallied 8.9% to 451.67", "USD/ILS
# climbed to 3.6620" (the gold sets: money, 19 to 0; three decimals are thousands in some
# copy: "59.676 Palestinians")
_QUOTED_PRICE = re.compile(r"\d{1,5}\.(?:\d\d|\d{4})")
_WORD_AFTER = re.compile(r"\s+([A-Za-z][\w-]*)")


def _quoted_price(sentence: str, n: NumberMention) -> bool:
    if n.is_word or not _QUOTED_PRICE.fullmatch(n.text):
        return False
    word = _WORD_AFTER.match(sentence, n.end)
    return not (word and lexicon().categories.find(word.group(1)))  # (not "2.25 million people")


_BURIED_OR_LOST_CONTACT = re.compile(
    r"\b(?:(?:have|has|had|I|we|they|families)\s+buried|lost\s+(?:all\s+)?contact\s+with)\s+"
    rf"{QUALIFIED}$",
    re.IGNORECASE,
)
# "and another 34 followed", "a further 12 were": more of what the count before counts
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$", re.IGNORECASE)
_VERB_AFTER = re.compile(r"\s+(?:\w+ed|were|was|are|have|had|came|went|arrived|died)\b")


# the captives a release leaves where they are: "leaving seven in Gaza", "leaving 24 behind"
_STILL_THERE_AFTER = re.compile(
    r"(?:\s+(?:others?|more|hostages|captives|bodies))?\s+(?:still\s+)?(?:in\s+Gaza|behind|in\s+captivity|"
    r"unaccounted\s+for)\b"
)
# more of what the count before counts, still to come: "with three more to follow on
# Saturday", "three more would be freed"
# ... or come after it: "Twenty trucks ... entered on Saturday and 14 more followed on Sunday"
_MORE_TO_FOLLOW = re.compile(
    r"\s+more\s+(?:to\s+follow|would|will|are\s+(?:to|due|expected)|followed|came|arrived|"
    r"crossed|entered)\b"
)


# a crowd: people, and the verb of a gathering right after them (an aside between)
_CROWD = re.compile(
    r"\s+(?:people|students|worshippers|mourners|protesters|demonstrators|supporters|"
    r"participants|marchers|fans|attendees|congregants|community\s+members)"
    r"(?:,[^,;]{1,60},)?\s+(?:had\s+|have\s+)?(?:gathered|filled|packed|stood|attended|"
    r"joined|marched|rallied|assembled|turned\s+out|lined|took\s+part|prayed|sang|chanted|"
    # (not "walked back to the north", "came out", "crowded into Rafah": people on the move)
    r"walked\s+out\s+of|held\s+(?:a\s+)?(?:vigil|candles|signs))\b"
)


def _crowd(sentence: str, n: NumberMention, cues: list, end: int) -> bool:
    """Whether ``n`` counts a crowd (_CROWD) that no casualty word before it or in its own
    clause makes victims ("killed 90 people as they gathered", "90 people gathered for
    prayers were killed")."""
    m = _CROWD.match(sentence, n.end)
    if m is None:
        return False
    return not any(
        kind in CASUALTY_KINDS
        and (
            n.start - 30 <= e <= n.start
            or (m.end() <= s and _PASSIVE_BEFORE.search(sentence, max(0, s - 12), s))
        )
        for s, e, kind, _ in cues
    )


_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|are|been)\s+$")


def _another_of_the_same(sentence: str, n: NumberMention) -> bool:
    return bool(
        _ANOTHER_BEFORE.search(sentence, max(0, n.start - 12), n.start)
        and _VERB_AFTER.match(sentence, n.end)
        # (its own words decide when they tell: "and another 678 had been wounded")
        and not lexicon().categories.find(sentence[n.end : n.end + 30])
    )


# --- what does it count? ------------------------------------------------------------------


_DEATHS_NEXT = re.compile(
    r"\s+(deaths|fatalities|injuries)\b(?!\s+(?:of|among)\s+(?:hostages|captives))"
)


def category(
    sentence: str,
    n: NumberMention,
    phrase: str | None,
    in_phrase: list,
    previous: Figure | None,
    context: str | None,
    others: tuple,
    found: Cues,
    tail_end: int,
    duration: bool,
) -> str:
    """What number ``n`` counts (see :func:`classify`). ``found`` are the sentence's cues,
    ``tail_end`` is where the number's own clause ends (up to the next comma, number or
    sentence end: :func:`~corpus.figure_clauses.clause_end`), ``duration`` whether a time
    unit follows it (``lexicon().duration_after``)."""
    lex = lexicon()
    if is_money(sentence, n) or _quoted_price(sentence, n):
        return "money"
    if duration:
        return "duration"
    if (death := _DEATHS_NEXT.match(sentence, n.end)) is not None:
        # "including five fatalities when a tent sheltering displaced people was hit": the
        # noun says what is counted, whatever the clause after it names
        return "injured" if death.group(1).lower() == "injuries" else "killed"
    if death_toll_at(sentence, n):
        return "killed"  # "the death toll ... stands at 1,139, with dozens still held captive"
    if attacked_times(sentence, n):
        return "military"  # "the school had been struck five times"
    if moved_times(sentence, n):
        return "displaced"  # "his family has moved five times since October"
    if _crowd(sentence, n, found.categories, tail_end):
        # "about 80 people gathered at a synagogue to pray for the hostages", "More than 200
        # people stood in silence to remember civilians killed": a crowd, whatever it mourns
        return "other"
    if ("home to" in sentence or "number" in sentence) and _LIVING_THERE.search(
        sentence, max(0, n.start - 40), n.start
    ):
        # "the strip, home to an estimated 2.2 million": who lives there (13 to 0); "the
        # Christian community, which numbered roughly 1,000 people before the war"
        return "other"
    if (
        sentence.find("treat", max(0, n.start - 30), n.start) >= 0  # (a quick first test)
        and _TREATED.search(sentence, max(0, n.start - 30), n.start)
        and _HURT_PEOPLE.match(sentence, n.end)
        # ("physiotherapists have treated more than 4,500 people since October 2023": a
        # caseload over months)
        and sentence.find(" since ", n.end, n.end + 60) < 0
    ):
        return "injured"
    if (
        sentence.find("buried", max(0, n.start - 40), n.start) >= 0
        or sentence.find("contact", max(0, n.start - 40), n.start) >= 0
    ) and _BURIED_OR_LOST_CONTACT.search(sentence, max(0, n.start - 40), n.start):
        # "I have buried four neighbours in six days", "it has lost contact with nine of
        # its paramedics": the dead, the missing
        return "missing" if "contact" in sentence[max(0, n.start - 40) : n.start] else "killed"
    if freed_after_held(sentence, n):
        return release_side(sentence, n, phrase)  # "... who had been held in Gaza were released"
    if (
        sentence.endswith("leaving ", 0, n.start)
        and _STILL_THERE_AFTER.match(sentence, n.end)
        and (CAPTIVES.search(sentence) or "remains of" in sentence or context in CAPTIVE_KINDS)
    ):
        # "The remains of 21 have since been returned, leaving seven in Gaza"
        return "hostages_held"
    settled = settled_by_words_around(sentence, n, phrase, previous)
    if settled:
        return settled
    if in_israeli_prisons(sentence, n) or exchanged_bodies(sentence, n):
        # "more than 10,000 Palestinians are still held in Israeli prisons", "the ministry
        # says it has received 330 bodies so far"
        return "other"
    if split := dead_captives_split(sentence, n):
        return split  # "the remains of four of the 28 dead hostages": released, held
    if restates(sentence, n, previous):
        return previous.category  # "had passed 50,000, reaching 50,021"
    if (
        previous is not None
        and previous.category in CASUALTY_KINDS | CAPTIVE_KINDS
        and total_brought_to(sentence, n.start)
    ):
        # "504 people had been killed since Tuesday, ..., bringing the total since October
        # 2023 to 49,617": the running total of what the count before adds to
        return previous.category
    if compared_with_before(sentence, n, previous) and not in_phrase:
        return previous.category  # "222 people were being held, up from 212 on Monday"
    if elliptic_count(sentence, n, previous) or places_of_targets(sentence, n, previous):
        return previous.category  # "300 aid trucks a day, half the 600 agreed", "at 16 locations"
    if previous is not None and _another_of_the_same(sentence, n):
        return previous.category  # "20 trucks crossed on Saturday, and another 34 followed"
    if things := things_set_to(sentence, n, found.categories):
        return things  # "the number of aid trucks ... would be cut to 300 a day"
    if previous is not None and _MORE_TO_FOLLOW.match(sentence, n.end):
        return previous.category  # "two captives before Friday, with three more to follow"
    if again := figure_again(sentence, n, previous, context):
        # "... had been killed. By Monday, the ministry put the figure at 40,139"
        return own_side(again, sentence, n, phrase)
    if joined_count(sentence, n, previous):
        # "13 hostages ..., along with three Thai nationals" (but "69 hostages freed, along
        # with 150 Palestinian prisoners"), "673 were killed ..., and 39 in the past 24 hours"
        if previous.category in CAPTIVE_KINDS:
            return release_side(sentence, n, phrase, previous)
        return previous.category
    subset = previous is not None and subset_of(sentence, n, previous)
    cues = nearest(usable_cues(sentence, n, others, found.categories), n)
    if asides := part_asides(sentence, 0, len(sentence)):
        # "freed 33 hostages (eight of them dead) and five Thai nationals": the aside's
        # words are its part's, not the counts' around it
        cues = [
            c for c in cues if not any(a <= c[2] < b and not a <= n.start < b for a, b in asides)
        ]
    if subset and previous.category in CAPTIVE_KINDS:
        if previous.category == "hostages_held" and (
            any(k == "release" and n.end <= s < tail_end for _, k, s, _ in cues)
            or comes_home(sentence, n, tail_end)
        ):
            return release_side(sentence, n, phrase)  # "31 were abducted, of whom 23 were freed"
        return previous.category  # dead or alive, they are counted among the captives
    if dead_captives(sentence, n, previous, context):
        return "hostages_held"  # "Of the 94 hostages still held, at least 34 are dead"
    if prisoners_part(sentence, n, previous, context):
        return "prisoners_released"  # "..., and 1,718 had been detained in Gaza during the war"
    if phrase and described_by_capture(sentence, n, phrase):
        return "hostages_held"  # "of the roughly 250 taken on October 7", "240 people it seized"
    part = part_kind(sentence, n, phrase, previous, found.categories)
    if part is not None:
        return (
            part  # "Eight Canadians were among the ... killed", "Two of them, <names>, were freed"
        )
    if evacuated_not_displaced(sentence, phrase, cues):
        return "other"  # "35 patients were evacuated through Kerem Shalom": not displaced
    window = sentence[max(0, n.start - 20) : n.start]
    if (
        " of " in window
        and ("team" in window or "crew" in window or "staff" in window or "delegation" in window)
        and TEAM_OF.search(window)
        and not any(kind in CASUALTY_KINDS for _, kind, _, _ in cues)
    ):
        return "other"  # "its team of 12 at the hospital was unharmed": a team's size
    noun = head_noun(phrase, in_phrase) if phrase else None
    # 0. the noun the number is "of": "the deaths of two soldiers", "the remains of 120"
    if sentence.find("of ", max(0, n.start - 40), n.start) >= 0:  # (a quick first test)
        head = head_of(sentence, n, cues)
        if head == "killed" and (
            still_held(sentence, n, cues, tail_end)
            or LEFT_BEHIND.search(sentence, max(0, n.start - 40), n.start)
        ):
            # "returned 21 bodies; the bodies of seven others remain", "..., leaving the
            # bodies of 24 others in Gaza"
            return "hostages_held"
        if head == "killed" and palestinian_bodies(sentence, n, phrase):
            return "other"  # "Israel hands back the bodies of 15 Palestinians": an exchange's
        if head == "killed" and (
            handed_over(sentence, n, nearest(found.categories, n), context)
            or (
                # "Hamas had returned the remains of nine of them": of the captives the
                # sentence before counted
                context in CAPTIVE_KINDS
                and phrase is not None
                and OF_THEM.match(phrase)
                and returned_bodies(sentence, n, cues, tail_end)
            )
        ):
            return release_side(sentence, n, phrase, previous)  # "the bodies of 18 others"
        if head == "killed" and noun == "hostage" and still_held(sentence, n, cues, tail_end):
            return "hostages_held"  # "With Moran's return, the bodies of seven ... remain"
        if head == "killed" and noun == "hostage" and bodies_back(sentence):
            # "it has received the coffins of four deceased hostages", "the remains of 24 of
            # the 28 fallen hostages will have been returned": dead captives back home
            return release_side(sentence, n, phrase, previous)
        if head in CASUALTY_KINDS:
            return (
                "hostages_held"
                if head == "killed" and still_held(sentence, n, cues, tail_end)
                else head
            )
    if (
        noun == "other_fate"
        and phrase
        and phrase.endswith((" detained", " held"))
        and any(k == "release" and e <= n.start for _, k, _, e in cues)
    ):
        # "in exchange for 250 Palestinians ... and 1,700 Gazans detained since the war
        # began": the detained are the prisoners a release frees
        return "prisoners_released"
    # 1. "193 people were killed", "65,000 injured", "250 were taken hostage", "ordered
    # 100,000 to leave"
    if (
        ordered_to_leave(sentence, n)
        or crowd_on_the_move(sentence, n)
        or sheltering_or_fled(sentence, n)
    ):
        return "displaced"
    if given_aid(sentence, n):
        return "aid"  # "distributed hot meals to some 3,500 people sheltering in schools"
    if phrase and carries_aid(sentence, n):
        return "aid"  # "sent three ships and 12 planes carrying humanitarian aid"
    if noun == "hostage" and taken_out(sentence, n):
        return release_side(sentence, n, phrase)  # "commandos pulled four captives out of Gaza"
    if struck_targets(sentence, n, phrase):
        return "military"  # "struck more than 60 targets", "21 schools ... had been hit"
    window = max(0, n.start - 40)
    if sentence.find("lost", window, n.start) >= 0 and (  # (a quick first test)
        lex.lost_before.search(sentence, window, n.start) and lex.lost_kin.match(sentence, n.end)
    ):
        return "killed"  # "he had lost seven relatives"
    if phrase and phrase.lower() in NOT_NOUNS:  # "some 250 others were taken hostage"
        own = own_clause_kind(sentence, n, cues, [], None, tail_end)
    else:
        own = own_clause_kind(sentence, n, cues, in_phrase, noun, tail_end, bool(phrase))
    if (
        own in (None, "displaced", "missing")
        and ("dead" in sentence or "victims" in sentence or "killed" in sentence)  # (quick)
        and lex.dead_list.search(sentence, max(0, n.start - 80), n.start)
    ):
        return "killed"  # "the dead included a woman and her three daughters who had fled"
    # "injured seven displaced people who had taken shelter": the verb that governs the
    # number beats the words that describe the people counted
    # "six wounded in 73 strikes": a thing counted after a preposition is what the verb
    # before it happened in, not what it hurt
    # ("keeps the bodies in two refrigerated containers": things no cue names are not
    # the bodies either)
    after_preposition = (
        noun in THING_KINDS or (noun is None and bool(phrase) and not in_phrase)
    ) and bool(PREPOSITION_BEFORE.search(sentence, max(0, n.start - 24), n.start))
    if (
        own in (None, "displaced", "missing")
        and not after_preposition
        and (hurt := governed_by(sentence, n, cues))
    ):
        return hurt
    if own == "killed" and noun == "killed" and still_held(sentence, n, cues, tail_end):
        return "hostages_held"  # "24 bodies are still in Gaza": dead captives, still held
    if own == "killed" and noun == "killed" and returned_bodies(sentence, n, cues, tail_end):
        return bodies_returned(sentence, n, phrase, previous)  # "four bodies were returned"
    if own == "killed" and noun == "hostage" and died_in_captivity(sentence, n):
        # "the remains of the 28 hostages who died in captivity": dead captives, held or freed
        if handed_over(sentence, n, nearest(found.categories, n)):
            return release_side(sentence, n, phrase, previous)
        return captive_fate(sentence, n, phrase, cues, tail_end)
    if own == "injured" and noun == "killed" and deaths_from(sentence, n):
        return "killed"  # "64,260 deaths from traumatic injuries": what the deaths came from
    if own and not (subset and not verb_right_after(sentence, n, cues, tail_end)):
        return own
    if subset:  # "75,494 wounded, including 71 killed" has a verb of its own; "..., including 12
        return previous.category  # photographers" (or "eight at a school sheltering displaced
        # families") shares the count's
    if own is None and (shared := shared_verb(sentence, n, others)):
        return shared  # "70 soldiers and 45 civilians have been killed": one verb for both
    if own is None and noun == "people" and shared_verb(sentence, n, others, ("release",)):
        return release_side(sentence, n, phrase)  # "Ten Thais and one Filipino were freed"
    if (
        noun == "hostage"
        and BODIES_OF.search(sentence, max(0, n.start - 24), n.start)
        and returned_bodies(sentence, n, cues, tail_end)
    ):
        # "the bodies of all 28 deceased hostages are to be returned": dead, and released
        return release_side(sentence, n, phrase)
    # 2. "killing at least 32 people", "the number of injured surpassed 32,000", but not
    # across a clause ("killed when two buildings collapsed")
    for d, kind, s, e in cues:
        if (
            s < n.start
            and d <= NEAR_BEFORE
            and kind in CASUALTY_KINDS
            and noun not in NOT_HURT.get(kind, ())  # "killed ... as some 30 aid trucks entered"
            # "sheltering in 156 of its facilities": the places they shelter in
            and not (
                kind == "displaced"
                and (
                    _SHELTERED_IN.search(sentence, e, n.start)
                    # ("600,000 displaced people were crammed into 150 UNRWA shelters")
                    or _CRAMMED_INTO.match(sentence, s, n.start)
                    or (phrase is not None and _PLACES_EMPTIED.match(phrase))
                )
            )
            and not subordinate(sentence, e, n.start)
            and not after_preposition
            # "33 hostages, eight of them dead, exchanged for 1,800 prisoners": a fate word
            # between them is the number's own
            and not any(k in _FATES and e <= s2 < n.start for _, k, s2, _ in cues)
        ):
            return kind
    return verbless_category(
        sentence, n, phrase, in_phrase, noun, previous, context, others, cues, tail_end
    )
