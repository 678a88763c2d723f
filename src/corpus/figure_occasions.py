"""When aid and arms are counted: on one occasion ("200 trucks entered on Saturday",
"struck 150 targets") or up to now ("the campaign has struck more than 1,000 targets").
Also what holds a count to one event ("killed in an airstrike on a school") or to a
period that opens the sentence ("Since November, ..."), a count added to a running
total ("five more people had died, raising the number of deaths to 404"), the toll of the
7 October attack ("1,400 people have been killed in Israel"), things or crowds counted
on one occasion ("around 600 people attended") and the displaced people one building
held ("the school had been sheltering 2,400"), and sums given up to now ("bringing its
contribution since October to $22 million"). Helpers of :mod:`corpus.figure_scope`.
"""

from __future__ import annotations

import re

from corpus.dates import REPORT_VERBS
from corpus.figure_clauses import QUALIFIED, own_cue
from corpus.figure_lexicon import may_hold
from corpus.layout_rules import BARE_DATELINE, wire_dateline
from corpus.numbers import NumberMention

# a perfect tense right before the count: "has struck more than 1,000 targets", "have
# delivered 3,400 tents" (with no day or window of its own: a count up to now; "has sent
# two carrier groups" is one deployment)
PERFECT_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:struck|hit|fired|launched|"
    r"destroyed|intercepted|dropped|delivered|distributed|targeted|bombed)\s+[\"“]?"
    r"(?:(?:more\s+than|at\s+least|over|some|nearly|"
    r"about|around|almost)\s+)?$",
    re.IGNORECASE,
)


# what aid or arms did on one occasion, near the number ("trucks entered", "struck 150
# targets"); a rate ("a day", "every day") is not an occasion, nor a shipment
MOVED = {
    "aid": re.compile(
        r"\b(?:entered|crossed|arrived|reached|delivered|distributed|unloaded|dropped|"
        r"airdropped|allowed in|let in|went in|got in|made it|passed through|"
        # what befell one convoy: "a convoy of 66 trucks was looted"
        r"looted|ambushed|attacked|came under fire|were lost|was lost|"
        # one shipment's journey: "dispatched 12 trucks", "the ship ... left Mersin port"
        r"sent|dispatched|shipped|flown|flew|left|departed|set sail|turned back|handed out|"
        r"served|cooked|cleared)\b"
    ),
    "military": re.compile(
        r"\b(?:struck|hit|fired|launched|attacked|destroyed|intercepted|targeted|bombed|"
        r"dropped|shot down|carried out|raided|seized|dismantled|killed|wounded|mobili[sz]ed|"
        r"called up|deployed|sent|found|discovered|uncovered|confiscated)\b"
    ),
}


RATE_WORDS = ("a day", "per day", "each day", "every", "daily", "a week", "per week")


def moved(sentence: str, n: NumberMention, category: str) -> bool:
    # (the verb may follow a list the count opens: "500 kg of explosives and four rocket
    # launchers were found")
    semi = sentence.find(";", n.end)
    clause = sentence[max(0, n.start - 80) : min(n.end + 100, semi if semi > 0 else len(sentence))]
    return bool(MOVED[category].search(clause)) and not may_hold(clause.lower(), RATE_WORDS)


# killed in one named or singular event: "in the Nuseirat operation", "in an airstrike on a
# school" (not "in Israeli strikes": the war's strikes, a running total)
ONE_EVENT = re.compile(
    r"\b(?:were|was|been)\s+(?:killed|wounded|injured)\s+in\s+(?:an?|the|one|a\s+single)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:operation|raid|strike|airstrike|air\s+strike|attack|bombing|"
    r"assault|explosion|blast|massacre|incident|ambush|stampede)\b(?!s)"
)


_SINCE_OPENER = re.compile(r"\s*[\"“]?[Ss]ince\s+[^,;.]{2,60},\s")
_REPORT_THAT = re.compile(rf"\b{REPORT_VERBS}(?:\s+on\s+[A-Z][a-z]+day)?\s+that(?=\s+[Ss]ince\s)")


def _lead_before(sentence: str) -> int | None:
    """Where a sentence's own words open after its dateline or its report's verb ("GAZA
    CITY — ", "The ministry said on Thursday that "), or None."""
    m = wire_dateline(sentence[:140]) or BARE_DATELINE.match(sentence)
    if m is None:
        m = _REPORT_THAT.search(sentence, 0, 160)
    return m.end() if m is not None else None


