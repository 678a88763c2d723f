"""Which numbers of a sentence are counts, and the cue words the rules read off it.

A number is not a figure when it is part of a date, a year, an age ("men over 50"),
a proportion ("nine in 10"), a weight or a model name, a reference ("the two sides")
or the count of the sources themselves ("two officials said"). The cue words are
data, in ``data/figure_lexicon.yaml``; :mod:`corpus.figure_rules` classifies what is
left.

>>> from corpus.numbers import find_numbers
>>> s = "Two officials said 12 people, nine in 10 of them children, were killed."
>>> [n.text for n in find_numbers(s) if is_figure(s, n)]
['12']
"""

from __future__ import annotations

import re

from corpus.figure_abroad import marks_abroad
from corpus.figure_ages import body_weight, is_age, tenure
from corpus.figure_cues import sentence_cues
from corpus.figure_intervals import untold_statistic
from corpus.figure_lengths import is_furniture, untold_length
from corpus.figure_lexicon import currency_before, lexicon
from corpus.figure_lines import names_a_line_or_a_channel
from corpus.figure_marks import (
    marks_a_date_or_a_code,
    marks_a_time_or_a_place,
    stamped,
)
from corpus.figure_names import names_with_a_number
from corpus.figure_proportions import is_proportion
from corpus.figure_sources import counts_sources
from corpus.figure_surveys import survey_detail
from corpus.figure_years import COUNT_VERBS, is_year
from corpus.numbers import NumberMention

# cue kinds that say what happened to the people counted
PEOPLE_VERBS = frozenset({"killed", "injured", "missing", "displaced", "hostage", "release"})
_COUNTED_STATES = PEOPLE_VERBS | {"held"}
_MORE = re.compile(r"^\s+(?:more|other)\b", re.I)
# a sentence that opens with the whole a later count is part of: "Of the 54 missions, ..."
OF_THE_WHOLE = r"\s*of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}"  # "Of the 54 aid missions"
_PART_OF = re.compile(rf"{OF_THE_WHOLE}\d", re.I)
# "-month-old": an age ("a two-month-old baby") unless a truce is that old
_OLD = re.compile(r"^-(?:day|week|month|year)-old\s+(?P<adjective>[\w-]+\s+)?", re.I)
# "of their own", "of Gaza's": what is counted follows ("only seven of Gaza's hospitals")
_OF_OWN = re.compile(
    r"^\s*of\s+(?:its|their|the|his|her|our|[A-Z][\w-]*['’]s)(?:\s+own)?\s+", re.IGNORECASE
)
_DETERMINERS = frozenset({"no", "the", "only", "any", "every", "each", "this", "that"})
_LAST_WORD = re.compile(r"([A-Za-z.]+)\s*$")
_FIRST_WORD = re.compile(r"[\s-]*([A-Za-z']+)")
_LAST_OF_LIST = re.compile(r"\d[^.]*\band\s+$")
_PUNCT = re.compile(r"[.;:,]")


_LAST_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _previous_word(sentence: str, start: int) -> str:
    """What ``_LAST_WORD`` finds in the 20 characters before ``start``, lower-cased."""
    window = sentence[max(0, start - 20) : start].rstrip()  # (rstrip takes what \s takes)
    i = len(window)
    while i and window[i - 1] in _LAST_WORD_CHARS:
        i -= 1
    return window[i:].lower()


def _next_word(sentence: str, end: int) -> str:
    m = _FIRST_WORD.match(sentence, end, end + 30)
    return m.group(1).lower() if m else ""


def _old_truce(after: str) -> bool:
    """'a two-month-old cease-fire': the age of a truce is how long it has lasted."""
    m = _OLD.match(after)
    if m is None:
        return False
    subjects = lexicon().duration_subjects
    # ("a two-month-old fragile truce", "the five-week-old ceasefire its first footing")
    return bool(subjects.match(after, m.end()) or subjects.match(after, m.start("adjective")))


