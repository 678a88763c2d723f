"""The speaker phrase to the left of a reporting verb.

:func:`subject_left` finds "X" in "X said", skipping what may stand between a
speaker and the verb: auxiliaries, manner adverbs and time phrases ("has also
said on Monday"), appositives ("X, a professor at Y, said"), and a role written
before its holder's name ("A spokesperson for UNICEF, James Elder, said"). The segments
its walk back over commas steps over are in :mod:`corpus.subject_segments`, a known
body's whole name in :mod:`corpus.subject_bodies`.
"""

from __future__ import annotations

import re

from corpus.adverbials import strip_adverbials
from corpus.appositives import (
    CLAUSE_JOINS,
    KIN_OF,
    between_dashes,
    capital_in_last_word,
    not_the_speaker,
    owned_role,
    region_of_place,
    relative_subject,
    role_before,
    source_qualifier,
    titled,
    unnamed_after_opener,
    unnamed_opening,
)
from corpus.dates import WEEKDAYS
from corpus.name_forms import (
    AGED_OF,
    BARE_DESCRIBED_NAME,
    DESCRIBED_NAME,
    FIRST_NAME,
    NAME_NOTE,
    NAME_SEGMENT,
    NAMED_AS,
    OF_BODY,
    OWNED_NAME,
    PARTY_STATE,
    PARTY_TAG,
    SPEAKING_FOR,
    capitalised_name,
    note_after_name,
)
from corpus.phrases import (
    backward_np,
    is_possessive,
)
from corpus.short_forms import named_with_short_form
from corpus.speaker_lexicon import NP_STOP_WORDS, countries
from corpus.speakers import (
    SPOKES_WORDS,
    body,
    head_type,
    is_expert_text,
)
from corpus.subject_asides import (
    ACCORDING_ASIDE,
    ADVERBIAL_SEGMENT,
    APPOSITIVE_START,
    OR_SHORT_NAME,
    TALKING_WITH,
    TALKS,
    WHO_BEFORE,
    after_date_opener,
    titled_name,
)
from corpus.subject_bodies import whole_body
from corpus.subject_lists import list_start
from corpus.subject_segments import (
    ACADEMIC_POST,
    AGED_IN_CLAUSE,
    ASIDE,
    INSTITUTION_AFTER_SHORT_FORM,
    KIN_NAME_IN_CLAUSE,
    NAME_TAIL_WITH_SHORT,
    object_of_role,
    office_words,
    role_of_a_body_before,
    the_office,
)
from corpus.text import UPPER

# an age in brackets after a name, with a party perhaps: "(69)", "(69, CDU)"
_JOINED_SUBJECT = re.compile(r"(?i:while|whereas|but|and)\s+(?=(?:an?|the)\s+\S)")
# a body described by who runs it: "the Health Ministry run by Hamas"
_RUN_BY = re.compile(  # (and captives': "Families of hostages held by Hamas said")
    r"\s+(?:run|led|backed|controlled|operated|funded|governed|held|seized|taken|abducted)\s+by\s+$"
)


_NAME_OF_SOMETHING = re.compile(
    rf"(?:^|(?<=[\s,]))(?P<name>{NAME_SEGMENT.pattern})\s+(?P<of>(?:of|from|at)\s+(?:an?|the)\s+"
    r"[^,.;:“”\"]{2,50}?)\s*$"
)


def _word_count(s: str) -> int:
    return len(s.split())


_DESCRIBED_WHO = re.compile(
    r"(?<![\w'’-])(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?[a-zA-Z][\w'’-]*\s+(?:who|whose)\s"
    r"[^,.;:\"“”]{3,80}?(?=\s*$)"
)


# a name that ends in "'s" right before its verb: "McDonald's said", "Ben & Jerry's has
# accused" (a possessive is never a verb's subject)
_BRAND_NAME = re.compile(rf"(?:[{UPPER}][\w-]*\s+&\s+)?[{UPPER}][\w-]*['’]s")
# (a verb that is no noun: not "Netanyahu's remarks followed", "Israel's demands")
_PLAIN_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|had|also|then|later)\s+)?(?:said|says|told|announced|added|stated|confirmed|"
    r"accused|insisted|argued|declined)\b"
)


