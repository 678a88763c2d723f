"""Gold annotations: read and validate ``<id>.json`` files beside ``<id>.txt``.

A gold folder holds one article text per ``<id>.txt`` and its hand annotation in
``<id>.json`` (schema in ``docs/annotation.md``). :func:`load_gold` reads every
pair and checks the whole folder before anything is scored: every problem (a
missing partner file, bad JSON, a missing or unknown field, a value outside its
vocabulary, an id that is not the file stem, a snippet that does not occur in the
text) is collected, and one
:class:`GoldError` lists them all with file and field, e.g.::

    d03.json: statements[4].speaker_type: 'expertt' is not one of anonymous, expert, ...

so an annotator fixes a file in one pass instead of one error per run.

>>> from corpus.paths import GOLD_DIR
>>> golds = load_gold(GOLD_DIR)
>>> golds[0].statements[0].speaker_type in SPEAKER_TYPES
True
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.matching import flatten
from corpus.text import normalise

# Vocabularies of the gold schema (docs/annotation.md, docs/architecture.md).
SPEAKER_TYPES = ("expert", "official", "organization", "media", "anonymous", "other")
KINDS = ("direct", "indirect")
STANCES = ("for", "against", "neutral")
CATEGORIES = (
    "killed", "injured", "missing", "hostages_held", "hostages_released",
    "prisoners_released", "displaced", "aid", "military", "money", "duration", "other",
)  # fmt: skip
SCOPES = ("cumulative", "incident", "na")

_ARTICLE_FIELDS = ("id", "outlet", "url", "title", "published", "statements", "figures")
_STATEMENT_FIELDS = ("speaker", "speaker_type", "kind", "snippet")
_FIGURE_FIELDS = ("value", "category", "subject", "scope", "asof", "snippet")


class GoldError(ValueError):
    """The gold folder is unusable; ``errors`` lists every problem found."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        lines = "\n".join(f"  {e}" for e in self.errors)
        super().__init__(f"{len(self.errors)} gold error(s):\n{lines}")


@dataclass(frozen=True)
class GoldStatement:
    speaker: str
    speaker_type: str
    kind: str
    snippet: str
    stance: str | None = None


@dataclass(frozen=True)
class GoldFigure:
    value: float
    category: str
    subject: str | None
    scope: str
    asof: dt.date | None
    snippet: str


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article; ``text`` is the raw ``<id>.txt`` content."""

    id: str
    outlet: str | None
    url: str | None
    title: str | None
    published: dt.date | None
    statements: tuple[GoldStatement, ...]
    figures: tuple[GoldFigure, ...]
    notes: str | None = None
    text: str = field(default="", repr=False)


def load_gold(folder: str | Path, texts_from: str | Path | None = None) -> list[GoldArticle]:
    """Read and validate every ``<id>.json`` / ``<id>.txt`` pair of ``folder``, sorted by id.

    ``texts_from``: read the ``<id>.txt`` files from that folder instead (a second
    annotation of the same articles, kept as JSON only). Raises
    :class:`FileNotFoundError` when a folder is not a directory and :class:`GoldError`
    listing every problem when any file is invalid.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"gold folder not found: {folder}")
    if texts_from is not None and not Path(texts_from).is_dir():
        raise FileNotFoundError(f"text folder not found: {texts_from}")
    texts = {p.stem: p for p in Path(texts_from or folder).glob("*.txt")}
    jsons = {p.stem: p for p in folder.glob("*.json")}
    errors: list[str] = []
    for stem in sorted(texts.keys() - jsons.keys()) if texts_from is None else ():
        # (a second annotation may leave articles out: corpus.agreement notes them)
        errors.append(f"{stem}.txt: no gold annotation {stem}.json beside it")
    for stem in sorted(jsons.keys() - texts.keys()):
        errors.append(f"{stem}.json: no article text {stem}.txt beside it")
    if not texts and not jsons:
        errors.append(f"{folder}: no <id>.txt / <id>.json pairs")
    golds = []
    for stem in sorted(texts.keys() & jsons.keys()):
        article = _load_pair(stem, jsons[stem], texts[stem], errors)
        if article is not None:
            golds.append(article)
    if errors:
        raise GoldError(errors)
    return golds


def _load_pair(stem: str, json_path: Path, txt_path: Path, errors: list[str]) -> GoldArticle | None:
    name = json_path.name
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        errors.append(f"{name}: not UTF-8 ({exc.reason})")
        return None
    except json.JSONDecodeError as exc:
        errors.append(f"{name}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")
        return None
    except OSError as exc:
        errors.append(f"{name}: unreadable ({exc.strerror})")
        return None
    try:
        text = txt_path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        errors.append(f"{txt_path.name}: unreadable ({exc.strerror})")
        return None
    n_before = len(errors)
    article = _article(name, stem, data, text, errors)
    return article if len(errors) == n_before else None


