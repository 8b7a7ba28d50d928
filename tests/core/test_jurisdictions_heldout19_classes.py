"""find_jurisdictions: a list of bare names after a county office's plural ("county sheriffs include
Lee, Polk and Pasco") or after "counties" and a verb is a list of counties; a court caption flattened
onto one line keeps its district's state and its division's seat though an organization's name follows;
OCR's period for a comma in an address ("Watkinsville. GA 30677"); a listed person's middle name that is
a common word ("Joyce White Vance") leaves the surname a person's. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


FL = "12"
LEE, MANATEE, POLK, PASCO = "12071", "12081", "12105", "12101"
CHARLOTTE, MONROE, SARASOTA = "12015", "12087", "12115"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a list of counties named by their offices, or by "counties" and a verb
    (
        "county-sheriffs-include",
        "Signing county sheriffs include Lee, Charlotte, Monroe, Sarasota and Pasco. Florida law applies.",
        {FL, LEE, CHARLOTTE, MONROE, SARASOTA, PASCO},
    ),
    (
        "county-jails-in",
        "The county jails in Lee, Manatee and Pasco signed. Florida law applies.",
        {FL, LEE, MANATEE, PASCO},
    ),
    (
        "county-officials-of",
        "The county officials of Lee and Polk met with Tom Arvello. Florida law applies.",
        {FL, LEE, POLK},
    ),
    (
        "county-sheriffs-colon",
        "Florida county sheriffs: Charlotte, Monroe and Sarasota.",
        {FL, CHARLOTTE, MONROE, SARASOTA},
    ),
    (
        "counties-include",
        "Participating counties include Lee, Manatee and Pasco. Florida law applies.",
        {FL, LEE, MANATEE, PASCO},
    ),
    (
        "counties-are",
        "The member counties are Lee, Manatee, Polk and Pasco. Florida law applies.",
        {FL, LEE, MANATEE, POLK, PASCO},
    ),
    (
        "counties-that-verb-include",
        "Counties that signed include Charlotte, Monroe and Pasco. Florida law applies.",
        {FL, CHARLOTTE, MONROE, PASCO},
    ),
    # negatives: one name, towns that are no counties, a verb with no list, states listed
    ("county-jails-cities", "The county jails in Orlando and Tampa signed. Florida law applies.",
     {FL, "1253000", "1271000"}),
    ("counties-are-no-list", "The counties are small. Florida law applies.", {FL}),
    ("counties-include-states", "Counties include Texas and Ohio ones.", {"48", "39"}),
    ("county-sheriffs-one-name", "County sheriffs include Lee alone. Florida law applies.", {FL}),
    # --- a court caption flattened onto one line
    (
        "caption-division-before-org-party",
        "IN THE UNITED STATES DISTRICT COURT FOR THE NORTHERN DISTRICT OF GEORGIA ATLANTA DIVISION "
        "GEORGIA FARMERS ALLIANCE, Plaintiff, v. ANN ROE, Defendant.",
        {"13", "1304000"},
    ),
    (
        "caption-division-other-state",
        "IN THE UNITED STATES DISTRICT COURT FOR THE DISTRICT OF OREGON EUGENE DIVISION "
        "OREGON TENANTS ASSOCIATION, Plaintiff.",
        {"41", "4123850"},
    ),
    (
        "caption-abbreviated-district",
        "U.S. District Court, N.D. Ga., Atlanta Division Georgia Farmers Alliance, Plaintiff.",
        {"13", "1304000"},
    ),
    (
        "caption-division-own-line",
        "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF GEORGIA\nATLANTA DIVISION\n"
        "GEORGIA FARMERS ALLIANCE, Plaintiff.",
        {"13", "1304000"},
    ),
    # negative: an organization's name with no court before it
    ("division-no-court", "The Dallas Division Georgia Alliance met on Monday.", set()),
    # --- OCR's period for a comma in an address
    ("period-postal-zip", "12 Main Street I Watkinsville. GA 30677", {"1380788"}),
    ("period-postal-zip-plus4", "Box 4, Watkinsville. GA 30677-1234", {"1380788"}),
    # negatives: a sentence's end before a postal code with no ZIP, or a ZIP farther on
    ("period-postal-no-zip", "The jail is in Watkinsville. GA officials agreed.", set()),
    ("period-zip-later", "The jail is in Watkinsville. It is in GA 30677 area.", set()),
    # --- a listed person's middle name that is a common word
    (
        "counsel-middle-common-word",
        "Counsel: Dana Kim, Joyce White Vance, Birmingham, AL, for Appellant.",
        {"0107000"},
    ),
    (
        "counsel-middle-month",
        "Counsel: Dana Kim; Ann May Vance, Birmingham, AL, for Appellant.",
        {"0107000"},
    ),
    # negative: a list of places, no three-word name before the comma
    (
        "place-list-not-person",
        "It spread to Selma, Vance, AL and beyond.",
        {"0169120", "0178264"},
    ),
    # negative: a county's name before its seat in a letterhead
    (
        "county-then-seat",
        "Clerk's Office, Lake County Painesville, OH, May 3, 2019. The board met.",
        {"39085", "3959416"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_heldout19_classes(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
