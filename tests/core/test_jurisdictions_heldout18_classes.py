"""find_jurisdictions: a dateline qualified by a state that has no town of that name ("LARGO, MD –",
an unincorporated place) names no other state's town; an officeholder's term named by surname ("the
Jackson Administration") is no city; a town's people in title case ("the Salem Community") do not make
the town's name a person's; what the federal government sends ("the policy changes coming from
Washington") is not the District. Texts written for these tests."""

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
    # --- a dateline's state without that town: no other state's namesake
    ("dateline-postal-no-namesake", "LARGO, MD – The county board met on Monday.", set()),
    ("dateline-dotted-no-namesake", "LARGO, Md. — The county board met on Monday.", set()),
    ("dateline-other-city-no-namesake", "AURORA, MD – The county board met on Monday.", set()),
    ("dateline-title-case-no-namesake", "Largo, Md. — The county board met on Monday to vote on it.", set()),
    # negatives: the state's own town still counts
    ("dateline-matching-state", "LARGO, FLA. – The county board met on Monday.", {"1239425"}),
    ("dateline-no-state", "LARGO – The Pinellas County board met on Monday.", {"1239425", "12103"}),
    # --- an officeholder's term by surname
    ("administration-capital", "Mayor Dana Jackson spoke. The Jackson Administration met.", set()),
    ("administration-lower", "The Jackson administration issued new rules.", set()),
    ("administration-possessive-later", "Under the Lincoln administration, fees rose.", set()),
    ("presidency", "During the Jackson presidency the county grew.", set()),
    # negatives: the city itself
    ("city-elsewhere-kept", "The Jackson administration met. Officials in Jackson voted.", {"2836000"}),
    ("city-of-prefix-kept", "The City of Jackson Administration building closed.", {"2836000"}),
    ("county-administration-kept", "The Hinds County Administration building closed.", {"28049"}),
    # --- a town's people in title case
    (
        "community-title-case",
        "The Woodburn Community is young. In Woodburn, people spoke. Oregon law.",
        {"4183750", "41"},
    ),
    (
        "residents-title-case",
        "Woodburn Residents met. In Woodburn, people spoke. Oregon law.",
        {"4183750", "41"},
    ),
    (
        "community-lower",
        "The Woodburn community is young. In Woodburn, people spoke. Oregon law.",
        {"4183750", "41"},
    ),
    # negative: a given name still silences the namesake
    ("given-name-still-person", "Gary Smith spoke. Gary's plan failed.", set()),
    # --- what the federal government sends
    ("policy-changes-from", "We must answer the policy changes coming from Washington.", set()),
    ("policy-shifts-out-of", "The county braced for policy shifts out of Washington.", set()),
    ("funding-cuts-from", "The funding cuts coming from Washington hurt the clinic.", set()),
    ("decisions-from", "Decisions from Washington left the county waiting.", set()),
    # negatives: a trip is to the place
    ("moved-to-washington", "She moved to Washington last year.", {"11"}),
    ("flights-from-washington", "Flights from Washington landed late.", {"11"}),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_heldout18_classes(census: Gazetteer, text: str, expected: set[str]) -> None:
    assert {r.geoid for r in find_jurisdictions(text, census)} == expected
