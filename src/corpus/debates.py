"""Parliamentary records: a member's turn under their label is that member's statement.

Legislatures publish their debates with each turn under the member's name, an honorific
and often the constituency, party or office in brackets: "Ms. Salma Zahid (Scarborough
Centre, Lib.):" (the turn on the next line), "Senator WONG (South Australia—Leader of the
Government in the Senate) (14:05): I thank ...", "Rt Hon WINSTON PETERS (Minister of
Foreign Affairs): New Zealand has ...", "Deputy Mary Lou McDonald" alone on a line. Later
turns may drop the brackets or the honorific ("Chlöe Swarbrick: Is he aware ..."). A turn
is one direct statement of the member (``official``); the chair's lines ("The Speaker:",
"An Ceann Comhairle") and the house's noises ("Hon. Members: Hear, hear!") are none.
Attributions inside a turn ("the Gaza Health Ministry said yesterday ...") are read by
the usual rules.

>>> from corpus.coref import ArticleSpeakers
>>> text = ("Mr. Ali Ehsassi (Willowdale, Lib.):\\nThe truce must hold.\\n\\n"
...         "The Speaker: Order.\\n\\nHon. Mélanie Joly (Minister of Foreign Affairs, Lib.):\\n"
...         "We are working with our partners.\\n\\nMr. Ali Ehsassi (Willowdale, Lib.):\\n"
...         "Will she press Israel?")
>>> [(r["speaker"], r["quote"]) for r in debate_turns(text, ArticleSpeakers(text))]
[('Ali Ehsassi', 'The truce must hold.'), ('Mélanie Joly', 'We are working with our partners.'), ('Ali Ehsassi', 'Will she press Israel?')]
"""

from __future__ import annotations

import re

from corpus.coref import ArticleSpeakers
from corpus.cue import turn_row
from corpus.layout_rules import MEMBER_HONORIFIC
from corpus.speaker_lexicon import countries
from corpus.speakers import Speaker
from corpus.text import UPPER
from corpus.transcripts import line_labels, title_case

__all__ = ["debate_turns", "house_voice", "title_cased_delegates"]