def since_opens(sentence: str, n: NumberMention, cues: list) -> bool:
    """Whether the sentence opens with a period ("Since October 2023, ...") before ``n``
    and nothing between them names an event or a shorter window ("Since the truce began,
    20 people were killed in a strike on a school" is one strike's toll)."""
    if sentence[:12].lstrip(' "“').startswith("Since "):
        opener = _SINCE_OPENER.match(sentence)
    elif "ince " in sentence[:160] and (lead := _lead_before(sentence)) is not None:
        # "GAZA CITY — Since ...", "The ministry said on Thursday that since ...": the
        # opening after a dateline or a report's verb
        opener = _SINCE_OPENER.match(sentence, lead)
    else:
        return False  # (most sentences: the quick tests)
    if opener is None or opener.end() > n.start:
        return False
    # ("Since dawn, ...": the opening is a window of hours itself; but the war named in the
    # opening, "Since Israel began its assault on Gaza, ...", is no event of its own)
    if any(k in ("incident", "day", "date", "na") and s >= opener.end() for _, k, s in cues):
        return False
    if any(p.search(sentence, 0, opener.end()) for p in (SINCE_DAYBREAK, _SINCE_CLOCK, _SINCE_DAY)):
        return False
    return not ONE_EVENT.search(sentence, opener.end())


# a window of hours: "since dawn"; of a day or two: "Since Monday morning, ..." (and
# _SINCE_CLOCK below: "since 2am")
SINCE_DAYBREAK = re.compile(
    r"\bsince\s+(?:dawn|daybreak|midnight|this\s+morning|early\s+morning|the\s+morning)\b", re.I
)
_SINCE_DAY = re.compile(r"\bsince\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday)", re.I)
# a new count added to a running total, right before the total: "bringing to 147 the
# number", "raising the death toll to 30,035"
# a clause's words, a date's year set off by commas among them ("since the start of the
# aggression on October 7, 2023, to 67,074")
_IN_CLAUSE = r"(?:[^,;.]|,\s*(?:19|20)\d\d\b,?)"
_SINCE_WHEN = rf"(?:\s+since\s+{_IN_CLAUSE}{{1,60}}?)?"  # "the total since October 2023 to 49,617"
_BRINGS_TO = re.compile(
    r"\b(?:bringing|brought|brings|bring|raising|raised|taking|took|pushing|pushed|increasing|increased)\s+"
    # ("bringing the number of Palestinians freed since Friday to 180")
    rf"(?:the\s+(?:overall\s+|total\s+)?(?:total|toll|death\s+toll|number(?:\s+of\s+{_IN_CLAUSE}{{1,80}}?)?)"
    + _SINCE_WHEN
    # ("bringing hunger-related deaths to 113", "raising the famine death toll to 404")
    + r"\s+|(?:the\s+)?(?:[\w-]+\s+){0,3}(?:deaths|dead|fatalities|casualties|toll|tally)\s+)?to\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|some)\s+)?$",
    re.IGNORECASE,
)
# the words _BRINGS_TO needs (a quick first test: the pattern is slow to fail)
_BRINGS_HINTS = ("bring", "brought", "rais", "tak", "took", "push")


# ... a total that names no kind of its own ("bringing the total since October 2023 to"; not
# "bringing the death toll to", which says what it counts)
_TOTAL_BROUGHT_TO = re.compile(
    r"\b(?:bringing|raising|taking|pushing)\s+the\s+(?:overall\s+)?(?:total|number|tally|figure)"
    + _SINCE_WHEN
    + r"\s+to\s+(?:(?:at\s+least|more\s+than|over|nearly|about|some)\s+)?$"
    # ... or has come to ("which says the total since October 2023 has passed 69,500")
    r"|\bthe\s+(?:overall\s+)?total"
    + _SINCE_WHEN
    + r"\s+(?:has\s+|had\s+|now\s+)?(?:passed|surpassed|exceeded|topped|reached|"
    r"risen\s+to|rose\s+to|climbed\s+to|stands\s+at|stood\s+at)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|about|some)\s+)?$",
    re.IGNORECASE,
)


