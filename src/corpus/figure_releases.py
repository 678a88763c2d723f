"""Releases that took place, said by the verb that governs a count: "Hamas released the
20 hostages still held in Gaza", "Israel brought four hostages home alive", "the ICRC
collected three Israeli women who had been held in Gaza"; and the events of an exchange
that a plan-like cue states (:func:`exchange_event`: "33 hostages are to be freed in the
first phase").

>>> from corpus.numbers import find_numbers
>>> sentence = "Israel brought four hostages home alive."
>>> freed_count(sentence, find_numbers(sentence)[0])
True
"""

from __future__ import annotations

import re

from corpus.figure_clauses import BEFORE_COUNT, QUALIFIED, RELEASE_VERBS
from corpus.numbers import NumberMention

__all__ = [
    "HOSTAGE_KINDS",
    "RELEASE_OF",
    "crossed_home",
    "exchange_event",
    "exchanged_bodies",
    "freed_after_held",
    "freed_count",
    "hoped_home",
    "in_a_release",
    "taken_out",
]

# a release noun whose object is the number: "the release of (the last) 20 hostages"
# or a release verb right before it: "Hamas freed three Israeli women held in Gaza for 471
# days", "its teams had received 24 hostages inside Gaza"
# (also "Hamas handed 13 Israeli hostages ... to the Red Cross", "Israel had brought home
# 25 living hostages", "Hamas Frees Two More Hostages")
RELEASE_OF = re.compile(
    # ("welcomes the release yesterday of all 20 living Israeli hostages": a day between)
    # ("the transfer of the 20 living captives"; "Hamas released on October 13 the 20 living
    # captives it was holding": a date between)
    r"\b(?:(?:release|freeing|handover|hand-over|handing\s+over|transfer)"
    r"(?:\s+(?:yesterday|today|on\s+[A-Z][a-z]+day|this\s+week|last\s+week))?\s+of"
    rf"|(?:{RELEASE_VERBS}|(?<!not\s)(?:transported|handed|frees|brought\s+(?:home|back|out)))"
    r"(?:\s+on\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day))?)"
    rf"{BEFORE_COUNT}{QUALIFIED}$",
    re.IGNORECASE,
)


def freed_count(sentence: str, n: NumberMention) -> bool:
    """A release done governs the count: "Hamas released the 20 hostages still held in
    Gaza" (not "the release of the 20 hostages still held", which may be to come)."""
    release = RELEASE_OF.search(sentence, max(0, n.start - 40), n.start)
    if release is not None and not _RELEASE_NOUN.match(release.group()):
        return True
    return back_home(sentence, n) or taken_out(sentence, n)


def back_home(sentence: str, n: NumberMention) -> bool:
    """Whether the count is of captives home now, whatever the words before say of them:
    "all 20 hostages still believed to be alive are back in Israel"."""
    return (
        ("home" in sentence or "Israel" in sentence or " now " in sentence)
        and bool(_BACK_HOME_AFTER.match(sentence, n.end))
        # (not a hope: "until the last of the 98 hostages is home")
        and not _NOT_YET.search(sentence, max(0, n.start - 40), n.start)
    )


# freed after the relative clause that says where they were held: "four female soldiers
# who had been held in Gaza for 477 days were released"
# (or a reduced one: "Seventeen Thai nationals taken hostage by Hamas in the October 7
# attack have now been released")
_HELD_THEN_FREED = re.compile(
    r"[^,.;:]{0,30}?\b(?:(?:who|that)\s+(?:had|have|has)\s+been\s+)?(?:held|kept|detained|"
    r"taken\s+(?:hostage|captive)|abducted|kidnapped)\b"
    # (no other clause between: not "137 ... are still being held in Gaza after 105 were freed";
    # a date's dot and comma are no break: "held in Gaza since Oct. 7, 2023 were freed")
    r"(?:(?!\b(?:after|before|while|until|when|as|but|and)\b)"
    r"(?:[^.;:,]|(?<=\b[A-Z][a-z]{2})\.|(?<=Sept)\.|,(?=\s\d{4}\b))){0,70}?"
    r"\s(?:were|was|(?:have|has|had)(?:\s+now|\s+all|\s+finally)?\s+been)\s+"
    r"(?:released|freed|set\s+free|handed\s+over|returned|brought\s+home)\b"
)


