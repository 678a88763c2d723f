"""Small stand-ins for the stages the pipeline calls (io, statements, stance,
figures, speakers), so the pipeline's own behaviour (chunking, parallelism,
cache, atomic output) is tested apart from the extraction rules.

They follow the table contracts of docs/architecture.md on tiny rules:
a sentence with "said" is a statement, every digit run is a figure.
``STANDIN_DELAY`` (seconds per chunk) slows extraction down for kill tests;
an article containing ``EXPLODE`` makes the statements stage raise.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
import types
from pathlib import Path

import pandas as pd

from corpus.text import normalise, sentences

STAGES = ("corpus.io", "corpus.statements", "corpus.stance", "corpus.figures", "corpus.speakers")
_NUMBER = re.compile(r"\d[\d,]*")
_SPEAKER = re.compile(r"([A-Z][a-z]+ [A-Z][a-z]+) said")


def iter_articles(source, chunk_size=2000, reuse=None):
    sources = [source] if isinstance(source, str | Path) else source
    paths = [
        p for s in map(Path, sources) for p in (sorted(s.glob("*.txt")) if s.is_dir() else [s])
    ]
    rows, rejects = [], []
    for path in paths:
        raw = path.read_bytes()  # a missing file raises (the real io makes it a reject)
        if not raw.strip():
            rejects.append({"path": str(path), "reason": "empty", "detail": "no text"})
            continue
        text = normalise(raw.decode("utf-8", "replace"))
        stated = re.search(r"\b(20\d\d-\d\d-\d\d)\b", text)
        rows.append(
            {
                "article_id": path.stem,
                "path": str(path),
                "outlet": None,
                "title": text.split("\n", 1)[0],
                "published": pd.Timestamp(stated.group(1)) if stated else pd.NaT,
                "layout": "plain",
                "text": text,
                "n_words": len(text.split()),
                "sha256": hashlib.sha256(raw).hexdigest(),
            }
        )
        if len(rows) == chunk_size:
            yield pd.DataFrame(rows), pd.DataFrame(rejects, columns=["path", "reason", "detail"])
            rows, rejects = [], []
    if rows or rejects:
        yield pd.DataFrame(rows), pd.DataFrame(rejects, columns=["path", "reason", "detail"])


def statements(articles, spans=None, errors="warn"):
    time.sleep(float(os.environ.get("STANDIN_DELAY", "0")))
    rows = []
    for article_id, published, text in zip(
        articles["article_id"], articles["published"], articles["text"], strict=True
    ):
        if "EXPLODE" in text:
            raise ValueError("stand-in stage failure")
        n = 0
        for start, end in sentences(text):
            found = _SPEAKER.search(text, start, end)
            if found:
                rows.append(
                    {
                        "statement_id": f"{article_id}:s{n:03d}",
                        "article_id": article_id,
                        "published": published,
                        "speaker": found.group(1),
                        "speaker_mention": found.group(1),
                        "speaker_type": "other",
                        "verb": "say",
                        "kind": "direct" if '"' in text[start:end] else "indirect",
                        "quote": text[start:end],
                        "text": text[start:end],
                        "char_start": start,
                        "char_end": end,
                    }
                )
                n += 1
    return pd.DataFrame(rows)


def stance(statements, target="ceasefire", tone="relevant"):
    statements = statements.copy()
    hits = statements["text"].str.count(target) if len(statements) else []
    statements["stance"] = [min(int(h), 1) for h in hits]
    statements["stance_score"] = statements["stance"].astype(float)
    statements["stance_cues"] = [target if h else "" for h in hits]
    statements["tone"] = 0.0
    return statements


def figures(articles, statements=None, spans=None):
    rows = []
    for article_id, published, text in zip(
        articles["article_id"], articles["published"], articles["text"], strict=True
    ):
        for n, match in enumerate(_NUMBER.finditer(text)):
            rows.append(
                {
                    "figure_id": f"{article_id}:f{n:03d}",
                    "article_id": article_id,
                    "published": published,
                    "value": float(match.group().replace(",", "")),
                    "value_text": match.group(),
                    "qualifier": "exact",
                    "category": "other",
                    "scope": "na",
                    "char_start": match.start(),
                    "char_end": match.end(),
                }
            )
    return pd.DataFrame(rows)


def speakers(statements):
    if statements.empty:
        return pd.DataFrame(columns=["speaker", "n_statements", "n_articles"])
    grouped = statements.groupby("speaker", sort=True)
    return pd.DataFrame(
        {
            "speaker": list(grouped.groups),
            "speaker_type": grouped["speaker_type"].first().to_numpy(),
            "n_statements": grouped.size().to_numpy(),
            "n_articles": grouped["article_id"].nunique().to_numpy(),
            "first_seen": grouped["published"].min().to_numpy(),
            "last_seen": grouped["published"].max().to_numpy(),
        }
    )


def modules() -> dict[str, types.ModuleType]:
    """Module objects standing in for the stages, keyed by module name."""
    this = sys.modules[__name__]
    made = {}
    for name in STAGES:
        module = types.ModuleType(name)
        attribute = name.rsplit(".", 1)[1]
        function = "iter_articles" if attribute == "io" else attribute
        setattr(module, function, getattr(this, function))
        made[name] = module
    return made


def install() -> None:
    """Put the stand-ins in sys.modules (for a subprocess running the CLI)."""
    sys.modules.update(modules())
