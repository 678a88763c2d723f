"""Scores of extracted tables against gold articles: :func:`score`.

:func:`score` compares statements / figures / articles tables (made any way) with
the gold articles of :mod:`corpus.gold`; :mod:`corpus.evaluate` runs the
extraction and prints the result. When two names or two texts match is decided
in :mod:`corpus.matching` (content contains the snippet; same person or body;
one to one within an article).

Scores, summed over all articles of the folder (micro-averaged):

- ``statements``: a prediction is a hit when its content contains the gold
  snippet **and** its speaker names the gold speaker. ``kind_acc`` and
  ``speaker_type_acc`` are accuracies over the matched pairs.
- ``speakers``: per article, the set of *named* speakers (``speaker_type`` expert,
  official, organization or media; anonymous and other are not "named") on each
  side, matched one to one by the speaker rule. ``experts``: the same, restricted
  to ``speaker_type == "expert"`` on both sides.
- ``figures``: one to one on equal ``(value, category)`` (a multiset: a number
  reported twice must be found twice); every predicted row counts, repeats
  (``duplicate_of``) included. ``casualty_figures``: the same for ``killed`` and
  ``injured``. ``scope_acc`` and ``asof_acc`` over the matched pairs (two nulls
  agree).
- ``published_acc``: the article's ``published`` date (two nulls agree).
- ``stance``: over matched statements whose gold has a stance, accuracy and
  macro-F1 (over the labels that occur) of the predicted ``stance``;
  ``stance_baseline`` is the same for the VADER-tone-only baseline. Both are
  null when :mod:`corpus.stance` or its columns are not available.

``p = tp / pred`` and ``r = tp / gold``, each 0 when its denominator is 0 (so an
empty prediction scores 0), ``f1`` their harmonic mean. Accuracies with no pairs
are null. ``notes`` names predicted rows of articles that have no gold (ignored,
never dropped silently).
"""

from __future__ import annotations

import importlib
import math
from collections.abc import Callable
from typing import Any

import pandas as pd

from corpus.gold import STANCES, GoldArticle, GoldFigure
from corpus.matching import contains, flatten, match, same_speaker
from corpus.text import normalise, sentences

NAMED_TYPES = ("expert", "official", "organization", "media")
CASUALTY_CATEGORIES = ("killed", "injured")
PRF_KEYS = ("statements", "speakers", "experts", "figures", "casualty_figures")
ACC_KEYS = ("kind_acc", "speaker_type_acc", "scope_acc", "asof_acc", "published_acc")


# ---------------------------------------------------------------- counting


def _prf(tp: int, pred: int, gold: int) -> dict[str, Any]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "p": round(p, 4),
        "r": round(r, 4),
        "f1": round(f1, 4),
        "tp": tp,
        "pred": pred,
        "gold": gold,
    }


def _acc(pairs: list[bool]) -> float | None:
    return round(sum(pairs) / len(pairs), 4) if pairs else None


def _macro_f1(gold: list[str], pred: list[str | None]) -> float | None:
    if not gold:
        return None
    scores = []
    for label in STANCES:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(g != label and p == label for g, p in zip(gold, pred, strict=True))
        fn = sum(g == label and p != label for g, p in zip(gold, pred, strict=True))
        if tp + fp + fn:
            scores.append(2 * tp / (2 * tp + fp + fn))
    return round(sum(scores) / len(scores), 4)


def _stance_scores(gold: list[str], pred: list[str | None] | None) -> dict[str, Any] | None:
    if pred is None:
        return None
    correct = [g == p for g, p in zip(gold, pred, strict=True)]
    return {"acc": _acc(correct), "macro_f1": _macro_f1(gold, pred), "n": len(gold)}


def _missing(value: Any) -> bool:
    return value is None or (not isinstance(value, str) and bool(pd.isna(value)))


def _plain(record: dict) -> dict:
    """``record`` with missing values as None and numbers as plain Python (valid JSON)."""
    out = {}
    for key, value in record.items():
        if _missing(value):
            value = None
        elif hasattr(value, "item"):  # numpy scalar
            value = value.item()
        out[key] = value
    return out