# (the pattern's quick first test: one of its words of captivity; most sentences have none)
_CAPTIVITY_WORDS = ("held", "kept", "detained", "taken", "abducted", "kidnapped")


def freed_after_held(sentence: str, n: NumberMention) -> bool:
    """Whether the verb after a relative clause of captivity frees the count: "four female
    soldiers who had been held in Gaza for 477 days were released"."""
    return any(map(sentence.__contains__, _CAPTIVITY_WORDS)) and (
        _HELD_THEN_FREED.match(sentence, n.end) is not None
    )


def hoped_home(sentence: str, n: NumberMention, tail_end: int) -> bool:
    """Whether the count's homecoming is hoped for, not done: "We will not rest until all 236
    are home" counts captives still held."""
    return (
        sentence.find("home", n.end, tail_end) >= 0
        and _NOT_YET.search(sentence, max(0, n.start - 40), n.start) is not None
    )


_NOT_YET = re.compile(r"\b(?:until|unless|before|once|when|if|till)\b[^,.;]*$", re.IGNORECASE)


# back home now, after the words that say who they were: "... are back in Israel"
_BACK_HOME_AFTER = re.compile(
    # ("all 20 living hostages held in Gaza are now free", "are now out of Gaza")
    r"[^,.;:]{0,60}?\b(?:(?:are|were|is|was)\s+(?:now\s+|finally\s+)?(?:back\s+in\s+Israel|"
    r"back\s+home|home|back\s+on\s+Israeli\s+soil|(?:back\s+)?in\s+Israel(?:i\s+territory)?)"
    r"|(?:are|is)\s+(?:all\s+)?(?:now|finally)\s+(?:free|out\s+of\s+Gaza)"
    # or on their way there: "saw 33 Israeli hostages and five Thai nationals come home",
    # "13 Israeli hostages ... had been transferred to Israeli territory", "20 living
    # hostages returning to Israel"
    r"|(?:have\s+|has\s+|had\s+)?(?:been\s+)?(?:come|came|coming)\s+home"
    r"|(?:have\s+|has\s+|had\s+)?(?:been\s+)?(?:transferred|returned|returning|brought)\s+"
    r"(?:back\s+|from\s+Gaza\s+)?(?:in)?to\s+(?:Israel|Israeli\s+(?:territory|soil))"
    # ("... are on their way to Israel", "arrived in Israel"; crossing into Egypt is
    # figure_settled.CROSSED_OUT's)
    r"|(?:have\s+|has\s+|had\s+)?(?:arrived|arrive|arriving)\s+(?:back\s+)?in\s+Israel"
    r"|(?:are|were)\s+(?:now\s+)?on\s+their\s+way\s+(?:back\s+)?(?:to\s+Israel|home)"
    r")\b"
)


# captives taken out: "Israel brought four hostages home alive", "the truce got 105
# hostages out", "the ICRC collected three Israeli women who had been held in Gaza", "has
# brought home 17 Thai nationals"
_TAKEN_OUT_BEFORE = re.compile(
    # (not "bringing home the four deceased hostages": a wish)
    r"\b(?:brought|got|pulled|collected)\s+(?:home\s+)?"
    rf"(?:the\s+)?(?:(?:last|remaining|first|final|all|another)\s+)?{QUALIFIED}$",
    re.IGNORECASE,
)
_TAKEN_OUT_WORDS = ("brought", "got ", "pulled", "collected")
# ("the Red Cross brought 24 hostages to the Egyptian side of the crossing", "into Israel")
_OUT_AFTER = re.compile(
    r"[^,.;:]{0,40}?\b(?:home|out|back|(?:in)?to\s+(?:the\s+)?(?:Egyptian\s+side|Egypt|Israel|"
    r"Israeli\s+(?:territory|soil)|Rafah|Kerem\s+Shalom))\b"
)


