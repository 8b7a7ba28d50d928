"""`entangle extract` pauses the cyclic collector for its start-up only: the state is restored, the output unchanged."""

from __future__ import annotations

import argparse
import gc
import io
import json
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from entanglement.commands import extract as command

RELEASE = (
    "SPRINGFIELD, Ill., March 3, 2025 - The Sangamon County Board voted on Monday to stop honoring "
    'detainers, citing 8 U.S.C. 1373. "Our deputies keep the peace here," said Sheriff Ann Lee.\n'
)


def _run(*argv: str) -> tuple[int, list[dict[str, object]]]:
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    out = io.StringIO()
    with redirect_stdout(out):
        code = command.run(parser.parse_args(list(argv)))
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(command.GAZETTEER_ENV, raising=False)
    paths = []
    for n in range(3):
        path = tmp_path / f"release{n}.txt"
        path.write_text(RELEASE.replace("Monday", ["Monday", "Tuesday", "Friday"][n]), encoding="utf-8")
        paths.append(str(path))
    yield paths
    gc.enable()
    gc.unfreeze()  # a run freezes what start-up made; give the test process's objects back


def test_the_collector_is_on_again_after_a_run(files: list[str]) -> None:
    assert gc.isenabled()
    code, results = _run(*files)
    assert code == 0 and len(results) == 3
    assert gc.isenabled()


def test_a_run_that_started_with_the_collector_off_leaves_it_off(files: list[str]) -> None:
    gc.disable()
    _run(files[0])
    assert not gc.isenabled()


def test_the_collector_is_back_on_once_the_first_result_is_out(files: list[str]) -> None:
    seen: list[bool] = []

    def results() -> Iterator[dict[str, object]]:
        for n in range(3):
            seen.append(gc.isenabled())
            yield {"source": str(n)}

    gc.disable()
    assert [r["source"] for r in command._collector_on_after_first(results())] == ["0", "1", "2"]
    assert seen == [False, True, True]


def test_one_process_gives_the_output_of_two_workers(files: list[str]) -> None:
    _, alone = _run(*files)
    _, pooled = _run("--workers", "2", *files)
    assert alone == pooled
    assert [r["source"] for r in alone] == files
    assert all(r["quotes"] and r["jurisdictions"] for r in alone)