def _part_of_earlier(sentence: str, n: NumberMention) -> bool:
    """'Of the 54 aid missions, only four were allowed': a part of the count the sentence
    opens with."""
    m = _PART_OF.match(sentence)
    return bool(m) and n.start >= m.end()


# ("... and that four more are still in Gaza", "the remains of four on Monday and four more
# on Tuesday")
_MORE_WITH_VERB = re.compile(
    r"\s+more\s+(?:are|were|remain|remained|have|had|was|is|on|overnight|later|today|yesterday|"
    # ("with three more to follow on Saturday", "three more would be freed")
    r"to\s+follow|would|will|could|should|to\s+be)\b"
)


_HURT_BEFORE = re.compile(
    r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:at\s+least\s+|another\s+)?$"
)


# a part of a body's member states: "Eleven | out of 27 EU member countries"
_OF_MEMBER_STATES = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?\d[\d,]*\s+(?:\w+\s+)?member\s")


def _counts_despite(sentence: str, n: NumberMention, following: str) -> bool:
    """Whether a word number counts although a reference word follows it: "two more
    soldiers were killed", "two other members were injured", "another six were killed" (not "the two were discussed")."""
    if following in ("more", "other"):  # "two other members of the force were injured"
        # "... and that four more are still in Gaza": more of the count before, with a verb
        return _counts_a_noun(sentence, n) or (
            following == "more"
            and (
                _MORE_WITH_VERB.match(sentence, n.end) is not None
                # "a strike on a house killed four more, officials said": the verb's victims
                or _HURT_BEFORE.search(sentence, max(0, n.start - 30), n.start) is not None
            )
        )
    if following in ("were", "are"):
        if _part_of_earlier(sentence, n):  # "Of the 54 missions, only four were allowed"
            return True
        if _parallel_part(sentence, n, following):
            return True  # "Of those, 189 were Palestinians, two were Israelis"
        # ("... and three are still in Gaza": a held cue counts captives too)
        tail = sentence_cues(sentence).categories
        return any(n.end < c[0] <= n.end + 25 and c[2] in _COUNTED_STATES for c in tail)
    return False


# a part in a list of parts said alike: ", two were Israelis" after "189 were Palestinians"
_LIST_ITEM_BEFORE = re.compile(r",\s+(?:and\s+)?$")
_DIGITS_THEN_VERB = re.compile(r"\b\d[\d,]*\s+(?:were|are)\b")


def _parallel_part(sentence: str, n: NumberMention, following: str) -> bool:
    """Whether a word number is a later item of a list whose first item, in digits, is
    said with the same verb: "189 were Palestinians, two were Israelis, and six were ..."."""
    if not _LIST_ITEM_BEFORE.search(sentence, max(0, n.start - 8), n.start):
        return False
    first = _DIGITS_THEN_VERB.search(sentence, max(0, n.start - 80), n.start)
    return first is not None and first.group(0).endswith(following)


_IN_TWO = re.compile(r"\s*(?:[.,;:)]|$|and\b)")
# (a place may come between: "a Gaza City mother of three")
# ("a father of five", "an Israeli-born mother of three")
_PARENT_OF = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:(?:[A-Z][\w'’-]*|\d+-year-old|[a-z]+-born)\s+){0,3}"
    r"(?:mother|father|parent)\s+of\s+$"
)


# when a service answers: "a 24-hour hotline", "staffed 24 hours a day", "365 days a year"
_SERVICE_HOURS = re.compile(
    r"-hour\s+(?:[\w-]+\s+)?(?:number|line|hotline|helpline|operations|cent(?:re|er)|service|desk|"
    r"press|emergency|duty|crisis|consular|call)|\s+hours\s+a\s+day\b(?!\s+(?:of|for)\b)|"
    r"\s+days\s+a\s+(?:year|week)\b",
    re.IGNORECASE,
)
# one person who speaks: "one resident told reporters", "one woman, who asked not to be
# named, said"
_ONE_SPEAKER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:resident|woman|man|witness|mother|father|official|source|"
    r"doctor|survivor|neighbou?r|relative|person|soldier|medic|nurse|diplomat|analyst|"
    r"activist|villager|displaced\s+man|displaced\s+woman)"
    r"(?:,\s+[^,.;]{3,60},)?\s+(?:said|says|told|added|recalled|explained|described|asked|"
    r"wrote|pleaded|insisted|noted|shouted)\b",
    re.IGNORECASE,
)
_PERCENT_RANGE = re.compile(r"\s*(?:to|and|or)\s+\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)")


