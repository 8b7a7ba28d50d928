from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the repo; tests that need it are skipped where it is absent (e.g. a bare clone)."""
    if not (SHARED / "reference").is_dir():
        pytest.skip(f"{SHARED} is absent: this test reads the shared reference data")
    return SHARED
