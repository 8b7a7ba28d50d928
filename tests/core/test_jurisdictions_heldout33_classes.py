"""find_jurisdictions: three names that only look like places. A state's public broadcaster goes by the
state's name and "Public" alone ("Maine Public | By ...", "told Vermont Public", "Connecticut Public's
reporter"), as it does with "Radio" or "Media"; its story lies in its state, so a bare town is that
state's, though the state is not listed. A state body's name runs on past "Public" ("Maine Public
Utilities Commission") and stays the state's. A national group of counties' sheriffs ("Major
County Sheriffs of America", "... Sheriffs' Association") is named with an adjective that a county also
bears, and names no county; one county's sheriff does. A landmark opening a story where a dateline's
city would stand ("STATE HOUSE –", "THE WHITE HOUSE —", "CAPITOL HILL —") is no town, though its last
word is one somewhere ("House", N.M.); a state after it ("WHITE HOUSE, Tenn. —") makes it the town.
A town far smaller than a famous namesake is still the local one when an event is "in" it in a
sentence that names the only state the text names. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


MAINE, CONNECTICUT, OHIO, TEXAS = "23", "09", "39", "48"
PORTLAND_ME, BURLINGTON_VT = "2360545", "5010675"
SD, MADISON_SD, MADISON_WI = "46", "4640220", "5548000"
MAJOR_OK, POLK_FL, BOSTON, WHITE_HOUSE_TN, SALEM_OR = "40093", "12105", "2507000", "4780200", "4164900"

CASES: list[tuple[str, str, set[str]]] = [
    # a state's broadcaster by its two words
    ("broadcaster-byline-bar", "Maine Public | By Tess Arlow\n\nThe council met on Monday.", set()),
    ("broadcaster-byline-next-line", "Maine Public\nBy Tess Arlow\n\nThe council met on Monday.", set()),
    ("broadcaster-told", "The chief told Connecticut Public that no agents came.", set()),
    ("broadcaster-end-of-sentence", "The interview first aired on Connecticut Public.", set()),
    ("broadcaster-possessive", "Connecticut Public's Ned Orrin asked the mayor.", set()),
    ("broadcaster-curly-possessive", "Connecticut Public’s Ned Orrin asked the mayor.", set()),
    ("broadcaster-lower-verb", "Maine Public reported the vote late Monday.", set()),
    # the station's story lies in its state: its bare town is that state's, the state unlisted
    (
        "broadcaster-town",
        "Maine Public | By Tess Arlow\n\nThe Portland council voted on Monday.",
        {PORTLAND_ME},
    ),
    ("broadcaster-town-after", "The Burlington board voted, Vermont Public reported.", {BURLINGTON_VT}),
    # negatives: the state itself, or a state body whose name runs on past "Public"
    ("state-utilities-commission", "The Maine Public Utilities Commission approved the rate.", {MAINE}),
    ("state-safety-department", "The Ohio Public Safety Department sent a memo.", {OHIO}),
    ("state-records-act-wrapped", "Requests under the Texas Public\nInformation Act were filed.", {TEXAS}),
    ("state-public-lower", "Maine public schools will not ask about status.", {MAINE}),
    ("state-then-broadcaster", "Maine lawmakers spoke to Maine Public on Monday.", {MAINE}),
    # a national group of counties' sheriffs
    ("sheriffs-of-america", "The Major County Sheriffs of America backed the new agreements.", set()),
    ("sheriffs-association-apostrophe", "The Major County Sheriffs' Association met in May.", set()),
    ("sheriffs-association-curly", "The Major County Sheriffs’ Association met in May.", set()),
    ("sheriffs-association-plain", "The Major County Sheriffs Association met in May.", set()),
    # negatives: one county's sheriff, or the county qualified
    ("one-sheriffs-office", "The Polk County Sheriff's Office in Florida signed it.", {POLK_FL, "12"}),
    ("county-qualified", "Sheriff Abel Trent of Major County, Oklahoma, signed it.", {MAJOR_OK}),
    # an event "in" a town, in a sentence naming the text's only state, is that state's town
    (
        "event-in-town-same-sentence",
        "Raids rose in South Dakota after agents held nine workers in Madison.",
        {SD, MADISON_SD},
    ),
    (
        "event-in-town-state-first",
        "In South Dakota, agents held nine workers in Madison at a mill.",
        {SD, MADISON_SD},
    ),
    (
        "event-in-town-state-after",
        "Deputies held nine workers in Madison, a South Dakota town.",
        {SD, MADISON_SD},
    ),
    # negatives: the state in another sentence, no locative, or a second state named
    (
        "state-other-sentence",
        "South Dakota deputies joined. Agents held nine workers in Madison.",
        {SD, MADISON_WI},
    ),
    ("bare-not-locative", "Madison officials in South Dakota met on Monday.", {SD, MADISON_WI}),
    ("two-states", "Iowa and South Dakota deputies met in Madison on Monday.", {"19", SD, MADISON_WI}),
    # a landmark in a dateline's place
    ("state-house-dateline", "STATE HOUSE – Representative Lia Forde wrote to the governor.", set()),
    ("white-house-dateline", "THE WHITE HOUSE — The president signed the order on Friday.", set()),
    ("capitol-hill-dateline", "CAPITOL HILL — Senators met on Friday to debate the bill.", set()),
    ("state-house-then-city", "STATE HOUSE, Boston — Lawmakers met on Friday.", {BOSTON}),
    # negatives: a town's dateline, the landmark's namesake qualified by its state
    ("town-with-state", "WHITE HOUSE, Tenn. — The mayor met on Friday.", {WHITE_HOUSE_TN}),
    ("city-dateline", "SALEM, Ore. — The governor met on Friday.", {SALEM_OR}),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout33_jurisdiction_classes(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected
