"""The jurisdiction registry: sources, name index, consolidated governments, place lists."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import us

from entanglement.core.gazetteer import Gazetteer
from entanglement.core.gazetteer.consolidated import CONSOLIDATED, DC_COUNTY, DC_PLACE
from entanglement.core.gazetteer.names import (
    name_key,
    split_county_kind,
    split_place_suffix,
    state_abbreviations,
)
from entanglement.core.gazetteer.places_file import parse_places, read_places_file

# A few rows in the Open Civic Data shape, with namesakes in several states on purpose.
PLACES_FILE = Path(__file__).with_name("test_gazetteer_places.csv")


@pytest.fixture(scope="module")
def small_gazetteer() -> Gazetteer:
    return Gazetteer.build(read_places_file(PLACES_FILE), seed=False)


@pytest.mark.parametrize(
    ("census", "base", "suffix"),
    [
        ("Chicago city", "Chicago", "city"),
        ("Kansas City city", "Kansas City", "city"),
        ("Lexington-Fayette urban county", "Lexington-Fayette", "urban county"),
        ("Juneau city and borough", "Juneau", "city and borough"),
        ("Hastings charter township", "Hastings", "charter township"),
        ("Indianapolis", "Indianapolis", ""),
        ("Carson City", "Carson City", ""),
        (
            "Nashville-Davidson metropolitan government (balance)",
            "Nashville-Davidson",
            "metropolitan government",
        ),
        ("Lynchburg, Moore County metropolitan government", "Lynchburg", "metropolitan government"),
        ("San Buenaventura (Ventura) city", "San Buenaventura", "city"),
    ],
)
def test_place_suffix_is_split_off(census: str, base: str, suffix: str) -> None:
    assert split_place_suffix(census) == (base, suffix)


@pytest.mark.parametrize(
    ("census", "base", "kind"),
    [
        ("Cook County", "Cook", "County"),
        ("Orleans Parish", "Orleans", "Parish"),
        ("Juneau City and Borough", "Juneau", "City and Borough"),
        ("Aleutians West Census Area", "Aleutians West", "Census Area"),
        ("Baltimore city", "Baltimore", "city"),
    ],
)
def test_county_kind_is_split_off(census: str, base: str, kind: str) -> None:
    assert split_county_kind(census) == (base, kind)


@pytest.mark.parametrize(
    ("a", "b"),
    [("St. Paul", "Saint Paul"), ("Winston-Salem", "Winston Salem"), ("Prince George’s", "Prince George's")],
)
def test_name_keys_fold_spellings(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("written", "fips"),
    [
        ("Calif.", "06"),
        ("Cal.", "06"),
        ("Ill.", "17"),
        ("N.Y.", "36"),
        ("Wash.", "53"),
        ("NY", "36"),
        ("D.C.", "11"),
        ("Me.", "23"),
    ],
)
def test_state_abbreviations(written: str, fips: str) -> None:
    assert state_abbreviations()[written] == fips


def test_default_registry_has_every_state_and_county() -> None:
    g = Gazetteer.default()
    for st in us.states.STATES_AND_TERRITORIES:
        assert g.get(st.fips) is not None, st.name
        for county in st.counties:
            assert g.get(county.fips) is not None, county.name
    cook = g.get("17031")
    assert cook is not None and cook.level == "county" and cook.state_abbr == "IL"


def test_dc_is_one_government_with_three_codes() -> None:
    dc = Gazetteer.default().get(DC_PLACE)
    assert dc is not None
    assert dc.geoid == "11" and set(dc.geoids) == {"11", DC_COUNTY, DC_PLACE}


@pytest.mark.parametrize("entry", CONSOLIDATED, ids=lambda c: c.name)
def test_consolidated_table_codes_agree_with_us(entry: object) -> None:
    from entanglement.core.gazetteer.consolidated import Consolidated

    assert isinstance(entry, Consolidated)
    state = us.states.lookup(entry.state)
    assert state is not None
    assert entry.county_geoid in {c.fips for c in state.counties}
    if entry.place_geoid:
        assert entry.place_geoid[:2] == state.fips and len(entry.place_geoid) == 7
    j = Gazetteer.default().get(entry.county_geoid)
    assert j is not None and j.geoids == entry.geoids


def test_places_file_adds_places_and_links_consolidated(small_gazetteer: Gazetteer) -> None:
    chicago = small_gazetteer.get("1714000")
    assert chicago is not None and chicago.name == "Chicago" and chicago.level == "place"
    assert chicago.ocd_id == "ocd-division/country:us/state:il/place:chicago"
    sf = small_gazetteer.get("06075")
    assert sf is not None and sf.geoid == "0667000" and sf.geoids == ("0667000", "06075")
    assert small_gazetteer.get("0667000") is sf


def test_independent_city_is_linked_to_its_place(small_gazetteer: Gazetteer) -> None:
    richmond = small_gazetteer.get("51760")
    assert richmond is not None and richmond.geoids == ("5167000", "51760")


def test_name_index_lists_namesakes_and_towns(small_gazetteer: Gazetteer) -> None:
    portlands = {j.geoid for j in small_gazetteer.places_named("portland")}
    assert portlands == {"4159000", "2360545"}
    # A New England town is the municipality; a New Jersey township needs its kind word.
    assert "2501709840" in {j.geoid for j in small_gazetteer.places_named("burlington")}
    assert not small_gazetteer.places_named("lawrence")
    assert {j.geoid for j in small_gazetteer.cousubs_named("lawrence")} == {"3402139510"}
    assert {j.geoid for j in small_gazetteer.places_named("new york city")} == {"3651000"}


def test_parenthesized_common_name_is_indexed() -> None:
    rows = "id,name,census_geoid\nocd-division/country:us/state:ca/place:x,San Buenaventura (Ventura) city,place-0665042\n"
    g = Gazetteer.build(parse_places(rows.encode()), seed=False)
    (ventura,) = g.places_named("ventura")
    assert ventura.geoid == "0665042" and g.places_named("san buenaventura") == [ventura]


def test_population_ranks_namesakes(small_gazetteer: Gazetteer) -> None:
    oregon, maine = (small_gazetteer.get(g) for g in ("4159000", "2360545"))
    assert oregon is not None and maine is not None
    assert (oregon.population or 0) > (maine.population or 0) > 0


def test_bad_places_file_is_refused() -> None:
    from entanglement.core.gazetteer.places_file import PlacesFileError

    with pytest.raises(PlacesFileError):
        parse_places(b"id,name\nx,y\n")


@pytest.mark.shared
def test_full_shared_place_list_loads_fast_and_light(shared_dir: Path) -> None:
    path = shared_dir / "reference" / "gazetteer" / "us_census_places.csv"
    records = read_places_file(path)
    started = time.perf_counter()
    g = Gazetteer.build(records, seed=False)
    elapsed = time.perf_counter() - started
    assert len(g) > 39_000
    # Under 2 s on an idle machine; the bound leaves room for a loaded CI runner.
    assert elapsed < 8.0, f"building the index took {elapsed:.2f}s"
    # Every place code of the consolidated table that the list carries agrees with it.
    listed = {r.geoid: r for r in records}
    for entry in CONSOLIDATED:
        if entry.place_geoid in listed:
            assert listed[entry.place_geoid].state_fips == entry.place_geoid[:2]
    assert g.get("3651000") is not None and g.get("5010675") is not None
