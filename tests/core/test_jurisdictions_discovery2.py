"""find_jurisdictions: a second round of forms found on fresh public pages (county minutes, township and
borough news, DOJ and ICE lists, court orders), tested on sentences written for these tests.

A roll call's or a vote's list of members ("AYES: Berman, Jackson, Long.") names people, not towns; a
list before a plural "townships" or "boroughs" ("Conoy and Pequea townships") is a list of townships
or boroughs, and one whose last item alone carries "Township" shares it when every name is a township
of that one county ("Hanover, Lemon, Oxford and Ross Township"); "Twp." is a township's short form;
of a state's many townships of one name, the one in a county the text names is meant; "an Idaho
county's" is one of the state's counties, not Idaho County; a sentence opening "In Barnegat," in a
story of township government places the town; "Alliance" closing a longer capitalized name ("Fair
Housing Alliance") is the organization's kind word, not the Nebraska town."""

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
    # --- a roll call's or a vote's list of members names people
    (
        "roll-call-present-and-excused",
        "The board met in Pontiac, Michigan. PRESENT: Abrams, Jackson, Long. (3) EXCUSED: Warren. (1)",
        {"2665440"},
    ),
    (
        "vote-tally-yeas-nays",
        "The Lansing, Michigan board voted. Yeas: Hudson, Kimball, Jackson Nays: None Absent: Flint",
        {"2646000"},
    ),
    (
        "roll-call-full-names",
        "Roll Call Present: Rosa Jackson, Dale Warren and Trustee Kim Lee. Skokie, Illinois sent a letter.",
        {"1770122"},
    ),
    ("present-in-prose-stays-a-place", "Present were officials from Jackson, Mississippi.", {"2836000"}),
    ("roll-call-stops-at-lower-case", "Present: Mayor Ann Cole of Flint, Michigan.", {"2629000"}),
    # --- a list before a plural "townships" or "boroughs"
    (
        "plural-townships",
        "Supervisors in Conoy and Pequea townships in Lancaster County, Pennsylvania, voted on it.",
        {"4207115824", "4207159360", "42071"},
    ),
    (
        "plural-boroughs-pennsylvania",
        "Councils in Glen Rock and Hanover boroughs in Pennsylvania passed the resolution.",
        {"4229760", "4232448", "42"},
    ),
    (
        "alaska-boroughs-stay-counties",
        "Officials of the Kenai Peninsula and Matanuska-Susitna boroughs met.",
        {"02122", "02170"},
    ),
    (
        "parishes-unchanged",
        "Sheriffs in Caddo and Bossier parishes declined.",
        {"22017", "22015"},
    ),
    # --- a list's last "Township" is shared when every name is a township of that one county
    (
        "shared-township-one-county",
        "Applicants must live in Hanover, Lemon, Madison, Milford, Oxford, and Ross Township, Ohio.",
        {"3901733250", "3901742672", "3901746340", "3901750162", "3901759241", "3901768616"},
    ),
    (
        "common-pair-not-shared",
        "Salem and Perry Township police in Ohio met.",
        {"3969834", "3900361742", "39"},
    ),
    # --- "Twp." is a township
    (
        "twp-abbreviation",
        "West Chester Twp. in Butler County, Ohio, bought a drone.",
        {"3901783150", "39017"},
    ),
    (
        "twp-abbreviation-with-state",
        "Cheltenham Twp. police in Pennsylvania said so.",
        {"4209112968", "42"},
    ),
    # --- of a state's many townships of one name, the one in a county the text names
    (
        "township-of-the-named-county",
        "Bloomfield Township in Oakland County, Michigan, kept its policy.",
        {"2612509110", "26125"},
    ),
    (
        "dateline-township-of-the-named-county",
        "BUTLER TOWNSHIP – The trustees met. The Montgomery County sheriff in Ohio agreed.",
        {"3911310618", "39113", "39"},
    ),
    (
        "township-other-county-named",
        "The trustees of Butler Township in Ohio met with the Darke County sheriff.",
        {"3903710576", "39037"},
    ),
    # --- "an Idaho county's" is any of the state's counties
    (
        "state-before-possessive-county",
        "JEROME, Idaho — An Idaho county's officials are waiting for a contract.",
        {"1641320", "16"},
    ),
    ("state-county-possessive-capitalized", "Idaho County's sheriff spoke.", {"16049"}),
    ("texas-county-in-missouri", "The Texas County sheriff in Missouri spoke.", {"29215", "29"}),
    # --- a town named like an organization's kind word, closing a longer capitalized name
    (
        "alliance-ends-an-organization-name",
        "Amici: National Fair Housing Alliance. Voters in Fremont, Nebraska, adopted it.",
        {"3117670"},
    ),
    ("alliance-police-is-the-town", "Alliance police in Nebraska arrested him.", {"3100905", "31"}),
    ("alliance-city-council-is-the-town", "The Alliance City Council in Nebraska met.", {"3100905", "31"}),
    # --- a sentence opening "In X," in a story of township government places the town
    (
        "sentence-initial-in-town",
        "TRENTON, N.J. — Township Committee meetings ran late. In Barnegat, the vote was unanimous.",
        {"3474000", "3402903050"},
    ),
    (
        "headline-in-not-a-sentence-start",
        "Township Committee Voters In Barnegat Reject Plan",
        set(),
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_discovery2_jurisdiction_classes(
    census: Gazetteer, label: str, text: str, expected: set[str]
) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
