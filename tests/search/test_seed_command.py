"""`entangle seed` leaves the curated records searchable, and a second run rebuilds nothing."""

from __future__ import annotations

import argparse

import pytest

from entanglement.commands import seed
from entanglement.tracker.search.api import search
from entanglement.tracker.search.models import SearchEntry


@pytest.mark.django_db
def test_seed_command_indexes_what_it_loads(capsys: pytest.CaptureFixture[str]) -> None:
    args = argparse.Namespace(path=None, check=False, quiet=False)
    assert seed.run(args) == 0
    first = capsys.readouterr().out
    assert "search index:" in first
    count = SearchEntry.objects.count()
    assert count > 100
    assert search("subpoena").total > 0

    assert seed.run(args) == 0
    second = capsys.readouterr().out
    assert "nothing changed" in second
    assert "search index:" not in second
    assert SearchEntry.objects.count() == count
