"""Print interviews: each answer is a direct statement of the person interviewed.

Print interviews label their turns in ordinary case ("Spectator: ...?" then "Mansour:
..."), by initials ("E:" then "RA:" for Rami Azzam), or "Q:" and "A:" for the person the
introduction names (:func:`interview_turns`); or they print their questions as paragraphs
of their own, in bold or after the outlet's label ("SZ: Frau Adler-Shaked, when did you
...?"), with the answers unlabelled (:func:`qa_turns`). The interviewer's questions make
no statement.
"""

from __future__ import annotations

import re

from corpus.coref import ArticleSpeakers
from corpus.cue import statement_row, turn_row
from corpus.mentions import PLACE_PREPOSITIONS
from corpus.speakers import Speaker, honorifics
from corpus.text import UPPER, paragraphs
from corpus.titles import NAME_LINK, NAME_WORD
from corpus.transcripts import COURTESY_ONLY, answer_span, line_end, line_labels

__all__ = ["interview_turns", "qa_turns"]


# Print interviews label their turns in ordinary case: "Spectator: What about the hostages?"
# then "Mansour: Around 200 people ...", or "Q:" and "A:".
_QA_LABEL = re.compile(
    # (a name may open with a capital beyond ASCII: "Élise Marchand:")
    rf"(?P<label>Q|A|[{UPPER}][\w.'’-]*"
    rf"(?: (?:[{UPPER}][\w.'’-]*|de|da|do|dos|al|el|bin|van|von|der)){{0,4}})"
    # ("Hiba Qasem (HQ): ..." then "HQ: ...": the initials the later turns go by)
    r"(?:[ \t]+\((?P<short>[A-Z]{1,4})\))?"
    # ("Steve Witkoff (archival clip): ...": a note on how the words came)
    r"(?:[ \t]+\((?:archival\s+clip|archive\s+clip|clip|archive|recording|on\s+tape|via\s+"
    r"(?:interpreter|translator)|through\s+(?:an\s+)?(?:interpreter|translator)|translated)\))?"
    r"[ \t]*:[ \t]+(?=\S)"
)


# a page's own fields, labelled like turns ("Tags: Think Out Loud, Israel, Gaza",
# "Disclosures: Nassar reports no relevant financial disclosures.")
PAGE_LABELS = frozenset(
    {
        "Tags",
        "Topics",
        "Related",
        "Disclosure",
        "Disclosures",
        "Source",
        "Sources",
        "Credit",
        "Credits",
        "Photo",
        "Image",
        "Share",
        "Filed Under",
        "Categories",
        "Category",
        "Keywords",
        "Correction",
        "Update",
        "Note",
        "Listen",
        "Watch",
        "Subscribe",
    }
)


# an office that labels its holder's answers: "Question: ...?" then "Spokesperson: ..."
ROLE_LABELS = frozenset({"Spokesperson", "Spokesman", "Spokeswoman"})
_NAME = rf"{NAME_WORD}{NAME_LINK}{{1,3}}"


def _role_holder(text: str, ctx: ArticleSpeakers, label: str, first: int) -> Speaker | None:
    """The person the page names with the office that labels the answers, before them:
    "Monica Grayley, Spokesperson for the President of the General Assembly", "Spokesperson
    Stéphane Dujarric"."""
    pattern = re.compile(rf"(?P<a>{_NAME}),\s+(?:the\s+)?{label}\b|\b{label}\s+(?P<b>{_NAME})")
    for found in pattern.finditer(text, 0, first):
        name = found["a"] or found["b"]
        people = ctx.resolve(name, None, found.start())
        if people and people[0].person:
            return people[0]
    return None


def _label(m: re.Match[str]) -> str:
    """A turn's label: the initials a name gives in brackets, else the name."""
    return m["short"] or m["label"]


_MIN_ANSWERS = 2


