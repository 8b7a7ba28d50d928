"""The jurisdictions finder: table-driven cases on short texts written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entanglement.core.extract.jurisdictions import find_jurisdictions, resolve_jurisdiction
from entanglement.core.gazetteer import Gazetteer
from entanglement.core.gazetteer.places_file import read_places_file

# The small place list the registry tests use: namesakes in several states on purpose.
PLACES_FILE = Path(__file__).with_name("test_gazetteer_places.csv")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.build(read_places_file(PLACES_FILE), seed=False)


def codes(text: str, g: Gazetteer) -> set[str]:
    return {j.geoid for j in find_jurisdictions(text, g)}


CASES: list[tuple[str, str, set[str]]] = [
    # states by name, by abbreviation in a state position, and in agency and court names
    ("state name", "The bill passed the California Senate on a party-line vote.", {"06"}),
    ("possessive state", "Illinois's law took effect in January.", {"17"}),
    ("state of", "The State of Oregon filed a brief.", {"41"}),
    ("all-capital enacting clause", "BE IT ENACTED BY THE PEOPLE OF THE STATE OF NEVADA:", {"32"}),
    ("court district", "The Northern District of Illinois heard the case.", {"17"}),
    ("court abbreviation", "See Doe v. Roe (E.D. Wash. 2018) and (D. Or. 2014).", {"53", "41"}),
    ("party label", "Rep. Ana Ruiz (D-Calif.) objected.", {"06"}),
    ("postal code alone", "The CA Values Act took effect.", {"06"}),
    ("postal code in an address", "Write to 12 Main St., Smallville, IL 62701.", set()),
    ("postal code in capitals", "FOR RELEASE: NY AG ACTS", set()),
    ("postal code of a newspaper", "The NY Times reported it.", set()),
    ("code abbreviation alone", "Under RCW 10.93 and 5 ILCS 805, nothing changes.", set()),
    # counties
    ("county", "Cook County jails hold about 6,000 people, Illinois says.", {"17031", "17"}),
    ("county placed by a city", "Cook County jails, like Chicago police, refuse.", {"17031", "1714000"}),
    ("ambiguous county, stateless text", "Clark County jails hold about 6,000 people.", {"32003"}),
    ("ambiguous county, other state", "Clark County jails hold 6,000 people, Texas says.", {"48"}),
    ("far larger namesake county", "Cook County jails hold about 6,000 people.", {"17031"}),
    ("county with qualifier", "Officials in Sutter County, California, agreed.", {"06101"}),
    (
        "county list",
        "Monterey, Sonoma and Sacramento counties in California said no.",
        {"06053", "06097", "06067"},
    ),
    ("county of", "The County of Santa Clara sued.", {"06085"}),
    ("parish", "Jefferson Parish deputies and Orleans Parish officials met.", {"22051", "2255000"}),
    (
        "state then county list",
        "Two Oregon counties — Multnomah and Washington — stopped.",
        {"41", "41051", "41067"},
    ),
    ("states before counties", "California and Texas counties disagree.", {"06", "48"}),
    ("apostrophe county", "Prince George's County and Montgomery County in Maryland.", {"24033", "24031"}),
    # cities
    ("city with AP state", "The mayor of Albany, N.Y., spoke.", {"3601000"}),
    ("city with other state", "Police in Albany, Ga., declined.", {"1301052"}),
    (
        "qualifier is no state mention",
        "Seattle, Washington, and Newark, New Jersey, were named.",
        {"5363000", "3451000"},
    ),
    ("in-state qualifier", "Springfield in Massachusetts adopted it.", {"2567000"}),
    ("bare big city", "Protests spread from Chicago to Los Angeles.", {"1714000", "0644000"}),
    ("agency name", "The Chicago Police Department issued a directive.", {"1714000"}),
    ("local code", "Chapter 12H of the San Francisco Administrative Code applies.", {"0667000"}),
    ("advocacy group", "The New York Civil Liberties Union sued.", set()),
    ("organization kind later in the name", "The Texas Public Policy Foundation disagreed.", set()),
    ("state agency", "The California Department of Justice issued guidance.", {"06"}),
    ("state police agency", "Florida Highway Patrol troopers assisted.", {"12"}),
    ("city of", "The City of El Cenizo joined the suit.", {"4822905"}),
    ("new england town", "Burlington, Massachusetts, voted at town meeting.", {"2501709840"}),
    ("township needs its kind", "Lawrence Township, N.J., passed a resolution.", {"3402139510"}),
    ("city and county of", "The City and County of San Francisco sued.", {"0667000"}),
    (
        "consolidated named twice",
        "San Francisco County and San Francisco, California, both appear.",
        {"0667000"},
    ),
    (
        "dotted city abbreviations",
        "L.A. County deputies and the L.A. City Council; S.F. too.",
        {"06037", "0644000", "0667000"},
    ),
    ("louisville metro", "Louisville Metro police will not hold people.", {"2148006"}),
    ("new york city", "New York City and NYC agencies were told.", {"3651000"}),
    ("new york qualified", "Our office is at 125 Main Street, New York, NY 10004.", {"3651000"}),
    ("new york state", "New York and New Jersey lawmakers disagreed.", {"36", "34"}),
    ("independent city", "Richmond, Virginia, limits cooperation.", {"5167000"}),
    # datelines
    ("dateline washington", "WASHINGTON — The Justice Department sent letters today.", {"11"}),
    ("dateline new york", "NEW YORK — The group said it would sue.", {"3651000"}),
    ("dateline with state", "SACRAMENTO, Calif. (AP) — The Senate voted.", {"0664000"}),
    ("dateline by context", "WILMINGTON - The Delaware affiliate wrote to police chiefs.", {"1077580", "10"}),
    ("mid-line dateline", "FOR RELEASE FRIDAY WASHINGTON – Today the office acted.", {"11"}),
    # Washington
    ("washington dc", "She testified in Washington, D.C., on Tuesday.", {"11"}),
    ("washington state", "Washington state passed a law.", {"53"}),
    ("washington in a state list", "Oregon, Washington and Colorado limit detainers.", {"41", "53", "08"}),
    ("washington on a list line", "The states:\n• Vermont\n• Washington\n", {"50", "53"}),
    ("washington as federal government", "Washington has threatened to cut grants.", set()),
    ("washington surname", "Former president George Washington never saw this.", set()),
    ("visit washington", "The mayor flew to Washington to meet officials.", {"11"}),
    ("dc alone", "The D.C. Council voted.", {"11"}),
    ("state code named in full", "Chapter 10.93 of the Revised Code of Washington applies.", {"53"}),
    ("county abbreviated", "Santa Clara Co. supervisors vote to sue", {"06085"}),
    # ambiguity resolved from context or population
    ("namesake by population", "Portland and Seattle sued the administration.", {"4159000", "5363000"}),
    ("namesake by document state", "Maine's largest city, Portland, responded.", {"23", "2360545"}),
    ("no guess without evidence", "Springfield officials said nothing.", set()),
    ("sacramento city by default", "Lawmakers in Sacramento approved it.", {"0664000"}),
    ("sacramento county named", "Sacramento County deputies stopped.", {"06067"}),
    # persons, newspapers, organizations, the nation
    ("person with title", "Mayor Jackson and Gov. Greg Austin spoke.", set()),
    ("person with given name", "Andrew Jackson and Jackson, Miss., differ.", {"2836000"}),
    ("surname repeated", "Sen. Tom Austin said no. Austin later left.", set()),
    (
        "title before an office of the place",
        "Former Chicago Mayor Rahm Emanuel spoke in Chicago.",
        {"1714000"},
    ),
    (
        "one stray word does not silence a big city",
        "The Enforcement Chicago office. Later, Chicago sued.",
        {"1714000"},
    ),
    ("speech verb", "Denver said on Monday it would comply.", set()),
    ("in city said", "Officials in Denver said it would comply.", {"0820000"}),
    ("newspaper", "The Los Angeles Times and Chicago Sun-Times reported it.", set()),
    ("university", "Boston University and the University of Texas filed briefs.", set()),
    ("private organization of", "The ACLU of Northern California sued.", set()),
    ("broadcaster", "NBC New York reported the story.", set()),
    ("street and river", "They marched on Pennsylvania Avenue to the Colorado River.", set()),
    ("case caption party", "In Illinois, see Ochoa v. Evanston, a case about jails.", {"17"}),
    ("city as case party", "In San Francisco v. Trump the city won.", {"0667000"}),
    ("nation", "The United States and Mexico signed an accord.", set()),
    ("the city", "The City and the County agreed.", set()),
    ("empty", "", set()),
    # names that are not what they first seem
    ("nyc boroughs are counties", "Rallies in Manhattan and Brooklyn.", {"36061", "36047"}),
    (
        "big namesake outweighs small in-state town",
        "In Texas, Cleveland and Houston police.",
        {"48", "3916000", "4835000"},
    ),
    ("county-only name without kind word", "Miami-Dade Mayor Ana Ruiz ordered it.", {"12086"}),
    ("court district is no county", "the Western District of Texas ruled", {"48"}),
    ("given name blocks later bare use", "Gary Smith said Gary's plan would pass.", set()),
    ("headline", "Trump Targets Chicago And Boston In New Order\nChicago said no.", {"1714000", "2507000"}),
    (
        "sentence-opening verb is no given name",
        "Joining Oregon were Seattle and Chicago.",
        {"41", "5363000", "1714000"},
    ),
    (
        "lower-case county after a list",
        "California: Sonoma and Monterey county sheriffs agreed.",
        {"06", "06097", "06053"},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_finds_exactly(name: str, text: str, expected: set[str], gazetteer: Gazetteer) -> None:
    assert codes(text, gazetteer) == expected


def test_one_reference_per_government_with_all_codes(gazetteer: Gazetteer) -> None:
    text = "Denver and the City and County of Denver, and Denver County, Colorado."
    refs = find_jurisdictions(text, gazetteer)
    assert len(refs) == 1
    ref = refs[0]
    assert ref.geoid == "0820000" and ref.geoids == ("0820000", "08031") and ref.level == "place"
    assert len(ref.spans) == 3


def test_dc_reference_carries_three_codes(gazetteer: Gazetteer) -> None:
    (ref,) = find_jurisdictions("WASHINGTON — A statement.", gazetteer)
    assert ref.geoid == "11" and set(ref.geoids) == {"11", "11001", "1150000"}
    assert ref.mention == "WASHINGTON"


def test_spans_slice_to_the_mention(gazetteer: Gazetteer) -> None:
    text = "In Cook County, Ill., and in Chicago's police department, Calif. law and Seattle, Wash."
    for ref in find_jurisdictions(text, gazetteer):
        for span in ref.spans:
            assert 0 <= span.start < span.end <= len(text)
            assert span.slice(text)[0].isupper()
        assert ref.spans[0].slice(text) == ref.mention
    assert {r.mention for r in find_jurisdictions(text, gazetteer)} == {
        "Cook County",
        "Chicago",
        "Calif.",
        "Seattle",
    }


def test_output_is_json_serializable(gazetteer: Gazetteer) -> None:
    refs = find_jurisdictions("Chicago, Illinois and Cook County.", gazetteer)
    assert json.loads(json.dumps([r.to_dict() for r in refs]))[0]["geoid"] == "1714000"


def test_default_registry_without_a_place_list() -> None:
    found = {j.geoid for j in find_jurisdictions("California and Cook County, Ill.; Philadelphia too.")}
    assert {"06", "17031", "4260000"} <= found


@pytest.mark.shared
def test_full_place_list_resolves_namesakes(shared_dir: Path) -> None:
    g = Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")
    text = "Officials in Watsonville, California, and Lawrence, Massachusetts, and in Hoboken, N.J., met."
    assert codes(text, g) == {"0683668", "2534550", "3432250"}


_PIECES = st.sampled_from(
    [
        "Washington",
        "WASHINGTON —",
        ", D.C.",
        " County",
        " counties",
        ", Ill.",
        " of ",
        "City of ",
        "New York",
        " v. ",
        "\n• ",
        "Gov. ",
        "Prince George's",
        " in ",
        "D-",
        "N.D. ",
        "Cal.",
        "St. ",
        "Chicago",
        " and ",
        "’s",
        ", ",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=25).map("".join))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for ref in find_jurisdictions(text):
        assert ref.mention == ref.spans[0].slice(text)
        for span in ref.spans:
            assert 0 <= span.start < span.end <= len(text)
        json.dumps(ref.to_dict())


def test_resolve_a_written_name(gazetteer: Gazetteer) -> None:
    assert resolve_jurisdiction("Cook County, Illinois", gazetteer).geoid == "17031"  # type: ignore[union-attr]
    assert resolve_jurisdiction("Portland, Maine", gazetteer).geoid == "2360545"  # type: ignore[union-attr]
    assert resolve_jurisdiction("Calif.", gazetteer) is None
    assert resolve_jurisdiction("California", gazetteer).geoid == "06"  # type: ignore[union-attr]