def _same_date(gold: Any, pred: Any) -> bool:
    if _missing(gold) or _missing(pred):
        return _missing(gold) and _missing(pred)
    try:
        return pd.Timestamp(gold).date() == pd.Timestamp(pred).date()
    except (ValueError, TypeError):  # an unreadable predicted date is simply wrong
        return False


def _same_value(a: float, b: Any) -> bool:
    try:
        return not _missing(b) and math.isclose(a, float(b), rel_tol=1e-9, abs_tol=1e-9)
    except (ValueError, TypeError):  # a predicted value that is not a number matches nothing
        return False


def _rows_by_article(table: pd.DataFrame | None) -> dict[str, list[dict]]:
    """Rows of ``table`` as dicts per article, in text order (one pass over the table)."""
    if table is None or table.empty or "article_id" not in table.columns:
        return {}
    if "char_start" in table.columns:
        table = table.sort_values(["article_id", "char_start"], kind="stable")
    return {
        str(article_id): rows.to_dict("records")
        for article_id, rows in table.groupby(table["article_id"].astype(str), sort=False)
    }


def _content(row: dict) -> str | None:
    quote = row.get("quote")
    return quote if isinstance(quote, str) and quote.strip() else row.get("text")


# ---------------------------------------------------------------- one article


def _score_article(
    gold: GoldArticle,
    statements: list[dict],
    figures: list[dict],
    published: Any,
    text: str,
    labellers: tuple[Callable | None, Callable | None],
) -> dict[str, Any]:
    """Counts, labelled pairs and unmatched items of one article (summed by :func:`_summary`)."""
    out: dict[str, Any] = {"counts": {}, "pairs": {}, "misses": [], "false_alarms": [], "wrong": []}
    _score_statements(out, gold, statements, text, labellers)
    _score_speakers(out, gold, statements)
    _score_figures(out, gold, figures, text)
    out["pairs"]["published_acc"] = [_same_date(gold.published, published)]
    return out


def _wrong(article_id: str, item: str, what: str, field: str, gold: Any, pred: Any) -> dict:
    return {"article_id": article_id, "item": item, "what": what, "field": field,
            "gold": None if _missing(gold) else str(gold),
            "pred": None if _missing(pred) else str(pred)}  # fmt: skip


def _score_statements(out: dict, gold: GoldArticle, rows: list[dict], text: str, labellers) -> None:
    flat = [flatten(_content(row)) for row in rows]
    candidates = []
    for g in gold.statements:
        snippet = flatten(g.snippet)
        candidates.append(
            [j for j, row in enumerate(rows)
             if snippet in flat[j] and same_speaker(g.speaker, row.get("speaker"))]
        )  # fmt: skip
    hits = match(candidates)
    out["counts"]["statements"] = (len(hits), len(rows), len(gold.statements))
    for field in ("kind", "speaker_type"):
        agree = []
        for i, j in hits.items():
            g_value, p_value = getattr(gold.statements[i], field), rows[j].get(field)
            agree.append(g_value == p_value)
            if not agree[-1]:
                what = f"{rows[j].get('statement_id')} {gold.statements[i].speaker}"
                out["wrong"].append(_wrong(gold.id, "statement", what, field, g_value, p_value))
        out["pairs"][f"{field}_acc"] = agree
    with_stance = [(i, j) for i, j in hits.items() if gold.statements[i].stance]
    out["pairs"]["stance_gold"] = [gold.statements[i].stance for i, _ in with_stance]
    for name, column, label in zip(
        ("stance_pred", "tone_pred"), ("stance", "tone"), labellers, strict=True
    ):
        out["pairs"][name] = (
            None if label is None else [label(rows[j].get(column)) for _, j in with_stance]
        )
    for i, g in enumerate(gold.statements):
        if i not in hits:
            out["misses"].append(_statement_miss(gold.id, g, rows, text))
    taken = set(hits.values())
    for j, row in enumerate(rows):
        if j not in taken:
            alarm = {"article_id": gold.id, "item": "statement", "id": row.get("statement_id"),
                     "speaker": row.get("speaker"), "text": row.get("text")}  # fmt: skip
            out["false_alarms"].append(_plain(alarm))


