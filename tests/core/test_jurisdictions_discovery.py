"""find_jurisdictions: forms found on fresh public pages, tested on sentences written for these tests.

A count opening a sentence before a state that is also a given name ("Six Georgia counties"); a bare
mid-sized city's name that the sentence sets among counties ("Frederick is one of several Maryland
counties", "in both Frederick and Harford"); a list of counties whose last item is misspelled
("Arapahoe and Adam's counties"); a numbered column of bare names, most of them counties of a
state the text names ("1. Adams", "2. Mesa"); a table's code column before a row opening with the same
code ("AZ AZ Department of Corrections"); a newsroom's "Washington Bureau"; "the administration in Washington" as the federal
government; "in Washington" in a story about Washington the state."""

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
    # --- a count word before a state that is also a given name is no given name
    ("count-before-georgia", "Six Georgia counties signed agreements this spring.", {"13"}),
    ("count-before-virginia", "Three Virginia sheriffs joined the program.", {"51"}),
    ("count-before-indiana", "Twelve Indiana towns passed resolutions.", {"18"}),
    ("title-before-virginia-still-person", "Sen. Virginia Marsh spoke against the bill.", set()),
    ("given-name-before-georgia-still-person", "Mary Georgia Pruitt spoke against the bill.", set()),
    # --- a bare mid-sized city's name set among counties is the county the text names
    (
        "bare-name-is-one-of-the-counties",
        "Frederick County signed in March. Frederick is one of several Maryland counties in the program.",
        {"24021", "24"},
    ),
    (
        "bare-name-is-one-of-the-counties-without-county-word",
        "Frederick is one of several Maryland counties in the program.",
        {"24021", "24"},
    ),
    (
        "bare-name-county-possessive-stays-city",
        "Frederick was the county's largest city, Maryland officials said.",
        {"2430325", "24"},
    ),
    (
        "bare-name-beside-county-only-name",
        "Frederick County and Harford County signed in Maryland. In both Frederick and Harford the sheriff decides.",
        {"24021", "24025", "24"},
    ),
    (
        "bare-name-beside-town-stays-city",
        "Frederick County signed in Maryland. Frederick and Hagerstown officers met.",
        {"24021", "24", "2430325", "2436075"},
    ),
    (
        "bare-name-county-seat-stays-city",
        "Frederick County signed in Maryland. Frederick is the county seat.",
        {"24021", "24", "2430325"},
    ),
    (
        "bare-name-with-own-police-stays-city",
        "Frederick County signed in Maryland. Frederick police and Harford deputies agreed.",
        {"24021", "24", "2430325"},
    ),
    (
        "big-city-keeps-its-name",
        "Denver County settled in Colorado. Denver is one of the counties that refused.",
        {"0820000", "08"},
    ),
    # --- a list of counties whose last item names no county still makes the items before it counties
    (
        "list-ends-in-misspelled-possessive",
        "Other Colorado counties, like Arapahoe and Adam's counties, keep no count.",
        {"08", "08005"},
    ),
    (
        "list-ends-in-misspelled-county",
        "Colorado officials said Arapahoe, Mesa and Sedgewick counties keep no count.",
        {"08", "08005", "08077"},
    ),
    ("list-of-known-counties-unchanged", "Boulder and Weld counties refused.", {"08013", "08123"}),
    ("list-after-person-is-no-county", "Ann Lee and Bob's counties voted, Colorado officials said.", {"08"}),
    # --- a numbered column of bare names, mostly counties of a state the text names, is its counties
    (
        "numbered-column-of-county-names",
        "Colorado sheriffs who refuse ICE holds:\n\n  1. Adams\n  2. Mesa\n  3. Routt\n  4. Yuma\n  5. Otero\n",
        {"08", "08001", "08077", "08107", "08125", "08089"},
    ),
    (
        "bulleted-column-keeps-a-town-of-another-name",
        "Colorado sheriffs who refuse ICE holds:\n\n• Pitkin\n• Aurora Municipal\n• Moffat\n• Logan\n• Prowers\n",
        {"08", "08097", "0804000", "08081", "08075", "08099"},
    ),
    (
        "numbered-column-of-cities-stays-cities",
        "Texas cities that sued:\n\n1. Austin\n2. Dallas\n3. Houston\n4. San Antonio\n",
        {"48", "4805000", "4819000", "4835000", "4865000"},
    ),
    (
        "bulleted-column-of-towns-stays-towns",
        "Colorado cities that passed rules:\n\n- Denver\n- Aurora\n- Lakewood\n- Boulder\n",
        {"08", "0820000", "0804000", "0843000", "0807850"},
    ),
    (
        "column-of-states-stays-states",
        "States that sued:\n\n1. Oregon\n2. Washington\n3. Vermont\n4. Maine\n",
        {"41", "53", "50", "23"},
    ),
    # --- a table's column of state codes labels a row whose agency opens with the same code
    (
        "code-column-before-same-code-agency",
        "AZ Pima County Sheriff's Office\nAZ AZ Department of Corrections\nAR Benton County Sheriff's Office\n",
        {"04019", "04", "05007"},
    ),
    ("code-before-capitals-stays-acronym", "THE PANEL MET. AZ LAWMAKERS WERE NOT THERE.", set()),
    # --- a newsroom's "Washington Bureau" is no state agency; a state's "Bureau of ..." is
    (
        "newsroom-washington-bureau",
        "By Ann Ruiz, Tennessean Washington Bureau. Nashville police agreed.",
        {"4752006"},
    ),
    ("state-bureau-of-investigation", "The Washington Bureau of Investigation reported it.", {"53"}),
    # --- who governs "in Washington" is the federal government
    (
        "administration-in-washington",
        "The administration in Washington cut the grant, Providence officials said.",
        {"4459000"},
    ),
    ("politicians-in-washington", "Politicians in Washington ignore Tucson, Ann Ruiz said.", {"0477000"}),
    (
        "trip-to-washington-is-the-capital",
        "Ann Ruiz flew to Washington to meet Tucson officials.",
        {"11", "0477000"},
    ),
    # --- "in Washington" in a story about the state, its towns named, the capital never in full
    (
        "in-washington-in-a-state-story",
        "Washington Gov. Ed Marsh spoke in Olympia. One in seven people in Washington is an immigrant.",
        {"53", "5351300"},
    ),
    (
        "washington-possessive-in-a-state-story",
        "Washington Gov. Ed Marsh spoke in Yakima about jobs important to Washington's economy.",
        {"53", "5380010"},
    ),
    (
        "state-story-trip-to-the-capital",
        "Washington State Patrol met Spokane police. Ann Ruiz then flew to Washington to lobby Congress.",
        {"53", "5367000", "11"},
    ),
    (
        "state-story-names-dc-in-full",
        "Washington State Patrol met Spokane police. Ann Ruiz lives in Washington, D.C. now.",
        {"53", "5367000", "11"},
    ),
    (
        "no-state-in-washington-is-the-capital",
        "Ann Ruiz, who lives in Washington, met Tucson police.",
        {"11", "0477000"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_discovery_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
