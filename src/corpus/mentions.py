"""Named people in running text: runs of capitalised words that may name a person.

:func:`name_chains` finds every run ("Israeli Prime Minister Benjamin Netanyahu",
"Saleh al-Arouri") in an article with two fast patterns; :func:`chain_person` says
whether a run names a person and splits off its title; :func:`split_joint` splits a
joint mention ("Netanyahu and Defense Minister Gallant") into its speakers. :mod:`corpus.coref`
pre-scans each article with them. :func:`without_verb_tail` trims a subject phrase that ran
on past its verb ("Antony Blinken landed in Tel Aviv and" -> "Antony Blinken").
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.name_forms import STATE_NOTE
from corpus.phrase_words import CLAUSE_OPENERS
from corpus.speaker_lexicon import (
    countries,
    is_expert_text,
    is_private_text,
    places,
    portfolio_words,
)
from corpus.speaker_media import media_name
from corpus.speakers import (
    body,
    body_before_name,
    clean,
    heads,
    honorifics,
    split_title,
    title_words,
    without_leading_place,
)
from corpus.text import UPPER

# A capitalised word, or "al-Sisi" / "el-Sayed". Atomic: giving back characters of a word
# can never let a chain go on (the next part must start after white space), only cost time.
# (a middle initial keeps its stop: "Lloyd J. Austin III", "John F. Kirby")
_CAP = rf"(?>[{UPPER}][\w’'\-]*[\w]|[A-Z]\.(?=[^\S\n][A-Z][a-z])|[{UPPER}]|(?:al|el)-[{UPPER}][\w’'\-]*)"
# (words of one line: "Photo: NRC" over the paragraph "Famine is ..." names no one; one
# space apart: "Tags: Gaza  Israel  Hamas  Yoko Kamikawa" lists four names)
_CHAIN_REST = rf"(?:[^\S\n](?:(?:al|el|bin|binti|bint|ibn|abu|ap|de|da|do|dos|das|del|della|di|du|van|von|of|for)[^\S\n])?{_CAP}){{1,8}}(?:['’]s)?"
# A run of capitalised words that may name a person ("Prime Minister Benjamin Netanyahu"):
# the one pattern rf"(?=[A-Zae]){_CAP}{_CHAIN_REST}", split by how the chain starts.
# Starting with a character class lets the engine jump between capitals instead of trying
# every position (twice as fast); "al-"/"el-" starts are found with str.find (name_chains).
_UPPER_CHAIN = re.compile(rf"[{UPPER}](?>[\w’'\-]*[\w])?{_CHAIN_REST}")
_LOWER_CHAIN = re.compile(rf"(?:al|el)-[{UPPER}][\w’'\-]*{_CHAIN_REST}")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
# a run of capitals after these names a place: "the family's house in Forest Hills", "a
# camp near Beit Lahia" (not a person a pronoun may mean)
PLACE_PREPOSITIONS = (" in ", " near ")


def name_chains(text: str) -> list[tuple[int, int, str]]:
    """(start, end, chain) of each run of capitalised words: what the single pattern
    ``(?=[A-Zae]){_CAP}{_CHAIN_REST}`` finds with finditer, about twice as fast.

    A chain starts either at a capital (``_UPPER_CHAIN``) or at "al-"/"el-"
    (``_LOWER_CHAIN``), never both at one position, so taking the earlier of the next
    match of each, as finditer does, gives the same chains.
    """
    out = []
    uppers = _UPPER_CHAIN.finditer(text)
    upper = next(uppers, None)
    lower = _next_lower_chain(text, 0)
    while upper is not None or lower is not None:
        if lower is None or (upper is not None and upper.start() < lower.start()):
            m = upper
            upper = next(uppers, None)  # finditer goes on from m.end(), as a search would
        else:
            m = lower
            if upper is not None and upper.start() < m.end():
                uppers = _UPPER_CHAIN.finditer(text, m.end())
                upper = next(uppers, None)
        out.append((m.start(), m.end(), m.group()))
        if lower is not None and lower.start() < m.end():
            lower = _next_lower_chain(text, m.end())
    return out


def _next_lower_chain(text: str, pos: int) -> re.Match[str] | None:
    """The first chain starting with "al-"/"el-" at or after ``pos`` ("l-" is rare: str.find)."""
    i = text.find("l-", pos + 1)
    while i >= 0:
        if text[i - 1] in "ae":
            m = _LOWER_CHAIN.match(text, i - 1)
            if m:
                return m
        i = text.find("l-", i + 1)
    return None


@lru_cache(maxsize=16384)
def chain_person(chain: str) -> tuple[str | None, str] | None:
    """(title, full name) when a run of capitalised words names a person, else None."""
    words = _POSSESSIVE.sub("", chain).split()
    while words and (words[0] in CLAUSE_OPENERS or words[0] == "The"):
        words = words[1:]
    if len(words) < 2:
        return None
    title, name = split_title(" ".join(words))
    person, link, _ = name.partition(" of ")
    if link and " " in person:  # "Jonathan Wittenberg of Masorti Judaism": the person
        name = person
    parts = [w for w in name.split() if w.lower() not in honorifics()]
    if body_before_name(" ".join(parts)):
        parts = parts[1:]  # "(Ambassador to the) UN Mike Waltz": a body, then the name
        name = " ".join(parts)
    if len(parts) < 2 or body(name) or media_name(name) or _is_body_like(name):
        return None
    if " ".join(parts[:3]).lower() in places() or " ".join(parts[:2]).lower() in places():
        return None  # "Khan Younis", "Deir al-Balah": a place
    return title, without_leading_place(" ".join(parts))


def member_of_place(text: str, start: int, chain: str) -> bool:
    """Whether a chain is an honorific's surname and a place: "(Mr.) Meeks of New York",
    a member called by their state, whose surname alone is the name."""
    person, link, _ = chain.partition(" of ")
    before = _HONORIFIC_BEFORE.search(text, max(0, start - 6), start)
    return bool(link) and " " not in person and before is not None


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+$")


def names_a_place(text: str, start: int, end: int, chain: str) -> bool:
    """Whether the name chain ``text[start:end]`` names a place, not a person: after "in" or
    "near" ("the family's house in Forest Hills, Queens"; not a possessive, "in Netanyahu's
    government"), or before a place noun in lower case ("al-Aqsa Martyrs hospital")."""
    if text.endswith(PLACE_PREPOSITIONS, max(0, start - 6), start) and not chain.endswith(
        ("'s", "’s")
    ):
        return True
    return _PLACE_NOUN_AFTER.match(text, end) is not None


_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:hospital|camp|refugee\s+camp|school|mosque|church|clinic|university|street|"
    r"square|crossing|corridor|neighbou?rhood|district|village|town|kibbutz|road)\b"
)


