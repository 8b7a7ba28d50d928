"""find_citations on the federal code's name misspelled in the singular ("United State Code"), and on
an address's street number and U.S. highway ("1200 U.S. 41 Highway"), which is no reporter citation.
Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S1373 = "8 U.S.C. \u00a7 1373"

CASES: list[tuple[str, str, list[str]]] = [
    # --- the federal code's name with a dropped "s" is still the federal code
    (
        "singular-immigration-code",
        "Officers may share status under Section 1373 of the United State Immigration "
        "Code with federal agents.",
        [S1373],
    ),
    (
        "singular-immigration-code-lower",
        "Officers may share status under section 1373 of the United State immigration code.",
        [S1373],
    ),
    (
        "plural-immigration-code",
        "Officers may share status under Section 1373 of the United States Immigration Code.",
        [S1373],
    ),
    (
        "us-immigration-code",
        "Officers may share status under Section 1373 of the U.S. Immigration Code.",
        [S1373],
    ),
    (
        "singular-title-section-code",
        "Title 8, Section 1373 of the United State Code governs the exchange.",
        [S1373],
    ),
    (
        "singular-of-title",
        "Sections 1373 and 1644 of Title 8 of the United State Code govern the exchange.",
        [S1373, "8 U.S.C. \u00a7 1644"],
    ),
    (
        "singular-title-first",
        "Title 8, United State Code, Section 1357 lets agencies sign agreements.",
        ["8 U.S.C. \u00a7 1357"],
    ),
    # another body's code keeps its own name
    (
        "other-code-unchanged",
        "Under Section 12 of the Harbor District Code, boats must be moored.",
        ["Harbor District Code \u00a7 12"],
    ),
    # --- a street number and a U.S. highway in an address: no reporter citation
    (
        "highway-abbreviated",
        "The sheriff's office is at 210 U.S. 75 Hwy., Maple Grove, and is open daily.",
        [],
    ),
    ("highway-spelled", "Send the form to 1200 U.S. 41 Highway North, Cedar Falls.", []),
    ("highway-route", "The jail stands at 4500 U.S. 70 Route West.", []),
    ("highway-shouted", "OFFICE: 77 U.S. 30 HWY, ELM CITY", []),
    # a real reporter citation stays, also next to an address and before a lower-case "highway"
    (
        "citation-beside-address",
        "Our office at 210 U.S. 75 Hwy. relies on Plyler v. Doe, 457 U.S. 202 (1982).",
        ["457 U.S. 202"],
    ),
    (
        "citation-before-prose-highway",
        "Plyler v. Doe, 457 U.S. 202 highway patrols cannot change.",
        ["457 U.S. 202"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout8_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
