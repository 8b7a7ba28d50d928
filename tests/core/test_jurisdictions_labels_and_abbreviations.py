"""The jurisdictions finder on five classes of errors met in held-out documents, against the Census list.

Every passage is written for this file; each class is exercised with several names, states and wordings:
a state's own dateline against a same-named town; a legislator's party label naming a home town; a
county named with no state anywhere in the text; cities clipped to a stem and a period ("Phila."); a
state named as the owner of a body of law after a word that could head an organization's name.
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
    # A state's own dateline is the state; a same-named town only when the dateline qualifies it.
    ("state dateline, en dash", "GEORGIA – Governor Ann Roe signed the bill Friday, sheriffs said.", {"13"}),
    (
        "state dateline, em dash",
        "OREGON — The Legislature sent the governor a bill on jail contracts.",
        {"41"},
    ),
    ("state dateline, double hyphen", "VERMONT -- Lawmakers approved the measure on a voice vote.", {"50"}),
    (
        "two-word state after a release line",
        "FOR IMMEDIATE RELEASE  NEW MEXICO – The governor signed the bill today.",
        {"35"},
    ),
    (
        "state dateline, small namesakes",
        "DELAWARE – State police will no longer hold people for ICE.",
        {"10"},
    ),
    ("qualified town of a state's name", "GEORGIA, Vt. – The selectboard voted to limit it.", {"5001127700"}),
    ("qualified city of a state's name", "DELAWARE, Ohio – The city council met Tuesday night.", {"3921434"}),
    (
        "city that begins with a state's name",
        "KANSAS CITY – The council approved the ordinance.",
        {"2938000"},
    ),
    # A party label's home town lies in the legislator's state.
    (
        "label town that is also a common word",
        "Rep. Lena Ortiz (D-Columbia) said the Tennessee bill would hurt families.",
        {"4716540", "47"},
    ),
    (
        "label after a comma",
        "Sen. Dale Frost, R-Franklin, said Tennessee lawmakers would override the veto.",
        {"4727740", "47"},
    ),
    (
        "label with its own state",
        "Rep. Carla Hunt (R-Springfield, Tenn.) filed the bill.",
        {"4770500"},
    ),
    (
        "abbreviated saint-like town and a foreign-named town",
        "Rep. Ray Moss, R-Mt. Juliet, and Rep. Jo Park, R-Lebanon, spoke for the Tennessee bill.",
        {"4750780", "4741520", "47"},
    ),
    (
        "the state the text names most",
        "said Rep. Tom Gale, D-Columbia. The South Carolina House passed it; a Tennessee bill is stalled."
        " South Carolina sheriffs agreed.",
        {"4516000", "45", "47"},
    ),
    (
        "label town with another state's namesake",
        "Rep. Amy Holt (R-Oxford) said the Mississippi bill was needed.",
        {"2854840", "28"},
    ),
    ("common-word label town without a state", "Sen. Mia Ross (D-Columbia) spoke to reporters.", set()),
    # ... and so does the home town the press gives after "of".
    (
        "legislator of a common-word town",
        "State Rep. Tim Hale of Columbia said the Tennessee bill was needed.",
        {"4716540", "47"},
    ),
    (
        "legislator with initial and suffix",
        "Rep. John A. Smith Jr. of Mt. Juliet said Tennessee would act.",
        {"4750780", "47"},
    ),
    (
        "assembly member of a common-word town",
        "Assemblywoman Ann Kirk of Oxford on Tuesday backed the Mississippi bill.",
        {"2854840", "28"},
    ),
    ("legislator of a qualified town", "Rep. Jo Park of Columbia, S.C., spoke.", {"4516000"}),
    ("member of Congress of a state", "Sen. Ted Cruz of Texas spoke against it.", {"48"}),
    (
        "legislator of a county",
        "Rep. Chris Todd of Madison County spoke for the Tennessee bill.",
        {"47113", "47"},
    ),
    ("legislator of an unplaced town", "Rep. Ann Kirk of Springfield said the bill was needed.", set()),
    ("a president's wing of a party", "He was a Clinton Democrat in Arkansas.", {"05"}),
    ("a faction of a party", "a Tea Party Republican in South Dakota", {"46"}),
    (
        "legislator of a town, a weekday after it",
        "Rep. Ann Kirk of Franklin Tuesday said the Tennessee bill was needed.",
        {"4727740", "47"},
    ),
    ("legislator of a faction", "Sen. Ann Kirk of Tea Party fame spoke in South Dakota.", {"46"}),
    # A county with no state anywhere: the likeliest namesake (SPEC's gold then lists them all).
    (
        "sheriff's department, no state",
        "The Plymouth County Sheriff's Department entered into an agreement with ICE.",
        {"25023"},
    ),
    ("sheriff, no state", "The Bristol County sheriff signed a 287(g) agreement.", {"25005"}),
    ("jail, no state", "The Suffolk County jail will stop honoring detainers.", {"36103"}),
    (
        "thirty namesakes, no state",
        "The Washington County Sheriff signed the memorandum.",
        {"42125"},
    ),
    (
        "two counties, no state",
        "Officials of Montgomery County and Suffolk County met.",
        {"42091", "36103"},
    ),
    ("a named state decides", "The Plymouth County sheriff met officials from Iowa.", {"19149", "19"}),
    # Cities clipped to a stem and a period.
    ("clipped city in an order's name", "See Phila. Exec. Order No. 1-17 (2017).", {"4260000"}),
    ("clipped city after City of", "The City of Phila. adopted the policy in 2016.", {"4260000"}),
    ("clipped city before its police", "Balt. City police officers will not ask about status.", {"2404000"}),
    ("clipped county", "The Balt. Co. executive signed the order.", {"24005"}),
    ("news clipping", "Mpls. police will not ask about immigration status.", {"2743000"}),
    ("a law school's journal", "See Note, 30 U. Balt. L. Rev. 101 (2001).", set()),
    ("a newspaper", "as the Phila. Inquirer first reported.", set()),
    # "N/A" closes a form's empty cell, so two capitalized words after it are a person's name.
    ("form cell after N/A", "Policy Chapters N/A Nathaniel Allen", set()),
    (
        "form cell after n/a, two lines",
        "Rescinds n/a\nStandards n/a Maria Irving\nThe policy follows.",
        set(),
    ),
    ("agency after N/A", "Related Orders: N/A Chicago Police Department", {"1714000"}),
    # A state named as the owner of a body of law.
    (
        "chapter of a state's statutes",
        "The bill creates a new chapter of Florida Statutes on immigration detention.",
        {"12"},
    ),
    ("section of a state's law", "The act amends a section of Ohio law on jail contracts.", {"39"}),
    ("lower-case statutes", "The rule sits under a chapter of Texas statutes.", {"48"}),
    ("spelled-out code title", "Under the Revised Code of Washington, officers may not ask.", {"53"}),
    ("code title around the state", "as the Official Code of Georgia Annotated requires", {"13"}),
    ("numbered chapter of a state's laws", "under the Laws of Montana Chapter 5, officers may not", {"30"}),
    ("an office of a state before a name", "the Governor of Indiana Eric Holcomb signed it", {"18"}),
    ("an organization's chapter", "The ACLU chapter of Florida said it would sue.", set()),
    ("a state's chapter of an organization", "the Montana Chapter of the ACLU said", set()),
    ("a state's name as a given name", "Virginia Foxx said the bill was needed.", set()),
    ("a university's law school", "a professor at the University of Florida law school", set()),
    ("an association of officers", "the Association of Texas law enforcement officers said", set()),
    ("a chapter of firms", "a chapter of Ohio law firms met", set()),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_passage(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label


def test_label_state_is_part_of_the_town(census: Gazetteer) -> None:
    # "(R-Springfield, Tenn.)": the state only qualifies the town (SPEC), so it is no mention of its own.
    found = find_jurisdictions("Rep. Carla Hunt (R-Springfield, Tenn.) filed the bill.", census)
    assert [(j.geoid, j.mention) for j in found] == [("4770500", "Springfield")]
