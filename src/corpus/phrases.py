"""Speaker phrases: where the name of a source begins and ends in running text.

:func:`backward_np` finds the phrase that ends right before a reporting verb
("Israeli Prime Minister Benjamin Netanyahu", "a source familiar with the talks",
"the Hamas-run Health Ministry"); :func:`forward_np` finds one that starts at a
position ("said an official briefed on the meetings", "according to Reuters").
Both work on offsets into the article, so later stages can slice the text.
"""

from __future__ import annotations

import re

from corpus.body_shapes import body_kinds
from corpus.phrase_words import (
    AGE_WORD,
    CLAUSE_OPENERS,
    INNER_PARTICLES,
    KIND_CORE,
    KIND_DET,
    KIND_DIGIT,
    KIND_HEAD,
    KIND_HEADISH,
    KIND_INNER,
    KIND_MODLIKE,
    KIND_NUMBER,
    KIND_OPENER,
    KIND_PAIR_END,
    KIND_PRONOUN,
    KIND_TAKE,
    KIND_UPPER,
    MODIFIERS,
    PRONOUNS,
    SOURCE_QUALIFIERS,
    TITLE_ABBREVIATIONS,
    accredited_before,
    np_words,
    word_kind,
)
from corpus.speaker_lexicon import ACCREDITED, NP_STOP_WORDS, PORTFOLIO_HEADS
from corpus.speakers import DETERMINERS, heads, title_words
from corpus.text import RANK_NOTE, RANK_NOTES

# Verbs that report speech only when a clause or quote follows ("agreed that").
_SEGMENT_BREAK = re.compile(r"[,;:“”\"—–]|\((?![A-Z]{2,6}\))|(?<=\s)-(?=\s)")
# (a reservist's or a retired officer's rank: "Col. (res.) Amos Dror", "Gen. (ret.)")
_TOKEN = re.compile(rf"\([A-Z]{{2,6}}\)|{RANK_NOTE}|[\w’'.\-*&]+")
# (The period comes before the look-behinds that test what precedes it: the engine then
# tries those only at a period, not at every character; same matches, five times faster.)
_FORWARD_STOP = re.compile(
    rf"[,;:!?“”\"]|\((?!(?:{'|'.join(RANK_NOTES)})\.\))|\.(?<![\s.][A-Z]\.)"
    + "".join(rf"(?<!\({note}\.)" for note in RANK_NOTES)
    + "".join(rf"(?<!\b{title}\.)" for title in TITLE_ABBREVIATIONS)
    + r"(?=\s|$)|\s(?:on|in|at|during|after|before|that|who|"
    r"which|as|saying|said|says|told|tells|when|while|because|but)\s|"
    # ("one airline executive | I spoke to": the writer's contact clause)
    r"\s(?=I\s+(?:spoke|talked|interviewed|met|asked|reached|contacted)\b)|"
    + "".join(rf"(?<![{w[0]}{w[0].upper()}]{w[1:]})" for w in sorted(ACCREDITED))
    + r"\sto\s"
)
_VERB_OBJECT_PREPOSITIONS = frozenset(
    {"with", "in", "at", "to", "from", "on", "by", "into", "inside", "outside"}
)
# Post-modifiers of an unnamed source: "a source familiar with the talks".
_AFTER_PREPOSITION = re.compile(r"\b(?:in|for|of|at|from|on|with)\s+$")
_POSTMOD = re.compile(rf"\s+(?:{'|'.join(SOURCE_QUALIFIERS)}|for|in|at|from|with|of|on)\s+[^,;:]*$")


