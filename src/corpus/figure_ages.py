"""Ages, a body's weight and how long someone has lived or worked somewhere are not figures:
"Umm Ahmad, 52, said", "men over 50", "Abigail turned 4", "since he was 19", "who has lived in
Finchley for 15 years". A helper of :mod:`corpus.figure_checks`.

>>> from corpus.numbers import find_numbers
>>> s = "Umm Ahmad, 52, said her youngest is six."
>>> [is_age(n, s, s[: n.start].split()[-1].strip(",").lower()) for n in find_numbers(s)]
[True, True]
"""

from __future__ import annotations

import re

from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention
from corpus.speaker_lexicon import first_name_genders
from corpus.text import AGE_IN_BRACKETS, UPPER

__all__ = ["body_weight", "is_age", "tenure"]

# (a name may have letters beyond ASCII: "Sólveig Ásgeirsdóttir, 41,")
# ("I treated a boy, 9, who had lost both parents", "whose son, 24, is on a farm placement")
# ("Mahmoud*, 11, told Save the Children": a name changed for the child's safety; "The
# Okemos pharmacist, 44, has an aunt ...": a person named by place and trade)
_NAME_COMMA = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿā-ž]+\*?|\b(?:boy|girl|son|daughter|man|woman|baby|child|toddler|"
    r"brother|sister|husband|wife|father|mother|nephew|niece|grandson|granddaughter|"
    # ("freed hostage, 85, describes days in the tunnels": one captive and her age)
    r"hostage|captive|detainee|prisoner|survivor|resident|grandmother|grandfather|"
    r"teenager|teen|student|farmer|shepherd|fisherman|paramedic|nurse|driver|"
    # ("The Dearborn Heights pharmacist, 34, has not heard", "her cousin, 17, had been held")
    r"pharmacist|doctor|physician|surgeon|dentist|teacher|engineer|worker|volunteer|activist|"
    r"journalist|photographer|baker|shopkeeper|trader|merchant|vendor|cousin|uncle|aunt|"
    r"refugee|evacuee|returnee|soldier|reservist|officer|lawyer|professor|researcher|mom|mum|"
    r"dad|caregiver|retiree|pensioner|widow|widower)"
    r"|\b[Tt]he\s+[A-Z][\w-]+\s+[a-z]{4,}"
    # ("one of the men, 20, was beaten to death ... and the second, 23, was shot")
    r"|\bone\s+of\s+(?:the|them|those)(?:\s+[a-z]+)?|\bthe\s+(?:first|second|third|other|"
    r"younger|elder|older|youngest|eldest)"
    # ("M.A., 34, a paramedic from Beit Lahia": a witness known by initials)
    r"|\b[A-Z]\.(?:\s?[A-Z]\.)+),\s*$"
)
# "Noa Argamani, 26; ..." "Shlomi Ziv, 41 —", '"...," said Boonma Saengthong, 56.'
_COMMA_AFTER = re.compile(r"\s*(?:[,);]|\.(?:\s|$)|\s[—–-]\s)")
_AGE_SPAN = re.compile(r"\s+(?:years?|months?)\s+and\s+\w+\s+(?:months?|weeks?|days?)\s+old\b")
_AGE_IN_BRACKETS = re.compile(AGE_IN_BRACKETS)
_NAME_BEFORE_BRACKET = re.compile(r"[A-Z][\w'’-]+\s?$")
# ("all aged 19 or 20", "two brothers, aged nine and 12", "the three women, aged 24, 28 and 31")
_AGE = r"(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)"
_AGE_RANGE = re.compile(
    rf"\baged\s+(?:between\s+|from\s+)?{_AGE}(?:,\s+{_AGE})*(?:,\s+|,?\s+(?:or|to|and)\s+)$", re.I
)
_BIRTHDAY_AFTER = re.compile(r"\s*(?:$|[.,;!?]|(?:years?\s+old|in|on|last|this|while|during)\b)")