@lru_cache(maxsize=16384)  # (a run of capitalised words: the same names recur)
def person_keys(chain: str) -> tuple[str | None, str, tuple[str, ...]] | None:
    """(title, full name, lookup words) of a chain naming a person, as :mod:`corpus.coref`
    files it: an owning body's possessive dropped, looked up by its last and first word."""
    info = chain_person(chain)
    if info is None:
        return None
    title, full = info
    if full.startswith(_PICTURE_OF) and full.count(" ") >= 3:
        full = full.split(" ", 2)[2]  # "Photo of Hamish Falconer": a picture's label, the person
    owner, _, rest = full.partition(" ")
    if owner.endswith(("'s", "’s")) and " " in rest:
        full = rest  # "Fatah's Jamal Nazzal": the person, not the body
    elif (
        " " in rest
        and title is None
        and (is_private_text(owner.lower()) or is_expert_text(owner.lower()))
    ):
        title, full = owner.lower(), rest  # "Organiser Fionnuala Kerr": a description, a name
    parts = full.split()
    # ("Luiz Inácio Lula da Silva" is "Lula" too: the word before a particle)
    before_particle = [
        w for w, nxt in zip(parts[1:-1], parts[2:], strict=True) if nxt.lower() in _PARTICLES
    ]
    return title, full, tuple(dict.fromkeys((parts[-1], parts[0], *before_particle)))


_PARTICLES = frozenset({"da", "do", "dos", "das", "de", "del", "della", "di", "du"})
_PICTURE_OF = ("Photo of ", "Picture of ", "Image of ", "Portrait of ")


def _is_body_like(name: str) -> bool:
    last = name.split()[-1].lower()
    return last in heads() or last in _PLACE_ENDS


# the last words of places that are no one ("Shaul Hamelech Boulevard", "Hostages Square")
_PLACE_ENDS = frozenset(
    {"strip", "bank", "city", "east", "house", "council", "street", "road", "avenue",
     "boulevard", "square", "highway", "bridge", "crossing", "camp", "hospital"}
)  # fmt: skip


