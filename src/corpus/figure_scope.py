"""Whether a figure is a running total, one event's count, or neither (its ``scope``).

The nearest scope cue of ``data/figure_lexicon.yaml`` decides ("the death toll has risen
to", "in the past 24 hours"), with the rules of the genre on top: a day that dates the
report is not the event's, captives still held are a running total even when the
sentence names the attack they were taken in, a release that took place is an event even
inside a deal's "first phase", arrests are one event's count. Which of the sentence's
scope cues speak for the count at all is :mod:`corpus.figure_scope_cues`.

>>> from corpus.numbers import find_numbers
>>> s = "At least 40 people were killed in the past 24 hours."
>>> scope(s, find_numbers(s)[0], "killed")
'incident'
"""

from __future__ import annotations

import re

from corpus.figure_again import TOLL_WAS_FROM
from corpus.figure_captives import (
    done_release,
    ordinal_infinitive,
    released_in_clause,
)
from corpus.figure_clauses import (
    QUALIFIED,
    TOLL_REACHED,
    clause_end,
    nearest,
    own_cue,
    still_held,
)
from corpus.figure_cues import sentence_cues
from corpus.figure_displaced import crowded_in
from corpus.figure_lexicon import lexicon, may_hold
from corpus.figure_occasions import (
    ONE_EVENT,
    PERFECT_BEFORE,
    SINCE_DAYBREAK,
    WAR_SCALE,
    added_to_total,
    brings_to,
    building_occupants,
    day_window,
    deadliest_day,
    money_so_far,
    moved,
    october_7_toll,
    one_load,
    one_occasion,
    since_opens,
    war_damage,
)
from corpus.figure_prisons import held_in_prisons_now
from corpus.figure_releases import exchange_event
from corpus.figure_scope_cues import DAY_KINDS, STARTED, movement_cue, scope_cues
from corpus.figure_settled import population_count
from corpus.numbers import NumberMention

__all__ = [
    "AFTER_BONUS",
    "ASOF_CATEGORIES",
    "CASUALTY_KINDS",
    "NEAR_BEFORE",
    "PEOPLE_CATEGORIES",
    "own_scope",
    "scope",
]

# Categories whose running totals count people and so get an as-of date.
PEOPLE_CATEGORIES = frozenset({"killed", "injured", "missing", "hostages_held", "displaced"})
# Categories whose running totals are dated: the people above, and the captives freed so
# far ("bringing the number of Palestinians freed since Friday to 180")
ASOF_CATEGORIES = PEOPLE_CATEGORIES | {"hostages_released", "prisoners_released"}
CASUALTY_KINDS = frozenset({"killed", "injured", "missing", "displaced"})
# How far (characters) a verb before the number may sit and still govern it:
# "killing at least 32 people", "the number of injured surpassed 32,000".
NEAR_BEFORE = 28
# How much nearer (characters) a scope cue after the number counts than one before it.
AFTER_BONUS = 20


# a part counted before its whole: "97 of the | 251"
_PART_OF = re.compile(r"\d\s+of\s+(?:the\s+)?$")
_HELD_NOW_OF_WHOM = re.compile(
    r"\s+of\s+(?:whom|them)\s+(?:are|remain)\b[^.;]{0,60}?\b(?:alive|held|in\s+captivity)\b"
)


def _taken_in_attack(sentence: str, n: NumberMention, end: int) -> bool:
    """'taking some 250 hostages', '251 were taken hostage': the captives of one attack
    (``end``: where the number's clause ends)."""
    return bool(lexicon().taken.search(sentence, max(0, n.start - NEAR_BEFORE), end))


# the members of one family: "with her (husband and) seven children", "a mother of five"
_FAMILY_BEFORE = re.compile(
    r"\b(?:with|and)\s+(?:his|her|their)\s+(?:(?:wife|husband)\s+and\s+|family\s+of\s+)?$"
    r"|\b(?:mother|father|parent|family)\s+of\s+$",
    re.IGNORECASE,
)


