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
from corpus.transcripts import line_labels, title_case

__all__ = ["debate_turns", "house_voice"]

_HOUSE_HONORIFIC = re.compile(r"(?:Rt\.?|Right)\s+Hon|Hon|Senator|Deputy|Lord|Baroness")
_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|da|van|von|al|el|bin)"
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
# The chair, the house and offices named without their holder.
_CHAIR = (
    r"(?:The[ \t]+)?(?:SPEAKER|Speaker|Deputy[ \t]+Speaker|PRESIDENT|President|Chair|CHAIR|"
    r"Chairman|Chairperson|Presiding[ \t]+Officer|DEPUTY[ \t]+SPEAKER)"
    r"|An[ \t]+(?:Leas-)?Cheann[ \t]+Comhairle|An[ \t]+Ceann[ \t]+Comhairle"
    r"|(?:Some[ \t]+)?[Hh]on\.?[ \t]+[Mm]embers|HON\.?[ \t]+MEMBERS|Members"
)
_OFFICE = (
    r"The[ \t]+(?:Taoiseach|Tánaiste|Prime[ \t]+Minister|Leader[ \t]+of[ \t]+the[ \t]+Opposition|"
    r"Minister[ \t]+(?:for|of)[ \t]+[A-Z][\w ,'’-]{2,60}?|Secretary[ \t]+of[ \t]+State"
    r"(?:[ \t]+for[ \t]+[A-Z][\w ,'’-]{2,60}?)?)"
)
# A turn's label at the start of a line: "Hon. Pierre Poilievre (Leader of the Opposition,
# CPC):", "7. CHLÖE SWARBRICK (Co-Leader—Green) to the Minister of Foreign Affairs:",
# "Senator WONG (...) (14:05):", or the label alone on its line ("Deputy Ivana Bacik")
DEBATE_LABEL = re.compile(
    rf"(?:\d{{1,3}}\.[ \t]+)?(?P<label>(?P<chair>{_CHAIR})|(?P<office>{_OFFICE})"
    rf"|(?P<honorific>{MEMBER_HONORIFIC})[ \t]+(?P<name>{_NAME})|(?P<bare>{_NAME})(?=[ \t]*\())"
    r"(?P<notes>(?:[ \t]*\([^()\n]{1,160}\))*)"
    r"(?:[ \t]+to[ \t]+the[ \t]+[^:\n]{3,80})?"
    r"(?:[ \t]*:[ \t]*|[ \t]*(?=\n|$))"
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
    # "Dr Ssekandi:" an interview's answer: a house's own honorifics, or brackets after one)
    strong = [
        m
        for m in labels
        if m["office"]
        or (m["honorific"] and (_HOUSE_HONORIFIC.match(m["honorific"]) or m["notes"]))
    ]
    if len(strong) < _MIN_LABELS:
        return []
    surnames = {_surname(m) for m in strong if m["name"] or m["bare"]}
    # (a name of two words or more, or a surname the record gave in full)
    labels += [
        m
        for m in line_labels(text, _NAME_LABEL)
        if (" " in m["label"] or m["label"].lower() in surnames)
        and not DEBATE_LABEL.match(text, m.start())
    ]
    labels.sort(key=lambda m: m.start())
    rows = []
    for m, nxt in zip(labels, [*labels[1:], None], strict=True):
        if m.groupdict().get("chair") or m["label"].split()[0].upper() in _NO_MEMBERS:
            continue  # the chair's order, the house's noise, a reporter's question
        start, end = _turn(text, m, nxt.start() if nxt else len(text))
        if start >= end:
            continue
        speaker = _speaker(m, ctx)
        if speaker is None:
            continue
        rows.append(turn_row(text, speaker, m, start, end))
    return rows


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
    if m.groupdict().get("office"):
        # ("The Taoiseach": only a holder the article names, not the office as a name)
        found = ctx.resolve(m["office"].split(None, 1)[1], None, m.start())
        found = [s for s in found if " " in s.name]
    else:
        name = m["name"] if m.groupdict().get("name") else m["label"]
        # (a doctor or a professor may be a witness before a committee: typed by the article)
        honorific = m.groupdict().get("honorific") or ""
        role = None if honorific.startswith(("Dr", "Prof")) else _MEMBER
        found = ctx.resolve(title_case(name), role, m.start())
    return found[0] if found and found[0].person else None


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
    own = speaker in countries() and speaker not in _REPORTED_STATES
    return (
        row["speaker_type"] == "organization"
        and (own or speaker.lower() in ("government", "the government"))
        and any(a <= row["char_start"] < b for a, b in spans)
    )
