"""Numbers on pages from other countries that mark rather than count.

Clock times written the French or Portuguese way ("23 h 58"), a date with its month
abbreviated between dots ("18.out.2023"), the day a Brazilian page puts in brackets after
the weekday ("on Tuesday night (17)"), a day and month with dots ("(13.10.)"), relative
stamps in other languages ("for 3 minutter siden", "3 minuti fa") and a line written in
another language, such as a related link ("Hamas liberta 3 reféns e Israel solta 90
prisioneiros palestinos"). A helper of :func:`corpus.figure_checks.is_figure`; dotted clock
times ("kl 22.47"), ZIP codes, phone and payment numbers named in other languages are read
by :mod:`corpus.figure_marks` with their English kin, reading times by the lexicon's
``furniture_before``.

>>> from corpus.numbers import find_numbers
>>> s = "Publicerad 13 oktober 2025 23 h 58"
>>> [marks_abroad(s, n) for n in find_numbers(s)][-2:]
[True, True]
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.numbers import NumberMention

__all__ = ["marks_abroad"]

# "23 h 58", "19h20": the hour, then (below) its minutes
_H_CLOCK_AFTER = re.compile(r"\s?h\s?[0-5]\d\b")
_H_CLOCK_BEFORE = re.compile(r"\b(?:[01]?\d|2[0-3])\s?h\s?$")
# "18.out.2023", "20.jan.2025/AFP": a day, a month abbreviated between dots, a year
_DOTTED_MONTH_AFTER = re.compile(
    r"\.(?:jan|fev|feb|mar|abr|apr|mai|may|jun|jul|ago|aug|set|sep|out|oct|okt|nov|dez|dec|"
    r"dic|ene)\.(?:19|20)?\d\d\b",
    re.IGNORECASE,
)
# "on Tuesday night (17)": a Brazilian page gives the day of the month after the weekday
# (and "in a statement issued yesterday (16)", a Sri Lankan page's)
_WEEKDAY_BRACKET = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+\($"
)
# "Kathmandu, Asoj 29 (RSS):": a day of the Nepali calendar in a dateline
_NEPALI_MONTH_BEFORE = re.compile(
    r"\b(?:Baisakh|Baishakh|Jestha|Jeth|Asar|Ashadh|Shrawan|Saun|Bhadra|Bhadau|Asoj|Ashwin|"
    r"Kartik|Mangsir|Poush|Push|Magh|Falgun|Fagun|Chaitra|Chait)\s$"
)
# "(13.10.)": a day and a month, German and Nordic style
_DAY_MONTH = re.compile(r"(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])")
_STAMP_ABROAD = re.compile(
    # "for 3 minutter siden", "vor 5 Minuten", "il y a 3 heures", "hace 2 horas"
    r"(?:for|för|vor|il\s+y\s+a|hace|há)\s+$",
    re.IGNORECASE,
)
_STAMP_ABROAD_AFTER = re.compile(
    r"\s+(?:minut\w*|min\.?|sekund\w*|timer?|timmar?|tim\.?|stunden?|std\.?|heures?|horas?|"
    r"dage?|dagar|tagen?|jours?|d[ií]as?|minutos?|segundos?)\b",
    re.IGNORECASE,
)
_STAMP_AGO_AFTER = re.compile(
    # "3 minuti fa", "3 minuten geleden", "3 minuuttia sitten"
    r"\s+[a-zäöå]+\s+(?:fa|geleden|sitten|siden|sedan)\b"
)

# one of the words the stamps above start or end with: a quick test, once a sentence
_STAMP_WORDS = re.compile(
    r"\b(?:for|för|vor|hace|há)\s|\bfa\b|il\s+y\s+a|siden|sedan|geleden|sitten"
)
# English words common enough that an English line has one; and words of other languages
# (not English words too) that mark a line in French, Spanish, Portuguese, Italian, the
# Nordic languages, German or Dutch (not "do", "per", "non", "um" or the "al" of
# Arabic names, which English lines have)
_ENGLISH = frozenset((
    "the", "of", "and", "to", "is", "was", "were", "are", "has", "have", "had", "with", "for",
    "that", "this", "from", "by", "at", "it", "its", "as", "will", "would", "said", "says",
    "after", "into", "over", "not", "be", "been", "their", "they", "he", "she", "who", "which",
    "than", "but", "more",
))  # fmt: skip
_FOREIGN = frozenset((
    "e", "el", "los", "las", "que", "del", "y", "en", "de", "da", "dos", "das", "não",
    "em", "com", "para", "por", "como", "uma", "och", "att", "är", "för", "med", "som",
    "av", "på", "har", "inte", "til", "og", "er", "det", "af", "fra", "ikke", "blev", "und",
    "ist", "mit", "von", "auf", "zu", "dem", "für", "nicht", "ein", "eine", "le", "les",
    "des", "du", "et", "est", "une", "dans", "pour", "sur", "qui", "il", "della", "di",
    "che", "sono", "ja", "ei", "ovat", "että", "het", "een", "zijn", "niet",
    "tras", "sus",
))  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=512)
def in_another_language(sentence: str) -> bool:
    """A sentence with no common English word and two marks of another language (its
    function words, or lower-case words with letters English does not use): "Hamas
    liberta 3 reféns e Israel solta 90 prisioneiros palestinos"."""
    words = _WORD.findall(sentence)
    if len(words) < 4:
        return False
    marks = 0
    for word in words:
        if word in _ENGLISH or (word[0].isupper() and word.lower() in _ENGLISH):
            return False
        # (or words of another script: "الاثنين 27 تشرين الثاني 2023")
        if word in _FOREIGN or (not word.isascii() and (word.islower() or word[0] > "\u024f")):
            marks += 1
    return marks >= 2