def taken_out(sentence: str, n: NumberMention) -> bool:
    """Whether a verb of taking out governs the count (see ``_TAKEN_OUT_BEFORE``)."""
    if not any(word in sentence for word in _TAKEN_OUT_WORDS):
        return False  # (a quick test)
    verb = _TAKEN_OUT_BEFORE.search(sentence, max(0, n.start - 40), n.start)
    if verb is None:
        return False
    words = verb.group().lower()
    return (
        words.startswith("collected")
        or " home" in words
        or _OUT_AFTER.match(sentence, n.end) is not None
    )


_RELEASE_NOUN = re.compile(r"(?:release|freeing|handover|hand-over|handing\s+over)\s+of", re.I)


# the captives of Israel's side, held or freed
HOSTAGE_KINDS = frozenset({"hostages_held", "hostages_released"})
# the Red Cross in a sentence: a handover ("the Red Cross handed 13 Israelis ... to the
# Egyptian authorities", "the ICRC said its teams had received the three women")
_RED_CROSS = re.compile(r"\bRed\s+Cross\b|\bICRC\b")
# captives back on their side: "all 20 had crossed into Israel", "crossed into Israeli
# territory", "A second group of 13 followed"
# ("10 Israelis and two foreign nationals had crossed into Israel", "the 13 Israelis had
# crossed into Egypt": a list of the freed, and the way out through Rafah)
_CROSSED_HOME = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:had\s+|have\s+|has\s+)?(?:crossed|returned)\s+(?:back\s+)?"
    r"(?:into|to)\s+(?:Israel(?:i\s+territory)?|Egypt)\b"
)
_INTO_ISRAEL = re.compile(
    r"\s+(?:[\w-]+\s+){0,6}?(?:had|have|has)\s+crossed\s+(?:back\s+)?into\s+Israel\b"
)
# ("the first seven hostages were handed over ... A few hours later, 13 more followed.")
_MORE_FOLLOWED = re.compile(r"\s+(?:more|others)\s+followed\b")
_CAPTIVES_NAMED = re.compile(r"\b(?:Israelis|hostages|captives|abductees)\b")
_GROUP_FOLLOWED = re.compile(
    r"\b(?:(?:first|second|third|another|next|final|last)\s+group\s+of|the\s+other|the\s+remaining)\s+$",
    re.IGNORECASE,
)


def in_a_release(sentence: str, n: NumberMention, context: str | None) -> bool:
    """Whether a release verb governs ``n`` in a sentence about captives: one the sentence
    before was about (``context``) or a handover by the Red Cross."""
    if _PATIENTS_AFTER.match(sentence, n.end):
        return False  # "its field hospital had received 119 patients"
    return freed_count(sentence, n) and (
        context in HOSTAGE_KINDS or bool(_RED_CROSS.search(sentence))
    )


_PATIENTS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:patients|wounded|injured|casualties|sick|cases|calls|trucks)\b"
)


def crossed_home(sentence: str, n: NumberMention, context: str | None) -> bool:
    """Whether the captives of the sentence before (``context``) are counted back home: "all
    20 had crossed into Israel", "A second group of 13 followed"."""
    if context not in HOSTAGE_KINDS:
        # ("The military said 10 Israelis and two foreign nationals had crossed into Israel":
        # Israelis who cross into Israel from Gaza are captives freed, with no sentence before)
        return bool(_INTO_ISRAEL.match(sentence, n.end)) and bool(_CAPTIVES_NAMED.search(sentence))
    return bool(
        _CROSSED_HOME.match(sentence, n.end)
        or _GROUP_FOLLOWED.search(sentence, max(0, n.start - 30), n.start)
        or _MORE_FOLLOWED.match(sentence, n.end)
    )


