"""The segments between commas (or dashes) before a reporting verb: a name ("James Elder"), a role
written before its holder ("A spokesperson for UNICEF"), an appositive ("a professor at
Y"), an unnamed source after an opening phrase; and a relative clause between a subject
and its verb ("A doctor who asked not to be named told"), and the subordinating word a
list of speakers may follow ("came after X, Y and Z called"). Helpers of
:mod:`corpus.subjects`; how a name itself is written is in :mod:`corpus.name_forms`, what
may stand between a speaker and its verb in :mod:`corpus.subject_asides`.
"""

from __future__ import annotations

import re

from corpus.body_shapes import ORG_WORD
from corpus.mentions import chain_person
from corpus.phrase_words import SOURCE_QUALIFIERS
from corpus.phrases import backward_np, is_possessive
from corpus.speaker_lexicon import first_name_genders, is_expert_text, is_private_text
from corpus.speakers import (
    head_type,
    heads,
    title_words,
)
from corpus.text import UPPER

# a conjunction opening the last clause: "..., while Russia's deputy ambassador, X, ..."
_CONJUNCTION_START = re.compile(r"^(?:while|whereas|but|and|although|though)\s+")


def capital_in_last_word(seg: str) -> bool:
    """Whether the last word of ``seg`` holds a capital (every name in it does: "al-Sisi")."""
    last = seg.rsplit(None, 1)[-1] if seg else ""
    return last.lower() != last


# A role phrase before a name: "A spokesperson for UNICEF", "Qatar's prime minister",
# "Its spokesperson", "Chancellor Olaf Scholz's spokesman", "FRANCE 24's correspondent".
ROLE_OPENING = re.compile(
    rf"^(?:(?:an?|the|its|his|her|their|our|another|one)\s|(?:[{UPPER}][\w.-]*\s+){{0,3}}[\w.-]+['’]s\s)",
    re.IGNORECASE,
)


# A place or time phrase that opens a clause: "In Jerusalem,", "Later on Monday,"
OPENER = re.compile(
    r"\s*(?:(?:In|At|From|Inside|Outside|Near|Meanwhile|Separately|Later|Earlier)\b[^,]{0,40},)?\s*"
)


def unnamed_after_opener(text: str, u0: int, head: tuple[int, int]) -> bool:
    """Whether ``head`` is an unnamed source ("a senior Israeli official") that opens its
    clause, at most after a place or time phrase."""
    phrase = text[head[0] : head[1]]
    return (
        phrase[:1].islower()
        and head_type(phrase) is not None
        and OPENER.fullmatch(text, u0, head[0]) is not None
    )


# "Chief Executive of", "US Ambassador to", "US envoy to"
_TITLE_OF = re.compile(r"(?:[A-Z][\w.-]*\s+){0,2}([A-Za-z][a-z-]+)\s+(?:of|for|at|to)\s")
_SHORT_FORM_END = re.compile(r"\s\([A-Z][A-Za-z]{1,9}\)$")


