"""Numbers that mark rather than count: clock times and page stamps, codes, tallies,
addresses and names ("Updated 21.40", "twelve past five", "F-35", "voted 13-0", "CC BY
4.0", "the Group of Seven"). Helpers of :func:`corpus.figure_checks.is_figure`; dates in
other calendars and languages are :mod:`corpus.figure_calendars`'s, phone lines
:mod:`corpus.figure_lines`'s.

>>> from corpus.numbers import find_numbers
>>> s = "The council voted 13-0 after twelve past five."
>>> [marks_a_date_or_a_code(s, n) for n in find_numbers(s)][:1]
[True]
"""

from __future__ import annotations

import re
import unicodedata

from corpus.figure_calendars import in_another_calendar_or_language
from corpus.figure_clauses import QUALIFIED
from corpus.figure_lexicon import lexicon
from corpus.numbers import NumberMention

__all__ = [
    "marks_a_date_or_a_code",
    "marks_a_time_or_a_place",
    "stamped",
]

_DOTTED_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")  # "19.31"
_CLASS_YEAR_BEFORE = re.compile(r"\b[A-Z][\w-]+\s[’']$")  # "Okafor ’| 26"

_VOTE_TALLY = re.compile(
    r"\b(?:vot(?:e|ed|es|ing)|passed|adopted|approved|rejected)\b[^.;]{0,20}?\b\d{1,3}-\d{1,3}\b",
    re.IGNORECASE,
)
# what a note's number may follow without a space: "prisons.(1)", "percent.[2]", "said”(3)"
_NOTE_AFTER = frozenset(".,;:!?\"”’')")
# a match's score: "a 3-0 defeat to Italy", "Norway beat Israel 5-0", "drew 1–1"
_SCORELINE = re.compile(
    r"\b(?:beat|beats|beaten|won|wins|lost|loses|drew|draws|defeated|thrashed|trailing|leading)"
    r"\b[^.;]{0,30}?\b\d{1,2}[-–]\d{1,2}\b"
    r"|\b\d{1,2}[-–]\d{1,2}\s+(?:home\s+|away\s+)?(?:defeat|win|victory|loss|draw|thrashing|"
    r"drubbing|scoreline|lead)\b",
    re.IGNORECASE,
)


