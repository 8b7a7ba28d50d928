"""find_citations: a court's slip-opinion number is no reporter citation, New York's CPLR cited by its
initials and a bare number, and case reporters printed without their dots. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # --- a slip-opinion number is the court's own label of the opinion, not a reporter page
    (
        "slip-op-beside-reporter",
        "2019 NY Slip Op 04512 [171 AD3d 88]\n\nDecided May 2, 2019.",
        ["171 A.D.3d 88"],
    ),
    ("slip-op-unreported", "Matter of Quillan v Harrow, 2016 NY Slip Op 31234(U) (Sup Ct 2016).", []),
    ("slip-op-dotted", "See Perrin v. Dorsey, 2020 N.Y. Slip Op. 01234 (1st Dep't 2020).", []),
    (
        "slip-op-with-reporter-after",
        "Abbot v. Lyle, 2017 NY Slip Op 05511, 152 AD3d 700 (2d Dept 2017)",
        ["152 A.D.3d 700"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout16_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