def backward_np(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the speaker phrase ending at ``hi`` (after adverbials are removed)."""
    if text[hi - 3 : hi].strip()[-1:].isdigit() and (
        year := _CLASS_YEAR.search(text, max(lo, hi - 8), hi)
    ):
        hi = year.start()  # "Samuel Okafor ’26 said": a student's class year
    found = _backward_np(text, lo, hi)
    start = found[0] if found is not None else lo
    if found is not None and start > lo and text.endswith(_OWNERS, max(lo, start - 7), start):
        # "a source in his office": the owner's pronoun belongs to the phrase after "in"
        owner = _OWNER_BEFORE.search(text, max(lo, start - 7), start)
        start = owner.start() if owner else start
    # (the pattern ends in white space: a phrase that opens the span or follows another
    # character needs no search)
    if found is not None and (
        start == lo
        or not text[start - 1].isspace()
        or not _after_preposition(text, max(lo, start - 6), start)
    ):
        return found
    # "a source familiar with the talks": find the head, keep the post-modifier
    brk = _LAST_BREAK.match(text, max(lo, hi - 200), hi)  # (the segment's last break)
    seg_start = brk.end() if brk else lo
    m = _POSTMOD.search(text, seg_start, hi)
    if m is not None:
        head_end = m.start()
        word = text[max(seg_start, text.rfind(" ", seg_start, head_end) + 1) : head_end]
        if word[:1].isupper() and not _is_head(word.lower()):
            # (a name's "of" may come first: "A University of Michigan expert on ...": the
            # head is before the next preposition)
            later = _POSTMOD.search(text, head_end + 1, hi)
            if later is not None:
                head_end = later.start()
                word = text[max(seg_start, text.rfind(" ", seg_start, head_end) + 1) : head_end]
        if _is_head(word.lower()):
            inner = _backward_np(text, seg_start, head_end)
            if inner is not None:
                return inner[0], hi
    # "the head of the UN agency in Gaza": a place after a preposition is not the speaker
    return found


def _is_head(word: str) -> bool:
    """Whether ``word`` is the head noun of a source's description ("expert", "official")."""
    return word in heads() or word in title_words()


# a class year after a student's name, as US campus papers print it: "Samuel Okafor ’26"
_CLASS_YEAR = re.compile(r"(?<=[^\W\d_])\s+[’']\d{2}\s*$")


def _after_preposition(text: str, lo: int, hi: int) -> bool:
    """``_AFTER_PREPOSITION.search(text, lo, hi)`` (``text[hi - 1]`` is white space), read
    backwards from ``hi`` without a regex call: the whole word before the spaces."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    i = j
    while i > lo and (text[i - 1].isalnum() or text[i - 1] == "_"):
        i -= 1
    if text[i:j] not in _PREPOSITIONS:
        return False
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")  # "\b" before it


# as in _AFTER_PREPOSITION ("an Iranian expert on West Asian affairs": "on" after a head
# word; "a senior US official traveling with the secretary": "with")
_PREPOSITIONS = frozenset({"in", "for", "of", "at", "from", "on", "with"})
_OWNERS = ("his ", "her ", "its ", "their ", "our ")
_OWNER_BEFORE = re.compile(r"\b(?:his|her|its|their|our)\s+$")


def _backward_np(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    lo = max(lo, hi - 200)  # a speaker phrase is short; do not scan the whole unit
    brk = _LAST_BREAK.match(text, lo, hi)
    base = brk.end() if brk else lo
    # tokenise only the last few words first: the phrase almost always ends the scan
    # there; when it does not, scan again from the segment start (same result)
    first = base
    if hi - base > _WINDOW:
        space = text.find(" ", hi - _WINDOW, hi)
        first = space + 1 if space >= 0 else base
    # match objects, not (start, end, word) tuples: the scan reads only the last few
    tokens = list(_TOKEN.finditer(text, first, hi))
    if not tokens:
        return None
    if tokens[-1].group().lower() in PRONOUNS:
        return tokens[-1].span()
    start, start_i, has_core, stop = _scan_back(tokens)
    if stop < 2 and first > base:
        tokens = list(_TOKEN.finditer(text, base, hi))
        start, start_i, has_core, stop = _scan_back(tokens)
    if start is None or not has_core:
        return None
    return _finish_np(text, hi, tokens, start, start_i)


_WINDOW = 72
# (not "Northwestern's chapter | of Students for Justice in Palestine": the owned noun
# ends where a preposition starts another phrase)
_PARTICLES_AFTER_OWNED = _PREPOSITIONS | {"and", "to", "by"}
_LEAD_CONNECTORS = re.compile(r"(?:(?:of|for|in|and|or|the|from|at|on|with|by)\s+)+(?=\S)")
_LAST_BREAK = re.compile(r"(?s).*(?:" + _SEGMENT_BREAK.pattern + ")")


def _scan_back(tokens: list[re.Match[str]]) -> tuple[int | None, int, bool, int]:
    """(phrase start, index of its first token, has a core word, index where the scan
    stopped or -1)."""
    head_words = heads()
    start = None
    start_i = -1
    has_core = False
    last = len(tokens) - 1
    for i in range(last, -1, -1):
        bits, lw = word_kind(tokens[i].group())
        if bits & KIND_CORE:
            if not bits & KIND_OPENER:
                start, start_i, has_core = tokens[i].start(), i, True
                continue
            if i < last:
                return start, start_i, has_core, i
        if bits & KIND_HEADISH or (
            bits & KIND_PAIR_END
            and i
            and f"{word_kind(tokens[i - 1].group())[1]} {lw}" in head_words  # "health ministry"
        ):
            start, start_i, has_core = tokens[i].start(), i, True
            continue
        if bits & KIND_DET:
            start, start_i = tokens[i].start(), i
            left_word = word_kind(tokens[i - 1].group())[1] if i else ""
            joint = left_word == "and" and i > 1 and tokens[i - 2].group()[:1].isupper()
            if lw == "the" and (left_word in INNER_PARTICLES or joint) and has_core:
                continue  # "Agency for Palestine Refugees in the Near East"
            return start, start_i, has_core, i
        # ("start" is a text offset: falsy at offset 0 as well as when unset)
        if bits & KIND_MODLIKE and start:
            start, start_i = tokens[i].start(), i
            continue
        if lw == "to" and start and accredited_before(tokens, i):
            start, start_i = tokens[i].start(), i  # "Ambassador to Israel Pedro Laylo"
            continue
        if (
            start_i == i + 1
            and lw.isalpha()
            and lw.islower()
            and word_kind(tokens[i + 1].group())[1] in PORTFOLIO_HEADS
            and lw not in NP_STOP_WORDS
        ):
            start, start_i = tokens[i].start(), i  # "Israel's agriculture ministry said"
            continue
        if (
            start_i == i + 1
            and i
            and lw.isalpha()
            and lw.islower()
            and word_kind(tokens[i + 1].group())[0] & (KIND_HEAD | KIND_HEADISH)
            and lw not in NP_STOP_WORDS
            and word_kind(tokens[i - 1].group())[0] & (KIND_DET | KIND_UPPER)
        ):
            # a noun that says what kind of head, between an article or a name and the head:
            # "a Minneapolis trauma surgeon who ...", "a Dartmouth immigration lawyer"
            start, start_i = tokens[i].start(), i
            continue
        if (
            start_i == i + 1
            and i
            and lw.replace("-", "").isalpha()
            and lw.islower()
            and lw not in NP_STOP_WORDS
            and tokens[i + 1].group().replace("-", "").isalpha()
            and tokens[i + 1].group().islower()
            and tokens[i + 1].group() not in _PARTICLES_AFTER_OWNED
            and tokens[i - 1].group()[:1].isupper()
            and is_possessive(tokens[i - 1].group())
        ):
            # a kind of head after its owner: "Sweden's public health agency", "Gaza's
            # civil-defense agency"
            start, start_i = tokens[i].start(), i
            continue
        if bits & KIND_DIGIT and i and tokens[i - 1].group()[:1].isupper():  # "Channel 12"
            start, start_i = tokens[i].start(), i
            continue
        return start, start_i, has_core, i
    return start, start_i, has_core, -1


def _finish_np(
    text: str, hi: int, tokens: list[re.Match[str]], start: int, k: int
) -> tuple[int, int] | None:
    """Checks and trims on the phrase that :func:`_scan_back` found (``k``: its first token)."""
    # "the territory's Health Ministry", "the group's leader": a lower-case possessive
    # owner with its article belongs to the phrase
    # ("the prime minister's office": title words may stand between "the" and the owner)
    if k >= 2 and is_possessive(tokens[k - 1].group()):
        j = k - 2
        # ("the Israeli prime minister's office": a demonym may stand there too)
        while (
            j > k - 5
            and j > 0
            and (
                tokens[j].group() in np_words()
                or (tokens[j].group()[:1].isupper() and tokens[j].group() != "The")
            )
        ):
            j -= 1
        if tokens[j].group() in ("the", "The"):
            start = tokens[j].start()
    # trim leading connectors
    # (every connector opens with one of "ofiatwb": names need no regex call)
    lead = _LEAD_CONNECTORS.match(text, start, hi) if text[start] in "ofiatwb" else None
    if lead and text[start : start + 4].lower() != "the ":
        start = lead.end()
    end = tokens[-1].end()
    last_word = tokens[-1].group()
    if not (last_word[:1].isupper() or last_word.startswith("(") or last_word.lower() in heads()
            or " ".join(t.group().lower() for t in tokens[-2:]) in heads()
            or (last_word.isdigit() and len(tokens) > 1 and tokens[-2].group()[:1].isupper())
            or AGE_WORD.match(last_word.lower())
            or last_word.lower() in title_words() or "-" in last_word):  # fmt: skip
        return None
    phrase = text[start:end]
    if phrase in CLAUSE_OPENERS:
        return None
    return start, end


def forward_np(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Span of the speaker phrase starting at ``lo`` ("said Zhu", "according to X, ...")."""
    m = _FORWARD_STOP.search(text, lo, hi)
    end = m.start() if m else hi
    post = _FORWARD_POSTMOD.search(text, lo, min(hi, end + 1))
    if post:  # "an official briefed on the meetings": the modifier runs to the punctuation
        stop = _POSTMOD_STOP.search(text, post.end(), hi)
        end = stop.start() if stop else hi
    end = np_prefix_end(text, lo, end)
    phrase = text[lo:end].rstrip()
    if is_possessive(phrase):
        return None
    if not phrase or len(phrase.split()) > 14:
        return None
    end = lo + len(phrase)
    words = phrase.split()
    first = words[0]
    if not (first[:1].isupper() or first.lower() in DETERMINERS or first.lower() in PRONOUNS
            or first.lower() in heads() or first.lower() in MODIFIERS
            # "said congregation chairman David Lisser": a description with a title, a name
            or (words[-1][:1].isupper() and any(w in title_words() for w in words[1:-1]))
            # "according to reinsurance broker Castlegate Re": a firm's trade, its name
            or (words[-1][:1].isupper() and any(w in body_kinds() for w in words[1:-1]))):  # fmt: skip
        return None
    return lo, end


POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])$")


