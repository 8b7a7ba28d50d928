"""find_jurisdictions: a town's own agency in the one state a text names; a title-case dateline on a
text's first line; a sheriff's station named for its city; a state or city opening a government body's
name whose next word looks like a surname; a state before a lower-case "county" meaning any of its
counties; a state after "Union of". Texts written for these tests."""

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
    # --- a town's own agency, in the only state the text names, outweighs a famous namesake
    (
        "own-police-in-sole-state",
        "Members of the Lincoln Police Department shall respect the Alabama constitution.",
        {"0143120", "01"},
    ),
    (
        "bare-name-still-the-famous-city",
        "In Alabama, residents of Lincoln worried about the new rule.",
        {"01", "3128000"},
    ),
    (
        "two-states-keep-the-famous-city",
        "Officers from Alabama and Nebraska met; the Lincoln Police Department hosted them.",
        {"01", "31", "3128000"},
    ),
    # --- a title-case dateline on the text's first line
    (
        "title-case-dateline-washington",
        "Washington — The agency warned three states this week about detainers in Ohio.",
        {"11", "39"},
    ),
    (
        "title-case-dateline-city",
        "Tucson — The council voted on Monday to end the agreement with the county.",
        {"0477000"},
    ),
    ("title-case-line-without-a-sentence", "Washington — 12 requests\nOhio — 3 requests", {"39"}),
    (
        "washington-later-in-running-text-is-federal",
        "The county voted.\nWashington — The agency warned three states this week about detainers.",
        set(),
    ),
    # --- a sheriff's or police post named for its city
    (
        "sheriff-station-in-policing-text",
        "Deputies assigned to Lancaster Station shall release inmates held on detainers in California.",
        {"0640130", "06"},
    ),
    ("railway-station-elsewhere", "The train left Lancaster Station at noon, bound for Ohio.", {"39"}),
    # --- a name opening a government body's name whose next word looks like a surname
    (
        "state-opens-council-name",
        "Any peace officer certified by the Georgia Peace Officer Standards and Training Council may act.",
        {"13"},
    ),
    (
        "city-opens-detention-center-name",
        "Officers at the Manassas Regional Adult Detention Center in Virginia hold detainees.",
        {"5148952", "51"},
    ),
    ("given-name-before-the-board", "Georgia Peace and the Board met on Monday.", set()),
    # --- a state before a lower-case "county" is the state, the county any of its counties
    ("state-county-jails", "Officials at 22 Iowa county jails stopped honoring requests.", {"19"}),
    ("a-state-county-sheriff", "An Ohio county sheriff refused the request.", {"39"}),
    ("capitalized-county-kind-word", "Iowa County officials in Wisconsin refused.", {"55049", "55"}),
    # --- a state after "Union of" is an organization's, not a mention
    (
        "civil-liberties-union-of-state",
        "The American Civil Liberties Union of Maryland sued the county.",
        set(),
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout12_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
