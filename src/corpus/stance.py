"""Stance toward a target (default: a cease-fire), tone, and speaker -> actor groups.

A *target* is data: a YAML file under ``corpus/data/targets/`` (its comments
document the format) or a dict with the same keys. :func:`stance` matches the
target's cue phrases in each statement and adds:

- ``stance``: +1 for, 0 neutral or unclear, -1 against the target;
- ``stance_score``: the sum of the fired cues (+1 each for, -1 each against);
- ``stance_cues``: the fired cues as written, "; "-joined, each prefixed with its
  family: ``for:called for an immediate ceasefire``, ``against:total victory``,
  ``negated:no negotiations until`` (a refusal or a negated cue);
- ``tone``: VADER compound sentiment of the quote (-1 .. 1), a stance-free baseline.
  VADER is the costly part, so by default (``tone="relevant"``) only statements
  that mention a target term or fire a cue are scored, the others get NaN;
  ``tone="all"`` scores every statement (the tone-only baseline of the
  evaluation needs that), ``tone="none"`` none.

Cues are matched on the whole attributed span (``text``, which keeps the
reporting verb: "urged", "vowed", "rejected" carry stance), tone on the reported
content (``quote``). :func:`actors` maps speakers to actor groups from an
editable CSV so plots can draw one line per actor.

>>> said = pd.DataFrame({"quote": ["we will fight until total victory"],
...                      "text": ["We will fight until total victory, he said."]})
>>> row = stance(said).iloc[0]
>>> int(row["stance"]), row["stance_cues"]
(-1, 'against:total victory')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from corpus.paths import package_data
from corpus.prefilter import Finder, first_chars, needs
from corpus.tone import TONE_THRESHOLD, tone, tone_baseline  # noqa: F401 (re-exported)

tone_of = tone  # stance() has a parameter named tone

STANCE_LABELS = {1: "for", 0: "neutral", -1: "against"}
STANCE_COLUMNS = ("stance", "stance_score", "stance_cues", "tone")
ACTOR_COLUMNS = ("speaker", "affiliation", "role", "speaker_type")
DEFAULT_ACTOR = "other"

_TARGET_KEYS = (
    "terms",
    "for",
    "against",
    "negated",
    "for_verbs",
    "against_verbs",
    "negators",
    "hedges",
)
_LOOKBACK_CHARS = 80  # a negator's window of a few words never spans more than this


# --------------------------------------------------------------------------- targets


def load_target(name_or_path: str | Path | dict = "ceasefire") -> dict:
    """Parse a target: a packaged name ("ceasefire"), a YAML path, or a dict.

    Missing cue lists become empty lists; ``window`` and ``gap`` default to 4.
    Raises ``ValueError`` when a pattern is not a valid regular expression.
    """
    if isinstance(name_or_path, dict):
        raw = dict(name_or_path)
    else:
        path = Path(name_or_path)
        if not path.suffix and not path.exists():
            path = package_data(f"targets/{name_or_path}.yaml")
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        raw.setdefault("name", path.stem)
    target = {"name": str(raw.get("name", "custom")), "description": raw.get("description", "")}
    for key in _TARGET_KEYS:
        target[key] = [str(p) for p in (raw.get(key) or [])]
    target["window"] = int(raw.get("window", 4))
    target["gap"] = int(raw.get("gap", 4))
    min_score = {
        "default": 1.0,
        **{str(k): float(v) for k, v in (raw.get("min_score") or {}).items()},
    }
    target["min_score"] = min_score
    _compile(_freeze(target))  # fail early, with the bad pattern named
    return target


def _freeze(target: dict) -> tuple:
    """A hashable copy of a target, the cache key of its compiled patterns."""

    def hashable(v):
        if isinstance(v, dict):
            return tuple(sorted(v.items()))
        return tuple(v) if isinstance(v, list) else v

    return tuple((k, hashable(v)) for k, v in sorted(target.items()))


def _union(patterns: list[str] | tuple[str, ...]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _lower_pattern(pattern: str) -> str:
    """Lower-case a regex's letters, leaving escapes (``\\W``, ``\\b``) alone.

    Text is lower-cased once and matched without ``re.IGNORECASE``: two to three
    times faster than case-insensitive matching, with the same result.
    """
    out, escaped = [], False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


# (family, polarity, regex, needs); family is "for", "against" or "negated"; a
# rule is only searched in texts with a string of each of its `needs` (see
# corpus.prefilter): most rules fire in few statements.
_Rule = tuple[str, int, re.Pattern, tuple[frozenset[str], ...]]


@dataclass(frozen=True)
class _Compiled:
    rules: tuple[_Rule, ...]
    # verb rules need a target term; skipped (cheaply) when the text has none
    verb_rules: tuple[_Rule, ...]
    term: re.Pattern | None
    term_needs: tuple[frozenset[str], ...]
    negator: re.Pattern | None
    hedge: re.Pattern | None
    min_score: dict[str, float]
    # the term and verb patterns, tried at word starts only (see _word_starts)
    starts: dict[re.Pattern, re.Pattern]


@lru_cache(maxsize=32)
def _compile(frozen: tuple) -> _Compiled:
    t = dict(frozen)
    rules: list = []
    verb_rules: list = []

    def add(family: str, polarity: int, pattern: str, where: str, to: list = rules) -> None:
        try:
            # No leading \b: it stops `re` from jumping to a literal prefix;
            # _matches checks the word boundary instead, several times faster.
            rx = re.compile(f"(?:{_lower_pattern(pattern)})")
            to.append((family, polarity, rx, needs(rx.pattern)))
        except re.error as err:
            raise ValueError(f"target {t['name']!r}: bad pattern in {where}: {err}") from err

    for family, polarity in (("negated", -1), ("for", 1), ("against", -1)):
        for p in t[family]:
            add(family, polarity, p, f"{family}: {p!r}")
    # "<verb> ... <term>": the verb's stance goes to the target it governs.
    term = None
    if t["terms"]:
        between = rf"\W+(?:[\w'-]+\W+){{0,{t['gap']}}}?"
        terms = rf"(?:{_union(t['terms'])})\b"
        term = re.compile(_lower_pattern(terms))
        for family, polarity, key in (("for", 1, "for_verbs"), ("against", -1, "against_verbs")):
            if t[key]:
                verbs = _union(t[key])
                add(family, polarity, rf"(?:{verbs})\b{between}{terms}", key, verb_rules)
    # A negator or hedge, then at most `window` - 1 more words, then the cue.
    words = rf"(?:\W+[\w'-]+){{0,{max(t['window'] - 1, 0)}}}"
    lookback = {}
    for key in ("negators", "hedges"):
        lookback[key] = None
        if t[key]:
            try:
                pattern = _lower_pattern(rf"(?<!\w)(?:{_union(t[key])})\b{words}\W*$")
                lookback[key] = re.compile(pattern)
            except re.error as err:
                raise ValueError(f"target {t['name']!r}: bad pattern in {key}: {err}") from err
    # The term and verb patterns are unions of alternatives in groups, which keep
    # `re` from jumping to their first letters as it does for the other cues.
    starts = {}
    for rx in [term, *(rule[2] for rule in verb_rules)]:
        finder = _word_starts(rx) if rx is not None else None
        if finder is not None:
            starts[rx] = finder
    return _Compiled(
        tuple(rules),
        tuple(verb_rules),
        term,
        needs(term.pattern) if term is not None else (),
        lookback["negators"],
        lookback["hedges"],
        dict(t["min_score"]),
        starts,
    )


def _word_starts(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` tried only at word starts: "not after a word character", then ``rx``.

    Its ``finditer`` finds what :func:`_matches` keeps of ``rx``'s matches, with the
    candidate places tested inside ``re`` rather than one Python step each (None
    when the first characters of ``rx`` are not known: it may match the empty string).
    """
    if first_chars(rx.pattern) is None:
        return None
    try:
        return re.compile(f"(?<!\\w)(?:{rx.pattern})", rx.flags)
    except re.error:  # e.g. a global flag, which must open a pattern: search everywhere
        return None


