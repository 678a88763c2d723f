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

import yaml

from corpus.paths import package_data

TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


def _norm(token: str) -> str:
    return token.lower().replace("’", "'")


def tokens(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, lower-case token)`` of the words and numbers of ``text``."""
    if "’" in text:
        text = text.replace("’", "'")  # same length: offsets stay valid
    lowered = text.lower()
    if text.isascii():  # lower-casing changes no offset and no match: match it directly
        return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(lowered)]
    return [(m.start(), m.end(), lowered[m.start() : m.end()]) for m in TOKEN.finditer(text)]


@dataclass(frozen=True)
class CueIndex:
    """Cue phrases -> kind, matched leftmost-longest on word tokens."""

    phrases: dict[str, str]  # one-word cues
    multi: dict[str, tuple[tuple[list[str], str, str], ...]]  # first word -> (words, kind, text)
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
        multi: dict[str, list] = {}
        for key, kind in longer.items():
            words = key.split()
            multi.setdefault(words[0], []).append((words, kind, key))
        return cls(
            phrases,
            {w: tuple(sorted(v, key=lambda p: len(p[0]), reverse=True)) for w, v in multi.items()},
            frozenset(phrases) | frozenset(multi),
        )

    def find(
        self, text: str, toks: list[tuple[int, int, str]] | None = None
    ) -> list[tuple[int, int, str, str]]:
        """``(start, end, kind, text)`` of each cue in ``text``, in order."""
        toks = tokens(text) if toks is None else toks
        found = []
        # most words start no cue: visit only those that may (a set lookup each)
        starts, multi, phrases = self.starts, self.multi, self.phrases
        after = 0  # the first word not yet covered by a found cue
        for i in [i for i, tok in enumerate(toks) if tok[2] in starts]:
            if i < after:
                continue
            word = toks[i][2]
            after = i + 1
            for phrase, kind, key in multi.get(word, ()):
                size = len(phrase)
                if [t[2] for t in toks[i : i + size]] == phrase:
                    found.append((toks[i][0], toks[i + size - 1][1], kind, key))
                    after = i + size
                    break
            else:
                if word in phrases:
                    found.append((toks[i][0], toks[i][1], phrases[word], word))
        return found

    def kind(self, word: str) -> str | None:
        """Kind of a one-word cue, else None."""
        return self.phrases.get(_norm(word))


def _words(cues) -> str:
    words = sorted({str(c).lower() for c in cues}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


@dataclass(frozen=True)
class Lexicon:
    """Every cue list of ``data/figure_lexicon.yaml``, ready to match."""

    categories: CueIndex  # what is counted (kinds: killed, hostage, release, people ...)
    scopes: CueIndex  # cumulative / incident / day / na / weak
    sides: CueIndex  # prisoners_released / hostages_released
    qualifiers: dict[str, str]  # cue words -> qualifier
    skip_after: re.Pattern[str]
    skip_before: frozenset[str]
    reference_nouns: frozenset[str]
    duration_after: re.Pattern[str]
    relative: re.Pattern[str]
    ratio: re.Pattern[str]
    currency_before: tuple[str, ...]
    continuation: re.Pattern[str]
    duration_subjects: re.Pattern[str]
    phrase_stop: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The cue lists of ``data/figure_lexicon.yaml``, compiled once."""
    data = yaml.safe_load(package_data("figure_lexicon.yaml").read_text(encoding="utf-8"))
    skip = [str(c).lower() for c in data["skip_after"]]
    hyphen = [c[1:] for c in skip if c.startswith("-")]
    plain = [c for c in skip if not c.startswith("-")]
    units = _words(data["duration_units"])
    # "an estimated" is listed under estimated and must not fall back to "about"
    qualifiers = {
        " ".join(t for _, _, t in tokens(str(c))): name
        for name, cues in data["qualifiers"].items()
        for c in cues
    }
    return Lexicon(
        categories=CueIndex.build(data["category_cues"]),
        scopes=CueIndex.build(data["scope_cues"]),
        sides=CueIndex.build(data["release_side"]),
        qualifiers=qualifiers,
        skip_after=re.compile(rf"^(?:-(?:{_words(hyphen)})|[\s-]*(?:{_words(plain)}))(?!\w)", re.I),
        skip_before=frozenset(str(c).lower() for c in data["skip_before"]),
        reference_nouns=frozenset(str(c).lower() for c in data["reference_nouns"]),
        duration_after=re.compile(rf"^[\s-]*(?:{units})(?!\w)", re.I),
        relative=re.compile(rf"^[\s-]*(?:{units})\s+(?:{_words(data['relative_after'])})\b", re.I),
        ratio=re.compile(rf"^[\s\w,.-]{{0,25}}?\b(?:{_words(data['ratio_cues'])})\b", re.I),
        currency_before=tuple(str(c).lower() for c in data["currency_before"]),
        continuation=re.compile(rf"\b(?:{_words(data['continuation_cues'])})\b", re.I),
        phrase_stop=frozenset(str(c).lower() for c in data["phrase_stop"]),
        duration_subjects=re.compile(
            rf"(?<![\w-])(?:{_words(data['duration_subjects'])})(?![\w-])", re.I
        ),
    )
