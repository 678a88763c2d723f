"""Score the extraction against a gold folder: ``corpus evaluate DIR``.

(``corpus evaluate DIR --against OTHER`` scores a second annotation of the same
articles instead: :mod:`corpus.agreement`.)

:func:`evaluate` reads ``DIR/<id>.txt`` with the project's own reader, runs the
extraction on them, and compares the tables with the gold ``<id>.json`` files:
:mod:`corpus.gold` reads and validates the gold, :mod:`corpus.scoring` defines
every score (see its docstring for the rules) and :mod:`corpus.matching` decides
when a predicted statement, speaker or figure is the gold one.

``corpus evaluate DIR`` prints a table of under 15 lines (the set as a whole);
``--json`` prints one object with the keys of :func:`corpus.scoring.score`;
``--by-article`` adds one line per article, the misses (gold items not found,
with their sentence and a hint why) and the false alarms (predictions not in
gold). Exit code 0 when it ran, 2 when the folder is missing, the gold is
invalid or the extraction modules are not there.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import json
import sys
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from corpus.gold import GoldError, load_gold
from corpus.scoring import ACC_KEYS, PRF_KEYS, score

__all__ = [
    "EvaluationError",
    "evaluate",
    "extract_for_evaluation",
    "load_gold",
    "run_evaluate",
    "score",
]


class EvaluationError(RuntimeError):
    """The extraction needed for an evaluation is not available."""


# ---------------------------------------------------------------- running the extraction


def _module(name: str) -> Any | None:
    """Import ``corpus.<name>`` or return None when it does not exist (yet)."""
    if importlib.util.find_spec(f"corpus.{name}") is None:
        return None
    return importlib.import_module(f"corpus.{name}")


def extract_for_evaluation(folder: str | Path) -> dict[str, Any]:
    """Articles, statements and figures of ``folder`` by the project's own extraction.

    Uses ``corpus.pipeline.extract_tables`` when it exists, else the stage modules
    one by one. A missing ``figures`` or ``stance`` stage leaves its table or
    columns out; a missing reader or ``statements`` stage raises EvaluationError.
    Reader rejects and the stages' warnings (an article a stage skipped) come back
    in ``warnings``, summarised in ``notes``: they cost recall, so they are shown.
    """
    io = _module("io")
    if io is None or not hasattr(io, "read_articles"):
        raise EvaluationError("corpus.io.read_articles is not available: cannot read the articles")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = io.read_articles(folder)
        # The reader returns the articles with their rejects in attrs (or, older, a pair).
        articles, rejects = read if isinstance(read, tuple) else (read, read.attrs.get("rejects"))
        tables = _run_stages(articles)
    notes = tables.pop("notes")
    if rejects is not None and len(rejects):
        names = ", ".join(
            f"{Path(str(p)).name} ({r})"
            for p, r in zip(rejects["path"], rejects["reason"], strict=True)
        )
        notes.append(f"{len(rejects)} file(s) rejected by the reader, scored as empty: {names}")
    messages = list(dict.fromkeys(str(w.message) for w in caught))  # unique, in order
    if messages:
        notes.append(f"{len(messages)} warning(s) while extracting, first: {messages[0]}")
    return {"articles": articles, **tables, "notes": notes, "warnings": messages}


def _run_stages(articles: pd.DataFrame) -> dict[str, Any]:
    stages = {name: _module(name) for name in ("statements", "stance", "figures")}
    if stages["statements"] is None:
        raise EvaluationError("corpus.statements is not available: no statements to evaluate")
    pipeline = _module("pipeline") if all(stages.values()) else None
    if pipeline is not None and hasattr(pipeline, "extract_tables"):
        # The tone-only baseline needs a tone for every matched statement.
        tables = pipeline.extract_tables(articles, tone="all")
        return {"statements": tables["statements"], "figures": tables.get("figures"), "notes": []}
    # Some stage is still missing: run those that exist, one by one.
    notes = []
    said = stages["statements"].statements(articles)
    if stages["stance"] is None:
        notes.append("corpus.stance not available: stance scores skipped")
    else:
        said = stages["stance"].stance(said, tone="all")
    if stages["figures"] is None:
        figures = None
        notes.append("corpus.figures not available: figure scores skipped")
    else:
        figures = stages["figures"].figures(articles, said)
    return {"statements": said, "figures": figures, "notes": notes}


def evaluate(folder: str | Path, by_article: bool = False) -> dict[str, Any]:
    """Run the extraction on ``folder``'s ``<id>.txt`` files and score it against ``<id>.json``.

    Raises FileNotFoundError (no folder), GoldError (invalid gold, every problem
    listed) or EvaluationError (extraction modules missing). The result has the keys
    of the JSON output of ``corpus evaluate`` (see :func:`score`), plus ``notes``
    (and, with ``by_article``, every extraction ``warnings`` message).
    """
    golds = load_gold(folder)
    tables = extract_for_evaluation(folder)
    result = score(golds, tables["statements"], tables["figures"], tables["articles"], by_article)
    result["notes"] = tables["notes"] + result["notes"]
    if by_article:
        result["warnings"] = tables.get("warnings", [])
    return result


# ---------------------------------------------------------------- command line


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, int | float) else str(value)


def _fmt(value: Any) -> str:
    return "  -  " if value is None else f"{value:.2f}"


def format_summary(result: dict[str, Any], title: str = "") -> list[str]:
    """The compact table printed by ``corpus evaluate`` (under 15 lines)."""
    lines = [f"{title}{result['n_articles']} article(s)"]
    lines.append(f"{'':18}{'p':>6}{'r':>6}{'f1':>6}{'tp':>6}{'pred':>6}{'gold':>6}")
    for key in PRF_KEYS:
        m = result[key]
        if m is None:
            lines.append(f"{key:18}  (not extracted)")
            continue
        lines.append(
            f"{key:18}{_fmt(m['p']):>6}{_fmt(m['r']):>6}{_fmt(m['f1']):>6}"
            f"{m['tp']:>6}{m['pred']:>6}{m['gold']:>6}"
        )
    lines.append("accuracy  " + "  ".join(f"{k[:-4]} {_fmt(result[k])}" for k in ACC_KEYS))
    stance_parts = []
    for key, label in (("stance", "stance"), ("stance_baseline", "tone baseline")):
        s = result[key]
        stance_parts.append(
            f"{label} n/a"
            if s is None
            else f"{label} acc {_fmt(s['acc'])} macro-F1 {_fmt(s['macro_f1'])} (n={s['n']})"
        )
    lines.append(" | ".join(stance_parts))
    return lines


def _format_details(result: dict[str, Any]) -> list[str]:
    width = max([len(a) for a in result["by_article"]] + [7])
    head = "".join(f"{k.replace('casualty_figures', 'casualty'):>12}" for k in PRF_KEYS)
    lines = [f"{'article':{width}}{head}  published   (f1 tp/gold)"]
    for article_id, scores in result["by_article"].items():
        cells = "".join(
            f"{'-':>12}" if scores[k] is None
            else f"{_fmt(scores[k]['f1']):>6}{scores[k]['tp']:>3}/{scores[k]['gold']:<3}"
            for k in PRF_KEYS
        )  # fmt: skip
        ok = {None: "-", 1.0: "ok"}.get(scores["published_acc"], "WRONG")
        lines.append(f"{article_id:{width}}{cells}  {ok}")
    if result.get("warnings"):
        lines += ["", f"EXTRACTION WARNINGS ({len(result['warnings'])})"]
        lines += [f"- {w}" for w in result["warnings"]]
    lines += ["", f"MISSES ({len(result['misses'])}): gold items not found"]
    for m in result["misses"]:
        who = m["speaker"] if m["item"] == "statement" else f"{_number(m['value'])} {m['category']}"
        hint = f"  [{m['hint']}]" if m["hint"] else ""
        lines.append(f"- {m['article_id']} {m['item']}: {who}: {m['snippet']!r}{hint}")
        lines.append(f"    in: {' '.join(str(m['sentence']).split())}")
    lines += ["", f"WRONG LABELS ({len(result['wrong_labels'])}): found, but labelled otherwise"]
    for w in result["wrong_labels"]:
        lines.append(f"- {w['what']}: {w['field']} {w['pred']}, gold {w['gold']}")
    lines += ["", f"FALSE ALARMS ({len(result['false_alarms'])}): predictions not in gold"]
    for f in result["false_alarms"]:
        what = (
            f["speaker"] if f["item"] == "statement" else f"{_number(f['value'])} {f['category']}"
        )
        text = " ".join(str(f["text"]).split())  # one line per item
        lines.append(f"- {f['id']}: {what}: {text}")
    return lines


def run_evaluate(args: argparse.Namespace) -> int:
    """``corpus evaluate DIR [--json] [--by-article] [--against OTHER]``: 0 when it ran, 2 on
    unusable input."""
    by_article = bool(getattr(args, "by_article", False))
    against = getattr(args, "against", None)
    try:
        if against:
            from corpus.agreement import agreement

            result = agreement(args.gold, against, by_article=by_article)
        else:
            result = evaluate(args.gold, by_article=by_article)
    except (FileNotFoundError, GoldError, EvaluationError) as exc:
        print(f"corpus evaluate: {exc}", file=sys.stderr)
        return 2
    if getattr(args, "json", False):
        # allow_nan=False: a NaN that slipped through would be invalid JSON; fail loudly here
        print(
            json.dumps(result, indent=None if not by_article else 1, default=str, allow_nan=False)
        )
        return 0
    title = f"{against} against {args.gold}: " if against else f"{args.gold}: "
    lines = format_summary(result, title=title)
    if by_article:
        lines = _format_details(result) + [""] + lines  # the set summary last, for `tail`
    lines += [f"note: {n}" for n in result["notes"]]
    print("\n".join(lines))
    return 0
