"""find_jurisdictions: a place's name in a street address ("123 Madison St.", "40 N. Lincoln Dr")
is a street, while "St. Louis" and "Dr. Ruiz" after a place stay what they are; a state after "Civil
Liberties Union," or "ACLU-" names a private group's chapter, not the state (a city after it, in a
counsel's address, is still the city). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


MADISON_WI, ST_LOUIS, NV, ID, NYC = "5548000", "2965000", "32", "16", "3651000"
DENVER = "0820000"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a street address
    ("house-number-st-period", "Meetings are held at 77 Madison St. Parking is free.", set()),
    ("house-number-st-bare", "Mail forms to 2100 Madison St, Suite 4.", set()),
    ("house-number-direction-dr", "The clinic moved to 40 N. Denver Dr last spring.", set()),
    ("street-st-comma", "Turn left on Madison St., then go two blocks.", set()),
    ("street-pl-lowercase", "The office on Denver Pl. is closed.", set()),
    ("neg-saint-town", "She moved from Madison to St. Louis in 1990.", {MADISON_WI, ST_LOUIS}),
    ("neg-title-after", "In Denver Dr. Ana Ruiz spoke to the council.", {DENVER}),
    ("neg-plain-city", "The council of Madison, Wisconsin, met on Monday.", {MADISON_WI}),
    # --- a civil liberties group's state chapter
    ("aclu-comma-state", "Jo Quinlan of the American Civil Liberties Union, Nevada, objected.", set()),
    ("aclu-hyphen-state", "Lawyers for ACLU-Idaho filed the brief.", set()),
    ("aclu-comma-of", "A lawyer with the ACLU, of Nevada, spoke.", set()),
    ("neg-aclu-then-state", "The ACLU sued the state of Nevada last year.", {NV}),
    ("neg-aclu-city-address", "Ann Roe, ACLU, New York City, for the amici.", {NYC}),
    ("neg-state-after-sentence", "Ann Roe joined the ACLU. Idaho officials declined to comment.", {ID}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout23_classes(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
