"""Back-references to speakers: surnames, titles ("the expert") and pronouns.

An :class:`ArticleSpeakers` is made once per article. It pre-scans the text for
named people with their titles ("Israeli Prime Minister Benjamin Netanyahu") so
that a later "Netanyahu" or "the Israeli prime minister" takes the fullest name
the article gives, and it remembers the speakers already attributed so that
"he", "she", "they", "it", "the official" or "the ministry" resolve to the
nearest fitting *speaker* -- never to someone merely mentioned as an object.
"""

from __future__ import annotations

import re

from corpus.definites import DefiniteReferences
from corpus.mentions import (
    ACRONYM_AFTER,
    member_of_place,
    name_chains,
    names_a_place,
    person_keys,
    split_joint,
)
from corpus.offices import office_speaker
from corpus.person_types import (
    described_around,
    person_type,
    says_nothing_new,
    with_family_name,
)
from corpus.phrase_words import PRONOUNS
from corpus.pronouns import person_pronoun, pronoun, styled_person
from corpus.referents import (
    AGED,
    GENERIC_OWNERS,
    GROUP_PHRASES,
    GROUP_WORDS,
    HOW_MANY,
    INTRODUCING,
    KIN_BEFORE,
    KIN_NEXT,
    KIN_WORDS,
    OBJECT_PRONOUNS,
    OWNED_ACCOUNT,
    OWNED_DOCUMENT,
    OWNER_PRONOUNS,
    OWNERS_WORK,
    PAIR_HEADS,
    PEOPLE_PAIR_HEADS,
    PLACE_TITLE,
    STATE_REFERENCE,
    aged_person,
    body_pattern,
    honorific,
    plain_honorific,
    state_named_in,
    title_affiliation,
    title_end,
    titled_of_place,
)
from corpus.report_sources import SOURCE_WRAPPER
from corpus.short_forms import defined_acronyms, longer_name, named_by_initials, spelled_out
from corpus.speaker_lexicon import (
    HONORIFIC_PRONOUNS,
    ISSUER_WORDS,
    NO_ONE,
    NO_SPEAKER_WORDS,
    WHEN_WORDS,
    is_expert_text,
)
from corpus.speaker_media import media_name
from corpus.speakers import (
    DETERMINERS,
    SPOKES_WORDS,
    Speaker,
    body,
    clean,
    describe,
    split_title,
    title_words,
)
from corpus.titles import PERSON_NAME

_HIS_HER = ("his ", "her ", "His ", "Her ")
_APPOSITIVE_AFTER = re.compile(r",\s+(?P<app>(?:an?\s+|the\s+)?[a-z][^,.;]{2,200})[,.]")


# the capitalised word a sentence opens with, not the first of a name in full
_FIRST_WORD = re.compile(r"[\s.!?\"”’]*([A-Z][\w'’-]+)\s+(?![A-Z])")


_NO_HEAD = re.compile(r"no [a-z]")


# a research team named by its lead: "Researchers led by Hala Nassar", "The authors, led by
# Dr Nadia Qasem at the University of Edinburgh,"
_TEAM_WORDS = frozenset({"researchers", "authors", "scientists", "team"})
_LED_BY = re.compile(
    rf",?\s+led\s+by\s+(?:(?:Dr|Prof|Professor)\.?\s+)?(?P<name>{PERSON_NAME.pattern})"
)
# an option's letter before the words: "(C) Egyptian officials", "B) Hamas"
_OPTION_MARKER = re.compile(r"\(?[A-Da-d]\)\s+")
# a first-person subject with its verb contracted: "I'll", "we’d"
_CONTRACTED = re.compile(r"(?:we|i)['’](?:ll|d|ve|re|m)")