_MEMBERSHIP = re.compile(
    r"\b(?:become\s+a\s+(?:member|subscriber|supporter|patron)|subscribe\s+(?:now|today|for|from)|"
    r"support\s+our\s+(?:journalism|work|reporting)|join\s+(?:us\s+)?(?:from|for)\s+(?=[£$€])"
    # "Join our community for as little as $6/month", "Join Jerusalem Post Premium Plus now
    # for just $5"
    r"|join\s+(?:our\s+\w+|[\w\s]{0,40}?\bpremium(?:\s+plus)?)\s+(?:now\s+)?(?:from|for)\s+"
    r"(?:(?:as\s+little\s+as|just|only)\s+)?(?=[£$€]))",
    re.IGNORECASE,
)
# the page's words about itself: "You've read 27 articles in the last year", "since we
# started publishing 200 years ago", "we started the Times of Israel ten years ago"
_OUTLET_ITSELF = re.compile(
    r"\b[Yy]ou(?:'ve|’ve|\s+have)\s+read\s+\S+\s+(?:free\s+)?articles?\b"
    r"|\bwe\s+(?:started|began|launched|founded)\s+(?:publishing|the\s+[A-Z][^.,;]{0,40}?)\s+"
    r"\S+\s+years\s+ago\b"
)
# a month and a day, then a second day: "Oct. 28 and 29", "August 15 and 16"
_DAY_RANGE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"\s+(?:and|into|to|or)\s+$"
)
# ... ending there: not "on October 7 and 12 people were wounded"
_DAY_END = re.compile(r"\s*(?:$|[,.;:)]|\s(?:when|with|in|at|as|after|before|that)\b)")
# a reader's price or gift: "for just $2 / month", "as little as $5 a month", "your first
# three months for £3", "Donate now: £30 could provide a trauma kit"
# (a price and a word of the appeal: not "$70.40 a week earlier", "$300 a month in aid")
_APPEAL_WORD = re.compile(
    r"\b(?:support(?:er|ing)?|subscri\w+|gift|donat\w+|contribut\w+|member(?:ship)?|readers?|"
    r"keep\s+(?:us|it)|free\s+to\s+read|conversation|ad-free|fund\s+(?:the|our)\s+\w+)\b",
    re.IGNORECASE,
)
# a newsroom's own fund drive: "We need to raise $350,000 by September 30", "a new goal: to
# raise $300,000 in online donations"
_FUND_DRIVE = re.compile(r"\b(?:[Ww]e\s+need\s+to|goal:?\s+(?:is\s+)?to)\s+raise\s+[$£€]")
_READERS_PRICE = re.compile(
    r"[$£€]\s?\d+(?:\.\d\d)?\s*(?:/|a|per)\s*(?:month|mo|year)\b|\bas\s+little\s+as\s+[$£€]"
    r"|\byour\s+first\s+\w+\s+(?:months?|weeks?|issues?)\s+for\s+[$£€]|\bdonate\s+now\b",
    re.IGNORECASE,
)
# (a direction and a numbered street may come between: "3148 W. 63rd St.")
# ("the charity's office at 9 Berry Hill Road": a name of up to three words)
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:(?:[A-Z][\w'’-]+\s+){1,3}|\d+(?:st|nd|rd|th)\s+)"
    r"(?:St|Street|Rd|Road|Ave|Avenue|Blvd|Boulevard|Lane|Square|Drive|Way|Place|Court)\b\.?"
)
# the number after the street's name: "on Avenida de Mayo 701", "Rua Augusta 27"
_STREET_BEFORE = re.compile(
    r"\b(?:Avenida|Calle|Carrera|Rua|Rue|Via|Viale|Corso|Straße|Strasse|Ulitsa)\s+"
    r"(?:(?:de|del|la|las|los|da|das|do|dos|di|della|des|du|[A-Z][\w'’.-]*)\s+){1,4}$"
)
_STREET_WORDS = ("Avenida", "Calle", "Carrera", "Rua ", "Rue ", "Via", "Corso", "Stra", "Ulitsa")
# "from 5 to 6pm", "between 9 and 11 a.m.": the first hour of a span of the clock
_TO_CLOCK = re.compile(r"\s*(?:to|and|until|-|–)\s*\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b", re.I)
# "since seven this morning", "until six in the evening": an hour, not a count
_CLOCK_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# (not "four to five months": a range)
_PAST_HOUR = re.compile(
    rf"\s+(?:minutes\s+)?past\s+{_CLOCK_WORDS}\b|\s+minutes\s+to\s+{_CLOCK_WORDS}\b", re.IGNORECASE
)
_MINUTES_PAST = re.compile(
    rf"\b(?:{_CLOCK_WORDS}|fifteen|twenty|twenty-five|\d{{1,2}})\s+(?:minutes\s+)?past\s+$",
    re.IGNORECASE,
)
_HALF_PAST = re.compile(r"\b(?:half|quarter)\s+(?:past|to)\s+$", re.IGNORECASE)
_CLOCK_BEFORE = frozenset(
    {"since", "at", "until", "till", "around", "before", "after", "from", "by"}
)
_CLOCK_AFTER = re.compile(  # (and "by 12 noon on Saturday", "at 12 midnight")
    r"\s+(?:(?:this|in\s+the|on\s+\w+)\s+(?:morning|afternoon|evening)|tonight|last\s+night|noon|"
    r"midnight|o['’]clock)\b",
    re.IGNORECASE,
)

# "The Times of Israel · Center · 5 hours ago": a feed's time stamp after a separator
_STAMP_SEPARATOR = re.compile(r"[·•|]\s*$")
# ... or after a dash, when it is "ago" ("relief campaign – 2 weeks ago"; not "2025 – Six
# weeks after")
_DASH_AGO = re.compile(r"(?:[–—]|\s-)\s*$")
_STAMP_BEFORE = re.compile(r"\b(?:updated|published|posted|edited|modified)\W*$", re.I)
_STAMP_WORD = re.compile(r"\b(?:updated?|posted|published)\s*:?\s*$", re.I)

_LIST_MARK = re.compile(r"[.)](?:\s|$)")


# a market page's quote: "ESLT Elbit Systems Ltd. 262.10 -1.85%"
_PRICE = re.compile(r"\d[\d,]*\.\d{2,3}")
_PRICE_CHANGE = re.compile(r"(?<![\w.])[+−-]\d+(?:\.\d+)?%")
# a station's frequency after its name ("Dubai Eye 103.8", "BFM 89.9")
_FREQUENCY = re.compile(r"(?:8[89]|9\d|10[0-7])\.\d")
_FREQUENCY_AFTER = re.compile(r"\s*(?:FM\b|app\b|[,.;:!?)\"”’'|]|$|(?:and|on|online|with)\b)")
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s$")
# "-30-": the mark that ends a press release
_END_MARK = re.compile(r"\s*[-–—]\s*30\s*[-–—]\s*")
# "Registered charity number: 1045315", "charity number CHY 5988": a registry's number
_REGISTRY_BEFORE = re.compile(
    r"\b(?:charity|company|registration|registered)\s+(?:number|no\.?)\s*:?\s*(?:[A-Z]{2,4}\s*)?$"
    # an office's address ("Suite 300", "P.O. Box 1234") and a page's counters ("Views: 1,204",
    # "Share 1440")
    r"|\b(?:Suite|Ste\.|P\.?\s?O\.?\s+Box)\s+$|^(?:.*\|\s*)?(?:Views?|Shares?|Reads?)\s*:?\s*$",
    re.IGNORECASE,
)
# "3-Minute Listen", "12.4k  Share  47 Comments", '1 thought on "..."': a page's buttons
# and counters
_BUTTON_AFTER = re.compile(
    r"-minute\s+(?:listen|read|watch)\b|\s+words\)|\s+(?:comments?|shares?|likes?|views?|replies|postings?|"
    r"kommentare|commentaires|comentarios|thoughts?\s+on|responses?\s+to)\b|"
    # ("Full Gallery: 14 Photos")
    r"\s+(?:photos|images|pictures)\s*$",
    re.IGNORECASE,
)
# "3:05 p.m. ET · 1 hr ago", "5 min ago": a feed's abbreviated time stamp
_SHORT_AGO = re.compile(r"\s*(?:hrs?|mins?|secs?|h|m|d|wks?)\.?\s+ago\b")
# a comment counter: "Readers' comments (2)"
_COMMENTS_BEFORE = re.compile(
    r"(?i:comments?|commentaires|kommentare|comentarios|reacties|conversation|replies|responses)"
    r"\s*\($"
)
# "View gallery (1 of 4)", "Photo 2 of 9": the place of a picture in a gallery
_GALLERY = r"\b(?i:gallery|photos?|images?|pictures?|slides?)\s*\(?"
_GALLERY_BEFORE = re.compile(_GALLERY + "$")
_OF_TOTAL = re.compile(r"\s+of\s+\d+\)?")
_DAY_PART_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight|this\s+morning)\b"
)
_PLACE_OF = re.compile(_GALLERY + r"\d+\s+of\s+$")
# "10 October, 12.00: The ceasefire comes into force": a chronology's date and hour
_DATE_BEFORE_CLOCK = re.compile(
    r"(?:\b\d{1,2}\s+[A-Z][a-z]{2,8}|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+$"
)
# "2 Majed al-Ansari (@majedalansari), post on X, November 27, 2023.": a footnote, a
# citation that ends with the date of its source
_CITATION_END = re.compile(
    r",[\"”]?\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\.?\s*$"
)
# "Figure 2: Returns to northern Gaza", "Table 3.": a label of a chart or a table
_LABEL_BEFORE = re.compile(r"\b(?:Figure|Fig\.|Table|Chart|Graph|Map|Graphic|Exhibit)\s$")
_LABEL_AFTER = re.compile(r"[:.)]|\s+[-–—|]\s")
# "Release No. 20251024-02": the second part of an identifier
_ID_BEFORE = re.compile(r"\d{6,}-$")
_LICENCE_BEFORE = re.compile(r"\bCC\s+BY(?:-[A-Z]{2}){0,2}\s+$")
_LICENCE_AFTER = re.compile(r"\s+(?:Unported|International|Generic|IGO)\b|\s+Licen[cs]e\b")
# a city after a postcode, ending the line: ", 1050 Brussels", "1, 53173 Bonn"
_PEOPLE_AFTER = re.compile(
    r"\s+(?:[A-Z]\w+\s+)?(?:people|Palestinians|Israelis|civilians|soldiers)\b"
)
_OPERATION_BEFORE = re.compile(r"\bOperation\s+(?:[A-Z][\w'’-]+\s+){1,3}$")
# "Ashland, OR 97520": the state before a ZIP code
_ZIP_BEFORE = re.compile(
    r"(?:,|\bWashington)\s+(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|"
    r"RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\s+$"
)
# "kl 22.47", "klo 7.30", "às 18.47", "at 21.00": the word before a dotted clock time
_CLOCK_WORD_BEFORE = re.compile(
    r"\b(?:kl|klo|kello|at|às|um|alle|a\s+las|à|from|until|till|by)\.?\s+$", re.IGNORECASE
)
_POSTCODE_AFTER = re.compile(r"\s+[A-Z][a-zé]+(?:[- ][A-Z][a-zé]+)?\s*(?:[,.]?\s*$|,\s+[A-Z])")


