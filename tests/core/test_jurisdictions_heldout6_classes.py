"""Hyphenated surnames ending in a place's name, a major city's offices ("Dallas City Council"), a
county named by apposition or by its village's name, and datelines whose parenthesis lost its content.

Passages written for this file; each table holds the negatives that keep real places found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

CALIFORNIA, MARTINEZ, CARSON, PHOENIX = "06", "0646114", "0611530", "0455000"
DALLAS, FORT_WORTH, WINSTON_SALEM, WILKES_BARRE = "4819000", "4827000", "3775000", "4285152"
MINNEAPOLIS, ST_PAUL, SEATTLE, TACOMA = "2743000", "2758000", "5363000", "5370000"
BUTLER_COUNTY_OH, BUTLER_VILLAGE_OH = "39017", "3910632"
CARSON_CITY, KANSAS_CITY_MO, DALLAS_CITY_IL, HAMILTON_OH = "3209700", "2938000", "1718420", "3933012"
BUTLER_COUNTY_PA, BUTLER_CITY_PA = "42019", "4210464"
LAKE_COUNTY_OH, SCOTTSDALE, OAKLAND, WARREN_OH = "39085", "0465000", "0653000", "3980892"


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


def _found(text: str, census: Gazetteer) -> set[str]:
    return {j.geoid for j in find_jurisdictions(text, census)}


HYPHENATED: list[tuple[str, str, set[str]]] = [
    (
        "surname after a hyphen, in a state the text names",
        "The Oakland council in California voted 7-1. Councilwoman Ana Ruiz-Martinez, who wrote the "
        "bill, argued for it. Ruiz-Martinez also noted that the vote was close.",
        {CALIFORNIA, OAKLAND},
    ),
    (
        "the surname alone later is the same person",
        "The board met in California on Tuesday. Supervisor Leo Vargas-Martinez spoke first, and "
        "Martinez then left the room.",
        {CALIFORNIA},
    ),
    (
        "a surname after a hyphen leaves the place itself found where it stands",
        "Assemblywoman Rosa Delgado-Carson spoke at a town hall in Carson, California, on Monday.",
        {CARSON},
    ),
    (
        "a major city's name in a surname leaves the city found elsewhere",
        "Councilman Luis Vega-Phoenix met the Phoenix police chief.",
        {PHOENIX},
    ),
    (
        "whole hyphenated places",
        "Flights from Winston-Salem and Wilkes-Barre, Pa., were delayed.",
        {WINSTON_SALEM, WILKES_BARRE},
    ),
    (
        "pairs of places joined by a hyphen",
        "Traffic at the Dallas-Fort Worth airport, the Minneapolis-St. Paul area and the "
        "Seattle-Tacoma airport slowed.",
        {DALLAS, FORT_WORTH, MINNEAPOLIS, ST_PAUL, SEATTLE, TACOMA},
    ),
]

COUNTIES: list[tuple[str, str, set[str]]] = [
    (
        "apposition to 'county' names the county, and the name keeps that sense",
        "Sheriff Dale Ruiz runs the jail. His county, Butler, Ohio, signed the agreement. Inmates held "
        "in Butler, Ohio, wait for ICE.",
        {BUTLER_COUNTY_OH},
    ),
    (
        "the county named with its kind word elsewhere; the state's place of the name is a village",
        "Butler County commissioners met on Monday. Later, in Butler, Ohio, a rally was held.",
        {BUTLER_COUNTY_OH},
    ),
    (
        "the county named elsewhere, but the place of the name is a real city",
        "Butler County deputies arrested a man in Butler, Pa., on Friday.",
        {BUTLER_COUNTY_PA, BUTLER_CITY_PA},
    ),
    (
        "with no county named, the qualified name is the place",
        "Deputies in Butler, Ohio, arrested a man.",
        {BUTLER_VILLAGE_OH},
    ),
    (
        "apposition to 'county' and 'the city of' in one text",
        "Our county, Lake, Ohio, and the city of Butler, Ohio, signed on.",
        {LAKE_COUNTY_OH, BUTLER_VILLAGE_OH},
    ),
    (
        "a bare name in apposition to 'county'",
        "Sheriff Dale Ruiz runs the jail in Ohio. His county, Butler, is one of many.",
        {"39", BUTLER_COUNTY_OH},
    ),
    (
        "a list of places after 'the county' is no apposition",
        "The state, the county, Butler, Warren and Hamilton objected in Ohio.",
        {"39", WARREN_OH, HAMILTON_OH},
    ),
    (
        "a list after 'the county' is no apposition",
        "The state, the county, Butler and Warren all objected in Ohio.",
        {"39", WARREN_OH},
    ),
]

DATELINES: list[tuple[str, str, set[str]]] = [
    (
        "a dateline whose parenthesis lost its content",
        "MARTINEZ ( – The council voted to end the contract.",
        {MARTINEZ},
    ),
    ("a dateline with its station", "SCOTTSDALE (KXYZ) – The council voted on Monday.", {SCOTTSDALE}),
    ("capitals and a lone parenthesis that are no dateline", "A CHANGE ( – not a place at all.", set()),
]


CITY_OFFICES: list[tuple[str, str, set[str]]] = [
    (
        "a major city's council, not a small 'X City'",
        "The Dallas City Council voted 9-6 on Wednesday.",
        {DALLAS},
    ),
    ("a major city's attorney", "The Oakland City Attorney filed the suit.", {OAKLAND}),
    ("a 'City' name of its own keeps it", "The Carson City Council met on Monday.", {CARSON_CITY}),
    ("a state before 'City' keeps the city", "The Kansas City Council met on Monday.", {KANSAS_CITY_MO}),
    (
        "the small 'X City' qualified by its state",
        "Dallas City, Illinois, is a river town.",
        {DALLAS_CITY_IL},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CITY_OFFICES, ids=[c[0] for c in CITY_OFFICES])
def test_city_offices_after_a_major_city(
    census: Gazetteer, label: str, text: str, expected: set[str]
) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), HYPHENATED, ids=[c[0] for c in HYPHENATED])
def test_hyphenated_surnames(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), COUNTIES, ids=[c[0] for c in COUNTIES])
def test_county_meant_by_a_qualified_name(
    census: Gazetteer, label: str, text: str, expected: set[str]
) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), DATELINES, ids=[c[0] for c in DATELINES])
def test_broken_datelines(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label