def is_possessive(phrase: str) -> bool:
    """Whether ``phrase`` ends in a possessive ("Netanyahu's", "the ministers'").

    What ``POSSESSIVE_END.search`` finds, read off the phrase's end with
    ``str.endswith`` (the search tries every position): "$" is the end, or a
    newline that ends the phrase.
    """
    core = phrase[:-1] if phrase[-1:] == "\n" else phrase
    return core.endswith(_POSSESSIVE_ENDINGS)


_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")  # the strings POSSESSIVE_END ends in


_POSTMOD_STOP = re.compile(
    r"[,;:!?“”\"(]|\.(?<![\s.][A-Z]\.)(?=\s|$)|\s(?:as saying|saying|said|that)\s"
)
_FORWARD_POSTMOD = re.compile(r"\s(?:briefed|familiar|close|with knowledge|involved|aware)\b")


def np_prefix_end(text: str, lo: int, hi: int) -> int:
    """End of the longest run of noun-phrase words from ``lo`` (stops at a verb)."""
    if hi - lo > _PREFIX_WINDOW:
        # the run almost always stops within a few words: look there first and scan the
        # rest of the unit only when the answer could depend on it (same result)
        cut = text.find(" ", lo + _PREFIX_WINDOW, hi)
        if cut > 0:
            end, decided = _prefix_end(text, lo, cut)
            if decided:
                return end
    return _prefix_end(text, lo, hi)[0]


