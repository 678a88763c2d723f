"""Among the cues of one unit: outlets that only relay, and speech nested in speech.

:func:`relays` keeps the speakers a reader credits with a statement: "X said ...,
Bloomberg reported" is X's (Bloomberg becomes ``via``); "citing X" is X's; a
second cue inside the first one's content ("told reporters that the US believed
...") is part of the first statement unless it opens a clause of its own ("...,
even as Hamas dismissed ...", "a charge the group denies").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.attribution import Cue
from corpus.speaker_media import media_name
from corpus.speakers import Speaker

# Relative clauses hold speech of their own: "a plan that one minister described",
# "aid organizations who warn civilians ...".
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
_VERB_THAT_BEFORE = re.compile(r"\b(?:and|but)\s+(?:\w+\s+)?\w+(?:ed|s)\s+that\s+$")
_RELATIVE_AFTER = re.compile(r"\s*,?\s*(?:who|which)\b")


@dataclass(slots=True)
class Found:
    speaker: Speaker
    cue: Cue
    mention: str


# what a speaker cites that is evidence, not a speaker: "citing hospital records"
CITED_EVIDENCE = ("records", "accounts", "data", "figures", "statistics", "documents",
                  "testimonies", "estimates", "footage", "images", "evidence", "analysis",
                  "assessments", "imagery")  # fmt: skip


def relays(text: str, found: list[Found]) -> list[Found]:
    """Drop outlets that only relay another speaker's words; note them as ``via``."""
    if len(found) < 2:
        return found
    names = {f.speaker.name for f in found}
    if len(names) < 2:
        return found
    kept = list(found)
    # "citing X": the cited source speaks, the citing outlet relays
    citing = [f for f in kept if f.cue.pattern == "citing"]
    others = [f for f in kept if f.cue.pattern != "citing"] if citing else []
    if citing and all(f.mention.lower().endswith(CITED_EVIDENCE) for f in citing):
        # "the UN human rights office said, citing hospital records and witness accounts":
        # the office speaks, from its evidence
        return others or found
    if others and all(f.speaker.type != "media" and f.cue.verb != "report" for f in others):
        # "the Palestinian Ministry of Health said, citing sources in the enclave": a body
        # or a person that cites speaks for itself (the gold sets: only an outlet relays)
        return others
    if citing:
        via = others[0].mention if others else None
        for f in citing:
            f.cue.via = via
            if others:
                f.cue.content_start, f.cue.content_end = (
                    others[0].cue.content_start,
                    others[0].cue.content_end,
                )
                f.cue.verb = others[0].cue.verb
        return citing
    # "Anadolu Agency reported the ministry spokesperson said ...": outlet first
    first = kept[0]
    if first.speaker.type == "media" and first.cue.side == "right":
        later = [f for f in kept[1:] if f.speaker.name != first.speaker.name]
        # ("According to Israeli media reports, army chief Eyal Zamir warned": the outlet's
        # own words end at its name)
        lead_end = first.cue.subj_end if first.cue.pattern == "according" else first.cue.verb_end
        if later and later[0].cue.subj_start - lead_end < 20:
            for f in later:
                f.cue.via = f.cue.via or first.mention
            kept = [f for f in kept if f.speaker.name != first.speaker.name]
    # "X said ..., Bloomberg reported." / "..., according to Xinhua."
    last = kept[-1]
    if (
        last.cue.side == "left"
        and any(f.speaker.name != last.speaker.name for f in kept[:-1])
        and any(f.cue is not last.cue for f in kept[:-1])  # (not one cue's joint speakers)
        # "Israel struck X, with residents describing it ..., according to the BBC": a
        # side remark ("with X describing") relays nothing; the claim is the BBC's own
        and any(f.cue.pattern != "participle" or f.cue.clause_subject for f in kept[:-1])
        and last.cue.pattern in ("inverted", "verb", "according")
        # ("The Houthis, who say they act for Gaza, have carried out 30 attacks, according to
        # the US military": the main clause is the military's, not a relayed saying)
        and not any(
            f.cue.side == "right" and f.cue.content_end < last.cue.verb_start - 40
            for f in kept[:-1]
        )
        and _relay_type(last)
    ):
        for f in kept[:-1]:
            f.cue.via = f.cue.via or last.mention
        kept = [f for f in kept if f.speaker.name != last.speaker.name]
    # a second right-hand cue inside the first one's content is nested speech
    rights = [f for f in kept if f.cue.side == "right"]
    if rights:
        lead = rights[0]
        kept = [
            f
            for f in kept
            if f.speaker.name == lead.speaker.name
            or f.cue.side == "left"
            or f.cue.pattern == "denial"  # "..., a charge the group denies": its own voice
            # ('..., a figure Volker Turk called "a grim landmark"': his own words)
            or (f.cue.verb == "call" and text[f.cue.verb_end :].lstrip()[:1] in ('"', "“"))
            or f.cue.subj_start < lead.cue.verb_start
            or (
                _RELATIVE_BEFORE.search(text, max(0, f.cue.subj_start - 8), f.cue.subj_start)
                and not _complementizer(text, lead.cue, f.cue.subj_start)
                # ("..., and denied that the movement had rejected it": a verb's clause)
                and not _VERB_THAT_BEFORE.search(
                    text, max(0, f.cue.subj_start - 24), f.cue.subj_start
                )
            )
            or _RELATIVE_AFTER.match(text, f.cue.subj_end, f.cue.verb_start)
            or _new_clause(text, lead.cue.verb_end, f.cue.subj_start)
            or _new_clause(text, lead.cue.verb_end, role_start(text, f.cue))
        ]
    return kept


