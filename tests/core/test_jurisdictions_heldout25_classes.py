"""find_jurisdictions: a place before a lower-case "chapter" names a private group's
local unit, not the place; a bare mid-size city that many towns' names share, in a story that stays
in one other state, is that state's unincorporated namesake (which the gazetteer lacks), and so is
no evidence for the state of an ambiguous county name. Texts written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


MARYLAND, VIRGINIA, OHIO, TEXAS, FLORIDA, PENNSYLVANIA = "24", "51", "39", "48", "12", "42"
MONTGOMERY_MD, WHEATON_IL, AURORA_CO, WAUKEGAN_IL = "24031", "1781048", "0804000", "1779293"
AUSTIN, KETTERING = "4805000", "3940040"

CASES: list[tuple[str, str, set[str]]] = [
    # --- a private group's state or city unit
    ("chapter-of", "The Ohio chapter of the Sierra Club sued the county.", set()),
    ("chapter-possessive", "Members of the group's Texas chapter marched in Austin.", {AUSTIN}),
    ("chapter-no-of", "Lena Marsh leads the Iowa chapter, which filed suit.", set()),
    ("city-chapter", "Its Houston chapter, led by Lena Marsh, protested.", set()),
    ("chapters-plural", "The Pennsylvania chapters of the NAACP met in Maryland.", {MARYLAND}),
    ("chapters-no-of", "Its Ohio chapters, said Dora Quill, will appeal.", set()),
    # negatives: a chapter of law, and other lower-case words after a state
    ("chapter-number", "The bill amends Florida chapter 2019-102.", {FLORIDA}),
    ("chapter-laws", "Ohio chapter laws were cited.", {OHIO}),
    ("legislature", "The Pennsylvania legislature passed the bill.", {PENNSYLVANIA}),
    # --- a one-state story's bare suburb shares its name with a mid-size city elsewhere
    (
        "suburb-then-county",
        "Maryland police raided a bakery in Wheaton last year, and Montgomery County officials stayed silent.",
        {MARYLAND, MONTGOMERY_MD},
    ),
    (
        "suburb-county-later",
        "A Maryland family moved to Wheaton in 2019; Montgomery County schools enrolled their son.",
        {MARYLAND, MONTGOMERY_MD},
    ),
    ("suburb-after-state-official", "A Texas sheriff spoke in Wheaton on Monday.", {TEXAS}),
    (
        "suburb-beside-local-city",
        "Ohio officials visited Kettering and Wheaton on Monday.",
        {OHIO, KETTERING},
    ),
    # negatives: a large city, a name only one town bears, a story that roams or names no state
    ("large-city-elsewhere", "Maryland police raided a bakery in Aurora last year.", {MARYLAND, AURORA_CO}),
    (
        "unique-name-elsewhere",
        "Maryland police arrested a man from Waukegan last year.",
        {MARYLAND, WAUKEGAN_IL},
    ),
    (
        "two-states-roam",
        "Maryland and Virginia police raided a bakery in Wheaton last year.",
        {MARYLAND, VIRGINIA, WHEATON_IL},
    ),
    ("no-state-named", "Police raided a bakery in Wheaton last year.", {WHEATON_IL}),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_finds_exactly(name: str, text: str, expected: set[str], census: Gazetteer) -> None:
    assert {ref.geoid for ref in find_jurisdictions(text, census)} == expected
