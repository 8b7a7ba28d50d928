"""find_jurisdictions: a court division's seat set in capitals ("DISTRICT OF GEORGIA, STATESBORO
DIVISION") is the town; a public school district's name ("Kerman Unified School District", "Katy
ISD") names the one town of that name; a caption's party sued "Individually" or "in his official
capacity" is a person, capitals or not; an address's "New York" before a Manhattan ZIP code is the
city, and "Washington" before a District ZIP code or after a street's quadrant ("K Street, N.W.") is
the District; a postal code before a bill's number ("CT HB 12") is its state; a federal prison's code
("FCI Sheridan") comes before its town. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


GA, STATESBORO, GAINESVILLE_GA = "13", "1373256", "1331908"
TX, SHERMAN_TX, KATY = "48", "4867496", "4838476"
CA, KERMAN, IRVINE = "06", "0638226", "0636770"
WA, ISSAQUAH = "53", "5333805"
NYC, NY, DC = "3651000", "36", "11"
OR, SHERIDAN_OR = "41", "4167050"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a court division's seat, in capitals as captions are
    ("division-same-line", "SOUTHERN DISTRICT OF GEORGIA STATESBORO DIVISION", {GA, STATESBORO}),
    ("division-comma", "SOUTHERN DISTRICT OF GEORGIA, STATESBORO DIVISION", {GA, STATESBORO}),
    (
        "division-next-line",
        "SOUTHERN DISTRICT OF GEORGIA\nSTATESBORO DIVISION\n\nANN ROE, Plaintiff,",
        {GA, STATESBORO},
    ),
    ("division-texas", "EASTERN DISTRICT OF TEXAS, SHERMAN DIVISION", {TX, SHERMAN_TX}),
    ("division-abbreviated-district", "N.D. Ga., GAINESVILLE DIVISION", {GA, GAINESVILLE_GA}),
    # negatives: no district before the division; a company's division
    ("division-no-district", "SHERMAN DIVISION", set()),
    ("division-of-a-firm", "THE SALES DIVISION OF THE FIRM", set()),
    # --- a school district named for the one town of its name
    ("school-district-capitals", "KERMAN UNIFIED SCHOOL DISTRICT\n\nBoard Policy 12\n\nStudents", {KERMAN}),
    ("school-district-title", "The Issaquah School District adopted the rule.", {ISSAQUAH}),
    ("school-district-number", "ISSAQUAH SCHOOL DISTRICT NO. 411", {ISSAQUAH}),
    ("public-schools", "Parents at Issaquah Public Schools were told.", {ISSAQUAH}),
    ("usd-acronym", "The Kerman USD board met on Monday.", {KERMAN}),
    ("isd-acronym", "Katy ISD said it would comply.", {KATY}),
    ("sd-number", "Issaquah SD 411 posted the notice.", {ISSAQUAH}),
    ("school-district-with-state", "The Kerman Unified School District in California agreed.", {KERMAN, CA}),
    # negatives: a surname before a school word; South Dakota's code before a ZIP; no school word
    ("surname-then-district", "Kerman said the school district would comply.", set()),
    ("person-then-district", "Dr. Ann Kerman, School District counsel, spoke.", set()),
    ("south-dakota-zip", "Ann Roe, 12 Main St, Kerman SD 57401", set()),
    ("bare-small-town", "Kerman agreed to the plan.", set()),
    # --- a caption's party sued in his own capacity is a person
    (
        "individually-capitals",
        "ANN ROE, Plaintiff, v. ELM COUNTY SHERIFF'S OFFICE; RANDALL NORMAN, Individually and in his "
        "Official Capacity; Defendants.",
        set(),
    ),
    ("official-capacity", "ANN ROE, Plaintiff, v. PETER IRVINE, in his official capacity as Sheriff.", set()),
    ("both-capacities", "ANN ROE v. BOB IRVINE, in his individual and official capacities", set()),
    ("sued-individually", "ANN ROE v. TOM IRVINE, sued individually", set()),
    # negatives: a city sued in its capacity; a city named with its kind word
    ("city-its-capacity", "ANN ROE v. CITY OF IRVINE, in its official capacity", {IRVINE}),
    ("city-lower-case", "Ann Roe sued the city of Irvine, in its official capacity.", {IRVINE}),
    # --- an address's "New York" before a Manhattan ZIP code, its state left out
    ("ny-zip-comma", "Ann Roe, Esq.\n125 Elm Street, 18th Floor\nNew York, 10004", {NYC}),
    ("ny-zip-no-comma", "125 Elm Street, New York 10004", {NYC}),
    ("ny-zip-state-named", "125 Elm Street\nNew York, New York 10004", {NYC}),
    # negatives: a year after the state's name; a ZIP code outside the city
    ("ny-year", "The New York 2024 budget passed.", {NY}),
    ("ny-upstate-zip", "New York, 12207 is not a city's ZIP code", {NY}),
    # --- "Washington" in an address of the District
    ("dc-quadrant-line", "Andy Roe, Esq.\n1700 Elm Street, N.W.\nWashington, 20006", {DC}),
    ("dc-quadrant-garbled-zip", "Andy Roe, Esq.\n1700 Elm Street, N.W.\nWashington,  2006", {DC}),
    ("dc-quadrant-inline", "1700 Elm Street NW, Washington 20006", {DC}),
    ("dc-zip-only", "Ann Roe\nWashington, 20530", {DC}),
    ("dc-avenue-se", "1200 Elm Ave. SE, Washington", {DC}),
    # negatives: the state's people; a state ZIP code
    ("wa-region-people", "Ann Roe met NW Washington residents.", {WA}),
    ("wa-state-word", "Officials in Washington state said so.", {WA}),
    # --- a postal code before one of its state's bills
    ("bill-text-ct", "Bill Text: CT HB07039 | 2015 | General Assembly", {"09"}),
    ("bill-text-tx", "Bill Text: TX SB4 | 2017 | 85th Legislature", {TX}),
    ("bill-code-is-word", "Bill Text: OR HB 3464 | 2017", {OR}),
    ("bill-in-list", "Ann Roe tracked NM SB 4 this year.", {"35"}),
    # negatives: all-capital prose; no state's code
    ("bill-capitals-prose", "THE HOUSE PASSED IN HB 1001", set()),
    ("bill-not-a-code", "Fill in the QA SB 12 form.", set()),
    # --- a federal prison named by its code and its town
    (
        "fci-caption",
        "District of Oregon. ANN ROE, Warden, FCI Sheridan Medium Security Prison; Defendants.",
        {OR, SHERIDAN_OR},
    ),
    ("fci-sentence", "In Oregon, detainees were moved to FCI Sheridan Detention Center.", {OR, SHERIDAN_OR}),
    # negatives: a person's name; no state named for a small namesake
    ("person-not-prison", "Tom Sheridan Medium said so.", set()),
    ("fci-no-state", "FCI Sheridan Medium Security Prison", set()),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout21_classes(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
