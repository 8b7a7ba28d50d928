"""A batch killed with SIGKILL midway, then run again: every document stored exactly once, nothing half-written."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

DOCUMENTS = 30
TEMPLATE = (
    "SPRINGFIELD, Ill., May {day}, 2025 - \u201cNumber {n}: our deputies will not hold anyone for ICE without "
    "a warrant,\u201d said Sheriff Dana Whitfield of Sangamon County. The county board agreed.\n"
)

COUNT = """
import json, django
django.setup()
from django.db.models import Count
from entanglement.tracker import models as m
docs = m.Source.objects.filter(kind="document")
print(json.dumps({
    "sources": docs.count(),
    "distinct": docs.values("sha256").distinct().count(),
    "per_source": sorted(docs.annotate(n=Count("proposals")).values_list("n", flat=True)),
    "orphan_passages": m.Passage.objects.filter(source__kind="document", source__proposals=None).count(),
    "statements": m.Proposal.objects.filter(kind="statement").count(),
}))
"""


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, ENTANGLEMENT_HOME=str(home), DJANGO_SETTINGS_MODULE="entanglement.settings")
    if connection.vendor == "postgresql":
        # The child writes to this test's own database (the test runs outside a transaction).
        settings = connection.settings_dict
        env["DATABASE_URL"] = (
            f"postgresql://{settings['USER']}:{settings['PASSWORD'] or ''}@{settings['HOST'] or '127.0.0.1'}:"
            f"{settings['PORT'] or 5432}/{settings['NAME']}"
        )
    else:
        env.pop("DATABASE_URL", None)  # a fresh SQLite file under the child's own home
    return env


def counts(env: dict[str, str]) -> dict[str, Any]:
    out = subprocess.run([sys.executable, "-c", COUNT], env=env, capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def test_sigkill_midway_then_rerun_stores_every_document_once(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(DOCUMENTS):
        (docs / f"{n:03d}.txt").write_text(TEMPLATE.format(day=n % 28 + 1, n=n), encoding="utf-8")
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = environment(home)
    command = [sys.executable, "-m", "entanglement.cli", "ingest", str(docs)]

    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    stored = 0
    for line in child.stdout:
        stored += line.startswith("new")
        if stored == 3:
            child.send_signal(signal.SIGKILL)
            break
    child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""

    midway = counts(env)
    assert 3 <= midway["sources"] < DOCUMENTS
    assert midway["sources"] == midway["distinct"]

    rerun = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{DOCUMENTS - midway['sources']} new, {midway['sources']} unchanged, 0 failed" in rerun.stdout

    final = counts(env)
    assert final["sources"] == final["distinct"] == DOCUMENTS
    # Every document has all its proposals (the same template gives each the same number), none lost.
    assert len(set(final["per_source"])) == 1 and final["per_source"][0] > 0
    assert final["statements"] == DOCUMENTS
    assert final["orphan_passages"] == 0
