"""The pipeline: every finder wired in, documents in input order whatever runs them, failures per file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from entanglement.core.extract.citations import find_citations
from entanglement.core.extract.courts import find_courts
from entanglement.core.extract.dates import find_document_date
from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.extract.provisions import find_provisions, is_policy_text
from entanglement.core.extract.quotes import find_quotes
from entanglement.core.pipeline import extract, extract_item, extract_many, extract_path
from entanglement.core.text import document_from_bytes

RELEASE = """FOR IMMEDIATE RELEASE
March 4, 2025

SPRINGFIELD, Ill. - The Springfield City Council voted 7-2 on Monday to end the police department's
agreement under section 287(g) and to stop honoring detainers without a judicial warrant, citing
8 U.S.C. 1357(g) and the ruling of the U.S. District Court for the Northern District of Illinois.

"We will not spend local money doing the federal government's job for it," said Mayor Ann Lee.

Sheriff Tom Ortiz of Sangamon County disagreed. "This vote makes every family in the county less safe tonight," Ortiz said.
"""

ORDINANCE = """ORDINANCE NO. 2025-14

AN ORDINANCE OF THE CITY OF SPRINGFIELD LIMITING CIVIL IMMIGRATION ENFORCEMENT

Section 1. No city officer or employee shall inquire into the immigration status of any person.

Section 2. The police department shall not detain any person on the basis of an immigration detainer
request unless it is accompanied by a judicial warrant.