_PREFIX_WINDOW = 32  # characters: four or five words


def _prefix_end(text: str, lo: int, hi: int) -> tuple[int, bool]:
    """(end, decided): decided when the scan stopped with two tokens to spare before ``hi``."""
    end = lo
    seen_lower_post = False
    toks = list(_TOKEN.finditer(text, lo, hi))
    n = len(toks)
    for i, m in enumerate(toks):
        if seen_lower_post:
            end = m.end()
            continue
        bits, lw = word_kind(m.group())
        if i == 0 and bits & KIND_PRONOUN:
            return m.end(), n > 2  # a pronoun takes no modifiers: "He credited the mediators"
        if (
            bits & KIND_DET
            and i > 0
            and not (lw == "the" and word_kind(toks[i - 1].group())[0] & KIND_INNER)
            and not (lw == "the" and toks[i - 1].group() == "to" and accredited_before(toks, i - 1))
            and not (i == 1 and bits & KIND_NUMBER)
            # ("according to the Israel Prison Service and the Palestinian Prisoners' Club":
            # a second name after "and the")
            and not (
                lw == "the"
                and toks[i - 1].group() == "and"
                and i + 1 < n
                and toks[i + 1].group()[:1].isupper()
            )
        ):
            return end, i + 2 < n
        if (
            i > 0
            and m.group()[:1].isupper()
            and (before := toks[i - 1].group())[-1:] == "s"
            and before.islower()
            and before in heads()
            # (but "according to organisers Friends of Palestine WA": their group's name)
            and before not in ("organisers", "organizers")
        ):
            return end, i + 2 < n  # "according to Egyptian officials Hamas had agreed"
        if bits & KIND_TAKE:
            end = m.end()
            continue
        if lw == "to" and accredited_before(toks, i):
            end = m.end()  # "according to Ambassador to Israel Pedro Laylo"
            continue
        if i >= 2 and toks[i - 1].group() == "the" and toks[i - 2].group() == "of":
            return m.end(), i + 2 < n  # "Families of the hostages"
        if lw[-2:] in ("'s", "’s") and lw[:-2] in heads() and i + 1 < n:
            end = m.end()  # "the agency's director": a body owns the role after it
            continue
        following = [word_kind(t.group())[0] for t in toks[i + 1 : i + 3]]
        if following and following[0] & KIND_DET:
            following = []  # "credited the mediators": a verb and its object, not a modifier
        if any(k & (KIND_HEAD | KIND_HEADISH) for k in following) and (
            toks[i + 1].group() not in _VERB_OBJECT_PREPOSITIONS
        ):
            # "the prisoners commission": an unlisted modifier before a head (not a verb and
            # its object: "Witkoff sat with families ... and told us")
            end = m.end()
            continue
        if lw in ("briefed", "familiar", "close", "with", "involved", "aware") and end > lo:
            seen_lower_post = True
            end = m.end()
            continue
        return end, i + 2 < n
    return end, False