_HOUSE_HONORIFIC = re.compile(r"(?:Rt\.?|Right)\s+Hon|Hon|Senator|Deputy|Lord|Baroness")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|da|van|von|al|el|bin)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
# The chair, the house and offices named without their holder.
_CHAIR = (
    r"(?:The[ \t]+)?(?:SPEAKER|Speaker|Deputy[ \t]+Speaker|PRESIDENT|President|Chair|CHAIR|"
    r"Chairman|Chairperson|(?:Deputy[ \t]+)?Presiding[ \t]+Officer|DEPUTY[ \t]+SPEAKER|"
    r"Llywydd|Lord[ \t]+Speaker)"
    r"|(?:Mr|Madam)[ \t]+(?:Deputy[ \t]+)?Speaker|Dirprwy[ \t]+Lywydd"
    r"|An[ \t]+(?:Leas-)?Cheann[ \t]+Comhairle|An[ \t]+Ceann[ \t]+Comhairle"
    r"|(?:Some[ \t]+)?[Hh]on\.?[ \t]+[Mm]embers|HON\.?[ \t]+MEMBERS|(?:Some[ \t]+)?Members"
    r"|Noble[ \t]+Lords"
)
_OFFICE = (
    r"The[ \t]+(?:Taoiseach|Tánaiste|Prime[ \t]+Minister|Leader[ \t]+of[ \t]+the[ \t]+Opposition|"
    r"(?:Deputy[ \t]+)?First[ \t]+Minister|Cabinet[ \t]+Secretary[ \t]+for[ \t]+[A-Z][\w ,'’-]{2,60}?|"
    r"Minister[ \t]+(?:for|of)[ \t]+[A-Z][\w ,'’-]{2,60}?|Secretary[ \t]+of[ \t]+State"
    r"(?:[ \t]+for[ \t]+[A-Z][\w ,'’-]{2,60}?)?)"
)
# A turn's label at the start of a line: "Hon. Pierre Poilievre (Leader of the Opposition,
# CPC):", "7. CHLÖE SWARBRICK (Co-Leader—Green) to the Minister of Foreign Affairs:",
# "Senator WONG (...) (14:05):", or the label alone on its line ("Deputy Ivana Bacik")
DEBATE_LABEL = re.compile(
    rf"(?:\d{{1,3}}\.[ \t]+)?(?P<label>(?P<chair>{_CHAIR})|(?P<office>{_OFFICE})"
    # ("Lord Ahmad of Wimbledon (Con)": a peer's title of a place)
    rf"|(?P<honorific>{MEMBER_HONORIFIC})[ \t]+(?P<name>{_NAME}(?:[ \t]+of[ \t]+{_NAME})?)"
    rf"|(?P<bare>{_NAME})(?=[ \t]*\())"
    # (a bracket may hold another: "Hamish Falconer (Parliamentary Under-Secretary of State
    # (Foreign, Commonwealth and Development Office); Lincoln, Labour)", TheyWorkForYou)
    r"(?P<notes>(?:[ \t]*\((?:[^()\n]|\([^()\n]{0,80}\)){1,200}\))*)"
    r"(?:[ \t]+to[ \t]+the[ \t]+[^:\n]{3,80})?"
    r"(?:[ \t]*:[ \t]*|[ \t]*(?=\n|$))"
)
# The US Congressional Record and committee hearings: the label ends with a full stop, on
# an indented line ("  Mr. VAN HOLLEN. Mr. President, I rise ...", "Chairman Mast. The
# committee will come to order.")
_RECORD_LABEL = re.compile(
    r"[ \t]{0,8}(?P<label>(?P<chair>The[ \t]+(?:PRESIDING[ \t]+OFFICER|SPEAKER|CHAIR)[\w \t]{0,20}?)"
    r"|(?P<honorific>Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Chairman|Chairwoman|Senator)[ \t]+"
    r"(?P<name>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?))\.[ \t]+(?=[A-Z“\"])"
)
# party tags in a label's brackets: "Foysol Choudhury (Lothian) (Lab):", or the party last
# after a seat: "Emily Thornberry (Chair, Foreign Affairs Committee; Islington South and
# Finsbury, Labour)"
_PARTY_NOTE = re.compile(
    r"[(,;][ \t]*(?:Con|Lab|LD|Lib[ \t]+Dem|SNP|Green|Alba|Plaid[ \t]+Cymru|PC|DUP|SF|Sinn[ \t]+Féin|"
    r"SDLP|UUP|Alliance|TUV|Ind|CB|Crossbench|Reform|Lab/Co-op|Labour|Conservative|"
    r"Liberal[ \t]+Democrat|Scottish[ \t]+National[ \t]+Party|Reform[ \t]+UK|Independent|"
    r"Labour/Co-operative|Green[ \t]+Party)\)"
)
# the chair named with its office in brackets: "Lindsay Hoyle (Speaker)"
_CHAIR_NOTE = re.compile(
    r"\((?:Deputy[ \t]+)?(?:Speaker|Chair|Chairman|Chairperson|Presiding[ \t]+Officer)\)"
)
# A later turn under the name alone: "Chlöe Swarbrick: Is he aware ..."
_NAME_LABEL = re.compile(rf"(?P<label>{_NAME})[ \t]*:[ \t]+(?=\S)")
_MIN_LABELS = 3  # fewer are not a record of a debate
# labels of voices that are no member's: "QUESTION (Reuters):", "Interpreter:"
_NO_MEMBERS = frozenset({
    "QUESTION", "Q", "ANSWER", "A", "REPORTER", "JOURNALIST", "MODERATOR", "INTERPRETER",
    "TRANSLATOR", "TRANSLATION", "VOICE", "VOICES", "UPDATE", "RELATED", "SOURCE", "NOTE",
})  # fmt: skip
_MEMBER = "member of parliament"
_ENDS = (".", "?", "!", '"', "”", ")", "…", "'", "’")