Section 3. No city funds, personnel or facilities shall be used to enforce federal civil immigration law.
"""


@pytest.mark.parametrize("text", [RELEASE, ORDINANCE], ids=["release", "ordinance"])
def test_every_finder_is_wired_in(text: str) -> None:
    extraction = extract(text, "doc.txt")
    assert extraction.source == "doc.txt"
    assert extraction.text_length == len(text)
    assert extraction.document_date == find_document_date(text)
    assert list(extraction.jurisdictions) == find_jurisdictions(text)
    assert list(extraction.citations) == find_citations(text)
    assert list(extraction.courts) == find_courts(text)
    assert list(extraction.quotes) == find_quotes(text)
    assert extraction.is_policy == is_policy_text(text)
    assert list(extraction.provisions) == (find_provisions(text) if extraction.is_policy else [])


def test_a_press_release_yields_its_facts() -> None:
    result = extract(RELEASE, "release.txt").to_dict()
    assert result["document_date"] == "2025-03-04"
    assert "8 U.S.C. § 1357" in result["citations"]
    geoids = {j["geoid"] for j in result["jurisdictions"]}
    assert "17" in geoids  # Illinois, through the court district
    assert "17167" in geoids  # Sangamon County
    speakers = {q["speaker"] for q in result["quotes"]}
    assert {"Ann Lee", "Tom Ortiz"} <= speakers
    assert result["categories"] == []  # not a policy text


def test_the_result_is_json_with_the_fields_the_scorer_reads() -> None:
    result = json.loads(json.dumps(extract(RELEASE, "r.txt").to_dict()))
    for key in ("source", "document_date", "jurisdictions", "citations", "quotes", "categories"):
        assert key in result
    assert all("geoid" in j and "spans" in j for j in result["jurisdictions"])
    assert all({"speaker", "text", "span"} <= set(q) for q in result["quotes"])


def test_stated_metadata_date_is_used_only_when_the_text_states_none() -> None:
    undated = "The council met and talked about the budget for a long while before it adjourned."
    assert find_document_date(undated) is None
    extraction = extract(undated, "page.html", stated_date="2024-01-02")
    assert extraction.document_date is not None
    assert (extraction.document_date.date, extraction.document_date.basis) == ("2024-01-02", "metadata")
    dated = extract(RELEASE, "r.html", stated_date="1999-12-31")
    assert dated.document_date is not None and dated.document_date.date == "2025-03-04"


def test_extract_path_converts_then_extracts(tmp_path: Path) -> None:
    page = tmp_path / "release.html"
    body = "".join(f"<p>{p}</p>" for p in RELEASE.split("\n\n"))
    page.write_text(
        f"<html><head><title>Council vote</title></head><body><article>{body}</article></body></html>"
    )
    result = extract_path(page)
    assert result["source"] == str(page)
    assert result["title"] == "Council vote"
    assert result["metadata"]["media_type"] == "text/html"
    assert len(result["metadata"]["sha256"]) == 64
    text = document_from_bytes(page.read_bytes(), filename=page.name).text
    assert result["text_length"] == len(text)
    for quote in result["quotes"]:
        assert text[quote["span"]["start"] : quote["span"]["end"]] == quote["text"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "PNG"),
        ("latin.txt", b"caf\x81\x8d", "UTF-8"),
        ("fake.pdf", b"not really a pdf", "%PDF"),
    ],
)
def test_a_bad_file_becomes_an_error_object(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = extract_path(path)
    assert set(result) == {"source", "error", "error_type"}
    assert result["source"] == str(path)
    assert message in result["error"]


def test_a_missing_file_becomes_an_error_object(tmp_path: Path) -> None:
    result = extract_path(tmp_path / "nope.txt")
    assert "No such file" in result["error"]


def test_bytes_inputs_are_extracted_like_files() -> None:
    from_bytes = extract_item(("-", RELEASE.encode()))
    assert from_bytes["source"] == "-"
    assert from_bytes == {**extract(RELEASE, "-").to_dict(), "metadata": from_bytes["metadata"]}


def _corpus(folder: Path) -> list[str]:
    texts = [
        RELEASE,
        ORDINANCE,
        "Nothing to see here at all, just words.",
        RELEASE.replace("Ann Lee", "Bo Diaz"),
    ]
    paths = []
    for n in range(11):
        path = folder / f"doc{n:02d}.txt"
        path.write_text(texts[n % len(texts)], encoding="utf-8")
        paths.append(str(path))
    bad = folder / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    paths.insert(5, str(bad))
    return paths


def test_results_come_in_input_order_with_worker_processes(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    local = list(extract_many(paths))
    pooled = list(extract_many(paths, workers=2))
    assert [r["source"] for r in local] == paths
    assert pooled == local
    assert "error" in local[5] and "error" not in local[4]


def test_a_place_list_is_loaded_and_used(tmp_path: Path) -> None:
    # A made-up place code in a real state shows the list itself was read.
    places = tmp_path / "places.csv"
    places.write_text(
        "id,name,census_geoid\n"
        "ocd-division/country:us/state:il/place:quillborough,Quillborough village,place-1799901\n",
        encoding="utf-8",
    )
    doc = tmp_path / "q.txt"
    doc.write_text("The village board of Quillborough, Illinois, voted on the resolution on Tuesday.\n")
    without = next(extract_many([str(doc)]))
    with_list = next(extract_many([str(doc)], gazetteer_path=str(places)))
    assert "1799901" not in {j["geoid"] for j in without["jurisdictions"]}
    assert "1799901" in {j["geoid"] for j in with_list["jurisdictions"]}


@pytest.mark.slow
def test_dask_run_matches_the_local_run(tmp_path: Path) -> None:
    from distributed import LocalCluster

    paths = _corpus(tmp_path)
    local = list(extract_many(paths))
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        on_dask = list(extract_many(paths, dask_address=cluster.scheduler_address))
    assert on_dask == local


def test_the_core_never_imports_django() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import entanglement.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'entanglement.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import entanglement.commands.extract\n"
        "from entanglement.cli import build_parser_for\n"
        "build_parser_for(['extract'])\n"
        "bad = sorted(m for m in sys.modules if m == 'django' or m.startswith('django.'))\n"
        "print(len(list(pkgutil.walk_packages(core.__path__))), bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_built_place_list_is_cached_and_rebuilt_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from entanglement.core.pipeline import load_gazetteer

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    places = tmp_path / "places.csv"
    header = "id,name,census_geoid\n"
    places.write_text(
        header + "ocd-division/country:us/state:il/place:quillborough,Quillborough village,place-1799901\n"
    )
    load_gazetteer.cache_clear()
    built = load_gazetteer(str(places))
    [cached] = (tmp_path / "cache" / "entanglement").glob("gazetteer-*.pickle")
    load_gazetteer.cache_clear()
    reloaded = load_gazetteer(str(places))
    assert reloaded is not built  # read from the cache file, not the in-process cache
    assert reloaded is not None and reloaded.get("1799901") is not None

    # Another list (the registry keeps its own per-path cache within a process, so a new path).
    other = tmp_path / "other.csv"
    other.write_text(
        header + "ocd-division/country:us/state:il/place:fernmoor,Fernmoor village,place-1799902\n"
    )
    changed = load_gazetteer(str(other))
    assert changed is not None and changed.get("1799902") is not None and changed.get("1799901") is None
    assert len(list(cached.parent.glob("gazetteer-*.pickle"))) == 2
    load_gazetteer.cache_clear()