def interview_turns(text: str, ctx: ArticleSpeakers) -> list[dict]:
    """Statement rows of the answers of a print interview: each answer under the
    interviewee's label ("Mansour: ...", or "A: ..." after "Q: ...") is one direct statement
    of the interviewee; the questions make none. [] when the text is not an interview."""
    # (each label, and whether its turn asks a question)
    turns = [(m, _asks(text[m.end() : line_end(text, m.end())]))
             for m in line_labels(text, _QA_LABEL) if m["label"] not in PAGE_LABELS]  # fmt: skip
    asked: dict[str, list[bool]] = {}
    for m, question in turns:
        asked.setdefault(_label(m), []).append(question)
    askers = {
        label
        for label, questions in asked.items()
        if len(questions) >= _MIN_ANSWERS and sum(questions) * 2 >= len(questions)
    }
    if not askers:
        return _answers_after_bare_questions(text, ctx, [m for m, _ in turns])
    interviewee = _interviewee(text, ctx, turns) if "Q" in askers else None
    holders: dict[str, Speaker | None] = {}  # office label -> the person holding it
    rows = []
    for (m, _asked), (before, _) in zip(turns[1:], turns, strict=False):
        label = _label(m)
        if label in askers or _label(before) not in askers:
            continue  # an answer follows a question (and may end in one of its own: "Why
            # would anyone think they can survive another winter underground?")
        if label == "A":
            speaker = interviewee
        elif label in ROLE_LABELS:
            # "Spokesperson: ...": the holder named before the first such answer, found once
            if label not in holders:
                holders[label] = _role_holder(text, ctx, label, m.start())
            speaker = holders[label]
        else:
            found = ctx.resolve(label, None, m.start())
            speaker = found[0] if found and found[0].person else None
            if speaker is None and _INITIALS.fullmatch(label):
                speaker = _by_initials(ctx, label, m.start())  # "RA:" for Rami Azzam
        end = line_end(text, m.end())
        if speaker is None or COURTESY_ONLY.fullmatch(text, m.end(), end):
            continue  # ("Levin: Thank you.": nothing said of the matter)
        rows.append(turn_row(text, speaker, m, m.end(), end))
    return rows if len(rows) >= _MIN_ANSWERS else []


def _answers_after_bare_questions(
    text: str, ctx: ArticleSpeakers, labels: list[re.Match[str]]
) -> list[dict]:
    """A person's labelled answers to questions printed alone on the line before: "Can the
    truce last beyond four days?" then "Hugo Marchand: Both sides have an interest ..."."""
    rows = []
    introduced: Speaker | None = None  # the person the introduction names, typed by it
    for m in labels:
        before = text[max(0, m.start() - 400) : m.start()].rstrip()
        question = before[before.rfind("\n") + 1 :]
        if not question.endswith("?") or _QA_LABEL.match(question):
            continue
        found = ctx.resolve(m["label"], None, m.start())
        if not found or not found[0].person or " " not in found[0].name:
            continue
        if introduced is None:
            start = max(0, m.start() - 2000)
            introduced = _spoken_to(text, ctx, start, m.start()) or _introduced(
                text, ctx, start, m.start()
            )
        # ("Medscape spoke with Omar Kassem, MD, a trauma and orthopedic surgeon": an expert)
        speaker = introduced if introduced and introduced.name == found[0].name else found[0]
        end = line_end(text, m.end())
        rows.append(turn_row(text, speaker, m, m.end(), end))
    return rows if len(rows) >= _MIN_ANSWERS else []


_INITIALS = re.compile(r"[A-Z]{2,4}")


def _by_initials(ctx: ArticleSpeakers, label: str, position: int) -> Speaker | None:
    """The one person named before ``position`` whose initials the label is: "Executive
    spoke to Rami Azzam, a development economist ..." then "RA: Not by itself."."""
    names = {
        full
        for start, full, _ in ctx.people
        if start < position and "".join(w[0] for w in full.split() if w[:1].isupper()) == label
    }
    if len(names) != 1:
        return None
    found = ctx.resolve(names.pop(), None, position)
    return found[0] if found and found[0].person else None


