"""The noun phrase after a number, and what it counts: "193 people", "four Royal Air Force
Typhoon jets", "1.7 million of Gaza's 2.3 million people", "the deaths of at least 12".

Also the words right before it (its qualifier, a currency mark) and the word lists of
those rules. Helpers of :mod:`corpus.figure_rules`; the categories the words around a
number settle alone ("a father of five") are :mod:`corpus.figure_settled`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from corpus.figure_captives import THING_KINDS
from corpus.figure_checks import _OF_OWN
from corpus.figure_clauses import QUALIFIED, of_before
from corpus.figure_cues import Cues
from corpus.figure_lexicon import currency_before, lexicon
from corpus.numbers import NumberMention
from corpus.speaker_lexicon import demonyms

__all__ = [
    "ARMED_PEOPLE", "BODIES_OF", "CONTAINERS", "NEW_CLAUSE", "NEW_REPORT", "NOT_NOUNS",
    "OF_THEM", "PREPOSITION_BEFORE", "RELATIVE_OPENING", "TEAM_OF", "compound_cue",
    "currency_before", "evacuated_not_displaced", "group_before_and", "head_noun", "head_of",
    "noun_phrase", "pair_referred_to", "palestinian_bodies", "patients_not_displaced",
    "qualifier", "tents_not_aid", "things_set_to",
]  # fmt: skip

# A word of a noun phrase; "MK84" and "2,000-pound" are words too. (Runs of letters are
# taken whole, "++": the same words as one letter a turn, with far fewer turns of the loop.)
# (an abbreviation with its dots is one word: "1,500 U.S. troops")
_WORD = re.compile(r"(?:[A-Z]\.){2,}(?![A-Za-z])|[A-Za-z0-9](?:[A-Za-z0-9'’-]++|[.,](?=\d))*")
_WHOLE = re.compile(r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+")
# What holds the thing counted after "of": "four tankers of fuel", "10 aircraft of aid"
# count the fuel and the aid ("40 testimonies of released detainees" counts testimonies)
CONTAINERS = frozenset({
    "tankers", "tanker", "loads", "planeloads", "shiploads", "boxes", "bags", "sacks",
    "packages", "parcels", "cartons", "containers", "aircraft", "planes", "flights", "ships",
    "vessels", "batches", "pallets", "units", "rounds", "consignments", "shipments", "kinds",
    "types", "sorts", "cases", "litres", "liters", "gallons", "barrels",
})  # fmt: skip
# "the bodies of (all) 28 deceased hostages": the dead are named before the count
BODIES_OF = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:all\s+|the\s+|only\s+|just\s+)*$")
# words after a number that name nothing by themselves: "24 more are still in Gaza"
NOT_NOUNS = frozenset({"more", "others", "other", "additional", "further", "extra"})
# a part of the count before: "of them", "of whom", "of those (serving life terms)"
OF_THEM = re.compile(r"of (?:them|whom|those)\b")


_MEASURE_ASIDE = re.compile(
    r"\(\s*[\d.,]+[\s-]*(?:kg|kilos?|kilograms?|lbs?|pounds?|tons?|tonnes?|mm|cm|km|"
    r"metres?|meters?|miles?|inch(?:es)?)\s*\)"
)


def noun_phrase(sentence: str, end: int) -> tuple[str | None, int, int]:
    """The noun phrase right after a number and its span: '193 people were killed' -> 'people'."""
    rest = sentence[end : end + 60]
    # (a quick first test: _OF_OWN opens with spaces and "of")
    skip = _OF_OWN.match(rest) if rest.lstrip()[:2].lower() == "of" else None
    if skip and (whole := _WHOLE.match(rest, skip.end())):
        skip = whole  # "1.7 million of Gaza's 2.3 million people": the people are counted
    offset = end + (skip.end() if skip else 0)
    rest = rest[skip.end() :] if skip else rest
    if "(" in rest:  # a measure in brackets is no part of it: "2,000-pound (907-kg) bombs"
        rest = _MEASURE_ASIDE.sub(lambda m: " " * len(m.group()), rest)
    words: list[str] = []
    last = 0
    lex = lexicon()
    kinds, stop = lex.categories.phrases, lex.phrase_stop
    last_kind = None  # cue kind of the last word taken
    for m in _WORD.finditer(rest):
        if rest[last : m.start()].strip(" -"):  # punctuation ends it
            break
        # four words at most, more in a name that modifies the noun ("four Royal Air Force
        # Typhoon jets")
        if len(words) >= 4 and (len(words) == 6 or not all(w[:1].isupper() for w in words)):
            break
        word = m.group(0)
        word = word if word[1:2] == "." else word.rstrip(".")  # ("U.S." keeps its dots)
        lowered = word.lower()
        # ("10 aircraft of aid": a container's contents belong to the phrase)
        held = lowered == "of" and last_kind and words[-1].lower() in CONTAINERS
        if lowered in stop and not held:
            break
        # a counted noun ends the phrase unless another follows ("Palestinian prisoners")
        kind = kinds.get(lowered.replace("’", "'"))  # CueIndex.kind(word)
        if last_kind and not kind and not held and not _forces_of(last_kind, words, lowered):
            break
        words.append(word)
        last, last_kind = m.end(), kind
    return (" ".join(words) or None), offset, offset + last


# a force named after a people's adjective: "two Israeli army positions", "three US Navy
# destroyers" (the phrase goes on to the noun counted)
_FORCE_WORDS = frozenset({"army", "military", "navy", "naval", "air", "force", "marine"})


def _forces_of(last_kind: str, words: list[str], lowered: str) -> bool:
    return last_kind == "people" and lowered in _FORCE_WORDS and words[-1][:1].isupper()


def head_noun(phrase: str | None, in_phrase: list) -> str | None:
    """What the noun phrase after a number counts: its noun, past adjectives for people
    ("Israeli captives" -> hostage, "MK84 bombs" -> military); people when nothing else."""
    if not phrase:
        return None
    kinds = set()
    for _, _, kind, _ in in_phrase:
        if kind not in {"release", "held", "people", "weight"}:
            return kind
        kinds.add(kind)
    return "people" if "people" in kinds else "weight" if "weight" in kinds else None


def head_of(sentence: str, n: NumberMention, cues: list) -> str | None:
    """Kind of the cue the number is "of" ("the deaths of at least 12"), else None."""
    m = of_before().search(sentence, max(0, n.start - 40), n.start)
    if not m:
        return None
    # the cue ends right before "of", or ends with it ("remains of")
    of = m.start()
    for _, kind, _, e in cues:
        if of - 1 <= e <= of + 2:
            return kind
    return None


def group_before_and(sentence: str, n: NumberMention, phrase: str) -> bool:
    """Whether ``phrase`` is a name that describes the people counted, joined to another by
    "and": "19 Hamas and Islamic Jihad militants were killed" counts militants."""
    if not phrase[:1].isupper():
        return False
    end = sentence.find(phrase, n.end) + len(phrase)
    return sentence.startswith(" and ", end) and sentence[end + 5 : end + 6].isupper()


def qualifier(cues: Cues, start: int) -> str:
    """'more than' / 'at least' ... in the (up to four) words right before the number
    (``cues``: the sentence's, with its tokens)."""
    # tokens are in order and do not overlap: both their starts and ends are sorted
    hi = bisect_right(cues.ends, start)
    lex = lexicon()
    # most numbers: the word before ends no cue, so none can match
    if not hi or cues.words[hi - 1] not in lex.qualifier_ends:
        return "exact"
    lo = bisect_left(cues.starts, max(0, start - 24))
    words = cues.words[max(lo, hi - 4) : hi]
    if not words:
        return "exact"
    table = lex.qualifiers
    for size in range(len(words), 0, -1):
        name = table.get(" ".join(words[-size:]))
        if name:
            return name
    return "exact"


# a preposition (and a qualifier) right before the number: "wounded in (at least) 73"
PREPOSITION_BEFORE = re.compile(
    # ("killed over 17,000 militants": after a casualty verb, "over" is a qualifier)
    r"\s+(?:in|during|across|by|(?<!killed\s)(?<!wounded\s)(?<!injured\s)(?<!killing\s)over)"
    r"\s+(?:(?:at\s+least|more\s+than|nearly|about|some|around|over|up\s+to|almost)\s+)?$"
)


# armed people, whom a casualty verb may count like civilians
ARMED_PEOPLE = re.compile(
    r"\b(?:soldiers|troops|fighters|militants|officers|personnel|reservists|peacekeepers)\b",
    re.IGNORECASE,
)
# a relative clause after the number's own: ", in which terrorists murdered some 1,200"
RELATIVE_OPENING = re.compile(r",\s+(?:in|during|after|by)\s+which\b|,\s+where\b", re.I)
# a clause with a subject of its own: ", and it employs ..."
# ("received 100 bodies before dark; Abed logged 61 patients": a clause after a semicolon
# with its own subject and verb)
NEW_CLAUSE = re.compile(
    r"(?i:,\s+(?:and|but)\s+(?:it|he|she|they|we|its|their)\s+[a-z]+)"
    r"|;\s+(?:(?i:it|he|she|they|we)\s+[a-z]+|(?:[A-Z][\w'’-]*\s+){1,3}(?:[a-z]+ed|said|says|told)\b)"
)
# a report of its own between a cue and a later count
NEW_REPORT = re.compile(r"\b(?:says|said|say|told|reports|reported|according\s+to|estimates?)\b")
# "its team of 12 at the hospital was unharmed": the size of a team, whatever is near
TEAM_OF = re.compile(
    r"\b(?:team|crew|staff|delegation)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$", re.I
)


# who is flown or driven out for care, or home: "35 patients", "some 5,000 sick and wounded
# children", "36 Kazakh citizens"
_FOR_TREATMENT = re.compile(r"\s+for\s+(?:medical\s+)?(?:treatment|care)\b")
_PATIENTS = re.compile(
    r"(?:(?:critically|seriously|chronically)\s+)?(?:ill|sick|injured|wounded|patients?)\b"
    r"|(?:[\w-]+\s+){0,3}(?:patients|in\s+need\s+of\s+(?:medical\s+)?evacuation"
    r"|citizens|nationals|foreigners|passengers)\b",
    re.IGNORECASE,
)
# "more than 60 people, including Slovak citizens and their relatives": the people are a
# state's citizens, flown or driven home
_INCLUDING_CITIZENS = re.compile(
    r"\s*,\s+(?:including|among\s+them|most\s+of\s+them)\s+(?:[\w-]+\s+){0,2}"
    r"(?:citizens|nationals)\b",
    re.IGNORECASE,
)


# the people of the war's own sides: their evacuation is displacement
_SIDES_PEOPLE = frozenset({
    "palestinian", "palestinians", "gazan", "gazans", "israeli", "israelis", "lebanese",
    "syrian", "syrians", "yemeni", "yemenis",
})  # fmt: skip


@lru_cache(maxsize=1)
def _nationals() -> frozenset[str]:
    """Demonyms of ``data/demonyms.csv`` as nouns for a state's people ("Kenyans",
    "Maltese", "Slovak"), but not the war's own sides."""
    names = {d.lower() for d in demonyms().values()}
    return frozenset(names | {d + "s" for d in names}) - _SIDES_PEOPLE


def _foreign_nationals(phrase: str) -> bool:
    """Whether a noun phrase names a state's people: "28 Kenyans", "Kazakh citizens"."""
    return any(word in _nationals() for word in phrase.lower().split()[:3])


_CARRIERS = frozenset({"aircraft", "plane", "planes", "flight", "flights", "airplane"})


def evacuated_not_displaced(sentence: str, phrase: str | None, cues: list | None = None) -> bool:
    """Whether the number counts patients or foreign citizens whose evacuation is all the
    sentence tells: a medical evacuation or a repatriation, not displacement ("Thirty-five
    patients, 22 of them children, were evacuated", "36 Kazakh citizens were evacuated").
    ``cues`` (the number's, nearest first) are checked when given."""
    if "vacuat" not in sentence:
        return False
    # a repatriation brings a state's citizens home: "bringing to more than 500 the number
    # of Mexicans and people of other nationalities repatriated"
    evacuees = "repatriat" in sentence or (
        phrase is not None
        and (
            _PATIENTS.match(phrase) is not None
            or _foreign_nationals(phrase)
            or _INCLUDING_CITIZENS.match(sentence, sentence.find(phrase) + len(phrase)) is not None
            # (flown out to be cared for: "the evacuation of 50 children for treatment")
            or _FOR_TREATMENT.match(sentence, sentence.find(phrase) + len(phrase)) is not None
        )
    )
    if cues is None:
        return evacuees
    fates = [
        (kind, s, e)
        for _, kind, s, e in cues
        if kind != "people"
        and not (kind == "held" and sentence[s:e] == "still")
        # the plane that flies them out: "a Mexican Air Force aircraft landed with 142
        # passengers evacuated from Tel Aviv"
        and not (kind == "military" and sentence[s:e].lower() in _CARRIERS)
    ]
    return (
        bool(fates)
        and all(kind == "displaced" and "vacuat" in sentence[s:e] for kind, s, e in fates)
        and evacuees
    )


def compound_cue(phrase: str, start: int) -> list[tuple[int, int, str, str]]:
    """The cue of the noun a number is hyphened to ("25-truck convoy"), which the
    sentence's cues miss: "25-truck" is one token."""
    word = phrase.split(" ", 1)[0].lower()
    kind = lexicon().categories.phrases.get(word)
    return [(start, start + len(word), kind, word)] if kind else []


# -- nouns and phrases that settle what a count is (used by figure_rules) --------------
# bodies a side keeps: "leaving the bodies of 24 others in Gaza", "has yet to hand over the
# remains of 16 hostages", "was still waiting for the bodies of 24 others"
LEFT_BEHIND = re.compile(
    r"\b(?:leaving|(?:yet\s+to|still\s+waiting\s+for|(?:has|have|had)\s+not\s+(?:yet\s+)?)"
    r"(?:\s*\w+){0,3}?)\s+(?:the\s+)?(?:bodies|remains)\s+of\s+(?:(?:all|the|another)\s+)?$",
    re.IGNORECASE,
)
# the bodies of Palestinians Israel hands back in an exchange: neither a toll nor prisoners
# ("Israel has returned the bodies of 330 Palestinians"; the gold sets mark them other)
_PALESTINIAN_BODIES = re.compile(
    r"\b(?:returned|return|returning|handed\s+(?:over|back)|hands?\s+(?:over|back)|handing\s+"
    r"(?:over|back)|released|transferred)\s+(?:the\s+)?(?:bodies|remains)\s+of\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_PALESTINIAN_DEAD = re.compile(r"(?:Palestinians|Gazans)\b")
RUBBLE = re.compile(r"\s+(?:metric\s+)?(?:tons|tonnes)\s+of\s+(?:rubble|debris|waste|garbage)\b")
# people of a country who "remain in Gaza" without being captives: "About 40 Irish citizens
# and their dependants remain in Gaza"
STRANDED_PEOPLE = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:citizens|nationals|residents|passport holders|expatriates|"
    r"dual nationals|workers)\b"
)
_CAPTIVE_WORDS = ("hostage", "captiv", "abduct", "kidnap", " held", "holding", "releas", "freed")


def stranded(sentence: str, phrase: str | None) -> bool:
    """Whether a state's people "remain in Gaza" without being captives."""
    low = sentence.lower()
    return (
        bool(phrase)
        and STRANDED_PEOPLE.match(phrase) is not None
        and not any(w in low for w in _CAPTIVE_WORDS)
    )


# "one of the men", "one of its fighters": counted only when a casualty ("the loss of
# one of its fighters")
ONE_OF = re.compile(r"(?i:one) of (?:the|them|its|his|her|their|those|these)\b")
CASUALTY_FATES = frozenset({"killed", "injured", "missing"})


def palestinian_bodies(sentence: str, n: NumberMention, phrase: str | None) -> bool:
    """'Israel has returned the bodies of 330 Palestinians': bodies an exchange hands back."""
    return (
        phrase is not None
        and _PALESTINIAN_DEAD.match(phrase) is not None
        and _PALESTINIAN_BODIES.search(sentence, max(0, n.start - 50), n.start) is not None
    )


# a pair referred to again: "the two men", "The two events were handled by ..." (the gold
# sets leave 22 such out; but "The two incidents occurred near hubs ..." counts what
# happened, as the dev set does, and "the two other ministers" counts)
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]hose|[Tt]hese)\s+$")
_COUNTED_PAIR = re.compile(
    r"\s+(?:incidents|attacks|strikes|raids|shootings|explosions|blasts|massacres|other)\b", re.I
)


