"""How a personal name is written in a speaker phrase, and what may follow it.

A name alone or with its title ("Dr Leila Farouk"), after a description ("the
Spanish-American chef José Andrés", "retired teacher Graham Pounder") or its owner and
title ("Malta's ambassador Vanessa Frazier"); then its body (" of the University of
Ibadan"), a party in brackets ("Friedrich Merz (CDU)"), a note ("(not her real name)"),
its spelling in another script; or a name an appositive gives ("named only as Umm
Mahmoud"). Patterns read by :mod:`corpus.subjects` when it finds the speaker to the left
of a reporting verb.
"""

from __future__ import annotations

import re

from corpus.speaker_lexicon import countries, heads
from corpus.speakers import NAME_LINK, NAME_WORD
from corpus.text import AGE_IN_BRACKETS, UPPER

# A personal name standing alone between commas ("..., James Elder, said").
NAME_SEGMENT = re.compile(
    r"(?:(?:(?:the\s+)?(?:(?:Most|Right|Rt|Very)\s+)?Rev|Revd|Dr|Prof|Sheikh|Mr|Ms|Mrs|Fr|Father|Rabbi|Imam|Pastor|Sister"
    r"|Gen|Lt\.?\s+Gen|Maj\.?\s+Gen|Brig\.?\s+Gen|Col|Maj|Capt|(?:Rear\s+|Vice\s+)?Adm(?:iral)?"
    r"|Amb|Sen|Rep|Gov|Adv|Advocate)\.?\s+)?"
    rf"{NAME_WORD}{NAME_LINK}{{1,4}}"
)
# ... or after a description: "the Spanish-American chef José Andrés"
DESCRIBED_NAME = re.compile(
    rf"(?:the|an?)\s+(?:(?!(?:at|of|for|in|from|with|on|to)\s)[\w’'-]+\s+){{1,4}}?"
    rf"(?P<name>{NAME_SEGMENT.pattern})"
)
# ... or after a description with no article: "retired teacher Graham Pounder" (not after
# a participle: "hosting Jordan's King Abdullah II" is what the speaker did)
_NOT_DESCRIBING = (
    "the|an?|and|or|but|while|with|as|by|to|in|at|of|for|from|on|then|who|which|whose|that"
)
BARE_DESCRIBED_NAME = re.compile(
    rf"(?:(?!(?:{_NOT_DESCRIBING})\s|[a-z]+ing\s)[a-z][\w’'-]*\s+){{1,3}}?"
    rf"(?P<name>{NAME_SEGMENT.pattern})"
)
# ... or after its owner and its title: "Malta's ambassador Vanessa Frazier"
OWNED_NAME = re.compile(
    # (not a place after a preposition: "Israel's consul general in San Francisco")
    rf"[{UPPER}][\w.-]*['’]s\s+(?:(?!(?:in|at|of|for|from|to|on)\s)[a-z][\w-]*\s+){{1,3}}?"
    rf"(?P<name>{NAME_SEGMENT.pattern})"
)
# a first name alone: the name of a relative ("Emily Damari's mother, Mandy,")
FIRST_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


# a name's body after it: " of the University of Ibadan"
OF_BODY = re.compile(
    rf"\s+(?:of|from|at)\s+(?:the\s+)?[{UPPER}][\w'’&-]*(?:\s+(?:of|for|and|the|[{UPPER}][\w'’&-]*))*"
)
# a name given in an appositive: "named only as Umm Mahmoud", "identified as Abu Ahmed"
NAMED_AS = re.compile(
    r"(?:who\s+was\s+|who\s+is\s+)?(?:named|identified)\s+(?:only\s+)?as\s+"
    rf"(?P<name>[{UPPER}][\w’'-]*(?:\s+(?:al-|el-)?[{UPPER}][\w’'-]*){{0,3}})"
)
# a name written again in another script: "Jeff Liu (劉永健)"
NATIVE_SPELLING = re.compile(r"(?<=\w)\s*\([^\x00-\x1f\x21-\x7f()]+\)\s*$")


def capitalised_name(phrase: str) -> bool:
    """A name, not a common noun: "Oxfam", "the Blackburn Gaza Appeal"."""
    return phrase[:1].isupper() or (phrase.startswith("the ") and phrase[4:5].isupper())


