"""Numbers that name a line, not a count: phone numbers, hotlines, emergency lines and
channels ("the hotline on 1868", "+44 20 7413 5566", "call 417-4000", "or 911 in an
emergency", "Nine's Sophie Walsh", "a 24-hour prayer line"). A helper of
:func:`corpus.figure_checks.is_figure`.

>>> from corpus.numbers import find_numbers
>>> s = "Call the hotline on 1868 after twelve past five."
>>> [names_a_line_or_a_channel(s, n, "on") for n in find_numbers(s)][:1]
[True]
"""

from __future__ import annotations

import re

from corpus.numbers import NumberMention

__all__ = ["names_a_line_or_a_channel"]

# "+44 (0) 20 7413 5566": the telephone number of a press release's contacts
_PHONE = re.compile(r"\+\d{1,3}(?:[\s().-]{1,3}[\dX]+){2,}")  # (or masked: "+972-3-XXX-XXXX")


# ... or written the local way: "905-555-0148", "(613) 555-0199", "020 7946 0321"
_LOCAL_PHONE = re.compile(
    r"\b\d{3}[-.]\d{3}[-.]\d{4}\b|\(\d{2,4}\)\s?\d{3,4}[-\s]\d{3,4}\b|\b0\d{1,4}\s\d{3,4}\s?\d{3,4}\b"
    # a toll-free line: "its helpline, 1800 425 3939", "1-800-555-0199"
    r"|\b1[-\s]?8\d\d[-\s]\d{3}[-\s]\d{3,4}\b"
    # an Australian free or local-rate line: "Kids Helpline ... 1800 55 1800", "1300 22 4636"
    r"|\b1[38]00\s\d{2,3}\s\d{3,4}\b"
    # a trunk prefix and groups of any length: "0221 92156-0", "0370 60 60 900"
    r"|\b0\d{2,4}(?:[\s-]\d{1,6}){2,}\b"
    # an area code and the number: "08-9965000"
    r"|\b0\d{1,2}-\d{6,8}\b"
    # a French number in pairs: "01 53 59 11 10"
    r"|\b0\d(?:[ .]\d\d){4}\b"
    # a seven-digit line after the word that dials it: "For details, call 417-4000"
    r"|\b(?:[Cc]all|[Dd]ial|[Pp]hone|[Tt]el\.?:?|[Tt]elephone)\s+\d{3}-\d{4}\b"
)
# an emergency line: "call police at 403-266-1234, or 911 in an emergency"
_EMERGENCY_LINES = frozenset({"911", "999", "112"})
_DIAL_BEFORE = re.compile(
    r"\b(?:call|dial|ring|phone|text)\s+(?:(?:police|us)\s+)?(?:on\s+|at\s+)?$", re.I
)
# an e-mail address: the line is a press contact, its numbers are no counts
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")


def _in_phone_number(sentence: str, n: NumberMention) -> bool:
    if "@" in sentence and _EMAIL.search(sentence):
        return True  # "Press office: 2304 | news@mcc.org"
    if "+" in sentence and any(m.start() <= n.start < m.end() for m in _PHONE.finditer(sentence)):
        return True
    before, after = sentence[n.start - 1 : n.start], sentence[n.end : n.end + 1]
    # (a digit group of a phone number has a space, a dash, a dot or a bracket on each side,
    # and a group between spaces has another group beside it)
    # (or ends the line: "Jonah Whitfield (804) 649-6000")
    # (a line may open with the number: "918-581-8393")
    if not ((not before or before in "(-. ") and (not after or after in "-. ),;\n")):
        return False
    if before + after == "  " and not (
        sentence[n.end + 1 : n.end + 2].isdigit() or sentence[n.start - 2 : n.start - 1].isdigit()
    ):
        return False
    return any(m.start() <= n.start < m.end() for m in _LOCAL_PHONE.finditer(sentence))


