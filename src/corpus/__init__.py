"""corpus: parse news articles about a conflict into tidy tables.

The pipeline reads top to bottom, one module per stage::

    read_articles  (io)         files / exports   -> articles, rejects
    statements     (statements) articles          -> who said what, where
    speakers       (speakers)   statements        -> one row per canonical speaker
    figures        (figures)    articles          -> every counted quantity
    stance         (stance)     statements        -> stance toward a target, tone
    actors         (stance)     speakers          -> speaker -> actor group
    casualty_series(figures)    figures           -> cumulative tolls by as-of date
    extract        (pipeline)   source            -> all tables (chunked, cached)
    evaluate       (evaluate)   gold folder       -> precision / recall / F1
    show           (report)     statement/figure id -> highlighted paragraph (HTML)

Every table keeps ``article_id`` and ``char_start`` / ``char_end`` into
``articles.text``, so any number in a plot leads back to its sentence.

>>> import corpus
>>> articles = corpus.read_articles("data/seeds")
>>> said = corpus.statements(articles)
>>> said[["speaker", "speaker_type", "quote"]].head()   # doctest: +SKIP

Plots live in :mod:`corpus.plots` and return matplotlib Figures.

``corpus.statements``, ``corpus.speakers``, ``corpus.figures``, ``corpus.stance``
and ``corpus.evaluate`` are the functions, not the modules of the same name:
reach a module with ``importlib.import_module("corpus.stance")`` or
``from corpus.stance import load_target`` (``import corpus.stance as m`` also
gives the function).
"""

from __future__ import annotations

from importlib import import_module

__version__ = "0.1.0"

# Public name -> module that defines it. Imported on first use, so ``import corpus``
# stays fast in notebooks and worker processes.
_PUBLIC = {
    "read_articles": "corpus.io",
    "read_corpus": "corpus.io",
    "statements": "corpus.statements",
    "speakers": "corpus.speakers",
    "figures": "corpus.figures",
    "casualty_series": "corpus.series",
    "stance": "corpus.stance",
    "actors": "corpus.stance",
    "load_target": "corpus.stance",
    "extract": "corpus.pipeline",
    "load_tables": "corpus.pipeline",
    "evaluate": "corpus.evaluate",
    "show": "corpus.report",
}

__all__ = [*_PUBLIC, "__version__"]


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'corpus' has no attribute {name!r}")


# These functions share their module's name. Importing the module binds
# ``corpus.<name>`` to the module, which would hide the lazy lookup above, so
# they are bound eagerly (after the modules load) to the functions.
from corpus.evaluate import evaluate  # noqa: E402, F401
from corpus.figures import figures  # noqa: E402, F401
from corpus.speakers import speakers  # noqa: E402, F401
from corpus.stance import stance  # noqa: E402, F401
from corpus.statements import statements  # noqa: E402, F401
