"""find_jurisdictions: a list of four or more bare names, introduced ("are", "include", a colon, "Sheriffs
in") in a sentence that speaks of counties, sheriffs or jails (or of agencies, after a sentence that
does), whose names are nearly all counties of one state the text names, is that state's counties,
even where a name is also a town of the state ("Florence", "Clinton"). A list introduced as cities,
towns or police, a list of people's full names, a list of mostly other names, or a list whose
sentence speaks of none of these is left alone. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


IOWA, ADAMS_IA, BENTON_IA, CLINTON_IA, DUBUQUE_IA, IOWA_IA, STORY_IA = (
    *("19", "19003", "19011", "19045", "19061", "19095", "19169"),
)
OREGON, BENTON_OR, LANE_OR, MARION_OR, POLK_OR, YAMHILL_OR = "41", "41003", "41039", "41047", "41053", "41071"
SOUTH_CAROLINA, AIKEN_SC, FLORENCE_SC, HORRY_SC, RICHLAND_SC, SUMTER_SC, GREENWOOD_SC = (
    *("45", "45003", "45041", "45051", "45079", "45085", "45047"),
)
GEORGIA, COBB_GA, FULTON_GA, GWINNETT_GA, HALL_GA = "13", "13067", "13121", "13135", "13139"

FOUND: list[tuple[str, str, set[str]]] = [
    (
        "counties-relative-clause-are",
        "Of Iowa's counties, the ones that have stopped honoring federal holds are Adams, Benton, Clinton, "
        "Dubuque, Iowa and Story.",
        {IOWA, ADAMS_IA, BENTON_IA, CLINTON_IA, DUBUQUE_IA, IOWA_IA, STORY_IA},
    ),
    (
        "counties-verb-colon",
        "In Oregon, three more counties joined in May: Lane, Marion, Polk, Benton and Yamhill.",
        {OREGON, LANE_OR, MARION_OR, POLK_OR, BENTON_OR, YAMHILL_OR},
    ),
    (
        "agencies-after-sheriffs-sentence-with-unknown-name",
        "South Carolina sheriffs signed the agreements. The participating agencies are: Horry, Florence, "
        "Sumter, Aiken, Smithvale and Richland.",
        {SOUTH_CAROLINA, HORRY_SC, FLORENCE_SC, SUMTER_SC, AIKEN_SC, RICHLAND_SC},
    ),
    (
        "sheriffs-in",
        "Sheriffs in Horry, Florence, Sumter and Aiken told South Carolina officials they would comply.",
        {SOUTH_CAROLINA, HORRY_SC, FLORENCE_SC, SUMTER_SC, AIKEN_SC},
    ),
    (
        "one-a-line-after-colon",
        "The Oregon counties are:\nLane\nMarion\nPolk\nYamhill\n",
        {OREGON, LANE_OR, MARION_OR, POLK_OR, YAMHILL_OR},
    ),
    (
        "sheriffs-offices-include-semicolons",
        "Georgia sheriff's offices that signed include Fulton; Cobb; Gwinnett; and Hall.",
        {GEORGIA, FULTON_GA, COBB_GA, GWINNETT_GA, HALL_GA},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), FOUND, ids=[case[0] for case in FOUND])
def test_introduced_list_is_counties(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert {ref.geoid for ref in find_jurisdictions(text, census)} == expected


NOT_COUNTIES: list[tuple[str, str, set[str]]] = [
    (
        "a-list-of-cities",
        "South Carolina sheriffs met last week. The cities taking part are Florence, Sumter, Aiken and "
        "Greenwood.",
        {FLORENCE_SC, SUMTER_SC, AIKEN_SC, GREENWOOD_SC},
    ),
    (
        "few-names-are-counties",
        "South Carolina sheriffs met last week. The speakers were Florence, Brandvale, Kettering, Ollinby "
        "and Sumter.",
        {FLORENCE_SC, SUMTER_SC},
    ),
    (
        "a-list-of-people",
        "Iowa counties sent letters. The signers were Ann Benton, Tom Story, Lee Adams and Jo Clinton.",
        {BENTON_IA, STORY_IA, ADAMS_IA, CLINTON_IA},
    ),
    (
        "sentence-names-no-county-office",
        "Several Iowa counties objected. The guests were Benton, Clinton, Dubuque and Story.",
        {BENTON_IA, CLINTON_IA, DUBUQUE_IA, STORY_IA},
    ),
    (
        "police-of-towns",
        "Oregon police chiefs from the towns are Lane, Marion, Polk and Benton.",
        {LANE_OR, MARION_OR, POLK_OR, BENTON_OR},
    ),
]


@pytest.mark.parametrize(("name", "text", "counties"), NOT_COUNTIES, ids=[case[0] for case in NOT_COUNTIES])
def test_other_lists_are_not_counties(name: str, text: str, counties: set[str], census: Gazetteer) -> None:
    assert not {ref.geoid for ref in find_jurisdictions(text, census)} & counties


IOWA_ONLY, MINNESOTA, SAN_FRANCISCO, ARIZONA = "19", "27", "0667000", "04"
WISCONSIN, WAUKESHA_WI, FLORIDA, LEE_FL, COLLIER_FL = "55", "55133", "12", "12071", "12021"

# "S.F." before a number is a Senate File; "Page" before a page number (a filing's header) is no town;
# "counties, such as X" and its kin name examples of the plural, counties.
MORE: list[tuple[str, str, set[str]]] = [
    ("senate-file", "The bill, S.F. 2340, passed in Iowa.", {IOWA_ONLY}),
    ("senate-file-broken-line", "Iowa passed S.F.\n2340 last year.", {IOWA_ONLY}),
    ("senate-file-no", "Minnesota's S.F. No. 12 died in committee.", {MINNESOTA}),
    ("city-abbreviation-stays", "Crowds in S.F. cheered the ruling.", {SAN_FRANCISCO}),
    ("page-colon-header", "Case: 10-1234 Page: 1 of 46 Filed in Arizona.", {ARIZONA}),
    ("page-hash", "See Page #4 of the Arizona report.", {ARIZONA}),
    ("counties-such-as", "It was signed by a few Wisconsin counties, such as Waukesha.", {WISCONSIN, WAUKESHA_WI}),
    (
        "counties-including",
        "Several Florida counties, including Lee and Collier, joined.",
        {FLORIDA, LEE_FL, COLLIER_FL},
    ),
    ("counties-for-example", "Some Oregon counties, for example, Lane, refused.", {OREGON, LANE_OR}),
]


@pytest.mark.parametrize(("name", "text", "expected"), MORE, ids=[case[0] for case in MORE])
def test_bills_pages_and_county_examples(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert {ref.geoid for ref in find_jurisdictions(text, census)} == expected


WASHINGTON, PIERCE_WA, KING_WA, THURSTON_WA = "53", "53053", "53033", "53067"
MARION_OR_, LANE_OR_, DESCHUTES_OR = MARION_OR, LANE_OR, "41017"

# A table's "County" column holds counties of the state the text names.
COLUMNS: list[tuple[str, str, set[str]]] = [
    (
        "pipe-table",
        "Washington agencies\nAgency | City | County\nTacoma Police | Tacoma | Pierce\n"
        "Seattle Police | Seattle | King\nOlympia Police | Olympia | Thurston\n",
        {WASHINGTON, PIERCE_WA, KING_WA, THURSTON_WA},
    ),
    (
        "tab-table",
        "Oregon agencies\nAgency\tCounty\nSalem Police\tMarion\nEugene Police\tLane\nBend Police\tDeschutes\n",
        {OREGON, MARION_OR_, LANE_OR_, DESCHUTES_OR},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), COLUMNS, ids=[case[0] for case in COLUMNS])
def test_county_column(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert expected <= {ref.geoid for ref in find_jurisdictions(text, census)}


def test_county_column_of_other_names(census: Gazetteer) -> None:
    text = "Oregon staff\nName | County\nAnn Baker | Brindle\nTom Ash | Lane\nJo Fenn | Quillby\nAl Orr | Tarrow\n"
    assert LANE_OR not in {ref.geoid for ref in find_jurisdictions(text, census)}