# a relative clause between commas: ", in which some 1,200 people were killed,"
_RELATIVE_ASIDE = re.compile(r",\s+(?:in|during)\s+which\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,80},")


def scope(
    sentence: str, n: NumberMention, category: str, others: tuple = (), end: int | None = None
) -> str:
    """``cumulative``, ``incident`` or ``na`` for number ``n`` of ``sentence`` counting
    ``category``; ``others`` are the sentence's counts, which keep the cues nearest them.
    ``end`` is where the number's clause ends (:func:`~corpus.figure_clauses.clause_end`
    from ``n.end``), when known."""
    if category == "duration":
        return "na"
    if category in ("displaced", "other") and _FAMILY_BEFORE.search(
        sentence, max(0, n.start - 30), n.start
    ):
        return "na"  # "fled with her seven children", "a family of nine": one family
    if category == "other" and population_count(sentence, n):
        return "na"  # "sealed off the territory of 2.3 million people": its people, no event
    if category == "other" and held_in_prisons_now(sentence, n):
        return "cumulative"  # "more than 10,000 Palestinians are still held in Israeli prisons"
    if category == "displaced" and (building_occupants(sentence, n) or crowded_in(sentence, n)):
        return "na"  # "the school had been sheltering around 2,400 displaced people"
    found = sentence_cues(sentence)
    if end is None:
        end = clause_end(sentence, n.end)
    if category == "money":  # "$6.5 billion in military aid since October": a running total
        return "cumulative" if money_so_far(sentence, n, found.scopes, end) else "na"
    cues = scope_cues(sentence, n, category, found.scopes, others)
    if (where := sentence.rfind(", where ", 0, n.start)) >= 0:
        # "China on Tuesday urged a ceasefire in Gaza, where more than 60,000 people have
        # been killed": the clause the count is in says its scope, not the one before it
        cues = [c for c in cues if c[2] > where]
    if any(k == "cumulative" for _, k, _ in cues):  # (a quick first test)
        cues = [(d, "incident" if day_window(sentence, s) else k, s) for d, k, s in cues]
    if category in ASOF_CATEGORIES and brings_to(sentence, n.start):
        return "cumulative"  # "the latest deaths brought to 330 the number of Palestinians killed"
    if category in ASOF_CATEGORIES and added_to_total(sentence, n):
        return "incident"  # "five more people had died, raising the number of deaths to 404"
    if category == "hostages_held":
        if _PART_OF.search(sentence, max(0, n.start - 25), n.start):
            # "Around 97 of the 251 people seized on October 7 are still held": the whole
            # the part is held from is the attack's
            return "incident" if _taken_in_attack(sentence, n, end) else "cumulative"
        # "Of the 251 hostages seized on October 7, 58 are still held": held now, a total
        if own_cue(n, found.categories, "held", end):
            return "cumulative"
        # "Hamas is still holding around 128 hostages seized on 7 October": held now
        if any(
            k == "held" and sentence[s:e].lower().startswith("still") and 0 <= n.start - e <= 24
            for s, e, k, _ in found.categories
        ):
            return "cumulative"
        comma = sentence.find(",", n.end)
        stop = comma if comma > 0 else len(sentence)  # (a date's day ends no clause here)
        if comma > 0 and (aside := _RELATIVE_ASIDE.match(sentence, comma)):
            # "120 hostages taken in the attack, in which 1,200 were killed, remain": the
            # verb after the aside is the count's own
            after = sentence.find(",", aside.end())
            stop = after if after > 0 else len(sentence)
        if still_held(sentence, n, nearest(found.categories, n), stop):
            return "cumulative"  # "111 hostages seized in the October 7 attack remain in Gaza"
        if _HELD_NOW_OF_WHOM.match(sentence, n.end):
            return "cumulative"  # "kidnapped 240, around 100 of whom are still alive": held now
        return "incident" if _taken_in_attack(sentence, n, end) else "cumulative"
    if category == "killed" and october_7_toll(sentence, n, end):
        return "incident"  # "More than 1,400 people have been killed in Israel, mostly ..."
    if category in CASUALTY_KINDS and n.value >= 1000 and _OF_THE_DEAD.match(sentence, n.end):
        return "cumulative"  # "more than 14,000 of the dead are children": a part of the toll
    if category in CASUALTY_KINDS and _WAR_KILLED.search(sentence, max(0, n.start - 80), n.start):
        return "cumulative"  # "the war had killed 46,788 people": the war's toll so far
    if (
        category in CASUALTY_KINDS
        and sentence.find("-month", max(0, n.start - 80), n.start) >= 0  # (a quick test)
        and _CAMPAIGN_SO_FAR.search(sentence, max(0, n.start - 80), n.start)
    ):
        return "cumulative"  # "Israel's 11-month military campaign had killed at least 41,084"
    # (only counts of people: counts of things after it may be plans, "it aimed to open 145
    # distribution points"; and not releases, a truce's events: "Since it began, 25 hostages
    # have been handed over")
    if category in PEOPLE_CATEGORIES and since_opens(sentence, n, cues):
        # "Since November, the Houthis have launched 70 attacks, sinking two vessels and
        # killing three seafarers": the opening period holds every count of the sentence
        return "cumulative"
    if (
        category in CASUALTY_KINDS
        and _event_verb(sentence, n, end)
        and not _own_running_total(n, found.scopes, end)
    ):
        return "incident"  # "nine people have been killed after a school was hit"
    if category in CASUALTY_KINDS and _TOLL_WAS.search(sentence, max(0, n.start - 50), n.start):
        return "cumulative"  # "The number had increased from | 4,385 on Saturday": the toll then
    if category in CASUALTY_KINDS and SINCE_DAYBREAK.search(sentence, 0, n.start):
        return "incident"  # "the death toll since dawn today has now reached 25": one day's
    if category in CASUALTY_KINDS and deadliest_day(sentence, n):
        return "incident"  # "429 people had been killed ..., in the deadliest day since ..."
    if category in CASUALTY_KINDS and _days_event(sentence, n.start):
        return "incident"  # "the toll of Monday's strikes rose to 558": one day's attack
    if category in CASUALTY_KINDS and _toll_of_one_attack(sentence, n.start):
        return "incident"  # "the death toll from the strike on the school had risen to 17"
    if (
        category in CASUALTY_KINDS
        and sentence.find(" in ", n.end, end) >= 0  # (a quick first test)
        and ONE_EVENT.search(sentence, n.end, end)
        and not _own_running_total(n, found.scopes, end)
        and n.value < WAR_SCALE  # ("44,235 have been killed in the ongoing assault": the war)
    ):
        return "incident"  # "210 people were killed in the Nuseirat operation"
    strong = _not_the_war_s_start(sentence, n, [c for c in cues if c[1] != "weak"])
    if category == "killed" and n.value >= WAR_SCALE:
        # "after Hamas attacked Israel on October 7, leading to over 35,800 Palestinian
        # deaths": no single attack's toll; the day is the war's start
        strong = [c for c in strong if c[1] != "date"]
    if _MARK_THEN_WEEK.match(sentence, n.end) and _MARK_BEFORE.search(
        sentence, max(0, n.start - 30), n.start
    ):
        # "The death toll passed 40,000 last week": when the running total crossed a mark
        strong = [c for c in strong if not (c[1] == "incident" and c[2] >= n.end)]
    if any(k == "incident" and n.end <= s < end for _, k, s in strong):
        # "In its latest update, the ministry counted four massacres within the past 24
        # hours": the report is the latest, the count is of the window after it
        strong = [c for c in strong if not (c[1] == "cumulative" and _LATEST.match(sentence, c[2]))]
    if category in CASUALTY_KINDS:
        # "the truce would hold ..., and accused Israel of opening fire, killing two": a
        # modal far from a death toll is another clause's
        strong = [(d, k, s) for d, k, s in strong if k != "na" or d <= _NA_REACH]
        # (a deal's words name its terms, not a toll: "adopted the truce proposal for Gaza,
        # where over 35,000 people have been killed")
        strong = [c for c in strong if not (c[1] == "na" and _DEAL_WORD.match(sentence, c[2]))]
    if category in {"hostages_released", "prisoners_released"}:
        # ("the first hostages to be freed under the deal": which release, not a plan)
        strong = [c for c in strong if not (c[1] == "na" and ordinal_infinitive(sentence, c[2]))]
        strong = [c for c in strong if not (c[1] == "na" and exchange_event(sentence, c[2]))]
        if any(k == "na" for _, k, _ in strong) and not (
            done_release(sentence) or released_in_clause(sentence, n, found.scopes, end)
        ):
            return "na"
        # "eight have since been rescued": freed one by one, counted up to now (but "held
        # since October 7 were handed over" dates the captivity, not the count)
        running = [c for c in found.scopes if not movement_cue(sentence, c[0])]
        if any(t in _RISEN_TO and 0 <= n.start - e <= 14 for _, e, _, t in running):
            return "cumulative"  # "the number of Palestinians freed ... has risen to 180"
        if _RELEASED_SO_FAR.search(sentence, max(0, n.start - 60), n.start):
            return "cumulative"  # "Hamas has now returned the remains of 21 hostages"
        # "58 hostages have been freed since Friday": releases in a truce are its events
        # (the gold sets' convention, 25 to 11); rescues by troops since the war began are
        # counted up ("Eight hostages have now been rescued alive since the war began")
        since = (
            _own_running_total(n, running, end)
            and not _HELD_SINCE.search(sentence, n.end, end)
            and "rescue" in sentence
        )
        return "cumulative" if since else "incident"
    if strong:
        # What follows the number describes it ("40 deaths in the previous 24 hours"),
        # so a cue after it counts as nearer; a bare day does not ("the toll stood at
        # 34,049 on Sunday" is a running total), and on a tie a running total wins.
        ranked = sorted(
            (d - AFTER_BONUS if s >= n.end and k != "day" else d, k) for d, k, s in strong
        )
        kind = ranked[0][1]
        return "incident" if kind in {"day", "date"} else kind
    if category in PEOPLE_CATEGORIES and any(k == "weak" for _, k, _ in cues):
        # a perfect tense alone ("had been killed") dates nothing: a handful of people is
        # one event's victims ("two people had been killed"), a larger count a running total
        few = n.value < _FEW.get(category, 0)
        if few and category == "missing" and not _UNDER_RUBBLE.search(sentence):
            few = False  # "nine Americans remain unaccounted for": missing now, a total
        return "incident" if few else "cumulative"
    if category == "displaced":
        return "cumulative"  # "1.7 million people are now displaced": a state, not an event
    if category == "other" and _arrested(n, found.categories, end):
        return "incident"  # "Police said 29 people were detained": one event's arrests
    if category in CASUALTY_KINDS and _WARS_ATTACKS.search(sentence, n.end, end + 40):
        return "cumulative"  # "101 medics were killed in attacks": the war's attacks, no day
    if category in CASUALTY_KINDS:
        # a toll of thousands with no event, day or tense of its own is the war's so far
        # ("14,500 children were among the dead", "Fifty thousand dead is not a statistic";
        # the gold sets: 28 to 1 above 3,000, while a single attack's is below)
        return "cumulative" if n.value >= WAR_SCALE else "incident"
    if category in ("aid", "military", "other") and one_load(sentence, n):
        return "incident"  # "paused a shipment of 1,800 bombs", "a convoy of 66 trucks": one load
    if category in ("aid", "military") and PERFECT_BEFORE.search(
        sentence, max(0, n.start - 50), n.start
    ):
        return "cumulative"  # "the campaign has struck more than 1,000 targets": so far
    if category in ("aid", "military") and moved(sentence, n, category):
        # "struck 150 targets", "200 trucks entered on Saturday": one occasion's count
        return "incident"
    if category in ("other", "aid", "military") and one_occasion(sentence, n, end):
        # "around 600 people attended", "three vehicles were hit", "the strike flattened
        # three houses": what happened once
        return "incident"
    if category in ("other", "military") and war_damage(sentence, n):
        return "cumulative"  # "targeted 57 healthcare facilities", "292,000 homes had been damaged"
    return "na"


# attacks in the plural with no day, place or event of their own: the war's
_WARS_ATTACKS = re.compile(
    r"\b(?:killed|wounded|injured)\s+(?:in|by)\s+(?:Israeli\s+)?(?:attacks|strikes|airstrikes|"
    r"air\s+strikes|bombardments?|raids)\s*(?:[.,;]|since\b|$)"
)
# a part of the dead ("1,756 | of the dead were children"): of the war's toll when it runs
# to thousands, of one event's when smaller ("three of the dead were minors")
_OF_THE_DEAD = re.compile(r"\s+of\s+(?:the|those)\s+(?:dead|killed|victims|fatalities)\b")
# the war as the subject of the count's verb: "the war had killed | 46,788", "Israel's
# offensive has killed more than | 31,000"
_WAR_KILLED = re.compile(
    r"\b(?:war|offensive|campaign|conflict|bombardment|onslaught)"
    # ("Israel's bombardment of Gaza has killed 7,028")
    r"(?:\s+(?:of|in|on)\s+(?:the\s+)?(?:Gaza(?:\s+Strip)?|Strip|enclave|territory|Lebanon))?"
    # ("to end the war, which has killed more than 40,000", "the offensive, which health
    # officials say has killed over 35,000")
    r"(?:,?\s+(?:which|that)(?:\s+(?:[\w'’-]+\s+){0,4}?(?:says?|said))?)?"
    r"\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:now\s+|so\s+far\s+|already\s+)?(?:killed|wounded|injured|displaced)\s+"
    r"(?:(?:more\s+than|at\s+least|nearly|over|some|about|almost|around|roughly)\s+)?$"
    # the war named as an attack on the whole Strip, in the perfect: "Israel's retaliatory
    # attack on Gaza has killed more than | 33,000" (not "the attack on the school killed")
    r"|\b(?:attack|assault|aggression|invasion|military\s+operations?)\s+(?:on|in|against)\s+"
    r"(?:the\s+)?(?:Gaza(?:\s+Strip)?|Strip|enclave|territory)\s+(?:has|have)\s+"
    r"(?:now\s+|so\s+far\s+|already\s+)?(?:killed|wounded|injured)\s+"
    r"(?:(?:more\s+than|at\s+least|nearly|over|some|about|almost|around|roughly)\s+)?$",
    re.IGNORECASE,
)
# a campaign counted in months: its toll so far
_CAMPAIGN_SO_FAR = re.compile(
    r"\b\d{1,2}-month(?:-long|-old)?\s+(?:military\s+)?(?:campaign|war|offensive|assault)\b",
    re.IGNORECASE,
)
# a running total that rose to a mark ("stood at 69"; not "a total of 105 were freed during
# the truce", one truce's releases)
_RISEN_TO = frozenset(
    {"risen to", "rose to", "rises to", "rise to", "has risen", "have risen", "reached",
     "has reached", "climbed to", "has climbed", "stood at", "stands at", "now stands",
     "stand at"}
)  # fmt: skip
_LATEST = re.compile(r"latest\b", re.IGNORECASE)
_MARK_BEFORE = re.compile(rf"\b{TOLL_REACHED}\s+{QUALIFIED}$")
_MARK_THEN_WEEK = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:this|last)\s+(?:week|month)\b")
# what started the war, set off by commas: "The war, sparked by the October 7 attack, has
# displaced 1.9 million": the attack is the war's start, not the count's event
_WAR_ASIDE = re.compile(
    r"\b(?:war|conflict|offensive|fighting|campaign),\s+(?:which\s+was\s+)?"
    r"(?:sparked|triggered|started|begun|set\s+off|ignited|prompted)\s+by\b[^,;.]{0,80},"
    # (the war's own verb next: not "the war, triggered by the attack on Oct. 7, 2023, in
    # which 1,200 were killed")
    r"(?=\s+(?:has|have|had|is|are|now)\b)"
)


