"""Press briefings as the issuing offices print them: reporters' questions under their
outlets' or their own labels, each answered under the spokesperson's label.

A foreign ministry's transcript ("CCTV: ... What is China's comment?" then "Wang Wenbin:
China voted in favor ...", "Question (RIA Novosti): ...?" then "Maria Zakharova: ...",
"Vivek Menon, Asian Age: ...?" then "Official Spokesperson, Shri Randhir Jaiswal: ...")
asks under a different label each time, so no single asker repeats as in a print
interview. Each turn of the one who answers is one direct statement of theirs (the
annotation guide's rule for transcripts, read for briefings), the opening announcement
included; the questions make none of their own.

>>> text = ("Wang Wenbin: I have an announcement.\\n\\nAFP: Will China help?\\n\\n"
...         "Wang Wenbin: China will help.\\n\\nCCTV: What about aid?\\n\\n"
...         "Wang Wenbin: Aid is on its way.")
>>> [(r["speaker"], r["quote"]) for r in briefing_turns(text, ArticleSpeakers(text))]
[('Wang Wenbin', 'I have an announcement.'), ('Wang Wenbin', 'China will help.'), \
('Wang Wenbin', 'Aid is on its way.')]
"""

from __future__ import annotations

import re

from corpus.coref import ArticleSpeakers
from corpus.cue import turn_row
from corpus.speakers import Speaker
from corpus.text import paragraphs
from corpus.transcripts import (
    COURTESY_ONLY,
    MEDIA_ROLES,
    SENTENCE_ENDS,
    TURN_LABEL,
    answer_span,
    line_end,
    line_labels,
    title_case,
)

__all__ = ["briefing_turns"]

# A turn's label at a line's start: a name, an outlet, a role and a name ("Official
# Spokesperson, Shri Randhir Jaiswal"), a note in brackets ("Reporter (NHK, Mori)")
_LABEL = re.compile(r"(?P<label>[A-Z][^:\n?!\d]{1,80}?)[ \t]*:[ \t]+(?=\S)")
_MAX_LABEL_WORDS = 8
_MIN_ANSWERED = 2  # answers that follow a question: fewer are no briefing
# words of office before a name in a label, not part of it
_TITLES = re.compile(
    r"^(?:(?:Official|Foreign|Ministry|Deputy|Chief|Press|Government|Senior|Spokes(?:person|man"
    r"|woman)|Minister|Secretary|Ambassador|Director|General|Gen\.|GEN\.|Col\.|Adm\.|Maj\.|Lt\.|"
    r"Brig\.|Shri|Smt\.?|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|H\.E\.)[ \t]+)+"
)


def briefing_turns(text: str, ctx: ArticleSpeakers) -> list[dict]:
    """Statement rows of the answers of a press briefing: each turn of a label that answers
    at least two questions put under other labels, and asks none itself, is one direct
    statement of the person the label names. [] when the text is not a briefing."""
    turns = []
    for m in line_labels(text, _LABEL):
        label = " ".join(m["label"].split())
        if len(label.split()) > _MAX_LABEL_WORDS:
            continue
        line = text[m.end() : line_end(text, m.end())]
        turns.append((m, label, line.rstrip().rstrip("\"”’'").rstrip().endswith("?")))
    answered: dict[str, int] = {}
    asked: dict[str, int] = {}
    for (_, label, question), (_, before, before_asks) in zip(turns[1:], turns, strict=False):
        if not question and before_asks and before != label:
            answered[label] = answered.get(label, 0) + 1
    for _, label, question in turns:
        asked[label] = asked.get(label, 0) + question
    # (a broadcast's own reporter answers its host: "INSKEEP: ...?" then "ESTRIN: ...",
    # first labelled "DANIEL ESTRIN, BYLINE:")
    programme = _programme_voices(text)
    answerers = {
        label
        for label, n in answered.items()
        if n >= _MIN_ANSWERED and asked[label] == 0 and label.split()[-1] not in programme
    }
    if not answerers:
        return []
    speakers = {label: _speaker(label, ctx, text) for label in answerers}
    paras = paragraphs(text)
    starts = [m.start() for m, _, _ in turns]
    rows = []
    for m, label, _ in turns:
        speaker = speakers.get(label)
        if speaker is None:
            continue
        end = _turn_end(text, m.end(), paras, starts)
        if COURTESY_ONLY.fullmatch(text, m.end(), end):
            continue  # ("Levin: Thank you.": nothing said of the matter)
        rows.append(turn_row(text, speaker, m, m.end(), end))
    return rows if len(rows) >= _MIN_ANSWERED else []


def _programme_voices(text: str) -> set[str]:
    """Surnames of the labels a broadcast transcript gives a media role ("DANIEL ESTRIN,
    BYLINE:", "LEILA FADEL, HOST:")."""
    return {
        m["label"].split()[-1]
        for m in line_labels(text, TURN_LABEL)
        if m["role"] and any(role in m["role"] for role in MEDIA_ROLES)
    }


def _speaker(label: str, ctx: ArticleSpeakers, text: str) -> Speaker | None:
    """The person a label names ("Official Spokesperson, Shri Randhir Jaiswal", "Minister
    Iwaya", "GEN. RYDER"), resolved against the article's people; None for an office or
    an outlet."""
    label = re.sub(r"\s*\([^)]*\)", "", label)
    position = text.find(label)
    for part in reversed(label.split(",")):
        name = title_case(_TITLES.sub("", part.strip()))
        if not name:
            continue
        found = ctx.resolve(name, None, max(position, 0))
        # (a full name the article gives: not an initials label like "RAS:")
        if found and found[0].person and " " in found[0].name:
            return _typed(found[0], name, ctx, text)
    return None


def _typed(speaker: Speaker, name: str, ctx: ArticleSpeakers, text: str) -> Speaker:
    """The speaker typed by what the page says they are ("Reem Kanaan is a nonresident
    fellow at the Middle East Institute") when the article's mentions leave the default."""
    if speaker.type != "official":
        return speaker
    said = re.search(re.escape(name if " " in name else speaker.name) + _IS_A, text)
    if said is None:
        return speaker
    found = ctx.resolve(speaker.name, said["role"], said.start())
    return found[0] if found and found[0].person else speaker


# what a person is: "Reem Kanaan is a nonresident fellow at ...", "..., a professor at ..."
_IS_A = r"(?:,| is)\s+(?P<role>(?:a|an|the)\s[^,.;:()]{2,80})"


# (a briefing's paragraph may also end in a bracket: "(The briefing also addressed ...)")
_TURN_ENDS = (*SENTENCE_ENDS, ")")


def _turn_end(text: str, start: int, paras: list[tuple[int, int]], starts: list[int]) -> int:
    """Where an answer ends: its line, and the lines after it that end as sentences do, up
    to the next label (a link line or a page's furniture ends it)."""
    end = line_end(text, start)
    stop = next((s for s in starts if s > start), len(text))
    span = answer_span(text, [(a, b) for a, b in paras if end < a < stop], _TURN_ENDS)
    return span[1] if span is not None else end
