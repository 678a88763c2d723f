"""The category the words right around a number settle alone, whatever the cues of its
sentence say: "a father of five", "Hamas was holding around 240 people", "put the death
toll from the two attacks at 42", "in two groups of seven and 13", "Gaza's 2.3 million
residents".

One of the first checks of :func:`corpus.figure_category.category`, before the count's
noun phrase (:mod:`corpus.figure_nouns`) and the sentence's cues are weighed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.figure_clauses import QUALIFIED, SUBSET_BEFORE, whole_after_part
from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention

if TYPE_CHECKING:
    from corpus.figure_rules import Figure

__all__ = ["RELEASED_REMAINS", "population_count", "settled_by_words_around"]

# another count of what the count before counts: "revising an earlier count of "around 500""
EARLIER_COUNT = re.compile(
    r"\b(?:earlier|initial|previous|prior|first|revised|new)\s+(?:count|estimate|figure|toll|tally)"
    rf"\s+of\s+[\"“']?{QUALIFIED}$",
    re.IGNORECASE,
)
# what money does: "could cost at least 40 billion", "the appeal, which seeks 3.42 billion"
MONEY_VERB_BEFORE = re.compile(
    r"\b(?:cost|costs|costing|worth|valued\s+at|seeks?|seeking|sought|requires?|requested|"
    rf"pledged|pledging|donated|raised|budget\s+of|funding\s+of|appeal\s+for)\s+{QUALIFIED}$",
    re.I,
)
PARENT_OF = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather)\s+of\s+$", re.I)
# a group "holding" people: "Hamas is still holding about 130"
HOLDING_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were)\s+(?:still\s+)?holding|\b(?:Hamas|it|they|militants)\s+(?:still\s+)?"
    r"holds)\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
    r"nearly\s+|at\s+least\s+|more\s+than\s+|an\s+estimated\s+)?$"
)
# who holds them or who they are, when the held are no hostages
_NOT_A_CAPTOR = re.compile(
    r"\b(?:Israel|IPS|Prison\s+Service|hospital|prison|jail)\s+(?:is|was|are|were|has\s+been|had\s+been)"
    r"\s+(?:still\s+)?holding\s+(?:[\w-]+\s+){0,2}$"
)
_NOT_CAPTIVES = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:Palestinians|prisoners|detainees|inmates|patients|beds)\b"
)
# "his family of nine": a family the war has uprooted, in this genre (when none is dead)
FAMILY_OF = re.compile(r"\bfamily\s+of\s+$", re.I)
_FAMILY_DEAD = re.compile(r"\b(?:killed|dead|died|bodies|wiped out|massacred|buried)\b")
_FAMILY_MISSING = re.compile(r"\b(?:under\s+the\s+rubble|missing|unaccounted\s+for)\b")
# "put the total death toll from the two attacks at 42": the toll is the count after "at"
TOLL_AT = re.compile(
    r"\b(?:put|puts|putting|placed|places|placing|set|sets|setting)\s+(?:the|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}toll\b[^.;:]{{0,60}}?\bat\s+{QUALIFIED}$",
    re.IGNORECASE,
)
# "15 Gazans for every dead hostage", "at a ratio of 15 for each hostage"
FOR_EVERY = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?for\s+(?:every|each)\b", re.I)
_CAPTIVE_NOUN = re.compile(r"\b(?:hostages?|captives?|prisoners?|detainees?|abductees)\b", re.I)
_RELEASES = ("hostages_released", "prisoners_released")
# "against a target of 600 a day", "its goal of 500 trucks"
TARGET_OF = re.compile(
    rf"\b(?:a|the|its|their)\s+(?:daily\s+)?(?:target|goal|benchmark)\s+of\s+{QUALIFIED}$", re.I
)
# "none of its 22 crew members were hurt": a count that no one of was harmed
NONE_OF = re.compile(r"\bnone\s+of\s+(?:the|its|their|his|her|our|those|these)\s+$", re.I)


# a possessive right before the number: "Gaza's 2.3 million residents"
POSSESSIVE_BEFORE = re.compile(r"\b[A-Za-z]+['’]s\s+$")


_PEOPLE_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:people|persons|inhabitants|residents|users)\b", re.I)


def _scaled(n: NumberMention) -> bool:
    """ "40 billion", "$3.4bn": a number written with a scale word."""
    return not n.is_word and n.value >= 1_000_000 and not n.text.replace(",", "").isdigit()


def settled_by_words_around(
    sentence: str, n: NumberMention, phrase: str | None, previous: Figure | None
) -> str | None:
    """The category the words right around the number settle alone, whatever the cues of
    the sentence say; None when they do not."""
    if phrase and phrase.lower().endswith(("orders", "order")):
        return "other"  # "at least 16 evacuation orders have been issued": the orders
    # (the cheap tests first: this runs for every number)
    if _scaled(n) and MONEY_VERB_BEFORE.search(sentence, max(0, n.start - 30), n.start):
        return "money"  # "rebuilding could cost at least 40 billion", "which seeks 3.42 billion"
    if n.value >= 1e9 and _scaled(n) and not _PEOPLE_AFTER.match(sentence, n.end):
        return "money"  # "the 95.5 billion Horizon Europe programme": billions are sums
    if sentence.find(" of ", max(0, n.start - 12), n.start) >= 0 and PARENT_OF.search(
        sentence, max(0, n.start - 12), n.start
    ):
        return "other"  # "a father of five": the size of a family, whatever is near
    if (
        sentence.find("holding", max(0, n.start - 30), n.start) >= 0
        or sentence.find("holds", max(0, n.start - 30), n.start) >= 0
    ) and HOLDING_BEFORE.search(sentence, max(0, n.start - 30), n.start):
        if _NOT_A_CAPTOR.search(sentence, max(0, n.start - 70), n.start) or _NOT_CAPTIVES.match(
            sentence, n.end
        ):
            # "Israel is holding around 9,500 Palestinians", "the hospital was holding more
            # than 900 patients": prisoners, patients, no hostages
            return "other"
        return "hostages_held"  # "Hamas was holding around 240 people"
    if (
        sentence.find("amil", max(0, n.start - 14), n.start) >= 0
        and FAMILY_OF.search(sentence, max(0, n.start - 14), n.start)
        and not _FAMILY_DEAD.search(sentence)
        and not sentence.startswith(" of ", n.end)  # "the family of one of the hostages"
    ):
        if _FAMILY_MISSING.search(sentence):
            return "missing"  # "My neighbours, a family of nine, are under the rubble"
        return "displaced"  # "sheltering with her family of nine": the gold sets' convention
    if sentence.find(" for ", n.end, n.end + 40) >= 0 and FOR_EVERY.match(sentence, n.end):
        # a rate of exchange: "the remains of 15 Gazans for every dead hostage" are bodies,
        # but "three Palestinian prisoners for each hostage" are released, like "30 ... for
        # each civilian and 50 for each female soldier" (the gold sets, 32 to 0)
        if phrase and _CAPTIVE_NOUN.search(phrase):
            return None
        if not phrase and previous is not None and previous.category in _RELEASES:
            # ("Hamas is to release 33 hostages, and Israel is to free Palestinian prisoners
            # at a ratio of 30 for each civilian hostage": the prisoners named between)
            between = sentence[previous.end : n.start]
            return "prisoners_released" if "prisoners" in between else previous.category
        return "other"
    window = sentence[max(0, n.start - 40) : n.start]
    if (
        ("target" in window or "goal" in window or "benchmark" in window)
        and " of " in window
        and TARGET_OF.search(window)
    ):
        # "5,000 aid trucks had entered, against a target of 600 a day": what the target
        # counts is what the count before it counts (unless it names it: "a target of 600
        # trucks a day")
        if phrase and lexicon().categories.find(phrase):
            return None
        return previous.category if previous is not None else "other"
    if sentence.find(" at ", max(0, n.start - 24), n.start) >= 0 and TOLL_AT.search(
        sentence, max(0, n.start - 140), n.start
    ):
        return "killed"  # "put the death toll from the two attacks at 42"
    if sentence.find("one of", max(0, n.start - 16), n.start) >= 0 and NONE_OF.search(
        sentence, max(0, n.start - 16), n.start
    ):
        return "other"  # "none of its 22 crew members were hurt": no one was
    if (
        previous is not None
        and sentence.find(" of", max(0, n.start - 20), n.start) >= 0
        and EARLIER_COUNT.search(sentence, max(0, n.start - 50), n.start)
    ):
        return previous.category  # "killed at least 471, revising an earlier count of 500"
    if (
        previous is not None
        and previous.category == "duration"
        and _ALTERNATIVE_BEFORE.search(sentence, max(0, n.start - 20), n.start)
        and _BARE_AFTER.match(sentence, n.end)
    ):
        return "duration"  # "about 30 days of political space, maybe 60, to lock in"
    if (
        "rescued" in sentence
        and _RESCUED_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        and sentence.startswith(" alive", n.end)
        and not _RUBBLE_WORDS.search(sentence)
    ):
        return "hostages_released"  # "military pressure since then has rescued seven alive"
    if " among " in sentence and _AMONG_THE_DEAD.match(sentence, n.end):
        return "killed"  # "his brother's two sons were among the dead"
    if sentence.find(" of ", max(0, n.start - 30), n.start) >= 0 and _ABDUCTION_OF.search(
        sentence, max(0, n.start - 40), n.start
    ):
        return "hostages_held"  # "we verified the abduction of 38 Israeli children"
    if (
        _in_groups_hint(sentence, max(0, n.start - 120), n.start)
        and GROUPS_OF.search(sentence, max(0, n.start - 120), n.start)
        and _HOSTAGES.search(sentence)
        # (not the other side of the exchange: "..., in exchange for 78 Palestinian women")
        and sentence.find(" for ", max(0, n.start - 24), n.start) < 0
    ):
        return "hostages_released"  # "handed them to the Red Cross in two groups of seven and 13"
    if sentence.find("hold", max(0, n.start - 40), n.start) >= 0 and HOLDS_REMAINS.search(
        sentence, max(0, n.start - 40), n.start
    ):
        return "hostages_held"  # "Hamas is believed to still hold the remains of 24 more hostages"
    if (
        previous is not None
        and sentence.find("total", max(0, n.start - 30), n.start) >= 0
        and TOTAL_PASSED.search(sentence, max(0, n.start - 30), n.start)
    ):
        # "40,173 killed and 92,857 wounded ..., the total having passed 40,000": a toll
        return "killed" if previous.category == "injured" else previous.category
    if (
        previous is not None
        and previous.category == "prisoners_released"
        and DETAINED_AFTER.match(sentence, n.end)
    ):
        # "1,968 prisoners, 250 serving life terms and 1,718 detained in Gaza"
        return previous.category
    if (
        sentence.find("of ", max(0, n.start - 30), n.start) >= 0
        and REMAINS_OF.search(sentence, max(0, n.start - 40), n.start)
        and (still := STILL_THERE.match(sentence, n.end))
        and not _ANOTHER_CLAUSE.search(still.group())
        and not RELEASED_REMAINS.search(sentence, max(0, n.start - 60), n.start)
        and _HOSTAGES.search(sentence)
    ):
        # "the remains of three hostages, two Israelis and a Thai, are still in Gaza": held
        return "hostages_held"
    if (
        phrase
        and _HOSTAGES.search(phrase)
        and sentence.find("cross", n.end) >= 0
        and CROSSED_OUT.search(sentence, n.end)
    ):
        # "13 Israeli hostages have crossed from Gaza into Egypt", "... cross into Egypt":
        # released (not "nine Maltese nationals had crossed into Egypt", evacuees)
        return "hostages_released"
    if population_count(sentence, n):
        return "other"  # "the territory of 2.3 million", "Gaza's prewar population of ..."
    if previous is not None and whole_after_part(sentence, previous.end, n.start, n.end):
        return "other"  # "1.7 million of the 2.2 million inhabitants": the population
    # (the pattern is slow to fail: first the quick test that the text before ends in "'s")
    possessive = sentence[max(0, n.start - 30) : n.start].rstrip().endswith(("'s", "’s"))
    if (
        possessive
        # (the lexicon's military nouns: "Hamas's four remaining battalions")
        and not (
            phrase and any(k == "military" for _, _, k, _ in lexicon().categories.find(phrase))
        )
        and POSSESSIVE_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        # ("lost 22 relatives, including his mother's two sisters": part of the count before)
        and not (previous is not None and SUBSET_BEFORE.search(sentence, previous.end, n.start))
    ):
        return "other"  # "Gaza's 2.3 million residents": a population, not a toll (but
        # "Hamas's four remaining battalions", "the mission's four frigates" are arms)
    return None


# -- the patterns of its later checks: captives in groups, remains, totals, places --------

# the captives handed over in groups: "in two groups of | seven and | 13", "in two groups,
# | seven shortly after 8 a.m. ... and | 13 more"
# ("in two stages, first seven of them in the morning and then thirteen", "in two groups on
# Monday, seven in the morning in Gaza City and 13 more")
GROUPS_OF = re.compile(
    r"\bin\s+(?:two|three|four|2|3|4)\s+(?:groups|stages|batches|waves)\b(?:\s+of|\s*[:,])?"
    r"\s+(?:(?:(?!\b(?:while|as|whereas)\s)[^;]){0,80}?\s)?$"
)
_GROUP_WORDS = (" groups", " stages", " batches", " waves")


def _in_groups_hint(sentence: str, start: int, end: int) -> bool:
    """A quick test for :data:`GROUPS_OF`: one of its group words before the number."""
    return any(sentence.find(word, start, end) >= 0 for word in _GROUP_WORDS)


HOLDS_REMAINS = re.compile(
    r"\b(?:hold|holds|holding|held)\s+(?:the\s+)?(?:remains|bodies)\s+of\s+(?:the\s+)?$"
)
# the total the count before came to: "40,173 killed ..., the total having passed | 40,000"
TOTAL_PASSED = re.compile(
    r"\bthe\s+(?:total|toll|tally|figure)\s+(?:having\s+|had\s+|has\s+)?(?:passed|reached|crossed|"
    r"topped|surpassed|exceeded)\s+$"
)
DETAINED_AFTER = re.compile(
    r"\s+(?:were\s+)?(?:detained|arrested|held)\s+(?:in|during|since|from)\b"
)
# the dead captives still held: "the remains of | three hostages ... are still in Gaza"
REMAINS_OF = re.compile(r"\b(?:remains|bodies)\s+of\s+(?:the\s+)?(?:last\s+|other\s+)?$")
STILL_THERE = re.compile(
    r"[^.;:]{0,80}?\b(?:are|were|is)\s+(?:still|believed\s+to\s+be\s+still|still\s+believed)"
    r"(?:\s+\w+){0,4}?\s+in\s+Gaza\b"
    # ("the remains of three are still there", "the remains of 13 others are yet to be
    # recovered from under the rubble")
    r"|\s+(?:others\s+)?(?:are|is)\s+still\s+there\b"
    r"|[^.;:]{0,30}?\b(?:are|is)\s+yet\s+to\s+be\s+(?:recovered|returned|handed\s+over|located|found)\b"
    r"|[^.;:]{0,80}?\bremain(?:s|ed)?\s+in\s+Gaza\b"
)
# (not the remains handed over: "handed over the remains of four ..., while 24 remain")
RELEASED_REMAINS = re.compile(
    r"\b(?:handed\s+over|hand\s+over|returned|return|released|recovered|retrieved|repatriated|"
    r"received|transferred)\s+(?:the\s+)?(?:remains|bodies)\s+of\s+(?:the\s+)?(?:\w+\s+)?$"
)
# captives brought out by force: "the army has rescued seven alive" (not people pulled
# alive from the rubble)
_RESCUED_BEFORE = re.compile(r"\brescued\s+(?:only\s+|just\s+|another\s+)?$")
_RUBBLE_WORDS = re.compile(r"\b(?:rubble|debris|ruins|collapsed|sea|fire|flood)", re.IGNORECASE)
# "two sons were among the dead", "three journalists are among those killed"
_AMONG_THE_DEAD = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:were|was|are|is)\s+(?:also\s+|reportedly\s+)?among\s+"
    r"(?:the\s+(?:dead|victims|fatalities)|those\s+(?:killed|who\s+(?:were\s+killed|died)))\b"
)
# captives named by their capture: "the abduction of 38 Israeli children"
_ABDUCTION_OF = re.compile(
    r"\b(?:abductions?|kidnappings?)\s+of\s+(?:the\s+|at\s+least\s+|some\s+|about\s+|"
    r"more\s+than\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# a second guess after a span: "about 30 days of political space, maybe 60, to ..."
_ALTERNATIVE_BEFORE = re.compile(r",\s+(?:or\s+)?(?:maybe|perhaps|possibly|even|at\s+most)\s+$")
_BARE_AFTER = re.compile(r"\s*(?:[,.;)—–]|$)")
# ("the remains of 13 deceased hostages have been returned, and Israel says 15 are still in
# Gaza": the remains' own verb, then another clause)
_ANOTHER_CLAUSE = re.compile(
    r"\b(?:while|leaving|but|whereas|with)\b|,\s+and\b"
    r"|\b(?:have|has|had)\s+been\s+(?:returned|handed|released|recovered|repatriated|brought)\b"
)
CROSSED_OUT = re.compile(
    r"\b(?:cross|crosses|crossed|crossing)\s+(?:from\s+Gaza\s+)?into\s+(?:Egypt|Israel)\b"
)
_HOSTAGES = re.compile(r"\b(?:hostages?|captives?)\b", re.IGNORECASE)
# the people a place holds: "the territory of | 2.3 million" (not "the entire population of
# 2.3 million has been displaced")
# a place's own population, owned or before the war: "Gaza's population of | 2.3 million",
# "the territory's prewar population of more than | two million" (not "the entire
# population of 2.3 million has been displaced", a count of the displaced)
OWNED_POPULATION = re.compile(
    r"(?:['’]s|\bprewar|\bpre-war)\s+(?:(?:entire|whole|prewar|pre-war|total)\s+)*"
    r"population\s+of\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|"
    r"around\s+|almost\s+|approximately\s+)?$"
)
# a share of a population: "displaced 90% of the 2.3 million people", "Around 80% of the
# population of 2.3 million", "half of Gaza's 2.2 million residents"
_SHARE_OF = re.compile(
    r"(?:%|\bpercent|\bper\s*cent|\bhalf|\ba\s+third|\ba\s+quarter|\bmost|\bmajority|"
    r"\bnearly\s+all|\balmost\s+all)\s+of\s+(?:the\s+|its\s+|[\w-]+['’]s\s+)?"
    r"(?:(?:entire|whole|prewar|pre-war|total)\s+)*(?:population\s+of\s+)?"
    r"(?:(?:about|some|nearly|roughly|more\s+than|over|around|almost|approximately)\s+)?$",
    re.IGNORECASE,
)
# (but the whole may be a count itself: "90% of the 1.9 million displaced people")
_COUNTED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:displaced|internally|uprooted|homeless|refugees|IDPs|killed|dead|"
    r"wounded|injured)\b",
    re.IGNORECASE,
)
_POPULATION_SCALE = 100_000  # a share's whole this large is a population, not a count


def population_count(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts a place's people, not what happened to them: "the territory
    of 2.3 million", "Gaza's prewar population of about 2.3 million", "displaced 90% of
    the 2.3 million people"."""
    if sentence.endswith("of ", max(0, n.start - 40), n.start) and PLACE_OF.search(
        sentence, max(0, n.start - 40), n.start
    ):
        return True
    if sentence.find("population", max(0, n.start - 50), n.start) >= 0 and OWNED_POPULATION.search(
        sentence, max(0, n.start - 60), n.start
    ):
        return True
    return (
        n.value >= _POPULATION_SCALE
        and _SHARE_OF.search(sentence, max(0, n.start - 60), n.start) is not None
        and _COUNTED_AFTER.match(sentence, n.end) is None
    )


PLACE_OF = re.compile(
    r"\b(?:territory|enclave|strip|Strip|city|country|nation|region|coastal\s+strip)"
    r"\s+of\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|around\s+|"
    r"almost\s+)?$"
)