# the war's first day: "killed in the bombing campaign which began on 7 October 2023"
_WAR_BEGAN = re.compile(rf"\b{STARTED}\s+$")


def _not_the_war_s_start(sentence: str, n: NumberMention, cues: list) -> list:
    """The ``cues`` that do not name the war's start for the count ``n``: not in a
    _WAR_ASIDE before the count, not the 7 October after _WAR_BEGAN after the count."""
    asides = [m.span() for m in _WAR_ASIDE.finditer(sentence)] if "by " in sentence else []
    return [
        (d, k, s)
        for d, k, s in cues
        if not (k == "date" and s > n.end and _WAR_BEGAN.search(sentence, max(0, s - 16), s))
        and not any(a < s < b < n.start for a, b in asides)
    ]


# a day's attack named before a count: "the toll of Monday's strikes has risen to 558"
_DAYS_EVENT = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)['’]s\s+"
    r"(?:\w+\s+)?(?:strikes?|air ?strikes?|attacks?|bombardment|raids?|massacre|shelling|assault|"
    r"explosions?|blasts?)\b",
    re.IGNORECASE,
)
# what every day of _DAYS_EVENT ends in (a quick first test: the pattern is slow to fail)
_DAYS_HINTS = ("day'", "day’")


def _days_event(sentence: str, start: int) -> bool:
    """Whether a day's attack is named before ``start`` (_DAYS_EVENT)."""
    window = max(0, start - 80)
    return may_hold(sentence[window:start], _DAYS_HINTS) and bool(
        _DAYS_EVENT.search(sentence, window, start)
    )


