"""find_jurisdictions: a weekly named "<City> City Paper" is a newspaper, its "City" no council's;
"in Washington" in a sentence about one state ("across the state") is the state when the text names
Washington the state and never the capital; a town the population table lacks, standing where a
place does, in the one state the text names; a county many states have, in a text naming no state, is
the one of the state whose big city an institution's name carries; "<County> Circuit Court" is the county's court. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

DC, WA, NEWPORT_VT = "11", "53", "5048850"


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


CASES: list[tuple[str, str, set[str]]] = [
    # --- a newspaper whose name runs "<Place> City Paper" / "City Pages"
    ("city-paper", "The District council met. Last May, Washington City Paper reported the count.", set()),
    ("city-paper-the", "A reporter for the Baltimore City Paper asked Mayor Jo Reel.", set()),
    ("city-pages", "The Twin Cities weekly, Denver City Pages, ran the story.", set()),
    ("newspaper-word", "The Washington Newspaper Guild filed a brief.", set()),
    # negatives: a government's policy paper; the city's own council
    ("white-paper", "The Baltimore City White Paper on jails was released.", {"2404000"}),
    ("city-council-stays", "The Baltimore City Council voted.", {"2404000"}),
    ("state-agency-stays", "The Washington State Patrol said so.", {WA}),
    # --- "in Washington" in a sentence about one state, in a story about the state
    (
        "in-washington-across-the-state",
        "The Washington Legislature passed the act. It helps workers in Washington and families across the state.",
        {WA},
    ),
    (
        "in-washington-this-state",
        "The Washington Legislature passed it. Nearly one in six people in Washington, in this state alone, are immigrants.",
        {WA},
    ),
    (
        "in-washington-statewide",
        "The Washington Legislature passed it. Schools in Washington will apply the rule statewide.",
        {WA},
    ),
    (
        "in-washington-states-possessive",
        "The Washington Legislature voted. Farms in Washington are the state's largest employers.",
        {WA},
    ),
    # negatives: the capital's sentences, another state, a story naming the District
    (
        "in-washington-congress",
        "The Washington Legislature passed it. Lawmakers in Washington want to punish states like it.",
        {WA, DC},
    ),
    (
        "in-washington-state-of-other",
        "The Washington Legislature passed it. Officials in Washington sued the state of Texas.",
        {WA, DC, "48"},
    ),
    (
        "in-washington-dc-named",
        "The Washington Legislature passed it. D.C. officials agreed. Workers in Washington and across the state cheered.",
        {WA, DC},
    ),
    # --- a town too small for the population table, in the one state the text names
    ("small-town-after-in", "Vermont officials met. Agents detained ten workers in Newport.", {"50", NEWPORT_VT}),
    ("small-town-after-near", "Vermont officials met. A raid near Newport followed.", {"50", NEWPORT_VT}),
    ("small-town-own-police", "Vermont officials met. Newport police agreed.", {"50"}),  # decided elsewhere
    # negatives: a second state named; no place's position; another state whose namesake is larger
    ("small-town-two-states", "Vermont officials met. Agents detained workers in Newport. Maine agreed.", {"50", "23"}),
    ("small-town-no-locative", "Vermont officials met. Newport is far.", {"50"}),
    ("small-town-other-state", "Ohio officials met. Agents detained ten workers in Newport.", {"39"}),
    # --- a county many states have, in a text naming no state: a big city inside an institution's name
    (
        "county-by-hospital-city",
        "Deputies in Warren County met. A nurse at Cincinnati Children's Hospital spoke of Butler County.",
        {"39165", "39017"},
    ),
    ("county-by-university-city", "The University of Cincinnati hosted Warren County deputies.", {"39165"}),
    ("county-by-museum-city", "Staff of the Indianapolis Museum of Art met Hamilton County deputies.", {"18057"}),
    # negatives: a newspaper's city (a national paper is read anywhere); a person's name; no hint
    ("county-newspaper-city", "Deputies in Warren County met. The Cincinnati Enquirer reported it.", {"36113"}),
    ("county-person-named-city", "Deputies in Warren County met. Mayor Cincinnati Reel spoke.", {"36113"}),
    ("county-no-hint", "Deputies in Warren County met.", {"36113"}),
    # --- a circuit court named for its county without the county word
    ("circuit-court-county", "Alabama officials met. Pat Reel sued in Montgomery Circuit Court.", {"01", "01101"}),
    ("circuit-court-judge", "Michigan officials met. Wayne Circuit Court Judge Pat Reel ruled.", {"26", "26163"}),
    ("circuit-court-virginia", "A Fairfax Circuit Court judge in Virginia ruled.", {"51", "51059"}),
    # negatives: a federal circuit by number; the city's own council stays the city
    ("numbered-circuit", "The Seventh Circuit Court of Appeals ruled.", set()),
    ("city-council-not-court", "Alabama officials met. The Montgomery City Council voted.", {"01", "0151000"}),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_finds_exactly(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
