"""find_jurisdictions: a state's full name after a city with no comma qualifies it; a headline's AP
state abbreviation before an office's capitalized word; a university system's initials before a campus
city; "Hall" right after a title is a surname; a New England town governed as a city, named bare in its
state. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

KCMO, KCK, SALEM, DAYTON, SLC = "2938000", "2036000", "4164900", "3921000", "4967000"


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


CASES: list[tuple[str, str, set[str]]] = [
    # --- "<City> <State>" with no comma: the state only qualifies the city
    ("spaced-state-before-police", "Agents acted without the Kansas City Missouri Police Department.", {KCMO}),
    ("spaced-state-before-comma", "Lena Ortiz backs the plan in Kansas City Kansas, because it helps.", {KCK}),
    ("spaced-state-before-lower", "A clinic in Salem Oregon where Dana Pike works stayed open.", {SALEM}),
    ("spaced-state-possessive", "Officers in Dayton Ohio's west side agreed.", {DAYTON}),
    ("spaced-state-line-end", "The rally was held in Salt Lake City Utah\nlast week.", {SLC}),
    ("spaced-state-before-mayor", "The Kansas City Kansas Mayor spoke.", {KCK}),
    # the state named on its own elsewhere is still listed
    ("spaced-state-and-state", "Kansas City Missouri police met. Missouri lawmakers voted.", {KCMO, "29"}),
    # negatives: a person named like a small town and a state; a state's name opening another name
    ("person-then-state", "Under the law the group reports. George Washington said so.", set()),
    ("state-opens-institution", "She trained at Portland Maine Medical Center.", set()),
    # --- a headline opens with an AP abbreviation before an office's capitalized word
    ("headline-abbr-sheriff", "Nev. Sheriff Rejects Requests From Agents\n\nBy Tom Reel", {"32"}),
    ("headline-abbr-mayors", "Mass. Mayors Push Back on Bill\n\nText.", {"25"}),
    ("headline-abbr-two-letters", "N.J. Attorney General Ends Program\n\nText.", {"34"}),
    ("headline-abbr-counties", "Fla. Counties Sign Agreements\n\nText.", {"12"}),
    # negatives: mid-sentence after a city, a statute, a delegate's title
    ("abbr-after-city-mid-line", "The judge in Reno, Nev. Sheriff Dana Pike said no.", {"3260600"}),
    ("abbr-statute-at-line-start", "Fla. Stat. 908.104 applies.", set()),
    ("abbr-title-at-line-start", "Del. Jo Lee Proposes Bill", set()),
    # --- a university system's initials before its campus's city
    ("campus-uc", "UC Boulder law professor Dana Pike said so.", set()),
    ("campus-cu", "A CU Boulder law professor, Dana Pike, said so.", set()),
    ("campus-ut", "UT Austin researchers found it.", set()),
    ("campus-uw-hyphen", "A UW-Madison study found it.", set()),
    ("campus-umass", "UMass Amherst students marched.", set()),
    ("campus-initials-alone", "Boulder police and the CU campus agreed.", {"0807850"}),
    # --- "Hall" after a title is a surname, not the place's city hall
    (
        "title-name-hall-facility",
        "Florida officials met. The jail, the Sheriff Perry Hall Detention Facility, is full.",
        {"12"},
    ),
    ("title-name-hall-person", "Florida officials met. Mayor Tyler Hall spoke.", {"12"}),
    ("abbr-title-name-hall", "Texas officials met. Gov. Austin Hall spoke.", {"48"}),
    ("city-hall-still-city", "Florida officials met. Protesters gathered at Perry City Hall.", {"12", "1256150"}),
    # --- a Massachusetts "Town city" (no population in the gazetteer) named bare in its state
    ("town-city-after-in", "Massachusetts mayors met. City officials in Easthampton withdrew a plan.", {"25", "2519370"}),
    ("town-city-own-officials", "Massachusetts mayors met. Agawam officials voted.", {"25", "2500840"}),
    ("town-city-other-state", "Ohio mayors met. City officials in Easthampton withdrew a plan.", {"39"}),
    ("town-city-surname", "Massachusetts mayors met. Officer Dana Palmer said so.", {"25"}),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_finds_exactly(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