def _target_rules(target: str | dict | Path) -> _Compiled:
    if isinstance(target, str) and not target.endswith((".yaml", ".yml")):
        return _named_target(target)
    return _compile(_freeze(load_target(target)))


@lru_cache(maxsize=16)
def _named_target(name: str) -> _Compiled:
    # Packaged targets are read and compiled once per process.
    return _compile(_freeze(load_target(name)))


# --------------------------------------------------------------------------- cues


def _matches(rx: re.Pattern, text: str, starts: re.Pattern | None = None):
    """``rx.finditer(text)`` restricted to matches that start a word.

    ``starts`` (from :func:`_word_starts`) is ``rx`` tried at word starts only: one
    scan of it finds the same matches.
    """
    if starts is not None:
        yield from starts.finditer(text)
        return
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
            continue
        yield m
        pos = max(m.end(), start + 1)


# Quotation marks (not apostrophes) between a cue's words: 'called for "an
# immediate pause"', 'Hamas "will be crushed"'. Cues are written without them.
# An apostrophe counts when it does not stand between two word characters. (One
# character class first, the conditions after it: `re` then jumps from mark to
# mark instead of trying every position, several times faster.)
_QUOTE_MARKS = re.compile(r"[\"“”‘'’](?:(?<=[\"“”‘])|(?<!\w['’])|(?!\w))")