@lru_cache(maxsize=512)
def _has_stamp_words(sentence: str) -> bool:
    """A quick test for :func:`_stamp_abroad`, once a sentence."""
    return bool(_STAMP_WORDS.search(sentence))


def _stamp_abroad(sentence: str, n: NumberMention, before: str) -> bool:
    """A relative stamp in another language: "for 3 minutter siden", "3 minuti fa"."""
    return bool(
        (_STAMP_ABROAD.search(before) and _STAMP_ABROAD_AFTER.match(sentence, n.end))
        or _STAMP_AGO_AFTER.match(sentence, n.end)
    )


# a time of day as a machine translation writes one ("à 16 heures", "alle 7"): "at 16 hours",
# "(6 hours in Paris)", "17 hours local"
_TRANSLATED_CLOCK = re.compile(
    r"\s+hours?\b(?!\s+(?:of|a\s+day|later|after|before|ago|notice)\b|’|')"
)
_AT_BEFORE = re.compile(r"\b(?:at|from|until|till)\s+$")
_SPAN_BEFORE = re.compile(
    r"\b(?:past|last|previous|first|next|just|over|within|in|for|every|the)\s+$", re.I
)
_LOCAL_HOUR = re.compile(
    r"\s+hours?\s+(?:local|GMT|UTC|in\s+(?:Paris|Rome|Madrid|Berlin|Gaza|Israel)\b)"
)


def marks_abroad(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is a clock time, a date or a time stamp as pages of other countries
    write them, or sits on a line in another language."""
    if n.is_word:
        return False
    before = sentence[max(0, n.start - 40) : n.start]
    if n.value <= 23 and _H_CLOCK_AFTER.match(sentence, n.end):
        return True  # "23 h 58"
    if (
        n.value <= 24
        and _TRANSLATED_CLOCK.match(sentence, n.end)
        and (_AT_BEFORE.search(before) or _LOCAL_HOUR.match(sentence, n.end))
        # ("killed in the past 24 hours in Gaza": a span, not a clock)
        and not _SPAN_BEFORE.search(before)
    ):
        return True  # "at 16 hours (17 hours local)": "à 16 heures", machine-translated
    if len(n.text) == 2 and "h" in before[-4:] and _H_CLOCK_BEFORE.search(before):
        return True  # the minutes of "23 h 58"
    if (
        "." in n.text
        and _DAY_MONTH.fullmatch(n.text)
        and sentence.startswith(".", n.end)
        and before.endswith("(")
    ):
        return True  # "(13.10.)"
    if n.value <= 31:
        if sentence.startswith(".", n.end) and _DOTTED_MONTH_AFTER.match(sentence, n.end):
            return True  # "18.out.2023"
        if sentence.startswith(")", n.end) and _WEEKDAY_BRACKET.search(before):
            return True  # "on Tuesday night (17)"
        if before.endswith(" ") and _NEPALI_MONTH_BEFORE.search(before):
            return True  # "Kathmandu, Asoj 29 (RSS):"
    if _has_stamp_words(sentence) and _stamp_abroad(sentence, n, before):
        return True  # "for 3 minutter siden", "3 minuti fa"
    return in_another_language(sentence)