_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")  # a comma inside a number: "about 1,000 people"

# a time the sentence opens with, no comma after it: "On Monday", "Late on Tuesday night"
_TIME_OPENER = re.compile(
    # ("By the evening the ministry, which ..., said")
    r"\s*(?:(?:early|late|earlier|later)\s+)?(?:(?:on|this|last|by|in)\s+)?(?:the\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)}|week|weekend|month|year|morning|afternoon|evening|night)"
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+",
    re.IGNORECASE,
)


def subject_left(text: str, u0: int, v0: int) -> tuple[int, int, str | None] | None:
    """Speaker span to the left of a verb, skipping appositives ("X, a professor at Y,")."""
    if (
        text.find("according to", max(u0, v0 - 120), v0) >= 0
        or text.find(" by ", max(u0, v0 - 120), v0) >= 0
    ) and (aside := ACCORDING_ASIDE.search(text, max(u0, v0 - 120), v0)):
        v0 = aside.start()  # "Prince Faisal, according to a Saudi readout, stressed": a relay
    if text.find("speaking ", max(u0, v0 - 160), v0) >= 0 and (
        aside := SPEAKING_FOR.search(text, max(u0, v0 - 160), v0)
    ):
        v0 = aside.start()  # "AMAR BENDJAMA (Algeria), also speaking for Guyana and ..., said"
    if text.find(" who", max(u0, v0 - 140), v0) >= 0 and (
        described := _DESCRIBED_WHO.search(text, max(u0, v0 - 140), v0)
    ):
        # "a GP whose sister lives in Khan Younis said": the person the clause describes,
        # not the place it ends with
        return described.start(), described.end(), None
    if (
        text.find(" who ", max(u0, v0 - 40), v0) >= 0
        or text.find(" which ", max(u0, v0 - 40), v0) >= 0
    ) and (who := WHO_BEFORE.search(text, max(u0, v0 - 40), v0)):
        # "... hosted by Foreign Minister Wang Yi, who described it as": the name before "who"
        np = backward_np(text, u0, who.start())
        if np is not None and (aged := AGED_OF.search(text, max(u0, np[0] - 12), np[0])):
            np = backward_np(text, u0, aged.start())  # "Nadia Saleh, 29, of Brooklyn Park, who"
        if np is not None and PARTY_TAG.fullmatch(text, np[0], np[1]):
            # "Rep. Ilhan Omar, D-Minn., who wrote": the party and state follow the name
            np = (
                backward_np(text, u0, text.rfind(",", u0, np[0]))
                if "," in text[u0 : np[0]]
                else None
            )
        # (a body by its name with "the": "the Blackburn Gaza Appeal, which says"; but "the
        # UN Special Envoy for Yemen, who also called" is a role in apposition)
        if np is not None and (
            capitalised_name(text[np[0] : np[1]])
            if "which" in who.group()
            else text[np[0]].isupper()
        ):
            return np[0], np[1], None
    hi = strip_adverbials(text, u0, v0)
    window = text[max(u0, hi - 90) : hi]
    if any(word in window for word in TALKS) and (
        talking_to := TALKING_WITH.search(text, max(u0, hi - 90), hi)
    ):
        # "Netanyahu in an interview with CNN said": who was talked to is no speaker
        at = talking_to.start()
        hi = at + 1 if text[at] == "," else strip_adverbials(text, u0, at)
    if text[hi - 3 : hi].strip()[-1:] in ("-", "—", "–"):
        listed, hi = between_dashes(text, u0, hi)
        if listed is not None:  # "the mediators -- the US, Egypt and Qatar -- said"
            return listed[0], listed[1], None
    party = (
        PARTY_STATE.search(text, max(u0, hi - 30), hi) if text[hi - 2 : hi].strip() == ")" else None
    )
    if party:  # "Sen. Lindsey Graham (R-S.C.) said": a US lawmaker's party and state
        hi = party.start()
    elif (note := note_after_name(text, u0, hi)) is not None:
        hi = note  # "Margus Tsahkna (Eesti 200) said", "FU CONG (China) said", "(69, CDU)"
    appositive = None
    last = hi  # the end of text[u0:hi].rstrip(), without copying the context
    while last > u0 and text[last - 1].isspace():
        last -= 1
    if last > u0 and text[last - 1] == ",":
        # walk back over appositive segments: "Umm Ahmad Lubbad, 52, from Beit Lahia,"
        end = last - 1
        apps = []
        while True:
            prev_comma = text.rfind(",", u0, end)
            while prev_comma > u0 and _THOUSANDS.match(text, prev_comma - 1):
                # "The community numbers about 1,000 people, noted X": a number's comma
                # sets off no appositive
                prev_comma = text.rfind(",", u0, prev_comma)
            seg = text[(prev_comma + 1 if prev_comma >= 0 else u0) : end].strip()
            walked = end < last - 1  # (past one appositive at least)
            named_as = NAMED_AS.fullmatch(seg) if prev_comma >= 0 and not apps else None
            if named_as:
                # "A mother whose son was treated there, named only as Umm Mahmoud, told":
                # the name the reporter was given; the description before it says who
                seg0 = text.index(seg, prev_comma)
                lead = text.rfind(",", u0, prev_comma)
                description = text[max(u0, lead + 1) : prev_comma].strip()
                return seg0 + named_as.start("name"), seg0 + named_as.end("name"), description
            bare = seg.lstrip("\"”’' ")  # (the comma may close a quotation: '"...," while')
            joined = _JOINED_SUBJECT.match(bare) if walked and bare[:1] in "wbaWBA" else None
            if joined:
                # '"...," while an EU diplomat, speaking on condition of anonymity, said': the
                # clause opens with its speaker
                seg0 = text.index(bare, prev_comma + 1 if prev_comma >= 0 else u0) + joined.end()
                return seg0, seg0 + len(bare) - joined.end(), None
            # both name patterns end in a capitalised word: most appositives ("a professor
            # at the university") have none last and need neither regex call
            named = prev_comma >= 0 and not apps and capital_in_last_word(seg)
            described = (
                DESCRIBED_NAME.fullmatch(seg) or BARE_DESCRIBED_NAME.fullmatch(seg)
                if named and seg[:1].islower()
                else OWNED_NAME.fullmatch(seg)
                if named and ("'s " in seg or "’s " in seg)
                else None
            )  # (after "the", "a", "an", no article: "retired teacher Graham Pounder", or an
            # owner and a title: "Malta's ambassador Vanessa Frazier")
            if described and office_words(described.group("name")):
                described = None  # "Ben Wallace, the Defence Secretary, said": an office
            elif described and seg[:1].islower() and body(seg) is not None:
                described = None  # "The agency, the World Food Programme, said": a body's name
            if described:  # "Its founder, the Spanish-American chef José Andrés, wrote"
                seg = described.group("name")
            head = NAME_SEGMENT.match(seg) if named else None
            if head and head.end() < len(seg) and OF_BODY.fullmatch(seg, head.end()):
                # "A virologist, Prof. Ada Nwosu of the University of Ibadan, told"
                role = role_before(text, u0, prev_comma)
                if role is not None:
                    seg0 = text.index(seg, prev_comma)
                    return seg0, seg0 + head.end(), role
            if named and NAME_SEGMENT.fullmatch(seg):
                # "A spokesperson for UNICEF, James Elder, said": the name follows its role
                role = role_before(text, u0, prev_comma)
                if role is not None:
                    seg0 = text.index(seg, prev_comma)
                    return seg0, seg0 + len(seg), role
            if named and FIRST_NAME.fullmatch(seg):
                # "Emily Damari's mother, Mandy, said": a relative named by first name; and
                # "Another resident, Freshta, said": an unnamed source's first name
                role = role_before(text, u0, prev_comma)
                if role is None and (
                    gave := _GAVE_FIRST_NAME.search(text, max(u0, prev_comma - 50), prev_comma)
                ):
                    # "A nurse at the hospital, who gave only his first name, Yousef, said"
                    role = role_before(text, u0, gave.start())
                if role is not None and (
                    KIN_OF.fullmatch(role)
                    or (
                        head_type(role) in ("anonymous", "other")
                        # (the role opens the clause: not "Dr Leonie Brandt, a lecturer at
                        # The University of the West Indies, Mona, said", a campus's place)
                        and text.rfind(",", u0, text.rfind(role, u0, prev_comma)) < 0
                    )
                ):
                    seg0 = text.index(seg, prev_comma)
                    return seg0, seg0 + len(seg), role
            known = body(seg) if prev_comma >= 0 and not apps else None
            if known and seg in countries() and region_of_place(text, u0, prev_comma, seg):
                end = prev_comma  # "Trump, speaking in Sharm el-Sheikh, Egypt, said": a country
                continue
            if known and role_of_a_body_before(text, u0, prev_comma):
                # "X, the spokesman for Hamas's armed wing, the Qassam Brigades, said": the
                # body restates the role's object; the speaker is before the role
                end = prev_comma
                continue
            if known and body(text[u0:prev_comma]) == known:
                # "The Qassam Brigades, Hamas' armed wing, said": the name, then what it is
                lead = text[u0:prev_comma]
                name0 = u0 + len(lead) - len(lead.lstrip())
                return name0, prev_comma, seg
            if known and body(text[u0:prev_comma]) is None:
                # "The UN relief agency, UNRWA, said": the body's own name follows its description
                seg0 = text.index(seg, prev_comma)
                return seg0, seg0 + len(seg), None
            if (
                prev_comma >= 0
                and seg.endswith(")")
                and NAME_TAIL_WITH_SHORT.search(seg)
                and not (APPOSITIVE_START.match(seg) or titled(seg))
            ):
                # "a researcher at the Foundation for Political, Economic and Social Research
                # (SETA), said": the comma is inside a body's name
                end = prev_comma
                continue
            if (
                prev_comma >= 0
                and INSTITUTION_AFTER_SHORT_FORM.match(seg)
                and text[:prev_comma].rstrip().endswith(")")
            ):
                # "a lecturer at the Legon Centre ... (LECIAD), University of Ghana, told":
                # the institution the centre belongs to, set off by a comma
                end = prev_comma
                continue
            if prev_comma >= 0 and region_of_place(text, u0, prev_comma, seg):
                end = prev_comma  # "speaking on Sunday in Selma, Alabama,": a place's state
                continue
            if (
                prev_comma >= 0
                and seg
                and text[prev_comma - 1 : prev_comma].isdigit()  # (the pattern's cheap test)
                and (aged := AGED_IN_CLAUSE.search(text, u0, prev_comma + 1))
            ):
                # "Beatrice Wanjiru, whose son, 24, is on a farm near Ashkelon, said": the age
                # of the relative splits the relative clause in three
                seg = text[aged.start("clause") : end].strip()
                prev_comma = aged.start()
            if (
                prev_comma >= 0
                and seg.istitle()
                and " " not in seg  # (the pattern's cheap test: one capitalised word)
                and (kin := KIN_NAME_IN_CLAUSE.search(text, u0, prev_comma + 1))
            ):
                # "Gov. Josh Shapiro, who attended the vigil with his wife, Lori, told": the
                # relative's name splits the relative clause in three
                seg = text[kin.start("clause") : end].strip()
                prev_comma = kin.start()
            if prev_comma >= 0 and not apps and OR_SHORT_NAME.fullmatch(seg):
                # "Israel's Coordination of Government Activities in the Territories, or
                # COGAT, says": the body's short name after its full one
                full = backward_np(text, u0, prev_comma)
                if full is not None and text[full[0] : full[1]][:1].isupper():
                    return full[0], full[1], None
            if (
                prev_comma < 0
                or not seg
                or not (
                    APPOSITIVE_START.match(seg)
                    or titled(seg)
                    or owned_role(seg)
                    or the_office(seg)  # "Ben Wallace, the Defence Secretary, said"
                    or PARTY_TAG.fullmatch(seg)  # "Rep. Rashida Tlaib, D-Detroit, said"
                    or ASIDE.match(seg)  # "Netanyahu, more cautiously, vowed"
                    # "X, Lecturer of International Relations at Addis Ababa University, told"
                    or ACADEMIC_POST.match(seg)
                )
            ):
                break
            if not ADVERBIAL_SEGMENT.match(seg) and not PARTY_TAG.fullmatch(seg):
                apps.append(seg)
            party = (
                PARTY_STATE.search(text, max(u0, prev_comma - 14), prev_comma)
                or NAME_NOTE.search(text, max(u0, prev_comma - 45), prev_comma)
                if text.find(")", max(u0, prev_comma - 14), prev_comma) >= 0
                else None
            )  # "Sen. X (R-S.C.), ...", "Hanan (not her real name), a nurse, said"
            head = backward_np(text, u0, party.start() if party else prev_comma)
            if head is not None and (after := after_date_opener(text, u0, prev_comma, seg)):
                return after  # "On November 28, the Hamas official Osama Hamdan, who ..., said"
            knowing = source_qualifier(text, max(u0, head[0] - 40), head[0]) if head else None
            if knowing:  # "A source close to the mediators, who asked not to be named, said"
                head = backward_np(text, u0, knowing.start()) or head
            opening = unnamed_opening(text, u0, prev_comma)
            if opening is not None:
                # "An aid worker with an NGO in Deir al-Balah, who asked not to be named
                # because ..., said": the unnamed source is all the clause opens with
                return opening[0], opening[1], None
            if head is not None and unnamed_after_opener(text, u0, head):
                # "In Jerusalem, a senior official, speaking on condition of anonymity, told"
                return head[0], head[1], None
            if head is not None and not_the_speaker(text, u0, head):
                # "X, UNICEF Representative in Sudan, speaking ...", "Dr Laila Nassar, Plan
                # International's Middle East humanitarian adviser, who is based in Amman,
                # told", "Yusuf Dadabhai, from Highfields, whose aunt ...": a role or a place,
                # go on
                head = None
            if head is not None and PARTY_TAG.fullmatch(text, head[0], head[1]):
                head = None  # "Rep. Rashida Tlaib, D-Detroit, the only ...": a party, go on
            if head is not None and object_of_role(text, u0, head[0]):
                # "Dr Yasmin Shaheen, director of programmes at the Palestinian Medical Relief
                # Society, a Christian Aid partner, warned": the body a role is at, go on
                head = None
            if (
                head is not None
                and text[head[0] : head[0] + 1].islower()
                and (bare := BARE_DESCRIBED_NAME.fullmatch(text, head[0], head[1])) is not None
                and text[u0 : head[0]].rstrip()[-1:] == ","
            ):
                # "In Royal Palm Beach, pharmacist Mahmoud Awad, 61, said": a name after its
                # description, after an opener
                head = bare.span("name")
            if (
                head is not None
                and (
                    text[head[0] : head[1]][:1].isupper()
                    or titled_name(text[head[0] : head[1]])  # "prime minister Benjamin Netanyahu"
                    or (
                        apps
                        and head_type(text[head[0] : head[1]]) is not None
                        and (
                            text[u0 : head[0]].rstrip()[-1:] in ("", ",", "”", '"', ".")
                            # '"...," while an EU diplomat, speaking on condition of anonymity, said'
                            or text[u0 : head[0]].rstrip().endswith(CLAUSE_JOINS)
                            # "On Monday the Health Ministry, which is run by Hamas, said"
                            or _TIME_OPENER.fullmatch(text, u0, head[0]) is not None
                        )
                    )
                )
            ):  # a name, or an unnamed source: '"...," a nurse at Nasser Hospital, who asked ...'
                for app in reversed(apps):
                    if not app.startswith(("who ", "which ")):
                        appositive = appositive or app
                # ("Dr Sanjay Kulkarni, who teaches West Asian studies at ..., said": a
                # relative clause may say what the speaker is)
                appositive = appositive or next(
                    (a for a in apps if a.startswith("who ") and is_expert_text(a)), None
                )
                head = named_with_short_form(text, u0, head)
                if (start := list_start(text, u0, head)) is not None:
                    head = start, head[1]  # "Egypt, Qatar and Turkey, the guarantors, said"
                if appositive is None and (lead := text[u0 : head[0]].rstrip()).endswith(","):
                    # "The ministry's spokesman, Ashraf al Qudra, who spoke on Sunday, said":
                    # the role before the name
                    appositive = role_before(text, u0, u0 + len(lead) - 1)
                return head[0], head[1], appositive
            end = prev_comma
        return None
    # ("A UN official who asked not to be named because he was not authorized to brief the
    # media said": the source, not the last noun of its relative clause)
    relative = relative_subject(text, u0, hi)
    if relative is not None:
        return relative
    np = backward_np(text, u0, hi)
    if np is None:
        # "Rabbi Aaron Weiss of a Bloomfield Hills congregation said": a name, then where or
        # what the person is of, ending in a common noun
        of = _NAME_OF_SOMETHING.search(text, u0, hi) if " of " in text[u0:hi] else None
        return (of.start("name"), of.end("name"), of.group("of")) if of else None
    np = named_with_short_form(text, u0, whole_body(text, u0, np))
    head = text[np[0] : np[1]]
    if (
        np[0] > u0
        and head[:1].islower()
        and " " not in head  # (a bare head: "manager", not "the Israeli military")
        and not head.endswith("s")  # (an article counts one: not "a number aid groups")
        and head.lower() not in _NOT_MODIFIERS
        and (lead := _UNNAMED_LEAD.search(text, max(u0, np[0] - 60), np[0]))
        and not any(w.lower() in _NOT_MODIFIERS for w in lead.group("mods").split())
    ):
        # "One London-based emerging markets portfolio manager said": the words the phrase
        # walk does not know, between an unnamed source's article and its head
        np = (lead.start("det"), np[1])
    run_by = (
        _RUN_BY.search(text, max(u0, np[0] - 20), np[0])
        if text.startswith("by ", np[0] - 3)
        else None
    )
    if run_by and (ran := backward_np(text, u0, run_by.start())) is not None:
        np = (ran[0], np[1])  # "the Health Ministry run by Hamas said": the ministry speaks
    knowing = source_qualifier(text, max(u0, np[0] - 40), np[0])
    if knowing:  # "a UN official familiar with the figures told": the official speaks
        np = backward_np(text, u0, knowing.start()) or np
    phrase = text[np[0] : np[1]]
    if phrase.lower() in SPOKES_WORDS:
        owner = _OWNER_PRONOUN.search(text, max(u0, np[0] - 6), np[0])
        if owner:
            np = (owner.start(), np[1])  # "..., his spokesman said": whose spokesman
            phrase = text[np[0] : np[1]]
    if is_possessive(phrase) and not (
        _BRAND_NAME.fullmatch(phrase) and _PLAIN_VERB_AFTER.match(text, np[1])
    ):
        return None
    if text.endswith(" and ", u0, np[0]):
        # "The Israeli army and the Shin Bet said": two bodies opening the clause
        first = backward_np(text, u0, np[0] - 5)
        lead = text[u0 : first[0]].rstrip() if first else "x"
        if first and (not lead or lead[-1] in ',”"') and body(text[first[0] : first[1]]):
            return first[0], np[1], appositive
    start = list_start(text, u0, np)
    return (start if start is not None else np[0]), np[1], appositive


_GAVE_FIRST_NAME = re.compile(
    r",\s+who\s+(?:gave|would\s+give|asked\s+to\s+give)\s+(?:only\s+)?(?:his|her|their)\s+"
    r"(?:first\s+)?name(?:\s+only)?$"
)
_OWNER_PRONOUN = re.compile(r"\b(?:his|her|their|its)\s+$", re.IGNORECASE)
# an unnamed source's article at the clause's start, then up to four modifiers
_UNNAMED_LEAD = re.compile(
    r"(?:^|(?<=[,;:]\s)|(?<=\band\s)|(?<=\bbut\s)|(?<=\bwhile\s)|(?<=[\"”]\s))"
    r"(?P<det>[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<mods>(?:[\w’'-]+\s+){1,4})$"
)
_NOT_MODIFIERS = NP_STOP_WORDS | {
    "is", "was", "were", "are", "has", "have", "had", "been", "it", "he", "she", "they",
}  # fmt: skip
