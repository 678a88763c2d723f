"""The ``corpus`` command: ``extract``, ``evaluate`` and ``report``.

Each sub-command parses its options here and hands them to the module that does
the work, so the command line stays a thin layer over the library.
"""

from __future__ import annotations

import argparse
import os
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="corpus", description="Parse news articles into tables and report on them."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="write articles, statements, figures, speakers tables")
    ex.add_argument("sources", nargs="+", help="folders, .txt files, or .jsonl/.csv exports")
    ex.add_argument("--out", required=True, help="output folder for the tables")
    ex.add_argument("--format", choices=("parquet", "csv"), default="parquet")
    ex.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    ex.add_argument("--engine", choices=("local", "dask"), default="local")
    ex.add_argument("--scheduler", default=None, help="Dask scheduler address (engine dask)")
    ex.add_argument("--chunk-size", type=int, default=2000, help="articles per chunk")
    ex.add_argument("--no-cache", action="store_true", help="re-parse every article")
    ex.add_argument("--target", default="ceasefire", help="stance target name or YAML file")
    ex.add_argument("--quiet", action="store_true", help="no progress bar; log counts instead")

    ev = sub.add_parser("evaluate", help="score the extraction against a gold folder")
    ev.add_argument("gold", help="folder of <id>.txt with <id>.json gold annotations")
    ev.add_argument("--json", action="store_true", help="print one JSON object")
    ev.add_argument("--by-article", action="store_true", help="scores, misses, false alarms")
    ev.add_argument(
        "--against",
        metavar="OTHER",
        default=None,
        help="score a second annotation (OTHER/<id>.json) against the gold instead of the extraction",
    )

    rp = sub.add_parser("report", help="run the notebooks with papermill and render HTML")
    rp.add_argument("notebooks", nargs="*", help="notebooks to run (default: all)")
    rp.add_argument("--params", default=None, help="parameters YAML")
    rp.add_argument("--out", default="reports", help="output folder")
    rp.add_argument("--with-code", action="store_true", help="show code cells in the HTML")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "extract":
        from corpus.pipeline import run_extract

        return run_extract(args)
    if args.command == "evaluate":
        from corpus.evaluate import run_evaluate

        return run_evaluate(args)
    if args.command == "report":
        from corpus.report import run_report

        return run_report(args)
    return 2


if __name__ == "__main__":
    sys.exit(main())