# Palestinian bodies an exchange hands back, counted by the receiver: "the Health Ministry
# says it has received 330 bodies so far", "Israel has returned 15 Palestinian bodies for
# each set of remains" (but not "the hospital received 80 bodies in the first hour": the
# dead of a strike)
_BODIES_HANDED_BACK = re.compile(
    r"\b(?:received|returned|handed\s+back|sent\s+back|sending\s+back|repatriated)\s+"
    r"(?:(?:some|about|around|nearly|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_BODIES_AFTER = re.compile(r"\s+(?P<own>Palestinian\s+)?(?:bodies|remains)\b")
_BODIES_OF_HANDED_BACK = re.compile(
    r"\b(?:received|returned|handed\s+back|sent\s+back|repatriated)\s+the\s+(?:bodies|remains)\s+"
    r"of\s+(?:(?:some|about|around|nearly|more\s+than|over|at\s+least|another)\s+)?$",
    re.IGNORECASE,
)
_PALESTINIANS_AFTER = re.compile(r"\s+(?:more\s+)?Palestinians?\b")
# ... or in the passive: "The bodies of 330 Palestinians have been returned to Gaza so far"
_BODIES_OF_BEFORE = re.compile(
    r"\b(?:bodies|remains)\s+of\s+(?:(?:some|about|around|nearly|more\s+than|over|at\s+least|"
    r"another)\s+)?$",
    re.IGNORECASE,
)
_HANDED_BACK_AFTER = re.compile(
    r"\s+(?:more\s+)?Palestinians?\b[^.;]{0,40}?\b(?:have|has|had)?\s*(?:been|were|was)\s+"
    r"(?:returned|handed\s+(?:back|over)|sent\s+back|repatriated)\b"
)
_EXCHANGE_MARK = re.compile(
    r"\bso\s+far\b|\bfrom\s+Israel\b|\bfor\s+each\b|\bin\s+(?:exchange|return)\b"
    r"|\bunder\s+the\s+(?:deal|agreement|ceasefire|truce)\b"
    r"|\b(?:returned|handed\s+(?:back|over)|released)\s+by\s+Israel\b",
    re.IGNORECASE,
)


def exchanged_bodies(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` counts Palestinian bodies an exchange handed back: "the Gaza Health
    Ministry said it had received 330 bodies so far"."""
    after = _BODIES_AFTER.match(sentence, n.end)
    if after is None:
        # "it had received the bodies of 195 Palestinians returned by Israel under the
        # agreement": the bodies named before the count
        return (
            _PALESTINIANS_AFTER.match(sentence, n.end) is not None
            and _BODIES_OF_HANDED_BACK.search(sentence, max(0, n.start - 50), n.start) is not None
            and _EXCHANGE_MARK.search(sentence, n.end) is not None
        ) or (
            _BODIES_OF_BEFORE.search(sentence, max(0, n.start - 30), n.start) is not None
            and _HANDED_BACK_AFTER.match(sentence, n.end) is not None
        )
    if not _BODIES_HANDED_BACK.search(sentence, max(0, n.start - 30), n.start):
        return False
    return bool(after.group("own")) or bool(_EXCHANGE_MARK.search(sentence, n.end))


def exchange_event(sentence: str, at: int) -> bool:
    """Whether the plan-like cue at ``at`` states an event of an exchange, not a plan: the
    terms of an agreed exchange ("33 hostages are to be freed in the first phase", "three a
    day under the deal"; a proposal's are not) or a scheduled step of one under way ("154 of
    them would be deported", "39 would be freed tonight")."""
    return sentence[at : at + 14].lower().startswith(_AGREED_TERMS) or bool(
        _SCHEDULED_RELEASE.match(sentence, at)
    )


# the words of an agreed exchange's terms, which the gold sets count as its events (read
# sets: "under the deal" 63 to 13, "first phase" 73 to 38, "a day" 58 to 13), unlike a
# proposal's ("proposal" 4 to 14, "calls for" 3 to 8)
_AGREED_TERMS = (
    "under the deal", "first phase", "second phase", "a day", "each day", "every day",
    "per day", "plan", "package",  # ("plan" opens "planned" too)
)  # fmt: skip

# a release set for a day of the exchange under way, or the exile of the freed (read
# sets: 24 to 3 incident)
_SCHEDULED_STEPS = (
    "tonight", "today", "overnight", "deported", "exiled", "into exile", "bused", "sent abroad",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
_SCHEDULED_RELEASE = re.compile(
    rf"would\s+(?:[\w-]+\s+){{0,6}}?(?:{'|'.join(_SCHEDULED_STEPS)})\b", re.IGNORECASE
)
