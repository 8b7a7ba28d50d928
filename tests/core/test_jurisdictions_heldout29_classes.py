"""find_jurisdictions: a dotted state abbreviation before its own legislature or legislator ("the N.C.
House voted", "S.C. Rep. Jo Lee") is the state; a jail or courthouse named for a person ("the Hal
Dawson Detention Center") names no county; a capitalized code hyphenated into a number at a line's
start ("ORD-17-02") is no dateline; a small town whose own police department is named ("the Avalon
Police Department", a letterhead's "AVALON POLICE DEPARTMENT") is that town of the state the text
names; a county glued to its kind by a PDF's text layer ("ClaytonCounty Attorney") is that county of
the state the text names; in a text citing the RCW, a bare "Washington" is the state. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


NORTH_CAROLINA, SOUTH_CAROLINA, VIRGINIA, NEW_JERSEY, PENNSYLVANIA = "37", "45", "51", "34", "42"
AVALON_NJ, WASHINGTON, DC = "3402320", "53", "11"
IOWA, CLAYTON_IA, LINN_IA = "19", "19043", "19113"
TENNESSEE, CANNON_TN, GWINNETT, DONA_ANA, MESA = "47", "47015", "13135", "35013", "0446000"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a dotted abbreviation before the state's chamber or a legislator's title
    (
        "house-of-representatives",
        "The N.C. House of Representatives voted 60-50 on the bill.",
        {NORTH_CAROLINA},
    ),
    ("senate", "The S.C. Senate passed the measure late Tuesday.", {SOUTH_CAROLINA}),
    ("representative-title", "N.C. Rep. Jo Farrant, a Republican, filed it.", {NORTH_CAROLINA}),
    ("senator-title", "N.J. Sen. Ada Pellow objected to the amendment.", {NEW_JERSEY}),
    ("general-assembly", "The Va. General Assembly adjourned without a vote.", {VIRGINIA}),
    ("legislature", "The Pa. Legislature met in a special session.", {PENNSYLVANIA}),
    ("house-bill", "N.C. House Bill 99 would require the holds.", {NORTH_CAROLINA}),
    ("house-of-delegates", "The Va. House of Delegates sent it on.", {VIRGINIA}),
    # --- negatives: a statute or reporter citation after the abbreviation
    ("statute-citation", "See N.C. Gen. Stat. § 15A-401 for the rule.", set()),
    ("reporter-citation", "The court cited 45 Ga. 123 in its order.", set()),
    ("house-document", "The report, Va. House Doc. No. 12, was cited.", set()),
    # --- a facility named for a person
    ("detention-center-named", "Inmates were held at the Al Cannon Detention Center, deputies said.", set()),
    ("justice-complex-named", "The hearing was at the Hal Cannon Justice Complex on Monday.", set()),
    ("correctional-facility-named", "He was moved to the Roy Cannon Correctional Facility.", set()),
    # --- negatives: the county's own facility, with or without its kind word
    ("county-detention-center", "Inmates were held at the Cannon County Detention Center.", {CANNON_TN}),
    ("bare-county-detention-center", "The Gwinnett Detention Center holds 2,000 people.", {GWINNETT}),
    ("two-word-county-facility", "The Dona Ana Detention Center held him.", {DONA_ANA}),
    (
        "article-before-county-facility",
        "At Cannon Detention Center in Tennessee, the sheriff said.",
        {TENNESSEE, CANNON_TN},
    ),
    # --- a small town's own police department, in the state the text names
    (
        "police-department-letterhead",
        "STANDARDS\n\nAVALON POLICE DEPARTMENT\nGeneral Order 5\nThe New Jersey Attorney General issued it.",
        {NEW_JERSEY, AVALON_NJ},
    ),
    (
        "police-department-title-case",
        "The Avalon Police Department follows the New Jersey directive.",
        {NEW_JERSEY, AVALON_NJ},
    ),
    (
        "police-dept-abbreviated",
        "The Avalon Police Dept. follows the New Jersey directive.",
        {NEW_JERSEY, AVALON_NJ},
    ),
    # --- negatives: no state named; only "police"; a lower-case department
    ("police-department-no-state", "The Avalon Police Department follows the directive.", set()),
    ("police-only", "Avalon police said the New Jersey directive applies.", {NEW_JERSEY}),
    (
        "police-department-lower-case",
        "The Avalon police department follows the New Jersey directive.",
        {NEW_JERSEY},
    ),
    # --- Washington in a text that cites the state's code
    (
        "rcw-possessive",
        "The group must improve Washington's ability to keep workers under RCW 43.330.040.",
        {WASHINGTON},
    ),
    ("rcw-object", "The group must work to keep Washington working (RCW 43.330.040).", {WASHINGTON}),
    ("rcw-statewide", "Under RCW 43.17.420, a Washington statewide council meets yearly.", {WASHINGTON}),
    # --- negatives: a person, a newspaper, no code cited, the capital written out
    ("rcw-person", "Under RCW 43.330.040 the group reports. George Washington said so.", set()),
    ("rcw-newspaper", "Under RCW 43.330.040 the group reports to the Washington Post.", set()),
    ("no-code-possessive", "The group must improve Washington's ability to keep workers.", set()),
    ("rcw-capital", "Under RCW 43.330.040 the group met, then flew to Washington, D.C. to lobby.", {DC}),
    # --- a county glued to its kind before the county's office
    (
        "glued-county-attorney",
        "JO ROE, as Attorney General of the State of Iowa; and ZED POE, as ClaytonCounty Attorney, Defendants.",
        {IOWA, CLAYTON_IA},
    ),
    ("glued-county-sheriff", "The Iowa law binds the LinnCounty Sheriff and others.", {IOWA, LINN_IA}),
    # --- negatives: no state named; no office after; no county of the name
    ("glued-county-no-state", "ZED POE, as ClaytonCounty Attorney, Defendants.", set()),
    ("glued-county-no-office", "In Iowa, the ClaytonCounty fair opened.", {IOWA}),
    ("glued-not-a-county", "The Iowa law lists a GreatCounty Board seat.", {IOWA}),
    # --- a record's code on its own line is no dateline
    ("ordinance-code", "ORDINANCE NO. ORD-17-02\n\nFirst Reading: March 6, 2017", set()),
    ("code-alone", "NO. ORD-17-02\n\nSecond reading held.", set()),
    # --- negatives: a real dateline's dash
    ("dateline-spaced-dash", "MESA - The council voted on Monday.", {MESA}),
    ("dateline-double-dash", "MESA -- The council voted on Monday.", {MESA}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_finds_exactly(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert {ref.geoid for ref in find_jurisdictions(text, census)} == expected
