"""`entangle seed`: one transaction, idempotent, and nothing loaded from a broken seed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from entanglement.tracker import models as m
from entanglement.tracker.seed_loader import load_seed
from entanglement.tracker.seed_validation import SeedError

from .history import history_rows, snapshot
from .seed_samples import sample, write_seed

pytestmark = pytest.mark.django_db


def test_the_curated_seed_loads_sourced_and_a_second_run_changes_nothing() -> None:
    # One test, one load of the full curated data: loading it is the slow part on a shared machine.
    first = load_seed()
    assert first.changed
    after_first = snapshot()
    assert after_first["FederalAction"] > 0 and after_first["Jurisdiction"] > 3000
    assert history_rows(after_first) > 0

    for model in (m.FederalAction, m.Case, m.Policy, m.Statement, m.Law, m.Ruling):
        assert not model.objects.filter(sources__isnull=True).exists(), f"{model.__name__} without a source"

    letters = [a for a in m.FederalAction.objects.filter(date="2018-01-24") if a.target_links.count() == 23]
    assert len(letters) == 1
    assert letters[0].deadline_display == "23 February 2018"
    san_francisco = m.Jurisdiction.objects.get(geoid="06075")
    assert san_francisco.consolidated_with is not None and san_francisco.consolidated_with.geoid == "0667000"

    second = load_seed()
    assert not second.changed, second.lines()
    assert snapshot() == after_first


def test_sample_seed_loads_every_kind_of_record(tmp_path: Path) -> None:
    report = load_seed(write_seed(tmp_path / "seed", sample()))
    assert report.changed
    letters = m.FederalAction.objects.get(slug="sample-letters-2018")
    assert [t.jurisdiction.geoid for t in letters.target_links.all()] == ["55", "5553000"]
    assert letters.target_links.get(jurisdiction__geoid="5553000").demand == "records by the deadline"
    assert list(letters.related_actions.values_list("slug", flat=True)) == ["sample-order-2017"]
    order = m.FederalAction.objects.get(slug="sample-order-2017")
    assert order.unverified and order.date_display == "April 2017" and order.unverified_note
    case = m.Case.objects.get(slug="sampleton-v-agency")
    rulings = list(case.rulings.order_by("position"))
    assert [r.kind for r in rulings] == ["preliminary_injunction", "appellate_decision"]
    assert list(rulings[0].sources.values_list("url", flat=True)) == ["https://court.example.gov/docket"]
    assert list(rulings[1].sources.values_list("url", flat=True)) == ["https://court.example.gov/opinion"]
    assert rulings[1].date_precision == "month"
    assert list(case.actions.all()) == [letters]
    assert case.party_links.get().role == "plaintiff"
    statement = m.Statement.objects.get(slug="sample-org-2018-01-24")
    assert statement.organization.name == "Sample Rights Group"
    assert statement.quotes.get().person.name == "Pat Sample"
    assert set(statement.jurisdictions.values_list("geoid", flat=True)) == {"55", "5553000"}
    place = m.Jurisdiction.objects.get(geoid="5553000")
    assert (
        place.origin == "seed"
        and place.consolidated_with is not None
        and place.consolidated_with.geoid == "55079"
    )
    assert place.consolidated_with.consolidated_with_id == place.id
    policy = m.Policy.objects.get(slug="sampleton-welcoming-2016")
    assert policy.jurisdiction == place and policy.adopted_display == "10 May 2016"
    assert m.Law.objects.get(slug="8-usc-1373").sources.count() == 1


def test_sample_seed_second_run_writes_no_history(tmp_path: Path) -> None:
    folder = write_seed(tmp_path / "seed", sample())
    load_seed(folder)
    before = snapshot()
    assert not load_seed(folder).changed
    assert snapshot() == before


def test_an_edited_seed_updates_only_what_changed_with_history(tmp_path: Path) -> None:
    records = sample()
    load_seed(write_seed(tmp_path / "a", records))
    action = m.FederalAction.objects.get(slug="sample-letters-2018")
    versions = action.history.count()
    records["federal_actions.yaml"][0]["status"] = "answered"
    del records["federal_actions.yaml"][0]["targets"][0]
    report = load_seed(write_seed(tmp_path / "b", records))
    assert report.updated["FederalAction"] == 1 and report.deleted["FederalActionTarget"] == 1
    action.refresh_from_db()
    assert action.status == "answered"
    assert action.history.count() == versions + 1
    latest = action.history.first()
    assert latest is not None and "status" in (latest.history_change_reason or "")
    assert [t.jurisdiction.geoid for t in action.target_links.all()] == ["5553000"]
    assert m.FederalActionTarget.history.filter(history_type="-").count() == 1


def test_a_broken_seed_loads_nothing(tmp_path: Path) -> None:
    records = sample()
    records["federal_actions.yaml"][0]["targets"][1]["geoid"] = "5599999"
    before = snapshot()
    with pytest.raises(
        SeedError, match="federal_actions.yaml: record sample-letters-2018: target 2: GEOID 5599999"
    ):
        load_seed(write_seed(tmp_path / "seed", records))
    assert snapshot() == before


def test_malformed_yaml_loads_nothing(tmp_path: Path) -> None:
    folder = write_seed(tmp_path / "seed", sample())
    (folder / "statements.yaml").write_text("- id: x\n  title: 'unclosed\n", encoding="utf-8")
    before = snapshot()
    with pytest.raises(SeedError, match="statements.yaml: malformed YAML"):
        load_seed(folder)
    assert snapshot() == before


def test_a_failure_while_writing_rolls_back_the_registry_too(tmp_path: Path) -> None:
    """A value only the model can refuse (here, a title too long) stops the load after the registry
    was written: the single transaction must undo everything."""
    records = sample()
    records["statements.yaml"][0]["title"] = "x" * 600
    before = snapshot()
    with pytest.raises(SeedError, match="statements.yaml: record sample-org-2018-01-24: Statement: title"):
        load_seed(write_seed(tmp_path / "seed", records))
    assert snapshot() == before
    assert not m.Jurisdiction.objects.exists()


@pytest.mark.slow
def test_entangle_seed_creates_and_migrates_an_empty_home(tmp_path: Path) -> None:
    if os.environ.get("DATABASE_URL"):
        pytest.skip("creates an embedded SQLite database; with DATABASE_URL it would write the real database")
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"} | {"ENTANGLEMENT_HOME": str(home)}
    folder = write_seed(tmp_path / "seed", sample())
    command = [sys.executable, "-m", "entanglement.cli", "seed", "--path", str(folder)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stderr
    assert (home / "entanglement.sqlite3").is_file()
    second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    assert "nothing changed" in second.stdout
    bad = write_seed(
        tmp_path / "bad", {"laws.yaml": [{"id": "x", "citation": "c", "name": "n", "sources": []}]}
    )
    broken = subprocess.run([*command[:-1], str(bad)], env=env, capture_output=True, text=True, timeout=300)
    assert broken.returncode == 1
    assert "laws.yaml: record x: no sources" in broken.stderr and "nothing was loaded" in broken.stderr


def test_place_list_and_seed_in_any_order_converge(tmp_path: Path) -> None:
    """The seed owns its places, a place list only fills blanks: alternating loads settle at once."""
    from entanglement.tracker.registry import load_gazetteer_file

    places = tmp_path / "places.csv"
    places.write_text(
        "id,name,census_geoid\n"
        "ocd-division/country:us/state:wi/place:sampleton,Sampleton village,place-5553000\n"
        "ocd-division/country:us/state:wi/place:other,Other city,place-5553001\n",
        encoding="utf-8",
    )
    folder = write_seed(tmp_path / "seed", sample())
    load_gazetteer_file(places)
    load_seed(folder)
    sampleton = m.Jurisdiction.objects.get(geoid="5553000")
    assert (sampleton.origin, sampleton.name, sampleton.census_name) == (
        "seed",
        "Sampleton",
        "Sampleton city",
    )
    settled = snapshot()
    load_gazetteer_file(places)
    assert not load_seed(folder).changed
    assert snapshot() == settled


def test_entangle_seed_check_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from entanglement.cli import main as entangle

    before = snapshot()
    assert entangle(["seed", "--check", "--path", str(write_seed(tmp_path / "ok", sample()))]) == 0
    records = sample()
    records["laws.yaml"][0]["sources"] = []
    assert entangle(["seed", "--check", "--path", str(write_seed(tmp_path / "bad", records))]) == 1
    assert "laws.yaml: record 8-usc-1373: no sources" in capsys.readouterr().err
    assert snapshot() == before