# A print interview may print its questions as paragraphs of their own, with no label:
# "What did the Doha round achieve?" then the answer's paragraphs.
_MIN_PAIRS = 3
_QUESTION_CHARS = 300
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|[Ww]e|[Mm]y|[Oo]ur|[Mm]e)\b")


def qa_turns(
    text: str, ctx: ArticleSpeakers, paras: list[tuple[int, int]] | None = None
) -> list[dict]:
    """Statement rows of the answers of an interview whose questions stand alone as short
    paragraphs ending in "?": each answer (its paragraphs up to the next question) is one
    direct statement of the interviewee the introduction names. [] when the text is not
    such an interview (fewer than three questions with answers, or answers that speak for
    no one: an explainer's own questions, unless its introduction says it interviewed)."""
    paras = paragraphs(text) if paras is None else paras  # (the caller's, when it has them)
    asked = [
        i
        for i, (a, b) in enumerate(paras)
        # (in bold too: "**What has changed for you since Friday morning?**")
        if text[a:b].rstrip().rstrip("*_").endswith("?")
        and b - a <= _QUESTION_CHARS
        and i + 1 < len(paras)
    ]
    answers = []
    for k, i in enumerate(asked):
        stop = asked[k + 1] if k + 1 < len(asked) else len(paras)
        span = answer_span(text, paras[i + 1 : stop])
        if span is not None:
            answers.append(span)
    if len(answers) < _MIN_PAIRS:
        return []
    if any(_QA_LABEL.match(text, a) for a, _ in answers):
        return []  # "Kassem: I arrived ...": labelled turns, read by the labels
    first = paras[asked[0]][0]
    # the introduction: the two paragraphs before the first question
    intro = paras[max(0, asked[0] - 2)][0]
    # (the interviewee's own first person, not one quoted in an explainer's answer; or an
    # introduction that says it interviewed: "We spoke to him on Monday", "Edited excerpts")
    spoken = sum(bool(_FIRST_PERSON.search(_unquoted(text[a:b]))) for a, b in answers)
    if spoken * 2 < len(answers) and not _INTERVIEW_WORDS.search(text, intro, first):
        return []
    speaker = (
        _addressed(text, ctx, first)
        or _spoken_to(text, ctx, intro, first)
        or _introduced(text, ctx, intro, first)
        or _person(text, ctx, list(_REACHED.finditer(text, 0, first))[:1])
    )
    if speaker is None:
        return []
    return [
        statement_row(text, speaker, speaker.name, (a, b), (a, b), verb="say", kind="direct")
        for a, b in answers
    ]


