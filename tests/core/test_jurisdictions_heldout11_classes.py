"""find_jurisdictions: a bare name the text gives in full as a county is that county rather than a
small town; a headline's capitalized common word; a court's "D.C. No." docket label; a garbled
"Washington"; a state after a place with no comma at the end of a letterhead's line. Texts written for
these tests."""

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
    # --- a bare name of a county the text names in full, whose towns are all small
    (
        "bare-name-before-sheriff-is-the-county",
        "Monroe sheriff turns away ICE requests\n\n"
        "Monroe County Sheriff Dana Pell told deputies in Detroit not to hold people.",
        {"26115", "2622000"},
    ),
    (
        "bare-name-after-county-list",
        "Of the Florida counties on the list, Okeechobee County ignored detainers. Okeechobee had four.",
        {"12", "12093"},
    ),
    (
        "town-cue-keeps-the-town",
        "Okeechobee County, Florida, ignored detainers. The Okeechobee police chief had four.",
        {"12093", "1251200"},
    ),
    (
        "big-city-keeps-its-name",
        "Sacramento County ignored detainers. Sacramento had four last week, in California.",
        {"06067", "0664000", "06"},
    ),
    # --- a headline capitalizes every word: a name the story writes as a common word is that word
    (
        "headline-common-word",
        "Schools In Four States Win Back Lost Grants\n\nThe state of New Mexico will restore federal grants to schools.",
        {"35"},
    ),
    (
        "headline-word-before-police",
        "Grants Police Chief Retires\n\nThe chief in Grants, New Mexico, retired after federal grants ended.",
        {"3530490"},
    ),
    # --- "D.C. No." labels a district court's docket number
    (
        "district-court-docket-label",
        "Appeal from the District Court for Nevada.\n\nD.C. No. 2:19-cv-01234-ABC\n\nOPINION",
        {"32"},
    ),
    (
        "dc-before-sentence",
        "She flew to Washington, D.C. No one met her. Later the D.C. Council voted.",
        {"11"},
    ),
    # --- a garbled "Washington" is no evidence of the state; other garbled states still count
    (
        "garbled-washington",
        "ANN PRAIL WASHLNGTON OFFICE\n\nUnited States Senate WASHINGTON, DC 20510\n\n"
        "Dear Secretary, our Colorado towns need help.",
        {"11", "08"},
    ),
    ("garbled-other-state", "Senator Lea Moss of Pennsylvannia spoke.", {"42"}),
    # --- a state ending a letterhead's line after a place qualifies it, comma or not
    (
        "letterhead-state-without-comma",
        "The Borough of Media Pennsylvania\n12 Main Street\n\nWHEREAS the Borough values its residents.",
        {"4248480"},
    ),
    (
        "state-word-before-street",
        "The City of Erie Pennsylvania Avenue office opened.\n\nWHEREAS the City values its residents.",
        {"4224000"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout11_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
