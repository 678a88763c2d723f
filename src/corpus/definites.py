"""Definite descriptions that point back to a speaker: "the expert", "the Israeli prime
minister", "the ministry", "the group", "the army".

:class:`DefiniteReferences` is a mixin of :class:`corpus.coref.ArticleSpeakers`; it reads
the article state kept there (``text``, ``history`` and ``positions`` of the speakers
attributed so far, ``titled`` people, ``private`` persons, the current unit's start) and
resolves a description to the nearest fitting speaker, or to the body or office holder
the text names.
"""

from __future__ import annotations

import re

from corpus.mentions import BODY_NAME
from corpus.person_types import POST_MODIFIER
from corpus.referents import (
    ARMY_NAMES,
    ARMY_WORDS,
    BODY_HEADS,
    BODY_WORDS,
    CHARITY_HEADS,
    COMPANY_HEADS,
    DESCRIPTION_HEADS,
    EXPERT_WORDS,
    GENERIC_MODIFIERS,
    GROUP_WORDS,
    MILITANT_WORDS,
    OUTLET_HEADS,
    PERSON_WORDS,
    POSSESSIVE_ARMY,
    armed_group_named,
    body_pattern,
    charity_meant,
    last_distinct,
    named_body,
    named_charity,
    title_end,
)
from corpus.speaker_lexicon import OTHER_ARMY, office_holders
from corpus.speaker_media import outlet_named_before
from corpus.speakers import (
    Speaker,
    body,
    countries,
    describe,
    heads,
    title_words,
)

_NAMED_GROUP = re.compile(r"\b(?:[A-Z][\w&'’-]*\s+){1,3}Group\b")
# the body unnamed speakers belong to: "activists from the Center for Jewish Nonviolence"
_MEMBERS_OF = re.compile(rf"\b(?:from|of|with)\s+(?:the\s+)?(?P<body>{BODY_NAME})")
# a country's government is no other body with "government" in its name ("the Israeli
# government" is not "Gaza government media office")
_NATIONAL = frozenset({"israeli", "israel's", "palestinian", "country's", "nation's"})


# how far into an article its lead runs, where a release names the body it speaks for
_LEAD_CHARS = 600