def total_brought_to(sentence: str, start: int) -> bool:
    """Whether a total that names no kind brings the count before up to ``start``: "504
    people had been killed since Tuesday, ..., bringing the total since October 2023 to"."""
    return bool(_TOTAL_BROUGHT_TO.search(sentence, max(0, start - 90), start))


def brings_to(sentence: str, start: int) -> bool:
    """Whether a count added to a running total comes right before ``start`` (_BRINGS_TO)."""
    window = max(0, start - 160)
    return may_hold(sentence[window:start], _BRINGS_HINTS) and bool(
        _BRINGS_TO.search(sentence, window, start)
    )


_MORE_AFTER = re.compile(r"\s+(?:more|additional|further|new)\b", re.IGNORECASE)
_RAISING_AFTER = re.compile(
    r"\b(?:bringing|raising|taking|pushing|increasing|lifting)\s+(?:the|its|their|to|"
    # ("bringing hunger-related deaths to 222")
    r"(?:[\w-]+\s+){0,2}(?:deaths|dead|fatalities|casualties|toll|tally)\s+to)\b",
    re.IGNORECASE,
)


def added_to_total(sentence: str, n: NumberMention) -> bool:
    """'five more people had died, raising the number of deaths to 404', 'At least 178
    people were killed ..., bringing the overall death toll since Oct. 7 to more than
    15,000': the count added to a total the sentence then gives."""
    raising = _RAISING_AFTER.search(sentence, n.end)
    if raising is None:
        return False
    if _MORE_AFTER.match(sentence, n.end):
        return True
    if " since " in sentence[n.end : raising.start()]:
        return False  # "280 killed since the ceasefire took effect, bringing the toll to ...":
        # a running total of its own
    total = _TO_A_COUNT.search(sentence, raising.end(), raising.end() + 120)
    # (a total larger than the count: "30,035 killed, bringing the children killed to
    # 12,300" gives a part, not a total)
    return total is not None and float(total.group("value").replace(",", "")) > n.value


# the total a raising phrase brings the count to: "... to more than 15,000"
_TO_A_COUNT = re.compile(
    r"\bto\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least)\s+)?"
    r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?!\d|\.\d|\s+million)"
)


# the toll of the 7 October attack, in the count's own clause or right before it: "1,400
# people have been killed in Israel", "attacked southern Israel, killing about 1,140 people",
# "the death toll from the October 7 Hamas attack stands at about 1,200", "terrorist attacks
# in Israel that killed some 1,200 people" (but "killed 24 people in Israel since Friday")
_OCTOBER_7 = re.compile(
    r"\bin\s+(?:southern\s+)?Israel\b(?!['’])|\battacked\s+(?:southern\s+)?Israel\b|"
    # "Hamas militants crossed into southern Israel and killed about 1,400 people"
    r"\b(?:crossed|stormed|broke|burst|poured)\s+into\s+(?:southern\s+)?Israel\b|"
    r"\b(?:stormed|raided|infiltrated|overran)\s+(?:southern\s+)?Israel\b|"
    r"\b(?:October|Oct\.?)\s+7(?:,\s+2023)?\s+(?:Hamas\s+)?(?:attack|assault|massacre)|"
    r"\b7\s+October(?:\s+2023)?\s+(?:Hamas\s+)?(?:attack|assault|massacre)|"
    r"\bthe\s+Hamas(?:-led)?\s+(?:attack|assault)|\bthat\s+morning\b"
)


def october_7_toll(sentence: str, n: NumberMention, end: int) -> bool:
    """Whether ``n`` (a count of the killed) is the toll of the 7 October attack."""
    # (the date's comma may end the clause: the pattern is bounded itself)
    if (
        sentence.find(" when ", max(0, n.start - 160), n.start) >= 0  # (quick first tests)
        and _WHEN_ATTACKED.search(sentence, max(0, n.start - 160), n.start)
    ) or ("7" in sentence and _KILLED_ON_7.match(sentence, n.end)):
        return True
    if "7" in sentence and _ATTACK_THAT_KILLED.search(sentence, max(0, n.start - 160), n.start):
        # ("triggered by Hamas' Oct. 7, 2023, cross-border assault and hostage-taking that
        # killed some | 1,200", "the October 7 offensive by Hamas, resulting in over | 1,200")
        # ("since Oct. 7, when Hamas militants killed about 1,200", "The war began when
        # Hamas attacked southern Israel, killing about 1,140", "some 1,200 people were
        # killed in the October 7, 2023 attack that triggered the war")
        return True
    lo = max(0, n.start - 70)
    window = sentence[lo:end]
    # (not the war's toll: "The war, which began with the Hamas attack on Oct. 7, has killed")
    return (
        "since" not in window
        and _OCTOBER_7.search(window) is not None
        and _WAR_WORDS.search(sentence, 0, end) is None
    )


