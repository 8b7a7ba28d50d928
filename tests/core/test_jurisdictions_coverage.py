"""find_jurisdictions coverage: every state by name, possessive and adjective; a place qualified by a
postal code or an AP abbreviation (the state then only qualifies it); county, city and agency forms;
and names that are no place mention (people, newspapers, universities and their campuses). Texts
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import us

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


def _found(text: str, census: Gazetteer) -> set[str]:
    return {j.geoid for j in find_jurisdictions(text, census)}


_STATES = [s for s in us.states.STATES_AND_TERRITORIES if s.abbr != "WA"]  # bare "Washington" is D.C.


@pytest.mark.parametrize("state", _STATES, ids=[s.abbr for s in _STATES])
def test_state_by_name_possessive_and_adjective(census: Gazetteer, state: us.states.State) -> None:
    name = str(state.name)
    assert _found(f"Officials in {name} approved the plan on Monday.", census) == {state.fips}
    assert _found(f"{name}'s new law took effect in March.", census) == {state.fips}
    assert _found(f"The {name} Legislature passed it, and {name} lawmakers cheered.", census) == {state.fips}


# A state capital, its state's postal code and AP abbreviation (None where AP spells the name out).
CAPITALS: list[tuple[str, str, str | None, str]] = [
    ("Montgomery", "AL", "Ala.", "0151000"),
    ("Phoenix", "AZ", "Ariz.", "0455000"),
    ("Little Rock", "AR", "Ark.", "0541000"),
    ("Sacramento", "CA", "Calif.", "0664000"),
    ("Denver", "CO", "Colo.", "0820000"),
    ("Hartford", "CT", "Conn.", "0937000"),
    ("Dover", "DE", "Del.", "1021200"),
    ("Tallahassee", "FL", "Fla.", "1270600"),
    ("Atlanta", "GA", "Ga.", "1304000"),
    ("Boise", "ID", None, "1608830"),
    ("Springfield", "IL", "Ill.", "1772000"),
    ("Indianapolis", "IN", "Ind.", "1836000"),
    ("Topeka", "KS", "Kan.", "2071000"),
    ("Frankfort", "KY", "Ky.", "2128900"),
    ("Baton Rouge", "LA", "La.", "2205000"),
    ("Annapolis", "MD", "Md.", "2401600"),
    ("Boston", "MA", "Mass.", "2507000"),
    ("Lansing", "MI", "Mich.", "2646000"),
    ("St. Paul", "MN", "Minn.", "2758000"),
    ("Jackson", "MS", "Miss.", "2836000"),
    ("Jefferson City", "MO", "Mo.", "2937000"),
    ("Helena", "MT", "Mont.", "3035600"),
    ("Lincoln", "NE", "Neb.", "3128000"),
    ("Carson City", "NV", "Nev.", "3209700"),
    ("Concord", "NH", "N.H.", "3314200"),
    ("Trenton", "NJ", "N.J.", "3474000"),
    ("Santa Fe", "NM", "N.M.", "3570500"),
    ("Albany", "NY", "N.Y.", "3601000"),
    ("Raleigh", "NC", "N.C.", "3755000"),
    ("Bismarck", "ND", "N.D.", "3807200"),
    ("Oklahoma City", "OK", "Okla.", "4055000"),
    ("Salem", "OR", "Ore.", "4164900"),
    ("Harrisburg", "PA", "Pa.", "4232800"),
    ("Providence", "RI", "R.I.", "4459000"),
    ("Columbia", "SC", "S.C.", "4516000"),
    ("Pierre", "SD", "S.D.", "4649600"),
    ("Nashville", "TN", "Tenn.", "4752006"),
    ("Austin", "TX", "Tex.", "4805000"),
    ("Montpelier", "VT", "Vt.", "5046000"),
    ("Richmond", "VA", "Va.", "5167000"),
    ("Olympia", "WA", "Wash.", "5351300"),
    ("Charleston", "WV", "W.Va.", "5414600"),
    ("Madison", "WI", "Wis.", "5548000"),
    ("Cheyenne", "WY", "Wyo.", "5613900"),
]


@pytest.mark.parametrize(("city", "code", "ap", "geoid"), CAPITALS, ids=[c[1] for c in CAPITALS])
def test_state_qualifier_is_part_of_the_place(
    census: Gazetteer, city: str, code: str, ap: str | None, geoid: str
) -> None:
    assert _found(f"The meeting was held in {city}, {code} on Tuesday.", census) == {geoid}
    assert _found(f"The {city}, {code} council voted.", census) == {geoid}
    if ap is not None:
        assert _found(f"The meeting was held in {city}, {ap}, on Tuesday.", census) == {geoid}
        assert _found(f"{city.upper()}, {ap} — The council voted on Monday.", census) == {geoid}


CASES: list[tuple[str, str, set[str]]] = [
    # --- a state named with a politician, a possessive or as a government
    ("party-label-dotted", "Gov. Ann Kemper (R-Ga.) signed the bill.", {"13"}),
    ("party-label-comma", "Sen. Jane Roe, D-Ill., objected to the plan.", {"17"}),
    ("party-label-spelled", "Rep. John Doe (R-Texas) objected.", {"48"}),
    ("party-label-postal", "Rep. Ann Poe (D-CA) objected.", {"06"}),
    ("party-label-no-period", "Rep. Ann Poe (D-Mass) and Rep. Al Roe, R-Tenn, objected.", {"25", "47"}),
    ("party-label-district", "Rep. Ann Poe (R-TX-21) objected.", {"48"}),
    ("party-label-hometown", "Rep. Ann Poe (R-Gary) objected to the Indiana law.", {"1827000", "18"}),
    ("possessive-bill", "Arizona's SB 1070 was challenged in court.", {"04"}),
    ("possessive-s-apostrophe", "Texas' law took effect in September.", {"48"}),
    ("state-before-title", "Florida Gov. Rob Danner signed it.", {"12"}),
    ("state-agency", "The Texas Department of Public Safety helped.", {"48"}),
    ("state-of", "The State of New York sued.", {"36"}),
    ("commonwealth-of", "The Commonwealth of Massachusetts sued.", {"25"}),
    ("washington-state", "Washington state passed a law.", {"53"}),
    ("washington-governor", "Washington Gov. Ed Hale signed it.", {"53"}),
    # --- counties and county-equivalents
    ("parish", "Jefferson Parish deputies arrested him.", {"22051"}),
    ("borough", "The Matanuska-Susitna Borough assembly met.", {"02170"}),
    ("municipality-of-anchorage", "The Municipality of Anchorage passed an ordinance.", {"0203000"}),
    ("virginia-independent-city", "The City of Richmond, Virginia, adopted the policy.", {"5167000"}),
    ("hyphenated-county", "Miami-Dade County honored the detainers.", {"12086"}),
    ("st-louis-county", "St. Louis County police arrested him.", {"29189"}),
    ("st-louis-city", "St. Louis police arrested him.", {"2965000"}),
    ("possessive-county-name", "Prince George's County officials objected.", {"24033"}),
    ("dekalb-in-georgia", "In Georgia, DeKalb County officials objected.", {"13", "13089"}),
    ("dekalb-in-illinois", "In Illinois, DeKalb County officials objected.", {"17", "17037"}),
    ("baltimore-county", "Baltimore County police arrested him.", {"24005"}),
    ("baltimore-city", "Baltimore City police arrested him.", {"2404000"}),
    ("county-list", "Dallas, Harris and Travis counties in Texas ended it.", {"48113", "48201", "48453"}),
    ("county-of-lower", "The county of Los Angeles sued.", {"06037"}),
    ("counties-of-lower", "The counties of Dallas and Travis in Texas sued.", {"48113", "48453"}),
    ("counties-of-capitalized", "The Counties of Dallas and Travis in Texas sued.", {"48113", "48453"}),
    (
        "counties-of-capitalized-qualified",
        "Officials of the Counties of Santa Clara and San Mateo, California, sued.",
        {"06085", "06081"},
    ),
    ("sheriffs-office", "The Maricopa County Sheriff's Office said it would comply.", {"04013"}),
    ("sheriff-title", "Maricopa County Sheriff Pat Dunne said it would comply.", {"04013"}),
    (
        "same-county-two-states",
        "Montgomery County, Md., and Montgomery County, Pa., objected.",
        {"24031", "42091"},
    ),
    # --- a county sharing its name with another state's unified government ("Webster County", Ga.)
    ("county-named-like-a-place-elsewhere", "In Iowa, Webster County officials declined.", {"19", "19187"}),
    ("county-named-like-a-place-qualified", "Webster County, Nebraska, officials declined.", {"31181"}),
    ("the-place-itself", "Webster County, Ga., officials declined.", {"1381128"}),
    # --- "in Washington" is the state when a county named nowhere else is one of Washington's
    ("in-washington-its-county", "In Washington, the Pierce County Sheriff declined.", {"53", "53053"}),
    ("in-washington-another-county", "Lawmakers in Washington praised Harris County.", {"11", "48201"}),
    ("in-washington-its-town", "In Washington, Puyallup police declined to help.", {"53", "5356695"}),
    ("in-washington-a-big-city", "Lawmakers in Washington met. Seattle police declined.", {"11", "5363000"}),
    # --- a common word or a foreign city's name before its own police, in a state the text names
    ("common-word-town-police", "In Alabama, Florence police declined to help.", {"01", "0126896"}),
    ("foreign-name-town-police", "In Georgia, the Rome police chief declined to help.", {"13", "1366668"}),
    ("country-name-police", "In Missouri, Mexico police declined to help.", {"29"}),
    ("common-word-without-police", "In Alabama, Florence declined to help.", {"01"}),
    # --- a state has no mayor
    ("washington-mayor", "Washington Mayor Ann Lee said the District would not comply.", {"11"}),
    ("state-named-town-mayor", "In Ohio, Delaware Mayor Ann Lee objected.", {"39", "3921434"}),
    ("state-mayors-plural", "Texas mayors objected.", {"48"}),
    ("headline-state-mayor", "Virginia Mayor Resigns Over Policy", {"51"}),
    # --- cities and their agencies
    # a bare name with no state in the text: a city-county or independent city, unless far outweighed
    ("bare-outweighs-city-county", "Columbus police declined.", {"3918000"}),
    ("bare-outweighs-independent-city", "Salem police declined.", {"4164900"}),
    ("bare-city-county", "Augusta police and Richmond police declined.", {"1304204", "5167000"}),
    ("possessive-first-word", "Lee's Summit police declined.", {"2941348"}),
    ("possessive-first-word-qualified", "Officials in Sullivan's Island, S.C., declined.", {"4570090"}),
    ("possessive-of-a-city", "Chicago's Police Department declined.", {"1714000"}),
    ("city-of", "The City of Austin, Texas, passed the ordinance.", {"4805000"}),
    ("police-department", "The Tucson Police Department said it would comply.", {"0477000"}),
    ("city-council", "The Tucson City Council voted.", {"0477000"}),
    ("mayor-of", "The Mayor of Tucson voted.", {"0477000"}),
    ("based", "The Tucson-based group sued.", {"0477000"}),
    ("dateline-ap", "PHOENIX (AP) — The council voted on Monday.", {"0455000"}),
    ("dateline-spelled-state", "AUSTIN, Texas — The council voted on Monday.", {"4805000"}),
    ("dateline-with-date", "DENVER, Colo., March 3, 2019 — The council voted.", {"0820000"}),
    ("boise-bare", "Police in Boise met with the mayor.", {"1608830"}),
    ("boise-address", "Send comments to 100 Main St., Boise, ID 83702.", {"1608830"}),
    ("boise-county", "Boise County deputies met.", {"16015"}),
    ("boise-city-oklahoma", "The meeting was in Boise City, Oklahoma.", {"4007300"}),
    ("kansas-city-kansas", "Kansas City, Kan., police declined.", {"2036000"}),
    ("kansas-city-missouri", "In Missouri, Kansas City passed a law.", {"29", "2938000"}),
    ("jersey-city", "Jersey City passed a law.", {"3436000"}),
    ("new-mexico-not-mexico", "Police in New Mexico and Mexico City met.", {"35"}),
    # --- an AP abbreviation standing alone for its state, before a lower-case word
    ("abbreviation-headline", "Calif. sheriff defies state law", {"06"}),
    ("abbreviation-before-noun", "The Ore. law bars the practice.", {"41"}),
    ("abbreviation-possessive", "N.Y.'s governor signed it.", {"36"}),
    ("abbreviation-two-part", "W. Va. lawmakers passed it.", {"54"}),
    ("abbreviation-in-citation", "See Fla. Stat. 908.1 and 45 Ga. 123.", set()),
    ("abbreviation-delegate-title", "Del. Jo Lee said so.", set()),
    # --- "Washington" in a pair of states, not the capital's region or the pair of big cities
    ("washington-and-state", "Washington and Oregon passed laws.", {"53", "41"}),
    ("washington-and-virginia", "Washington and Virginia officials met.", {"51"}),
    # --- a common word that is a city, in a list standing where places do, in the state named
    (
        "common-word-in-city-list",
        "In Texas, officials in Pharr, Mission and Edinburg objected.",
        {"48", "4857200", "4848768", "4822660"},
    ),
    (
        "common-word-last-in-list",
        "In Texas, officials in Pharr, Edinburg and Mission objected.",
        {"48", "4857200", "4848768", "4822660"},
    ),
    (
        "common-word-list-before-police",
        "In Texas, Pharr, Mission and Edinburg police objected.",
        {"48", "4857200", "4848768", "4822660"},
    ),
    # --- a county-only name before its office in lower case
    ("county-only-name-sheriff", "In Georgia, the Gwinnett sheriff declined.", {"13", "13135"}),
    ("county-only-name-sheriffs", "Gwinnett sheriff's deputies declined.", {"13135"}),
    # --- a postal code after one space, ending a line or item or before a ZIP code, qualifies the place
    ("spaced-postal-table", "Clark County NV\nWashoe County NV", {"32003", "32031"}),
    ("spaced-postal-cities", "Reno NV\nPortland OR\nPortland ME", {"3260600", "4159000", "2360545"}),
    ("spaced-postal-address", "100 N. Carson St, Carson City NV 89701", {"3209700"}),
    ("spaced-postal-item", "Harris County TX; Dallas County TX", {"48201", "48113"}),
    ("postal-alone-still-the-state", "Gov. Lee signed the law in TX.", {"48"}),
    # --- a court's district in a citation, and a county abbreviated in a case name
    ("court-district-before-date", "Doe v. Roe, No. 1:17-cv-1 (N.D. Cal. Jan. 2, 2018).", {"06"}),
    ("court-district-two-part", "Doe v. Roe, 1 F. Supp. 3d 2 (N.D. W. Va. 2018).", {"54"}),
    (
        "county-abbreviated-in-case-name",
        "Roe v. Clackamas Cnty., 2014 WL 1414305 (D. Or. 2014).",
        {"41005", "41"},
    ),
    # --- a list of places elsewhere names a famous namesake, not the small one of a state the text names
    (
        "listed-with-places-elsewhere",
        "Towns like Chicago, Boston, Newark and Seattle were named; California objected.",
        {"1714000", "2507000", "3451000", "5363000", "06"},
    ),
    (
        "listed-with-places-in-its-state",
        "California cities such as Los Angeles, Fremont and Newark objected.",
        {"06", "0644000", "0626000", "0650916"},
    ),
    ("bare-in-its-state", "In California, Newark police objected.", {"06", "0650916"}),
    # --- a town of a name no other place bears, before its police, in a text that names no state
    ("unique-name-police", "Atlantic City police and Panama City police declined.", {"3402080", "1254700"}),
    # --- no place mention
    ("people", "Andrew Jackson and Lena Austin spoke.", set()),
    ("senator-surname", "Sen. Elizabeth Warren spoke.", set()),
    ("given-name", "Marion Cole, a nurse, spoke.", set()),
    ("federal-washington", "The mandate from Washington angered mayors.", set()),
    ("newspaper", "The Arizona Republic and the Houston Chronicle reported it.", set()),
    ("newspaper-times", "The Tampa Bay Times reported it.", set()),
    ("newspaper-county-only-name", "The Salt Lake Tribune reported it.", set()),
    ("newsroom-public-radio", "Texas Public Radio and Houston Public Media reported it.", set()),
    ("newsroom-capital", "The Iowa Capital Dispatch and the Arizona Capitol Times reported it.", set()),
    (
        "newsroom-words",
        "The Kansas Reflector, the Louisiana Illuminator and Mississippi Today reported it.",
        set(),
    ),
    ("newsroom-voice-of", "Voice of San Diego reported it.", set()),
    ("newsroom-call-letters", "WBEZ Chicago reported it.", set()),
    ("state-public-office", "The Ohio Public Defender objected.", {"39"}),
    ("city-public-library", "The Houston Public Library opened.", {"4835000"}),
    ("university-of-state", "A professor at the University of Texas said so.", set()),
    ("georgia-tech", "A professor at Georgia Tech said so.", set()),
    ("team", "The Dallas Cowboys won.", set()),
    ("streets", "The offices on Texas Avenue and at 12 Florida Street closed.", set()),
    ("aclu", "The ACLU of Northern California sued.", set()),
    # --- a campus named after its university's state is the university's
    ("campus-comma", "A professor at the University of California, Los Angeles said it.", set()),
    ("campus-comma-comma", "A professor at the University of Maryland, College Park, said it.", set()),
    ("campus-at", "A professor at the University of Texas at Austin said it.", set()),
    ("campus-hyphen", "A professor at the University of Wisconsin-Madison said it.", set()),
    ("campus-suny", "A professor at the State University of New York at Buffalo said it.", set()),
    (
        "campus-then-a-city",
        "A professor at the University of California, Berkeley, spoke in Chicago.",
        {"1714000"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_jurisdiction_coverage(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert _found(text, census) == expected, label
