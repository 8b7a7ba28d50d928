"""find_jurisdictions: a surname after a given name and a middle initial, whatever office word follows
it; a state before an accrediting body's name; a list of county names sharing the last item's
"County"; a town's three-word name; a county's superior court; a line of state postal codes.
Texts written for these tests."""

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
    # --- a given name and a middle initial make the next name a surname, even before an office word
    (
        "initial-then-surname-before-chairman",
        "The Honorable Peter Q. Culberson Chairman of the subcommittee received the letter.",
        set(),
    ),
    (
        "initial-then-surname-before-sheriff",
        "The memo went to Dana R. Multnomah Sheriff of the department.",
        set(),
    ),
    ("county-only-name-before-sheriff-still-county", "The Multnomah Sheriff spoke on Monday.", {"41051"}),
    ("city-before-mayor-still-city", "Former Chicago Mayor Ann Smith spoke.", {"1714000"}),
    # --- an accrediting body is a private organization, its state no mention
    (
        "state-accreditation-standards",
        "OHIO POLICE ACCREDITATION STANDARDS REFERENCED: 4.1, 4.2",
        set(),
    ),
    (
        "state-accreditation-commission",
        "The Florida Police Accreditation Commission reviewed the department.",
        set(),
    ),
    ("state-police-still-state", "The Ohio State Highway Patrol arrested him.", {"39"}),
    # --- "A, B and C County": the last item's county word is every item's
    (
        "county-list-sharing-county-word",
        "Oregon sheriffs will follow Washington, Clackamas and Multnomah County sheriff's agencies.",
        {"41", "41005", "41051", "41067"},
    ),
    (
        "two-item-county-list-sharing-county-word",
        "Deputies in Washington and Multnomah County stopped honoring holds, Oregon officials said.",
        {"41", "41051", "41067"},
    ),
    (
        "city-before-county-stays-a-city",
        "Officials in Salem and Marion County met in Oregon.",
        {"41", "41047", "4164900"},
    ),
    # --- a name of three words or more that only one town bears is that town, with no state named
    (
        "unique-three-word-town",
        "A resolution St. Louis Park adopted in December backs the St. Louis Park community.",
        {"2757220"},
    ),
    ("unique-two-word-town-still-needs-its-government", "The Shaker Heights community met.", set()),
    # --- "<county name> Superior Court" is the county's trial court
    (
        "superior-court-named-for-county",
        "A Lake Superior Court ruling this week lets Indiana towns limit cooperation.",
        {"18", "18089"},
    ),
    ("the-lake-is-no-county", "Boats crossed Lake Superior toward Michigan.", {"26"}),
    ("state-superior-court-is-the-state", "The New Jersey Superior Court ruled.", {"34"}),
    # --- a line of state postal codes (a flattened table's column) places its ambiguous counties
    (
        "code-row-places-ambiguous-counties",
        "AL CO MD GA\nEtowah County Sheriff's Office\nEl Paso County Sheriff's Office\n"
        "Frederick County Sheriff's Office\nCobb County Sheriff's Office",
        {"01055", "08041", "13067", "24021"},
    ),
    (
        "code-row-with-texas-takes-texas",
        "TX AL GA VA\nEl Paso County Sheriff's Office\nFrederick County Sheriff's Office",
        {"48141", "51069"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout13_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