# a European politician's party in brackets after two capitalised names: "Foreign
# Minister Margus Tsahkna (Eesti 200)", "Friedrich Merz (CDU)", and a member of the European
# Parliament's group and country: "Michael Gahler (EPP, DE)", "Lynn Boylan (The Left, IE)"
PARTY_AFTER_NAME = re.compile(
    rf"[{UPPER}][\w’'-]+\s+(?P<last>[{UPPER}][\w’'-]+)"
    # (a party's name holds a number or is in capitals: "(Eesti 200)", "(CDU)"; a body's
    # other name is not: "The Turkish Red Crescent (Kizilay)")
    # (or a Nordic party's short form in small letters: "Elina Valtonen (kok)", "(sd)")
    rf"(?P<party>\s*\((?:[{UPPER}][\w-]*\s+\d+|[A-Z]{{2,6}}|[{UPPER}][\w&/ -]{{0,20}},\s*[A-Z]{{2}}|"
    r"kok|sd|ps|kesk|vas|vihr|rkp|kd|liik|ap|frp|sp|krf|mdg|rv|sf|el|lib|kds|mp|sap)\))\s*$"
)
# any party's name, after an office that a party's member holds: "Foreign Minister Maxime
# Prévot (Les Engagés)"
PARTY_AFTER_OFFICE_HOLDER = re.compile(
    rf"\b(?:Minister|President|Chancellor|Senator|Mayor|MP|MEP)\s+[{UPPER}][\w’'-]+\s+[{UPPER}][\w’'-]+"
    rf"(?P<party>\s*\([{UPPER}][\w&/’' -]{{1,30}}\))\s*$"
)
# a person's age and hometown between the name and "who": "Nadia Saleh, 29, of Brooklyn Park"
AGED_OF = re.compile(r",\s*\d{1,3},\s+of\s+$")
# the states a delegate also speaks for, set off by commas before the verb: ", also speaking
# for Guyana, Sierra Leone and Somalia,"
SPEAKING_FOR = re.compile(
    r",\s+(?:also\s+)?speaking\s+(?:for|on\s+behalf\s+of)\s+[^.;:\"“”]{2,120}?,\s*$"
)
# a state in brackets after a delegate's name, as UN meetings coverage prints it: "BARBARA
# WOODWARD (United Kingdom) said", "Amar Bendjama (Algeria) welcomed"
STATE_NOTE = re.compile(rf"\s*\((?P<state>[{UPPER}][\w .’'-]{{1,40}})\)")
DELEGATE_STATE = re.compile(
    rf"[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+){{1,3}}(?P<party>{STATE_NOTE.pattern})\s*$"
)
# ("D-Minn.", and a member's hometown as Michigan and Washington papers print it:
# "D-Bainbridge Island", "R-Bruce Township")
PARTY_TAG = re.compile(rf"[DRI]-[{UPPER}][\w.]*\.?(?: [{UPPER}][\w.]*\.?){{0,2}}")
PARTY_STATE = re.compile(rf"\s*\((?:{PARTY_TAG.pattern})\)\s*$")
# a short note in brackets after a name: "(not her real name)", "(45)"
NAME_NOTE = re.compile(r"(?<=\w)\s*\([^()]{1,40}\)\s*$")


_AGE_NOTE = re.compile(rf"(?<=\w)\s*\({AGE_IN_BRACKETS}\s*$")


def note_after_name(text: str, u0: int, hi: int) -> int | None:
    """Where a note in brackets after a name, ending at ``hi``, starts: a party ("Margus
    Tsahkna (Eesti 200)", "Foreign Minister Maxime Prévot (Les Engagés)"), a delegate's
    state ("FU CONG (China)"), the name in its own script ("Jeff Liu (劉永健)"), an age
    ("Friedrich Merz (69, CDU)"); None when there is none."""
    if not text[hi - 2 : hi].rstrip().endswith(")"):
        return None
    named = PARTY_AFTER_NAME.search(text, max(u0, hi - 70), hi)
    if named and named.group("last").lower() not in heads():  # (not "Organization (WHO)")
        return named.start("party")
    held = PARTY_AFTER_OFFICE_HOLDER.search(text, max(u0, hi - 90), hi)
    if held is None and (held := DELEGATE_STATE.search(text, max(u0, hi - 90), hi)):
        held = held if held["state"] in countries() else None
    if held is not None:
        return held.start("party")
    found = NATIVE_SPELLING.search(text, max(u0, hi - 40), hi) or _AGE_NOTE.search(
        text, max(u0, hi - 30), hi
    )
    return found.start() if found else None