def _for_matching(text: str) -> str:
    """The text cues are matched on: lower-cased, quotation marks dropped."""
    return _QUOTE_MARKS.sub("", text.lower())


def _score_texts(texts: list[str], rules: _Compiled) -> list[tuple[float, str, bool]]:
    """``(score, cues, names_target)`` of each text; each rule runs only where it may fire."""
    lowered = [_for_matching(t) for t in texts]
    finder = Finder(lowered)
    named: set[int] = set()
    if rules.term is not None:
        maybe = finder.texts_meeting(rules.term_needs)
        starts = rules.starts.get(rules.term)
        named = {
            i for i in maybe if next(_matches(rules.term, lowered[i], starts), None) is not None
        }
    active: list[list[_Rule]] = [[] for _ in lowered]
    for rule in rules.rules:
        for i in finder.texts_meeting(rule[3]):
            active[i].append(rule)
    for rule in rules.verb_rules:  # "<verb> ... <term>" needs a term in the text
        for i in named.intersection(finder.texts_meeting(rule[3])):
            active[i].append(rule)
    return [
        (*_fired(text, todo, rules), i in named)
        for i, (text, todo) in enumerate(zip(lowered, active, strict=True))
    ]


def _cues(text: str, rules: _Compiled) -> tuple[float, str]:
    """Score one text with every rule: what _score_texts gives, for one text."""
    text = _for_matching(text)
    active = list(rules.rules)
    if rules.verb_rules and next(_matches(rules.term, text, rules.starts.get(rules.term)), None):
        active += rules.verb_rules
    return _fired(text, active, rules)


def _fired(text: str, active: list[_Rule], rules: _Compiled) -> tuple[float, str]:
    """Score a lower-cased ``text`` with the ``active`` rules (in rule order)."""
    if not active:
        return 0.0, ""
    found = [
        (m.start(), m.end(), family, polarity)
        for family, polarity, rx, _ in active
        for m in _matches(rx, text, rules.starts.get(rx))
    ]
    if not found:
        return 0.0, ""
    # Longer matches win over shorter ones they overlap ("called for a truce"
    # as one cue, not also "truce" via a verb rule).
    taken: list[tuple[int, int, str, int]] = []
    for cue in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        if not any(cue[0] < e and s < cue[1] for s, e, _, _ in taken):
            taken.append(cue)
    labels, score, previous_end = [], 0, 0
    for start, end, family, polarity in sorted(taken):
        # A negator or hedge reaches forward only up to the next cue: in "not
        # stop until Hamas is destroyed" the "not" belongs to the first cue.
        before = text[max(0, start - _LOOKBACK_CHARS, previous_end) : start]
        previous_end = end
        # and a contrast or a reason ends its reach: "probably not by Monday, but I'm
        # hopeful", "this will not happen because Hamas will be crushed"
        contrast = max(before.rfind(" but "), before.rfind(" because "), before.rfind(";"))
        if contrast >= 0:
            before = before[contrast + 1 :]
        if rules.hedge is not None and rules.hedge.search(before):
            family, polarity = "hedged", 0  # "a deal could be reached": a forecast
        elif family != "negated" and rules.negator is not None and rules.negator.search(before):
            family, polarity = "negated", -polarity
        labels.append(f"{family}:{' '.join(text[start:end].split())}")
        score += polarity
    return float(score), "; ".join(labels)


# --------------------------------------------------------------------------- stance


def _column(frame: pd.DataFrame, name: str) -> list[str]:
    if name not in frame.columns:
        return [""] * len(frame)
    return ["" if not isinstance(v, str) else v for v in frame[name].tolist()]


TONE_MODES = ("all", "relevant", "none")


