"""Packaging: environment.yml agrees with pyproject.toml; the seed files are the published ones."""

import hashlib
import re
import tomllib

import pytest
import yaml

from corpus.paths import GOLD_DIR, PROJECT_ROOT, SEEDS_DIR

SHARED_SEEDS = PROJECT_ROOT.parent / "shared" / "seeds"

# PyPI name (normalised) -> conda-forge name, where they differ beyond case.
CONDA_NAMES = {"vadersentiment": "vadersentiment"}
CONDA_ONLY = {"python", "pip"}

SEED_SHA256 = {
    "000_eee99a6da9a7af8f.txt": "aa1b5f3910335dd46a0797520d091180ffc04cd7dae8afd00f0c0995736563c6",
    "001_2df5cde4a4d3e906.txt": "3a919b13f42d9a5516f713b010ab73e6eb42d29ff8eebc91dd9b5c6911602306",
    "002_107bc7c712261691.txt": "68128c504905d4c7c974f57ee6699b1ccafff2fd4b23c9b915394f01979e01a0",
    "003_fda41a654f71145d.txt": "1c6739e32cbaef4238ac7634e1a4b4b4bd97d92b8e99a194319868aeeaea437a",
    "004_42ba32d047d338ea.txt": "1c241655a32abfc620b748633a3882dff99ad996500221f07b3f1381bd61d728",
}

_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(.*)$")


def _normalise(requirement: str) -> tuple[str, str]:
    """(normalised name, version specifier without spaces) of ``name[extra]>=1.0``."""
    m = _REQUIREMENT.match(requirement)
    assert m, requirement
    name = re.sub(r"[-_.]+", "-", m.group(1)).lower()
    return CONDA_NAMES.get(name, name), m.group(2).replace(" ", "")


def _pyproject() -> set[tuple[str, str]]:
    data = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return {_normalise(r) for r in data["project"]["dependencies"]}


def _environment() -> set[tuple[str, str]]:
    data = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    deps = [d for d in data["dependencies"] if isinstance(d, str)]
    return {n for n in map(_normalise, deps) if n[0] not in CONDA_ONLY}


def test_requirement_names_are_normalised():
    assert _normalise("vaderSentiment>=3.3.2") == ("vadersentiment", ">=3.3.2")
    assert _normalise("dask[dataframe] >= 2024.8") == ("dask", ">=2024.8")
    assert _normalise("python_dateutil") == ("python-dateutil", "")


def test_environment_lists_the_pyproject_dependencies():
    assert _environment() == _pyproject()


def test_environment_installs_the_package_itself():
    data = yaml.safe_load((PROJECT_ROOT / "environment.yml").read_text(encoding="utf-8"))
    pip = [d["pip"] for d in data["dependencies"] if isinstance(d, dict) and "pip" in d]
    assert pip and "-e ." in pip[0]


@pytest.mark.parametrize("name", sorted(SEED_SHA256))
def test_seed_file_is_byte_identical(name):
    assert hashlib.sha256((SEEDS_DIR / name).read_bytes()).hexdigest() == SEED_SHA256[name]


@pytest.mark.parametrize("name", sorted(SEED_SHA256))
def test_gold_text_is_the_seed(name):
    assert (GOLD_DIR / name).read_bytes() == (SEEDS_DIR / name).read_bytes()


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="../shared/seeds not present")
@pytest.mark.parametrize("name", sorted(SEED_SHA256))
def test_seed_file_matches_shared_copy(name):
    assert (SHARED_SEEDS / name).read_bytes() == (SEEDS_DIR / name).read_bytes()


def test_no_unexpected_seed_texts():
    assert sorted(p.name for p in SEEDS_DIR.glob("*.txt")) == sorted(SEED_SHA256)
