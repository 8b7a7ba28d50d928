"""find_jurisdictions: a case caption's "versus" written in capitals ("V.", "Vs.", "VS.") is no middle
initial; the surnames a bill's sponsor line lists are legislators, not towns; in capitals, a county's name that is a common noun after an article ("ANY
PERSON CONFINED IN A JAIL") is the noun. Texts written for these tests."""

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
    # --- a caption's capitalized "V." between a city and a government party
    (
        "capital-v-city-of-before-state",
        "The panel followed City of El Cenizo V. Texas last spring.",
        {"4822905", "48"},
    ),
    ("capital-vs-city-of", "The panel followed City of Laredo VS. Texas last spring.", {"4841464", "48"}),
    ("mixed-vs-state-of", "The panel followed City of El Cenizo Vs. State of Texas.", {"4822905", "48"}),
    (
        "capital-v-all-caps-caption",
        "THE PANEL FOLLOWED CITY OF EL CENIZO V. TEXAS IN MARCH.",
        {"4822905", "48"},
    ),
    ("capital-v-united-states", "The judge cited Boise V. United States twice.", {"1608830"}),
    ("capital-vs-major-city", "The judge cited Chicago VS. Sessions twice.", {"1714000"}),
    # --- negatives: a middle initial stays a person's
    ("middle-initial-v-person", "Austin V. Gibson spoke to the press on Monday.", set()),
    ("middle-initial-v-before-surname", "Boise V. Harlan, a local farmer, spoke.", set()),
    ("bare-small-party-capital-v", "The ruling in Marfa V. Texas stood.", {"48"}),
    # --- a bill's sponsor line: the legislators' surnames are no towns
    ("sponsor-by-plural-title", "By: Representatives Hollis, Garvin, Moore, Oliver", set()),
    ("sponsor-label-abbreviated-title", "Sponsors: Reps. Hollis, Garvin, Moore and Willis", set()),
    ("sponsor-sponsored-by-senators", "Sponsored by Senators Hollis and Moore.", set()),
    ("sponsor-all-caps", "BY SENATORS HOLLIS, MOORE, GARVIN", set()),
    ("sponsor-co-sponsors-label", "Co-sponsors: Hollis, Norman, Garvin", set()),
    ("sponsor-delegates", "Introduced by Delegates Hollis, Garvin, Moore", set()),
    ("sponsor-line-then-state", "By: Sens. Hollis, Moore\n\nAN ACT relating to Oklahoma.", {"40"}),
    ("sponsor-plural-title-colon", "REPRESENTATIVES: Hollis, Moore, Garvin", set()),
    ("sponsor-title-s-parenthesized", "By Representative(s) Moore and Hollis", set()),
    ("sponsor-caps-title-s-colon", "SENATOR(S): MOORE, HOLLIS", set()),
    # --- negatives: places near such words stay places
    ("senate-colon-then-town", "The Senate: Moore hosted the senators.", {"4049200"}),
    ("senators-travel-to-town", "Senators Hollis and Garvin traveled to Moore on Friday.", {"4049200"}),
    ("representatives-from-towns", "Representatives from Moore and Tulsa met.", {"4049200", "4075000"}),
    (
        "house-of-representatives-address",
        "Oklahoma House of Representatives Moore, OK 73160",
        {"40", "4049200"},
    ),
    ("sponsoring-body-keeps-place", "Sponsors: Moore Police Department", {"4049200"}),
    # --- capitals: a county-only name that is a noun after its article
    ("caps-article-noun-then-a-jail", "TO REPORT THE STATUS OF ANY PERSON CONFINED IN A JAIL.", set()),
    ("caps-article-noun-held-in-jail", "TO NOTIFY THE SHERIFF OF ANY PERSON HELD IN JAIL.", set()),
    ("caps-each-noun-detention", "EACH PERSON DETAINED IN A DETENTION FACILITY IS SCREENED.", set()),
    ("caps-noun-then-state", "A PERSON BOOKED IN A JAIL IN NORTH CAROLINA.", {"37"}),
    # --- negatives: the county stays where its word or office follows
    ("caps-county-word-kept", "THE PERSON COUNTY JAIL SHALL REPORT.", {"37145"}),
    ("caps-article-then-sheriff-kept", "A MULTNOMAH SHERIFF'S DEPUTY SAID SO.", {"41051"}),
    ("title-case-county-jail-kept", "The Person jail released him on Friday.", {"37145"}),
    ("caps-body-run-still-government", "THE GWINNETT REGIONAL DETENTION CENTER OPENED.", {"13135"}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout16_classes(text: str, expected: set[str], census: Gazetteer) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected
