"""Poll findings told as what a share of a group says: "Seven in ten Americans (70%) say
the attack was an act of terrorism", "Just 24% said Israel should go ahead", "Among adults
under 35, 29% say ...".

The share is no speaker's name: the group it is a share of speaks, an anonymous speaker
("Americans", "voters", "Jewish respondents"). When the share names no group, the group of
the article's last such finding (or of an "Among <group>," opener) speaks; when there is
none, "respondents". :func:`poll_cues` gives the cues of one unit, :func:`poll_speakers`
the speakers of one of them, and :func:`poll_anchors` the verbs they hang on, so the
statement stage looks at units whose only cue is a poll's ("57% think ...").
"""

from __future__ import annotations

import re

from corpus.cue import Cue
from corpus.speakers import Speaker

# The verbs a poll reports with, by form (their lemmas): "say", "think", "believe" ...
POLL_VERBS = {
    "say": "say", "says": "say", "said": "say",
    "think": "think", "thinks": "think", "thought": "think",
    "believe": "believe", "believes": "believe", "believed": "believe",
    "agree": "agree", "agrees": "agree", "agreed": "agree",
    "feel": "feel", "feels": "feel", "felt": "feel",
    "told": "tell",
}  # fmt: skip

# A share of those asked: "65%", "36 per cent", "a majority", "two-thirds", "seven in ten"
_NUMBER_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_SHARE = (
    r"(?:(?:\d+(?:\.\d+)?\s?|[a-z]+(?:-[a-z]+)?\s+)(?:%|per\s?cent\b|percent\b)"
    r"|(?:an?\s+)?(?:clear\s+|slim\s+|large\s+|overwhelming\s+|narrow\s+|small\s+|sizeable\s+)?"
    r"(?:majority|plurality|minority)\b"
    r"|a\s+(?:similar|smaller|larger|bigger)\s+(?:share|proportion)\b"
    r"|most\b|half\b|(?:a|one)[\s-](?:third|quarter|fifth)\b"
    rf"|{_NUMBER_WORD}[\s-](?:thirds|quarters|fifths)\b"
    rf"|(?:{_NUMBER_WORD}|\d)[\s-](?:in|out[\s-]of)[\s-](?:ten|10|five|four|three)\b)"
)
_HEDGE = (
    r"(?:just|only|roughly|about|around|nearly|almost|some|more\s+than|fewer\s+than|"
    r"less\s+than|over|under|barely|an\s+estimated|close\s+to|well\s+over)\s+"
)
# who the share is of: "Americans", "registered voters", "Jewish respondents", "the public"
_GROUP = (
    r"(?:the\s+public|the\s+electorate|(?!who\b|that\b|which\b)"
    r"(?:[A-Za-z][\w'’.-]*\s+){0,3}?[A-Za-z][\w'’-]*[a-rt-z]s\b"
    r"(?:\s+(?:in|from|aged|ages|under|over)\s+(?:the\s+)?[\w'’-]+(?:\s+(?:Strip|Bank|\d+))?)?)"
)
_PERCENT_ASIDE = r"(?:\s*\(\s*\d+(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s*\)|,\s*\d+(?:\.\d+)?%,)?"
_ADVERB = r"(?:(?:now|also|still|strongly|generally|overwhelmingly|actually|further)\s+)?"


def _share_of_group(of: str, own: str) -> str:
    """A share and the group it is of, the group's words in the named groups given."""
    return (
        rf"(?:{_HEDGE})?{_SHARE}"
        r"(?:\s+of\s+(?!whom\b|which\b|them\b|us\b|these\b)"
        rf"(?:all\s+|the\s+(?!public\b|electorate\b)|those\s+)?(?P<{of}>{_GROUP})"
        # (a capitalised group right after the share: "Seven in ten Americans")
        rf"|\s+(?P<{own}>(?-i:(?!Hamas\b)(?:[A-Z][\w'’-]*\s+)?[A-Z][\w'’-]*s\b)))?"
        rf"{_PERCENT_ASIDE}"
    )


# one share or two ("A majority of Democrats (68%) and a plurality of Republicans (41%)")
# before the verb
_SUBJECT = (
    rf"(?P<subj>\b(?:{_share_of_group('of1', 'own1')}\s+and\s+)?{_share_of_group('of', 'own')})"
)
_POLL = re.compile(rf"{_SUBJECT}\s+{_ADVERB}(?P<verb>{'|'.join(POLL_VERBS)})\b", re.IGNORECASE)
# ... found from the verb back: a few str.find calls find the verbs, and only a verb with a
# share word in reach is worth a pattern search (most texts have none)
_SHARE_WORDS = ("%", "per cent", "percent", "majority", "plurality", "minority", "half",
                "third", "quarter", "fifth", " share", "proportion", " in ten", " in 10",
                " in five", " in four", " in three", "-in-", "out of")  # fmt: skip
_SUBJECT_BEFORE = re.compile(rf"{_SUBJECT}\s+{_ADVERB}$", re.IGNORECASE)
_REACH = 120  # characters before a verb a share and its group may take
# the findings of the last article seen (the text is kept, so ``is`` identifies it)
_article_findings: tuple[str, list[re.Match[str]]] = ("", [])


def _findings(text: str) -> list[re.Match[str]]:
    """Matches of :data:`_POLL` in ``text``, in order, found once per article."""
    global _article_findings
    cached = _article_findings  # one read: another thread may replace the global
    if cached[0] is not text:
        found = []
        for at in _verb_starts(text):
            window = text[max(0, at - _REACH) : at].lower()
            if not any(word in window for word in _SHARE_WORDS) and "most " not in window[-40:]:
                continue  # (most verbs: no share before them; "most" is common, so only near)
            subject = _SUBJECT_BEFORE.search(text, max(0, at - _REACH), at)
            if subject is not None and (m := _POLL.match(text, subject.start())):
                found.append(m)
        cached = _article_findings = (text, found)
    return cached[1]


def _verb_starts(text: str) -> list[int]:
    """Where the forms of :data:`POLL_VERBS` start in ``text``, as whole words after a space."""
    starts = []
    for form in POLL_VERBS:
        at = text.find(f" {form}")
        while at >= 0:
            end = at + 1 + len(form)
            if not (text[end : end + 1].isalnum() or text[end : end + 1] == "-"):
                starts.append(at + 1)
            at = text.find(f" {form}", at + 1)
    return sorted(starts)


# what may stand before a clause's subject (besides a line's or a unit's start): a
# sentence's end, a comma, a bullet, "and", "while", a poll's "finds (that)"
_CLAUSE_START = re.compile(
    r"(?:[.!?][\"”’]?|[,;:(—–•*]|(?:^|\s)-|\b(?:and|while|but|whereas|yet|whilst|that"
    r"|finds|found|shows|showed|suggests|reveals|revealed))\s*$",
    re.IGNORECASE,
)
# (a share naming no group speaks for those polled only where the page is about a poll)
_POLL_WORDS = re.compile(r"\b(?:poll|polls|polled|survey|surveyed|respondents|pollsters?)\b", re.I)
_AMONG = re.compile(r"\bAmong\s+(?P<group>[^,;]{2,40}?),\s*$")
_THAT = re.compile(r"\s+(?:that\s+)?")
_TOLD_WHOM = re.compile(
    r"\s+(?:our\s+|the\s+)?(?:interviewers|pollsters|researchers)\s+(?:that\s+)?"
)


def poll_anchors(text: str) -> list[int]:
    """Starts of the verbs of poll findings in ``text`` (for the statement stage's
    quick test of which units may hold a cue)."""
    return [m.start("verb") for m in _findings(text) if _at_clause_start(text, m)]


def poll_cues(text: str, u0: int, u1: int) -> list[Cue]:
    """The poll findings in ``text[u0:u1]``, one cue each, the share as its speaker phrase.

    >>> t = "In the poll, only 36 per cent say it will hold; 44 per cent believe it will not."
    >>> [(t[c.subj_start:c.subj_end], c.verb) for c in poll_cues(t, 0, len(t))]
    [('only 36 per cent', 'say'), ('44 per cent', 'believe')]
    """
    found = [
        m
        for m in _findings(text)
        if u0 <= m.start() and m.end() <= u1 and _at_clause_start(text, m, u0)
    ]
    cues = []
    for m in found:
        lemma = POLL_VERBS[m.group("verb").lower()]
        after = (_TOLD_WHOM if lemma == "tell" else _THAT).match(text, m.end(), u1)
        if lemma == "tell" and after is None:
            continue
        c0 = after.end() if after else m.end()
        c1 = u1  # (as a verb's cue: a second finding in the unit is part of the words)
        cues.append(
            Cue(lemma, m.start("verb"), m.end("verb"), m.start("subj"), m.end("subj"), "right",
                c0, c1, pattern="poll")
        )  # fmt: skip
    return cues


def poll_speakers(text: str, cue: Cue) -> list[Speaker]:
    """The groups whose shares speak in ``cue`` (a :func:`poll_cues` cue): one, or two
    joined by "and"."""
    m = _POLL.match(text, cue.subj_start)
    groups = [m.group("of1") or m.group("own1"), m.group("of") or m.group("own")] if m else []
    if m and not m.group("of1") and not m.group("own1") and "and" in m.group("subj"):
        groups = groups[1:]
    groups = [g for g in groups if g] or [None]
    if groups == [None]:
        among = _AMONG.search(text, max(0, cue.subj_start - 60), cue.subj_start)
        groups = [among.group("group") if among else _last_group(text, cue.subj_start)]
    return [Speaker(g or "respondents", "anonymous") for g in groups]


def _last_group(text: str, before: int) -> str | None:
    # (a finding anywhere in a sentence: "finds seven-in-ten Canadians (71%) say")
    last = None
    for m in _findings(text):
        if not max(0, before - 3000) <= m.start() < before:
            continue
        last = m.group("of") or m.group("own") or last
    return last


def _at_clause_start(text: str, m: re.Match, lo: int = 0) -> bool:
    start = m.start("subj")
    before = text[max(lo, text.rfind("\n", 0, start) + 1) : start]
    named = m.group("of") or m.group("own") or _AMONG.search(text, max(0, start - 60), start)
    if not named and _POLL_WORDS.search(text) is None:
        return False  # "Most said they would go back": those interviewed, no poll
    return not before.strip() or _CLAUSE_START.search(before[-12:]) is not None
