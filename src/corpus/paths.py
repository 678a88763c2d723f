"""One place for paths: the project folders and the package's own data files."""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE_DATA = PACKAGE_DIR / "data"

# The project root exists only in a source checkout (src layout); installed
# wheels fall back to the current directory.
_root = PACKAGE_DIR.parent.parent
PROJECT_ROOT = _root if (_root / "pyproject.toml").exists() else Path.cwd()
SEEDS_DIR = PROJECT_ROOT / "data" / "seeds"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
GOLD_DIR = PROJECT_ROOT / "tests" / "gold"


def package_data(name: str) -> Path:
    """Path of a file shipped in ``corpus/data`` (lexicons, targets, actors)."""
    return PACKAGE_DATA / name


# Material shared beside the project checkout (the dev set and the reference
# series); present on the team's machines and in CI, never committed.
SHARED_DIR = PROJECT_ROOT.parent / "shared"
DEVSET_DIR = SHARED_DIR / "devset"
REFERENCE_CSV = SHARED_DIR / "reference" / "gaza_moh_daily.csv"
