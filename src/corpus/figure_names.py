"""Numbers that are part of a name, a code or a page's counter, not counts.

A broadcaster's call sign and channel ("WANE 15's Alexis Cruz", "KCCI 8 News", "WDIV
Local 4", "101.9 WDET"), an outlet named by a number ("1440 Media", "told 24.kg"), a
market index ("the FTSE 100 rose to 8,390 points", "the Tel Aviv 35 Index"), a model
("36 ATMOS 2000 howitzers", "the Arrow 3 system"), a newsletter ("the Top 8"), a postal
district ("Dublin 2"), a citation ("BMJ 2024;386:q1884", "[2025] EWHC 1615"), an item's
number ("(1) Unanimously, ..."), a photo gallery's counter ("1 of
14") and a wire service's slug line ("UNI SNG RN 1405").

>>> from corpus.numbers import find_numbers
>>> sentence = "PFW political scientist Leah Morganstern talks with WANE 15's Alexis Cruz."
>>> names_with_a_number(sentence, find_numbers(sentence)[0])
True
"""

from __future__ import annotations

import re

from corpus.numbers import NumberMention

__all__ = ["names_with_a_number"]

# US and Canadian call signs (K..., W..., C...), with a suffix, the networks whose stations
# go by a channel number, and "Local 4"; not agencies whose initials look alike ("WHO 15")
_CALL_SIGN = r"(?!(?:WHO|WFP|WHA|WWF)\b)(?:[KW][A-Z]{2,3}|C[A-Z]{3})(?:-(?:TV|DT|FM|AM|CD))?"
_CALL_SIGN_BEFORE = re.compile(rf"(?<![\w-])(?:{_CALL_SIGN}|ABC|NBC|CBS|FOX|Fox|CW|PBS|Local)\s$")
_CALL_SIGN_AFTER = re.compile(rf"\s{_CALL_SIGN}\b")  # a frequency: "101.9 WDET"
# the outlet's own name: "1440 Media, Chicago, IL" (not "9 News reporters were")
_OUTLET_AFTER = re.compile(r"\s(?:Media|Daily|Digest)\b")
# a web address named as the outlet: "told 24.kg", "Use of materials of 24.kg"
_DOMAIN_AFTER = re.compile(r"\.(?:kg|kz|uz|az|am|ge|ru|ua|com|net|org|info|news|tv)\b")
# a market index and its level: "the FTSE 100", "S&P 500", "the Tel Aviv 35 Index"
_INDEX_BEFORE = re.compile(
    r"(?:\bS&P|\bFTSE|\bNikkei|\bDAX|\bCAC|\bTA|\bTel\s+Aviv|\bSTOXX|\bStoxx|\bRussell|"
    r"\bHang\s+Seng|\bASX|\bKOSPI|\bNifty|\bSensex|\bEGX|\bTASI)\s$"
)
_INDEX_AFTER = re.compile(r"\s(?:Index|index)\b")
_POINTS_AFTER = re.compile(r"\s+points\b")
# a model's number before what it names: "36 ATMOS 2000 howitzers", "the Arrow 3 system",
# "Mercedes-Benz Sprinter 519 chassis"
_MODEL_BEFORE = re.compile(r"(?<![.!?]\s)\b(?:[A-Z][a-z]+|[A-Z]{2,})\s$")
_MODEL_AFTER = re.compile(
    r"\s(?:system|systems|chassis|howitzers?|launchers?|interceptors?|batteries|battery|"
    r"missiles?|rockets?|rifles?|engines?|variant|model)\b"
)
# an aircraft maker before its model ("Boeing 787-9s", "an Airbus A320"), a numbered order
_MAKER_BEFORE = re.compile(
    r"\b(?:Boeing|Airbus|Embraer|Bombardier|Antonov|Ilyushin|Tupolev|Sukhoi|Cessna|"
    r"Gulfstream|Lockheed|Sikorsky)\s$"
)
_CALL_SIGN_AFTER = re.compile(r"\s[WK][A-Z]{2,3}\b(?![a-z])")
_DOCUMENT_BEFORE = re.compile(r"\b(?:Executive|Presidential|Military)\s+Order\s$")
_YEAR_IN_BRACKETS = re.compile(r"\s\((?:19|20)\d\d\)")
# "Sign up for the Top 8", "Dublin 2, D02 VY53", "BMJ 2024;386:q1884", "1 of 14"
_TOP_BEFORE = re.compile(r"\bthe\s+Top\s$")
_DISTRICT_BEFORE = re.compile(r"\bDublin\s$")
# a slideshow's or a page's counter alone on its line: "1 of 14", "3 / 12", "1 di 16", "5 von 20"
_GALLERY_LINE = re.compile(
    r"\s*\(?(?:(?i:page|photo|image|slide|foto|bild)\s+)?\d{1,3}\s*"
    r"(?:/|\b(?:of|di|de|von|sur|van|av|z|af|od)\b)\s*\d{1,3}\)?\s*"
)
# a division of a parliament: "Ayes 312, Noes 24", "The House divided: Ayes, 282; Noes, 12"
_DIVISION_BEFORE = re.compile(r"\b(?:Ayes|Noes|Nays|Yeas|Contents|Not[- ]Contents)[,:]?\s*$")
# a neutral citation: "[2025] EWHC 1615 (Admin)", "[2024] UKSC 12", "[2023] NZHC 3140"
_NEUTRAL_CITATION = re.compile(r"\[(?:19|20)\d\d\]\s+[A-Z]{2,8}(?:\s+(?:Civ|Crim|Admin))?\s$")
# a wire slug on a line of its own: two or more short capitalised desk codes, then the time
# a capitalised word after a number, and an ordinary word in lower case before it on the
# line (not a headline in title case, "Hamas Frees Three More Hostages", nor a sentence's start)
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_LOWER_BEFORE = re.compile(r"\b[a-z]{3,}\b[^.!?:;\"“‘(\n]*$")
# a headline after a rank: capitalised, and no stop at its end
_RANKED_HEADLINE = re.compile(r" [A-Z][^.!?\n]*[^.!?\s\"”]\s*$")
_SLUG_LINE = re.compile(r"\s*(?:[A-Z]{2,5}\s+){2,6}\d{3,4}\s*")


# a name in brackets that ends in a number, after a person's name: "(Eesti 200)"
_PARTY_IN_BRACKETS = re.compile(r"[a-z]\s\([A-Z][\w-]+\s$")


def names_with_a_number(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is part of a name, a code or a counter (see the module's examples)."""
    if n.is_word:
        # "told Fiji One News", "Nine News": a programme's name; "told Seven Days on
        # Wednesday": a capitalised number inside a sentence, before a capitalised word
        if not sentence[n.start].isupper():
            return False
        return sentence.startswith(" News", n.end) or (
            _CAPITAL_AFTER.match(sentence, n.end) is not None
            and _LOWER_BEFORE.search(sentence, 0, n.start) is not None
        )
    before = sentence[max(0, n.start - 14) : n.start]
    after = sentence[n.end : n.end + 16]
    # (the names before a number end in a capitalised word: a quick test, as most numbers
    # follow a verb or a preposition)
    last_word = before.rstrip().rpartition(" ")[2].lstrip("(\"'“‘[")
    if before.endswith(" ") and last_word[:1].isupper():
        if _CALL_SIGN_BEFORE.search(before):
            return True  # "WANE 15's Alexis Cruz", "KCCI 8 News at 6", "WDIV Local 4"
        if _INDEX_BEFORE.search(before) or _TOP_BEFORE.search(before):
            return True  # "the FTSE 100", "Sign up for the Top 8"
        if n.value <= 24 and _DISTRICT_BEFORE.search(before):
            return True  # "Dublin 2, D02 VY53"
        if "," not in n.text and _MODEL_BEFORE.search(before) and _MODEL_AFTER.match(after):
            return True  # "ATMOS 2000 howitzers", "the Arrow 3 system"
        if _MAKER_BEFORE.search(before) or _DOCUMENT_BEFORE.search(
            sentence, max(0, n.start - 30), n.start
        ):
            return True  # "its Boeing 787-9s", "under Executive Order 13928"
    if after.startswith(")") and _PARTY_IN_BRACKETS.search(before):
        return True  # "Foreign Minister Margus Tsahkna (Eesti 200)": a party's name
    if _CALL_SIGN_AFTER.match(after):
        return True  # "1010 WINS", "880 WCBS", "(1010 WINS)": a station named by its frequency
    if after.startswith(".") and _DOMAIN_AFTER.match(after):
        return True  # "told 24.kg"
    if _INDEX_AFTER.match(after) or (n.value >= 1000 and _POINTS_AFTER.match(after)):
        return True  # "the Tel Aviv 35 Index", "rose to 8,390 points"
    if "." in n.text and _CALL_SIGN_AFTER.match(after):
        return True  # "at 9 a.m. on 101.9 WDET"
    if sentence[n.start - 1 : n.start] == ";" and after.startswith(":"):
        return True  # "BMJ 2024;386:q1884": a volume
    if len(n.text) == 4 and _YEAR_IN_BRACKETS.match(after):
        return True  # "resolutions 2720 (2023), 2728 (2024) and 2735 (2024)"
    if sentence[n.start - 1 : n.start] == "(" and after.startswith(")") and "egistered" in sentence:
        return True  # "registered in England and Wales (220949), ... Isle of Man (0752)"
    if n.start == len(sentence) - len(sentence.lstrip()) and _OUTLET_AFTER.match(after):
        return True  # "1440 Media, Chicago, IL" opening a line
    if len(sentence) <= 40 and _GALLERY_LINE.fullmatch(sentence):
        return True  # "1 of 14" under a photo, "Page 2 of 5"
    if sentence[n.start - 1 : n.start] == "[" and after.startswith("]") and n.value < 1000:
        return True  # "... killed 12 people.[3]", "[1] Ministry of Health, daily report"
    if before.endswith(" ") and "]" in before and _NEUTRAL_CITATION.search(before):
        return True  # "[2025] EWHC 1615 (Admin)": a judgment's citation
    if (
        sentence[n.start - 1 : n.start] == "("
        and after.startswith(")")
        and n.value < 100
        and not sentence[: n.start - 1].strip()
    ):
        return True  # "(1) Unanimously, Finds that ...": an item's number
    if _DIVISION_BEFORE.search(before):
        return True  # "Ayes 312, Noes 24": a division's votes
    if (
        n.value <= 10
        and not n.is_word
        and n.start == len(sentence) - len(sentence.lstrip())
        and _RANKED_HEADLINE.match(sentence, n.end)
    ):
        return True  # "1 Calgary weather: Temperatures set to dip": a most-read list's rank
    return n.end >= len(sentence.rstrip()) and bool(_SLUG_LINE.fullmatch(sentence))