# the toll of one attack named before the count: "the death toll from the strike on the
# UNRWA school had risen to 17", "the toll from the strikes had risen to 429" (but "the death
# toll from Israeli strikes on the Gaza Strip has risen to 5,087" is the war's, and so is
# any toll "since" a day)
_TOLL_OF_ONE_ATTACK = re.compile(
    # ("the death toll from the Shujaiya massacre has risen to 23": a place's name first)
    r"\btoll\s+(?:from|of|in)\s+the\s+(?:(?:[A-Z][\w'’-]+\s+){0,2}(?:strike|air\s*strike|attack|raid|bombing|blast|"
    r"explosion|massacre|shelling)\b[^.;]{0,80}|(?:strikes|attacks|raids)\s+)"
    r"(?:has|had|have)?\s*(?:risen|rose|climbed|reached|stood|stands|jumped|increased)\s+"
    r"(?:to|at)\s+(?:(?:more\s+than|at\s+least|nearly|over|some|about|around)\s+)?$",
    re.IGNORECASE,
)


def _toll_of_one_attack(sentence: str, start: int) -> bool:
    window = max(0, start - 140)
    return (
        sentence.find("toll ", window, start) >= 0  # (a quick first test)
        and sentence.find("since", window, start) < 0
        and bool(_TOLL_OF_ONE_ATTACK.search(sentence, window, start))
    )


