"""Notebook parameters: what each report notebook accepts, and checking it.

A notebook's first code cell (tagged ``parameters``) lists its parameters with
defaults; papermill overrides them from ``reports.yaml`` or the command line.
Papermill itself only *warns* about unknown names and never checks types, so
every notebook calls :func:`validate` right after its parameters cell, and the
report runner checks the YAML with :func:`notebook_parameters` before running
anything. Errors are ``ValueError`` naming the notebook and the parameter.

Values are plain data only: YAML is read with ``yaml.safe_load`` and nothing in
it is ever evaluated.

>>> validate("quoted_experts", top_n=5)["top_n"]
5
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from corpus.paths import PROJECT_ROOT, package_data

# The controlled vocabularies of docs/architecture.md (figures.category,
# statements.speaker_type), repeated here so parameters can be checked before
# any extraction module is imported.
CATEGORIES = (
    "killed", "injured", "missing", "hostages_held", "hostages_released",
    "prisoners_released", "displaced", "aid", "military", "money", "duration", "other",
)  # fmt: skip
SPEAKER_TYPES = ("expert", "official", "organization", "media", "anonymous", "other")
GROUP_BY = ("outlet", "affiliation")
FREQUENCIES = ("W", "M")

# Keys of the ``shared`` section of reports.yaml: accepted by every notebook.
SHARED = ("corpus", "tables", "figures_dir")


@dataclass(frozen=True)
class Param:
    """One notebook parameter: default, accepted Python types, help text."""

    default: Any
    types: tuple[type, ...]
    help: str
    optional: bool = False  # None allowed


def _p(default: Any, types: type | tuple[type, ...], help: str, optional: bool = False) -> Param:
    return Param(default, types if isinstance(types, tuple) else (types,), help, optional)


_COMMON = {
    "corpus": _p("data/seeds", str, "folder of .txt articles or an export file"),
    "tables": _p(None, str, "folder of extracted tables; used instead of corpus", True),
    "figures_dir": _p(None, str, "save each plot as PNG, SVG and CSV here", True),
}

# Notebook name -> parameter name -> Param. The notebooks' parameters cells
# repeat these defaults (tests/test_notebooks.py checks they agree).
NOTEBOOKS: dict[str, dict[str, Param]] = {
    "casualty_trends": {
        **_COMMON,
        "category": _p("killed", str, "figure category to plot"),
        "subject": _p(None, str, "who is counted, e.g. Palestinians; None = all", True),
        "start": _p(None, (str, dt.date), "first as-of date, YYYY-MM-DD", True),
        "end": _p(None, (str, dt.date), "last as-of date, YYYY-MM-DD", True),
        "outlets": _p(None, list, "outlets to keep; None = all", True),
        "reference_csv": _p(None, str, "date,value CSV (or MoH daily file) to overlay", True),
    },
    "quoted_experts": {
        **_COMMON,
        "speaker_types": _p(["expert"], list, "speaker types counted as experts"),
        "top_n": _p(15, int, "speakers to show"),
        "by": _p("outlet", str, "split bars by outlet or affiliation"),
    },
    "stance_over_time": {
        **_COMMON,
        "target": _p("ceasefire", str, "stance target name or YAML file"),
        "actors": _p(None, list, "actors to show; None = all", True),
        "freq": _p("W", str, "period of the mean line: W (week) or M (month)"),
        "min_statements": _p(1, int, "hide actors with fewer statements"),
    },
    "explore": {
        **_COMMON,
        "query": _p("ceasefire", str, "word or speaker to search statements for"),
    },
}


def resolve(path: str | Path) -> Path:
    """A path from a parameter: relative paths count from the project root."""
    path = Path(path).expanduser()
    return path if path.is_absolute() else PROJECT_ROOT / path


def _fail(notebook: str, name: str, message: str) -> ValueError:
    return ValueError(f"{notebook}: parameter {name!r} {message}")


def _check_type(notebook: str, name: str, spec: Param, value: Any) -> None:
    if value is None:
        if not spec.optional:
            raise _fail(notebook, name, "must not be None")
        return
    # bool is an int subclass; top_n: true is a mistake, not 1.
    if isinstance(value, bool) and bool not in spec.types:
        raise _fail(notebook, name, f"must be {_type_names(spec)}, got bool {value!r}")
    if not isinstance(value, spec.types):
        got = type(value).__name__
        raise _fail(notebook, name, f"must be {_type_names(spec)}, got {got} {value!r}")
    if isinstance(value, list) and not all(isinstance(v, str) for v in value):
        raise _fail(notebook, name, f"must be a list of strings, got {value!r}")


def _type_names(spec: Param) -> str:
    names = " or ".join("date" if t is dt.date else t.__name__ for t in spec.types)
    return names + (" or None" if spec.optional else "")


def _date(notebook: str, name: str, value: str | dt.date | None) -> pd.Timestamp | None:
    if value is None:
        return None
    try:
        # fromisoformat, not pd.Timestamp: "now" or "03/04/2024" are not dates here.
        day = dt.date.fromisoformat(value) if isinstance(value, str) else value
        return pd.Timestamp(day).normalize()
    except (ValueError, TypeError):
        raise _fail(notebook, name, f"is not a date (YYYY-MM-DD): {value!r}") from None


def _one_of(notebook: str, name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise _fail(notebook, name, f"is {value!r}; expected one of {', '.join(allowed)}")


def _existing(notebook: str, name: str, value: str | None) -> Path | None:
    if value is None:
        return None
    path = resolve(value)
    if not path.exists():
        raise _fail(notebook, name, f"names a path that does not exist: {path}")
    return path


def _target(notebook: str, value: str) -> str:
    """A packaged target name (data/targets/<name>.yaml) or an existing YAML file."""
    if (package_data("targets") / f"{value}.yaml").exists():
        return value
    path = resolve(value)
    if path.suffix in (".yaml", ".yml") and path.exists():
        return str(path)
    known = sorted(p.stem for p in package_data("targets").glob("*.yaml"))
    raise _fail(notebook, "target", f"is {value!r}: not a YAML file nor one of {', '.join(known)}")


def _positive(notebook: str, name: str, value: int) -> None:
    if value < 1:
        raise _fail(notebook, name, f"must be at least 1, got {value}")


def _check_values(notebook: str, v: dict[str, Any]) -> dict[str, Any]:
    """Checks beyond types; returns cleaned values (paths resolved, dates parsed)."""
    out = dict(v)
    if v.get("tables") is not None:
        out["tables"] = _existing(notebook, "tables", v["tables"])
        out["corpus"] = resolve(v["corpus"])
    else:
        out["corpus"] = _existing(notebook, "corpus", v["corpus"])
    if v.get("figures_dir") is not None:
        out["figures_dir"] = resolve(v["figures_dir"])
    checks: dict[str, Callable[[Any], Any]] = {
        "category": lambda x: _one_of(notebook, "category", x, CATEGORIES),
        "by": lambda x: _one_of(notebook, "by", x, GROUP_BY),
        "freq": lambda x: _one_of(notebook, "freq", x, FREQUENCIES),
        "top_n": lambda x: _positive(notebook, "top_n", x),
        "min_statements": lambda x: _positive(notebook, "min_statements", x),
    }
    for name, check in checks.items():
        if name in v:
            check(v[name])
    for name in ("speaker_types",):
        for item in v.get(name) or ():
            _one_of(notebook, name, item, SPEAKER_TYPES)
        if name in v and not v[name]:
            raise _fail(notebook, name, "must name at least one speaker type")
    for name in ("target", "query"):
        if name in v and not v[name].strip():
            raise _fail(notebook, name, "must not be empty")
    if "target" in v:
        out["target"] = _target(notebook, v["target"])
    if "start" in v:
        out["start"] = _date(notebook, "start", v["start"])
        out["end"] = _date(notebook, "end", v["end"])
        if out["start"] is not None and out["end"] is not None and out["start"] > out["end"]:
            raise _fail(notebook, "start", f"({v['start']}) is after end ({v['end']})")
    if "reference_csv" in v:
        out["reference_csv"] = _existing(notebook, "reference_csv", v["reference_csv"])
    return out


def validate(notebook: str, **values: Any) -> dict[str, Any]:
    """Check a notebook's parameters; return them cleaned, defaults filled in.

    Raises ``ValueError`` naming the parameter for an unknown name, a wrong
    type, an unknown category / speaker type / grouping / frequency, a start
    after the end, or a path that does not exist. Paths come back as absolute
    :class:`~pathlib.Path` (relative ones count from the project root) and
    dates as :class:`pandas.Timestamp`.
    """
    spec = _spec(notebook)
    unknown = sorted(set(values) - set(spec))
    if unknown:
        raise ValueError(
            f"{notebook}: unknown parameter {unknown[0]!r}; expected one of {', '.join(spec)}"
        )
    merged = {name: values.get(name, p.default) for name, p in spec.items()}
    for name, value in merged.items():
        _check_type(notebook, name, spec[name], value)
    return _check_values(notebook, merged)


def _spec(notebook: str) -> dict[str, Param]:
    if notebook not in NOTEBOOKS:
        raise ValueError(f"unknown notebook {notebook!r}; expected one of {', '.join(NOTEBOOKS)}")
    return NOTEBOOKS[notebook]


def load_config(path: str | Path | None) -> dict[str, dict[str, Any]]:
    """Read a reports YAML file: ``shared:`` keys plus one section per notebook.

    ``None`` gives an empty configuration. Unknown sections, unknown shared
    keys and non-mapping sections raise ``ValueError`` (checked before any
    notebook runs; parameter names within a section are checked by
    :func:`notebook_parameters`).
    """
    if path is None:
        return {}
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ValueError(f"cannot read parameters file {path}: {err}") from None
    raw = raw or {}
    if not isinstance(raw, Mapping):
        raise ValueError(f"{path}: expected a mapping of sections, got {type(raw).__name__}")
    config: dict[str, dict[str, Any]] = {}
    for section, body in raw.items():
        if section != "shared" and section not in NOTEBOOKS:
            allowed = ", ".join(["shared", *NOTEBOOKS])
            raise ValueError(f"{path}: unknown section {section!r}; expected one of {allowed}")
        body = body or {}
        if not isinstance(body, Mapping):
            raise ValueError(f"{path}: section {section!r} must be a mapping of parameters")
        config[str(section)] = dict(body)
    unknown = sorted(set(config.get("shared", {})) - set(SHARED))
    if unknown:
        raise ValueError(
            f"{path}: unknown shared parameter {unknown[0]!r}; expected one of {', '.join(SHARED)}"
        )
    return config


def notebook_parameters(
    notebook: str, config: Mapping[str, Mapping[str, Any]], **overrides: Any
) -> dict[str, Any]:
    """The parameters to pass to papermill for ``notebook``: shared keys, then the
    notebook's own section, then ``overrides``; validated, as plain JSON-able values.
    """
    values = {**config.get("shared", {}), **config.get(notebook, {}), **overrides}
    validate(notebook, **values)  # raises on anything wrong
    # Papermill writes values into a code cell as Python literals; dates from
    # YAML become ISO strings so the notebook sees exactly what validate() saw.
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}
