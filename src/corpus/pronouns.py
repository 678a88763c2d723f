"""Pronouns: whom "he", "she", "they" or "it" stands for in an article.

Split from :mod:`corpus.coref` (whose :class:`~corpus.coref.ArticleSpeakers` keeps the
article's speakers): the last fitting speaker, a known gender ("Mr. Laerke", "her tent")
ruling out the others, a person just introduced with an appositive, and for "it" the
body named in the same sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.dates import MONTHS, WEEKDAYS
from corpus.referents import (
    NAME_THEN_PRONOUN,
    body_pattern,
    heads,
    institution_like,
    singular_unnamed,
    titled_genders,
)
from corpus.speaker_lexicon import HONORIFIC_PRONOUNS, first_name_genders, places
from corpus.speaker_media import media_name
from corpus.speakers import Speaker, describe
from corpus.text import UPPER
from corpus.titles import NAME_LINK, NAME_WORD
from corpus.verbs import verb_matches

if TYPE_CHECKING:
    from corpus.coref import ArticleSpeakers

_PLURAL_PRONOUN_TYPES = ("anonymous", "organization", "media")
_NAMED_BACK = 4  # named things a pronoun with no speaker yet may look back over


def pronoun(ctx: ArticleSpeakers, low: str, position: int) -> list[Speaker]:
    """The speaker(s) a subject pronoun ("he", "she", "i", "they", "we", "it") stands for."""
    if (
        low in ("he", "she")
        and position > ctx.unit_start + 12
        and ctx.text.endswith((", and ", ", but "), 0, position)
        # (not '..., a senior Hamas official told AFP, but he said': its speaker)
        and not verb_matches(ctx.text, ctx.unit_start, position)
        and "ccording to" not in ctx.text[ctx.unit_start : position]
    ):
        # "Trump wants the hostages out ..., and he has warned that": the person the
        # pronoun's own sentence opens with
        own = _subject_before(ctx, ctx.unit_start, position)
        if own is not None and fits(ctx, own, low):
            return [own]
    if low in ("he", "she", "i"):
        found = person_pronoun(ctx, low)
        if found is not None:
            return [found]
        # no speaker yet: the last person the article named before the pronoun
        named = [(pos, full, title) for pos, full, title in ctx.people if pos < position]
        tried = set()
        first_choice = None  # the subject of the last sentence that names one
        for last, _full, _title in reversed(named[-_NAMED_BACK:]):
            # the subject of that sentence: its first named person ("Blinken met Netanyahu")
            start = ctx.sentence_start(last)
            in_sentence = [n for n in named if n[0] > start]
            # (not the body of an office or an office set off before the name: "The Leader
            # of the Islamic Revolution, Ali Khamenei, received", "The Supreme Leader, ...")
            pos, full, title = next(
                (
                    n
                    for n in in_sentence
                    if not ctx.text.startswith(("The ", "the "), n[0])
                    and not _OF_OR_THE_BEFORE.search(ctx.text, max(0, n[0] - 7), n[0])
                ),
                in_sentence[0],
            )
            if full in tried:
                continue
            tried.add(full)
            sp = describe(f"{title} {full}" if title else full)
            first_choice = first_choice or sp
            if full.isupper() or _place_like(full) or media_name(full):
                continue  # "GOOD NEWS", "Kibbutz Nir Oz", "Elkins Park": no person
            person = ctx.resolve(full, None, pos)[:1] if not sp.person else [sp]
            # (a person whose gender fits: not "Leila Haddad: ... He has said")
            if person and person[0].person and fits(ctx, person[0], low):
                return [sp if sp.person else person[0]]
        # ("Department of Foreign Affairs Undersecretary Eduardo de Vega speaks ... He said")
        return [first_choice] if first_choice is not None and fits(ctx, first_choice, low) else []
    if low in ("they", "we"):
        if len(ctx.last_group) > 1:
            return list(ctx.last_group)
        for sp in reversed(ctx.history):
            if sp.type in _PLURAL_PRONOUN_TYPES:
                return [sp]
        return []
    # "it": a body named earlier in the same sentence is its subject ("Hamas rejected
    # a proposal that it said ..."), else the last body that spoke
    # ("Hamas handed over to the Red Cross a coffin containing remains it said belonged to
    # a hostage": the body the sentence opens with, not the one named last)
    opener = _OPENING_BODY.match(ctx.text, ctx.unit_start, position)
    same = ctx.body_named(opener.start(1), opener.end(1)) if opener else None
    same = same or ctx.body_named(ctx.unit_start, position)
    if same is not None:
        return [same]
    opening = _BODY_OPENING.match(ctx.text, ctx.unit_start, position)
    if opening is not None and heads().get(opening.group(1).lower()) in ("organization", "media"):
        # "The army publishes its own dead soldier by soldier; it says ...": the body the
        # sentence opens with, as "the army" alone would resolve
        found = ctx.resolve(opening.group().strip(), None, opening.end())
        if found and not found[0].person:
            return found[:1]
    for sp in reversed(ctx.history):
        # (a think tank is a body too: "the International Crisis Group ... It also calls")
        if sp.type in ("organization", "media", "expert") and not sp.person:
            return [sp]
    # no body has spoken yet: the last known body the article named ("Israel ... it says")
    last = None
    for m in body_pattern().finditer(ctx.text, 0, position):
        last = m.group()
    return [describe(last)] if last else []


_OF_OR_THE_BEFORE = re.compile(r"(?:\bof\s+(?:the\s+)?|\b[Tt]he\s+)$")

# where a page styles a person it names: "H.H. Sheikh Abdullah bin Zayed", "His Excellency
# Ayman Safadi" (the Gulf agencies' readouts)
_STYLE_MARKS = {
    "highness": re.compile(r"\bH\.\s?H\.?\s|\bHH\s|\b(?:His|Her)\s+(?:Royal\s+)?Highness\s"),
    "excellency": re.compile(r"\bH\.\s?E\.?\s|\b(?:His|Her)\s+Excellency\s"),
}


def styled_person(ctx: ArticleSpeakers, phrase: str, position: int) -> list[Speaker]:
    """ "His Highness affirmed": the last person the page named with that style before
    ``position`` ("H.H. Sheikh Abdullah bin Zayed ... received a call from Dr. Badr
    Abdelatty ... His Highness affirmed"), else whom the pronoun stands for."""
    low = phrase.lower()
    marks = _STYLE_MARKS.get(low.rsplit(" ", 1)[-1])
    styled = None
    for m in marks.finditer(ctx.text, 0, position) if marks else ():
        named = next((p for p in ctx.people if m.start() <= p[0] <= m.end() + 8), None)
        if named is not None:
            styled = named
    if styled is not None:
        found = ctx.resolve(styled[1], None, styled[0])[:1]
        if found and found[0].person:
            return found
    return pronoun(ctx, HONORIFIC_PRONOUNS[low], position)


# a sentence that opens with a name and a verb: "Hamas handed over ..."
_OPENING_BODY = re.compile(
    rf"\s*((?:the\s+)?[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{0,4}})\s+[a-z]+ed\b"
)

# a sentence that opens with a body by its head noun: "The army publishes ..."
_BODY_OPENING = re.compile(r"\s*The\s+([a-z]+)(?=\s+[a-z]+s\b)")

# words that make a capitalised run a place, not a person: "Kibbutz Nir Oz", "Elkins Park"
PLACE_WORDS = frozenset(
    {"kibbutz", "moshav", "camp", "mount", "park", "street", "square", "city", "county",
     "valley", "beach", "bridge", "road", "avenue", "crossing", "hall", "airport", "port"}
)  # fmt: skip


def _place_like(name: str) -> bool:
    """A place or a body ("Kibbutz Nir Oz", "Lee Kuan Yew School"), not a titled person
    ("Associate Professor Lee Wen Hui")."""
    return name.lower() in places() or any(
        w.lower() in PLACE_WORDS or w.lower() in heads() for w in name.split()
    )


def genders(ctx: ArticleSpeakers) -> dict[str, str]:
    """Surname -> "m" / "f" from "Mr. Laerke", "Ms. Etefa" (and pronouns resolved since)."""
    if ctx.gender is None:
        ctx.gender = titled_genders(ctx.text)
    return ctx.gender


def gender_of(ctx: ArticleSpeakers, sp: Speaker) -> str | None:
    """ "m" / "f" / None for a person: the first-name list (``data/first_names.csv``),
    else what the article says ("Mr. Laerke", "Samah Abu Daqqa ... her tent") or a pronoun
    resolved to them before."""
    known = first_name_genders().get(sp.name.split()[0])
    if known is not None:
        return known
    surname = sp.name.split()[-1]
    known = genders(ctx).get(surname)
    at = ctx.text.find(surname) if known is None else -1
    # "Samah Abu Daqqa was asleep in her tent": the pronoun of the clause after a name
    if at >= 0 and (m := NAME_THEN_PRONOUN.match(ctx.text, at)):
        known = "f" if m.group("pron") in ("her", "she") else "m"
        ctx.gender[surname] = known
    return known


def fits(ctx: ArticleSpeakers, sp: Speaker, low: str) -> bool:
    """Whether "he" / "she" may stand for ``sp`` (a known gender must agree)."""
    if low not in ("he", "she") or not sp.person:
        return True
    known = gender_of(ctx, sp)
    return known is None or known == ("m" if low == "he" else "f")


def person_pronoun(ctx: ArticleSpeakers, low: str) -> Speaker | None:
    """'he' / 'she': the last fitting person who spoke -- or a person the sentence just
    before introduced with an appositive after that ("I spoke with Ahmed, a father ...")."""
    found, spoke_at = None, -1
    for sp, pos in zip(reversed(ctx.history), reversed(ctx.positions), strict=True):
        if (sp.person or singular_unnamed(sp)) and fits(ctx, sp, low):
            found, spoke_at = sp, pos
            break
    end = ctx.unit_start
    while end > 0 and ctx.text[end - 1].isspace():
        end -= 1
    before = ctx.sentence_start(end - 1) + 1
    for pos, full, app in reversed(ctx.introduced):
        if pos < before:
            break
        if spoke_at < pos < ctx.unit_start and not institution_like(full):
            sp = ctx.resolve(full, app, pos)[0]
            if fits(ctx, sp, low):
                found = sp
                break
    # "In Columbia, Sami Awwad spent Friday refreshing a WhatsApp group. An uncle and two
    # cousins were killed, he said": the person the sentence before is about, when the last
    # speaker spoke earlier still
    subject = _subject_before(ctx, before, end) if found is None or spoke_at < before else None
    if (
        subject is not None
        and fits(ctx, subject, low)
        and (found is None or subject.name != found.name)
    ):
        found = subject
    if found is not None and found.person and low in ("he", "she"):
        genders(ctx).setdefault(found.name.split()[-1], "m" if low == "he" else "f")
    return found


# the subject that opens a sentence: a name after at most a short place or time phrase
# ("In Columbia, Sami Awwad spent ...", "Rosen, 63, of Pikesville, watched ...")
_OPENING_NAME = re.compile(
    rf"\s*(?:(?:In|At|On|From|Back in|Across|Outside)\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*){{0,2}},\s+)?"
    rf"(?P<name>{NAME_WORD}{NAME_LINK}{{0,3}})"
    # ("Judge Julia Sebutinde of Uganda voted against every measure. In her ... she wrote")
    rf"(?:\s+of\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)?(?=\s+[a-z]))?"
    # ("Abed still opens the spreadsheet every night": an adverb before the verb)
    r"(?=,|(?:\s+(?:still|also|now|then|later|again|often|always|never|already|even|only))?"
    r"\s+(?:was|is|had|has|spent|watched|sat|stood|walked|waited|lives|lived|said|"
    r"says|kept|looked|spoke|took|came|went|runs|ran|works|worked|[a-z]+ed"
    # (irregular pasts: "Ferris left Gaza in June. ..., she said")
    r"|left|fled|told|made|gave|got|found|met|saw|heard|lost|knew|began|became|wrote|"
    r"brought|felt|held|led|drove|paid|sent|won|grew|fell|rode|slept|sold|taught|thought"
    # ("Netanyahu negotiates with one hand and bombs with the other. He has said ...")
    r"|[a-z]{3,}[^s's]s)\b)"
)


_QUOTE_MARKS = ('"', "“", "”", "‘", "’")
# capitalised words that open a sentence without naming anyone: "In March, he paid"
_NOT_FIRST_WORDS = (
    frozenset(
        [
            "In",
            "At",
            "On",
            "From",
            "Back",
            "Across",
            "Outside",
            "The",
            "A",
            "An",
            "This",
            "That",
            "Then",
            "But",
            "And",
            "When",
            "After",
            "Before",
            # a question or a clause opens the sentence: "What Gaza needs is ..."
            "What",
            "Why",
            "How",
            "Who",
            "Where",
            "Which",
            "If",
            "As",
            "So",
            "Now",
        ]
    )
    | {month.capitalize() for month in MONTHS if len(month) > 3 or month == "may"}
    | {day.capitalize() for day in WEEKDAYS}
)


def _subject_before(ctx: ArticleSpeakers, before: int, end: int) -> Speaker | None:
    """The named person the sentence ``text[before:end]`` opens with, if it names one."""
    sentence = ctx.text[before:end].strip()
    if sentence[:1] in _QUOTE_MARKS or sentence[-1:] in _QUOTE_MARKS:
        return None  # a sentence of a quotation: "Dr Abu Safiya kept that place alive."
    m = _OPENING_NAME.match(ctx.text, before, end)
    if m is None:
        return None
    name = m.group("name")
    first, _, rest = name.partition(" ")
    if rest and first in ("For", "To", "Like", "Unlike"):
        name = rest  # "For Eriksen, the stakes are high.": the person the view is of
    held = ctx.names.get(name.split()[-1])  # a name the article gives a person
    if held is None or name.split()[0] in _NOT_FIRST_WORDS:
        return None
    name = held[0] if " " not in name else name  # a surname: the person it was given to
    found = ctx.resolve(name, None, before + m.start("name"))
    if not found or not found[0].person:
        return None
    sp = found[0]
    said_of = (
        sp.role
        or sp.affiliation
        or ctx.names.get(sp.name.split()[-1], (None, None))[1]
        or sp.name in ctx.described
        or any(holder == sp.name for _pos, _t, holder in ctx.titled)
    )
    if sp.type == "official" and not said_of:
        # a person the story follows, with no office or description anywhere: private
        sp = Speaker(sp.name, "other", sp.role, sp.affiliation, sp.person)
    return sp