class DefiniteReferences:
    """Resolution of "the <description>" against the article state of ArticleSpeakers
    (the attributes below, and its ``acronyms`` and ``sentence_start``)."""

    text: str
    history: list[Speaker]
    positions: list[int]
    titled: list[tuple[int, str, str]]
    private: set[str]
    unit_start: int
    unit_mark: int
    _defined: list[tuple[int, str]]
    people: list[tuple[int, str, str | None]]
    last_person: dict[str, Speaker]

    def _private_person(self, name: str) -> bool:
        """Whether the article presents ``name`` as a private person: a relative, or named
        with an age ("Fatima Qdeih, 58")."""
        return name in self.private or bool(
            re.search(rf"{re.escape(name)},\s+\d{{1,3}}\b", self.text)
        )

    def _holder(self, title: str, position: int) -> Speaker | None:
        """The last person who spoke with ``title`` in their role, else the last the
        article gave that title before ``position``."""
        for sp in reversed(self.history):
            if sp.person and sp.role and title in sp.role.lower():
                return sp
        for pos, t, full in reversed(self.titled):
            if pos < position and title in t:
                return Speaker(full, "official", t, None, person=True)
        return None

    def _known_holder(self, office: str, position: int) -> Speaker | None:
        """The one person named before ``position`` who held ``office`` ("israeli prime
        minister": Benjamin Netanyahu), when the article gave them no such title; None
        when none or several are named."""
        words = office_holders().get(office)
        if not words:
            return None
        found = {
            full
            for pos, full, _ in self.people
            if pos < position and any(_has_word(full, w) for w in words)
        }
        if len(found) != 1:
            return None
        full = found.pop()
        return self.last_person.get(full) or Speaker(full, "official", office, None, person=True)

    def body_named(self, start: int, end: int) -> Speaker | None:
        """The last known body named in ``text[start:end]`` ("Israel's military" as written)."""
        last = None
        for m in body_pattern().finditer(self.text, start, end):
            last = m
        if last is None:
            return None
        army = POSSESSIVE_ARMY.match(self.text, last.end(), end)
        return describe(last.group() + army.group() if army else last.group())

    def _last_bodies(self, position: int, n: int) -> list[Speaker]:
        """The last ``n`` different known bodies named before ``position``."""
        found = (
            describe(m.group())
            for m in body_pattern().finditer(self.text, max(0, position - 400), position)
        )
        return last_distinct(((sp.name, sp) for sp in found), n)

    def _last_people(self, position: int, n: int) -> list[Speaker]:
        """The last ``n`` different people named in the 400 characters before ``position``."""
        return last_distinct(
            (
                (full, self.last_person.get(full) or describe(f"{title} {full}" if title else full))
                for pos, full, title in self.people
                if position - 400 <= pos < position
            ),
            n,
        )

    def _issuing_body(self, head: str) -> Speaker | None:
        """The body a release speaks for: the first speaker of its lead, when ``head`` names
        it ("Ramallah – The Ministry of Foreign Affairs and Expatriates welcomed ..." then
        "The Ministry noted", not the Ministry of Health a list cites in between)."""
        if not self.history or self.positions[0] > _LEAD_CHARS:
            return None
        first = self.history[0]
        return first if not first.person and head in first.name.lower().split() else None

    def _definite(self, words: list[str], position: int) -> Speaker | None:
        """'the expert', 'the Israeli prime minister', 'the ministry', 'the official'."""
        if not words:
            return None
        head = words[-1]
        if head in EXPERT_WORDS:
            for sp in reversed(self.history):
                if sp.type == "expert" and sp.person:
                    return sp
        if len(words) <= 2 and heads().get(head) == "anonymous":
            # "the official", "the person": the last source of that kind, named or not
            plural = None  # ("the official" is the last official, else the officials)
            for sp in reversed(self.history):
                # ("a senior Egyptian official who requested anonymity": its head, before
                # the post-modifier)
                name = POST_MODIFIER.split(sp.name.lower(), 1)[0].split()
                if head in name[-1:] or (sp.person and sp.role and head in sp.role.lower().split()):
                    return sp
                if plural is None and f"{head}s" in name[-1:]:
                    plural = sp
            if plural is not None:
                return plural
            if head in DESCRIPTION_HEADS:
                # "..., the peace activist said": the person last quoted, described anew
                return next((sp for sp in reversed(self.history) if sp.person), None)
        if head in OUTLET_HEADS and len(words) <= 4:
            # "The French daily calls the plan ...": the outlet named last
            outlet = outlet_named_before(self.text, self.sentence_start(position) + 1)
            if outlet is not None:
                return describe(outlet)
        # "the premier" is the prime minister
        phrase = " ".join(words).replace("premier", "prime minister")
        hit = title_end().search(phrase)
        if hit:
            title = hit.group()
            # "the Israeli prime minister": the one with that whole title, else any
            # holder of the title
            holder = (
                (self._holder(phrase, position) if phrase != title else None)
                or self._known_holder(phrase, position)
                or self._holder(title, position)
            )
            if holder is not None:
                return holder
        if head in GROUP_WORDS or (head in BODY_WORDS and set(words[:-1]) & MILITANT_WORDS):
            return self._group(position)  # "the group", "the terrorist organization"
        if head in ARMY_WORDS:
            found = self._army(words, position)
            if found is not None:
                return found
        if head in CHARITY_HEADS and (len(words) == 1 or words[0].endswith("-based")):
            # "The Jordan Hashemite Charity Organization dispatched ..., the organisation said",
            # "Among those killed was a Palestine Red Crescent medic, the organisation said"
            start = self.sentence_start(position) + 1
            found = named_body(self.text[start:position], head, position - start, {})
            found = found or self.body_named(start, position)
            # ("... a World Central Kitchen vehicle hit ... . The charity says": a name the
            # lists do not know, in the sentences before)
            found = found or (
                named_charity(self.text, position)
                if head == "charity" and not any(sp.type == "organization" for sp in self.history)
                else None
            )
            if found is not None and found.type == "organization" and found.name not in countries():
                return found
        if head in heads() or head in title_words():
            mods = [w for w in words[:-1] if w not in GENERIC_MODIFIERS]
            national = head == "government" and bool(set(words[:-1]) & _NATIONAL)
            for sp in reversed(self.history):
                name = sp.name.lower().split()
                # "the ministry" -> "Gaza Health Ministry", but "the Foreign Ministry" does not
                if (
                    head in name
                    and all(m in name for m in mods)
                    and not (national and name[-1] != head)
                ):
                    return sp
                if (
                    head in ("organisation", "organization", "agency")
                    and sp.type == "organization"
                    and not sp.person
                    and not mods
                    and sp.name not in countries()  # ("Israel accused it. The agency rejects")
                ):
                    return sp
        if (hit or re.match(r"\d+-year-old$", head) or head in PERSON_WORDS) and not (
            head in heads() and heads()[head] != "anonymous"
        ):
            for sp in reversed(self.history):
                if sp.person and not (
                    hit and (self._private_person(sp.name) or _other_office(sp, hit.group()))
                ):
                    # ("The US president said" after "said Fatima Qdeih, 58": an office is
                    # no private person's, whoever spoke last; nor "the Prime Minister" the
                    # Foreign Secretary's)
                    return sp
        if head in BODY_HEADS and (len(words) == 1 or words == ["central", "bank"]):
            found = named_body(self.text, head, position, self.acronyms())
            if found is not None:
                return found
        if head in CHARITY_HEADS and len(words) <= 2:
            self.acronyms()
            found = charity_meant(head, position, self._defined, self.history)
            if found is not None:
                return found
        if head in COMPANY_HEADS and len(words) <= 3:
            found = self._company(position)
            if found is not None:
                return found
        if hit and head not in heads():
            # "the president" with no one to point to: an office holder, unnamed here
            return Speaker(" ".join(words), "official", " ".join(words))
        return None

    def _company(self, position: int) -> Speaker | None:
        """'the company' -> the last body that spoke, not a state (a company's one-word name
        the lists do not know, "Starbucks", is a body here)."""
        for sp in reversed(self.history):
            if sp.name.rsplit(None, 1)[-1].lower() in COMPANY_HEADS:
                continue  # ("Coffee chain says ...": a description left unresolved)
            if sp.person and " " not in sp.name and sp.name[:1].isupper() and not sp.role:
                return Speaker(sp.name, "organization")
            # (a name the lists of bodies do not know, whose last word names no kind of
            # body: not "Gaza Health Ministry", "Israel Airports Authority")
            if (
                not sp.person
                and sp.type == "organization"
                and body(sp.name) is None
                and sp.name.rsplit(None, 1)[-1].lower() not in heads()
            ):
                return sp if sp.name not in countries() else None
        return None

    def _group(self, position: int) -> Speaker | None:
        """'the group' / 'the movement' -> a body, in this order: an armed group named
        earlier in the same sentence ("Hamas was using ..., a charge the group denies");
        the last body other than an army that spoke before this sentence; the last
        armed group the text named."""
        named = armed_group_named(self.text, self.unit_start, position)
        if named is not None:
            return named
        # "Lufthansa Group: ... and the group says": a body whose name ends in "Group", in
        # this sentence or the one before
        start = self.sentence_start(self.sentence_start(position))
        called = _NAMED_GROUP.findall(self.text, max(0, start), position)
        if called:
            return Speaker(called[-1].strip().removeprefix("The "), "organization")
        spoke, spoke_at = None, -1
        for sp, pos in zip(
            reversed(self.history[: self.unit_mark]),
            reversed(self.positions[: self.unit_mark]),
            strict=True,
        ):
            if sp.type == "anonymous" and (members := _MEMBERS_OF.search(sp.name)):
                # "Activists from the Center for Jewish Nonviolence said ... The group said"
                spoke, spoke_at = Speaker(members.group("body"), "organization"), pos
                break
            if sp.person or sp.type != "organization":
                continue
            if not set(sp.name.lower().split()) & set(ARMY_NAMES):
                spoke, spoke_at = sp, pos
                break
        # an armed group named after that body spoke is the nearer antecedent
        later = armed_group_named(self.text, spoke_at + 1, position) if spoke is not None else None
        return later or spoke or armed_group_named(self.text, 0, position)

    def _army(self, words: list[str], position: int) -> Speaker | None:
        """'the army' / 'the military': the armed force that spoke or was named last."""
        if len(words) > 1:
            return None  # "the Israeli military", "the Lebanese army": named as written
        for sp in reversed(self.history):
            if not sp.person and set(sp.name.lower().split()) & set(ARMY_NAMES):
                return sp
        for head in ARMY_WORDS:
            found = named_body(self.text, head, position, self.acronyms())
            if found is not None:
                return found
        if "Israel" in self.text and not OTHER_ARMY.search(self.text, 0, position):
            # "The army also said on Saturday ...": in this genre, with no other army named
            # before, the army is Israel's (the gold sets, 11 to 1)
            name, kind = body("Israeli military") or ("Israel Defense Forces", "organization")
            return Speaker(name, kind)
        return None


def _other_office(speaker: Speaker, title: str) -> bool:
    """Whether ``speaker`` holds another office than ``title`` ("prime minister"): their role
    names an office, and not this one ("Foreign Secretary")."""
    role = (speaker.role or "").lower()
    if not role or title in role:
        return False
    held = set(role.replace("-", " ").split()) & _OFFICE_WORDS
    named = set(title.replace("-", " ").split()) & _OFFICE_WORDS
    # ("the UN chief", "the Israeli leader" name no office of these: anyone may be meant)
    return bool(held and named and not held & named)


# the head words of offices, by which two titles are told apart
_OFFICE_WORDS = frozenset({
    "president", "minister", "secretary", "chancellor", "premier", "king", "emir", "envoy",
    "ambassador", "spokesperson", "spokesman", "spokeswoman", "mayor", "governor", "senator",
    "commissioner", "justice", "judge", "prosecutor",
})  # fmt: skip


def _has_word(name: str, word: str) -> bool:
    """Whether ``word`` ("Netanyahu", "Al Thani") stands whole in ``name``."""
    at = name.lower().find(word.lower())
    end = at + len(word)
    return at >= 0 and (at == 0 or name[at - 1] == " ") and (end == len(name) or name[end] == " ")