def is_figure(sentence: str, n: NumberMention) -> bool:
    """Whether number ``n`` of ``sentence`` counts something.

    Not figures (dates are taken out before, by :mod:`corpus.figures`): years, ages,
    clock times, percentages, weights that modify a noun, model names (F-35),
    outlet and section numbers (Channel 12), ratios and references ("the two sides").
    """
    lex = lexicon()
    if (
        not n.is_word
        and len(n.text) == 4  # ("1,900", "1 900": counts)
        and 1900 <= n.value <= 2100
        and is_year(sentence, n, _previous_word(sentence, n.start), _next_word(sentence, n.end))
    ):
        return False
    if n.text[:1] == "0" and n.text[1:2].isdigit():
        return False  # "NPO 032-031", "09 1221": a code or a phone number, not a count
    if marks_a_date_or_a_code(sentence, n):
        return False  # "2 mayo, 2024", "Updated 21.40", "F-35", "voted 13-0", "CC BY 4.0"
    if marks_abroad(sentence, n):
        return False  # "23 h 58", "kl 22.47", "18.out.2023", a line in another language
    if names_with_a_number(sentence, n):
        return False  # "WANE 15's Alexis Cruz", "1440 Media", "UNI SNG RN 1405"
    if n.value == 1 and n.is_word and _ONE_SPEAKER.match(sentence, n.end):
        return False  # '"... died hungry," one resident told reporters': a speaker, not a count
    if n.value == 1 and _one_day_record(sentence, n):
        return False  # "the highest one-day toll of the war"
    if sentence.startswith(("-day", " day"), n.end) and _INDICATOR.match(sentence, n.end):
        return False  # "its 50-day moving average": a chart's indicator, not a span of the war
    after = sentence[n.end : n.end + 40]
    if (
        lex.skip_after.match(after)
        and not _old_truce(after)
        and not _displaced_times(sentence, n)
        and not attacked_times(sentence, n)
    ):
        return False
    if after[:1] == " " and _PERCENT_RANGE.match(after):
        return False  # "reductions of 15 to 25%", "between 70 and 75 per cent": a range of shares
    if after.startswith((" of", " out")) and _OF_MEMBER_STATES.match(after):
        return False  # "Eleven out of 27 EU member countries", "146 of the 193 member states"
    if lex.relative.match(after) and (
        n.value == 1
        # (a short line with "ago" is a feed's stamp; "Ten weeks later, the pier is gone." a span)
        or (len(sentence) < 40 and " ago" in after)
        or stamped(sentence, n, after)
    ):
        # "One day after the resolution", "Updated 2 hours ago": a day, a page's time
        # stamp ("six months after", "22 months ago" are spans)
        return False
    previous = _previous_word(sentence, n.start)
    if marks_a_time_or_a_place(sentence, n, previous, after):
        return False  # "at 10 last night", "twelve past five", "9 Dror St."
    if n.value == 1 and sentence.startswith(" family", n.end):
        return False  # "five members of one family": which family, not a count of families
    if _is_ratio(after) and not is_money(sentence, n):
        return False  # ("30 litres per person"; but "15,000 baht per person" is a sum)
    if is_proportion(sentence, n) or is_age(n, sentence, previous):
        return False
    if previous in lex.skip_before or counts_sources(sentence, n):
        return False
    if _SERVICE_HOURS.match(sentence, n.end) and (n.value in (24, 365, 7) or "-hour" in after[:6]):
        return False  # "Dirco's 24-hour operations centre", "open 365 days a year": a service
    if untold_length(sentence, n) or untold_statistic(sentence, n) or survey_detail(sentence, n):
        return False  # "a 42-second video", "ratio 1.58", "a sample of 1,012 adults"
    if body_weight(sentence, n, previous) or tenure(sentence, n, previous):
        return False  # "he had lost 22 kilograms in detention", "who has lived there for 20 years"
    if (
        previous == "of"
        and _PARENT_OF.search(sentence, max(0, n.start - 40), n.start)
        and not sentence.startswith(" of ", n.end)  # ("the mother of one of the hostages")
    ):
        return False  # "a mother of five": who she is, not a count (the gold sets, 16 to 6)
    if previous == "in" and n.value == 2 and _IN_TWO.match(sentence, n.end):
        return False  # "the corridor cuts the territory in two": split, not counted
    if is_furniture(sentence, n, lex.furniture_before) or names_a_line_or_a_channel(
        sentence, n, previous
    ):
        return False  # "Reading time: 4 minutes", "the hotline on 1868", "Nine's reporter"
    if n.is_word:
        following = _next_word(sentence, n.end)
        if following in lex.reference_nouns and not _counts_despite(sentence, n, following):
            return False
        # "the two discussed ...": after "the", a word number must name what it counts
        if (
            previous in _DETERMINERS
            and not _counts_a_noun(sentence, n)
            and not _part_of_earlier(sentence, n)
            # ("only nine of Gaza's 36 hospitals": a part of the whole counted after it)
            and not _PART_OF_A_COUNT.match(sentence, n.end)
            # ("Israel says ... and that four more are still in Gaza": "that" opens a clause)
            and not (previous == "that" and _MORE_WITH_VERB.match(sentence, n.end))
        ):
            return False
        if n.value == 1 and not _one_counts(sentence, n, previous, following):
            return False
    return True