def debate_turns(text: str, ctx: ArticleSpeakers) -> list[dict]:
    """Statement rows of the members' turns of a parliamentary record; [] when the text is
    not one."""
    labels = line_labels(text, DEBATE_LABEL, digits=True)
    # (a name with brackets alone may be a press review's outlet, "GAZETA WYBORCZA (PL)", and
    # "Dr Ssekandi:" an interview's answer: a house's own honorifics, brackets after one, a
    # party's tag, or any honorific where the chair speaks too: "Mr Speaker:", "Ms Sheerin:")
    chaired = any(m["chair"] and m["chair"].split()[-1] != "Members" for m in labels)
    strong = [
        m
        for m in labels
        if m["office"]
        or (m["bare"] and _PARTY_NOTE.search(m["notes"]))
        or (m["honorific"] and (_HOUSE_HONORIFIC.match(m["honorific"]) or m["notes"] or chaired))
    ]
    if len(strong) < _MIN_LABELS:
        labels = _record_labels(text)
        strong = [m for m in labels if m["honorific"]]
    if len(strong) < _MIN_LABELS:
        return []
    surnames = {_surname(m) for m in strong if m["name"] or m["bare"]}
    # (a name of two words or more, or a surname the record gave in full)
    # (a name's label before the record's first member is page furniture: "Official Report:")
    first = min(m.start() for m in strong)
    labels += [
        m
        for m in line_labels(text, _NAME_LABEL)
        if (" " in m["label"] or m["label"].lower() in surnames)
        and m.start() > first
        and not DEBATE_LABEL.match(text, m.start())
    ]
    labels.sort(key=lambda m: m.start())
    rows = []
    holders: dict[str, Speaker] = {}  # office -> the holder its bracketed label named
    for m, nxt in zip(labels, [*labels[1:], None], strict=True):
        if m.groupdict().get("chair") or m["label"].split()[0].upper() in _NO_MEMBERS:
            continue  # the chair's order, the house's noise, a reporter's question
        if m.groupdict().get("notes") and _CHAIR_NOTE.search(m["notes"]):
            continue  # "Lindsay Hoyle (Speaker)": the chair by name
        start, end = _turn(text, m, nxt.start() if nxt else len(text))
        if start >= end or _procedural(text[start:end]):
            continue
        office = m.groupdict().get("office")
        speaker = holders.get(office) if office and not m["notes"] else _speaker(m, ctx)
        if speaker is None:
            continue
        if office:
            holders[office] = speaker  # "The First Minister:" later is the same holder
        rows.append(turn_row(text, speaker, m, start, end))
    return rows


def _procedural(turn: str) -> bool:
    """Whether a short turn only runs the sitting: "Without objection.", "Dr. Shavit, you
    are recognized for 5 minutes.", "The committee stands adjourned." (no member's view)."""
    return len(turn.split()) <= _PROCEDURE_WORDS and bool(_PROCEDURE.search(turn))


# the words that run a sitting; a turn of few words with one of them says nothing else
_PROCEDURE_PHRASES = (
    "without objection", "recognized for", "recognised for", "now recognize", "now recognise",
    "stands adjourned", "come to order", "I yield", "yield back", "yield the floor",
    "the gentleman from", "the gentlewoman from", "the gentlelady from", "unanimous consent",
)  # fmt: skip
_PROCEDURE = re.compile("|".join(_PROCEDURE_PHRASES), re.IGNORECASE)
_PROCEDURE_WORDS = 25


def _record_labels(text: str) -> list[re.Match[str]]:
    """The labels of a US record's turns, on lines that may be indented."""
    found = []
    at = 0
    while at >= 0:
        if (m := _RECORD_LABEL.match(text, at)) is not None:
            found.append(m)
        at = text.find("\n", at) + 1 or -1
    return found


def _surname(m: re.Match[str]) -> str:
    return (m["name"] or m["bare"] or "").split()[-1].lower()


def _turn(text: str, m: re.Match[str], stop: int) -> tuple[int, int]:
    """The span of a turn: from the label's end (or the next line) up to the next label,
    without the headings, clock marks and blank lines before it."""
    start = m.end()
    while start < stop and text[start] in " \t\n":
        start += 1
    end = stop
    while end > start:
        newline = text.rfind("\n", start, end - 1)
        line_start = newline + 1 if newline >= 0 else start
        line = text[line_start:end].strip()
        if line and line.endswith(_ENDS) and not _CLOCK.fullmatch(line):
            break
        end = max(start, line_start - 1) if line_start > start else start
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return start, end


_CLOCK = re.compile(r"\(?\d{1,2}[:.]?\d\d(?:\s*[ap]\.?m\.?)?\)?", re.IGNORECASE)


