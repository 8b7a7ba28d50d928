"""find_jurisdictions: a partner's or town's name before "Law Firm" / "Law Group" / "Law, PLLC" is a
private practice, and a city's name before a faith's or people's body ("Jewish Council") a
private body; a two-letter postal code before a sentence's period qualifies its place; a bare
place with namesakes in several named states is the one in the state of the court the text names
first; text that lost its spaces ("theStateofVermont", "CityofBurlington"). Texts written for these
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


LA, BOISE, IDAHO, CALIFORNIA = "0644000", "1608830", "16", "06"
NEBRASKA, FREMONT_NE, FREMONT_CA, LINCOLN_NE, OMAHA = "31", "3117670", "0626000", "3128000", "3137000"
WILLIAMS_CA = "0685586"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a law practice named for a partner or a town
    (
        "firm-after-partner",
        "Counsel: Ada Rusk, Hale, Williams Law Firm, Boise, ID; Al Toms, Los Angeles, CA.",
        {LA, BOISE},
    ),
    (
        "firm-ampersand-offices",
        "Ada Rusk, Hale & Williams Law Offices, Boise, ID; Al Toms, Los Angeles, CA.",
        {LA, BOISE},
    ),
    ("firm-group", "Ada Rusk, Williams Law Group, Boise, ID; Al Toms, Los Angeles, CA.", {LA, BOISE}),
    ("firm-office", "Ada Rusk, Williams Law Office, Boise, ID; Al Toms, Los Angeles, CA.", {LA, BOISE}),
    ("firm-pllc", "Ada Rusk, Williams Law, PLLC, Boise, ID; Al Toms, Los Angeles, CA.", {LA, BOISE}),
    ("firm-pc-dotted", "Ada Rusk, Williams Law P.C., Boise, ID; Al Toms, Los Angeles, CA.", {LA, BOISE}),
    ("firm-named-for-town", "Boise Law Firm partner Ada Rusk spoke in Idaho.", {IDAHO}),
    # negatives: the town's own government, and a state's law
    (
        "town-council-stays",
        "The Williams city council in California met on Monday.",
        {CALIFORNIA, WILLIAMS_CA},
    ),
    ("state-law-stays", "Under Idaho Law, Boise police must comply.", {IDAHO, BOISE}),
    ("state-law-comma-stays", "It broke Idaho Law, said Boise police.", {IDAHO, BOISE}),
    # --- a faith's or people's community body named for its city
    ("faith-council", "The Baltimore Jewish Council opposed the bill, Maryland officials said.", {"24"}),
    ("faith-diocese", "The Tucson Catholic Diocese spoke, Arizona officials said.", {"04"}),
    ("people-community-center", "The Omaha Somali Community Center spoke in Nebraska.", {NEBRASKA}),
    ("people-federation", "The Chicago Korean Federation met in Illinois.", {"17"}),
    # negatives: the city's own council beside such a body, and the city named as a place
    (
        "city-council-beside-body",
        "The Baltimore City Council voted; the Baltimore Jewish Council objected.",
        {"2404000"},
    ),
    ("city-as-place", "Rabbis in Baltimore opposed it; the Baltimore Jewish Council agreed.", {"2404000"}),
    # --- text whose spaces were lost: a fused "Stateof" / "Cityof"
    ("fused-state-of", "BeitenactedbytheGeneralAssemblyoftheStateofVermont: Sec.1 isamended.", {"50"}),
    ("fused-two-word-state", "ThelawsoftheStateofNewHampshire apply.", {"33"}),
    ("fused-commonwealth", "UnderthelawsoftheCommonwealthofMassachusetts itwaspassed.", {"25"}),
    ("fused-state-then-word", "ThebudgetoftheStateofVermontTransit fund.", {"50"}),
    ("fused-city-before-state", "TheCityofBurlington andtheStateofVermont agreed.", {"50", "5010675"}),
    ("fused-town-in-state", "TheTownofHartford andtheStateofVermont agreed.", {"50", "5002732275"}),
    # negatives: no state's name after the fused words; a city with no state named stays unread
    ("fused-not-a-state", "TheStateofConfusion isnotaplace, nor theStateofTheUnion.", set()),
    ("fused-city-without-state", "TheCityofBurlington agreed.", set()),
    # --- a two-letter postal code before a sentence's period
    ("code-ends-text", "Counsel: Ada Kim, San Diego, CA; Bo Lund, Lincoln, NE.", {"0666000", LINCOLN_NE}),
    (
        "code-ends-line",
        "Ada Kim, San Diego, CA. Bo Lund, Lincoln, NE.\nNext line.",
        {"0666000", LINCOLN_NE},
    ),
    (
        "code-before-next-sentence",
        "Ada Kim lives in San Diego, CA. Bo Lund moved to Lincoln, NE. He works there.",
        {"0666000", LINCOLN_NE},
    ),
    # negative: letters run on after the period, no sentence's end
    (
        "code-period-runs-on",
        "Ada Kim lives in San Diego, CA. Bo wrote Lincoln, NE.x for fun.",
        {"0666000", "0641474"},
    ),
    # --- the state of the court the text names first
    (
        "district-court-header",
        "Rusk v. City of Fremont\nCourt: U.S. District Court, District of Nebraska\n"
        "Counsel: Al Toms, Los Angeles, CA; Bo Lund, Lincoln, NE.",
        {NEBRASKA, FREMONT_NE, LA, LINCOLN_NE},
    ),
    (
        "district-court-capitals",
        "RUSK v. CITY OF FREMONT\nUNITED STATES DISTRICT COURT FOR THE DISTRICT OF NEBRASKA\n"
        "Counsel: Al Toms, Los Angeles, CA; Bo Lund, Omaha, NE.",
        {NEBRASKA, FREMONT_NE, LA, OMAHA},
    ),
    (
        "state-supreme-court-after",
        "Rusk v. City of Fremont. Nebraska Supreme Court. Al Toms, Los Angeles, CA; Bo Lund, Omaha, NE.",
        {NEBRASKA, FREMONT_NE, LA, OMAHA},
    ),
    (
        "supreme-court-of-state",
        "Rusk v. City of Fremont. Supreme Court of Nebraska. Al Toms, Los Angeles, CA; Bo Lund, Omaha, NE.",
        {NEBRASKA, FREMONT_NE, LA, OMAHA},
    ),
    # negatives: a court of the other state, and no court at all
    (
        "court-of-the-other-state",
        "Rusk v. City of Fremont\nCourt: U.S. District Court, Northern District of California\n"
        "Counsel: Bo Lund, Omaha, NE.",
        {CALIFORNIA, FREMONT_CA, OMAHA},
    ),
    (
        "no-court-keeps-larger",
        "A rally in Fremont drew crowds. Leaders from Nebraska and California attended.",
        {CALIFORNIA, FREMONT_CA, NEBRASKA},
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_finds_exactly(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert {ref.geoid for ref in find_jurisdictions(text, census)} == expected
