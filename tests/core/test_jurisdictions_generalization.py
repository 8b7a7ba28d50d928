"""The jurisdictions finder on passages of the kinds it meets in the wild, against the full Census list.

Every passage is written for this file (wire stories, sheriffs' releases, court summaries, state laws).
They exercise rules, not documents: county-equivalents, datelines, agencies, lists that share one state,
evidence from a state's code citations, and the many words that look like places but are not.
"""

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
    # county-equivalents: parishes, boroughs, independent cities, "County of X", lists of counties
    (
        "parishes",
        "Deputies from Caddo Parish and Bossier Parish joined the task force, the Louisiana State Police said.",
        {"22017", "22015", "22"},
    ),
    (
        "boroughs",
        "The Matanuska-Susitna Borough assembly voted 5-2; the North Slope Borough took no position.",
        {"02170", "02185"},
    ),
    (
        "independent city",
        "The City of Richmond, Virginia, and Fairfax County both limit cooperation with detainers.",
        {"5167000", "51059"},
    ),
    ("county of", "The County of Los Angeles Board of Supervisors adopted the motion.", {"06037"}),
    (
        "counties list with a state",
        "Sheriffs in Benton and Franklin counties in Washington said they would keep honoring holds.",
        {"53005", "53021"},
    ),
    (
        "counties list, comma state",
        "Sheriff's offices in Collier and Lee counties, Florida, signed agreements.",
        {"12021", "12071"},
    ),
    ("hyphenated county", "Miami-Dade County commissioners voted to comply with detainers.", {"12086"}),
    ("possessive county", "Prince George's County police said they do not ask about status.", {"24033"}),
    (
        "same county name, two states",
        "The sheriff of DeKalb County, Georgia, and the sheriff of DeKalb County, Illinois, wrote letters.",
        {"13089", "17037"},
    ),
    (
        "county and independent city",
        "St. Louis County and the City of St. Louis reached different conclusions.",
        {"29189", "2965000"},
    ),
    (
        "parish of a consolidated city",
        "The Orleans Parish Sheriff's Office stopped honoring detainers.",
        {"2255000"},
    ),
    # datelines
    (
        "dateline with state and wire",
        "SPRINGFIELD, Ill. (AP) — Lawmakers sent the governor a bill on Thursday.",
        {"1772000"},
    ),
    ("network tag is no place", "(CNN) — The Justice Department sued New Jersey on Monday.", {"34"}),
    (
        "dateline city alone",
        "HOUSTON (AP) — Harris County will stop honoring some detainers.",
        {"4835000", "48201"},
    ),
    ("capital dateline", "WASHINGTON — The Justice Department said Monday it would withhold grants.", {"11"}),
    ("dotted state in dateline", "ALBANY, N.Y. (AP) — The state Senate approved the measure.", {"3601000"}),
    (
        "wire dateline with hyphen",
        "LOS ANGELES (Reuters) - Los Angeles County supervisors created a legal defense fund.",
        {"0644000", "06037"},
    ),
    # agencies and courts
    (
        "sheriff's office",
        "The Hennepin County Sheriff's Office will no longer hold people for ICE.",
        {"27053"},
    ),
    (
        "court district and city",
        "A judge of the Western District of Washington, sitting in Seattle, granted the order.",
        {"53", "5363000"},
    ),
    (
        "court district alone",
        "The Ninth Circuit affirmed the ruling of the Eastern District of California.",
        {"06"},
    ),
    ("state agency", "Troopers of the Washington State Patrol do not ask about immigration status.", {"53"}),
    (
        "city police chief",
        "Austin Police Chief Brian Manley said officers would not ask about status.",
        {"4805000"},
    ),
    (
        "consolidated city-county",
        "Officers of the City and County of Denver will not ask about status.",
        {"0820000"},
    ),
    ("metro government", "Louisville Metro Police will not enforce federal immigration law.", {"2148006"}),
    # evidence from a state's code: an ambiguous county or city takes that state
    ("ORS", "Under ORS 181A.820, the Jackson County Sheriff's Office may not use agency moneys.", {"41029"}),
    ("RCW", "Under RCW 10.93.160, Clark County deputies may not stop anyone based on status.", {"53011"}),
    ("ILCS", "Aldermen in Springfield voted after a long debate over 5 ILCS 805/15.", {"1772000"}),
    (
        "Florida Statutes",
        "Under Fla. Stat. § 908.104, the Orange County Jail must honor every detainer.",
        {"12095"},
    ),
    ("N.J.S.A.", "Under N.J.S.A. 52:17B-98, the Union County prosecutor reviewed the directive.", {"34039"}),
    (
        "California code",
        "Cal. Gov. Code § 7284.6 bars the Orange County Sheriff from sharing release dates.",
        {"06059"},
    ),
    (
        "state constitution names the state",
        "The Benton County Sheriff's Office, citing the Washington Constitution, declined.",
        {"53005", "53"},
    ),
    # lists: a list-final state qualifies every item; a list of states stays states
    (
        "list-final state",
        "Residents of Lawrence, Lowell and Springfield, Massachusetts, rallied outside the courthouses.",
        {"2534550", "2537000", "2567000"},
    ),
    (
        "list-final abbreviation",
        "Officials in Hoboken, Union City and Newark, N.J., signed it.",
        {"3432250", "3474630", "3451000"},
    ),
    (
        "list of cities: New York is the city",
        "Leaders in the cities of Denver, Seattle and New York said they would not change course.",
        {"0820000", "5363000", "3651000"},
    ),
    (
        "city neighbours make New York the city",
        "The mayors of Boston, New York and Los Angeles wrote.",
        {"2507000", "3651000", "0644000"},
    ),
    (
        "list of states",
        "Farmworkers moved through Louisiana, Missouri, Texas and Florida during the harvest.",
        {"22", "29", "48", "12"},
    ),
    (
        "state name starting a list item",
        "Norfolk, Virginia Beach and Chesapeake police will keep the current policy.",
        {"5157000", "5182000", "5116000"},
    ),
    ("qualifier before a government word", "Kansas City, Missouri City Council members voted.", {"2938000"}),
    (
        "plural kind word",
        "The order applies to the towns of Amherst and Northampton, Massachusetts.",
        {"2501501325", "2546330"},
    ),
    # a name keeps the sense the text first gave it
    (
        "first sense kept",
        "Jackson, Mississippi, adopted the order. Jackson officials said police would not ask about status.",
        {"2836000"},
    ),
    (
        "county first sense kept",
        "The jail in Clark County in Nevada is the largest. Clark County officials declined to comment.",
        {"32003"},
    ),
    (
        "other places place a namesake",
        "City leaders in Springfield and Chicopee backed the ordinance.",
        {"2567000", "2513660"},
    ),
    (
        "state then its city",
        "Mississippi lawmakers met in Jackson on Tuesday to debate the bill.",
        {"28", "2836000"},
    ),
    # New England towns are county subdivisions
    (
        "Vermont town",
        "The selectboard of the town of Brattleboro, Vermont, voted to adopt the policy.",
        {"5002507900"},
    ),
    # legislators' home towns
    (
        "party label with a town",
        "The sponsor, Rep. Jane Doe (R-Eau Claire), said it would pass.",
        {"5522300"},
    ),
    ("party label with a state", "Sen. Ted Cruz (R-Texas) criticized the decision.", {"48"}),
    # all-capital captions and headers
    (
        "caption with a consolidated city-county",
        "IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF CALIFORNIA\n"
        "CITY AND COUNTY OF SAN FRANCISCO, Plaintiff, v. JOHN DOE, Defendant.",
        {"06", "0667000"},
    ),
    ("ordinance header", "AN ORDINANCE OF THE CITY OF SANTA FE, NEW MEXICO, ON IMMIGRATION", {"3570500"}),
    (
        "county and state headers",
        "BOARD OF SUPERVISORS, COUNTY OF SONOMA, STATE OF CALIFORNIA",
        {"06097", "06"},
    ),
    # villages, townships, boroughs of New Jersey and of New York City
    (
        "village and township",
        "The Village of Oak Park, Illinois, and the Township of Teaneck adopted welcoming ordinances.",
        {"1754885", "3400372360"},
    ),
    ("New Jersey borough", "Officials from the Borough of Highland Park, N.J., joined.", {"3431470"}),
    (
        "New York City boroughs",
        "In the Bronx and Brooklyn, advocates rallied; Staten Island officials stayed silent.",
        {"36005", "36047", "36085"},
    ),
    ("county newspaper", "The Ventura County Star reported that Oxnard police had stopped.", {"0654652"}),
    # a state's name misspelled by one letter; demonyms are not misspellings
    ("misspelled states", "Officials in Pennsylvannia and Conneticut objected.", {"42", "09"}),
    ("demonyms", "Virginians, Oklahomans and Pennsylvanians agreed; so did the Carolinas.", set()),
    # negatives: people, newspapers, the federal government, the nation, foreign places
    (
        "people named like places",
        "Andrew Jackson's portrait was moved, and Sen. Elizabeth Warren objected.",
        set(),
    ),
    ("Washington as the federal government", "Critics said Washington has been slow to act.", set()),
    (
        "newspaper and a person",
        "The Houston Chronicle first reported it, citing Austin Smith, a spokesman for the group.",
        set(),
    ),
    ("appositive person", "Clinton said the plan would fail; Lincoln, a retired deputy, agreed.", set()),
    ("newspapers", "The story ran in the Los Angeles Times and The Dallas Morning News.", set()),
    (
        "foreign places",
        "Most were deported to Honduras and Guatemala, and some flew on to Toronto and Paris.",
        set(),
    ),
    (
        "surnames and a university",
        "The Washington Post reported that Denzel Washington and George Washington University were not involved.",
        set(),
    ),
    ("the nation", "The United States and Mexico City signed nothing; Puerto Rico was not affected.", {"72"}),
    (
        "relative pronoun of a person",
        "Jackson, who was elected sheriff in 2016, said he would end it.",
        set(),
    ),
    ("a deputy named Houston", "Houston Ray, a deputy in the county, said the policy was new.", set()),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_passage(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label


def test_ambiguous_county_in_a_stateless_text_takes_the_likeliest_namesake(census: Gazetteer) -> None:
    # The text names no state at all, so SPEC's gold lists every namesake: the one with the most ZIP
    # codes is taken (Texas's Dallas County 88, Iowa's 16).
    found = find_jurisdictions("Dallas County's jail held 40 people on detainers.", census)
    assert [j.geoid for j in found] == ["48113"]
    # The first guess's state is no evidence for the second county: Orange County, California (89 ZIP
    # codes) over Florida's (43), though Jackson County, Missouri, was guessed before it.
    found = find_jurisdictions("Jackson County deputies and Orange County officials met.", census)
    assert [j.geoid for j in found] == ["29095", "06059"]


def test_ambiguous_county_in_a_text_about_another_state_is_left_out(census: Gazetteer) -> None:
    # A state is named, and it is none of the namesakes': a local story elsewhere, so no guess.
    text = "Dallas County's jail held 40 people, the Oregon sheriffs' group said."
    assert [j.geoid for j in find_jurisdictions(text, census)] == ["41"]


def test_far_larger_county_namesake_is_taken(census: Gazetteer) -> None:
    # Texas's Harris County holds 134 standard ZIP codes, Georgia's 8.
    found = find_jurisdictions("Harris County Judge Lina Hidalgo spoke against the bill.", census)
    assert [j.geoid for j in found] == ["48201"]


def test_evidence_is_only_evidence(census: Gazetteer) -> None:
    # A code citation says where the text is, but is not itself a mention (SPEC).
    assert find_jurisdictions("See RCW 10.93.160 and ORS 181A.820.", census) == []