def _speaker(m: re.Match[str], ctx: ArticleSpeakers):
    """The member a label names, resolved against the article's people."""
    held = _NAME_IN_NOTES.search(m["notes"]) if m.groupdict().get("notes") else None
    if m.groupdict().get("office") and held:
        # "The First Minister (Humza Yousaf):": the holder in brackets
        found = ctx.resolve(held["name"], _MEMBER, m.start())
    elif m.groupdict().get("office"):
        # ("The Taoiseach": only a holder the article names, not the office as a name)
        found = ctx.resolve(m["office"].split(None, 1)[1], None, m.start())
        found = [s for s in found if " " in s.name]
    elif m.groupdict().get("honorific") in _PEERAGES:
        # "Lord Ahmad of Wimbledon", "Baroness Sugg": a peer's title is the name
        return Speaker(f"{m['honorific']} {m['name']}", "official", _MEMBER, person=True)
    else:
        name = m["name"] if m.groupdict().get("name") else m["label"]
        # (a doctor or a professor may be a witness before a committee: typed by the article)
        honorific = m.groupdict().get("honorific") or ""
        role = None if honorific.startswith(("Dr", "Prof")) else _MEMBER
        found = ctx.resolve(title_case(name), role, m.start())
    return found[0] if found and found[0].person else None


# the house a member speaks in or for: "this Chamber should be honest", "these Benches"
_THE_HOUSE = frozenset({"house", "the house", "chamber", "the chamber", "these benches"})
_PEERAGES = frozenset({"Lord", "Baroness", "Lady"})
_NAME_IN_NOTES = re.compile(rf"\((?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,3}})\)")


# the parties and mediators a member reports on, not the member's own country
_REPORTED_STATES = frozenset({
    "Israel", "Palestine", "State of Palestine", "Lebanon", "Iran", "Egypt", "Qatar", "Syria",
    "Yemen", "Jordan",
})  # fmt: skip


def house_voice(row: dict, spans: list[tuple[int, int]]) -> bool:
    """Whether a statement row inside a member's turn gives the voice of the member's own
    country or government ("New Zealand has told Israel directly", "Canada is calling
    for ..."): the member's words, already the turn's statement (but "Israel believes at
    least 39 of them are dead" reports another state)."""
    speaker = row["speaker"] or ""
    if speaker.lower() in _THE_HOUSE:
        own = True  # "this Chamber should be honest": the house the member speaks in
    else:
        own = row["speaker_type"] == "organization" and (
            (speaker in countries() and speaker not in _REPORTED_STATES)
            or speaker.lower() in ("government", "the government")
        )
    return own and any(a <= row["char_start"] < b for a, b in spans)


# UN meetings coverage prints each delegate's name in capitals before their state or title:
# "BARBARA WOODWARD (United Kingdom) said ...", "TOM FLETCHER, Under-Secretary-General for
# Humanitarian Affairs, said ..." (not a transcript's "NAME (role):" label)
_CAPS_WORD = r"[^\W\d_][^\W\d_'’.-]*[^\W\d_.]"  # (in capitals: checked with isupper)
_DELEGATE_CAPS = re.compile(
    rf"(?:^|(?<=\) and )|(?<=\. ))(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,3}})"
    r"(?P<note>[ \t]*\((?P<state>[A-Z][^()\n:]{1,60})\))(?=,?[ \t]+[a-z])",
    re.MULTILINE,
)
_CAPS_THEN_BRACKET = re.compile(rf"[{UPPER}]{{2}}[ \t]*\(")
_TITLED_CAPS = re.compile(
    rf"^(?P<name>{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,3}})(?=,[ \t]+[A-Z][a-z])", re.MULTILINE
)


def title_cased_delegates(text: str) -> str:
    """``text`` with the capitalised names of a meeting's speakers in title case and their
    states in brackets blanked (the same length, so offsets hold: "Vanessa Frazier
    and Samuel Žbogar both underlined"), or ``text`` itself when it prints no delegate so."""
    if not _CAPS_THEN_BRACKET.search(text):
        return text  # (the quick test: a name in capitals right before a bracket)
    delegates = [m for m in _DELEGATE_CAPS.finditer(text) if m["name"].isupper()]
    if not delegates:
        return text
    out = list(text)
    for m in (*delegates, *_TITLED_CAPS.finditer(text)):
        if not m["name"].isupper():
            continue
        cased = title_case(m["name"])
        if len(cased) == len(m["name"]):
            out[m.start("name") : m.end("name")] = cased
    for m in delegates:
        if m["state"] in countries():
            out[m.start("note") : m.end("note")] = " " * len(m["note"])
    return "".join(out)
