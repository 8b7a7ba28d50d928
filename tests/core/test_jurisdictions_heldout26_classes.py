"""find_jurisdictions: a state one space after a county's word qualifies it; local units "in Washington"
are the state's; a channel's number between a network and a city makes a station's name; a party
label naming no town of the story's state names its county; examples after "counties like" are
counties; a dateline of a township the gazetteer lists only as a county subdivision is read in the
story's state; a state before a national group's acronym names its affiliate. Texts written for these
tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


OREGON, OHIO, TEXAS, ILLINOIS, WASHINGTON, DC = "41", "39", "48", "17", "53", "11"
NORTH_CAROLINA, IOWA, NEW_JERSEY, PENNSYLVANIA, INDIANA = "37", "19", "34", "42", "18"
CLACKAMAS, COOK_IL, HARRIS_TX, WHATCOM, KING_WA = "41005", "17031", "48201", "53073", "53033"
RALEIGH, CHARLOTTE, SEATTLE, DALLAS, DAYTON = "3755000", "3712000", "5363000", "4819000", "3921000"
CALDWELL_NC, CALDWELL_ID, DURHAM_CITY, CORALVILLE, BUCHANAN_IA = (
    "37027",
    "1612250",
    "3719000",
    "1916230",
    "19019",
)
WAKE, DURHAM_NC, FORSYTH_NC, FRANKLIN_OH, DALLAS_TX = "37183", "37063", "37067", "39049", "48113"
TOMS_RIVER, CHERRY_HILL, LOWER_MERION, MARION_IN = "3402973125", "3400712280", "4209144976", "18097"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a state one space after a county's word, no comma
    ("county-spaced-state", "The Sheriff of Clackamas County Oregon and the county were sued.", {CLACKAMAS}),
    ("county-spaced-state-caps", "SHERIFF OF CLACKAMAS COUNTY OREGON, Defendant.", {CLACKAMAS}),
    ("county-spaced-state-end", "Dora Quill sued the Sheriff of Cook County Illinois.", {COOK_IL}),
    # negatives: a name of its own after the state; a state without such a county; a comma's state
    ("county-state-agency", "Cook County Illinois Department of Health staff met.", {COOK_IL, ILLINOIS}),
    ("county-other-state", "Harris County Ohio voters? Lena Marsh said no.", {HARRIS_TX, OHIO}),
    ("county-state-possessive", "Harris County Texas' jail is full.", {HARRIS_TX, TEXAS}),
    # --- local units "in Washington" are the state's
    (
        "counties-in-washington",
        "Whatcom County, like other counties in Washington, is listed.",
        {WHATCOM, WASHINGTON},
    ),
    ("sheriffs-in-washington", "Sheriffs in Washington refuse detainers, Lena Marsh said.", {WASHINGTON}),
    (
        "jails-across-washington",
        "Jails across Washington hold few people, King County found.",
        {WASHINGTON, KING_WA},
    ),
    ("cities-throughout", "Small cities throughout Washington passed rules.", {WASHINGTON}),
    # negatives: the federal government's people in the capital
    ("lobbyists-in-washington", "Lobbyists in Washington pushed the bill.", {DC}),
    ("officials-in-washington", "Officials in Washington said no.", {DC}),
    # --- a network and a channel's number before a city: a station's name
    ("dateline-station", "RALEIGH, N.C. (FOX 46 CHARLOTTE) — A new bill would bind sheriffs.", {RALEIGH}),
    ("call-letters-channel", "Lena Marsh told KIRO 7 Seattle that she would run.", set()),
    ("network-channel", "She told NBC 5 Dallas on Monday.", set()),
    ("channel-word", "She spoke to Channel 4 Dallas reporters.", set()),
    # negatives: a number alone before the city
    ("number-before-city", "On March 5 Dallas voted to end the program.", {DALLAS}),
    ("year-before-city", "In 2019 Charlotte passed it.", {CHARLOTTE}),
    # --- a party label naming the state's county
    (
        "label-county",
        "Sheriffs in North Carolina refuse, said Rep. Lena Marsh (R-Caldwell), a sponsor.",
        {NORTH_CAROLINA, CALDWELL_NC},
    ),
    (
        "label-county-and-town",
        "Iowa senators voted: Sen. Lena Marsh (D-Coralville) and Sen. Dora Quill (R-Buchanan).",
        {IOWA, CORALVILLE, BUCHANAN_IA},
    ),
    (
        "label-county-qualified",
        "Ohio lawmakers listened as Rep. Lena Marsh (R-Caldwell, N.C.) spoke.",
        {OHIO, CALDWELL_NC},
    ),
    # negatives: a town of the name in the state wins; no state named keeps the old reading
    (
        "label-town-over-county",
        "Sheriffs in North Carolina refuse, said Rep. Lena Marsh (D-Durham), a sponsor.",
        {NORTH_CAROLINA, DURHAM_CITY},
    ),
    ("label-no-state", "Rep. Lena Marsh (R-Caldwell) spoke.", {CALDWELL_ID}),
    # --- examples after "counties like"
    (
        "counties-like",
        "Sheriffs in the state's largest counties like Wake and Durham said no. North Carolina acted.",
        {WAKE, DURHAM_NC, NORTH_CAROLINA},
    ),
    (
        "counties-notably",
        "In North Carolina, urban counties, notably Wake, Durham and Forsyth, refused.",
        {NORTH_CAROLINA, WAKE, DURHAM_NC, FORSYTH_NC},
    ),
    ("counties-like-one", "Ohio counties like Franklin refuse.", {OHIO, FRANKLIN_OH}),
    (
        "counties-especially",
        "Texas counties, especially Harris and Dallas, refused.",
        {TEXAS, HARRIS_TX, DALLAS_TX},
    ),
    # negative: "like" as a verb
    ("counties-like-verb", "Counties like to sue, Lena Marsh said in Ohio.", {OHIO}),
    # --- a township's dateline, read in the story's state
    (
        "township-dateline",
        "TOMS RIVER – The state of New Jersey sued, Lena Marsh said.",
        {TOMS_RIVER, NEW_JERSEY},
    ),
    (
        "township-dateline-two-words",
        "CHERRY HILL – New Jersey officials said the township voted.",
        {CHERRY_HILL, NEW_JERSEY},
    ),
    (
        "township-dateline-pa",
        "LOWER MERION — Pennsylvania officials said the board voted.",
        {LOWER_MERION, PENNSYLVANIA},
    ),
    # negatives: no state named; not a township's name
    ("township-dateline-no-state", "TOMS RIVER – The board voted, Lena Marsh said.", set()),
    ("not-a-dateline-town", "UPDATE – The state of Ohio acted.", {OHIO}),
    # --- a state before a national group's acronym
    ("state-aclu", "The case was taken up by the Indiana ACLU, which argued it.", set()),
    ("state-naacp", "The Ohio NAACP sued the city of Dayton.", {DAYTON}),
    ("state-aclu-lawyer", "Indiana ACLU lawyer Lena Marsh said Marion County erred.", {MARION_IN}),
    # negatives: the state named on its own too; a word that is not the acronym
    ("state-aclu-and-law", "The Texas ACLU's lawyers said Texas law bars it.", {TEXAS}),
    ("state-title-case", "The Indiana Aclu filed.", {INDIANA}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_finds_exactly(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert {ref.geoid for ref in find_jurisdictions(text, census)} == expected