# a person introduced before the questions, with an age or what they are: "Dr Graham
# Noakes, 58, an orthopaedic surgeon from Leeds, ...", "El Espectador spoke with Juliana
# Ospina Restrepo, PhD in international relations ..."
_INTRODUCED = re.compile(
    r"(?P<name>(?!(?:In|On|At|For|From|As|By|The|This|That|When|After|Before|Since|During|With)\b)"
    r"(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    r"(?:,\s+\d{1,3},\s+\w|,\s+(?:a|an|the|who|PhD|professor|lecturer|director|head|chief|"
    r"senior|former)\b"
    # (or a body's short name and the role there: "Camille Dorval, MSF emergency coordinator,")
    r"|,\s+[A-Z]{2,6}(?:['’]s)?\s+[a-z]"
    # (statements reads a text whose degrees are blanked: "Juliana Ospina Restrepo      in")
    r"|\s{3,}\S)"
)


# the first question calls the interviewee by name: "SZ: Frau Adler-Shaked, when did you
# last hear from your parents?", "Dr Morvan, what did you find?"
# (the title one of the honorifics: Mr, Dr, Frau, Madame, Señora ...)
_ADDRESSED = re.compile(
    r"(?:[A-Z][\w.]{0,12}:\s+)?(?P<title>[A-Z]\w+)\.?\s+(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?),\s"
)


# a standfirst that says how the interviewee was reached: "Reached by phone in Khan Younis,
# Hélène Morvan, deputy medical coordinator for MSF, on ..."
_REACHED = re.compile(
    rf"\b(?:Reached|Contacted|Interviewed|Questioned)\b[^,.]{{0,40}},\s+"
    rf"(?P<name>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,3}}),\s"
)


def _addressed(text: str, ctx: ArticleSpeakers, first: int) -> Speaker | None:
    """The person the first question (at ``first``) calls by title and name, when the
    article named them before."""
    m = _ADDRESSED.match(text, first)
    if m is None or m.group("title").lower() not in honorifics():
        return None
    found = ctx.resolve(m.group("name"), None, m.start("name"))
    if not found or not found[0].person or " " not in found[0].name:
        return None
    # typed by what the introduction says the person is ("Dafna Adler-Shaked, 41, runs a
    # dental practice in Munich")
    for named in _INTRODUCED.finditer(text, max(0, first - 3000), first):
        if named.group("name") == found[0].name:
            return _person(text, ctx, [named]) or found[0]
    return found[0]


def _spoken_to(text: str, ctx: ArticleSpeakers, start: int, end: int) -> Speaker | None:
    """The person the introduction (``text[start:end]``) says the outlet spoke to."""
    found = _person(text, ctx, list(_SPOKE_TO.finditer(text, start, end))[:1])
    if found is not None:
        return found
    # "I spoke with Bakri on Tuesday": a surname, of a person the article named before
    m = _SPOKE_TO_SURNAME.search(text, start, end)
    if m is None:
        return None
    speakers = ctx.resolve(m.group("name"), None, m.start("name"))
    known = speakers[0] if speakers and speakers[0].person else None
    return known if known is not None and " " in known.name else None


def _introduced(text: str, ctx: ArticleSpeakers, start: int, end: int) -> Speaker | None:
    """The last person the introduction (``text[start:end]``) introduces (_INTRODUCED)."""
    return _person(text, ctx, list(_INTRODUCED.finditer(text, start, end))[-1:])


# what the introduction says the person is: "Dr Graham Noakes, 58, an orthopaedic surgeon
# from Leeds", "Juliana Ospina Restrepo, a professor at the Universidad Externado"
# (after an age or a blanked degree, whatever follows: "Ahmad Jaber, 34, fled Gaza City ...",
# "Juliana Ospina Restrepo      in international relations and professor at ...")
_ROLE_AFTER = re.compile(
    # (a blanked degree may stand before the comma: "Omar Kassem    , a trauma surgeon")
    r"\s*,\s+(?P<role>(?:a|an|the)\s[^,.;:()]{2,80})|(?:,\s+\d{1,3},\s+|\s{3,})(?P<said>[^,.;:()]{2,80})"
)


def _person(text: str, ctx: ArticleSpeakers, found: list[re.Match[str]]) -> Speaker | None:
    """The person a match names, typed by what the introduction says they are when the
    article types them no other way than the default."""
    if not found:
        return None
    speakers = ctx.resolve(found[0].group("name"), None, found[0].start("name"))
    if speakers and speakers[0].type != "official":
        return speakers[0] if speakers[0].person else None  # (typed by the article already)
    role = _ROLE_AFTER.match(text, found[0].end("name"))
    what = None
    if role is not None:
        # ("came to Iceland in 2022 and works as a kitchen assistant": the role is what he
        # is, "a kitchen assistant")
        noun = _A_NOUN.search(role["said"]) if role["said"] else None
        what = role["role"] or (noun.group() if noun else role["said"])
    speakers = ctx.resolve(found[0].group("name"), what, found[0].start("name"))
    return speakers[0] if speakers and speakers[0].person else None


_A_NOUN = re.compile(r"\b(?:a|an)\s[^,.;:()]{2,60}")


_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _unquoted(text: str) -> str:
    return _QUOTED.sub(" ", text)


def _asks(turn: str) -> bool:
    """Whether a turn asks: it ends with a question mark, or trails off as a prompt
    ('Interviewer: "But four captives were released last week..."'), inside quotes too."""
    return turn.rstrip().rstrip("\"”’'").rstrip().endswith(("?", "...", "…"))


def _interviewee(text: str, ctx: ArticleSpeakers, turns: list) -> Speaker | None:
    """The person a Q-and-A interview answers with: the last one named in the lines before
    its first question ("Onmanorama spoke to Jincy over the phone. Edited excerpts:")."""
    first = next(m.start() for m, _ in turns if _label(m) == "Q")
    return _interviewee_before(text, ctx, first)


def _interviewee_before(text: str, ctx: ArticleSpeakers, first: int) -> Speaker | None:
    """The person named before the first question at ``first`` (see :func:`_interviewee`)."""
    # "The New Times spoke to Dr Aimable Ntwali Mugenzi, a lecturer ...": the standfirst
    # may name the interviewee far above the questions
    spoke = None
    for found_spoke in _SPOKE_TO.finditer(text, 0, first):
        spoke = found_spoke  # (the last before the questions)
    if spoke is not None:
        found = ctx.resolve(spoke.group("name"), None, spoke.start("name"))
        if found and found[0].person:
            return found[0]
    if not _INTERVIEWED.search(text, max(0, first - _INTRO_CHARS), first):
        return None  # an explainer's questions, answered by the outlet itself
    for m in reversed(list(_CAPITALISED.finditer(text, max(0, first - _INTRO_CHARS), first))):
        if m.group().split()[-1] not in ctx.names:
            continue  # ("Edited excerpts:"): a person named in the text, by any part of the name
        if text.endswith(_PLACE_BEFORE, max(0, m.start() - 6), m.start()):
            continue  # "met with several MPs on Parliament Hill": a place
        found = ctx.resolve(m.group(), None, m.start())
        if found and found[0].person:
            return found[0]
    return None


# (and after "at" or "on": "spoke at Congregation Beit Tikvah", "met MPs on Parliament Hill")
_PLACE_BEFORE = (*PLACE_PREPOSITIONS, " at ", " on ")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)*")
# an outlet's talk with someone: "The New Times spoke to ..."
# ("The Kyunghyang Shinmun spoke on Monday with Lee Ji-yeon": a day or a way between)
_SPOKE_WITH = (
    r"\b(?:spoke|speaks|talked|talks|sat\s+down)"
    r"(?:\s+(?:on\s+[A-Z][a-z]+day|(?:this|last)\s+week|recently|by\s+(?:tele)?phone))?"
    r"\s+(?:to|with)"
)
_SPOKE_TO = re.compile(
    rf"{_SPOKE_WITH}\s+"
    r"(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
    # (introduced with what they are: not "Biden spoke with Netanyahu on Sunday"; a degree
    # after the name is blanked in the text statements read: "Juliana Ospina Restrepo      in")
    r"(?=,\s+(?:a|an|the|who)\b|\s+\(|\s{3,}\S)"
)
_SPOKE_TO_SURNAME = re.compile(
    rf"{_SPOKE_WITH}\s+(?P<name>(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?[A-Z][\w'’-]+)"
    r"(?=\s+(?:on|last|this|about|by|in|over|after)\b|[.,])"
)
_INTRO_CHARS = 600
# what an interview's introduction says of it: "We spoke to him on Monday", "Edited excerpts"
_INTRO_WORDS = rf"{_SPOKE_WITH}\b|\bexcerpts\b|\bconversation with\b"
_INTERVIEWED = re.compile(rf"{_INTRO_WORDS}|\binterview(?:ed|s)?\b|\basked\b", re.IGNORECASE)
_INTERVIEW_WORDS = re.compile(rf"{_INTRO_WORDS}|\binterview|\bedited\b", re.IGNORECASE)
