"""A state's postal code set before a county agency's name as a label ("CO El Paso County Sheriff's
Office"), and "City of X, State" whose long form is another state's township's name ("City of
Orange" is a New Jersey township; "City of Orange, California" is the city of Orange).

Passages written for this file; each table holds the negatives that keep other readings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

TEXAS, COLORADO, CALIFORNIA = "48", "08", "06"
EL_PASO_CO, EL_PASO_TX, HARRIS_TX, PINELLAS_FL = "08041", "48141", "48201", "12103"
ORANGE_CA, ORANGE_TX, CITY_OF_ORANGE_NJ, ORANGE_CT = "0653980", "4854132", "3401313045", "0900957600"


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


def _found(text: str, census: Gazetteer) -> set[str]:
    return {j.geoid for j in find_jurisdictions(text, census)}


POSTAL_PREFIXES: list[tuple[str, str, set[str]]] = [
    (
        "a list of agencies, each labelled by its state, in a text about Texas",
        "Agencies in the Texas program:\nTX Harris County Sheriff's Office\nCO El Paso County Sheriff's Office\n"
        "FL Pinellas County Sheriff's Office\n",
        {TEXAS, HARRIS_TX, EL_PASO_CO, PINELLAS_FL},
    ),
    (
        "the label in running text",
        "Texas officials spoke first. Then the CO El Paso County Sheriff's Office signed the agreement.",
        {TEXAS, EL_PASO_CO},
    ),
    (
        "a jail of the county",
        "Texas officials spoke first. Inmates of the CO El Paso County Jail were moved.",
        {TEXAS, EL_PASO_CO},
    ),
    (
        "without the label the text's state decides",
        "Texas officials spoke first. Then the El Paso County Sheriff's Office signed the agreement.",
        {TEXAS, EL_PASO_TX},
    ),
    (
        "no agency after the county: the capitals label nothing",
        "Texas officials spoke first. CO El Paso County residents were not asked.",
        {TEXAS, EL_PASO_TX},
    ),
    (
        "a state with no county of that name is no label",
        "Texas officials spoke first. An NC El Paso County Sheriff's Office sign hung there.",
        {TEXAS, EL_PASO_TX},
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in POSTAL_PREFIXES], ids=[c[0] for c in POSTAL_PREFIXES]
)
def test_postal_code_before_county_agency(text: str, expected: set[str], census: Gazetteer) -> None:
    assert _found(text, census) == expected


CITY_OF_STATE: list[tuple[str, str, set[str]]] = [
    (
        "the city of that name in the state written after it",
        "The City of Orange, California adopted a budget.",
        {ORANGE_CA},
    ),
    ("an abbreviated state", "The City of Orange, Calif., adopted a budget.", {ORANGE_CA}),
    ("another state's city of that name", "The City of Orange, Texas adopted a budget.", {ORANGE_TX}),
    ("a postal code in parentheses", "The City of Orange (CA) adopted a budget.", {ORANGE_CA}),
    ("in capitals", "RESOLUTION OF THE CITY OF ORANGE, CALIFORNIA", {ORANGE_CA}),
    ("a town of the state", "The Town of Orange, Connecticut voted on the budget.", {ORANGE_CT}),
    # the long name is the state's own: it stays
    (
        "the township whose name begins with 'City of'",
        "The City of Orange, New Jersey adopted a budget.",
        {CITY_OF_ORANGE_NJ},
    ),
    # a lower-case kind word was never part of the name
    ("lower-case city", "The city of Orange, California, adopted a budget.", {ORANGE_CA}),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CITY_OF_STATE], ids=[c[0] for c in CITY_OF_STATE]
)
def test_city_of_name_with_state(text: str, expected: set[str], census: Gazetteer) -> None:
    assert _found(text, census) == expected