_OCT_7 = r"(?:(?:October|Oct\.?)\s+7|7\s+October)(?:,?\s+2023)?"
# the attack as the clause that holds the count: "since Oct. 7, when Hamas militants
# killed | about 1,200", "began when Hamas militants attacked southern Israel, killing |"
_WHEN_ATTACKED = re.compile(
    rf"(?:{_OCT_7},\s+when|\b(?:began|started|erupted)\s+(?:on\s+{_OCT_7}\s+)?when)\s+"
    r"(?:Hamas|Hamas-led|Palestinian|militants|gunmen)\b[^.;]{0,100}?\b(?:killed|killing|attacked|"
    r"stormed|raided)\b[^.;]{0,60}?$"
)
# the attack named right after the count: "1,200 people were killed in the October 7 attack"
_KILLED_ON_7 = re.compile(
    r"[^.;]{0,40}?\b(?:killed|died|murdered)\s+(?:in|during)\s+the\s+(?:Hamas(?:-led)?\s+)?"
    rf"{_OCT_7}\s+(?:Hamas(?:-led)?\s+)?(?:attacks?|assault|massacre|raid|rampage|incursion)\b"
)


# the 7 October attack as what killed the count: "... Oct. 7, 2023, assault that killed |"
_ATTACK_THAT_KILLED = re.compile(
    rf"{_OCT_7},?\s+(?:[\w'’-]+\s+){{0,3}}(?:attacks?|assault|offensive|rampage|incursion|massacre|"
    r"raid)\b[^.;]{0,60}?(?:\b(?:that|which)\s+(?:killed|left)|,?\s+(?:killing|resulting\s+in|"
    r"which\s+led\s+to\s+the\s+deaths\s+of|that\s+led\s+to\s+the\s+deaths\s+of))\s+"
    r"(?:(?:some|about|around|nearly|over|more\s+than|at\s+least|roughly|approximately)\s+)?$"
)
_WAR_WORDS = re.compile(r"\b(?:war|conflict|offensive|campaign|began|begun|triggered|sparked)\b")


# a verb of one occasion, in the past: what a crowd, a strike or a convoy did
_ONE_OCCASION = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:hit|struck|burned|burnt|destroyed|damaged|"
    r"intercepted|detained|arrested|evacuated|transferred|moved|flown|sent|dispatched|"
    r"screened|vaccinated|found|killed|seized|attacked|shelled|bombed)\b|"
    r"\b(?:attended|marched|rallied|took\s+part|gathered|flattened|dispatched|screened|"
    r"vaccinated|performed|intercepted)\b",
    re.IGNORECASE,
)


def one_occasion(sentence: str, n: NumberMention, end: int) -> bool:
    """Whether a thing or a crowd counted by ``n`` is counted on one occasion ("around 600
    people attended", "three vehicles were hit"); ``end``: where its clause ends."""
    lo, hi = max(0, n.start - 40), min(len(sentence), end + 40)
    return _ONE_OCCASION.search(sentence, lo, hi) is not None


# one building's occupants, or a family's: "the school had been sheltering around 2,400
# displaced people", "which housed some 2,400", "sheltering with 40 relatives", "6,000
# displaced people had been sheltering at the school" (not "1.4 million are sheltering in
# Rafah", nor "600 Christians are still sheltering in the compound": who is there now)
_SHELTER_VERB = r"(?:sheltering|housing|hosting|housed|hosted|sheltered|shelters|houses)"
_ONE_BUILDING = (
    r"(?:school|building|hospital|complex|compound|church|parish|mosque|hall|facility|tent|"
    r"flat|apartment|house|home|classroom|centre|center|clinic)"
)
_BUILDING_HELD = re.compile(
    rf"\b(?:{_ONE_BUILDING}\b[^.;]{{0,40}}?\b{_SHELTER_VERB}|"
    rf"\bsheltering\b[^.;,]{{0,40}}?\bwith)\s+(?:up\s+to|about|around|some|nearly|roughly|"
    r"more\s+than|over|an\s+estimated|at\s+least)?\s*$",
    re.IGNORECASE,
)
_HELD_IN_BUILDING = re.compile(
    rf"[^.;]{{0,60}}?\b(?:had\s+been|was|were)\s+sheltering\s+(?:at|in|inside)\s+"
    rf"(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?{_ONE_BUILDING}\b",
    re.IGNORECASE,
)
_RELATIVES_AFTER = re.compile(
    r"\s+(?:of\s+(?:his|her|their|my|our)\s+)?(?:relatives|family\s+members|members\s+of\s+"
    r"(?:his|her|their)\s+(?:extended\s+)?family)\b[^.;]{0,30}?\b(?:sheltering|fled)\b",
    re.IGNORECASE,
)


