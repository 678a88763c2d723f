"""The casualty series: cumulative tolls as one row per as-of date, beside a reference.

>>> import pandas as pd
>>> from corpus.figures import figures
>>> arts = pd.DataFrame({"article_id": ["a"], "published": [pd.Timestamp("2024-03-07")],
...     "text": ["The death toll has risen to 30,717, the ministry said on Wednesday."]})
>>> casualty_series(figures(arts))[["date", "value_max", "n"]].values.tolist()
[[Timestamp('2024-03-06 00:00:00'), 30717.0, 1]]
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

SERIES_COLUMNS = [
    "date", "value_max", "value_min", "n", "qualifiers", "sources", "article_ids", "figure_ids",
]  # fmt: skip


# --- casualty series ----------------------------------------------------------------------


def _reference_frame(reference: str | Path | pd.DataFrame, category: str) -> pd.DataFrame:
    ref = reference if isinstance(reference, pd.DataFrame) else pd.read_csv(reference)
    column = next((c for c in (f"{category}_cum", category, "value") if c in ref.columns), None)
    if column is None or "date" not in ref.columns:
        raise ValueError(f"reference needs columns date and {category}_cum or value")
    out = pd.DataFrame(
        {"date": pd.to_datetime(ref["date"]), "reference": pd.to_numeric(ref[column])}
    )
    return out.dropna(subset=["date"]).drop_duplicates("date", keep="last")


def casualty_series(
    figures: pd.DataFrame,
    category: str = "killed",
    subject: str | None = "Palestinians",
    reference: str | Path | pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per as-of date of the cumulative ``category`` figures.

    ``subject`` keeps figures whose subject is that word (case-insensitive) or
    "people", or that name no subject (tolls often do not: "the death toll rose
    to 32,490"); None keeps every subject. Repeats (``duplicate_of``) are left out.
    With ``reference`` (a path or DataFrame of ``date,value``, or the Gaza MoH
    file with ``date,killed_cum,...``), the reference value of each date and the
    ``difference`` (reported max minus reference) are added.
    """
    columns = SERIES_COLUMNS + (["reference", "difference"] if reference is not None else [])
    df = figures
    if df is None or df.empty:
        return pd.DataFrame(columns=columns)
    keep = (df["category"] == category) & (df["scope"] == "cumulative") & df["asof"].notna()
    keep &= df["duplicate_of"].isna()
    if subject is not None:
        subj = df["subject"].astype("string").str.lower()
        keep &= subj.isna() | subj.isin([subject.lower(), "people"]).fillna(False)
    df = df[keep]
    if df.empty:
        return pd.DataFrame(columns=columns)

    def joined(values) -> str:
        return "; ".join(sorted({str(v) for v in values if isinstance(v, str) and v}))

    out = (
        df.groupby(pd.to_datetime(df["asof"]).rename("date"))
        .agg(
            value_max=("value", "max"),
            value_min=("value", "min"),
            n=("value", "size"),
            qualifiers=("qualifier", joined),
            sources=("source", joined),
            article_ids=("article_id", joined),
            figure_ids=("figure_id", joined),
        )
        .reset_index()
        .sort_values("date", ignore_index=True)
    )
    if reference is not None:
        out = out.merge(_reference_frame(reference, category), on="date", how="left")
        out["difference"] = out["value_max"] - out["reference"]
    return out[columns]