def _score_speakers(out: dict, gold: GoldArticle, rows: list[dict]) -> None:
    for key, types in (("speakers", NAMED_TYPES), ("experts", ("expert",))):
        g_names = sorted({s.speaker for s in gold.statements if s.speaker_type in types})
        p_names = sorted(
            {
                r["speaker"]
                for r in rows
                if r.get("speaker_type") in types and not _missing(r.get("speaker"))
            }
        )
        found = match([[j for j, p in enumerate(p_names) if same_speaker(g, p)] for g in g_names])
        out["counts"][key] = (len(found), len(p_names), len(g_names))


def _match_figures(g_figs: list[GoldFigure], p_figs: list[dict]) -> dict[int, int]:
    candidates = []
    for f in g_figs:
        same = [
            j
            for j, r in enumerate(p_figs)
            if r.get("category") == f.category and _same_value(f.value, r.get("value"))
        ]
        # the very number as written first, so repeated values pair up in place
        same.sort(key=lambda j, f=f: flatten(p_figs[j].get("value_text")) != flatten(f.snippet))
        candidates.append(same)
    return match(candidates)


def _score_figures(out: dict, gold: GoldArticle, rows: list[dict], text: str) -> None:
    casualties = [r for r in rows if r.get("category") in CASUALTY_CATEGORIES]
    g_casualties = [f for f in gold.figures if f.category in CASUALTY_CATEGORIES]
    out["counts"]["casualty_figures"] = (
        len(_match_figures(g_casualties, casualties)), len(casualties), len(g_casualties)
    )  # fmt: skip
    found = _match_figures(list(gold.figures), rows)
    out["counts"]["figures"] = (len(found), len(rows), len(gold.figures))
    for field, same in (("scope", lambda a, b: a == b), ("asof", _same_date)):
        agree = []
        for i, j in found.items():
            g_value, p_value = getattr(gold.figures[i], field), rows[j].get(field)
            agree.append(same(g_value, p_value))
            if not agree[-1]:
                what = f"{rows[j].get('figure_id')} {gold.figures[i].snippet} {gold.figures[i].category}"
                out["wrong"].append(_wrong(gold.id, "figure", what, field, g_value, p_value))
        out["pairs"][f"{field}_acc"] = agree
    for i, f in enumerate(gold.figures):
        if i not in found:
            out["misses"].append(_figure_miss(gold.id, f, rows, text))
    taken = set(found.values())
    for j, r in enumerate(rows):
        if j not in taken:
            alarm = {"article_id": gold.id, "item": "figure", "id": r.get("figure_id"),
                     "value": r.get("value"), "category": r.get("category"),
                     "text": r.get("sentence") or r.get("value_text")}  # fmt: skip
            out["false_alarms"].append(_plain(alarm))


def _sentence_of(text: str, snippet: str) -> str | None:
    """The sentence of ``text`` where ``snippet`` occurs (words compared as in matching)."""
    target = flatten(snippet)
    for s, e in sentences(text):
        if target in flatten(text[s:e]):
            return text[s:e]
    return None


def _statement_miss(article_id: str, g: Any, rows: list[dict], text: str) -> dict:
    miss = {"article_id": article_id, "item": "statement", "speaker": g.speaker,
            "snippet": g.snippet, "sentence": _sentence_of(text, g.snippet), "hint": None}  # fmt: skip
    for row in rows:  # why the nearest prediction failed, so a developer knows what to fix
        if contains(_content(row), g.snippet):
            miss["hint"] = f"predicted speaker {row.get('speaker')!r}"
            break
        if contains(row.get("text"), g.snippet) and same_speaker(g.speaker, row.get("speaker")):
            miss["hint"] = "snippet in text but not in quote"
            break
    return miss


def _figure_miss(article_id: str, f: Any, rows: list[dict], text: str) -> dict:
    miss = {"article_id": article_id, "item": "figure", "value": f.value, "category": f.category,
            "snippet": f.snippet, "sentence": _sentence_of(text, f.snippet), "hint": None}  # fmt: skip
    for row in rows:
        if _same_value(f.value, row.get("value")):
            miss["hint"] = f"predicted category {row.get('category')!r}"
            break
    return miss