# a person (a pronoun or a child) and a "to be" right before a small number
_PERSON_IS = re.compile(
    r"\b(?:he|she|I|you|we|they|youngest|eldest|oldest|son|daughter|boy|girl|baby|father|"
    r"mother|brother|sister|husband|wife|grandmother|grandfather|grandson|granddaughter|"
    r"uncle|aunt|cousin|nephew|niece|mum|mom|dad|employer|boss|neighbou?r|patient|who|"
    r"(?:one|eldest|youngest)\s+of\s+them)\s+"
    r"(?:is|was|am|are|were)\s+(?:only\s+|just\s+|now\s+|barely\s+)?$",
    re.IGNORECASE,
)
# a person's name as the subject: "Yazan Shaheen was 11 when", "Ahmed is 12 now"
_FIRST_NAME_IS = re.compile(
    rf"(?:^|[\s\"“])(?P<first>[{UPPER}][a-z]+)(?P<last>\s+[{UPPER}][\w'’-]+)?\s+(?:is|was)\s+"
    r"(?:only\s+|just\s+|now\s+|barely\s+)?$"
)


def _named_person_is(sentence: str, start: int) -> bool:
    m = _FIRST_NAME_IS.search(sentence, max(0, start - 30), start)
    # (a full name, or a first name the list knows: not "Rafah was 40.")
    return m is not None and (bool(m.group("last")) or m.group("first") in first_name_genders())


# "Emily was eight | when she was taken": how old someone was when something happened
_WHEN_TAKEN = re.compile(r"\s+(?:years?\s+old\s+)?when\s+(?:she|he|they|I|we)\b")
# and nothing counted after it: the end of the sentence, "and", "years old", "when", "now"
_AGE_AFTER = re.compile(r"\s*(?:$|[.,;!?\"”’'—–]|(?:and|but|when|now|years?\s+old)\b)")


def is_age(n: NumberMention, sentence: str, previous: str) -> bool:
    """'Umm Ahmad, 52, said', 'Louis Har (70)', 'men over 50': a small number between commas right after a
    name, or after "men over", "children under" ..."""
    if (
        sentence[n.start - 1 : n.start] == "("
        and _AGE_IN_BRACKETS.match(sentence, n.start)
        and _NAME_BEFORE_BRACKET.search(sentence, max(0, n.start - 30), n.start - 1)
    ):
        return True  # "Fernando Simon Marman (60) and Louis Har (70)"
    if n.value >= 120:
        return False
    lex = lexicon()
    if previous in lex.age_ends and lex.age_before.search(sentence, max(0, n.start - 25), n.start):
        return True
    if (
        previous in ("or", "to", "and") or sentence.endswith(", ", 0, n.start)
    ) and _AGE_RANGE.search(sentence, max(0, n.start - 40), n.start):
        return True  # "all aged 19 or 20", "aged 24, 28 and 31"
    if (
        previous == "then"
        and sentence.endswith(", then ", 0, n.start)
        and sentence.startswith(",", n.end)
        and _NAME_COMMA.search(sentence, max(0, n.start - 36), n.start - 5)
    ):
        return True  # "Joshi, then 23, was among ..." (not "rose to 20, then 30, then 40")
    if _AGE_SPAN.match(sentence, n.end):
        return True  # "who were 4 years and 9 months old"
    if previous in ("turned", "turns", "turning") and _BIRTHDAY_AFTER.match(sentence, n.end):
        return True  # "Abigail turned 4 in captivity" (not "turned 20 trucks away")
    if previous in ("is", "was", "am", "are", "were") and (
        (
            (
                _PERSON_IS.search(sentence, max(0, n.start - 30), n.start)
                or _named_person_is(sentence, n.start)
            )
            and _AGE_AFTER.match(sentence, n.end)
        )
        or _WHEN_TAKEN.match(sentence, n.end)
    ):
        # "My brother's youngest is six.", "since he was 19", "Now he is 41 and", "Yazan
        # Shaheen was 11 when a strike ...", "Yazan is 12 now."
        return True
    return (
        not n.is_word
        # (the comma after first: an anchored match fails faster than the search before)
        and bool(_COMMA_AFTER.match(sentence, n.end, n.end + 3))
        and bool(_NAME_COMMA.search(sentence, max(0, n.start - 30), n.start))
    )


