"""find_jurisdictions: a president's surname before "appointee", "nominee" or "-appointed" is the
person; a title the shared list lacks ("Chairperson", "Councilor") makes the next name a person's;
what is sent "to Washington" ("a message back to Washington") is sent to the federal government; a
sentence that calls Washington a state ("sets Washington up as a sanctuary state") names the state;
a name followed by its (possessive) sheriff is the county the text names in full, wherever it stands
alone. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

DC, WA, GA, UT, TX, MD = "11", "53", "13", "49", "48", "24"
FREDERICK_CO, FREDERICK_CITY = "24021", "2430325"


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


CASES: list[tuple[str, str, set[str]]] = [
    # --- a president's surname before his appointees
    (
        "appointee",
        "Georgia and Utah passed laws. The case went to Judge Ola Venn, a Clinton appointee, in Georgia.",
        {GA, UT},
    ),
    (
        "hyphen-appointed",
        "Georgia and Utah passed laws. A Clinton-appointed judge heard the Georgia case.",
        {GA, UT},
    ),
    ("nominees", "Utah senators blocked two Clinton nominees last year.", {UT}),
    ("hyphen-nominated", "Utah lawyers praised the Clinton-nominated judge.", {UT}),
    ("hyphen-era", "Utah revived the Clinton-era rules this spring.", {UT}),
    # negative: the town itself, with its police
    ("town-stays", "Utah officers from the Clinton police joined the search.", {UT, "4914290"}),
    # --- a title the shared list lacks
    ("chairperson", "A hearing of the DC Council.\n\nDear Chairperson Allen, Councilmembers, and aides,", {DC}),
    ("councilor", "Dear Councilor Allen, Councilmembers, and friends,", set()),
    ("selectwoman", "Dear Selectwoman Allen, Board members, and guests,", set()),
    # negative: a town after a place word, not a title
    ("town-after-in", "Texas police in Allen made two arrests.", {TX, "4801924"}),
    # --- what is sent to Washington is sent to the federal government
    ("message-back-to", "The Louisville Metro council will send a strong message back to Washington.", {"2148006"}),
    ("signal-to", "Louisville leaders said the vote sends a signal to Washington about funding.", {"2148006"}),
    ("wake-up-call", "The ruling is a wake-up call to Washington, the Louisville mayor said.", {"2148006"}),
    # negative: a trip to the capital
    ("letter-to", "Louisville sent a delegation to Washington in May.", {"2148006", DC}),
    ("trip-to", "The Louisville mayor flew to Washington to meet lawmakers.", {"2148006", DC}),
    # --- a sentence that calls Washington a state
    (
        "as-a-sanctuary-state",
        "SPOKANE, Wash. — Sheriff Lu Brand said the law sets up Washington as a “sanctuary state” now.",
        {"5367000", WA},
    ),
    ("is-the-first-state", "SPOKANE, Wash. — Washington is the first state to pass such a law.", {"5367000", WA}),
    ("became-a-state", "Officials in Spokane say Washington became a haven state last year.", {"5367000", WA}),
    # negative: the capital, where a state's delegation goes
    ("state-possessive", "Lawmakers went to Washington. The state's delegation met there.", {DC}),
    # --- a name's own sheriff makes the bare name the county the text names in full
    (
        "possessive-sheriff",
        "Frederick County joined the program in 2008. Maryland lawmakers banned it.\n\n"
        "Frederick first signed on years ago, and Frederick's Sheriff wants to keep it.",
        {FREDERICK_CO, MD},
    ),
    (
        "plain-sheriff",
        "Frederick County leaders met. Maryland law now bars the deals. Frederick Sheriff Ray Moss objected; "
        "Frederick had the oldest deal.",
        {FREDERICK_CO, MD},
    ),
    # negative: a text that writes the name as a city's keeps the city
    (
        "city-cue-keeps-city",
        "Frederick County leaders met. Maryland law bars the deals. Frederick police and "
        "Frederick's sheriff disagree; Frederick grew fast.",
        {FREDERICK_CO, MD, FREDERICK_CITY},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_finds_exactly(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