def _article(name: str, stem: str, data: Any, text: str, errors: list[str]) -> GoldArticle | None:
    if not isinstance(data, dict):
        errors.append(f"{name}: top level must be an object, not {type(data).__name__}")
        return None
    check = _Checker(name, errors)
    check.fields("", data, _ARTICLE_FIELDS, optional=("notes",))
    if "id" in data and data["id"] != stem:
        errors.append(f"{name}: id: {data['id']!r} is not the file stem {stem!r}")
    for key in ("outlet", "url", "title", "notes"):
        check.optional_str(key, data.get(key))
    published = check.date("published", data.get("published"))
    statements = [
        _statement(check, f"statements[{i}]", item)
        for i, item in enumerate(check.array("statements", data.get("statements")))
    ]
    figures = [
        _figure(check, f"figures[{i}]", item)
        for i, item in enumerate(check.array("figures", data.get("figures")))
    ]
    # A snippet the matcher can never find in the text is an annotation error.
    body = flatten(normalise(text))
    for key, items in (("statements", statements), ("figures", figures)):
        for i, item in enumerate(items):
            if item is not None and flatten(item.snippet) not in body:
                check.fail(f"{key}[{i}].snippet", f"{item.snippet!r} is not in {stem}.txt")
    if not check.ok:
        return None
    return GoldArticle(
        id=stem,
        outlet=data.get("outlet"),
        url=data.get("url"),
        title=data.get("title"),
        published=published,
        statements=tuple(s for s in statements if s is not None),
        figures=tuple(f for f in figures if f is not None),
        notes=data.get("notes"),
        text=text,
    )


def _statement(check: _Checker, where: str, item: Any) -> GoldStatement | None:
    if not check.object(where, item):
        return None
    check.fields(where, item, _STATEMENT_FIELDS, optional=("stance",))
    speaker = check.text(f"{where}.speaker", item.get("speaker"))
    speaker_type = check.choice(f"{where}.speaker_type", item.get("speaker_type"), SPEAKER_TYPES)
    kind = check.choice(f"{where}.kind", item.get("kind"), KINDS)
    snippet = check.text(f"{where}.snippet", item.get("snippet"))
    stance = item.get("stance")
    if stance is not None:
        stance = check.choice(f"{where}.stance", stance, STANCES)
    if None in (speaker, speaker_type, kind, snippet):
        return None
    return GoldStatement(speaker, speaker_type, kind, snippet, stance)


def _figure(check: _Checker, where: str, item: Any) -> GoldFigure | None:
    if not check.object(where, item):
        return None
    check.fields(where, item, _FIGURE_FIELDS)
    value = check.number(f"{where}.value", item.get("value"))
    category = check.choice(f"{where}.category", item.get("category"), CATEGORIES)
    check.optional_str(f"{where}.subject", item.get("subject"))
    scope = check.choice(f"{where}.scope", item.get("scope"), SCOPES)
    asof = check.date(f"{where}.asof", item.get("asof"))
    snippet = check.text(f"{where}.snippet", item.get("snippet"))
    if None in (value, category, scope, snippet):
        return None
    return GoldFigure(value, category, item.get("subject"), scope, asof, snippet)


class _Checker:
    """Collects ``file: field: problem`` messages; each check returns the clean value or None."""

    def __init__(self, name: str, errors: list[str]):
        self.name = name
        self.errors = errors
        self.ok = True

    def fail(self, where: str, problem: str) -> None:
        self.ok = False
        self.errors.append(f"{self.name}: {where}: {problem}")

    def fields(self, where: str, obj: dict, required: tuple, optional: tuple = ()) -> None:
        prefix = f"{where}." if where else ""
        for key in required:
            if key not in obj:
                self.fail(f"{prefix}{key}", "missing")
        for key in sorted(set(obj) - set(required) - set(optional)):
            self.fail(f"{prefix}{key}", "unknown field")

    def object(self, where: str, value: Any) -> bool:
        if isinstance(value, dict):
            return True
        self.fail(where, f"must be an object, not {type(value).__name__}")
        return False

    def array(self, where: str, value: Any) -> list:
        if isinstance(value, list):
            return value
        if value is not None:  # a missing key was reported by fields()
            self.fail(where, f"must be a list, not {type(value).__name__}")
        return []

    def text(self, where: str, value: Any) -> str | None:
        if isinstance(value, str) and value.strip():
            return value
        self.fail(where, f"must be a non-empty string, not {value!r}")
        return None

    def optional_str(self, where: str, value: Any) -> None:
        if value is not None and not isinstance(value, str):
            self.fail(where, f"must be a string or null, not {value!r}")

    def choice(self, where: str, value: Any, allowed: tuple[str, ...]) -> str | None:
        if isinstance(value, str) and value in allowed:
            return value
        self.fail(where, f"{value!r} is not one of {', '.join(allowed)}")
        return None

    def number(self, where: str, value: Any) -> float | None:
        # bool is an int subclass: true/false in JSON is a typo, not a count.
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        self.fail(where, f"must be a number, not {value!r}")
        return None

    def date(self, where: str, value: Any) -> dt.date | None:
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.fail(where, f"{value!r} is not a YYYY-MM-DD date or null")
        return None
