"""Titles and names: where a title ends and a person's name begins.

:func:`split_title` splits "Israeli Prime Minister Benjamin Netanyahu" into its title and
its name; :func:`without_leading_place` and :func:`strip_honorific` tidy the name. The
word lists are data (:mod:`corpus.speaker_lexicon`); :mod:`corpus.speakers` re-exports
these functions for the stages that import them from there.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.bodies import clean
from corpus.speaker_lexicon import (
    countries,
    first_name_genders,
    honorifics,
    places,
    portfolio_words,
    title_words,
    titles,
)
from corpus.text import UPPER


def split_title(phrase: str) -> tuple[str | None, str]:
    """("Israeli Prime Minister", "Benjamin Netanyahu") from the whole phrase.

    The title is the longest run of leading words that contains an office word;
    capitalised nationality or body words before it ("Israeli", "US", "UNICEF")
    stay in the title.
    """
    words = clean(phrase).split()
    person, of, _body = " ".join(words).partition(" of ")
    if of and PERSON_NAME.fullmatch(person) and not set(person.lower().split()) & title_words():
        return None, " ".join(words)  # "Karim Nassar of the Levant Policy Centre": no title
    last_title = -1
    for i, w in enumerate(words[:-1]):
        low = w.lower().strip(",")
        if low in title_words() or low in honorifics() or low.rsplit("-", 1)[-1] in title_words():
            last_title = i  # ("Scottish Greens co-leader Patrick Harvie", "co-CEO")
    # "Secretary of State Antony Blinken": keep "of State" inside the title, and a
    # portfolio of several words ("Minister for Foreign Affairs and Trade Micheál Martin")
    while (
        last_title + 2 < len(words)
        and words[last_title + 1].lower() in ("of", "for", "in", "at", "to")
        and (
            words[last_title + 2][:1].isupper()
            # ("US secretary of state Antony Blinken": a title in lower case)
            or (words[last_title + 2] == "state" and words[last_title + 1].lower() == "of")
        )
        # ("spokesperson in Gaza Ashraf al-Qudra", "Ambassador to Israel Pedro Laylo": a
        # place, when a name of two words follows)
        and (words[last_title + 1].lower() in ("of", "for") or len(words) - last_title - 3 >= 2)
    ):
        last_title += 2
        while last_title + 3 < len(words) and words[last_title + 1] in portfolio_words():
            last_title += 1
        if all(w in portfolio_words() for w in words[last_title + 1 :]):
            last_title = len(words) - 1  # "Minister of Foreign Affairs": a title, no name
    if 0 <= last_title < len(words) - 1 and (" " + " ".join(words).lower()).endswith(
        _long_titles()
    ):
        last_title = len(words) - 1  # "The Chief of the General Staff": a title, no name
    if last_title < 0:
        return None, " ".join(words)
    title = " ".join(words[: last_title + 1])
    name = " ".join(words[last_title + 1 :])
    placed = _PLACE_WITH_THE.match(name)
    if placed:  # "Ambassador | to the UN Mike Waltz": the place belongs to the title
        title, name = f"{title} {placed.group(1)}", name[placed.end() :]
    return title, name


# "to the UN", "at the Vatican" before a name of two words or more
_PLACE_WITH_THE = re.compile(
    r"((?:to|at|in|for)\s+the\s+[A-Z][\w.’'-]*)\s+(?=[A-Z][\w’'-]*\s+[A-Z])"
)


# The words of a personal name ("Saleh al-Arouri", "Mohammed bin Abdulrahman"), for the
# patterns that find one: a capitalised word, then linked ones.
NAME_WORD = rf"[{UPPER}][\w’'-]+"
# (a middle initial may come before: "Marc B. Terrill")
NAME_LINK = rf"(?:\s+(?:[{UPPER}]\.\s+)?(?:(?:al|el|bin|binti|bint|ibn|abu|ap|de|da|do|dos|das|du|di|van|von|der|den|le|la|del|della)[\s-]){{0,2}}{NAME_WORD})"
# two or three capitalised words that may be a person's name: "Karim Nassar (of the ...)"
PERSON_NAME = re.compile(rf"{NAME_WORD}{NAME_LINK}{{1,2}}")


@lru_cache(maxsize=1)
def _long_titles() -> tuple[str, ...]:
    """The titles of several words that end in a capitalised word of their own ("chief of
    the general staff"), which :func:`split_title` would take for a name."""
    return tuple(" " + t for t in titles() if " of " in t)


def without_leading_place(name: str) -> str:
    """ "(spokesperson in) Gaza Ashraf al-Qudra" -> "Ashraf al-Qudra": a place before a
    name of two words or more is not part of it."""
    first_word, _, rest = name.partition(" ")
    # ("Ambassador to | Israel Pedro Laylo": a state, where a title's "to" cut the run)
    placed = first_word.lower() in places() or first_word in countries()
    return rest if " " in rest and placed else name


def strip_honorific(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in honorifics():
        words = words[1:]
    return " ".join(words)


# letters after a member's name: "Neale Richmond TD", "Layla Moran MP", "JESS PHILLIPS MP"
MEMBER_LETTERS = ("TD", "MP", "MLA", "MSP", "MS", "AM", "MEP", "MK", "MHK", "MPP", "MHR")
# letters after a name: "Adila Hassim SC", "Keir Starmer KC", "Jane Doe OBE", a member's
_POST_NOMINALS = frozenset(
    {"SC", "KC", "QC", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", *MEMBER_LETTERS}
)


def without_post_nominals(name: str) -> str:
    """The name without the letters an honour or a rank adds after it ("Adila Hassim SC")."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".,") in _POST_NOMINALS:
        words.pop()
    return " ".join(words)


def body_before_name(phrase: str) -> tuple[str, str] | None:
    """("UN", "Mike Waltz") for "UN Mike Waltz": the short form of a body, left over from a
    title cut before it ("US Ambassador to the"), then a personal name that opens with a
    known first name; else None."""
    m = _ACRONYM_THEN_NAME.fullmatch(phrase) if phrase[:1].isupper() else None
    return (m["body"], m["name"]) if m and m["first"] in first_name_genders() else None


_ACRONYM_THEN_NAME = re.compile(
    # ("U.N. Mike Waltz": the short form may have stops)
    rf"(?P<body>[A-Z]{{2,5}}|(?:[A-Z]\.){{2,4}})\s+(?P<name>(?P<first>{NAME_WORD}){NAME_LINK}{{1,2}})"
)