def _event_verb(sentence: str, n: NumberMention, end: int) -> bool:
    """Whether the number's own clause (up to ``end``) says it was killed in one event
    ("killed after")."""
    lex = lexicon()
    # (the pattern is slow to fail: first the quick test for the last word of one of its cues)
    return may_hold(sentence[n.end : end], lex.event_ends) and bool(
        lex.event_verbs.search(sentence, n.end, end)
    )


# how near (characters) a proposal's or a modal's na cue must be to speak for a casualty count
_NA_REACH = 40
_TOLL_WAS = re.compile(rf"\b{TOLL_WAS_FROM}\s+{QUALIFIED}$", re.IGNORECASE)
_DEAL_WORD = re.compile(r"(?:proposal|proposed|plan|planned|offer|package)\b", re.IGNORECASE)
# below these, a count with only a perfect tense is one event's (the missing of one strike
# run to dozens: "40 people were still missing under the rubble")
_FEW = {"killed": 10, "injured": 10, "missing": 100}
_UNDER_RUBBLE = re.compile(r"\b(?:rubble|debris|collapsed|trapped|buried)\b")
# a perfect tense with "now" before a release ("so far" in a truce is its releases): the releases up to now
_RELEASED_SO_FAR = re.compile(
    r"\b(?:has|have)\s+(?:now|to\s+date)\s+(?:returned|released|freed|"
    r"handed\s+over|set\s+free|repatriated)\b[^,;.\d]{0,40}$",
    re.IGNORECASE,
)
_HELD_SINCE = re.compile(r"\bheld\b[^,;]*\bsince\b", re.IGNORECASE)