def role_before(text: str, u0: int, comma: int) -> str | None:
    """The role phrase that a following appositive name belongs to, if the clause opens with one."""
    start = max(u0, text.rfind("\n", u0, comma) + 1)
    # after the content, the role opens the last clause: '"...," a senior Hamas official,
    # Sami Abu Zuhri, told Reuters' / "..., the Thai prime minister, Srettha Thavisin, said"
    start = max(start, text.rfind(",", start, comma) + 1)
    role = text[start:comma].strip().lstrip("\"”’' ")
    role = _CONJUNCTION_START.sub("", role)  # "..., while Russia's deputy ambassador, X, ..."
    role = _TIME_OPENER.sub("", role)  # "On Monday afternoon the Foreign Secretary, X, told"
    for junk in (":", "—", "–"):
        role = role.rsplit(junk, 1)[-1].strip()
    # (a body's long name with its short form may make it longer: "the head of the UN
    # Relief and Works Agency for Palestine Refugees in the Near East (UNRWA)")
    # (or an academic's post with field, university and city: "A professor of international
    # relations at Mohammed V University in Rabat, Youssef Bennani, warned")
    longest = (
        18
        if role.endswith(")") and _SHORT_FORM_END.search(role)
        else 14
        if is_expert_text(role)
        # ("An orthopaedic surgeon from Harrow whose parents are sheltering in a UN school in
        # Khan Younis, Samir Haddad, said": a relative clause tells more of the person)
        else 18
        if " whose " in role or " who " in role
        # ("The head of the UN Human Rights Office in the occupied Palestinian territory,
        # Ajith Sunghay, told")
        else 13
    )
    if not role or "," in role or len(role.split()) > longest:
        return None
    if len(role.split()) > 10 and _NAME_THEN_VERB.search(role):
        return None  # "The IDF's spokesperson Avichay Adraee ordered residents of X": a clause
    # (or a bare role that ends in its title: "Ministry spokesperson, Ambassador Sufian Qudah,")
    bare_title = len(role.split()) <= 5 and role.rsplit(None, 1)[-1].lower() in title_words()
    # ... or a title with its body and no article: "Chairperson of the Namibia Palestine
    # Solidarity Committee, Tuhafeni Amukwaya, said"
    bare_title = bare_title or bool(
        (m := _TITLE_OF.match(role)) and m.group(1).lower() in title_words()
    )
    if not (ROLE_OPENING.match(role) or bare_title or _BARE_POST.match(role)):
        return None
    words = {w.lower().strip(".,") for w in role.split()}
    if (
        not words & (title_words() | frozenset(heads()) | _KIN)
        and not is_expert_text(role)
        and not is_private_text(role)
    ):
        # ("A Nigerian virologist, Prof. Ada Nwosu, said": an expert's role; "Its parish
        # priest, Fr Gabriel Romanelli, said": a private person's)
        return None
    return role


_NAME_THEN_VERB = re.compile(rf"[{UPPER}][\w'’-]*\s+[a-z]+ed\b")
# a post with no article that opens the sentence: "Political science professor at the
# University of Algiers 3, Dr. Lakhdar Benhammou, told APS"
_BARE_POST = re.compile(
    r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s+(?:professor|lecturer|researcher|analyst|expert|scholar|"
    r"fellow|economist|historian)\s+(?:at|of|in|with)\s"
)
# a time or place that opens the clause before its role: "On Monday afternoon | the ..."
# (or "This morning the Israeli Defence Minister, Israel Katz, said")
_TIME_OPENER = re.compile(
    r"^(?:(?:Late|Early|Later|Earlier)\s+)?(?:(?:On|In|At|By)\s+[A-Z]\w+"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:This|Last|Yesterday)(?:\s+(?:morning|afternoon|evening|night|week|month))?"
    r"|Today|Tonight|Overnight)\s+(?=(?:the|a|an)\s)"
)
# the members of a family, by their tie to another ("Hind's uncle")
_FAMILY = frozenset({
    "uncle", "aunt", "brother", "sister", "mother", "father", "son", "daughter", "cousin",
    "wife", "husband", "grandfather", "grandmother", "nephew", "niece",
})  # fmt: skip
# relatives named after their tie: "Hind's uncle, Ahmad Khalil, told reporters"
_KIN = _FAMILY | {"relative", "friend", "neighbour", "neighbor"}
KIN_OF = re.compile(
    rf"(?P<owner>[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,3}})['’]s\s+"
    rf"(?:{'|'.join(sorted(_FAMILY | {'mum', 'dad', 'partner'}))})\b"
)


# A capitalised role written as an appositive: "X, WHO Representative in the territory, said".
ROLE_LINK = re.compile(r"\s(?:in|of|for|at|to)\s")


