"""find_jurisdictions: a list of bare names after a county office's plural is a list of counties
when the office is named by its offices or departments ("county sheriffs' offices—A, B and C") and
when a dash or a parenthesis touches the first name; a wire dateline may leave out the comma before
its state ("LINCOLN Neb. –"). Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


WISCONSIN, OHIO, TEXAS = "55", "39", "48"
WALWORTH, BROWN_WI, KENOSHA_CO, SAUK, KENOSHA_CITY = "55127", "55009", "55059", "55111", "5539225"
LINCOLN_NE, DOUGLAS_NE, OMAHA, SALEM_OR, SPRINGFIELD_IL = "3128000", "31055", "3137000", "4164900", "1772000"
FRANKLIN_OH, SUMMIT_OH, HARRIS, TRAVIS, BEXAR = "39049", "39153", "48201", "48453", "48029"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a county office's plural named by its offices, a dash touching the first name
    (
        "sheriffs-offices-dash-touching",
        "The suit names five Wisconsin county sheriffs' offices—Walworth, Brown, Kenosha, and Sauk—as parties.",
        {WISCONSIN, WALWORTH, BROWN_WI, KENOSHA_CO, SAUK},
    ),
    (
        "sheriffs-departments-parenthesis",
        "The suit names two Ohio county sheriffs’ departments (Franklin and Summit) as respondents.",
        {OHIO, FRANKLIN_OH, SUMMIT_OH},
    ),
    (
        "jails-colon",
        "Three Texas county jails: Harris, Travis and Bexar refused the holds.",
        {TEXAS, HARRIS, TRAVIS, BEXAR},
    ),
    (
        "offices-en-dash-spaced",
        "Two Wisconsin county sheriffs' offices – Walworth and Sauk – declined.",
        {WISCONSIN, WALWORTH, SAUK},
    ),
    # --- negatives: people after the dash; one place after a preposition stays the city
    ("officials-people", "The county officials—Mary Brown and Tom Hall—spoke at length.", set()),
    (
        "offices-then-preposition",
        "Several Wisconsin county sheriffs' offices—in Kenosha, for one—refused.",
        {WISCONSIN, KENOSHA_CITY},
    ),
    # --- a dateline without the comma before its state
    ("dateline-no-comma", "LINCOLN Neb. – Douglas County voted on Monday.", {LINCOLN_NE, DOUGLAS_NE}),
    ("dateline-no-comma-em-dash", "OMAHA Neb. — The council voted on Monday.", {OMAHA}),
    ("dateline-no-comma-wire", "SALEM Ore. (AP) — The council voted on Monday.", {SALEM_OR}),
    ("dateline-no-comma-after-lines", "Press release\n\nSPRINGFIELD Ill. - The board voted.", {SPRINGFIELD_IL}),
    # --- negatives: a capitalized word that is no state after the capitals
    ("no-state-after-capitals", "CITY Hall — The council voted on Monday.", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_finds_exactly(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert {ref.geoid for ref in find_jurisdictions(text, census)} == expected