# a body's short form in brackets at the end of a phrase: "... in the Holy Land (ELCJHL)"
ACRONYM_AFTER = re.compile(r"\s+\([A-Z][A-Za-z]{1,9}\)$")
# a body's name: capitalised words and the small words between them ("Center for Jewish
# Nonviolence")
BODY_NAME = rf"[{UPPER}][\w’'-]*(?:\s+(?:and|of|for|the|[{UPPER}][\w’'-]*))+"
_NAMED_BODY = re.compile(rf"^(?:[Tt]he\s+)?{BODY_NAME}$")
# (not after a plural possessive inside a name: "the Commission of Detainees' and
# Ex-Prisoners' Affairs")
_JOINT = re.compile(r",\s+(?:and\s+)?|(?<![a-z]s['’])\s+and\s+")


# a ministry of several portfolios: "Ministry of Foreign Affairs, African Cooperation and
# Moroccan Expatriates"
_CAPITALISED = rf"[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*)*"
_PORTFOLIOS = re.compile(
    rf"(?:[Tt]he\s+)?(?:[{UPPER}][\w’'-]*\s+)?(?:Ministry|Department)\s+(?:of|for)\s+"
    rf"{_CAPITALISED}(?:,\s+{_CAPITALISED})*,?\s+and\s+{_CAPITALISED}$"
)
_TITLE_LINKS = frozenset(
    {"of", "for", "the", "and", "foreign", "affairs", "state", "defence", "defense"}
)


def _bare_title(part: str) -> bool:
    """'Deputy Prime Minister', 'Tánaiste': a title without a name."""
    written = part.split()
    words = part.lower().split()
    # (a demonym, a country, a party or a seat may open it: "Qatari Prime Minister and
    # Minister of Foreign Affairs Sheikh Mohammed ...", "SNP Westminster leader and
    # Aberdeen South MP Stephen Flynn")
    opening = 0
    while (
        opening < min(3, len(words) - 1)
        and written[opening][:1].isupper()
        and words[opening] not in title_words()
        and words[opening] not in ("the", "a", "an")  # ("The Israeli army": a body)
    ):
        opening += 1
    words = words[opening:]
    titled = [w for w in words if w in title_words()]
    return bool(titled) and all(w in title_words() or w in _TITLE_LINKS for w in words)


_PLACE_AFTER = re.compile(rf"\s+in\s+[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)?$")


def split_joint(phrase: str) -> list[str]:
    """'Netanyahu and Defense Minister Gallant' -> two phrases; 'Pentagon and State officials' stays."""
    if " and " not in phrase or body(phrase) or media_name(phrase) == clean(phrase):
        return [phrase]
    if ")" in phrase:
        # "Vanessa Frazier (Malta) and Samuel Žbogar (Slovenia)": each delegate's state
        phrase = STATE_NOTE.sub(lambda m: "" if m["state"] in countries() else m.group(), phrase)
    # ("the Hostages and Missing Families Forum in Israel": the name, then where the body is)
    named = _PLACE_AFTER.sub("", phrase) if " in " in phrase else phrase
    # (but "Sheba Medical Center and Ichilov Hospital" are two bodies: a body's head noun
    # before the "and")
    first_head = phrase.split(" and ", 1)[0].split()[-1].lower()
    two_bodies = heads().get(first_head) == "organization" and phrase[:1].isupper()
    if not two_bodies and (
        body(named)
        or (_NAMED_BODY.match(named) and heads().get(named.split()[-1].lower()) == "organization")
    ):
        return [phrase]  # "the Hostages and Missing Families Forum": one body's name
    if phrase.endswith(")") and _NAMED_BODY.match(ACRONYM_AFTER.sub("", phrase)):
        return [phrase]  # "the Palestinian News and Information Agency (WAFA)": one name
    if _PORTFOLIOS.match(phrase):
        return [phrase]  # "the Ministry of Foreign Affairs, African Cooperation and ...": one
    before_and = phrase.split(" and ", 1)[0]
    if ", " not in before_and and re.search(
        r"\s(?:for|from|at|with|in|who|whom|which)\s|(?<!Secretary)\sof\s", before_and
    ):
        # "a spokesperson for the Commission of Prisoners and Ex-Prisoners", "two officials
        # who spoke to Reuters and the BBC" (but a list of three names may hold one: "Medical
        # Aid for Palestinians (MAP), Christian Aid and ...")
        return [phrase]
    parts = [p.strip() for p in _JOINT.split(phrase) if p.strip()]
    # ("both X and Y", "criticised by the Government and by Jewish community leaders")
    parts = [re.sub(r"^(?:both|by)\s+", "", p, flags=re.IGNORECASE) for p in parts]
    if len(parts) < 2:
        return [phrase]
    if (
        all(
            _CAPITALISED_WORDS.fullmatch(p) and not body(p) and p not in countries()
            for p in parts[:-1]
        )
        and (
            _CONSTITUENCY_MEMBER.match(parts[-1])
            or (
                not two_bodies  # (not "Sheba Medical Center and Ichilov Hospital")
                and parts[-1][:1].isupper()
                and heads().get(_last_word(parts[-1])) == "organization"
            )
        )
    ):
        # "Inverclyde and Renfrewshire West MP Martin McCluskey" (a seat's name), "The
        # Foreign, Commonwealth and Development Office" (a body's): one speaker
        return [phrase]
    if all(_bare_title(p) for p in parts[:-1]) and not _bare_title(parts[-1]):
        return [phrase]  # "Deputy Prime Minister and Foreign Minister Ayman Safadi": one man
    if all(w in portfolio_words() for w in parts[0].split()):
        return [phrase]  # "Foreign Affairs and Foreign Trade Minister Kerrie Symmonds": one
    last_head = parts[-1].split()[-1].lower()
    first = parts[0]
    # a bare modifier before a shared head: "Israeli and Western leaders",
    # "Pentagon and Department of State officials"
    if first.lower() in heads():
        return parts  # "witnesses and hospital officials": two sources
    if len(first.split()) == 1 and last_head in heads() and not body(first) or (
        len(first.split()) == 1 and first[:1].isupper() and last_head in heads()
        and heads().get(last_head) == "anonymous"
    ):  # fmt: skip
        return [phrase]
    if any(not p[:1].isalpha() for p in parts):
        return [phrase]
    return parts