def _licence_version(sentence: str, n: NumberMention) -> bool:
    """'CC BY-SA 4.0', 'Creative Commons Attribution-NonCommercial 3.0 Unported License':
    the number is a Creative Commons licence's version."""
    if "CC BY" in sentence and _LICENCE_BEFORE.search(sentence, max(0, n.start - 14), n.start):
        return True
    return "Creative Commons" in sentence and _LICENCE_AFTER.match(sentence, n.end) is not None


# the length of a prison term: "serving sentences of more than 15 years", "sentenced to 20
# years", "a 15-year sentence" (no count of the war: the dev set leaves it out)
_TERM_BEFORE = re.compile(
    rf"\b(?:sentences?\s+of|sentenced\s+to)\s+{QUALIFIED}$",
    re.IGNORECASE,
)
_TERM_UNIT = re.compile(
    r"[\s-]+(?:years?|months?)\b(?:[\s-]+(?:prison|jail))?(?:[\s-]+sentences?)?"
)


def _prison_term(sentence: str, n: NumberMention) -> bool:
    unit = _TERM_UNIT.match(sentence, n.end)
    if unit is None:
        return False
    return bool(
        _TERM_BEFORE.search(sentence, max(0, n.start - 30), n.start)
        or "sentence" in unit.group().lower()
    )