# (the digit groups of the number before this one may come between: "hotline on 301 4100",
# "its hotline, 02-572-8442", "the national police number, 100")
# (or in another language, or a payment app's: "Telefon 35 20 30 40", "MobilePay 10 20 30")
_HOTLINE = re.compile(
    r"\b(?:(?:hotline|helpline|phone\s+line|emergency\s+line|(?:police|emergency|phone|"
    r"telephone|contact)\s+number)\s*(?:number\s*)?(?:on|at|is)?\s*,?"
    r"|(?:telefon|telefone|teléfono|téléphone|tlf|puh|puhelin|asiakaspalvelu|kundeservice|"
    r"kundservice|kundtjänst|mobilepay|vipps|swish|bizum|mb\s?way|twint|blik)\.?\s*:?"
    # a labelled line: "Hotline for Egyptian Red Crescent donations: 15322"
    r"|(?:hotline|helpline)\b[^.;:\d]{0,50}:)"
    r"\s*(?:\d+[-\s])*$",
    re.I,
)
# "call the ministry on 330 9631", "contact West Midlands Police on 101" ...
# ... "send an SMS with the word GAZZE to 2868"
_CALL_ON = re.compile(
    r"\b(?:(?:call|ring|phone|contact(?:ed)?|reached)\b[^.;:\d]{0,40}?\s(?:on|at)|"
    r"(?:SMS|text(?:ing)?)\b[^.;:\d]{0,40}?\sto|call\s+or\s+text)\s+(?:\d+[-\s])*$",
    re.I,
)
# ... when the number ends the clause (not "contact them on 12 occasions")
_PHONE_TAIL = re.compile(
    r"(?:[-\s]\d+)*\s*(?:$|[.,;)\"”’']|(?:or|for|and|from|any\s*time|24/7|free)\b)"
)
_PHONE_WORDS = (
    "line", "number", "call", "contact", "ring", "phone", "text", "sms", "reach", "telef",
    "tél", "tlf", "puh", "asiakas", "kund", "mobilepay", "vipps", "swish", "bizum", "mb way",
    "mbway", "twint", "blik",
)  # fmt: skip
# "our 24-hour prayer line", "the first 24-hour news channel", "open 24 hours a day": a
# service's hours, not a span of the war
_SERVICE_HOURS = re.compile(
    r"-hour\s+(?:[a-z]+\s+)?(?:lines?|hotlines?|helplines?|channels?|stations?|news|services?)\b"
    r"|\s+hours\s+a\s+day\b",
    re.I,
)


# "Watch Talk on Freeview 237, Sky 526, Virgin Media 626": a channel's number on a platform
_PLATFORM_BEFORE = re.compile(
    r"\b(?:Freeview|Freesat|Sky|Virgin(?:\s+Media)?|YouView|DStv|GOtv|StarTimes|DirecTV|"
    r"Dish|Nilesat|Arabsat|Hot\s?Bird|Astra)\s+$"
)


# the last word of each platform's name, lower-cased (as figure_checks gives the word
# before the number): a quick first test
_PLATFORM_WORDS = frozenset({
    "freeview", "freesat", "sky", "virgin", "media", "youview", "dstv", "gotv", "startimes",
    "directv", "dish", "nilesat", "arabsat", "bird", "hotbird", "astra",
})  # fmt: skip


def names_a_line_or_a_channel(sentence: str, n: NumberMention, previous: str) -> bool:
    """A phone line ("the hotline on 1868", "+44 20 7413 5566") or a channel's or a
    programme's name ("Nine's Sophie Walsh", "K24 News at Nine")."""
    if n.is_word and sentence.startswith(("'s ", "’s "), n.end) and sentence[n.start].isupper():
        return True  # "Nine's Sophie Walsh": a network's name, not a count
    if (
        not n.is_word
        and previous in _PLATFORM_WORDS
        and _PLATFORM_BEFORE.search(sentence, max(0, n.start - 16), n.start)
    ):
        return True  # "Freeview 237, Sky 526": channels
    if previous == "at" and sentence.endswith("News at ", 0, n.start):
        return True  # "K24 News at Nine": a programme's name
    if n.value == 24 and _SERVICE_HOURS.match(sentence, n.end):
        hours = sentence[n.end : n.end + 14]
        if "-hour" in hours or "open" in sentence[max(0, n.start - 12) : n.start]:
            return True  # "a 24-hour prayer line", "open 24 hours a day"
    if n.text in _EMERGENCY_LINES and (
        _DIAL_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        or "emergenc" in sentence[n.end : n.end + 30]
    ):
        return True  # "or 911 in an emergency", "call 999"
    if not n.is_word and _names_a_phone_line(sentence, n):
        return True  # "call the department's hotline on 1868": a phone line
    return _in_phone_number(sentence, n)


def _names_a_phone_line(sentence: str, n: NumberMention) -> bool:
    window = sentence[max(0, n.start - 60) : n.start].lower()
    if not any(word in window for word in _PHONE_WORDS):
        return False
    if _HOTLINE.search(sentence, max(0, n.start - 70), n.start):
        return True  # "the hotline on 301 4100", "the national police number, 100"
    return bool(
        _CALL_ON.search(sentence, max(0, n.start - 60), n.start)
        and _PHONE_TAIL.match(sentence, n.end)
    )  # "or call the ministry on 330 9631."
