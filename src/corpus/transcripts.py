"""Broadcast transcripts: a turn under a speaker's label is that
speaker's statement.

Radio and television transcripts (NPR, Democracy Now!) print each turn after the
speaker's name in capitals: "YARA HADDAD: Well, the first phase ...". A guest's turn is
a direct statement of the guest; the programme's own voices are not: the host who opens
the transcript and anyone labelled as host, anchor or reporter ("RIMA HADDAD, BYLINE:").
Later turns may carry the surname alone ("HADDAD:"). Print interviews are read by
:mod:`corpus.interviews`.

>>> text = ("ANN LEE, HOST: Welcome.\\n\\nJOHN ROE: The truce must hold.\\n\\n"
...         "LEE: Thank you.\\n\\nROE: Thanks. It has to.")
>>> [(r["speaker"], r["quote"]) for r in transcript_turns(text, ArticleSpeakers(text))]
[('John Roe', 'The truce must hold.'), ('John Roe', 'Thanks. It has to.')]
"""

from __future__ import annotations

import re

from corpus.coref import ArticleSpeakers
from corpus.cue import turn_row
from corpus.speakers import Speaker, title_words
from corpus.text import UPPER
from corpus.titles import MEMBER_LETTERS

__all__ = [
    "COURTESY_ONLY",
    "MEDIA_ROLES",
    "SENTENCE_ENDS",
    "TURN_LABEL",
    "answer_span",
    "line_end",
    "line_labels",
    "title_case",
    "transcript_turns",
]

