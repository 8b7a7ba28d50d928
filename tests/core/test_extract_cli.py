"""`entangle extract` as a user runs it: a subprocess, its output formats, inputs and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_text import make_pdf

NOTICE = (
    "CHICAGO, June 2, 2024 - Cook County commissioners voted to keep the county's detainer ordinance. "
    '"We will keep our promise to every family in this county," said Commissioner Rosa Vega.\n'
)


def entangle(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k != "ENTANGLEMENT_GAZETTEER"}
    environment.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "entanglement.cli", "extract", *args],
        input=stdin,
        capture_output=True,
        env=environment,
        check=False,
        timeout=300,
    )
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(NOTICE, encoding="utf-8")
    (root / "sub" / "b.html").write_text(
        "<html><head><title>Vote</title></head><body><article><p>" + NOTICE + "</p></article></body></html>",
        encoding="utf-8",
    )
    (root / "sub" / "c.pdf").write_bytes(make_pdf([["Ordinance of the City of Chicago, Illinois"]]))
    (root / "sub" / "skip.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "sub" / "notes.md").write_text("not walked", encoding="utf-8")
    return root


def jsonl(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_jsonl_one_object_per_file(tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(NOTICE, encoding="utf-8")
    two.write_text("A short text with nothing in it to find, really.", encoding="utf-8")
    done = entangle(str(one), str(two))
    assert done.returncode == 0, done.stderr
    results = jsonl(done.stdout)
    assert [r["source"] for r in results] == [str(one), str(two)]
    first = results[0]
    for key in ("document_date", "jurisdictions", "citations", "quotes", "categories"):
        assert key in first
    assert first["document_date"] == "2024-06-02"
    assert "17031" in {j["geoid"] for j in first["jurisdictions"]}  # type: ignore[attr-defined]
    assert [q["speaker"] for q in first["quotes"]] == ["Rosa Vega"]  # type: ignore[attr-defined]


def test_json_is_one_list(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(NOTICE, encoding="utf-8")
    done = entangle("--format", "json", str(path), str(path))
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    assert isinstance(results, list) and len(results) == 2
    assert results[0] == results[1]


def test_table_has_a_row_per_input(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(NOTICE, encoding="utf-8")
    done = entangle("--format", "table", str(path), str(tmp_path / "missing.txt"))
    lines = done.stdout.splitlines()
    assert lines[0].split()[:3] == ["source", "date", "jurisdictions"]
    assert set(lines[1]) <= {"-", " "}
    assert str(path) in lines[2] and "2024-06-02" in lines[2] and "17031" in lines[2]
    assert "ERROR" in lines[3] and "No such file" in lines[3]
    assert done.returncode == 1


def test_stdin(tmp_path: Path) -> None:
    done = entangle("-", stdin=NOTICE.encode())
    assert done.returncode == 0, done.stderr
    [result] = jsonl(done.stdout)
    assert result["source"] == "-"
    assert result["document_date"] == "2024-06-02"


def test_stdin_html_is_sniffed() -> None:
    page = "<!DOCTYPE html><html><body><article><p>" + NOTICE + "</p></article></body></html>"
    [result] = jsonl(entangle("-", stdin=page.encode()).stdout)
    assert result["metadata"]["media_type"] == "text/html"  # type: ignore[index]


def test_folders_are_walked_for_the_known_suffixes(folder: Path) -> None:
    done = entangle(str(folder))
    assert done.returncode == 0, done.stderr
    sources = [r["source"] for r in jsonl(done.stdout)]
    assert sources == [str(folder / "a.txt"), str(folder / "sub" / "b.html"), str(folder / "sub" / "c.pdf")]


def test_a_failing_file_is_reported_and_the_rest_still_run(folder: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    good = folder / "a.txt"
    done = entangle(str(broken), str(good), "--workers", "2")
    assert done.returncode == 1
    results = jsonl(done.stdout)
    assert [r["source"] for r in results] == [str(broken), str(good)]
    assert "PDF" in str(results[0]["error"])
    assert "error" not in results[1]


def test_a_file_over_the_cap_is_a_per_file_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    small = tmp_path / "small.txt"
    small.write_text(NOTICE, encoding="utf-8")
    done = entangle(str(big), str(small))
    assert done.returncode == 1
    big_result, small_result = jsonl(done.stdout)
    assert "over the 25.0 MB limit" in str(big_result["error"])
    assert "error" not in small_result


def test_gazetteer_comes_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(NOTICE, encoding="utf-8")
    done = entangle(str(path), env={"ENTANGLEMENT_GAZETTEER": str(tmp_path / "no-such-places.csv")})
    assert done.returncode == 2
    assert "no-such-places.csv" in done.stderr
    assert done.stdout == ""


def test_workers_and_dask_are_exclusive(tmp_path: Path) -> None:
    done = entangle("--workers", "2", "--dask", "tcp://127.0.0.1:1", str(tmp_path))
    assert done.returncode == 2
    assert "not allowed with" in done.stderr


def test_plain_text_run_loads_neither_django_nor_the_html_and_pdf_readers(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(NOTICE, encoding="utf-8")
    code = (
        "import sys, contextlib, io\n"
        "from entanglement.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['extract', {str(path)!r}])\n"
        "heavy = [m for m in ('django', 'trafilatura', 'pypdf', 'pdfplumber', 'distributed') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.stdout.strip() == "[]", done.stderr


def test_an_unreachable_dask_scheduler_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(NOTICE, encoding="utf-8")
    done = entangle(
        "--dask", "tcp://127.0.0.1:9", str(path), env={"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"}
    )
    assert done.returncode == 2
    assert "cannot run on the Dask scheduler at tcp://127.0.0.1:9" in done.stderr


def test_the_size_cap_is_an_option(tmp_path: Path) -> None:
    path = tmp_path / "one.txt"
    path.write_text(NOTICE * 20, encoding="utf-8")
    done = entangle("--max-mb", "0.001", str(path), "-", stdin=b"short text with a few words in it")
    assert done.returncode == 1
    capped, from_stdin = jsonl(done.stdout)
    assert "over the 1,048 bytes limit" in str(capped["error"])
    assert from_stdin["source"] == "-" and "error" not in from_stdin