class ArticleSpeakers(DefiniteReferences):
    """Resolves speaker phrases in one article to canonical speakers."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.names: dict[str, tuple[str, str | None]] = {}  # key word -> (full name, title)
        self.first_seen: dict[str, int] = {}  # full name -> where it is first named
        self.titled: list[tuple[int, str, str]] = []  # (position, title lower, full name)
        self.people: list[tuple[int, str, str | None]] = []  # (position, full name, title)
        self.history: list[Speaker] = []
        self.last_person: dict[str, Speaker] = {}  # name -> last person in history by it
        self.last_person_with: dict[str, Speaker] = {}  # word -> last person named with it
        self.positions: list[int] = []  # where each speaker in history spoke
        self.introduced: list[tuple[int, str, str]] = []  # (position, name, appositive)
        self.private: set[str] = set()  # named people the text presents as relatives
        # name -> what the text says the person is outside an appositive ("Dr X is a senior
        # lecturer at ...", "politics lecturer Dr X")
        self.described: dict[str, str] = {}
        self.gender: dict[str, str] | None = None  # surname -> "m" / "f", read when needed
        self.last_group: list[Speaker] = []
        self.unit_start = 0
        self.unit_mark = 0
        self._acronyms: dict[str, str] | None = None  # read when first needed
        self._defined: list[tuple[int, str]] = []  # (position, full name) of each acronym
        self._prescan()

    def _prescan(self) -> None:
        # most articles have neither word (one regex search: faster than two ``in`` scans)
        kin_words = KIN_WORDS.search(self.text) is not None
        seen: set[str] = set()
        for start, end, chain in name_chains(self.text):
            info = person_keys(chain)
            if info is None or (" of " in chain and member_of_place(self.text, start, chain)):
                continue
            if names_a_place(self.text, start, end, chain):
                continue  # "a house in Forest Hills", "at al-Aqsa Martyrs hospital": no one
            title, full, keys = info
            first_mention = full not in seen
            seen.add(full)
            self.people.append((start, full, title))
            if first_mention:
                self.first_seen[full] = start
            for key in keys:
                old = self.names.get(key)
                if old is not None and self._relative_shares_name(old[0], full):
                    continue  # "Aviv Shemesh, whose brother Nadav Shemesh ...": Aviv keeps it
                if old is None or len(full) > len(old[0]) or (title and not old[1]):
                    self.names[key] = (full, title or (old[1] if old else None))
            if kin_words and KIN_NEXT.match(self.text, end):
                self.private.add(full)
            app = (
                _APPOSITIVE_AFTER.match(self.text, end) if self.text[end : end + 1] == "," else None
            )
            if (
                first_mention
                and not app
                and (not title or honorific(title))
                and (role := described_around(self.text, start, end))
            ):
                self.described[full] = role
            if app and first_mention and INTRODUCING.match(app.group("app")):
                # "I spoke with Ahmed, a father who ...": a new source is being introduced
                self.introduced.append((start, full, app.group("app")))
            if app and (
                not title
                or (
                    plain_honorific(title)
                    # (a relative clause only when it tells an expert's work: "Dr Saima
                    # Afridi, who teaches international relations at the University of ...")
                    and (
                        not app.group("app").startswith(("who ", "which "))
                        or is_expert_text(app.group("app"))
                    )
                )
            ):
                # ("Dr Thabiso Mahlangu, a senior lecturer in international politics at ...":
                # the appositive says more than the honorific)
                title = app.group("app")
                for key in keys:
                    # (the first appositive says who the person is: "Laura Engstrom, who
                    # teaches law at ...", not a later "Laura Engstrom, thank you both")
                    held = self.names.get(key)
                    if held is None or (
                        held[0] == full and (not held[1] or plain_honorific(held[1]))
                    ):
                        self.names[key] = (full, title)
            if title:
                self.titled.append((start, title.lower(), full))
        self._surname_appositives()

    def _relative_shares_name(self, held: str, full: str) -> bool:
        """Whether ``full``, another person of ``held``'s family name, is a relative spoken
        of ("whose brother Nadav Shemesh"), who does not take the name from ``held``."""
        if held == full or held.endswith(f" {full}") or full.endswith(f" {held}"):
            return False  # one person, named more or less fully
        start = self.first_seen[full]
        return KIN_BEFORE.search(self.text, max(0, start - 40), start) is not None

    def _surname_appositives(self) -> None:
        """A person named in full with nothing said of them, then by surname with an
        appositive: "Rania Khoury read it ... Khoury, an emergency physician at a Toronto
        hospital, did two rotations" (the surname's first appositive says who she is)."""
        for key, (full, title) in list(self.names.items()):
            if title or " " in key or key == full or not key[:1].isupper():
                continue
            at = self.text.find(f"{key}, ")
            while at >= 0:
                end = at + len(key)
                if at == 0 or not (self.text[at - 1].isalnum() or self.text[at - 1] in "-'’"):
                    app = _APPOSITIVE_AFTER.match(self.text, end)
                    if app:
                        self.names[key] = (full, app.group("app"))
                        break
                at = self.text.find(f"{key}, ", end)

    def acronyms(self) -> dict[str, str]:
        """Acronyms the article defines: "the World Central Kitchen (WCK)" -> WCK."""
        if self._acronyms is None:
            self._acronyms, self._defined = defined_acronyms(self.text)
        return self._acronyms

    def remember(self, speakers: list[Speaker]) -> None:
        """Record the speakers of a statement, most recent last."""
        if speakers:
            self.history.extend(speakers)
            self.positions.extend([self.unit_start] * len(speakers))
            self.last_group = list(speakers)
            for sp in speakers:
                # the last person by each name and by each word of a name: what a scan of
                # the history from its end finds first (a speaker is not changed once found)
                if sp.person:
                    self.last_person[sp.name] = sp
                    for word in sp.name.split():
                        self.last_person_with[word] = sp

    def _full_name(self, name: str) -> tuple[str, str | None]:
        words = name.split()
        if len(words) == 1:
            sp = self.last_person_with.get(words[0])
            if sp is not None:
                return sp.name, sp.role
            if words[0] in self.names:
                return self.names[words[0]]
        elif words[-1] in self.names and self.names[words[-1]][0].endswith(name):
            return self.names[words[-1]]
        return name, None

    def resolve(self, phrase: str, appositive: str | None, position: int) -> list[Speaker]:
        """Canonical speaker(s) of a phrase as written at ``position``; [] when unresolved."""
        phrase = clean(phrase)
        low = phrase.lower()
        if (owner := OWNED_DOCUMENT.fullmatch(low)) is not None:  # "its latest report"
            return pronoun(self, OWNER_PRONOUNS[owner["owner"]], position)
        if not phrase or low in DETERMINERS or low in WHEN_WORDS or low in NO_SPEAKER_WORDS:
            return []  # ("Yesterday he sent me ... and said", "announced Monday evening")
        if (marker := _OPTION_MARKER.match(phrase)) is not None:
            # "(C) Egyptian officials have said ...": a quiz's or a list's option letter
            return self.resolve(phrase[marker.end() :], appositive, position)
        if low.split()[-1] in _TEAM_WORDS and (
            lead := _LED_BY.match(self.text, position + len(phrase))
        ):
            # "Researchers led by Hala Nassar estimate": the study's lead speaks for it
            found = self.resolve(lead["name"], None, lead.start("name"))
            if found and found[0].person:
                return found[:1]
        if low.startswith(("no. ", "yes. ")):
            # "No. Our colleagues at al-Awda Hospital tell us ...": an answer's first word
            return self.resolve(phrase.split(" ", 1)[1], appositive, position)
        if f"{low} ".startswith(NO_ONE) or " nor " in low or _NO_HEAD.match(low):
            return []  # ("So far, no airline has announced ...", but not "No 10 said")
        if low.startswith("about ") and phrase[6:7].isupper():
            # "About HaMoked" (the heading of a publisher's boilerplate) is the publisher
            return self.resolve(phrase[6:], appositive, position)
        if low in ("he", "she") and self.text.endswith("what ", 0, position):
            # "Biden laid out what he called a roadmap", "Netanyahu thanked Trump for what
            # he called an unprecedented effort": the person the sentence opens with
            subject = self._sentence_subject(position)
            if subject is not None:
                return [subject]
        if low in PRONOUNS:
            return pronoun(self, low, position)
        if _CONTRACTED.fullmatch(low):
            # "So I'll say it plainly: ...", "I'd note that": a voice the sentence does not
            # name (the writer's, or a speaker's inside a turn, which the turn gives)
            return []
        if low == "editorial":  # ("The pan-Arab daily's editorial": its owner cut off)
            return self.resolve("the editorial", appositive, position)
        if ("'s " in phrase or "’s " in phrase) and (owned := OWNED_ACCOUNT.fullmatch(phrase)):
            # "Fatah's official Facebook page posted": the owner speaks through it
            return self.resolve(owned["owner"], appositive, position)
        if low in HONORIFIC_PRONOUNS:
            # "His Highness also warned ...": the Gulf press's pronoun for a titled person
            return styled_person(self, low, position)
        if low in OBJECT_PRONOUNS:  # "according to him": a speaker the pronoun agrees with
            subject = OBJECT_PRONOUNS[low]
            if subject == "they":
                return pronoun(self, subject, position)
            found = person_pronoun(self, subject)
            return [found] if found is not None else []
        parts = split_joint(phrase) if " and " in phrase else None  # (most: no joint)
        if parts is not None and len(parts) > 1:
            out = []
            for part in parts:
                out.extend(self.resolve(part, None, position))
            return out
        if " from " in low or " by " in low:
            issued = SOURCE_WRAPPER.match(phrase)
            if issued and issued.end() < len(phrase):
                # "the statement from Mr Netanyahu's office said": its issuer
                return self.resolve(phrase[issued.end() :], appositive, position)
        if ("'s " in phrase or "’s " in phrase) and (own := OWNERS_WORK.match(phrase)):
            # "Gisha's analysis of figures", "PCHR's preliminary data": the body whose work it
            # is (an outlet's correspondent stays the correspondent: the gold sets differ)
            found = self.resolve(own.group("owner"), None, position)
            if found:
                return found
        words = low.split()
        if words[0] in ("what", "whatever"):
            return []  # "What I'd argue is that ...": a clause, no speaker
        owner = 1 if words[0] == "the" else 0
        if (
            len(words) > owner + 1
            and words[owner].endswith(("'s", "’s"))
            and words[owner][:-2] in GENERIC_OWNERS
            and (own_name := phrase.split(None, owner + 1)[-1])[:1].isupper()
        ):
            # "The group's Humanitarian Operations Coordination Center (HOCC)": the body by
            # its own name
            return self.resolve(own_name, appositive, position)
        if words[-1] == "statement":
            # "the statement said": whoever issued it, the last to speak (all of a joint
            # statement's speakers); "a statement posted on Telegram" is no speaker
            if len(words) == 3 and words[1] in ISSUER_WORDS:  # "A ministry statement added"
                return self.resolve(f"the {words[1]}", None, position)
            if words[0] != "the" or len(words) > 3:
                return []
            return list(self.last_group) if len(self.last_group) > 1 else self.history[-1:]
        owned = STATE_REFERENCE.match(phrase) if words[0] in ("its", "the") else None
        if owned and len(owned.group("rest").split()) <= 2:
            state = state_named_in(self.text, self.sentence_start(position) + 1, position)
            if state:  # "Israel has withdrawn ..., its military said" / "the Gulf state's ..."
                return self.resolve(f"{state}'s {owned.group('rest')}", appositive, position)
        if low in GROUP_PHRASES and len(self.last_group) > 1:
            return list(self.last_group)  # "..., the organisations stressed": all of them
        counted = words[1:] if words[0] == "the" else words
        if len(counted) == 2 and counted[0] in HOW_MANY:
            # "backing from the US and Israel. The two governments are seeking ...", "...
            # his counterpart Riyad al-Maliki, and the two ministers stressed"
            how_many = HOW_MANY[counted[0]]
            if (
                words[-1] in PAIR_HEADS
                and len(self.last_group) == how_many
                and all(sp.type == "organization" for sp in self.last_group)
            ):
                # "The Prisoners' Society and the Commission ... said ... The two
                # institutions said": the bodies that spoke together last
                return list(self.last_group)
            if words[-1] in PAIR_HEADS and (named := self._last_bodies(position, how_many)):
                return named
            if words[-1] in PEOPLE_PAIR_HEADS and (named := self._last_people(position, how_many)):
                return named
        owned = PLACE_TITLE.fullmatch(phrase) if ("'s " in phrase or "’s " in phrase) else None
        if owned and title_end().fullmatch(owned.group("title").lower()):
            # "China's foreign minister announced": the one the article named with that title
            held = titled_of_place(self.titled, owned["place"], owned["title"], position)
            if held is not None:
                return [self.last_person.get(held[0]) or Speaker(*held, None, person=True)]
        if "year-old" in low and AGED.fullmatch(low):  # "the 34-year-old told +972"
            full = aged_person(self.text, self.people, low.split()[1].split("-")[0], position)
            if full:
                return [self.last_person.get(full) or Speaker(full, "other", person=True)]
        # ("the chief of the general staff": a long title, whole)
        short = len(words) <= 4 or any(title_end().fullmatch(" ".join(words[k:])) for k in (1, 2))
        # ("the International Crisis Group" is a name, not "the group")
        named_group = words[-1] in GROUP_WORDS and phrase.rsplit(None, 1)[-1][:1].isupper()
        if words == ["the", "ministry"] and phrase.endswith("Ministry"):
            # "The Ministry noted ...": a ministry's release speaks for itself with a capital
            issuing = self._issuing_body("ministry")
            if issuing is not None:
                return [issuing]
        if (
            words[0] == "the"
            and short
            and not named_group
            and not body(phrase)
            and not media_name(phrase)
        ):
            found = self._definite(words[1:], position)
            if found is not None:
                return [found]
        # ("his spokesperson Stéphane Dujarric": the phrase may start after "his")
        his = words[0] in ("his", "her") or self.text[max(0, position - 4) : position] in _HIS_HER
        spokes = words[-1] in SPOKES_WORDS or (his and words[0] in SPOKES_WORDS)
        if his and spokes and (subject := self._sentence_subject(position)) is not None:
            return [subject]  # "Guterres "trusts" that ..., his spokesperson said"
        subject = self._sentence_subject(position) if his and low == "office" else None
        if subject is not None and subject.person:
            # "Netanyahu will not attend ..., his office said": the office of the man the
            # sentence opens with
            return [Speaker(f"{subject.name}'s office", "organization")]
        if words[0] in ("his", "her") and (spokes or low in ("his office", "her office")):
            # "His office said": the office of the person last meant; "..., his spokesman
            # said": the spokesman speaks for that person
            holder = pronoun(self, "he" if words[0] == "his" else "she", position)
            person = holder[0] if holder and holder[0].person else None
            if spokes:
                return [person] if person else []
            if person:
                return [Speaker(f"{person.name}'s office", "organization")]
        if words[0] == "its" and (spokes or low.endswith(" wing")) and len(words) <= 3:
            # "Hamas, for its part, ... Its military wing claimed": the wing of the body the
            # sentence before opens with, else of the body last meant ("its spokesman said":
            # the body itself)
            here = self.sentence_start(position)
            first = body_pattern().search(self.text, self.sentence_start(here) + 1, here + 1)
            owner = [describe(first.group())] if first else pronoun(self, "it", position)
            if owner and not owner[0].person:
                name = owner[0].name
                return [
                    owner[0] if spokes else Speaker(f"{name} {' '.join(words[1:])}", owner[0].type)
                ]
        # cheap test first: the pattern ends in "office" (no other letters fold to c or e)
        if phrase[-2:].lower() == "ce" or "office of " in low:
            found = office_speaker(phrase, position, self._definite, self._full_name)
            if found is not None:
                return [found]
        spelled = spelled_out(phrase, self.acronyms())
        if spelled is None and len(words) <= 2 and phrase[-1:].isupper():
            # "The Palestine Football Association said ... the PFA described him"
            spelled = named_by_initials(self.text, phrase, position)
        if spelled is not None:
            return [spelled]
        sp = describe(phrase, appositive)
        if sp.person and sp.name.endswith(("'s", "’s")):
            return [Speaker(sp.name, "organization")]  # "McDonald's said": a company
        if not sp.person and phrase.endswith(")") and " of " in phrase and split_title(phrase)[0]:
            # "Bishop Sani Azar of the Lutheran Church in Jordan (ELCJHL)": a titled name,
            # and the bracket names the body, not the person
            person = describe(ACRONYM_AFTER.sub("", phrase), appositive)
            sp = person if person.person else sp
        if (
            (
                sp.type == "organization"
                or (sp.person and " " not in phrase and phrase not in self.names)
            )
            and len(words) <= 2
            and phrase[:1].isupper()
            and not appositive
            and (longer := longer_name(self.text, phrase, position)) is not None
        ):
            # "Sheba said", after "Sheba Medical Center": the body by its whole name
            known = body(longer)
            return [Speaker(*known) if known else Speaker(longer, "organization")]
        if sp.person and appositive and " " not in sp.name:
            sp.name = with_family_name(sp.name, appositive)  # "Emily Damari's mother, Mandy"
        if sp.person:
            full, title = self._full_name(sp.name)
            sp.name = full
            known = self.last_person.get(full)
            if known is not None and (not appositive or says_nothing_new(sp, appositive)):
                return [known]  # one person keeps one type and role in an article
            if not sp.role and title:
                sp.role = title
                sp.affiliation = sp.affiliation or title_affiliation(title)
            offices = [t for _pos, t, held in self.titled if held == full]
            sp.type = person_type(sp, offices, self.described.get(full), full in self.private)
        return [sp]

    def sentence_start(self, position: int) -> int:
        """Where the sentence holding ``position`` starts, less one (-1: the text's start)."""
        return max(self.text.rfind(". ", 0, position), self.text.rfind("\n", 0, position))

    def _sentence_subject(self, position: int) -> Speaker | None:
        """The first person named in the sentence before ``position``."""
        start = self.sentence_start(position)
        # ("Netanyahu will not attend ..., his office said": a surname the article gave in
        # full before opens the sentence)
        first = _FIRST_WORD.match(self.text, start, position)
        if first is not None and first.group(1) in self.names:
            found = self.resolve(first.group(1), None, start)
            if found and found[0].person:
                return found[0]
        for pos, full, title in self.people:
            if start <= pos < position and not any(
                w in title_words() for w in full.lower().split()
            ):
                return self.last_person.get(full) or describe(f"{title} {full}" if title else full)
        return None

    def begin_unit(self, start: int) -> None:
        """Mark the start of a new unit: speakers found in it are not 'the group' it names."""
        self.unit_start = start
        self.unit_mark = len(self.history)
