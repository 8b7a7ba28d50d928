"""The seed is checked whole before loading: every record sourced, every GEOID known, dates valid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from entanglement.tracker.registry import registry_geoids
from entanglement.tracker.seed_validation import SEED_DIR, SEED_FILES, SeedError, read_seed

from .seed_samples import sample, write_seed


def problems_of(tmp_path: Path, records: dict[str, list[dict[str, Any]]]) -> list[str]:
    with pytest.raises(SeedError) as info:
        read_seed(write_seed(tmp_path / "seed", records))
    return info.value.problems


# -- the real curated data ---------------------------------------------------------------------------


def test_the_curated_seed_passes_every_check() -> None:
    data = read_seed()
    assert data["federal_actions.yaml"], "the curated seed has federal actions"


def test_every_curated_record_is_sourced_and_every_geoid_is_known() -> None:
    data = read_seed()
    known = set(registry_geoids()) | {p["geoid"] for p in data["places.yaml"]}
    for name in SEED_FILES:
        for record in data[name]:
            assert record["sources"], f"{name}: {record.get('id') or record.get('geoid')} has no source"
    for action in data["federal_actions.yaml"]:
        geoids = [t["geoid"] for t in action.get("targets") or []]
        assert set(geoids) <= known, action["id"]
        assert len(geoids) == len(set(geoids)), f"{action['id']}: duplicate target"


def test_the_curated_seed_has_the_23_targets_of_24_january_2018() -> None:
    data = read_seed()
    letters = [a for a in data["federal_actions.yaml"] if a["date"] == "2018-01-24"]
    assert any(len(a["targets"]) == 23 and a["deadline"] == "2018-02-23" for a in letters)


def test_the_registry_has_states_dc_territories_and_counties() -> None:
    geoids = registry_geoids()
    assert {"06", "11", "72", "06075", "11001", "22071", "51760"} <= geoids
    assert sum(len(g) == 2 for g in geoids) == 56
    assert sum(len(g) == 5 for g in geoids) > 3200


# -- a small valid seed and ways to break it ----------------------------------------------------------


def test_the_sample_seed_is_valid(tmp_path: Path) -> None:
    data = read_seed(write_seed(tmp_path / "seed", sample()))
    assert len(data["federal_actions.yaml"]) == 2


def test_malformed_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    folder = write_seed(tmp_path / "seed", sample())
    (folder / "cases.yaml").write_text("- id: broken\n  name: [unclosed\n  sources: []\n", encoding="utf-8")
    with pytest.raises(SeedError) as info:
        read_seed(folder)
    assert len(info.value.problems) == 1
    assert info.value.problems[0].startswith("cases.yaml: malformed YAML: line ")


def test_a_file_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    folder = write_seed(tmp_path / "seed", sample())
    (folder / "laws.yaml").write_text("id: 8-usc-1373\n", encoding="utf-8")
    with pytest.raises(SeedError, match=r"laws\.yaml: the file must be a YAML list"):
        read_seed(folder)


def test_an_unknown_file_is_refused(tmp_path: Path) -> None:
    folder = write_seed(tmp_path / "seed", sample())
    (folder / "polices.yaml").write_text("[]\n", encoding="utf-8")
    with pytest.raises(SeedError, match=r"polices\.yaml: unknown seed file"):
        read_seed(folder)


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    folder = write_seed(tmp_path / "seed", sample())
    (folder / "laws.yaml").write_bytes("- id: caf\xe9\n".encode("latin-1"))
    with pytest.raises(SeedError, match=r"laws\.yaml: not UTF-8"):
        read_seed(folder)


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SeedError, match="not a folder"):
        read_seed(tmp_path / "nowhere")


def _break(path: str, value: Any, remove: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Set (or remove) one field of the sample: path = "file/index/key[/index/key...]"."""
    records = sample()
    file_name, *steps = path.split("/")
    holder: Any = records[file_name]
    for step in steps[:-1]:
        holder = holder[int(step)] if step.isdigit() else holder[step]
    last = steps[-1]
    if remove:
        del holder[last]
    else:
        holder[int(last) if last.isdigit() else last] = value
    return records