# "the highest one-day toll of the war": a record's day (but a record measured over a span,
# "the first pause in seven weeks of war", stays a duration: the gold sets count it, 60 to 16)
# a market chart's indicators: "the 50-day moving average", "the 14-day Relative Strength Index"
_INDICATOR = re.compile(
    r"[-\s]day\s+(?:(?:simple|exponential|weighted)\s+)?(?:moving\s+average|MA|SMA|EMA|"
    r"relative\s+strength|RSI|high|low|volatility)\b",
    re.IGNORECASE,
)
_RECORD_BEFORE = re.compile(
    r"\b(?:highest|best|biggest|largest|deadliest|worst|sharpest|steepest|single)\s+$", re.I
)


def _one_day_record(sentence: str, n: NumberMention) -> bool:
    return sentence.startswith(("-day", " day"), n.end) and bool(
        _RECORD_BEFORE.search(sentence, max(0, n.start - 12), n.start)
    )


# "My parents have been displaced nine times", "had fled four times since March": how often
# people were driven out is a count of the displacement (the gold sets, 9 to 4)
# attacks counted by how often: "the school had been struck five times", "the rebels have
# attacked commercial vessels 27 times" (the gold sets count them, 9 to 1)
_ATTACKED_BEFORE = re.compile(
    r"\b(?:attacked|struck|hit|targeted|shelled|bombed|raided)\b[^.,;:]{0,45}$", re.IGNORECASE
)


def attacked_times(sentence: str, n: NumberMention) -> bool:
    """Whether "N times" counts attacks: an attack verb close before, in the same clause."""
    return sentence.startswith(" times", n.end) and bool(
        _ATTACKED_BEFORE.search(sentence, max(0, n.start - 60), n.start)
    )


# a family that moved, and moved again: "his family has moved five times since October",
# "They have moved seven times since October 2023" (the gold sets count it as displacement)
_MOVED_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:now|already|been\s+forced\s+to)\s+)?(?:moved|relocated)\s+$"
)