def pair_referred_to(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is "two" in "the two men": a pair named again, not a count."""
    return (
        n.value == 2
        and _THE_BEFORE.search(sentence, max(0, n.start - 7), n.start) is not None
        and not _COUNTED_PAIR.match(sentence, n.end)
    )


# the number of things a count sets: "the number of aid trucks allowed into Gaza would be
# cut to | 300 a day", "it will cut the number of trucks allowed into Gaza to | 300 a day"
_SET = r"(?:cut|reduc|rais|increas|lower|limit|capp?|halv|doubl)"
_NUMBER_OF_SET_TO = re.compile(
    r"\bthe\s+number\s+of\s+(?P<things>[^,;.]{1,60}?)(?:\s+[^,;.\d]{0,60}?)?\s+"
    rf"(?P<set>(?:be\s+|been\s+|was\s+|is\s+|were\s+)?{_SET}(?:ed|d)?\s+(?:back\s+)?)?to\s+"
    + QUALIFIED
    + r"$",
    re.IGNORECASE,
)
_HURT = frozenset({"killed", "injured", "missing"})
_SETS_THE_NUMBER = re.compile(rf"\b{_SET}(?:e|es|ed|d|s|ing)?\s+$", re.I)


def things_set_to(sentence: str, n: NumberMention, cues: list) -> str | None:
    """The kind of things whose number is set to ``n`` (_NUMBER_OF_SET_TO): aid or arms."""
    window = max(0, n.start - 140)
    if sentence.find("number of", window, n.start) < 0:  # (a quick first test)
        return None
    m = _NUMBER_OF_SET_TO.search(sentence, window, n.start)
    if m is None or (
        # (with no verb between the things and the count, the verb sets it before them)
        m.group("set") is None and not _SETS_THE_NUMBER.search(sentence, window, m.start())
    ):
        return None
    if any(k in _HURT for s, _, k, _ in cues if m.start() <= s < n.start):
        return None  # "raising the number of its soldiers killed ... to 452": the dead
    kinds = [k for s, _, k, _ in cues if m.start("things") <= s < m.end("things")]
    return kinds[0] if kinds and kinds[0] in THING_KINDS else None


# patients in a hospital, counted beside the displaced who shelter there: "some 650 patients
# and about 7,000 displaced people were sheltering in the complex" (the read gold sets count
# them other, 7 of 7)
_PATIENTS_HEAD = re.compile(r"(?:[\w-]+\s+){0,2}?patients\b(?!\s+and\s+(?:their\s+)?displaced)")


def patients_not_displaced(phrase: str | None) -> bool:
    """Whether a count of the displaced is one of patients ("650 patients ... sheltering")."""
    return phrase is not None and _PATIENTS_HEAD.match(phrase) is not None


# tents that are no aid delivered: tents struck or flooded ("around 13,000 tents had been
# damaged", "the strike hit at least 15 tents") and a protest camp's ("About 70 tents remained
# on the mall"); the read gold sets count them other
_TENTS = re.compile(r"(?:[\w-]+\s+)?tents\b", re.IGNORECASE)
_TENTS_NOT_AID = re.compile(
    r"\b(?:damaged|destroyed|flooded|torn|burned|burnt|swept|blown|hit|struck|collapsed|"
    r"remained|remain|fill|filled|pitched|encampment|quad|lawn|mall)\b",
    re.IGNORECASE,
)


def tents_not_aid(sentence: str, n: NumberMention, phrase: str | None) -> bool:
    """Whether a count of tents is of tents struck or of a protest camp, not aid (the words
    that say so stand right around the count)."""
    return (
        phrase is not None
        and _TENTS.match(phrase) is not None
        and _TENTS_NOT_AID.search(sentence, max(0, n.start - 30), n.end + 45) is not None
    )
