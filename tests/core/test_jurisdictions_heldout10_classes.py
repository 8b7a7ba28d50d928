"""find_jurisdictions: a parenthesized list of counties after "counties" and a few lower-case words,
a university's professional school named for a town, and a bare name the text also gives as a county
of a state it names. Texts written for these tests."""

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
    (
        "counties-words-then-parenthesized-list",
        "Lavaca County joined nearby counties in the program (Jackson, Goliad, Victoria) last fall.",
        {"48285", "48239", "48175", "48469"},
    ),
    (
        "counties-parenthesized-list-direct",
        "Lavaca County and two counties (Goliad and Calhoun) signed on.",
        {"48285", "48175", "48057"},
    ),
    (
        "parenthesis-after-other-words-is-no-list",
        "The counties met on Monday (Houston hosted) to talk.",
        {"4835000"},
    ),
    (
        "law-school-is-no-town",
        "A brief came from a clinic at Harvard Law School, filed in Boston, Massachusetts.",
        {"2507000"},
    ),
    (
        "medical-school-is-no-town",
        "Doctors at Yale Medical School wrote to the Connecticut governor.",
        {"09"},
    ),
    (
        "bare-name-given-as-county",
        "Suffolk. May 2, 2019.\n\nThe case began in the county of Suffolk in Boston, Massachusetts.",
        {"25025", "2507000"},
    ),
    (
        "bare-name-county-word",
        "Essex. June 1, 2018.\n\nThe Essex County sheriff in Massachusetts appealed.",
        {"25009", "25"},
    ),
    (
        "bare-city-without-county-mention",
        "Officials in Suffolk said the port grew. Norfolk, Virginia agreed.",
        {"5176432", "5157000"},
    ),
]


@pytest.mark.parametrize(("label", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout10_jurisdiction_classes(census: Gazetteer, label: str, text: str, expected: set[str]) -> None:
    assert {j.geoid for j in find_jurisdictions(text, census)} == expected, label