_WEIGHT_CHANGES = frozenset({"lost", "lose", "losing", "gained", "gain", "shed", "dropped"})
_BODY_WEIGHT = re.compile(r"\s+(?:kilos|kilograms|kilogrammes|kg|pounds|lbs|stone)\b", re.I)
_WEIGHT_RANGE_WORDS = _WEIGHT_CHANGES | {"between", "and", "to", "or"}
_WEIGHT_RANGE = re.compile(
    r"\b(?:lost|lose|losing|gained|gain|shed|dropped)\s+(?:between\s+)?[\w.]+\s+(?:and|to|or)\s+"
    r"[\w.]+\s+(?:kilos|kilograms|kilogrammes|kg|pounds|lbs|stone)\b",
    re.IGNORECASE,
)


# "lost about 10 kilos": a weight change with a rough amount (the word before the number
# is the quick test)
_ROUGH_AMOUNTS = ("about", "around", "nearly", "almost", "some", "roughly", "over", "more than")
_ROUGHLY = frozenset(words.split()[-1] for words in _ROUGH_AMOUNTS)
_ROUGH_PATTERN = "|".join(w.replace(" ", r"\s+") for w in _ROUGH_AMOUNTS)
_CHANGE_THEN_ROUGHLY = re.compile(
    rf"\b(?:{'|'.join(sorted(_WEIGHT_CHANGES))})\s+(?:{_ROUGH_PATTERN})\s+$", re.IGNORECASE
)


def _weight_range(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is an end of a range of body weight lost or gained."""
    return any(
        m.start() < n.start < m.end()
        for m in _WEIGHT_RANGE.finditer(sentence, max(0, n.start - 40), n.end + 40)
    )


def body_weight(sentence: str, n: NumberMention, previous: str) -> bool:
    """Whether ``n`` is a body's weight lost or gained, or an end of such a range ("he had
    lost 22 kilograms in detention", "several had lost between five and eight kilograms");
    ``previous`` is the word before the number."""
    if previous in _WEIGHT_CHANGES and _BODY_WEIGHT.match(sentence, n.end):
        return True
    if (
        previous in _ROUGHLY
        and _BODY_WEIGHT.match(sentence, n.end)
        and _CHANGE_THEN_ROUGHLY.search(sentence, max(0, n.start - 30), n.start)
    ):
        return True  # "his mother had lost about 10 kilos"
    return previous in _WEIGHT_RANGE_WORDS and _weight_range(sentence, n)


# "who has lived in Finchley for 15 years", "who has directed the center for nearly two decades":
# a relative clause of what someone has done for years tells who they are (the read gold sets
# annotate none of eleven); "Our staff have worked under fire for two years" has no "who" and
# is the war's length
_TENURE_VERBS = (
    "lived|led|directed|run|served|taught|owned|managed|headed|studied|coached|chaired|"
    "practised|practiced|volunteered|covered|represented|edited|presided"
)
_TENURE_BEFORE = re.compile(
    rf"\bwho\s+(?:has|have|had)\s+(?:\w+ly\s+)?(?:{_TENURE_VERBS})\b[^.;:!?\"“”]{{0,60}}?"
    r"\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+|some\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_TENURE_AFTER = re.compile(r"\s+(?:years|decades)\b")


def tenure(sentence: str, n: NumberMention, previous: str) -> bool:
    """Whether ``n`` is how long someone has lived or worked somewhere, told in a clause
    about who they are ("Daniel Cohen, who has lived in Morningside for 20 years, said");
    ``previous`` is the word before the number."""
    return (
        previous in ("for", "than", "nearly", "almost", "about", "over", "some", "roughly")
        and _TENURE_AFTER.match(sentence, n.end) is not None
        and _TENURE_BEFORE.search(sentence, max(0, n.start - 110), n.start) is not None
    )
