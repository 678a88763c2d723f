"""The figure cue lists (``data/figure_lexicon.yaml``), loaded once and made fast to match.

Cue phrases are looked up token by token in dictionaries rather than with one
large regular expression: Python's regex engine tries every alternative at every
character, while a dictionary lookup per word costs the same for 10 cues or 1,000.

>>> index = lexicon().categories
>>> [(kind, text) for _, _, kind, text in index.find("the death toll rose as 30 people were killed")]
[('killed', 'death toll'), ('people', 'people'), ('killed', 'killed')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import yaml

from corpus.paths import package_data

TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
# split() keeps what a group matched. Lower-case ASCII text only (see token_spans), and
# possessive: nothing follows a token's letters that giving some back could match, so
# the splits are the same, found without keeping backtracking points.
_TOKEN_SPLIT = re.compile(r"([a-z0-9]++(?:['-][a-z0-9]++)*+)")


def _norm(token: str) -> str:
    return token.lower().replace("’", "'")


def token_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """The lower-case tokens of ``text`` with their starts and ends, as three lists."""
    if "’" in text:
        text = text.replace("’", "'")  # same length: offsets stay valid
    if not text.isascii():
        # (each token lower-cased alone: "İddia".lower() is one character longer, and a
        # lower-cased text would shift every offset after it)
        found = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        return [text[a:b].lower() for a, b in found], [a for a, _ in found], [b for _, b in found]
    lowered = text.lower()
    # ASCII: lower-casing changes no offset and no match. Split at the tokens, the pieces
    # alternate gap, token, gap ...: their running lengths are where tokens start and end.
    pieces = _TOKEN_SPLIT.split(lowered)
    bounds = list(accumulate(map(len, pieces)))
    return pieces[1::2], bounds[0:-1:2], bounds[1::2]


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False when ``text`` holds none of ``words`` (lower-case), so that a case-insensitive
    pattern that needs one of them cannot match it: a quick first test before a pattern
    that is slow to fail. On ASCII text lower-casing is exact (and such a pattern takes no
    other letters for ASCII ones); other text always may."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(map(lowered.__contains__, words))


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, lower-case token)`` of the words and numbers of ``text``."""
    words, starts, ends = token_spans(text)
    return list(zip(starts, ends, words, strict=True))