def building_occupants(sentence: str, n: NumberMention) -> bool:
    """Whether the displaced people counted by ``n`` are one building's occupants or one
    family ("the school had been sheltering around 2,400 displaced people", "14 of his
    relatives had been sheltering in tents"): no count of the displaced population."""
    if "shelter" not in sentence and "hous" not in sentence and "fled" not in sentence:
        return False  # (most sentences: the quick test)
    return bool(
        _BUILDING_HELD.search(sentence, max(0, n.start - 80), n.start)
        or _HELD_IN_BUILDING.match(sentence, n.end)
        or _RELATIVES_AFTER.match(sentence, n.end)
    )


# "bringing Ireland's total for this year to €29 million", "brings the UAE's total
# contribution to the Gaza response since October to more than $130 million"
_MONEY_TOTAL = re.compile(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes)\s[^.;]{0,100}?"
    # ("bringing New Zealand's contribution since October to $22 million")
    r"\b(?:total|contribution|contributions|support|funding|assistance|commitment)\b"
    r"[^.;]{0,100}\bto\s+(?:(?:more\s+than|over|about|nearly|some|almost|at\s+least)\s+)?"
    r"(?:US|A|C|NZ)?[$€£¥]?\s*(?:RM|AED|USD|EUR|GBP)?\s*$",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[,;:]|\d")
# a period that opens the sentence and a perfect tense: "Since October, X has raised"
_SINCE_OPENS = re.compile(
    r"\s*[\"“]?Since\s+[^,;.]{2,60},\s+[^,;.]{0,80}?\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en)\b"
)
# running-total words that speak for a sum after them ("So far, only $178 million has been
# received", "had so far channelled aid worth RM50 million")
_SO_FAR = frozenset({"so far", "to date", "in total", "altogether"})


def money_so_far(sentence: str, n: NumberMention, scopes: list, end: int) -> bool:
    """Whether a sum is a running total: a "since" or "so far" of its own clause, a total
    it brings ("bringing its total aid since October to $3 million"), or a "so far" shortly
    before it."""
    if own_cue(n, scopes, "cumulative", end):
        return True  # a running total in its own clause
    # ("has committed $340 million in assistance for Gaza and the region since the war
    # began": a "since" later in the same stretch of words)
    if any(
        k == "cumulative"
        and t.startswith("since")
        and n.end <= s
        and not _BREAK.search(sentence, n.end, s)
        for s, _, k, t in scopes
    ):
        return True
    # ("Since October 2023, the charity has delivered more than $160 million")
    opener = _SINCE_OPENS.match(sentence)
    if opener and opener.end() <= n.start:
        return True
    window = max(0, n.start - 220)
    if _MONEY_TOTAL.search(sentence, window, n.start):
        return True
    return any(
        k == "cumulative" and t in _SO_FAR and 0 <= n.start - e <= 60 for _, e, k, t in scopes
    )


# "since 8:30 a.m.": a window of hours, like "since dawn"
_SINCE_CLOCK = re.compile(
    r"since\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b|p\.?m\b|o'clock|GMT|local)", re.I
)