@pytest.mark.parametrize(
    ("path", "value", "expected"),
    [
        (
            "federal_actions.yaml/0/targets/1/geoid",
            "5599999",
            "federal_actions.yaml: record sample-letters-2018: target 2: GEOID 5599999 is not in the registry",
        ),
        (
            "federal_actions.yaml/0/targets/1/geoid",
            "55",
            "federal_actions.yaml: record sample-letters-2018: target 2: GEOID 55 is a target twice",
        ),
        (
            "federal_actions.yaml/0/targets/0/geoid",
            55,
            "federal_actions.yaml: record sample-letters-2018: target 1: GEOID 55 must be a quoted string",
        ),
        (
            "federal_actions.yaml/0/sources",
            [],
            "federal_actions.yaml: record sample-letters-2018: no sources",
        ),
        (
            "federal_actions.yaml/0/sources",
            ["ftp://example.org/x"],
            "federal_actions.yaml: record sample-letters-2018: source 'ftp://example.org/x' is not an http(s) URL",
        ),
        (
            "federal_actions.yaml/0/date",
            "2018-02-30",
            "federal_actions.yaml: record sample-letters-2018: date: '2018-02-30' is not a valid date",
        ),
        (
            "federal_actions.yaml/0/deadline",
            "2018-01-01",
            "federal_actions.yaml: record sample-letters-2018: deadline (2018-01-01) is before 2018-01-24",
        ),
        (
            "federal_actions.yaml/0/kind",
            "threat",
            "federal_actions.yaml: record sample-letters-2018: kind 'threat' is not one of",
        ),
        (
            "federal_actions.yaml/0/related_actions",
            ["no-such-action"],
            "federal_actions.yaml: record sample-letters-2018: related_actions: federal action 'no-such-action' does not exist",
        ),
        (
            "federal_actions.yaml/0/targts",
            [],
            "federal_actions.yaml: record sample-letters-2018: unknown field 'targts'",
        ),
        (
            "federal_actions.yaml/1/id",
            "sample-letters-2018",
            "federal_actions.yaml: record sample-letters-2018: the id is used twice in this file",
        ),
        (
            "federal_actions.yaml/1/id",
            "Sample Order",
            "federal_actions.yaml: record Sample Order: id 'Sample Order' is not a lowercase slug",
        ),
        (
            "federal_actions.yaml/1/unverified",
            "yes",
            "federal_actions.yaml: record sample-order-2017: unverified must be true or false",
        ),
        (
            "cases.yaml/0/actions",
            ["sample-letters-2019"],
            "cases.yaml: record sampleton-v-agency: actions: federal action 'sample-letters-2019' does not exist",
        ),
        (
            "cases.yaml/0/parties/0/role",
            "victim",
            "cases.yaml: record sampleton-v-agency: party 1: role 'victim' is not one of",
        ),
        (
            "cases.yaml/0/rulings/1/date",
            "soon",
            "cases.yaml: record sampleton-v-agency: ruling 2: date: 'soon' is not a date",
        ),
        (
            "cases.yaml/0/rulings/0/kind",
            "win",
            "cases.yaml: record sampleton-v-agency: ruling 1: kind 'win' is not one of",
        ),
        (
            "policies.yaml/0/jurisdiction",
            "5553001",
            "policies.yaml: record sampleton-welcoming-2016: jurisdiction: GEOID 5553001 is not in the registry",
        ),
        (
            "policies.yaml/0/repealed",
            "2015-01-01",
            "policies.yaml: record sampleton-welcoming-2016: repealed (2015-01-01) is before 2016-05-10",
        ),
        (
            "policies.yaml/0/stance",
            "neutral",
            "policies.yaml: record sampleton-welcoming-2016: stance 'neutral' is not one of",
        ),
        (
            "statements.yaml/0/quotes/0/text",
            "",
            "statements.yaml: record sample-org-2018-01-24: quote 1: text must be non-empty text",
        ),
        (
            "statements.yaml/0/jurisdictions",
            ["55", "99"],
            "statements.yaml: record sample-org-2018-01-24: jurisdiction 2: GEOID 99 is not in the registry",
        ),
        ("places.yaml/0/state", "IL", "places.yaml: record 5553000: geoid 5553000 is not in IL"),
        (
            "places.yaml/0/county_geoid",
            "17031",
            "places.yaml: record 5553000: county_geoid 17031 is in another state than 5553000",
        ),
        (
            "places.yaml/0/geoid",
            "55530",
            "places.yaml: record 55530: geoid '55530' must be a quoted 7-digit place",
        ),
        (
            "cases.yaml/0/court_id",
            "wisconsin-east",
            "cases.yaml: record sampleton-v-agency: court_id 'wisconsin-east' is not a courts-db court id",
        ),
        (
            "cases.yaml/0/rulings/1/court_id",
            "7th",
            "cases.yaml: record sampleton-v-agency: ruling 2: court_id '7th' is not a courts-db court id",
        ),
    ],
)
def test_each_broken_record_is_named_with_its_reason(
    tmp_path: Path, path: str, value: Any, expected: str
) -> None:
    problems = problems_of(tmp_path, _break(path, value))
    assert any(p.startswith(expected) for p in problems), problems


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("laws.yaml/0/sources", "laws.yaml: record 8-usc-1373: missing field 'sources'"),
        ("statements.yaml/0/title", "statements.yaml: record sample-org-2018-01-24: missing field 'title'"),
        ("places.yaml/0/sources", "places.yaml: record 5553000: missing field 'sources'"),
    ],
)
def test_missing_required_fields_are_named(tmp_path: Path, path: str, expected: str) -> None:
    assert expected in problems_of(tmp_path, _break(path, None, remove=True))


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    records = _break("laws.yaml/0/sources", [])
    records["cases.yaml"][0]["parties"][0]["geoid"] = "00000"
    problems = problems_of(tmp_path, records)
    assert len(problems) == 2, problems


def test_the_shipped_seed_folder_is_the_package_one() -> None:
    assert SEED_DIR.name == "seed" and (SEED_DIR / "SCHEMA.md").is_file()
