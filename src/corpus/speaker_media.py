"""Media outlets in speaker phrases: the outlet a phrase names ("a CNN news report" ->
"CNN"), the last one named before "the paper", and the shapes in which an outlet speaks
itself or through its reporter ("WAFA's correspondent", "Al Jazeera's Hani Mahmoud", "an
AFP tally"). Helpers of :mod:`corpus.speakers`; the statements stage reads
:func:`media_name` too, for the outlets that relay a statement. The names are data
(``data/media_outlets.txt``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.bodies import clean
from corpus.speaker_lexicon import media_outlets
from corpus.text import UPPER
from corpus.verbs import trie_regex

__all__ = ["CORRESPONDENT", "OUTLET_COUNTS", "REPORTER", "media_name", "outlet_named_before"]


@lru_cache(maxsize=1)
def _media_pattern() -> re.Pattern[str]:
    # the longest name wins at a position, as in an alternation sorted longest first
    alt = trie_regex(sorted(media_outlets()))  # (lower-case keys)
    return re.compile(r"(?<![\w-])(?:" + alt + r")(?![\w-])", re.IGNORECASE)


# a newspaper the list does not hold, by the shape of its name: "Süddeutsche Zeitung", "De
# Standaard", "the Tulsa World Herald" (capitalised words before a newspaper's noun)
_NEWSPAPER_SHAPE = re.compile(
    rf"(?<![\w-])(?:[{UPPER}][\w'’.-]*\s+){{1,3}}(?:Zeitung|Times|Post|Journal|Gazette|Herald|Tribune|"
    r"Standaard|Courier|Chronicle|Telegraph|Observer|Inquirer|Dispatch|Presse|Krant|"
    r"Tageblatt|Rundschau|Kurier|Dagblad|Courant|Examiner|Enquirer|Advertiser|Sentinel|"
    # ("Ottawa Jewish Bulletin", "Jewish Standard", "Detroit Jewish News" is in the list)
    r"Bulletin|Standard|Mirror|Ledger|Register|Argus|Clarion|Beacon)(?![\w-])"
)


_FOR_OR_OF = re.compile(r"\s+(?:for|of|to)\s")


def outlet_named_before(text: str, position: int, window: int = 1500) -> str | None:
    """The last outlet the text names (capitalised) in the ``window`` characters before
    ``position``: what "the paper" or "the French daily" points back to."""
    lo = max(0, position - window)
    last = None
    for m in _media_pattern().finditer(text, lo, position):
        name = m.group()
        if name[:1].isupper() or (name[:4].lower() == "the " and name[4:5].isupper()):
            last = m
    for m in _NEWSPAPER_SHAPE.finditer(text, lo, position):
        if last is None or m.start() > last.start():
            last = m
    if last is None:
        return None
    return media_outlets().get(last.group().lower(), last.group())  # ("AL-QUDS AL-ARABI")


@lru_cache(maxsize=4096)
def media_name(phrase: str) -> str | None:
    """Outlet named in ``phrase`` as the text spells it ("a CNN news report" -> "CNN")."""
    text = clean(phrase)
    best = None
    for m in _media_pattern().finditer(text):
        if _common_words(m.group()):
            continue  # "the economist added": a person, not The Economist
        if best is None or len(m.group()) > len(best):
            best = m.group()
    if best is None and (shaped := _NEWSPAPER_SHAPE.search(text)):
        # (not an office: "Permanent Observer for the State of Palestine")
        office = shaped.group().startswith("Permanent ") or _FOR_OR_OF.match(text, shaped.end())
        best = None if office else shaped.group()
    return best


def _common_words(found: str) -> bool:
    """Whether an outlet's name is written as plain words ("the economist", "The economist
    noted") while the outlet capitalises a word after its first ("The Economist")."""
    # (one word keeps its outlet: "an Afp tally", "according to Wafa")
    return " " in found and found[1:].islower() and not media_outlets()[found.lower()][1:].islower()


CORRESPONDENT = re.compile(r"^.+?(?:'s|’s)\s+(?:\w+\s+)?(?:correspondent|reporter)s?$")
REPORTER = re.compile(
    r"^(?P<outlet>.+?)(?:'s|’s|(?<=s)['’])\s+(?:(?:\w+\s+)?(?:correspondent|reporter)\s+)?"
    rf"(?P<name>[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{1,3}})$"
)
# what an outlet counts or writes: "according to an AFP tally" is AFP's
OUTLET_COUNTS = frozenset({"tally", "tallies", "count", "analysis", "data", "figures", "report"})
