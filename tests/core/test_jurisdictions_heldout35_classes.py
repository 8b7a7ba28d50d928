"""Lists of counties after a typed dash or with one garbled item, a state's sheriffs' association,
a state in parentheses after a local agency, a county named by apposition after "the state's largest
county", a bare county named by its prosecutors, states' nicknames, an office's abbreviated state in
a case name, an unnumbered Senate File and a federal agency's seat.

Passages written for this file; each class has negatives.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


CASES: list[tuple[str, str, set[str]]] = [
    # --- a list of counties after a spaced hyphen, an en dash, "namely" or a colon
    (
        "county-list-spaced-hyphen",
        "Auditors said Lane and four other Oregon counties - Marion, Polk, Benton, Linn -qualified.",
        {"41", "41003", "41043", "41047", "41053"},
    ),
    (
        "county-list-en-dash",
        "Auditors named three Texas counties – Hidalgo, Cameron and Starr – as late.",
        {"48", "48061", "48215", "48427"},
    ),
    (
        "county-list-namely",
        "Auditors named several Iowa counties, namely Polk, Story and Boone, as late.",
        {"19", "19015", "19153", "19169"},
    ),
    # --- one word no county bears inside a long list of counties does not end it
    (
        "county-list-stray-unknown-word",
        "A state list flagged nine Kansas counties, including Reno, Barton, Ellis, Ford, Quill, Seward, and Stevens.",
        {"20", "20009", "20051", "20057", "20155", "20175", "20189"},
    ),
    (
        "county-list-stray-such-as",
        "The list named Nebraska counties, such as Custer, Dawson, Hall, Zorbin, Buffalo and Adams.",
        {"31", "31001", "31019", "31041", "31047", "31079"},
    ),
    (
        "county-list-stray-too-early",
        "Nebraska counties, including Custer, Zorbin, Hall passed.",
        {"31", "31041"},
    ),
    # --- a state's sheriffs' association is a private body, a plural's possessive or not
    ("sheriffs-association-apostrophe", "The Texas Sheriffs' Association opposed the bill.", set()),
    ("sheriffs-association-curly", "The Oregon State Sheriffs’ Association opposed the bill.", set()),
    ("sheriffs-association-singular", "The Ohio Sheriff's Association opposed the bill.", set()),
    ("sheriffs-lower-case-stays-state", "Texas sheriffs' deputies opposed the bill.", {"48"}),
    # --- a state in parentheses after a local agency qualifies it
    (
        "agency-state-in-parentheses",
        "Officers at the Orlando Police Department (Florida) signed the agreement.",
        {"1253000"},
    ),
    ("state-in-parentheses-after-no-agency", "The law (Florida) applies statewide.", {"12"}),
    # --- "the state's largest county, Milwaukee, ...": the county
    (
        "apposition-state-largest-county",
        "In Wisconsin, the state's largest county, Milwaukee, has no policy.",
        {"55", "55079"},
    ),
    (
        "apposition-possessive-most-populous",
        "In Ohio, Ohio's most populous county, Franklin, signed on.",
        {"39", "39049"},
    ),
    (
        "apposition-second-largest",
        "In Texas, the state’s second-largest county, Dallas, declined.",
        {"48", "48113"},
    ),
    (
        "apposition-largest-city-stays-city",
        "Wisconsin leaders said the largest city, Milwaukee, has no policy.",
        {"55", "5553000"},
    ),
    # --- a bare name before a county's officers, in a state with that county and no such town
    (
        "county-prosecutors",
        "Massachusetts officials said Suffolk prosecutors dropped the case.",
        {"25", "25025"},
    ),
    (
        "county-da-office",
        "Massachusetts officials said the Bristol DA's office dropped the case.",
        {"25", "25005"},
    ),
    (
        "prosecutors-in-state-with-the-city",
        "Virginia officials said Suffolk prosecutors dropped the case.",
        {"51", "5176432"},
    ),
    (
        "city-police-stays-city",
        "Massachusetts officials said Springfield police held him.",
        {"25", "2567000"},
    ),
    # --- a state's nickname names no county or town
    ("nickname-peach-state", "The Peach State governor signed the bill in Georgia.", {"13"}),
    ("nickname-bay-state", "Lawmakers in the Bay State debated the bill.", set()),
    ("nickname-pair", "The Keystone State and the Buckeye State differ.", set()),
    ("nickname-word-as-county", "Peach County officials met in Georgia.", {"13", "13225"}),
    # --- a case name's office abbreviates its state
    (
        "case-governor-of-abbreviated-state",
        "The court cited Acme Union v. Governor of Ga., 691 F.3d 1250 (11th Cir. 2012).",
        {"13"},
    ),
    (
        "case-commonwealth-of-abbreviated-state",
        "The court cited Roe v. Commonwealth of Pa., 1 A.3d 2 (Pa. 2010).",
        {"42"},
    ),
    (
        "case-university-of-abbreviated-state",
        "The court cited Roe v. Bd. of Regents of Univ. of Ga., 1 F.3d 2.",
        set(),
    ),
    # --- "S.F." before a bill's number or its blank is a Senate File
    ("senate-file-blank", "S.F. _____ Section 1. The Iowa Senate passed it.", {"19"}),
    ("senate-file-parenthesized", "Senate File (S.F.) 481 passed in Iowa.", {"19"}),
    ("sf-city", "S.F. police said so.", {"0667000"}),
    # --- a federal agency "in Washington" is the federal government's seat
    (
        "agency-in-washington",
        "Jo Quill, a director at ICE in Washington, came to the Raleigh event.",
        {"3755000"},
    ),
    ("agency-officials-in-washington", "DHS officials in Washington approved it.", set()),
    ("testified-in-washington-stays", "Jo Quill testified in Washington last week.", {"11"}),
    # --- a bare name with namesakes in two named states: the state the text dwells on
    (
        "namesakes-in-two-states-dwelt-on",
        "COLUMBIA – Gov. Jo Quill wants action in South Carolina. Jails differ in places, including"
        " Greenville and Anderson. South Carolina jails differ. For Georgia, South Carolina and North"
        " Carolina, 12 people left.",
        {"13", "37", "45", "4501360", "4516000", "4530850"},
    ),
    (
        "namesakes-in-two-states-other-way",
        "RALEIGH – North Carolina jails differ in Greenville. North Carolina and South Carolina officials"
        " met. North Carolina lawmakers agreed.",
        {"37", "45", "3728080", "3755000"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout35_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
