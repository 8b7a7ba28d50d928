"""find_jurisdictions: a court caption's party "COUNTY OF X, Plaintiffs-Appellants" (in capitals, a
kind word and "OF" before the name, a hyphenated word after the comma) is no dateline, and "the
Sheriff and County of X" is a county (only "City and County of X" is a city); "In Washington,"
opening a sentence in a story about Washington state is the state; what the federal government does
"in Washington" ("the administration's actions in Washington, D. C.") is no mention; a function word
that PDF extraction glued to the name after "City of" ("City of Elmwoodshall") is dropped; more postal
codes stand for their states ("NM cities"); a county's bare name among a list's towns, one a line, is
the county. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


NJ, CAPE_MAY_COUNTY, CAPE_MAY_CITY = "34", "34009", "3410270"
TRENTON, LAKEWOOD_TWP = "3474000", "3402938550"
WA, KITSAP, OLYMPIA, DC = "53", "53035", "5351300", "11"
OR, LINCOLN_OR, SALEM_OR = "41", "41041", "4164900"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a caption's party in capitals is no dateline
    (
        "county-of-party",
        "ANN ROE, Sheriff, and COUNTY OF CAPE MAY, Plaintiffs-Appellants,",
        {CAPE_MAY_COUNTY},
    ),
    ("county-of-party-singular", "COUNTY OF CAPE MAY, Plaintiff-Appellant, v. JOHN POE.", {CAPE_MAY_COUNTY}),
    ("city-of-party", "CITY OF TRENTON, Defendant-Respondent,", {TRENTON}),
    (
        "township-of-party",
        "TOWNSHIP OF LAKEWOOD, Respondent-Appellant. New Jersey law applies.",
        {NJ, LAKEWOOD_TWP},
    ),
    ("hyphenated-region-no-dateline", "The firm moved to TRENTON, Jersey-based staff said.", {TRENTON}),
    # "X and County of Y" is a county; only "City and County of Y" is the consolidated city
    (
        "and-county-of",
        "The Sheriff and County of Cape May sued. New Jersey law applies.",
        {NJ, CAPE_MAY_COUNTY},
    ),
    ("city-and-county-of", "The City and County of Denver sued.", {"0820000"}),
    ("city-and-county-of-capitals", "CITY AND COUNTY OF DENVER, Defendant.", {"0820000"}),
    # negatives: a real dateline still reads, with or without a kind word before the city
    ("dateline-still-read", "CAPE MAY, N.J. — The council voted on Monday.", {CAPE_MAY_CITY}),
    ("dateline-glued-dash", "TRENTON, N.J.-The council voted on Monday.", {TRENTON}),
    ("county-of-dateline", "COUNTY OF CAPE MAY — The freeholders voted on Monday.", {CAPE_MAY_COUNTY}),
    # --- "In Washington," at a sentence's start, in a story about the state
    (
        "in-washington-sentence-start",
        "Counties in Washington state dropped the holds. Kitsap County agreed. In Washington, two groups sued.",
        {WA, KITSAP},
    ),
    (
        "in-washington-capitals",
        "Counties in Washington state dropped the holds. Kitsap County agreed. IN WASHINGTON, two groups sued.",
        {WA, KITSAP},
    ),
    (
        "in-washington-lower",
        "Olympia passed a law in Washington state. Jails in Washington now comply.",
        {WA, OLYMPIA},
    ),
    # negative: a trip to the capital stays the capital
    (
        "to-washington-stays-dc",
        "Counties in Washington state dropped the holds. Kitsap County agreed. The sheriff flew to Washington.",
        {WA, KITSAP, DC},
    ),
    # --- what the federal government does in Washington
    (
        "actions-in-washington-spaced-dc",
        "Lincoln County staff weighed the administration's actions in Washington, D. C. Oregon law holds.",
        {OR, LINCOLN_OR},
    ),
    (
        "activities-undertaken-in",
        "Lincoln County goes on regardless of the actions and activities undertaken in Washington D.C. in Oregon.",
        {OR, LINCOLN_OR},
    ),
    ("decisions-made-in", "Decisions made in Washington reach Salem, Oregon.", {SALEM_OR}),
    (
        "developments-in",
        "Developments in Washington, D.C., worry Lincoln County officials in Oregon.",
        {OR, LINCOLN_OR},
    ),
    # negatives: people at a place, meetings there
    (
        "meetings-in-dc",
        "Lincoln County staff attended meetings in Washington, D.C. Oregon law holds.",
        {DC, OR, LINCOLN_OR},
    ),
    (
        "traveled-to-dc",
        "Lincoln County staff traveled to Washington, D. C. Oregon law holds.",
        {DC, OR, LINCOLN_OR},
    ),
    # --- a function word glued to the name after "City of" by PDF extraction
    (
        "glued-shall",
        "No officer of the City of Eugeneshall stop anyone. The State of Oregon agrees.",
        {OR, "4123850"},
    ),
    ("glued-and", "The City of Salemand the county agreed in Oregon.", {OR, SALEM_OR}),
    ("glued-county-will", "The County of Lincolnwill pay, Oregon says.", {OR, LINCOLN_OR}),
    ("glued-town", "The Town of Amherstshall decide. Massachusetts law applies.", {"25", "2501501325"}),
    # negatives: a name that ends so is itself the place; a glued word with no place before it
    ("name-ends-in-shall", "The City of Marshall agreed. Texas law applies.", {"48", "4846776"}),
    ("no-place-before-glue", "The City of Zqxvshall agreed. Texas law applies.", {"48"}),
    ("no-kind-before-of", "The mayor of Eugeneshall speak. Oregon law applies.", {OR}),
    # --- a county set among a list's towns, one a line, without the word "County"
    (
        "county-row-starred",
        "Welcoming places in Washington state:\nAuburn Resolution 12\nKent *\nThurston *\nOlympia Resolution 9",
        {WA, "5303180", "5335415", "53067", OLYMPIA},
    ),
    (
        "county-row-last",
        "Washington state towns that signed:\nKent *\nThurston",
        {WA, "5335415", "53067"},
    ),
    (
        "county-row-after-county-row",
        "Washington state towns that signed:\nKent *\nKing *\nThurston *",
        {WA, "5335415", "53033", "53067"},
    ),
    # negatives: in a sentence; no town row beside it; two states named
    ("county-row-in-sentence", "Washington: Olympia, Tacoma and Thurston signed.", {OLYMPIA, "5370000"}),
    ("county-row-alone", "Washington state.\n\nThurston *\n\nThe end.", {WA}),
    (
        "county-row-two-states",
        "Washington and Oregon towns:\nKent *\nThurston *\nSalem *",
        {WA, OR, "5335415", SALEM_OR},
    ),
    # --- a postal code standing for its state, beyond the first list of codes
    ("postal-nm-cities", "NM cities push back against the new rule", {"35"}),
    ("postal-nc-sheriffs", "Six NC sheriffs signed the pledge on Tuesday.", {"37"}),
    ("postal-ks-lawmakers", "KS lawmakers passed the bill.", {"20"}),
    ("postal-wa-act", "The WA Keep Washington Working Act took effect.", {WA}),
    ("postal-nd-law", "The ND law took effect in May.", {"38"}),
    # negatives: an address, a unit after a number, all-capital text
    ("postal-address", "Write to 12 Elm St., Santa Fe, NM 87501.", {"3570500"}),
    ("postal-unit", "The boat was 12 NM offshore when it turned.", set()),
    ("postal-capitals", "NM CITIES PUSH BACK", set()),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout20_classes(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