# the last word of a role that only a person holds
_PERSON_TITLES = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "director", "coordinator", "minister",
     "envoy", "ambassador", "representative", "adviser", "advisor", "commander", "chairman"}
)  # fmt: skip


def titled(seg: str) -> bool:
    """Whether a segment between commas is a role ("WHO Representative in Gaza", or a
    body's name and the role: "UNICEF spokesman", "UNDP Assistant Administrator")."""
    words = seg.split()
    if (
        2 <= len(words) <= 5
        and len(words[0]) >= 2
        and words[0].isupper()  # a body's short form: "UNICEF spokesman", "WHO Representative"
        and words[-1].lower() in title_words()
    ):
        return True
    if (
        3 <= len(words) <= 5
        and words[-1].lower() in _PERSON_TITLES
        and words[0][:1].isupper()
        and words[1].islower()
        and words[0].lower() not in ("the", "a", "an")
        and not words[0].endswith(("'s", "’s"))
    ):
        return True  # its place and name, no article: "Gaza health ministry spokesperson"
    return (
        len(words) <= 12
        and any(w.lower() in title_words() for w in words[:4])
        and bool(ROLE_LINK.search(seg))
    )


# Last words of a role's object that are not a personal name ("Minister of Foreign
# Affairs", "Representative in the Occupied Palestinian Territory").
NOT_NAME_LAST = frozenset(
    [
        "Affairs",
        "States",
        "Nations",
        "Territory",
        "Territories",
        "Strip",
        "East",
        "West",
        "Region",
        "Republic",
        "Kingdom",
        "Emirates",
        "Arabia",
        "Authority",
        "Palestine",
        "Gaza",
        "Israel",
        "Lebanon",
        "Egypt",
        "Qatar",
        "Refugees",
    ]
)


# the owner may be a titled name and the role may carry words before its title:
# "President Donald Trump's Middle East envoy"
OWNED = re.compile(
    rf"(?:[{UPPER}][\w&.-]*\s+){{0,3}}[{UPPER}][\w&.-]*['’]s\s+(?P<role>(?:[\w-]+\s+){{0,3}}[\w-]+)"
)


def owned_role(seg: str) -> bool:
    """ "UNRWA's Commissioner-General", "President Donald Trump's Middle East envoy": a
    role owned by a body or a person, whose words hold a title."""
    m = OWNED.match(seg)
    return bool(m) and any(w.lower() in title_words() for w in m.group("role").split())


def ends_in_name(role: str) -> bool:
    """Whether a role runs on into its holder's name: "Secretary of State Antony Blinken"
    (a capitalised run of three or more words after the last small word, ending in a name)."""
    words = role.split()
    run = 0
    for word in reversed(words):
        if not word[:1].isupper() and not _NAME_PARTICLE.match(word):
            break
        run += 1
    last = words[-1] if words else ""
    name = words[-run:] if run else []
    if (
        len(name) == 2
        and (_NAME_PARTICLE.match(name[1]) or name[0] in first_name_genders())
        and chain_person(" ".join(name)) is not None
    ):
        # "foreign ministry spokesman Majed al-Ansari": a title, then a name (but not "the
        # U.N. Office for Project Services")
        return True
    return run >= 3 and last not in NOT_NAME_LAST and not ORG_WORD.fullmatch(last)


# a name's small word: "Majed al-Ansari", "Ursula von der Leyen"
_NAME_PARTICLE = re.compile(r"(?:al|el|bin|ibn|abu|de|van|von|der|da|du|le|la)(?:-|$)")


# an unnamed source that opens its sentence: "A U.S. contractor who worked at one of the sites"
_INDEFINITE_OPENING = re.compile(r"[\s\"“]*(?P<np>(?:An?|One)\s[^,;:()\"“”]{2,100}?)\s*")