def moved_times(sentence: str, n: NumberMention) -> bool:
    """Whether "N times" counts how often a family moved: "has moved five times"."""
    return sentence.startswith(" times", n.end) and bool(
        _MOVED_BEFORE.search(sentence, max(0, n.start - 40), n.start)
    )


def _displaced_times(sentence: str, n: NumberMention) -> bool:
    """A displacement cue of the lexicon close before "N times", in the same clause."""
    if not sentence.startswith(" times", n.end):
        return False
    if moved_times(sentence, n):
        return True
    window = sentence[max(0, n.start - 50) : n.start]
    return any(
        kind == "displaced" and len(window) - end <= 26 and not _PUNCT.search(window, end)
        for _, end, kind, _ in lexicon().categories.find(window)
    )


def _is_ratio(after: str) -> bool:
    """Whether the text after a number makes it a ratio ("per capita")."""
    lex = lexicon()
    # the pattern is slow to fail; on ASCII text it needs the first word of one of its cues
    lowered = after.lower()
    if after.isascii() and not any(map(lowered.__contains__, lex.ratio_words)):
        return False
    return bool(lex.ratio.match(after))


def is_money(sentence: str, n: NumberMention) -> bool:
    """Whether a currency stands right before or after number ``n``: "$5", "Rs 500",
    "15,000 baht"."""
    lex = lexicon()
    if sentence[n.end : n.end + 1] == "¢":
        return True  # "down by 75¢/bl": cents
    before = sentence[max(0, n.start - 6) : n.start].lower().rstrip()
    if (
        n.start
        and sentence[n.start - 1] in "RPN"
        and not sentence[n.start - 2 : n.start - 1].isalpha()
        and not n.is_word
    ):
        # "R10 million" (rand), "P200,000" (peso), "N12.5 million" (naira): a one-letter code
        # written onto a large sum
        return n.value >= 1000
    return currency_before(before, lex.currency_before) or bool(
        lex.currency_after.match(sentence[n.end : n.end + 30])
    )


def _counts_a_noun(sentence: str, n: NumberMention) -> bool:
    rest = sentence[n.end : n.end + 80]
    rest = _OF_OWN.sub("", rest[m.end() :] if (m := _MORE.match(rest)) else rest, count=1)
    # (a body's name before the noun: "eight Palestine Red Crescent Society (PRCS) | medics")
    rest = _BODY_NAME_BEFORE.sub("", rest, count=1)[:40]
    rest = rest.lstrip(" -")
    lex = lexicon()
    if lex.duration_after.match(rest):
        return True
    # a plural noun, maybe after one modifier, before any cue: "the four generators still
    # running", "only four stabilization centres" (a "still" after it is no held captive)
    plural = _PLURAL_NOUN.match(rest) if n.value > 1 else None
    if plural and not lex.categories.find(rest[: plural.end()]):
        return True
    # the first or, after one adjective, the second word: "four Israeli hostages"
    cues = lex.categories.find(rest)
    found = [c for c in cues if c[0] <= len(rest) - len(rest.lstrip())]
    found = found or [c for c in cues if c[0] > 0][:1]
    if found and rest[: found[0][0]].count(" ") <= 1:
        return found[0][2] not in {"release", "held"}
    # any other plural noun: "the two incidents" (but not "the two sides", a reference)
    word = _next_word(rest, 0)
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss")


_BODY_NAME_BEFORE = re.compile(r"^\s*(?:[A-Z][\w'’-]+\s+){2,5}(?:\([A-Z][A-Za-z]+\)\s+)?(?=[a-z])")
_PART_OF_A_COUNT = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|[A-Z][\w-]+['’]s\s+)?\d")
_PLURAL_NOUN = re.compile(
    r"\s*(?:(?!(?:that|which|who|whom|the|an?|of|in|on|at|for|to|and|or|but|is|are|was|were|"
    r"have|has|had|will|would|more|other|also)\b)[a-z][a-z-]+\s+)?[a-z][a-z-]{2,}[^s\W]s\b"
)
_ADJECTIVES = re.compile(r"\s*(?:[a-z][a-z-]+\s+){1,2}")
# ... and the person's death or wound: "... staff members was killed"
_KILLED_AFTER = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:killed|wounded|injured)\b")


