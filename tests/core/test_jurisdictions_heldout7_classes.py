"""A state that only qualifies a place (a capital heading's OCR period, a county agency's name, an
address before its ZIP code), words of web and e-mail addresses, well-known foreign cities with small
U.S. namesakes, a title word that ends an office's name before its address, and a government word
shared by two states ("the Iowa and Ohio Constitutions").

Passages written for this file; each table holds the negatives that keep real places found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

OHIO, TEXAS, GEORGIA, IOWA, OREGON, NEVADA, RHODE_ISLAND, WASHINGTON, DC = (
    "39", "48", "13", "19", "41", "32", "44", "53", "11",
)  # fmt: skip
MEDINA_COUNTY_OH, KINGS_COUNTY_NY, CHATHAM_COUNTY_GA, MARICOPA_COUNTY = "39103", "36047", "13051", "04013"
DOUGLAS_COUNTY_OR, ROSEBURG, TOLEDO, NEW_YORK_CITY, NEW_YORK = "41019", "4163650", "3977000", "3651000", "36"
DALLAS, DENVER, MEDINA_OH, MEDINA_NY, LISBON_ME = "4819000", "0820000", "3948790", "3646415", "2300140035"
COLORADO, NEVADA_BOULDER_CITY, BOULDER, CARSON, CARSON_CITY = "08", "3206500", "0807850", "0611530", "3209700"


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


def _found(text: str, census: Gazetteer) -> set[str]:
    return {j.geoid for j in find_jurisdictions(text, census)}


QUALIFYING_STATES: list[tuple[str, str, set[str]]] = [
    (
        "a capital heading's period for the comma before the state",
        "A RESOLUTION OF SUPPORT FOR THE SHERIFF, BY MEDINA COUNTY. OHIO WHEREAS, the Board finds that",
        {MEDINA_COUNTY_OH},
    ),
    (
        "the same after a city in capitals",
        "RESOLUTION OF THE CITY OF TOLEDO. OHIO\nThe council of the city met on Monday.",
        {TOLEDO},
    ),
    (
        "in running text a period ends the sentence and the state is named",
        "The board met in Medina County. Ohio law requires a public vote.",
        {MEDINA_COUNTY_OH, OHIO},
    ),
    (
        "a state's name that begins a longer name after the period",
        "FILED IN KINGS COUNTY. NEW YORK CITY OFFICIALS DISAGREED",
        {KINGS_COUNTY_NY, NEW_YORK_CITY},
    ),
    (
        "a state after a county agency's name",
        "Chatham County Sheriff's Office, Georgia - expired agreement on detainers",
        {CHATHAM_COUNTY_GA},
    ),
    (
        "a state after OCR's county name glued to its kind word",
        "Chatham County, Georgia (the County) joins the Sheriffs Office o f ChathamCounty, Georgia (CCSO).",
        {CHATHAM_COUNTY_GA},
    ),
    (
        "a state that opens an agency of its own is named",
        "The Dallas Police Department, Texas Department of Public Safety and others met.",
        {DALLAS, TEXAS},
    ),
    (
        "a state after an agency of a county in another state is named",
        "The Maricopa County Sheriff's Office, Texas, and Ohio sent officers.",
        {MARICOPA_COUNTY, TEXAS, OHIO},
    ),
    (
        "an agency of a county whose name is also a state's",
        "The Washington County Sheriff's Office, Oregon, signed on.",
        {"41067"},
    ),
    (
        "a state that owns what follows is named",
        "He was held at the Harris County Jail, Texas' largest jail.",
        {"48201", TEXAS},
    ),
    (
        "a state between OCR's garbled town and a ZIP code",
        "Mail to: Board of Commissioners\n15 Court Square\nR0SEBURQ' OREGON 97470\nDouglas County, Oregon",
        {DOUGLAS_COUNTY_OR},
    ),
    (
        "a well-read address keeps its town",
        "Mail to 15 Court Square, Roseburg, Oregon 97470.",
        {ROSEBURG},
    ),
    (
        "a number that is no ZIP code leaves the state named",
        "In Texas 12,500 deputies signed up.",
        {TEXAS},
    ),
]

WEB_ADDRESSES: list[tuple[str, str, set[str]]] = [
    (
        "OCR's spaced web address and an e-mail address",
        "Visit WWW .CO .MARION .OR.US or write to clerk@Salem.gov for the forms.",
        set(),
    ),
    (
        "an e-mail address with a dotted local part, and a web address in capitals",
        "Send comments to Planning.Desk@Eugene.gov or see HTTPS://Austin.gov/rules before the hearing.",
        set(),
    ),
    (
        "a sentence after a web address is read",
        "Forms are at www.example.org. Denver police said they were posted.",
        {DENVER},
    ),
]

FOREIGN_CITIES: list[tuple[str, str, set[str]]] = [
    (
        "holy cities in a New York City story",
        "The New York City mayor recalled pilgrims who left Mecca and found refuge in Medina long ago.",
        {NEW_YORK_CITY},
    ),
    (
        "the village's own police make it the New York village",
        "In New York, the Medina police chief said the village would not help.",
        {NEW_YORK, MEDINA_NY},
    ),
    (
        "a city council names the Ohio city",
        "The Medina City Council in Ohio voted Monday.",
        {MEDINA_OH, OHIO},
    ),
    (
        "qualified by its state",
        "Officials in Lisbon, Maine, and in Medina, Ohio, voted.",
        {LISBON_ME, MEDINA_OH},
    ),
]

TITLES_AND_GOVERNMENT_WORDS: list[tuple[str, str, set[str]]] = [
    (
        "a title word ending an office's name before its address makes no person",
        "The Department of Justice, Washington, DC, appeared for the defendants. The states of Oregon, "
        "Nevada, Rhode Island, and Washington sued.",
        {DC, OREGON, NEVADA, RHODE_ISLAND, WASHINGTON},
    ),
    ("a title before a name still makes a person", "Justice Carson wrote the opinion.", set()),
    (
        "Washington as the federal government",
        "Sheriffs resent the pressure coming out of Washington on local jails.",
        set(),
    ),
    (
        "a state as the adjective of a plural government word",
        "It adds nothing to the authority under the federal or Georgia Constitutions or any statute.",
        {GEORGIA},
    ),
    ("two states sharing one government word", "The Iowa and Ohio Constitutions differ.", {IOWA, OHIO}),
    ("a state's name as a given name", "Georgia Hollis spoke at the meeting.", set()),
    ("a team's plural is no government word", "The Kansas City Chiefs won.", set()),
]


CITY_OFFICES: list[tuple[str, str, set[str]]] = [
    (
        "a city's council in the state the text names",
        "The Boulder City Council voted on Tuesday; Colorado law allows such a measure.",
        {BOULDER, COLORADO},
    ),
    (
        "the same words in the other city's state",
        "The Boulder City Council voted on Tuesday in Nevada.",
        {NEVADA_BOULDER_CITY, NEVADA},
    ),
    ("no state named: the name as written", "Carson City Council members spoke.", {CARSON_CITY}),
    (
        "the shorter city's council in its state",
        "The Carson City Council in California met.",
        {CARSON, "06"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUALIFYING_STATES)
def test_states_that_only_qualify(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), WEB_ADDRESSES)
def test_web_addresses(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), FOREIGN_CITIES)
def test_foreign_cities(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), TITLES_AND_GOVERNMENT_WORDS)
def test_titles_and_government_words(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), CITY_OFFICES)
def test_city_offices_of_a_shorter_name(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label
