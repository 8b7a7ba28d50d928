"""The built default registry is cached on disk for the next process, and never served stale or broken."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import entanglement
from entanglement.core.gazetteer import Gazetteer
from entanglement.core.gazetteer.places_file import PlaceRecord
from entanglement.core.pipeline import extract_item, load_gazetteer

PACKAGE = Path(entanglement.__file__).resolve().parent


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    load_gazetteer.cache_clear()
    yield home / "entanglement"
    load_gazetteer.cache_clear()


def _only_pickle(folder: Path) -> Path:
    [path] = folder.glob("gazetteer-*.pickle")
    return path


def _same_registry(a: Gazetteer, b: Gazetteer) -> bool:
    return len(a) == len(b) and sorted(j.geoid for j in a) == sorted(j.geoid for j in b)


def test_the_default_registry_is_written_once_and_read_back(cache_home: Path) -> None:
    built = load_gazetteer(None)
    assert built is Gazetteer.default()  # a cold cache builds the ordinary default registry
    cached = _only_pickle(cache_home)

    load_gazetteer.cache_clear()
    reloaded = load_gazetteer(None)
    assert reloaded is not built  # read from the file, not the in-process cache
    assert _same_registry(reloaded, built)
    assert reloaded.places_named("berkeley") == built.places_named("berkeley")
    assert list(cache_home.glob("gazetteer-*.pickle")) == [cached]


def test_the_cache_file_is_what_is_used(cache_home: Path) -> None:
    load_gazetteer(None)
    cached = _only_pickle(cache_home)
    # A registry that differs from the default in one place, stored under the default's key: if the
    # cache is read, that place is known; a rebuilt default would not know it.
    quillmarsh = PlaceRecord("1799903", "Quillmarsh village", None, "17", "place")
    cached.write_bytes(pickle.dumps(Gazetteer.build([quillmarsh])))
    load_gazetteer.cache_clear()
    assert load_gazetteer(None).get("1799903") is not None
    assert Gazetteer.default().get("1799903") is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # a write cut short
        lambda data: b"",  # an empty file
        lambda data: b"\x80\x05not a pickle at all",  # garbage
        lambda data: pickle.dumps({"not": "a gazetteer"}),  # another object
    ],
    ids=["truncated", "empty", "garbage", "wrong-type"],
)
def test_an_unreadable_cache_file_is_rebuilt(cache_home: Path, damage: object) -> None:
    load_gazetteer(None)
    cached = _only_pickle(cache_home)
    good = cached.read_bytes()
    cached.write_bytes(damage(good))  # type: ignore[operator]
    load_gazetteer.cache_clear()

    rebuilt = load_gazetteer(None)
    assert _same_registry(rebuilt, Gazetteer.default())
    assert cached.read_bytes() == good  # replaced by a whole, readable file again


def test_an_unwritable_cache_folder_costs_nothing_but_speed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    load_gazetteer.cache_clear()
    try:
        assert load_gazetteer(None) is Gazetteer.default()
        result = extract_item(("note.txt", b"The Cook County board met in Chicago, Illinois."))
    finally:
        load_gazetteer.cache_clear()
    assert {j["geoid"] for j in result["jurisdictions"]} >= {"17031"}


def test_a_run_with_the_cache_gives_the_output_of_a_run_without(cache_home: Path) -> None:
    text = (
        b"BERKELEY, Calif. - The Alameda County board and the City of Berkeley answered the letter "
        b"sent to Cook County, Ill., and to New York City."
    )
    cold = extract_item(("note.txt", text))
    load_gazetteer.cache_clear()
    warm = extract_item(("note.txt", text))
    assert warm == cold
    assert {"0606000", "06001", "17031", "3651000"} <= {j["geoid"] for j in warm["jurisdictions"]}


# -- invalidation: a copy of the package whose inputs we may change ----------------------------------

_PROBE = """
import json, sys
from entanglement.core.pipeline import load_gazetteer
g = load_gazetteer(None)
print(json.dumps({"pelican_bay": g.get("0699999") is not None, "module": __import__("entanglement").__file__}))
"""

_NEW_PLACE = """
- geoid: "0699999"
  name: Pelican Bay Flats
  census_name: Pelican Bay Flats city
  state: CA
  ocd_id: ocd-division/country:us/state:ca/place:pelican_bay_flats
  county_geoid: null
  sources:
    - https://example.org/a-test-place
"""


def _copy_of_the_core(root: Path) -> Path:
    src = root / "src"
    ignore = shutil.ignore_patterns("__pycache__")
    (src / "entanglement" / "seed").mkdir(parents=True)
    shutil.copy(PACKAGE / "__init__.py", src / "entanglement" / "__init__.py")
    shutil.copytree(PACKAGE / "core", src / "entanglement" / "core", ignore=ignore)
    shutil.copy(PACKAGE / "seed" / "places.yaml", src / "entanglement" / "seed" / "places.yaml")
    return src


def _probe(src: Path, cache: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(src), "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=True, timeout=120
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_a_change_to_the_registry_inputs_builds_it_afresh(tmp_path: Path) -> None:
    src = _copy_of_the_core(tmp_path)
    cache = tmp_path / "cache"
    folder = cache / "entanglement"

    first = _probe(src, cache)
    assert first["module"] == str(src / "entanglement" / "__init__.py")  # the copy runs, not the repo
    assert first["pelican_bay"] is False
    assert len(list(folder.glob("gazetteer-*.pickle"))) == 1

    # A curated place added: the cached registry without it must not be served.
    with (src / "entanglement" / "seed" / "places.yaml").open("a", encoding="utf-8") as f:
        f.write(_NEW_PLACE)
    assert _probe(src, cache)["pelican_bay"] is True
    assert len(list(folder.glob("gazetteer-*.pickle"))) == 2

    # The code that builds the registry changed (here only a comment): built afresh again.
    with (src / "entanglement" / "core" / "gazetteer" / "names.py").open("a", encoding="utf-8") as f:
        f.write("\n# changed\n")
    assert _probe(src, cache)["pelican_bay"] is True
    assert len(list(folder.glob("gazetteer-*.pickle"))) == 3

    # Nothing changed: the third file is read back, no fourth is written.
    _probe(src, cache)
    assert len(list(folder.glob("gazetteer-*.pickle"))) == 3