def _one_counts(sentence: str, n: NumberMention, previous: str, following: str) -> bool:
    """'one' is mostly a determiner ("one of the", "no one"); keep it before a counted noun.
    ``previous`` and ``following`` are the words around it (see :func:`is_figure`)."""
    if lexicon().duration_after.match(sentence[n.end : n.end + 24]):  # "only one day of work"
        return True
    if previous in _ONE_AS_PRONOUN:
        return False  # "the younger one died", "until the last one comes home", "without one"
    that_one = previous == "that" and following != "of" and _counts_a_noun(sentence, n)
    if previous in _DETERMINERS and not that_one:
        return False  # "no one" (but "said that one staff member had been killed" counts)
    if following == "of":  # "the loss of one of its fighters", not "one of its sites"
        rest = _OF_OWN.sub("", sentence[n.end : n.end + 40], count=1)
        if _ONE_OF_THE_EVENTS.match(rest):
            return False  # "One of the strikes killed an 18-month-old boy": which strike
        found = lexicon().categories.find(rest)
        # (an adjective or two may come first: "one of its international staff members")
        return (
            bool(found)
            and (
                found[0][0] <= 1
                or (
                    _ADJECTIVES.fullmatch(rest, 0, found[0][0]) is not None
                    and _KILLED_AFTER.search(sentence, n.end, n.end + 80) is not None
                )
            )
            and found[0][2] in {"people", "military", "hostage"}
        )
    if _counts_a_noun(sentence, n):
        return True
    if previous in COUNT_VERBS:
        return True  # "Israeli fire killed one patient and wounded six others"
    if _KILLED_AFTER.search(sentence, n.end, n.end + 60):
        # "one foreign UN staff member was killed": a person hurt, adjectives between
        found = lexicon().categories.find(sentence[n.end : n.end + 40])
        if (
            found
            and found[0][2] == "people"
            and sentence.count(" ", n.end, n.end + found[0][0]) <= 4
        ):
            return True
    if following in ("was", "were") and _COUNT_BEFORE_IN.search(sentence, 0, n.start):
        return True  # "three projectiles were launched; one was intercepted": one of them
    # the last item of a list: "81 Hamas members, ... and one from the Democratic Front"
    return bool(_LAST_OF_LIST.search(sentence, 0, n.start))


# the events a "one of" picks one from: an attack, not a count of attacks
_ONE_OF_THE_EVENTS = re.compile(
    r"(?:air\s*strikes|strikes|attacks|raids|bombings|blasts|explosions)\b"
)
# the words before a "one" that stands for a person or a thing named before
_ONE_AS_PRONOUN = frozenset(
    {"younger", "older", "elder", "youngest", "oldest", "eldest", "last", "next", "little",
     "new", "other", "another", "without", "latest", "same", "right", "wrong"}
)  # fmt: skip
# a count earlier in the sentence that a later "one" is part of
_COUNT_BEFORE_IN = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+s\b", re.IGNORECASE
)


def marks_nothing_counted(category: str, value: float, value_text: str) -> bool:
    """Whether a number of no category is a label rather than a count: a digit under ten
    (news spells such counts out, so "question 5", "Khalifa 4", "by 16 votes to 1", "the
    University of Algiers 3" are labels, ranks and tallies), or "one" ("one woman told AFP",
    "whatever one thinks"). The read gold sets: 6 of 74 such numbers annotated."""
    if category != "other":
        return False
    if value_text.lower() == "one":
        return True
    return value < 10 and value_text[:1].isdigit() and value == int(value)