_CAPITALISED_WORDS = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
# a member named with their seat: "Renfrewshire West MP Martin McCluskey"
_CONSTITUENCY_MEMBER = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,4}(?:MP|MSP|MS|TD|MLA|AM|MEP)\s+[A-Z]")


def _last_word(phrase: str) -> str:
    return phrase.rsplit(None, 1)[-1].lower() if phrase.strip() else ""


# A subject phrase that ran on past its verb: "Antony Blinken landed in Tel Aviv on Thursday
# and" (..., told reporters), "Avichay Adraee ordered residents" (..., writing on X), "Hamas
# and" (its ally ..., saying): the name before the verb, or before a dangling "and"
_VERB_TAIL = re.compile(
    rf"(?<=[{UPPER}][\w'’.]|[a-z][\w'’.])\s+(?!(?:briefed|involved|based|named|quoted|cited|informed|"
    r"tasked|concerned|connected|linked|affiliated|allied|appointed|elected|detained|held|"
    r"stationed|embedded|assigned|posted|authorized|authorised|killed|wounded|injured|displaced|"
    r"freed|released|kidnapped|abducted|united|armed|interviewed|surveyed|polled|contacted|"
    r"asked|reached|related|dedicated)\b)[a-z]+ed\s+\S.*$"
)
_AND_TAIL = re.compile(r"\s+(?:and|or)$")
_MEDIA_REPORTS = re.compile(r"\b(?:media|press)\s+reports?$")
_RELATIVE_TAIL = re.compile(r"\s+[a-z]+ed\s+(?:with|for|at|in|on|to|from|under|alongside)")


def without_verb_tail(mention: str) -> str:
    """``mention`` without a verb and what follows it, when a capitalised word comes right
    before the verb; without a dangling "and"; "Israeli media reports" as "Israeli media".

    >>> without_verb_tail("Antony Blinken landed in Tel Aviv on Thursday and")
    'Antony Blinken'
    """
    if " " not in mention:
        return mention
    if (
        mention[0].isupper()
        and mention.endswith((" reports", " report"))
        and _MEDIA_REPORTS.search(mention)
    ):
        return mention.rsplit(None, 1)[0]  # "Israeli media reports said": the media
    if mention.endswith((" and", " or")):
        mention = _AND_TAIL.sub("", mention)
    cut = _VERB_TAIL.search(mention)
    if cut is None or _RELATIVE_TAIL.fullmatch(mention, cut.start()):
        return mention  # ("a spokesman for the charity Ms Pryce worked with": a relative clause)
    head = mention[: cut.start()]
    last = head.rsplit(None, 1)[-1]
    return head if last[:1].isupper() else mention
