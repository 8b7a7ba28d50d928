"""Peak memory of a whole `entangle extract` run with the full Census place list (target < 300 MB).

Measured in a child process: the test runner's own peak would count every test before this one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.shared
@pytest.mark.slow
def test_extract_with_full_place_list_stays_under_300_mb(shared_dir: Path, tmp_path: Path) -> None:
    places = shared_dir / "reference" / "gazetteer" / "us_census_places.csv"
    doc = tmp_path / "note.txt"
    doc.write_text(
        "SPRINGFIELD, Ill. — Cook County and the City of Chicago answered the letter.\n", encoding="utf-8"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}  # a cold cache: the costlier path
    # A fresh parent measures only its one child: RUSAGE_CHILDREN is a running maximum over every
    # child a process ever had, and the test runner has had many.
    measure = (
        "import resource, subprocess, sys; "
        "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); "
        "sys.exit(r.returncode)"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            measure,
            sys.executable,
            "-m",
            "entanglement.cli",
            "extract",
            "--gazetteer",
            str(places),
            str(doc),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '"1714000"' in result.stdout
    peak_kib = int(result.stderr.strip().splitlines()[-1])
    assert peak_kib < 300 * 1024, f"peak RSS {peak_kib / 1024:.0f} MB"
