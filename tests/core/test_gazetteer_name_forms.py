"""Census name forms a text never writes: a New England town governed as a city ("Greenfield Town
city"), and a name whose lower-case particle carries a capital ("Coeur d'Alene city")."""

from __future__ import annotations

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer
from entanglement.core.gazetteer.names import split_place_suffix
from entanglement.core.gazetteer.places_file import parse_places

ROWS = (
    "id,name,census_geoid\n"
    "ocd-division/country:us/state:ma/place:greenfield_town,Greenfield Town city,place-2527100\n"
    "ocd-division/country:us/state:id/place:coeur_d~alene,Coeur d'Alene city,place-1616750\n"
    # a West Virginia city whose name is "Charles Town": its "Town" stays
    "ocd-division/country:us/state:wv/place:charles_town,Charles Town city,place-5414600\n"
    "ocd-division/country:us/state:ri/place:providence,Providence city,place-4459000\n"
    "ocd-division/country:us/state:ca/place:san_jose,San Jose city,place-0668000\n"
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.build(parse_places(ROWS.encode()), seed=True)


@pytest.mark.parametrize(
    ("census", "base", "suffix"),
    [
        ("Coeur d'Alene city", "Coeur d'Alene", "city"),
        ("Greenfield Town city", "Greenfield Town", "city"),
        ("Lexington-Fayette urban county", "Lexington-Fayette", "urban county"),
    ],
)
def test_suffix_stops_at_a_particle_with_a_capital(census: str, base: str, suffix: str) -> None:
    assert split_place_suffix(census) == (base, suffix)


def test_a_town_city_is_found_by_its_everyday_name(gazetteer: Gazetteer) -> None:
    assert [j.geoid for j in gazetteer.places_named("greenfield")] == ["2527100"]
    assert [j.geoid for j in gazetteer.places_named("greenfield town")] == ["2527100"]
    assert not gazetteer.places_named("charles")
    assert [j.geoid for j in gazetteer.places_named("charles town")] == ["5414600"]


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff in Coeur d'Alene, Idaho, spoke on Monday.",
        "COEUR d\u2019ALENE, Idaho \u2014 The sheriff spoke to reporters on Monday.",
        "Officials in Coeur d\u2019Alene, Idaho, agreed to the plan.",
    ],
)
def test_an_elided_particle_keeps_the_name_whole(gazetteer: Gazetteer, text: str) -> None:
    found = {m.geoid for m in find_jurisdictions(text, gazetteer)}
    assert "1616750" in found


def test_greenfield_massachusetts_in_a_sentence(gazetteer: Gazetteer) -> None:
    found = {m.geoid for m in find_jurisdictions("Voters in Greenfield, Massachusetts, approved it.", gazetteer)}
    assert "2527100" in found


def test_a_local_board_members_label_names_a_district_not_a_city_elsewhere(gazetteer: Gazetteer) -> None:
    text = (
        "FAIRFAX, Va. \u2014 The Fairfax County Board of Supervisors in Virginia adopted the policy on Tuesday. "
        "It was sponsored by Supervisors Dana Orr (D-Providence) and Lee Vance (D-Dranesville).\n"
    )
    found = {m.geoid for m in find_jurisdictions(text, gazetteer)}
    assert "4459000" not in found and "51059" in found


def test_a_congressmans_label_is_his_home_city(gazetteer: Gazetteer) -> None:
    text = (
        "Illinois and Ohio officials met on Monday. Rep. Dana Orr, D-San Jose, said the program should be "
        "optional for every state.\n"
    )
    found = {m.geoid for m in find_jurisdictions(text, gazetteer)}
    assert "0668000" in found


def test_a_town_city_has_its_towns_population(gazetteer: Gazetteer) -> None:
    (greenfield,) = gazetteer.places_named("greenfield")
    assert (greenfield.population or 0) > 10_000
