"""Speaker phrases: where the name of a source begins and ends in running text.

:func:`backward_np` finds the phrase that ends right before a reporting verb
("Israeli Prime Minister Benjamin Netanyahu", "a source familiar with the talks",
"the Hamas-run Health Ministry"); :func:`forward_np` finds one that starts at a
position ("said an official briefed on the meetings", "according to Reuters").
Both work on offsets into the article, so later stages can slice the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.speaker_lexicon import ACCREDITED, NP_STOP_WORDS, PORTFOLIO_HEADS
from corpus.speakers import DETERMINERS, body_kinds, heads, title_words
from corpus.text import RANK_NOTE, RANK_NOTES

# The word lists are sets: the rules only test membership, many times per cue.
# Lower-case words that may stand inside a speaker phrase besides names, titles and
# head nouns ("a senior Hamas official", "the Gaza-based health ministry").
MODIFIERS = frozenset({
    "senior", "unnamed", "anonymous", "local", "top", "former", "deputy", "latest",
    "health", "hospital", "government", "media", "security", "foreign", "defense",
    "defence", "military", "aid", "news", "state", "intelligence", "diplomatic",
    "international", "humanitarian", "political", "israeli", "palestinian", "western",
    "arab", "chinese", "egyptian", "qatari", "american", "u.s.", "un", "national",
    "regional", "official", "medical", "rescue", "emergency", "civil", "press",
    "research", "think", "tank", "some", "other", "many", "several", "and", "or",
    "second", "third", "fourth", "website", "site", "wire", "prison", "prisons", "police",
    "border", "crossings", "information", "relief", "works", "refugee", "refugees", "terror",
    "terrorist", "militant", "armed", "islamist", "resistance", "jihadist", "rebel",
    "caretaker", "acting", "outgoing", "interim", "incoming",
    # (a UK police force: "a force spokesperson said")
    "force",
    # "a senior federal official who ...", "independent weapons analysts who ..."
    "federal", "provincial", "municipal", "weapons", "arms", "legal",
    "economic", "veteran", "retired", "high-ranking", "high-level", "junior",
    "european", "u.n.", "human", "rights",
})  # fmt: skip
# Lower-case name particles ("Saleh al-Arouri", "Mohammed bin Abdulrahman").
PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "binti", "abu", "van", "von", "de", "der", "da", "do", "dos", "das", "di", "du",
    "del", "della", "la", "le",
})  # fmt: skip
# Capitalised words that open a clause rather than a name.
CLAUSE_OPENERS = frozenset({
    "However", "But", "And", "Meanwhile", "Also", "Recently", "Therefore", "This", "That",
    "These", "Those", "In", "On", "As", "While", "Although", "Though", "According",
    "Following", "Despite", "After", "Before", "When", "If", "Since", "Yet", "So", "Still",
    "Earlier", "Later", "Separately", "Moreover", "Furthermore", "Besides", "Now", "Today",
    "Yesterday", "Tonight",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Whether",
    "Currently", "Realistically", "Firstly", "Secondly", "Frankly", "Here", "There", "Then",
    "Late", "Early", "Overnight", "Elsewhere", "For", "With", "Under", "Amid", "Without",
    "Neither", "Nor", "Not", "About", "Even",
})  # fmt: skip
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# Verbs that report speech only when a clause or quote follows ("agreed that").
_SEGMENT_BREAK = re.compile(r"[,;:“”\"—–]|\((?![A-Z]{2,6}\))|(?<=\s)-(?=\s)")
# (a reservist's or a retired officer's rank: "Col. (res.) Amos Dror", "Gen. (ret.)")
_TOKEN = re.compile(rf"\([A-Z]{{2,6}}\)|{RANK_NOTE}|[\w’'.\-*&]+")
# Titles whose abbreviating period does not end a phrase ("Prof. Ayesha Raza").
TITLE_ABBREVIATIONS = (
    "Mr", "Ms", "Mrs", "Dr", "Prof", "Gen", "Brig", "Col", "Lt", "Maj", "Sgt", "Capt", "Cmdr",
    "Adm", "Sen", "Rep", "Gov", "Rev", "Hon", "Pres", "Sec", "Amb", "St", "Fr", "Adv",
)  # fmt: skip
# (The period comes before the look-behinds that test what precedes it: the engine then
# tries those only at a period, not at every character; same matches, five times faster.)
_FORWARD_STOP = re.compile(
    rf"[,;:!?“”\"]|\((?!(?:{'|'.join(RANK_NOTES)})\.\))|\.(?<![\s.][A-Z]\.)"
    + "".join(rf"(?<!\({note}\.)" for note in RANK_NOTES)
    + "".join(rf"(?<!\b{title}\.)" for title in TITLE_ABBREVIATIONS)
    + r"(?=\s|$)|\s(?:on|in|at|during|after|before|that|who|"
    r"which|as|saying|said|says|told|tells|when|while|because|but)\s|"
    + "".join(rf"(?<![{w[0]}{w[0].upper()}]{w[1:]})" for w in sorted(ACCREDITED))
    + r"\sto\s"
)
# Parenthetical phrases between a name and its verb that carry no role.
_INNER_PARTICLES = frozenset({"of", "for", "in", "from", "at", "on"})
_VERB_OBJECT_PREPOSITIONS = frozenset(
    {"with", "in", "at", "to", "from", "on", "by", "into", "inside", "outside"}
)
# Post-modifiers of an unnamed source: "a source familiar with the talks".
_AFTER_PREPOSITION = re.compile(r"\b(?:in|for|of|at|from|on)\s+$")
# What qualifies an unnamed source after its noun ("an official familiar with the talks").
SOURCE_QUALIFIERS = (
    "familiar with", "close to", "with knowledge of", "with direct knowledge of", "briefed on",
    "involved in", "aware of", "knowledgeable about",
)  # fmt: skip
_POSTMOD = re.compile(rf"\s+(?:{'|'.join(SOURCE_QUALIFIERS)}|for|in|at|from|with|of|on)\s+[^,;:]*$")


@lru_cache(maxsize=1)
def _np_words() -> frozenset[str]:
    return (
        MODIFIERS
        | title_words()
        | frozenset(w for h in heads() for w in h.split())
        | EXPERT_ROLE_WORDS
    )


# an academic's role right before the name belongs to the phrase: "University of Zambia
# international relations lecturer Mwaka Siluonde" -> "lecturer Mwaka Siluonde"
EXPERT_ROLE_WORDS = frozenset({
    "professor", "researcher", "fellow", "analyst", "scholar", "expert", "lecturer",
    "academic", "economist", "historian", "scientist",
})  # fmt: skip


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


# ("an Iranian expert on West Asian affairs": "on" after a head word)
_PREPOSITIONS = frozenset({"in", "for", "of", "at", "from", "on"})  # as in _AFTER_PREPOSITION
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
_LEAD_CONNECTORS = re.compile(r"(?:(?:of|for|in|and|or|the|from|at|on|with|by)\s+)+(?=\S)")
_LAST_BREAK = re.compile(r"(?s).*(?:" + _SEGMENT_BREAK.pattern + ")")


# What _scan_back asks about a token, as bits (see _word_kind).
_UPPER, _CORE, _OPENER, _HEADISH, _DET, _MODLIKE, _DIGIT, _PAIR_END = 1, 2, 4, 8, 16, 32, 64, 128
# ... and what _prefix_end asks
_PRONOUN, _HEAD, _INNER, _NUMBER, _TAKE = 256, 512, 1024, 2048, 4096
_kinds: dict[str, tuple[int, str]] = {}  # token as written -> (bits, lower case)


def _word_kind(w: str) -> tuple[int, str]:
    """(bits, lower case) of a token: one dictionary lookup instead of a dozen set and
    string tests per token (the vocabulary of an article repeats; the table is capped)."""
    kind = _kinds.get(w)
    if kind is not None:
        return kind
    lw = w.lower()
    bits = _UPPER if w[:1].isupper() else 0
    if (
        bits
        or w.startswith("(")
        or lw.startswith(("al-", "el-"))
        or (lw.startswith(("d'", "d’")) and w[2:3].isupper())  # "Quai d'Orsay", "Giscard d'Estaing"
        or (lw[:1].isdigit() and _AGE_WORD.match(lw))
    ):
        bits |= _CORE
    if w in CLAUSE_OPENERS:
        bits |= _OPENER
    if (
        lw in heads()
        or lw in title_words()
        or (
            "-" in lw and lw.rsplit("-", 1)[1] in title_words()  # "co-leader", "vice-chair"
        )
    ):
        bits |= _HEADISH
    if lw in DETERMINERS:
        bits |= _DET
    if lw in _np_words() or lw in PARTICLES or lw in _INNER_PARTICLES:
        bits |= _MODLIKE
    if lw.isdigit():
        bits |= _DIGIT
    if lw in _pair_ends():
        bits |= _PAIR_END
    if lw in PRONOUNS:
        bits |= _PRONOUN
    if lw in heads():
        bits |= _HEAD
    if lw in _INNER_PARTICLES:
        bits |= _INNER
    if lw in _NUMBER_WORDS:
        bits |= _NUMBER
    if (
        bits & _UPPER
        or w.startswith("(")
        or lw.startswith(("al-", "el-"))
        or (lw.startswith(("d'", "d’")) and w[2:3].isupper())  # "Quai d'Orsay", "Giscard d'Estaing"
        or bits & (_MODLIKE | _HEAD | _DET | _DIGIT)
        or lw in ("and", "'s")
    ):
        bits |= _TAKE  # a word that may go on a phrase read forwards (_prefix_end)
    if len(_kinds) > 100_000:
        _kinds.clear()
    kind = _kinds[w] = (bits, lw)
    return kind


@lru_cache(maxsize=1)
def _pair_ends() -> frozenset[str]:
    """Last words of two-word heads ("health ministry"): only they need the pair lookup."""
    return frozenset(h.split()[1] for h in heads() if len(h.split()) == 2)


def _scan_back(tokens: list[re.Match[str]]) -> tuple[int | None, int, bool, int]:
    """(phrase start, index of its first token, has a core word, index where the scan
    stopped or -1)."""
    head_words = heads()
    start = None
    start_i = -1
    has_core = False
    last = len(tokens) - 1
    for i in range(last, -1, -1):
        bits, lw = _word_kind(tokens[i].group())
        if bits & _CORE:
            if not bits & _OPENER:
                start, start_i, has_core = tokens[i].start(), i, True
                continue
            if i < last:
                return start, start_i, has_core, i
        if bits & _HEADISH or (
            bits & _PAIR_END
            and i
            and f"{_word_kind(tokens[i - 1].group())[1]} {lw}" in head_words  # "health ministry"
        ):
            start, start_i, has_core = tokens[i].start(), i, True
            continue
        if bits & _DET:
            start, start_i = tokens[i].start(), i
            left_word = _word_kind(tokens[i - 1].group())[1] if i else ""
            joint = left_word == "and" and i > 1 and tokens[i - 2].group()[:1].isupper()
            if lw == "the" and (left_word in _INNER_PARTICLES or joint) and has_core:
                continue  # "Agency for Palestine Refugees in the Near East"
            return start, start_i, has_core, i
        # ("start" is a text offset: falsy at offset 0 as well as when unset)
        if bits & _MODLIKE and start:
            start, start_i = tokens[i].start(), i
            continue
        if lw == "to" and start and _accredited_before(tokens, i):
            start, start_i = tokens[i].start(), i  # "Ambassador to Israel Pedro Laylo"
            continue
        if (
            start_i == i + 1
            and lw.isalpha()
            and lw.islower()
            and _word_kind(tokens[i + 1].group())[1] in PORTFOLIO_HEADS
            and lw not in NP_STOP_WORDS
        ):
            start, start_i = tokens[i].start(), i  # "Israel's agriculture ministry said"
            continue
        if (
            start_i == i + 1
            and i
            and lw.isalpha()
            and lw.islower()
            and _word_kind(tokens[i + 1].group())[0] & _HEAD
            and lw not in NP_STOP_WORDS
            and _word_kind(tokens[i - 1].group())[0] & (_DET | _UPPER)
        ):
            # a noun that says what kind of head, between an article or a name and the head:
            # "a Minneapolis trauma surgeon who ...", "a Dartmouth immigration lawyer"
            start, start_i = tokens[i].start(), i
            continue
        if bits & _DIGIT and i and tokens[i - 1].group()[:1].isupper():  # "Channel 12"
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
                tokens[j].group() in _np_words()
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
            or _AGE_WORD.match(last_word.lower())
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


_NUMBER_WORDS = ("one", "two", "three", "both", "several", "many", "some", "other")


_AGE_WORD = re.compile(r"\d+-year-old$")
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


def _accredited_before(tokens: list[re.Match[str]], i: int) -> bool:
    """Whether the token before ``i`` is a title held "to" a state or body: "Ambassador |
    to Israel", "the envoy | to the UN"."""
    return i > 0 and _word_kind(tokens[i - 1].group())[1] in ACCREDITED


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
        bits, lw = _word_kind(m.group())
        if i == 0 and bits & _PRONOUN:
            return m.end(), n > 2  # a pronoun takes no modifiers: "He credited the mediators"
        if (
            bits & _DET
            and i > 0
            and not (lw == "the" and _word_kind(toks[i - 1].group())[0] & _INNER)
            and not (
                lw == "the" and toks[i - 1].group() == "to" and _accredited_before(toks, i - 1)
            )
            and not (i == 1 and bits & _NUMBER)
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
        if bits & _TAKE:
            end = m.end()
            continue
        if lw == "to" and _accredited_before(toks, i):
            end = m.end()  # "according to Ambassador to Israel Pedro Laylo"
            continue
        if i >= 2 and toks[i - 1].group() == "the" and toks[i - 2].group() == "of":
            return m.end(), i + 2 < n  # "Families of the hostages"
        if lw[-2:] in ("'s", "’s") and lw[:-2] in heads() and i + 1 < n:
            end = m.end()  # "the agency's director": a body owns the role after it
            continue
        following = [_word_kind(t.group())[0] for t in toks[i + 1 : i + 3]]
        if following and following[0] & _DET:
            following = []  # "credited the mediators": a verb and its object, not a modifier
        if any(k & (_HEAD | _HEADISH) for k in following) and (
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