def _in_a_link(sentence: str, n: NumberMention) -> bool:
    """Whether the number is part of a web address or a DOI (the word it sits in holds "://",
    "www." or "doi")."""
    if "/" not in sentence and "www." not in sentence:
        return False
    start = sentence.rfind(" ", 0, n.start) + 1
    end = sentence.find(" ", n.end)
    word = sentence[start : end if end >= 0 else len(sentence)]
    return "://" in word or "www." in word or word.startswith(("doi", "DOI"))


def _in_link_text(sentence: str, n: NumberMention) -> bool:
    """Whether the number sits in the text of a Markdown link or image left by a scrape
    ("[Read more: ...](https://...)", "![alt](https://...)"): another story's headline, a
    menu or a picture's alternative text, not the article's prose."""
    opened = sentence.rfind("[", 0, n.start)
    closed = sentence.find("](", n.end)
    return (
        opened >= 0
        and closed >= 0
        and "]" not in sentence[opened : n.start]
        and "[" not in sentence[n.end : closed]
    )


def _footnote(sentence: str, n: NumberMention) -> bool:
    """A footnote's number: opening a citation line ("2 Majed al-Ansari, post on X,
    November 27, 2023."), glued to a sentence's end ('"producing results."8 Hamas said'), or
    in brackets after it ("from its prisons.(1)", "percent.[2]").
    """
    if (
        n.start >= 2
        and sentence[n.start - 1 : n.start] in ("(", "[")
        and sentence[n.end : n.end + 1] in (")", "]")
        and sentence[n.start - 2] in _NOTE_AFTER
    ):
        return True
    if n.start <= 3 and not sentence[: n.start].strip():
        return sentence[n.end : n.end + 1] == " " and _CITATION_END.search(sentence) is not None
    before, after = sentence[n.start - 2 : n.start], sentence[n.end : n.end + 2]
    if len(before) < 2 or not (after == "" or (after[0] == " " and after[1:].isupper())):
        return False
    return (before[0] in ".,;" and before[1] in '"”’)') or (
        before[1] == "." and before[0].islower()
    )


