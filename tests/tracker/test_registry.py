"""The jurisdiction registry and `entangle gazetteer load`: idempotent, one transaction, clear refusals."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from entanglement.cli import main as entangle
from entanglement.core.gazetteer.places_file import PlacesFileError
from entanglement.tracker import models as m
from entanglement.tracker.registry import (
    RegistryError,
    common_name,
    county_ocd_id,
    link_consolidated,
    load_gazetteer_file,
    load_us_registry,
)

from .history import history_rows, snapshot

pytestmark = pytest.mark.django_db

OCD_SAMPLE = """id,name,census_name_unused,census_geoid
ocd-division/country:us/state:ca/place:san_francisco,San Francisco city,x,place-0667000
ocd-division/country:us/state:ca/county:san_francisco,San Francisco County,x,place-06075
ocd-division/country:us/state:wi/place:sampleton,Sampleton village,x,place-5553000
ocd-division/country:us/state:wi/county:milwaukee/place:lake,Lake town,x,place-5507941000
"""

TSV_SAMPLE = (
    "USPS\tGEOID\tANSICODE\tNAME\tLSAD\tFUNCSTAT\tALAND\tAWATER\n"
    "KY\t2148006\t01967434\tLouisville/Jefferson County metro government (balance)\t00\tF\t1\t1\n"
    "WI\t5553001\t00000000\tOther Sample city\t25\tA\t1\t1\n"
    "VA\t5167000\t00000000\tRichmond city\t25\tA\t1\t1\n"
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_registry_has_states_dc_territories_and_counties() -> None:
    stats = load_us_registry()
    assert stats.created == m.Jurisdiction.objects.count()
    states = m.Jurisdiction.objects.filter(level="state")
    assert states.count() == 56
    assert states.filter(is_territory=True).count() == 5
    dc = m.Jurisdiction.objects.get(geoid="11")
    assert dc.ocd_id == "ocd-division/country:us/district:dc"
    assert m.Jurisdiction.objects.get(geoid="72").ocd_id == "ocd-division/country:us/territory:pr"
    cook = m.Jurisdiction.objects.get(geoid="17031")
    assert (cook.name, cook.level, cook.state, cook.usps) == (
        "Cook County",
        "county",
        m.Jurisdiction.objects.get(geoid="17"),
        "IL",
    )
    assert cook.ocd_id == "ocd-division/country:us/state:il/county:cook"
    assert m.Jurisdiction.objects.filter(level="county").count() > 3200
    assert cook.history.get().history_change_reason


def test_registry_load_twice_changes_nothing() -> None:
    load_us_registry()
    before = snapshot()
    stats = load_us_registry()
    assert (stats.created, stats.updated) == (0, 0)
    assert snapshot() == before


@pytest.mark.parametrize(
    ("census", "common"),
    [
        ("Chicago city", "Chicago"),
        ("Nashville-Davidson metropolitan government (balance)", "Nashville-Davidson"),
        ("Carson City", "Carson City"),
        ("Juneau city and borough", "Juneau"),
        ("Ranchos de Taos CDP", "Ranchos de Taos"),
        ("Cook County", "Cook County"),
        ("Lawrence Township", "Lawrence Township"),
    ],
)
def test_common_name_drops_the_legal_description(census: str, common: str) -> None:
    assert common_name(census) == common


def test_county_ocd_ids() -> None:
    assert county_ocd_id("LA", "Orleans Parish") == "ocd-division/country:us/state:la/parish:orleans"
    assert county_ocd_id("MO", "St. Louis County") == "ocd-division/country:us/state:mo/county:st_louis"
    assert county_ocd_id("VA", "Richmond city") == ""


def test_load_ocd_file_links_consolidated_city_county_and_is_idempotent(tmp_path: Path) -> None:
    path = write(tmp_path, "places.csv", OCD_SAMPLE)
    load_gazetteer_file(path)
    sf_place = m.Jurisdiction.objects.get(geoid="0667000")
    sf_county = m.Jurisdiction.objects.get(geoid="06075")
    assert (sf_place.name, sf_place.census_name, sf_place.level) == (
        "San Francisco",
        "San Francisco city",
        "place",
    )
    assert sf_place.consolidated_with == sf_county and sf_county.consolidated_with == sf_place
    assert sf_place.government_key == sf_county.government_key
    assert sf_place.state is not None and sf_place.state.geoid == "06"
    assert m.Jurisdiction.objects.get(geoid="5507941000").level == "cousub"
    assert sf_place.registry_source is not None and len(sf_place.registry_source.sha256) == 64
    before = snapshot()
    stats = load_gazetteer_file(path)
    assert (stats.created, stats.updated) == (0, 0)
    assert snapshot() == before


def test_load_census_gazetteer_tsv(tmp_path: Path) -> None:
    path = write(tmp_path, "2024_Gaz_place_national.txt", TSV_SAMPLE)
    load_gazetteer_file(path)
    louisville = m.Jurisdiction.objects.get(geoid="2148006")
    assert louisville.name == "Louisville/Jefferson County"
    assert louisville.consolidated_with is not None and louisville.consolidated_with.geoid == "21111"
    assert m.Jurisdiction.objects.get(geoid="5553001").usps == "WI"
    # An independent city is a county-equivalent and a place: paired by name within its state.
    richmond = m.Jurisdiction.objects.get(geoid="5167000")
    assert richmond.consolidated_with is not None and richmond.consolidated_with.geoid == "51760"


def test_a_place_list_does_not_rename_curated_places(tmp_path: Path) -> None:
    load_us_registry()
    curated = m.Jurisdiction.objects.create(
        geoid="5553000",
        level="place",
        name="Sampleton",
        census_name="",
        usps="WI",
        origin="seed",
        state=m.Jurisdiction.objects.get(geoid="55"),
    )
    load_gazetteer_file(write(tmp_path, "places.csv", OCD_SAMPLE))
    curated.refresh_from_db()
    assert curated.name == "Sampleton"
    assert curated.census_name == "Sampleton village"  # blanks are filled
    assert curated.ocd_id == "ocd-division/country:us/state:wi/place:sampleton"


@pytest.mark.parametrize(
    ("text", "encoding", "message"),
    [
        (
            "id,name,geoid\nocd-division/country:us/state:wi/place:x,X city,place-5553000\n",
            "utf-8",
            "header lacks census_geoid",
        ),
        ("USPS\tGEO\tNAME\nWI\t5553000\tX city\n", "utf-8", "header lacks GEOID"),
        (
            "id,name,census_geoid\nocd-division/country:us/state:wi/place:x,Caf\xe9 city,place-5553000\n",
            "latin-1",
            "not valid UTF-8",
        ),
        (
            "id,name,census_geoid\nocd-division/country:us/state:wi/place:x,X city,place-55530\n"
            "ocd-division/country:us/state:wi/place:y,Y city,place-55X\n",
            "utf-8",
            "line 3",
        ),
        ("id,name,census_geoid\n", "utf-8", "no places"),
    ],
)
def test_bad_place_lists_are_refused_and_nothing_is_loaded(
    tmp_path: Path, text: str, encoding: str, message: str
) -> None:
    path = write(tmp_path, "bad.csv", text, encoding)
    before = snapshot()
    with pytest.raises(PlacesFileError, match=message):
        load_gazetteer_file(path)
    assert snapshot() == before


def test_a_place_in_an_unknown_state_rolls_back_the_whole_load(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "places.csv",
        OCD_SAMPLE + "ocd-division/country:us/state:zz/place:x,X city,x,place-9912345\n",
    )
    before = snapshot()
    with pytest.raises(RegistryError, match="state codes not in the registry: 99"):
        load_gazetteer_file(path)
    assert snapshot() == before


def test_conflicting_consolidation_is_refused() -> None:
    load_us_registry()
    with pytest.raises(RegistryError, match="already"):
        link_consolidated([("06075", "06001"), ("06075", "06013")], reason="test")


def test_cli_reports_a_bad_file_and_loads_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "bad.csv", "a,b\n1,2\n")
    before = snapshot()
    assert entangle(["gazetteer", "load", str(path)]) == 1
    err = capsys.readouterr().err
    assert "header lacks" in err and "nothing was loaded" in err
    assert snapshot() == before


def test_cli_loads_a_good_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert entangle(["gazetteer", "load", str(write(tmp_path, "places.csv", OCD_SAMPLE))]) == 0
    assert "created" in capsys.readouterr().out
    assert m.Jurisdiction.objects.filter(geoid="5553000").exists()


@pytest.mark.shared
@pytest.mark.slow
def test_full_census_place_list_loads_in_under_a_minute_and_reloads_unchanged(shared_dir: Path) -> None:
    path = shared_dir / "reference" / "gazetteer" / "us_census_places.csv"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    started = time.perf_counter()
    load_gazetteer_file(path)
    elapsed = time.perf_counter() - started
    assert elapsed < 60, f"took {elapsed:.1f} s"
    assert m.Jurisdiction.objects.filter(level__in=["place", "cousub"]).count() > 36000
    san_francisco = m.Jurisdiction.objects.get(geoid="0667000")
    assert san_francisco.consolidated_with is not None and san_francisco.consolidated_with.geoid == "06075"
    # Bulk-written history reads back like any other: a "+" row with its date and reason.
    created = m.Jurisdiction.objects.get(geoid="5505702850").history.get()
    assert (
        created.history_type == "+" and created.history_change_reason == "gazetteer load us_census_places.csv"
    )
    assert created.history_date.tzinfo is not None and created.history_date.year >= 2024
    assert created.instance.name == "Armenia"
    before = snapshot()
    stats = load_gazetteer_file(path)
    assert (stats.created, stats.updated) == (0, 0)
    assert snapshot() == before
    assert history_rows(before) >= m.Jurisdiction.objects.count()