def stance(
    statements: pd.DataFrame, target: str | dict | Path = "ceasefire", tone: str = "relevant"
) -> pd.DataFrame:
    """Copy of ``statements`` with ``stance``, ``stance_score``, ``stance_cues``, ``tone``.

    Cues are matched on ``text`` (or ``quote`` when ``text`` is empty), tone on
    ``quote`` (or ``text``). Rows without either get stance 0 (and tone 0.0 when
    scored). ``target`` is a packaged target name, a YAML path or a dict (see
    :func:`load_target`). ``tone`` says which rows VADER scores (it costs more
    than all the cues): ``"relevant"`` (default) only statements that fired a
    cue or name a target term, ``"all"`` every statement, ``"none"`` no row;
    rows not scored get NaN.
    """
    if tone not in TONE_MODES:
        raise ValueError(f"tone must be one of {TONE_MODES}, not {tone!r}")
    rules = _target_rules(target)
    quotes, texts = _column(statements, "quote"), _column(statements, "text")
    cue_source = [t if t.strip() else q for q, t in zip(quotes, texts, strict=True)]
    tone_source = [q if q.strip() else t for q, t in zip(quotes, texts, strict=True)]

    # Each distinct text is scored once: relays and repeated captions are common.
    distinct = list(dict.fromkeys(cue_source))
    scored = dict(zip(distinct, _score_texts(distinct, rules), strict=True))
    if tone == "all":
        wanted = [True] * len(tone_source)
    elif tone == "none":
        wanted = [False] * len(tone_source)
    else:  # about the target: a cue fired or a target term is named
        wanted = [bool(scored[c][1]) or scored[c][2] for c in cue_source]
    toned: dict[str, float] = {}  # VADER is deterministic: once per distinct quote
    for t, w in zip(tone_source, wanted, strict=True):
        if w and t not in toned:
            toned[t] = tone_of(t)
    nan = float("nan")
    scores = [scored[t][0] for t in cue_source]
    default = rules.min_score["default"]
    needed = [rules.min_score.get(k, default) for k in _column(statements, "speaker_type")]
    sides = [int(s >= n) - int(s <= -n) for s, n in zip(scores, needed, strict=True)]
    tones = [toned[t] if w else nan for t, w in zip(tone_source, wanted, strict=True)]
    added = {
        "stance": np.array(sides, dtype="int64"),
        "stance_score": np.array(scores, dtype="float64"),
        "stance_cues": pd.array([scored[t][1] for t in cue_source], dtype="str"),
        "tone": np.array(tones, dtype="float64"),
    }
    cols, index = statements.columns, statements.index
    fresh = cols.intersection(list(added)).empty and cols.is_unique and index.is_unique
    if fresh and not statements.attrs:
        # one concat, not a copy and four column inserts: the fixed cost of a small batch
        return pd.concat([statements, pd.DataFrame(added, index=index)], axis=1)
    out = statements.copy()  # scored before: the columns are replaced in place
    for name, values in added.items():
        out[name] = pd.Series(values, index=index)
    return out


# --------------------------------------------------------------------------- actors


def _actor_table(table: str | Path | pd.DataFrame | None) -> pd.DataFrame:
    if table is None:
        table = package_data("actors.csv")
    if isinstance(table, pd.DataFrame):
        frame = table.copy()
    else:
        frame = pd.read_csv(table, dtype=str, comment="#", keep_default_na=False)
    if "actor" not in frame.columns:
        raise ValueError("actor table needs an 'actor' column")
    return frame


@lru_cache(maxsize=8)
def _compile_actor_rows(rows: tuple) -> tuple:
    compiled = []
    for actor, conditions in rows:
        try:
            compiled.append(
                (actor, tuple((col, re.compile(p, re.IGNORECASE)) for col, p in conditions))
            )
        except re.error as err:
            raise ValueError(f"actor table: bad pattern for {actor!r}: {err}") from err
    return tuple(compiled)


def actors(
    speakers_or_statements: pd.DataFrame, table: str | Path | pd.DataFrame | None = None
) -> pd.DataFrame:
    """Copy of a speakers or statements table with an ``actor`` column.

    ``table`` (default ``corpus/data/actors.csv``) has an ``actor`` column and
    regex columns ``speaker``, ``affiliation``, ``role``, ``speaker_type``; an
    empty cell matches anything. The first row whose patterns all match (searched,
    case-insensitive) names the actor; rows with no match get ``"other"``.
    """
    frame = _actor_table(table)
    cols = [c for c in ACTOR_COLUMNS if c in frame.columns]
    rows = tuple(
        (str(r["actor"]), tuple((c, str(r[c])) for c in cols if str(r[c]).strip()))
        for _, r in frame.iterrows()
        if str(r["actor"]).strip()
    )
    rules = _compile_actor_rows(rows)
    out = speakers_or_statements.copy()
    values = {c: _column(out, c) for c in ACTOR_COLUMNS}
    keys = list(zip(*(values[c] for c in ACTOR_COLUMNS), strict=True)) if len(out) else []
    cache: dict[tuple, str] = {}
    for key in set(keys):
        fields = dict(zip(ACTOR_COLUMNS, key, strict=True))
        cache[key] = next(
            (actor for actor, conds in rules if all(rx.search(fields[c]) for c, rx in conds)),
            DEFAULT_ACTOR,
        )
    out["actor"] = pd.Series([cache[k] for k in keys], index=out.index, dtype="str")
    return out