def _symbol_before(sentence: str, n: NumberMention) -> bool:
    """'♡ 1,284  💬 96  ↻ 211': a post's counters, each after its symbol."""
    before = sentence[max(0, n.start - 3) : n.start].rstrip()
    if not before or before[-1].isascii() or unicodedata.category(before[-1]) != "So":
        return False
    # (a symbol that opens a line of text is its bullet: "📍 1,857 people have been killed")
    return not (sentence[: n.start].strip() == before[-1] and _WORDS_AFTER.match(sentence, n.end))


_WORDS_AFTER = re.compile(r"\s+[a-z]+\s+[a-z]+")


def _quote_or_frequency(sentence: str, n: NumberMention) -> bool:
    """A price on a market page's quote line or a radio station's frequency."""
    if "%" in sentence and _PRICE.fullmatch(n.text) and _PRICE_CHANGE.search(sentence):
        return True  # "Brent Crude Oil Mar 25 80.97 -1.12%"
    return bool(
        _FREQUENCY.fullmatch(n.text)
        and _NAME_BEFORE.search(sentence, max(0, n.start - 20), n.start)
        and _FREQUENCY_AFTER.match(sentence, n.end)
    )  # "you're listening to BFM 89.9"


def _readers_appeal(sentence: str) -> bool:
    """The page's appeal to its readers: "Become a member of Colombia Reports for $5 a
    month", "a supporter from £3 a month", "You can contribute as little as $2.", "We need
    to raise $350,000 by September 30"."""
    if " raise " in sentence and _FUND_DRIVE.search(sentence):
        return True
    if (" read " in sentence or " we " in sentence) and _OUTLET_ITSELF.search(sentence):
        return True
    if (
        "ecome a" in sentence
        or "ubscri" in sentence
        or "upport our" in sentence
        or "oin " in sentence
    ) and _MEMBERSHIP.search(sentence):
        return True
    return (
        ("$" in sentence or "£" in sentence or "€" in sentence)
        and _READERS_PRICE.search(sentence) is not None
        and _APPEAL_WORD.search(sentence) is not None
    )