def unnamed_opening(text: str, u0: int, comma: int) -> tuple[int, int] | None:
    """The span of an unnamed source ("A War Child worker in Deir al-Balah") that is all of
    ``text[u0:comma]``, when its head noun names a source."""
    if text[u0 : u0 + 4].lstrip(' "“')[:1] not in ("A", "O"):
        return None  # (most clauses: the quick test)
    m = _INDEFINITE_OPENING.fullmatch(text, u0, comma)
    if m is None:
        return None
    # ("A Civil Defence officer who took part in the recovery, speaking on condition of
    # anonymity, said": the head noun is the one before the relative clause)
    np = m.group("np").split(" who ", 1)[0]
    return m.span("np") if head_type(np) is not None else None


# a clause may open with its subject after one of these: "..., while a senior official said"
CLAUSE_JOINS = (" while", " whereas", " but", " and", " as")


_SUBORDINATOR = re.compile(r"\b(?:after|before|when|as|since|while|because|until|once)\s+(?=[A-Z])")


def last_subordinator(text: str, u0: int, hi: int) -> int | None:
    """End of the last subordinating word before ``hi`` ("... came after "), if any."""
    end = None
    for m in _SUBORDINATOR.finditer(text, u0, hi):
        end = m.end()
    return end


# "A doctor who asked not to be named told the BBC": a relative clause after the subject.
_RELATIVE_TAIL = re.compile(r"\s+who\s+[a-z][^,;:“”\"]{2,80}$")


def relative_subject(text: str, u0: int, hi: int) -> tuple[int, int, str | None] | None:
    """The subject of a verb that a relative clause separates from it, when it opens the clause."""
    if text.find(" who ", max(u0, hi - 90), hi) < 0:
        return None  # most subjects have no relative clause: skip the regex
    m = _RELATIVE_TAIL.search(text, max(u0, hi - 90), hi)
    if m is None:
        return None
    np = backward_np(text, u0, m.start())
    lead = text[u0 : np[0]].strip(" \n,") if np is not None else ""
    # (the clause opens the unit, or follows the quote it reports: '"...," a Hamas official
    # who asked not to be named told ...', or a clause before it: "..., while a senior
    # Egyptian official who requested anonymity said ...")
    # ... or an unnamed source after the content it reports: "Talks ended without a
    # breakthrough, a senior Egyptian official who requested anonymity told reporters")
    opens = (
        not lead
        or lead[-1] in '"”'
        or (" " + lead).endswith(CLAUSE_JOINS)
        or (
            np is not None
            and text[u0 : np[0]].rstrip().endswith(",")
            and text[np[0] : np[0] + 2] in ("a ", "an")
        )
    )
    if np is None or not opens or is_possessive(text[np[0] : np[1]]):
        return None
    last = text[np[0] : np[1]].split()[-1].lower()
    return (np[0], hi, None) if last in heads() else None


def not_the_speaker(text: str, u0: int, head: tuple[int, int]) -> bool:
    """Whether the phrase ``head`` before an appositive's comma is itself a role or a place
    set off between commas, so that the speaker stands before it: "X, UNICEF Representative
    in Sudan, speaking ...", "X, Plan International's Middle East humanitarian adviser, who
    is based in Amman, told", "X, from Highfields, whose aunt ..."."""
    phrase = text[head[0] : head[1]]
    role = titled(phrase) or (
        # (a role that ends in its title, no name after it; not a body: "Israel's military,
        # meanwhile, said")
        owned_role(phrase)
        and phrase.rsplit(None, 1)[-1][:1].islower()
        and head_type(phrase) != "organization"
    )
    # (an unnamed source opens its clause, at the unit's start or after the quote it
    # reports: "A staff member in Rafah, who asked ...", '"...", an Egyptian official with
    # knowledge of the negotiations, who requested anonymity, told')
    unnamed_opens = phrase[:2] in ("A ", "An", "a ", "an") and (
        head[0] == u0 or text[u0 : head[0]].rstrip().endswith(('",', "”,"))
    )
    if role and not ends_in_name(phrase) and not unnamed_opens:
        return True
    return bool(_PREPOSITION_ONLY.fullmatch(text, text.rfind(",", u0, head[0]) + 1, head[0]))