# ---------------------------------------------------------------- whole set


def _summary(parts: list[dict], have_figures: bool = True) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key in PRF_KEYS:
        tp, pred, gold = (sum(p["counts"][key][k] for p in parts) for k in range(3))
        result[key] = _prf(tp, pred, gold)
    for key in ACC_KEYS:
        result[key] = _acc([x for p in parts for x in p["pairs"][key]])
    gold_stance = [x for p in parts for x in p["pairs"]["stance_gold"]]
    for key, column in (("stance", "stance_pred"), ("stance_baseline", "tone_pred")):
        have = all(p["pairs"][column] is not None for p in parts)
        pred = [x for p in parts for x in p["pairs"][column]] if have and parts else None
        result[key] = _stance_scores(gold_stance, pred)
    if not have_figures:  # "not extracted" is not a score of zero
        for key in ("figures", "casualty_figures", "scope_acc", "asof_acc"):
            result[key] = None
    result["n_articles"] = len(parts)
    return result


def _stance_labellers() -> tuple[Callable | None, Callable | None]:
    """Label functions for the stance and tone columns, or None without ``corpus.stance``."""
    try:
        stance = importlib.import_module("corpus.stance")
        labels = dict(stance.STANCE_LABELS)
    except (ImportError, AttributeError):
        return None, None

    def stance_label(value: Any) -> str | None:
        # +1/0/-1 as the contract says; a label already spelled out is taken as is
        if isinstance(value, str):
            return value if value in STANCES else None
        try:
            return None if _missing(value) else labels.get(int(value))
        except (TypeError, ValueError):  # not a stance: counts as wrong
            return None

    baseline = getattr(stance, "tone_baseline", None)
    if baseline is None:
        return stance_label, None

    def tone_label(value: Any) -> str | None:
        try:
            tone = None if _missing(value) else float(value)
        except (TypeError, ValueError):
            tone = None
        return stance_label(baseline(tone))

    return stance_label, tone_label


def score(
    golds: list[GoldArticle],
    statements: pd.DataFrame,
    figures: pd.DataFrame | None = None,
    articles: pd.DataFrame | None = None,
    by_article: bool = False,
) -> dict[str, Any]:
    """Compare extracted tables with gold articles; see the module docstring for the rules.

    ``figures`` None means "not extracted": figure scores are then omitted, not zero.
    With ``by_article``, adds ``by_article`` ({id: scores}), ``misses``, ``false_alarms``
    and ``wrong_labels`` (matched pairs whose kind, speaker_type, scope or asof differ).
    """
    stance_label, tone_label = _stance_labellers()
    if statements is None or "stance" not in statements.columns:
        stance_label = None
    if statements is None or "tone" not in statements.columns:
        tone_label = None
    published = {}
    texts = {}
    if articles is not None and not articles.empty:
        for row in articles.to_dict("records"):
            published[str(row["article_id"])] = row.get("published")
            texts[str(row["article_id"])] = row.get("text") or ""
    said_by_article = _rows_by_article(statements)
    figures_by_article = _rows_by_article(figures)
    parts = [
        _score_article(
            g,
            said_by_article.get(g.id, []),
            figures_by_article.get(g.id, []),
            published.get(g.id),
            texts.get(g.id) or normalise(g.text),
            (stance_label, tone_label),
        )
        for g in golds
    ]
    have_figures = figures is not None
    result = _summary(parts, have_figures)
    gold_ids = {g.id for g in golds}
    result["notes"] = []
    for name, table in (("statements", said_by_article), ("figures", figures_by_article)):
        orphans = sorted(set(table) - gold_ids)
        if orphans:
            n_rows = sum(len(table[i]) for i in orphans)
            result["notes"].append(
                f"{n_rows} predicted {name} of articles without gold ignored: {', '.join(orphans)}"
            )
    if by_article:
        result["by_article"] = {
            g.id: _summary([p], have_figures) for g, p in zip(golds, parts, strict=True)
        }
        result["misses"] = [m for p in parts for m in p["misses"]]
        result["false_alarms"] = [f for p in parts for f in p["false_alarms"]]
        result["wrong_labels"] = [w for p in parts for w in p["wrong"]]
    return result
