"""A local paper's dateline on a line of its own (the town in capitals, no dash, between the byline and
the story): the namesake in the state where the story's other places lie, or one that needs no state.

Passages written for this file; the negatives keep headings and unplaced names unread.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from entanglement.core.extract.jurisdictions import find_jurisdictions
from entanglement.core.gazetteer import Gazetteer

pytestmark = pytest.mark.shared

OXFORD_NY, CHENANGO_NY, AUSTIN_TX = "3655948", "36017", "4805000"
STORY = "Last spring, the Chenango County Sheriff’s Office signed an agreement with federal agents."


@pytest.fixture(scope="module")
def census(shared_dir: Path) -> Gazetteer:
    return Gazetteer.with_places_file(shared_dir / "reference" / "gazetteer" / "us_census_places.csv")


CASES: list[tuple[str, str, set[str]]] = [
    (
        "dateline line after the byline, placed by the story's county",
        f"Jail deal draws questions\n\nBy MARA QUILL\n\nOXFORD\n\n{STORY}",
        {OXFORD_NY, CHENANGO_NY},
    ),
    (
        "a town that needs no state",
        "Jail deal draws questions\n\nBy MARA QUILL\n\nAUSTIN\n\nLast spring, the sheriff signed a deal.",
        {AUSTIN_TX},
    ),
    (
        "an ambiguous town and nothing to place it",
        "Jail deal draws questions\n\nOXFORD\n\nLast spring, the sheriff signed an agreement with agents.",
        set(),
    ),
    (
        "a line in capitals after the story has begun is a heading",
        f"County rules\n\nThe county may act as it wishes under the rule.\n\nOXFORD\n\n{STORY}",
        {CHENANGO_NY},
    ),
    (
        "a heading word that is no place",
        f"Jail deal draws questions\n\nSUMMARY\n\n{STORY}",
        {CHENANGO_NY},
    ),
    (
        "no story after the line",
        "Jail deal draws questions\n\nOXFORD\n\nCHENANGO COUNTY SHERIFF",
        {CHENANGO_NY},
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_line_dateline(text: str, expected: set[str], census: Gazetteer) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected
