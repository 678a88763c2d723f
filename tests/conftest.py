"""Shared test set-up: make tests/ importable for helper modules, find shared data."""

from __future__ import annotations

import sys
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = TESTS_DIR.parent
SHARED_DIR = PROJECT_ROOT.parent / "shared"

if str(TESTS_DIR) not in sys.path:
    sys.path.insert(0, str(TESTS_DIR))