# a wave of strikes, not the war: "since the strikes began before dawn on Tuesday", "since
# Israel resumed its bombardment" (the gold sets mark its dead incident, 48 to 4; "since the
# offensive resumed on March 18" and "since the ceasefire" stay running totals)
# ("since Israel began its bombardment" with no "new" or "renewed" is the war: the gold
# sets, 8 to 0)
_SINCE_WAVE = re.compile(
    r"since\s+(?:(?:Israel|the\s+(?:army|military|occupation))\s+(?:(?:resumed|restarted)\s+"
    r"(?:its|the)\s+(?:renewed\s+|new\s+|latest\s+|Israeli\s+)?|(?:began|launched)\s+(?:its|the)"
    r"\s+(?:renewed|new|latest)\s+)|the\s+(?:renewed\s+|new\s+|latest\s+|Israeli\s+)?)"
    r"(?:strikes|air\s*strikes|bombing|bombardment|air\s+campaign|wave\s+of\s+strikes)"
    r"(?:\s+(?:began|resumed|started|restarted))?(?!\s+(?:in|on)\s+(?:October|Oct\b|7\b))",
    re.IGNORECASE,
)


# the day a count is the toll of: "in the deadliest day since the truce", "making it one of
# the deadliest days of the war" (and no total in between: "..., bringing the toll to")
_DEADLIEST_DAY = re.compile(r"\bdeadliest\s+(?:single\s+)?days?\b", re.IGNORECASE)
_TOTAL_BETWEEN = re.compile(r"\b(?:toll|total|bringing|raising|pushing|taking)\b", re.IGNORECASE)


def deadliest_day(sentence: str, n: NumberMention) -> bool:
    """A count followed by "the deadliest day" it is the toll of (no total in between)."""
    m = _DEADLIEST_DAY.search(sentence, n.end, n.end + 110)
    return m is not None and not _TOTAL_BETWEEN.search(sentence, n.end, m.start())


def day_window(sentence: str, start: int) -> bool:
    """'since 2am', 'since the strikes began': a day's window, not the war's."""
    return sentence[start : start + 5].lower() == "since" and bool(
        _SINCE_CLOCK.match(sentence, start) or _SINCE_WAVE.match(sentence, start)
    )


WAR_SCALE = 3000  # a death toll no single attack of the war reached
# one load, one convoy (a plan's would have a modal cue: "a second convoy of 17 trucks could
# follow"; and "a first convoy of up to 20 trucks" is a limit, a plan's)
_ONE_LOAD = re.compile(
    rf"\b(?:shipment|consignment|delivery|batch|convoy)\s+of\s+(?!up\s+to\b){QUALIFIED}$",
    re.IGNORECASE,
)


def one_load(sentence: str, n: NumberMention) -> bool:
    """'paused a shipment of 1,800 bombs', 'a convoy of 66 trucks': one load's count."""
    return bool(_ONE_LOAD.search(sentence, max(0, n.start - 40), n.start))


# the war's damage counted up to now: places hit ("deliberately targeted 57 healthcare
# facilities", "committed 731 massacres", "292,000 homes had been damaged or destroyed");
# the gold sets, the dev set among them, mark these running totals (a state, "12 of its 36
# hospitals are functioning", is no count of damage)
_DAMAGE_BEFORE = re.compile(
    r"\b(?:targeted|destroyed|damaged|struck|hit|bombed|shelled|attacked|committed|demolished|"
    rf"razed)\s+{QUALIFIED}$",
    re.IGNORECASE,
)
_DAMAGED_PLACES = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:homes|houses|housing\s+units|buildings|facilities|hospitals|"
    r"schools|mosques|churches|clinics|centres|centers|bakeries|shelters|massacres|ambulances|"
    r"institutions)\b",
    re.IGNORECASE,
)
_DAMAGED_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:(?:have|had|has)\s+been\s+(?:completely\s+|partially\s+)?"
    r"(?:destroyed|damaged|hit|targeted|demolished|razed)"
    # ("rendering 12 hospitals and 32 primary care centres out of service": the dev set's
    # running total of the war's damage)
    r"|out\s+of\s+(?:service|operation|action))\b",
    re.IGNORECASE,
)


def war_damage(sentence: str, n: NumberMention) -> bool:
    """Places the war has hit, counted up to now (see _DAMAGED_PLACES)."""
    places = _DAMAGED_PLACES.match(sentence, n.end)
    if places is None:
        return False
    return bool(
        _DAMAGE_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        or (
            _DAMAGED_AFTER.match(sentence, places.end())
            # (not the whole the damaged are part of: "12 of the Strip's 35 hospitals")
            and not _WHOLE_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        )
    )


_WHOLE_BEFORE = re.compile(r"\bof\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?$")