def role_start(text: str, cue: Cue) -> int:
    """Where a role written before the speaker's name starts ("Russia's deputy ambassador,
    Dmitry Polyansky, accused"), else the name's start."""
    if not cue.appositive:
        return cue.subj_start
    at = text.rfind(
        cue.appositive, max(0, cue.subj_start - len(cue.appositive) - 4), cue.subj_start
    )
    return at if at >= 0 else cue.subj_start


def _complementizer(text: str, lead: Cue, subj_start: int) -> bool:
    """'said that X ...', 'told reporters that X ...': the 'that' opens the lead's content."""
    between = text[lead.verb_end : subj_start]
    if lead.verb == "tell":
        return bool(_LISTENER_THAT.fullmatch(between))
    return bool(_THAT_OPENS.fullmatch(between))


# "said that", "said on Monday that", "wrote on X that", "said in a statement that"
_THAT_OPENS = re.compile(r"\s*(?:(?:on|in)\s+(?:an?\s+)?[\w’'-]+\s+)?that\s+")
_LISTENER_THAT = re.compile(r"\s*(?:[\w’'.-]+\s+){1,5}(?:on\s+\w+\s+)?that\s+")


def _relay_type(f: Found) -> bool:
    return f.speaker.type in ("media", "organization") or bool(media_name(f.mention))


def _new_clause(text: str, a: int, b: int) -> bool:
    if _VERB_THAT_BEFORE.search(text, max(a, b - 24), b):
        return False  # "..., and denied that the movement had rejected it": that verb's clause
    unit_start = text.rfind("\n", 0, a) + 1
    if _CONTRAST_OPENS.match(text[unit_start:a]) and "," in text[a:b]:
        return True  # "While X says ..., Y say ..."
    return bool(_CLAUSE_BREAK_END.search(text[a:b][-30:]))


_CONTRAST_OPENS = re.compile(r"\s*(?:While|Although|Though|Whereas|As)\b")
_CLAUSE_BREAK_END = re.compile(
    # (the comma may close a quotation: '"must remain open," while an EU diplomat said')
    # (", where the health ministry says ...": the narrator's aside on a place)
    # (", with military spokesman X telling reporters that ...": a second speaker's clause)
    r"(?:;|,[”\"’']?\s*(?:while|whereas|where|but|even as|as|even though|although|though|"
    r"with|and(?!\s+that\b))"
    r"|\.\s)"
    r"(?:\s*\S+){0,3}\s*$"  # (the speaker's first words: "while China's permanent ...")
)