@dataclass(frozen=True)
class CueIndex:
    """Cue phrases -> kind, matched leftmost-longest on word tokens."""

    phrases: dict[str, str]  # one-word cues
    # longer cues by their first two words, longest first: (words, kind, text) each
    multi: dict[tuple[str, str], tuple[tuple[list[str], str, str], ...]]
    starts: frozenset[str] = frozenset()  # words that begin a cue (one-word or longer)

    @classmethod
    def build(cls, groups: dict[str, list]) -> CueIndex:
        phrases: dict[str, str] = {}
        longer: dict[str, str] = {}
        for kind, cues in groups.items():
            for cue in cues:
                words = [t for _, _, t in tokens(str(cue))]
                if words:
                    # the first kind listed wins
                    (phrases if len(words) == 1 else longer).setdefault(" ".join(words), kind)
        multi: dict[tuple[str, str], list] = {}
        for key, kind in longer.items():
            words = key.split()
            multi.setdefault((words[0], words[1]), []).append((words, kind, key))
        return cls(
            phrases,
            {w: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True)) for w, v in multi.items()},
            frozenset(phrases) | {first for first, _ in multi},
        )

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, kind, text)`` of each cue in ``text``, in order."""
        return self.find_in(*token_spans(text))

    def find_in(
        self,
        words: list[str],
        starts: list[int],
        ends: list[int],
        candidates: list[int] | None = None,
    ) -> list[tuple[int, int, str, str]]:
        """:meth:`find` on a text already split by :func:`token_spans`. ``candidates`` are
        the indexes of the words that may begin a cue, of this index or of others searched
        in the same sentence (``Lexicon.cue_starts``), when known."""
        found: list[tuple[int, int, str, str]] = []
        # most words start no cue: visit only those that may
        cue_starts = self.starts
        if candidates is None:
            candidates = [i for i, word in enumerate(words) if word in cue_starts]
        multi, phrases = self.multi, self.phrases
        after = 0  # the first word not yet covered by a found cue
        for i in candidates:
            if i < after:
                continue
            word = words[i]
            if word not in cue_starts:
                continue  # (another index's)
            after = i + 1
            # only the longer cues that share the next word too can match here
            for phrase, kind, key in multi.get(
                (word, words[i + 1] if after < len(words) else ""), ()
            ):
                if words[i : i + len(phrase)] == phrase:
                    after = i + len(phrase)
                    found.append((starts[i], ends[after - 1], kind, key))
                    break
            else:
                if word in phrases:
                    found.append((starts[i], ends[i], phrases[word], word))
        return found

    def kind(self, word: str) -> str | None:
        """Kind of a one-word cue, else None."""
        return self.phrases.get(_norm(word))


# word numbers a proportion is written with ("one in four", "nine out of ten")
_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|hundred"


def _words(cues) -> str:
    """The cues (lower-cased) as one regex alternation, written as a trie: "per capita|per
    head" -> "per (?:capita|head)". A failed try then stops at its first wrong letter
    instead of testing every cue in turn; as in a longest-first alternation, of cues that
    are prefixes of one another the longer is tried first (a greedy ``?``), so the
    matches are the same."""
    return _trie({str(c).lower() for c in cues})


def _trie(endings: set[str]) -> str:
    groups: dict[str, set[str]] = {}
    for ending in endings:
        if ending:
            groups.setdefault(ending[0], set()).add(ending[1:])
    body = "|".join(
        re.escape(c) + (_trie(rest) if rest != {""} else "") for c, rest in sorted(groups.items())
    )
    return f"(?:{body})?" if "" in endings else f"(?:{body})"


class Opening:
    """A pattern that opens with spaces (``\\s*``, or with ``dashes`` ``[\\s-]*``) and
    then one of ``cues``: "24 | hours", "5 | U.S. dollars". Its :meth:`match` first looks
    at the three characters past the spaces: most numbers are followed by a word that
    begins no cue, and three set lookups cost less than a failed try of the pattern."""

    def __init__(self, pattern: re.Pattern[str], cues, dashes: bool = True) -> None:
        self.pattern = pattern
        self.dashes = dashes
        # a cue's first three letters, or the whole of a shorter one
        self.heads = frozenset(str(c).lower()[:3] for c in cues)

    def match(self, text: str) -> re.Match[str] | None:
        """``pattern.match(text)``."""
        # (str.lstrip() takes what \s takes; spaces and dashes may alternate: " - ")
        rest = text.lstrip()
        while self.dashes and rest[:1] == "-":
            rest = rest.lstrip("-").lstrip()
        head = rest[:3]
        # (on other text case-insensitive matching may take a letter for an ASCII one)
        if head.isascii():
            heads = self.heads
            head = head.lower()
            if head not in heads and head[:2] not in heads and head[:1] not in heads:
                return None
        return self.pattern.match(text)


@dataclass(frozen=True)
class Lexicon:
    """Every cue list of ``data/figure_lexicon.yaml``, ready to match."""

    categories: CueIndex  # what is counted (kinds: killed, hostage, release, people ...)
    scopes: CueIndex  # cumulative / incident / day / na / weak
    # the words that begin a category or a scope cue: each sentence is scanned once for both
    cue_starts: frozenset[str]
    sides: CueIndex  # prisoners_released / hostages_released
    qualifiers: dict[str, str]  # cue words -> qualifier
    qualifier_ends: frozenset[str]  # the last words of the qualifiers' cues
    skip_after: Opening
    skip_before: frozenset[str]
    furniture_before: tuple[str, ...]  # "reading time:" before a number
    reference_nouns: frozenset[str]
    duration_after: Opening
    relative: Opening
    ratio: re.Pattern[str]
    ratio_words: tuple[str, ...]  # the first words of the ratio cues (see figure_rules)
    currency_before: tuple[str, ...]
    continuation: re.Pattern[str]
    duration_subjects: re.Pattern[str]
    phrase_stop: frozenset[str]
    captive_states: frozenset[str]  # held cues that name captives by themselves
    return_words: frozenset[str]  # "returned": a release only when captives are named
    source_nouns: re.Pattern[str]  # "two (Israeli) officials (said)": counts of sources
    source_heads: frozenset[str]  # the last words of the source nouns, a quick first test
    source_bodies: frozenset[str]  # the last words of those that are bodies ("institutions")
    source_verbs: re.Pattern[str]
    taken: re.Pattern[str]  # "taking | 250 hostages": taken in an attack
    order_before: re.Pattern[str]  # "ordered some | 100,000 ..."
    order_after: re.Pattern[str]  # "100,000 | of them to leave"
    crowd_moves: re.Pattern[str]  # "300,000 | people had crossed"
    crowd_return: re.Pattern[str]  # "people returned | to Gaza City" (after ``back``)
    done_releases: re.Pattern[str]  # "were handed over": a release that took place
    release_frames: frozenset[str]  # "first phase": na cues a done release overrides
    event_verbs: re.Pattern[str]  # "killed after a school was hit": one event
    event_ends: tuple[str, ...]  # their last words ("after"), a quick first test
    age_before: re.Pattern[str]  # "men over | 50"
    age_ends: frozenset[str]  # their last words ("over"), a quick first test
    proportion_after: re.Pattern[str]  # "nine | in 10"
    proportion_before: re.Pattern[str]  # "nine in | 10"
    currency_after: Opening  # "1 million | U.S. dollars"
    lost_before: re.Pattern[str]  # "lost (at least) | seven relatives"
    lost_kin: re.Pattern[str]  # "lost seven | relatives"
    dead_list: re.Pattern[str]  # "the dead included a woman and her | three daughters"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The cue lists of ``data/figure_lexicon.yaml``, compiled once."""
    data = yaml.safe_load(package_data("figure_lexicon.yaml").read_text(encoding="utf-8"))
    skip = [str(c).lower() for c in data["skip_after"]]
    hyphen = [c[1:] for c in skip if c.startswith("-")]
    plain = [c for c in skip if not c.startswith("-")]
    units = _words(data["duration_units"])
    extra = _words(data["duration_extra"])
    # "an estimated" is listed under estimated and must not fall back to "about"
    qualifiers = {
        " ".join(t for _, _, t in tokens(str(c))): name
        for name, cues in data["qualifiers"].items()
        for c in cues
    }
    categories, scopes = CueIndex.build(data["category_cues"]), CueIndex.build(data["scope_cues"])
    return Lexicon(
        categories=categories,
        scopes=scopes,
        cue_starts=categories.starts | scopes.starts,
        sides=CueIndex.build(data["release_side"]),
        qualifiers=qualifiers,
        qualifier_ends=frozenset(cue.split()[-1] for cue in qualifiers if cue),
        skip_after=Opening(
            re.compile(rf"^(?:-(?:{_words(hyphen)})|[\s-]*(?:{_words(plain)}))(?!\w)", re.I),
            hyphen + plain,  # ("-" and then a hyphen cue: past the dash)
        ),
        skip_before=frozenset(str(c).lower() for c in data["skip_before"]),
        furniture_before=tuple(str(c).lower() for c in data["furniture_before"]),
        reference_nouns=frozenset(str(c).lower() for c in data["reference_nouns"]),
        duration_after=Opening(
            re.compile(rf"^[\s-]*(?:(?:{extra})\s+)?(?:{units})(?!\w)", re.I),
            data["duration_extra"] + data["duration_units"],
        ),
        relative=Opening(
            re.compile(rf"^[\s-]*(?:{units})\s+(?:{_words(data['relative_after'])})\b", re.I),
            data["duration_units"],
        ),
        ratio=re.compile(rf"^[\s\w,.-]{{0,25}}?\b(?:{_words(data['ratio_cues'])})\b", re.I),
        ratio_words=tuple(sorted({str(c).lower().split()[0] for c in data["ratio_cues"]})),
        currency_before=tuple(str(c).lower() for c in data["currency_before"]),
        continuation=re.compile(rf"\b(?:{_words(data['continuation_cues'])})\b", re.I),
        phrase_stop=frozenset(str(c).lower() for c in data["phrase_stop"]),
        captive_states=frozenset(str(c).lower() for c in data["captive_states"]),
        return_words=frozenset(str(c).lower() for c in data["return_cues"]),
        # the source noun among the first words after the number, no punctuation between
        source_nouns=re.compile(
            rf"^\s*(?:[\w.'’-]+\s+){{0,3}}?(?:{_words(data['source_nouns'] + data['source_bodies'])})"
            r"(?![\w-])",
            re.I,
        ),
        source_heads=frozenset(
            str(c).lower().split()[-1] for c in data["source_nouns"] + data["source_bodies"]
        ),
        source_bodies=frozenset(str(c).lower().split()[-1] for c in data["source_bodies"]),
        event_verbs=re.compile(
            r"\b(?:"
            + "|".join(r"\s+".join(map(re.escape, str(c).split())) for c in data["event_verbs"])
            + r")\b",
            re.I,
        ),
        event_ends=tuple(sorted({str(c).lower().split()[-1] for c in data["event_verbs"]})),
        order_before=re.compile(rf"\b(?:{_words(data['order_verbs'])})\s+(?:\S+\s+){{0,2}}$", re.I),
        # ("ordered some 1.1 million people living north of Wadi Gaza to relocate")
        order_after=re.compile(rf"\s+(?:\S+\s+){{0,7}}?(?:{_words(data['order_moves'])})\b", re.I),
        crowd_moves=re.compile(
            r"(?:\s*(?:to|-|–|and)\s*[\d,.]+(?:\s+(?:million|thousand))?)?"  # a range's other end
            # (the wounded taken out for care are not: "81 seriously wounded Palestinians")
            r"\s+(?:(?!(?:wounded|injured|sick|dead)\b)[\w-]+\s+){0,2}?"
            rf"(?:{_words(data['crowd_nouns'])})"
            r"(?:\s*,[^,.]{1,40},)?"  # "people, Lebanese and Syrians alike,"
            r"\s+(?:(?:have|has|had)\s+)?(?:(?:now|already|since|so\s+far)\s+)?"
            rf"(?:(?P<back>{_words(data['crowd_returns'])})|{_words(data['crowd_moves'])}"
            # ("one of more than 565,000 people who crossed from southern Gaza to the north";
            # not "60 residents who traveled to Capitol Hill")
            r"|who\s+(?:(?:have|has|had)\s+)?(?:crossed|streamed|flocked|poured|surged))\b"
            r"(?!\s+(?:in)?to\s+Israel)",
            re.I,
        ),
        crowd_return=re.compile(
            # ("have returned to the devastated north": a word may describe the north)
            r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:the\s+[\w-]+\s+north\b|"
            rf"(?:{_words(data['crowd_return_places'])})\b)",
            re.I,
        ),
        done_releases=re.compile(rf"\b(?:{_words(data['done_releases'])})\b", re.I),
        release_frames=frozenset(" ".join(str(c).lower().split()) for c in data["release_frames"]),
        taken=re.compile(rf"\b(?:{_words(data['taken_verbs'])})\b", re.I),
        age_ends=frozenset(str(c).lower().split()[-1] for c in data["age_before"]),
        source_verbs=re.compile(rf"\b(?:{_words(data['source_verbs'])})\b", re.I),
        age_before=re.compile(rf"\b(?:{_words(data['age_before'])})\s+$", re.I),
        proportion_after=re.compile(
            rf"^\s+(?:{_words(data['proportion_links'])})\s+(?:\d+|{_NUMBER_WORDS})\b"
            # the whole counted: a group of people or nothing ("nine in 10 people", "one in
            # five."); "20 in two strikes" is a count
            rf"(?=\s*(?:[,.;:)]|$|of\b|(?:{_words(data['category_cues']['people'])})\b"
            # (those polled: "three in four Republicans", "seven in ten voters")
            r"|(?-i:[A-Z][a-z]+s)\b|(?:voters|adults|respondents|households)\b"
            # ("seven in ten have a sense of shared fate", "one in three say")
            r"|(?:have|has|are|were|say|said|says|believe|think|want|support|oppose|back)\b))",
            re.I,
        ),
        proportion_before=re.compile(
            rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:{_words(data['proportion_links'])})\s+$", re.I
        ),
        currency_after=Opening(
            re.compile(rf"^\s*(?:{_words(data['currency_after'])})(?!\w)", re.I),
            data["currency_after"],
            dashes=False,
        ),
        lost_before=re.compile(
            # (also "lost her husband and | two sons": one relative named before the count)
            r"\blost\s+(?:(?:my|his|her|their|our|an?)\s+(?:husband|wife|mother|father|son|daughter|"
            r"brother|sister|parents|grandmother|grandfather|uncle|aunt|cousin|nephew|niece|"
            r"grandson|granddaughter)\s+and\s+)?"
            r"(?:(?:my|his|her|their|our|more than|at least|about|some|nearly)\s+)?$",
            re.I,
        ),
        lost_kin=re.compile(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:{_words(data['lost_kin'])})\b", re.I),
        dead_list=re.compile(rf"\b(?:{_words(data['dead_lists'])})\b[^.;:]*$", re.I),
        duration_subjects=re.compile(
            rf"(?<![\w-])(?:{_words(data['duration_subjects'])})(?![\w-])", re.I
        ),
    )


def currency_before(before: str, marks: tuple[str, ...]) -> bool:
    """Whether ``before`` (the lower-cased text right before a number) ends in a currency
    mark that is a word of its own: "Rs 500", "$5", but not "nears 65,000"."""
    if not before.endswith(marks):
        return False
    mark = max((m for m in marks if before.endswith(m)), key=len)
    return not mark[0].isalpha() or not before[: -len(mark)][-1:].isalpha()