def _own_running_total(n: NumberMention, scopes: list, end: int) -> bool:
    """'and eight have since been rescued': a running total (of ``scopes``, the sentence's
    scope cues) in the number's own clause (up to ``end``)."""
    return own_cue(n, scopes, "cumulative", end)


def _arrested(n: NumberMention, cues: list, end: int) -> bool:
    """'detained 80 suspects', '29 people were arrested': an arrest verb (of the category
    ``cues``) right before the number or in its own clause (up to ``end``)."""
    return any(
        k == "other_fate"
        and t.lower() in _ARRESTS
        and (n.start - NEAR_BEFORE <= e <= n.start or n.end <= s)
        for s, e, k, t in cues
        if s < end
    )


# the other fates that are one event's (not "employs 13,000 people", "faces food insecurity")
_ARRESTS = frozenset(
    {"arrested", "detained", "apprehended", "rounded up", "surrendered", "taken into custody",
     "into custody", "under arrest"}
)  # fmt: skip


def own_scope(sentence: str, n: NumberMention, category: str, end: int | None = None) -> bool:
    """Whether the number's own clause says its scope, so that it does not share the one
    of the list before it: a day ("and another 1,000 inside Israel on October 7"), a
    window ("including 58 killed over the previous 48 hours"), a running total ("and eight have since been rescued"), captives held now ("of the 251
    hostages seized on October 7, 58 are still held"; "240 others, around 100 of whom are
    still alive"). ``end``: as in :func:`scope`."""
    found = sentence_cues(sentence)
    if end is None:
        end = clause_end(sentence, n.end)
    # (a day ends the sentence for all its counts: "70 people had been killed and 200
    # wounded in strikes on Khan Younis on Monday")
    comma = sentence.find(",", n.end)
    return (
        _own_day(n, found.scopes, max(end, comma if comma > 0 else len(sentence)))
        # "including 58 people killed over the previous 48 hours": a window of its own
        or own_cue(n, found.scopes, "incident", end)
        or _own_running_total(n, found.scopes, end)
        or category == "hostages_held"
        and (
            own_cue(n, found.categories, "held", end)
            or _HELD_NOW_OF_WHOM.match(sentence, n.end) is not None
        )
    )


def _own_day(n: NumberMention, scopes: list, end: int) -> bool:
    """Whether the clause of ``n`` (up to ``end``) names a day of its own ("and another 1,000
    inside Israel on October 7"): then it does not share the scope of the list before it."""
    return any(n.end <= s < end and k in DAY_KINDS for s, _, k, _ in scopes)