def marks_a_date_or_a_code(sentence: str, n: NumberMention) -> bool:
    """A day of a date in another language or calendar, a page's clock stamp, a model or
    a vote tally, a licence, a postcode, a tax code, a membership appeal, an identifier or
    a list's item number."""
    if in_another_calendar_or_language(sentence, n):
        return True  # "20 Tevet, 5785", "13 Chaabane 1446", "2 mayo, 2024"
    if (
        n.end - n.start == 2
        and sentence[n.start - 1 : n.start] in ("’", "'")
        and _CLASS_YEAR_BEFORE.search(sentence, max(0, n.start - 30), n.start)
    ):
        return True  # "Samuel Okafor ’26, who stood at the back": a student's class year
    if "." in n.text and _quote_or_frequency(sentence, n):
        return True  # "Elbit Systems Ltd. 262.10 -1.85%", "on Dubai Eye 103.8"
    if _symbol_before(sentence, n):
        return True  # "♡ 1,284  💬 96": a post's counters
    if _REGISTRY_BEFORE.search(sentence, max(0, n.start - 36), n.start):
        return True  # "Registered charity number: 1045315"
    if len(sentence) < 60 and _BUTTON_AFTER.match(sentence, n.end):
        return True  # "3-Minute Listen", "47 Comments": the page's buttons
    if _SHORT_AGO.match(sentence, n.end):
        return True  # "1 hr ago": a feed's time stamp
    if "entence" in sentence and _prison_term(sentence, n):
        return True  # "60 serving sentences of more than 15 years": a term's length
    if sentence[n.start - 1 : n.start] == "(" and _COMMENTS_BEFORE.search(
        sentence, max(0, n.start - 16), n.start
    ):
        return True  # "Readers' comments (2)", "Voir les commentaires (412)"
    if _in_a_link(sentence, n) or ("](" in sentence and _in_link_text(sentence, n)):
        return True  # "doi: https://doi.org/10.1038/...", "[Hunter Biden convicted ...](https://"
    if (
        sentence.startswith(" of ", n.end)
        and _GALLERY_BEFORE.search(sentence, max(0, n.start - 12), n.start)
        and _OF_TOTAL.match(sentence, n.end)
    ):
        return True  # "View gallery (1 of 4)"
    if sentence.endswith("of ", 0, n.start) and _PLACE_OF.search(
        sentence, max(0, n.start - 20), n.start
    ):
        return True  # ... and the gallery's size
    if "." in n.text and _DAY_PART_AFTER.match(sentence, n.end) and _DOTTED_CLOCK.fullmatch(n.text):
        return True  # "It was 7.41 in the morning": a clock time
    if n.value < 100 and not n.is_word and _footnote(sentence, n):
        return True  # "8 U.S. Department of State, "...," November 28, 2023.", '"results."8'
    if _LABEL_BEFORE.search(sentence, max(0, n.start - 8), n.start) and (
        _LABEL_AFTER.match(sentence, n.end) or n.end == len(sentence)
    ):
        return True  # "Figure 2: Returns to northern Gaza": a chart's label
    if n.value == 30 and _END_MARK.fullmatch(sentence):
        return True  # "-30-": the end of a press release
    if sentence[n.start - 1 : n.start] == "-" and _ID_BEFORE.search(
        sentence, max(0, n.start - 16), n.start
    ):
        return True  # "Release No. 20251024-02"
    if "." in n.text and _DOTTED_CLOCK.fullmatch(n.text):
        if sentence.strip() == n.text:
            return True  # "16.10": a live page's time stamp on a line of its own
        if _STAMP_WORD.search(sentence, max(0, n.start - 12), n.start) or (
            not sentence[: n.start].strip() and sentence.startswith(":", n.end)
        ):
            return True  # "Updated 21.40", "UPDATE 21.40: The Red Cross ...", "21.40: ..."
        if sentence.startswith(":", n.end) and _DATE_BEFORE_CLOCK.search(
            sentence, max(0, n.start - 16), n.start
        ):
            return True  # "10 October, 12.00: The ceasefire comes into force"
        if _CLOCK_WORD_BEFORE.search(sentence, max(0, n.start - 12), n.start):
            return True  # "kl 22.47", "back at 22.00": a dotted clock time after its word
    if n.start >= 2 and sentence[n.start - 1] == "-" and sentence[n.start - 2].isalpha():
        return True  # F-35, COVID-19
    if "-" in (sentence[n.end : n.end + 1], sentence[n.start - 1 : n.start]) and _VOTE_TALLY.search(
        sentence, max(0, n.start - 30), n.end + 4
    ):
        return True  # "the Security Council voted 13-0": a tally of votes
    if (sentence[n.end : n.end + 1] in "-–" or sentence[n.start - 1 : n.start] in "-–") and any(
        m.start() <= n.start < m.end()
        for m in _SCORELINE.finditer(sentence, max(0, n.start - 40), n.end + 20)
    ):
        return True  # "a 3-0 defeat to Italy": a match's score
    if _licence_version(sentence, n):
        return True  # "Credit: UNRWA / Flickr / CC BY-NC 2.0": a licence's version
    if sentence.endswith("Group of ", 0, n.start):
        return True  # "the Group of Seven": a name
    if (
        n.value < 100
        and "Operation " in sentence
        and _OPERATION_BEFORE.search(sentence, max(0, n.start - 50), n.start)
        and not _PEOPLE_AFTER.match(sentence, n.end)
    ):
        return True  # "Operation Gallant Knight 3": the name of an operation
    if (
        n.end - n.start >= 4
        and sentence[n.start - 2 : n.start] == ", "
        and _POSTCODE_AFTER.match(sentence, n.end)
    ):
        return True  # "Rue de l'Arbre Bénit 44, 1050 Brussels": a postcode
    if len(n.text) == 5 and _ZIP_BEFORE.search(sentence, max(0, n.start - 16), n.start):
        return True  # "Ashland, OR 97520": a US ZIP code after the state
    if sentence.startswith("(c)", n.end) or sentence.endswith("(c)(", 0, n.start):
        return True  # "a 501(c)(3) nonprofit": a section of the tax code
    if _readers_appeal(sentence) or sentence.startswith(" free issues", n.end):
        return True  # "Become a member ... for $5 a month", "Try 6 free issues": the page's appeal
    if (
        n.value <= 31
        and not n.is_word
        and _DAY_RANGE_BEFORE.search(sentence, max(0, n.start - 24), n.start)
        and _DAY_END.match(sentence, n.end)
    ):
        return True  # "on Oct. 28 and 29, when ...", "October 28 into 29": the second day
    if len(n.text) >= 8 and n.text.isdigit():
        return True  # "BNA 20251118114233": an identifier or a stamp, not a count
    if "-" in (sentence[n.end : n.end + 1], sentence[n.start - 1 : n.start]) and _dashed_code(
        sentence, n
    ):
        return True  # "a registered non-profit, No. 58-006-5283", "500-11-22": a code
    return not sentence[: n.start].strip() and bool(_LIST_MARK.match(sentence, n.end))


