"""Peak memory of a whole `entangle extract` run with the full Census place list (target < 300 MB).

Measured in a child process: the test runner's own peak would count every test before this one.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.shared
@pytest.mark.slow
def test_extract_with_full_place_list_stays_under_300_mb(shared_dir: Path, tmp_path: Path) -> None:
    places = shared_dir / "reference" / "gazetteer" / "us_census_places.csv"
    doc = tmp_path / "note.txt"
    doc.write_text("SPRINGFIELD, Ill. — Cook County and the City of Chicago answered the letter.\n", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}  # a cold cache: the costlier path
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = subprocess.run(
        [sys.executable, "-m", "entanglement.cli", "extract", "--gazetteer", str(places), str(doc)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert result.returncode == 0, result.stderr
    assert '"1714000"' in result.stdout
    # ru_maxrss of children is the largest child so far; this child must be the one measured.
    assert peak_kib >= before
    assert peak_kib < 300 * 1024, f"peak RSS {peak_kib / 1024:.0f} MB"
