"""People named like places, common words in capitals, parts of cities, labelled headings, federal
offices, and "Washington" as the federal government.

Passages written for this file, several variants per rule, each with negatives that keep real
places found: a rule is right only when both sides of its table pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

AUSTIN, DALLAS, TYLER = "4805000", "4819000", "4874144"
MADISON_WI, BOSTON, KINGSTON_NY, ALBANY_NY = "5548000", "2507000", "3639727", "3601000"
MESA, PAGE_AZ, SEATTLE, DENVER, CHICAGO = "0446000", "0451810", "5363000", "0820000", "1714000"
MINNEAPOLIS, DETROIT, PHOENIX = "2743000", "2622000", "0455000"


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


# A given name that is a state's or a place's, before a middle initial or a saint's surname.
PEOPLE: list[tuple[str, str, set[str]]] = [
    (
        "states as given names with initials",
        "Georgia M. Lutz, Carolina P. Ortiz and Virginia A. Hale, for the plaintiffs.",
        set(),
    ),
    ("the initial A is not the article", "Virginia A. Gibson argued for the county.", set()),
    ("any state with an initial", "Texas A. Morrow and Nevada J. Pike signed the brief.", set()),
    (
        "cities as given names with initials",
        "Tyler J. Moreno, Dallas K. Brandt and Austin R. Hale appeared for the respondents.",
        set(),
    ),
    (
        "more given names",
        "Florence B. Aiken, Warren C. Oduya, Chester D. Lamb, Madison E. Park, for the state.",
        set(),
    ),
    ("Jackson, Lincoln, Clinton", "Jackson L. Reyes, Lincoln A. Ames and Clinton W. Roe testified.", set()),
    ("saint's surname", "Anthony St. Joseph, Assistant U.S. Attorney, for the defendant.", set()),
    ("saint's surname after a city's name", "Lincoln St. Clair and Dallas St. John, for the sheriff.", set()),
    ("saint spelled out", "Madison Saint Pierre, for the amici.", set()),
    # negatives: the places around such names are still found
    (
        "counsel list with the office's city",
        "Lincoln St. Clair, U.S. Attorney's Office, Boston, MA, for the defendant.",
        {BOSTON},
    ),
    (
        "person then the same name qualified",
        "Madison T. Greer, Assistant City Attorney, Madison, Wis., for the city.",
        {MADISON_WI},
    ),
    (
        "qualified cities in a list",
        "Officials in Madison, Wis., and Tyler, Texas, adopted it.",
        {MADISON_WI, TYLER},
    ),
    (
        "sentence end before an initial",
        "The family moved to Georgia. A. Smith, their lawyer, said the move was hard.",
        {"13"},
    ),
    ("D.C. without a comma is no initial", "The rally in Washington D.C. drew thousands of people.", {"11"}),
    ("the State of", "Virginia E. Lowe argued for the State of Texas.", {"48"}),
    ("outline flattened into a line", "This order applies in Texas A. All officers shall comply.", {"48"}),
    ("outline with a government word", "POLICY Phoenix A. Police shall not ask about status.", {PHOENIX}),
    ("court reporter abbreviation", "Texas S. Ct. rules were amended in 2019.", {"48"}),
    (
        "rules of procedure",
        "Under Florida R. Crim. P. 3.131 and Arizona R. Civ. P. 65, bail was set.",
        {"12", "04"},
    ),
    ("counsel list in capitals", "VIRGINIA A. GIBSON, GEORGIA B. HALE, for the City of Boston.", {BOSTON}),
    ("sentence end after the surname", "The brief was signed by Virginia A. Gibson.", set()),
    ("city government", "The Austin City Council and Dallas police voted on Tuesday.", {AUSTIN, DALLAS}),
]

# Bylines set in capitals: the opening "By" makes the words names.
BYLINES: list[tuple[str, str, set[str]]] = [
    ("two names", "By JOHN AUSTIN and MARY DALLAS\nAssociated Press\nPHOENIX (AP) — It passed.", {PHOENIX}),
    ("name and title", "By SAM HOUSTON, Staff Writer\nThe Harris County sheriff said.", {"48201"}),
    ("capital BY", "BY TYLER MADISON\nThe Madison, Wis., police chief said.", {MADISON_WI}),
    # negatives: a newspaper after the comma, a city's own order, a sentence opening with "By"
    ("newspaper after the name", "By Jane Doe, The Dallas Morning News\nDallas police said.", {DALLAS}),
    (
        "a city's own line",
        "BY THE CITY OF PAGE\nPage police will not ask, Arizona officials said.",
        {"04", PAGE_AZ},
    ),
    ("by a police count", "By DENVER police count, 40 people were detained.", {DENVER}),
]

# Judges named by surname and office, as opinions name them.
JUDGES: list[tuple[str, str, set[str]]] = [
    ("J. on its own line", "MEMORANDUM\nTYLER, J.\nThe City of Boston sued.", {BOSTON}),
    ("a panel", "Before: WARREN, LINCOLN and CLINTON, Circuit Judges.", set()),
    ("chief judge", "AUSTIN, Chief Judge, delivered the opinion of the court.", set()),
    ("C.J. and JJ.", "Before: Tyler, C.J., and Warren and Madison, JJ.", set()),
    ("district judge, lower case after", "DALLAS, District Judge concurring in part.", set()),
    # negatives: a place, then a judge; a place whose judges are people
    ("place then a judge", "In Houston, Judge Andrew Hanen ruled against the policy.", {"4835000"}),
    ("place then the Justice Department", "In Dallas, Justice Department lawyers filed the suit.", {DALLAS}),
    ("lower-case judges", "In Houston, judges said the jail was full.", {"4835000"}),
    ("initial of a speaker", "Officials in Tyler, J. Smith said, were pleased.", {TYLER}),
]

# In capitals, a small place whose name is a common word needs more than its state named nearby.
CAPITALS: list[tuple[str, str, set[str]]] = [
    (
        "page",
        "Arizona House Bill 2001\n(CONTINUED ON NEXT PAGE)\nBe it enacted by the Legislature of Arizona:",
        {"04"},
    ),
    ("superior", "WISCONSIN\nIN THE SUPERIOR COURT\nThe court held.", {"55"}),
    ("defiance", "OHIO REVISED CODE\nDEFIANCE OF ORDERS\nNo officer shall refuse.", {"39"}),
    ("normal", "Illinois Public Act\nDURING NORMAL BUSINESS HOURS\nThe sheriff shall.", {"17"}),
    ("hope, liberty", "Arkansas Code\nHOPE AND LIBERTY FOR ALL\nThe county shall.", {"05"}),
    ("commerce, independence", "Texas Penal Code\nCOMMERCE AND INDEPENDENCE\nA person commits.", {"48"}),
    ("mobile, orange", "FLORIDA STATUTES\nMOBILE HOMES AND ORANGE GROVES", {"12"}),
    (
        "a word the text also writes in lower case",
        "California Government Code\nSPRING\nThe agency shall report in the spring.",
        {"06"},
    ),
    # negatives: capitals with a qualifier, a kind word, a local government, or a big city
    ("qualified in capitals", "NOTICE\nPAGE, ARIZONA\nThe council met.", {PAGE_AZ}),
    ("city of, in capitals", "AN ORDINANCE OF THE CITY OF PAGE, ARIZONA", {PAGE_AZ}),
    (
        "local government in capitals",
        "An Arizona directive.\nPAGE POLICE DEPARTMENT\nGeneral Order 5",
        {"04", PAGE_AZ},
    ),
    ("big city in capitals", "Arizona law\nPHOENIX AND MESA POLICE POLICY", {PHOENIX, MESA, "04"}),
    ("mixed case small place", "Arizona officials said the town of Page would comply.", {"04", PAGE_AZ}),
]

# A name that is also a common word or a foreign place is the city only where a place stands ("in X",
# "X police") in a state the text names, and only a city of some size; a number after a document
# word's name makes it the part ("Page 3").
COMMON_WORDS: list[tuple[str, str, set[str]]] = [
    (
        "city police",
        "The Mobile County Sheriff and Mobile police said they would comply.",
        {"01097", "0150000"},
    ),
    ("after in", "Alabama lawmakers met in Birmingham and in Mobile.", {"01", "0107000", "0150000"}),
    (
        "state named later",
        "Cambridge police will not honor detainers, Massachusetts officials said.",
        {"25", "2511000"},
    ),
    ("Washington's Vancouver", "Washington state law bars Vancouver police from asking.", {"53", "5374060"}),
    ("federal departments", "The Commerce Department and the Justice Department sued Colorado.", {"08"}),
    ("no state named", "Mobile police and Cambridge officers were praised.", set()),
    ("a holiday", "Independence Day rallies were held across Missouri.", {"29"}),
    ("a common noun", "Hope and fear mixed in Arkansas as the bill passed.", {"05"}),
    ("a small namesake", "In Arkansas, officials in Hope said so.", {"05"}),
    ("page number", "See Page 12 of the Arizona manual.", {"04"}),
    ("page in capitals", "Arizona Department of Public Safety\nPAGE 2 OF 5", {"04"}),
    ("the town itself", "The Arizona city of Page adopted the resolution.", {"04", PAGE_AZ}),
    ("determiner in title case", "Arizona House Bill 2001\n(Continued on Next Page)\nBe it enacted.", {"04"}),
    ("determiner before a preposition", "Arizona rules: see the Next Page for the form.", {"04"}),
    ("'that' is a conjunction", "Chicago leaders said that Chicago's ordinance is lawful.", {CHICAGO}),
    (
        "determiner before a noun the city modifies",
        "Every Phoenix officer and no Mesa deputy asked.",
        {PHOENIX, MESA},
    ),
]

# Georgia's unified governments: one item with its place and county codes.
GEORGIA: list[tuple[str, str, set[str]]] = [
    ("hyphenated name", "Officials in Athens-Clarke County and Augusta, Ga., met.", {"1303440", "1304204"}),
    ("unified government", "The Unified Government of Athens-Clarke County adopted it.", {"1303440"}),
    ("bare city in Georgia", "Athens police in Georgia said so.", {"13", "1303440"}),
    ("the other Augusta", "In Augusta, Maine, lawmakers met.", {"2302100"}),
]

# A place after a word for a part of it: the place counts. Before a state, it is a region.
PARTS: list[tuple[str, str, set[str]]] = [
    ("midtown", "Advocates gathered at a center in Midtown Kingston, New York, on Monday.", {KINGSTON_NY}),
    (
        "uptown, downtown",
        "They rallied in Uptown Kingston and in Downtown Albany, N.Y.",
        {KINGSTON_NY, ALBANY_NY},
    ),
    (
        "compass parts",
        "Organizers met in Northeast Minneapolis and Southwest Detroit.",
        {MINNEAPOLIS, DETROIT},
    ),
    ("north", "Residents of North Minneapolis filled the hall.", {MINNEAPOLIS}),
    (
        "regions of states",
        "Several Northwest Indiana police departments and South Texas sheriffs agreed.",
        set(),
    ),
    ("lower-case region", "Farms in central Oregon and eastern Washington hire many workers.", set()),
    ("region beside its state", "Jails in North Texas follow the Texas rule.", {"48"}),
    ("states with compass names", "West Virginia and North Carolina passed bills.", {"54", "37"}),
]

# A letter that labels an appendix or an item is no initial when a state qualifies the name after it.
HEADINGS: list[tuple[str, str, set[str]]] = [
    (
        "appendix",
        "Arizona Revised Statutes\nAPPENDIX C. Mesa, Ariz. Police Policy on Detainers",
        {"04", MESA},
    ),
    ("exhibit", "EXHIBIT B. Kingston, N.Y. Resolution 12", {KINGSTON_NY}),
    (
        "item at a line start",
        "Policies reviewed:\nA. Seattle, Wash. Ordinance 125\nB. Denver, Colo. Order 9",
        {SEATTLE, DENVER},
    ),
    ("initial of a person", "The brief of J. Austin was filed late.", set()),
]

# A federal office named by its city names the city (as an agency's name does).
FIELD_OFFICES: list[tuple[str, str, set[str]]] = [
    ("possessive acronym", "The DEA's Seattle office posted photos of the arrests.", {SEATTLE}),
    ("curly apostrophe", "The FBI’s Denver field office declined to comment.", {DENVER}),
    ("agency's", "ICE's Chicago field office and the agency's Phoenix office said so.", {CHICAGO, PHOENIX}),
    ("a person's possessive", "Gov. Abbott's Austin office issued the statement.", {AUSTIN}),
]

# "Washington" for the federal government, spelled with "D.C." or not; the city where it is a place.
WASHINGTON: list[tuple[str, str, set[str]]] = [
    ("threats out of", "Statements and threats coming out of Washington, D.C., worried the county.", set()),
    ("pressure from", "Pressure from Washington has grown on Texas cities.", {"48"}),
    ("directives from", "The sheriff ignored directives from Washington, D.C. on detainers.", set()),
    ("rhetoric emanating", "The rhetoric emanating from Washington alarmed the mayor.", set()),
    ("travel to", "The mayor flew to Washington, D.C., to meet the senators.", {"11"}),
    ("a letter from", "The county received a letter from Washington, D.C. on Monday.", {"11"}),
    ("address", "U.S. Department of Justice, 950 Pennsylvania Ave., Washington, DC 20530", {"11"}),
    ("people from", "Volunteers from Washington, D.C., joined the march.", {"11"}),
]


def _found(text: str, census: Gazetteer) -> set[str]:
    return {j.geoid for j in find_jurisdictions(text, census)}


@pytest.mark.parametrize(("label", "text", "expected"), PEOPLE, ids=[c[0] for c in PEOPLE])
def test_people_named_like_places(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), BYLINES, ids=[c[0] for c in BYLINES])
def test_bylines_in_capitals(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), JUDGES, ids=[c[0] for c in JUDGES])
def test_judges_named_like_places(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), CAPITALS, ids=[c[0] for c in CAPITALS])
def test_common_words_in_capitals(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), COMMON_WORDS, ids=[c[0] for c in COMMON_WORDS])
def test_common_words_as_places(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), GEORGIA, ids=[c[0] for c in GEORGIA])
def test_georgia_unified_governments(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), PARTS, ids=[c[0] for c in PARTS])
def test_parts_of_cities_and_regions_of_states(
    census: Gazetteer, label: str, text: str, expected: set[str]
) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), HEADINGS, ids=[c[0] for c in HEADINGS])
def test_labelled_headings(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), FIELD_OFFICES, ids=[c[0] for c in FIELD_OFFICES])
def test_federal_field_offices(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label


@pytest.mark.parametrize(("label", "text", "expected"), WASHINGTON, ids=[c[0] for c in WASHINGTON])
def test_washington_as_the_federal_government(
    census: Gazetteer, label: str, text: str, expected: set[str]
) -> None:
    assert _found(text, census) == expected, label


def test_region_still_tells_the_state(census: Gazetteer) -> None:
    # "Northwest Indiana" names no state, but places a bare Gary in Indiana rather than elsewhere.
    found = _found("Police in Northwest Indiana said Gary officers would not ask about status.", census)
    assert found == {"1827000"}