_DIGITS_AND_DASHES = re.compile(r"[\d-]*")


def _dashed_code(sentence: str, n: NumberMention) -> bool:
    """Whether ``n`` is one group of three or more digit groups joined by dashes."""
    start = n.start
    while start > 0 and (sentence[start - 1].isdigit() or sentence[start - 1] == "-"):
        start -= 1
    token = sentence[start : _DIGITS_AND_DASHES.match(sentence, n.end).end()].strip("-")
    groups = token.split("-")
    return len(groups) >= 3 and all(g.isdigit() for g in groups)


def stamped(sentence: str, n: NumberMention, after: str) -> bool:
    """Whether a span with a relative word after it ("5 hours ago") is a page's time stamp:
    after "Updated", a feed's separator, or a dash when it is "ago"."""
    return bool(
        _STAMP_BEFORE.search(sentence, 0, n.start)
        or _STAMP_SEPARATOR.search(sentence, max(0, n.start - 4), n.start)
        or (_DASH_AGO.search(sentence, max(0, n.start - 4), n.start) and " ago" in after)
    )


def marks_a_time_or_a_place(sentence: str, n: NumberMention, previous: str, after: str) -> bool:
    """A time of day ("since seven this morning", "at half past eight", "twelve past five")
    or a street number ("9 Dror St."); ``previous`` is the word before the number,
    ``after`` the text after it."""
    if _STREET_AFTER.match(after):
        return True  # "9 Dror St.": an address
    window = sentence[max(0, n.start - 50) : n.start]
    if any(word in window for word in _STREET_WORDS) and _STREET_BEFORE.search(window):
        return True  # "in front of the embassy, on Avenida de Mayo 701": an address
    if n.value <= 12 and previous in ("from", "between") and _TO_CLOCK.match(after):
        return True  # "airs from 5 to 6pm": an hour
    if previous in _CLOCK_BEFORE and _CLOCK_AFTER.match(after):
        return True  # "since seven this morning", "at 10 last night": a time of day
    if previous in ("past", "to") and _HALF_PAST.search(sentence, max(0, n.start - 16), n.start):
        return True  # "at half past eight", "a quarter to six": a time of day
    if n.is_word and n.value < 60 and _PAST_HOUR.match(sentence, n.end):
        return True  # "It's twelve past five": minutes past the hour
    return bool(
        previous == "past"
        and n.is_word
        and n.value <= 12
        and _MINUTES_PAST.search(sentence, max(0, n.start - 30), n.start)
        and not lexicon().duration_after.match(sentence[n.end : n.end + 24])
    )  # "... twelve past five": the hour (not "the past two weeks")
