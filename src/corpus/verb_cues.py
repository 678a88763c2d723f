"""The cue of one reporting verb: who speaks, on which side of the verb the content
stands, and where it ends.

:func:`verb_cue` reads a verb match that :func:`corpus.attribution.find_cues` keeps: it drops
a verb used in a sense that is no speech (:mod:`corpus.verb_senses`), then reads the
passive ``... was reiterated by X``, the inverted '"...," said X' (:mod:`corpus.inverted`),
participles (:mod:`corpus.participles`), coordinated verbs (``... and warned ...``) and the
speaker phrase to the left of the verb (:mod:`corpus.subjects`); the content comes before
the cue (``..., X said on Sunday.``) or after it (:mod:`corpus.content`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.adverbials import clause_subject
from corpus.adverbials import strip_adverbials as _strip_adverbials
from corpus.content import (
    ADJUNCT_THAT,
    BARE_DAY_THAT,
    MAIN_CLAUSE_RESUMES,
    NOTHING_FOLLOWS,
    OPENS_CONTENT,
    PLACE_THAT,
    TOLD_STARTS,
    has_words,
    little_follows,
    told_object,
)
from corpus.cue import Cue
from corpus.inverted import inverted_cue, quote_resumes
from corpus.participles import BARE_CLAUSE_FOLLOWS, CLAUSE_FOLLOWS, participle_cue
from corpus.phrases import (
    backward_np,
    forward_np,
)
from corpus.speakers import title_words
from corpus.subjects import subject_left as _subject_left
from corpus.text import UPPER
from corpus.verb_senses import (
    AFTER_QUOTE,
    CAREER,
    CLOSES_CONTENT,
    CONVEYED_THAT,
    CREDIT_LINE,
    DISCLAIMER,
    DOCUMENT_BY,
    EXPECTS_THAT,
    INFORMED_THAT,
    MAINTAINED_THING,
    NAMING,
    NEEDS_CLAUSE,
    NO_OBJECT,
    PLAN_THEN_NAME,
    PUT_AT,
    QUOTE_SOON,
    READERS_MAIL,
    RELATIVE_THAT,
    RELAYED,
    SIGN_OFF,
    WHAT_CALLED,
    WHICH_CALLED,
)

# a question put to someone: "Does the Minister accept that ...?", "Will he agree ...?"
_ASKED = re.compile(
    r"(?:^|[.:;!?]\s+)(?:Does|Do|Did|Will|Would|Can|Could|Has|Have|Should)(?:\s+[\w'’-]+){1,5}$"
)
_KIN_BEFORE_NAME = re.compile(r"(?<=[,”\"’])\s+(?:his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")
# the speaker goes on in a participle clause after the cue: '"...," he said, adding that'
_SAME_SPEAKER_GOES_ON = re.compile(
    r"(?:\s+(?:on|in|at)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,\s+(?:adding|noting|stressing|insisting|"
    r"explaining|arguing|warning|saying)\s+(?:that\b|[“\"])"
)
# the speaker's next sentence, all quotation, right after the cue's sentence ends
_NEXT_QUOTE = re.compile(r"[^“”\"\n.!?]{0,40}[.!?]\s+[“\"][^“”\"]+[”\"]\s*$")


# what a reduced passive reports of the people before it ("people reported killed")
_FATES = (" killed", " dead", " missing", " wounded", " injured", " kidnapped", " abducted")
# a broadcast's lead-in to a clip: "Here's a bit of what he told reporters", "Listen to what
# the minister said"
_CLIP_INTRO = re.compile(
    r"(?:Here['’]s|Here\s+is|[Ll]isten\s+to|[Tt]ake\s+a\s+listen\s+to)\b[^.]{0,30}?"
    r"\bwhat(?:\s+[\w.'’-]+){1,4}$"
)
_ANSWERED = re.compile(r"(?:\s+that\s+(?!\w+ly\b)|\s*[:,]\s*[“\"]|\s*:\s+[A-Z])")
_HAS_BEFORE = re.compile(r"\b(?:has|have|had)$")  # ("whom Israel has declared dead": a claim)


def verb_cue(
    text: str, u0: int, u1: int, v0: int, v1: int, lemma: str, participle: bool
) -> Cue | None:
    """The cue of the reporting verb ``text[v0:v1]`` (``lemma``; ``participle``: a form such
    as "saying") in the unit ``text[u0:u1]``, or None when it reports no speech there."""
    left = text[u0:v0].rstrip()
    after = text[v1:u1]
    if after.startswith(" to ") and _PASSIVE_SAID.search(text, max(u0, v0 - 8), v0):
        return None
    if after.startswith((" to be ", " to have ")) and text.endswith("ed", v0, v1):
        return None  # "10 to 15 people believed to be buried": a reduced passive, no speaker
    if after.startswith(_FATES) and text.endswith("ed", v0, v1) and not _HAS_BEFORE.search(left):
        return None  # "the number of people reported killed": a reduced passive too
    if (
        lemma in NEEDS_CLAUSE
        and not CLAUSE_FOLLOWS.match(after)
        and not BARE_CLAUSE_FOLLOWS.match(after)
        and not NOTHING_FOLLOWS.match(after)
        and not left.endswith(("”", '"'))  # '"...," added Zhu.': right after its quote
        and not (left.endswith(",") and _NAME_THEN_END.match(after))  # "..., notes X, ..."
    ):
        return None  # "agreed to a proposal", "adding pressure": actions, not speech
    if lemma in ("expect", "forecast") and (
        not EXPECTS_THAT.match(after) or _BARE_PASSIVE.search(text, max(u0, v0 - 30), v0)
    ):
        # "Fitch expects growth to slow", "Drewry expects that": a forecast said; but "is
        # expected to arrive", "expects to receive", "an expected deal": no one's words
        return None
    if "what" in left and _CLIP_INTRO.search(left):
        return None  # "Here's what he told reporters aboard Air Force One.": the clip follows
    if (
        lemma in ("inform", "notify")
        and not INFORMED_THAT.match(after)
        and not ("," in left and CLOSES_CONTENT.match(after))
    ):
        return None  # "informed the families": no message; "informed the UN that": one
    if lemma == "answer" and not _ANSWERED.match(after):
        return None  # "Israel answered with tanks": an act; 'Biden answered: "No."': words
    if lemma == "convey" and not CONVEYED_THAT.match(after):
        return None  # "trucks conveyed aid": no message; "conveyed a message to X that": one
    if (
        lemma == "call"
        and not WHAT_CALLED.search(text, max(u0, v0 - 60), v0)
        and not (
            after.lstrip().startswith(("“", '"'))
            and WHICH_CALLED.search(text, max(u0, v0 - 70), v0)
        )
        and (not QUOTE_SOON.match(after) or NAMING.search(text, max(u0, v0 - 20), v0))
    ):
        # 'called the claims "false"' reports words; "a man called Ahmed" and "the
        # so-called" name a thing
        return None
    if "?" in after and _ASKED.search(left) and "." not in after[: after.find("?")]:
        return None  # "Does the First Minister agree that ...?": a question put, not an answer
    if lemma == "threaten" and (
        not (after.startswith(" to ") or QUOTE_SOON.match(after))
        or left.endswith((" that", " which"))
    ):
        return None  # "threatened to quit": a threat; "a standoff that threatened to unravel"
    if lemma == "put" and (not PUT_AT.match(after) or DOCUMENT_BY.search(text, u0, v0)):
        # "put pressure on", "put forward a plan": no count reported; "A joint assessment by
        # the UN ... put the damage at": a document's count
        return None
    if lemma == "outline" and PLAN_THEN_NAME.search(left):
        return None  # "the proposal Biden outlined", "a framework Biden outlined in May"
    if (
        lemma == "tell"
        and left.endswith((" been", " was", " were", " being", " is", " are"))
        and not participle  # ("officials were telling reporters that ...": telling)
    ):
        return None  # "had initially been told she was killed": told, not telling
    if (
        text.endswith("s", v0, v1)
        and _PLURAL_STATE_AFTER.match(after)
        and left.lower().endswith(_NOUN_BEFORE)
    ):
        return None  # "until demands are met", "the claims were false": a plural noun
    if lemma == "state" and left.lower().endswith((" of", " the", " a", " this", " that")):
        return None  # "the U.S. secretary of state", "the state of Israel": a noun
    if lemma == "declare" and _DECLARED_ACT.match(after):
        return None  # "Israel declared war on Hamas", "declared a state of emergency": acts
    if lemma == "welcome" and (
        after.startswith((" to ", " back ")) or left.endswith(("You're", "You’re", "you're"))
    ):
        # "Good morning and welcome to our live coverage", "You're welcome.": courtesies
        return None
    if lemma == "welcome" and READERS_MAIL.match(after):
        return None  # "We welcome your comments at letters@...": the page's invitation
    if lemma in ("express", "inform") and DISCLAIMER.search(text, u0, u1):
        return None  # "Opinions expressed are those of the author", "Stay informed!"
    if lemma == "report" and SIGN_OFF.fullmatch(text, u0, u1):
        return None  # "CHEK's Owen Prentice reports.": a broadcast report's sign-off
    if lemma in ("pledge", "promise") and not (
        CLAUSE_FOLLOWS.match(after) or left.rstrip(", ").endswith(("”", '"'))
    ):
        return None  # "the retaliation its leaders have promised.": a promise, not words
    if lemma == "maintain" and MAINTAINED_THING.match(after):
        return None  # "Russia had maintained contacts with all sides": kept up, not claimed
    if lemma == "accuse" and NO_OBJECT.match(after):
        return None  # "the staff members accused and ...": an adjective, no one accused
    if lemma in ("report", "write") and CREDIT_LINE.match(after) and not AFTER_QUOTE.search(left):
        # "Ryan reported from Washington." (but '"...," Margaret Hollis wrote in The
        # Washington Post.' cites a column)
        return None
    if lemma == "project" and RELATIVE_THAT.match(after):
        return None  # "Housing projects that were destroyed": a noun and its relative clause
    if lemma in ("report", "write") and CAREER.match(after) and not RELAYED.search(after):
        return None  # "She has reported for New Lines from Gaza since 2023.": an author's note
    # passive: "was reiterated by X", "as outlined by X" (not "said by phone")
    # (cheap test first; "was announced on Wednesday by X": a day may come before "by")
    by = _BY.match(after) if " by " in after[:24] or after.lstrip().startswith("by") else None
    if by and _BY_MEANS.match(after, by.end()):
        by = None
    if by and _PASSIVE_AUX.search(text, max(u0, v0 - 30), v0):
        np = forward_np(text, v1 + by.end(), u1)
        if np:
            as_clause = text[u0:v0].rstrip().endswith(" as")
            # ("The ceasefire was announced on Wednesday by X": the clause up to "by")
            c1 = u1 if as_clause else v1 + after.rindex("by", 0, by.end())
            return Cue(lemma, v0, v1, np[0], np[1], "left", u0, c1, pattern="passive")
        return None
    if by:
        return None  # "hospitals, already stressed by shortages": not a speech act
    if (
        lemma != "quote"
        and not _ING.match(text, v0, v1)  # "is calling on": progressive, not passive
        and _BARE_PASSIVE.search(text, max(u0, v0 - 24), v0)
    ):
        return None  # "Famine is now confirmed in Gaza": a passive, no one speaks
    if participle:
        return participle_cue(text, u0, u1, v0, v1, lemma)
    # inverted: '"...," said Zhu.' / '..., said an official briefed on the meetings'
    found = None
    if left.endswith((",", "”", '"')) and has_words(left, 3):
        found = _subject_left(text, u0, v0) if left.endswith(",") else None
        who = _WHO_CLAUSE.search(left) if found is None and left[-1] in '”"' else None
        if who:  # 'Netanyahu, who thanked Trump for his "leadership," said ...'
            np = backward_np(text, u0, u0 + who.start())
            if np is not None and text[np[0] : np[0] + 1].isupper():
                found = (np[0], np[1], None)
        if found is None and lemma != "tell":
            return inverted_cue(text, u0, u1, v0, v1, lemma, left)
        if found is None:
            return None
    # coordinated: "... and warned that", "..., but expressed concern"
    if left.endswith(("and", "but")) and _AND_BUT_END.search(left):
        subj = clause_subject(text, u0, v0)
        if subj and subj[0] < v0 and backward_np(text, u0, _strip_adverbials(text, u0, v0)) is None:
            return Cue(lemma, v0, v1, subj[0], subj[1], "right", v1, u1,
                       pattern="coordinated", clause_subject=True)  # fmt: skip
    if found is None:  # not found above already
        found = _subject_left(text, u0, v0)
    if found is None:
        return None
    s0, s1, appositive = found
    if text.startswith("nor ", s0 - 4) or text.startswith("no ", s0 - 3):
        # "Neither Hamas nor Israel has said when ...", "no airline has announced": no one
        return None
    if _CONDITIONAL_BEFORE.search(text, max(u0, s0 - 9), s0):
        return None  # "The fighting could stop today if Hamas says yes": no one has said it
    if (
        text.startswith("the ", s0)
        and _COUNT_BEFORE.search(text, max(u0, s0 - 14), s0)
        and _STATE_AFTER.match(text, v1, u1)
    ):
        # "96 are still held, including 34 the Israeli military says are dead": whose count
        # the number is, a relative clause, no statement of the military's
        return None
    relayed = _QUOTED_BY.search(text, max(u0, s0 - 20), s0) if text[s0 - 3 : s0] == "by " else None
    if relayed and relayed.end() == s0:
        # "Palestinian analysts quoted by local media said": the analysts speak, via the media
        source = backward_np(text, u0, relayed.start())
        if source is not None:
            return Cue(lemma, v0, v1, source[0], source[1], "right", v1, u1,
                       via=text[s0:s1], pattern="quoted")  # fmt: skip
    side = "right"
    before = text[u0:s0].rstrip()
    owner_cut = None
    if before.endswith(_OWNER_WORDS) and (owner := _OWNER_AFTER_COMMA.search(before)):
        before = before[: owner.start() + 1]  # "..., his office said": the comma before "his"
        owner_cut = u0 + owner.start() + 1
    # the listener: "told Reuters", "spoke to CNN" (only after those verbs: no regex call)
    told = told_object(text, v0, u1) if text.startswith(TOLD_STARTS, v0) else None
    role_first = bool(appositive) and before.rstrip(" ,").endswith(appositive)
    role_start = owner_cut
    if role_first:  # "the Thai prime minister, Srettha Thavisin, said": content before it?
        lead = before.rstrip(" ,")[: -len(appositive)]
        role_first = not (lead.rstrip().endswith((",", "”", '"')) and has_words(lead, 3))
        role_start = None if role_first else u0 + len(lead)
    # content before the cue ("..., X said.") only when little follows it (read last: the
    # common "X said that ..." opens its sentence)
    if before[-1:] not in ',”"’' and (kin := _KIN_BEFORE_NAME.search(before)):
        # '"...," his brother Hatem Alkadi told ...': a relation named before the name
        before = before[: kin.start()]
        role_start = role_start or u0 + kin.start()
    if before[-1:] not in ',”"’' and (
        (modified := _MODIFIED_SUBJECT.search(before)) or (modified := _role_before(before))
    ):
        # "..., the state-run National News Agency", '"...," WHO representative for the
        # Palestinian territories Rik Peeperkorn told reporters'
        before = before[: modified.start() + 1]
        role_start = role_start or u0 + modified.start() + 1
    if (
        before.endswith((",", "”", '"', "’"))
        and has_words(before, 3)
        and not role_first
        # ("According to a CNN report, Hamas called for a truce": the aside is not content)
        and not _SOURCE_ASIDE.fullmatch(before)
        and (
            little_follows(text, u1, after, lemma, told)
            # ('"Our enemies are your enemies," Netanyahu told lawmakers in a chamber where
            # ...': a whole quotation opens the sentence, and no clause of words follows)
            or (
                _WHOLE_QUOTE_BEFORE.fullmatch(before)
                # (not "a Hamas official who asked not to be"; but "Samira Abu Sharekh, 52,")
                and (not text[s1:v0].strip() or _AGE_ASIDE.fullmatch(text, s1, v0))
                and not OPENS_CONTENT.match(text, told[1] if told else v1, u1)
            )
        )
    ):
        side = "left"
    via = None
    if told:
        via = text[told[0] : told[1]]
    if side == "left":
        resumes = quote_resumes(text, v1, u1) or _NEXT_QUOTE.match(text, v1, u1)
        # '"...," he said, "..."', '"...," she wrote on X. "A ceasefire is long overdue."'
        end = u1 if resumes else (role_start or s0)
        if (
            _PARENTHETICAL_CUE.match(text, told[1] if told else v1, u1)
            and '"' not in left
            and "“" not in left
        ):
            end = u1  # "The first step, he said, is to ...": the sentence runs on after the cue
        elif _SAME_SPEAKER_GOES_ON.match(text, told[1] if told else v1, u1):
            end = u1  # '"I'm very optimistic," Vance said, adding that it "will take time."'
        return Cue(lemma, v0, v1, s0, s1, "left", u0, end, appositive, via, "verb")
    # the content starts after the listener: "told Reuters (on Monday) that ..."
    c0 = told[1] if told else v1
    adjunct_that = ADJUNCT_THAT if told else PLACE_THAT  # ("insists on guarantees that")
    if (that := adjunct_that.match(text, c0, u1) or BARE_DAY_THAT.match(text, c0, u1)) is not None:
        c0 = that.end()  # "told reporters aboard Air Force One that", "claimed in a post that"
    if (whom := _OF_WHOM_BEFORE.search(text, max(u0, s0 - 60), s0)) is not None:
        c0 = whom.start(1)  # "..., about a third of whom Israel believes are dead": the part
    c1 = u1
    if _RELATIVE_SAY.match(text, s1, v0) and (main := MAIN_CLAUSE_RESUMES.search(text, c0, u1)):
        c1 = main.start()  # "The Houthis, who say they act for Gaza, have carried out ...":
        # the relative clause is what they say; the main clause is the narrator's
    return Cue(lemma, v0, v1, s0, s1, "right", c0, c1, appositive, via, "verb")


_OWNER_WORDS = (" his", " her", " its", " their")
_OWNER_AFTER_COMMA = re.compile(r"[,”\"’]\s+(?:his|her|its|their)$")
# a speaker's relative clause: "The Houthis, who say ..."
_RELATIVE_SAY = re.compile(r",\s+(?:who|which)\s+(?:\w+ly\s+)?$")
_BY = re.compile(
    r"(?:\s+(?:on|late|early|last|this|earlier)\s+(?:[MTWFS]\w+day|week|month|year|morning|"
    r"afternoon|evening|night))?\s+by\s+"
)
_BY_MEANS = re.compile(r"(?:tele)?phone|video|text message|e-?mail|letter|satellite|radio\b")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|is|are|been|as)\s+(?:\w+ly\s+)?$")
_AND_BUT_END = re.compile(r"(?:\band|\bbut)\s*$")
_QUOTED_BY = re.compile(r"\s+(?:quoted|cited)\s+by\s+")
_ING = re.compile(r"\w+ing\b")
# an "according to" aside alone before the subject: it names a relay, it says nothing
_SOURCE_ASIDE = re.compile(r"\s*(?:[Aa]ccording to|[Aa]s reported by)\s[^,\"“”]+,")
_WHOLE_QUOTE_BEFORE = re.compile(r"\s*[“\"][^“”\"]{10,}[,?!]\s*[”\"]")
_AGE_ASIDE = re.compile(r",\s*\d{1,3},\s*")
# what a declaration does rather than says ("declared war on Hamas", "declared a state of
# emergency", "declared a curfew")
_DECLARED_ACT = re.compile(
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:full|total|national|nationwide|general)\s+)?(?:war\b(?!\s+(?:over|ended|finished))|"
    r"state\s+of\s+(?:emergency|war|siege)|curfew|closed\s+military\s+zone|martial\s+law|"
    r"day\s+of\s+mourning|days\s+of\s+mourning|emergency\b)"
)
_COUNT_BEFORE = re.compile(r"\d[\d,]*\s+(?:(?:who|whom|that)\s+)?$")
_STATE_AFTER = re.compile(r"\s+(?:are|were|is|was|to\s+be)\b")
# words before a plural noun, never before a verb ("which the group says are in solidarity")
_NOUN_BEFORE = (" until", " the", " these", " those", " their", " its", " his", " her", " such",
                " of", " whose", " any", " all")  # fmt: skip
_PLURAL_STATE_AFTER = re.compile(
    r"\s+(?:are|were|have\s+been)\s+(?!(?:dead|alive|still|being|believed)\b)"
)
_CONDITIONAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Uu]ntil|[Ww]hether)\s+$")
# "is now confirmed", "were announced": a passive without its "by"
_BARE_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:(?:now|also|still|\w+ly)\s+)?$")
# "a team was said to have stayed": a passive report without a speaker
_PASSIVE_SAID = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
# a part of a count that the speaker's clause describes: ", at least 36 of whom | Israel
# believes are dead", ", including at least 34 whom | Israel has declared dead"
_OF_WHOM_BEFORE = re.compile(r"[,(]\s+((?:[\w-]+\s+){0,5}(?:of\s+)?whom)\s+$")
# A cue set inside its sentence: ", he said, is to promote ..." (a clause goes on after it).
_PARENTHETICAL_CUE = re.compile(
    r"(?:\s+(?:on|last|this)\s+\w+)?,\s+(?!(?:\w+ing|according|adding|and|but|who|which)\b)"
    # ("In the past 24 hours alone, the ministry said, 436 people were killed")
    r"(?:[a-zA-Z][\w’'-]*|\d[\d,.]*)\s+\S+\s+\S+"
)


# a name right after an inverted verb, then the sentence's end or an appositive
_NAME_THEN_END = re.compile(rf"\s+[{UPPER}][\w'’.-]*(?:\s+[{UPPER}][\w'’.-]*){{1,3}}\s*(?:[.,;]|$)")


# a determiner and a lower-case modifier between the content's comma and the speaker's name
# ("..., the state-run National News Agency said", '"...," acting Relief Coordinator X said',
# "..., mediator Qatar said"), not a function word ("..., and Qatar said", "..., where the
# army said", "..., a step officials described", "..., his spokesman X said")
_FUNCTION_WORDS = (
    "a", "an", "his", "her", "its", "their", "our", "in", "on", "at", "where", "what",
    "which", "who", "whom", "whose", "that", "this", "these", "those", "and", "but",
    "while", "as", "so", "then", "yet", "or", "when", "after", "before", "since",
    "because", "if", "with", "by", "for", "from", "to", "of", "than", "according",
)  # fmt: skip
_MODIFIER = rf"(?!(?:{'|'.join(_FUNCTION_WORDS)})\b)[a-z][\w-]*"
_MODIFIED_SUBJECT = re.compile(
    rf"[,”\"’]\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?{_MODIFIER}(?:\s+{_MODIFIER})?$"
)  # ("Egyptian state-linked")


@lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    # a role of a few words, ending in an office word and what it is "for" or "of", after
    # the quote: '," WHO representative for the Palestinian territories' (then the name)
    words = "|".join(sorted(map(re.escape, title_words()), key=len, reverse=True))
    return re.compile(
        rf"[,”\"’]\s+(?:the\s+)?(?:[{UPPER}][\w.&'’-]*\s+){{0,3}}(?:[a-z][\w-]*\s+){{0,2}}?"
        rf"(?i:{words})(?:\s+(?:for|of|in|at|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)?$"
    )


def _role_before(before: str) -> re.Match[str] | None:
    return _role_pattern().search(before) if " " in before[-80:] else None


# A relative clause about the speaker that ends in a quoted word, before the verb
_WHO_CLAUSE = re.compile(r",\s+who\s+[^.;\"“”]{3,120}[\"“][^\"“”]{1,60},?[\"”]$")