# a segment that is a preposition and its object: ", from Highfields,"
_PREPOSITION_ONLY = re.compile(r"\s*(?:from|of|in|at)\s+(?:the\s+)?")


def region_of_place(text: str, u0: int, comma: int, seg: str) -> bool:
    """Whether ``seg``, after ``comma``, is the region or state of the place before it
    ("in Selma, Alabama,", "of Beit Lahia, northern Gaza,")."""
    return bool(_PLACE_WORDS.fullmatch(seg)) and bool(
        _IN_PLACE_END.search(text, max(u0, comma - 40), comma)
    )


# ("northern Gaza", but not "visiting Israel": "Secretary of State Antony Blinken, visiting
# Israel, said" is no place's region)
_PLACE_WORDS = re.compile(r"(?:(?![a-z]+ing\s)[a-z]+\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?")
# ("at St Mary's University, Twickenham,": a name of three words; "in Sharm el-Sheikh,")
_IN_PLACE_END = re.compile(
    rf"\b(?:in|from|at|of)\s+[{UPPER}][\w'’-]+(?:\s(?:[a-z]{{2,3}}-)?[{UPPER}][\w'’-]+){{0,2}}$"
)


def between_dashes(text: str, u0: int, hi: int) -> tuple[tuple[int, int] | None, int]:
    """What stands between dashes right before ``hi`` (the verb): a group's members, who
    speak ("the mediators -- the US, Egypt and Qatar -- said"; their span, ``hi``), or an
    aside to step over ("Hamas — which has fought Israel since 1987 — said"; None, where
    the aside opens)."""
    listed = _DASHED_LIST.search(text, max(u0, hi - 160), hi)
    if listed:
        return listed.span("list"), hi
    aside = _DASHED_ASIDE.search(text, max(u0, hi - 160), hi)
    return None, aside.start() if aside else hi


_DASHED_LIST = re.compile(
    r"\s(?:--|—|–)\s(?P<list>[^—–-]{2,100}?\sand\s[^—–-]{2,40}?)\s(?:--|—|–)\s*$"
)
_DASHED_ASIDE = re.compile(r"\s(?:--|—|–)\s[^—–]{2,120}?\s(?:--|—|–)\s*$")


# the rest of a list of names after its first: ", Egypt and the United States" (then the
# list's verb, in lower case)
_LISTED_NAME = rf"(?:the\s+)?[{UPPER}][\w'’.&-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[{UPPER}][\w'’.&-]*){{0,5}}"
LIST_REST = re.compile(
    rf"(?:,\s+{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME}"
    r"(?=\s+(?!(?:to|of|in|on|at|from|with|for|and|or|by|via)\b)[a-z])"
)
LISTED_NAME = re.compile(_LISTED_NAME)


# What qualifies an unnamed source after its noun: "an official familiar with the talks".
_KNOWING = re.compile(
    rf"\s+(?:{'|'.join(SOURCE_QUALIFIERS)}|privy to|informed (?:on|about)|speaking on|"
    r"who spoke on)\s+$"
)

# The last words of those qualifiers: the word before a phrase must be one of them.
_KNOWING_LAST = frozenset(
    q.split()[-1]
    for q in (*SOURCE_QUALIFIERS, "privy to", "informed on", "informed about", "speaking on")
)


def source_qualifier(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """``_KNOWING.search(text, lo, hi)``, skipped unless the word before ``hi`` ends a qualifier."""
    if not text[hi - 1 : hi].isspace() or hi <= lo:
        return None  # the pattern ends in white space
    words = text[lo:hi].split()
    if not words or words[-1] not in _KNOWING_LAST:
        return None
    return _KNOWING.search(text, lo, hi)