# "YARA HADDAD:", "DR. NOUR BARAKAT:", "RIMA HADDAD, BYLINE:" at the start of a line
# ("JOE BIDEN (CLIP):", "AHMED ALI (through translator):": a note on how the words came)
TURN_LABEL = re.compile(
    rf"^(?P<label>[{UPPER}][{UPPER}.'’-]*(?: [{UPPER}][{UPPER}.'’-]*){{0,3}})"
    # ("JOE BIDEN, U.S. PRESIDENT (MAY 31):": a role with stops, a note with a date; PBS
    # prints the role in title case: "OFER LIVNAT, Brother of Hostage:")
    r"(?:, (?P<role>[A-Z][A-Z .,'-]*|[A-Z][A-Za-z .,'’&-]{0,80}?))?"
    # (the note may give a role and a setting: "(Foreign Minister, speaking to reporters)")
    r"(?: \((?P<note>[A-Za-z][A-Za-z0-9 .,'’-]{1,60})\))?:[ \t]+(?=\S)",
    re.MULTILINE,
)
# a turn that only thanks or greets: "Thanks, Jack.", "Thank you.", "Good morning."
COURTESY_ONLY = re.compile(
    r"\s*(?:(?:thanks|thank you)(?: (?:so|very) much)?(?: for having me)?|good (?:morning|"
    r"afternoon|evening)|(?:it's )?(?:a |my )?pleasure|you're welcome)(?:,? [A-Z][\w'-]*)?[.!]?\s*",
    re.IGNORECASE,
)
# roles of the programme's own voices
MEDIA_ROLES = (
    "HOST",
    "BYLINE",
    "ANCHOR",
    "CORRESPONDENT",
    "REPORTER",
    "PRESENTER",
    "VOICE-OVER",
    "VOICEOVER",
    "V.O.",
)
# a label's note that says how the words came, not who speaks: "(through translator)", "(CLIP)"
_NOT_A_ROLE = re.compile(
    r"\s*$|(?:through|via|by|in|translated|speaking|clip|voice|video|audio|on camera|recorded)\b",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\((?:through interpreter|through translator|translated)\)\s*", re.I)
_STAGE_ONLY = re.compile(r"\s*\([^)]*\)\W*")  # a stage direction and nothing else
_MIN_TURNS = 3  # fewer labelled lines are not a transcript ("UPDATE: ...", "WATCH: ...")
_UNNAMED_LABELS = ("UNIDENTIFIED ", "UNKNOWN ", "CROWD", "PROTESTERS")
# a video shot list's fields, labelled like turns ("ASPECT RATIO: 16:9", "TIME CODE: 00:12")
METADATA_LABELS = (
    "ASPECT RATIO",
    "TIME CODE",
    "SHOT LIST",
    "STORY LINE",
    "PRODUCTION DATE",
    "FILE NAME",
    "MEDIA TYPE",
    "VIDEO FORMAT",
    "CAMERA OPERATOR",
    "RUNNING TIME",
)


def transcript_turns(text: str, ctx: ArticleSpeakers) -> list[dict]:
    """Statement rows (as :func:`corpus.statements.article_statements` makes them) of the
    guests' turns of a transcript; [] when the text is not one."""
    if ":" not in text:
        return []
    labels = [
        m
        for m in line_labels(text, TURN_LABEL)
        if _named(m["label"]) and m["label"] not in METADATA_LABELS
    ]
    if len(labels) < _MIN_TURNS:
        return []
    full_of: dict[str, str] = {}  # surname label -> the whole label first printed
    programme: set[str] = set()  # labels of the host and the reporters
    for i, m in enumerate(labels):
        # ("TAMAR ASHKENAZI (REPORTER):": the role may stand in brackets)
        # (a note's role is before its comma: "(Foreign Minister, speaking to reporters)")
        note = (m.group("note") or "").split(",")[0].upper()
        label, role = m.group("label"), f"{m.group('role') or ''} {note}".upper()
        if " " in label:
            full_of.setdefault(label.split()[-1], label)
        whole = full_of.get(label, label)
        # (the host opens a programme; a minister opens a press conference: "MÉLANIE JOLY
        # (Minister of Foreign Affairs):", a role with an office's word)
        opens = i == 0 and not any(w in title_words() for w in role.lower().split())
        if (
            opens
            or any(r in role.replace(",", " ").split() for r in MEDIA_ROLES)
            or _asks_by_name(text, m, labels)
            or _introduced_as_reporter(text, whole)
        ):
            programme.add(whole)
    rows = []
    for m in labels:
        whole = full_of.get(m.group("label"), m.group("label"))
        if whole in programme or " " not in whole:
            continue
        end = line_end(text, m.end())
        start = m.end()
        if aside := _ASIDE.match(text, start):
            start = aside.end()
        if _STAGE_ONLY.fullmatch(text, start, end):
            continue  # "AHMED ABU SHAMALA: (Speaking Arabic)." - the words are not given
        if COURTESY_ONLY.fullmatch(text, start, end):
            continue  # "ROE: Thanks, Jack." - nothing said of the matter
        if whole.startswith(_UNNAMED_LABELS):
            # "UNIDENTIFIED WOMAN (through interpreter):": a voice the programme does not name
            speakers = [Speaker(whole.lower(), "anonymous")]
        elif post := _POST_NOMINAL.search(whole):
            # "PEARSE DOHERTY TD:": a member of parliament, named without the letters
            speakers = ctx.resolve(title_case(whole[: post.start()]), _MEMBER, m.start())
        else:
            # (the label's role types the voice: "OFER LIVNAT, Brother of Hostage:",
            # "YAAKOV ROTEM, Former Deputy Head, ...", "(Hamas official, Beirut)")
            described = m.group("role") or (m.group("note") or "").split(",")[0]
            described = None if _NOT_A_ROLE.match(described) else described
            speakers = ctx.resolve(title_case(whole), described, m.start())
        if not speakers or not (speakers[0].person or whole.startswith(_UNNAMED_LABELS)):
            continue
        rows.append(turn_row(text, speakers[0], m, start, end))
    return rows


def _asks_by_name(text: str, label: re.Match[str], labels: list[re.Match[str]]) -> bool:
    """Whether a turn asks another voice a question by first name, as a host hands over:
    "JON SOPEL: ... Daniel, is the war over?" (the guest, DANIEL ASHWORTH, answers)."""
    turn = text[label.end() : line_end(text, label.end())]
    if "?" not in turn:
        return False
    own = label.group("label").split()[0]
    firsts = {m.group("label").split()[0] for m in labels if " " in m.group("label")} - {own}
    return any(
        re.search(rf"(?:^|[.!?]\s+){re.escape(title_case(first))}, [^.!?]*\?", turn)
        for first in firsts
    )


# how a programme introduces its own reporter or host in running text: "Special
# correspondent Matthew Royce reports from Tel Aviv", "our Middle East correspondent, Eliza
# Moore", "I'm Carla Winslow", "Eliza Moore reports."
_REPORTER_BEFORE = r"(?:[Cc]orrespondent|[Rr]eporter|[Hh]ost|[Aa]nchor|[Pp]resenter|I['’]m),?\s+"
_REPORTER_AFTER = (
    r"\s+(?:reports\b|begins our coverage|has (?:more|this report|the story)|"
    # "Adnan Elbaz from BBC Arabic is in Khan Younis", the handback "Ruth Abbott in Tel Aviv."
    r"(?:from|of)\s+(?:the\s+)?(?:BBC|CNN|NPR|PBS|ABC|CBS|NBC|Sky|Al Jazeera|France 24|DW)\b|"
    r"(?:in|reporting from)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\.)"
)


def _introduced_as_reporter(text: str, label: str) -> bool:
    """Whether the page names the voice of ``label`` as its correspondent, host or
    presenter outside the turns."""
    name = title_case(label)
    if name not in text:
        return False  # (the quick test: most labels are printed in capitals only)
    name = re.escape(name)
    return bool(re.search(rf"{_REPORTER_BEFORE}{name}\b|\b{name}{_REPORTER_AFTER}", text))


SENTENCE_ENDS = (".", "!", '"', "”", "’", "…")


def answer_span(
    text: str, paras: list[tuple[int, int]], ends: tuple[str, ...] = SENTENCE_ENDS
) -> tuple[int, int] | None:
    """The span of an answer: its paragraphs that end as sentences do (in one of ``ends``),
    from the first on (a link line or a caption ends it)."""
    end = None
    for a, b in paras:
        line = text[a:b].rstrip()
        if not line.endswith(ends) or len(line) < 20:
            break
        end = a + len(line)
    return (paras[0][0], end) if end is not None else None


def line_labels(text: str, pattern: re.Pattern[str], digits: bool = False) -> list[re.Match[str]]:
    """Matches of a turn label's ``pattern`` where a line opens with a capital, or with a
    digit when ``digits`` (matched there only, not at every character)."""
    found = []
    at = 0
    while at >= 0:
        first = text[at : at + 1]
        if (first.isupper() or digits and first.isdigit()) and (m := pattern.match(text, at)):
            found.append(m)
        at = text.find("\n", at) + 1 or -1
    return found


def line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _named(label: str) -> bool:
    """Whether a label can be a person's name: two to four words or a surname."""
    return len(label) >= 3 and not label.endswith(("'", "’"))


# letters after a member's name ("PEARSE DOHERTY TD", "JESS PHILLIPS MP")
_POST_NOMINAL = re.compile(rf" (?:{'|'.join(MEMBER_LETTERS)})$")
_MEMBER = "member of parliament"


def title_case(label: str) -> str:
    """'DR. NOUR BARAKAT' -> 'Dr. Nour Barakat', 'AL-HOUT' -> 'al-Hout'; words in ordinary
    case stay as written ('Mary Lou McDonald')."""
    words = []
    for word in label.split():
        if not word.isupper():
            words.append(word)
            continue
        parts = [p[:1] + p[1:].lower() for p in word.split("-")]
        if parts[0].lower() in ("al", "el") and len(parts) > 1:
            parts[0] = parts[0].lower()
        words.append("-".join(parts))
    return " ".join(words)
