"""find_citations: Oregon's compilation spelled out is cited in Oregon's own form ("ORS"), and words
before a compilation's full name are the sentence's, never part of the code's name. Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    ("oregon-statutes-spelled", "Deputies in Salem follow Oregon Statutes 181A.826 on holds.", ["ORS 181A.826"]),
    ("oregon-revised-spelled", "Under Oregon Revised Statutes 131.605 an officer may stop a car.", ["ORS 131.605"]),
    ("abbreviation-kept", "ORS 131.605 and RCW 10.93.160 apply; so does 5 ILCS 805/15.",
     ["ORS 131.605", "RCW 10.93.160", "5 ILCS 805/15"]),
    ("sentence-after-a-period", "A county includes the District of Columbia. See Oregon Statutes 174.111 for more.",
     ["ORS 174.111"]),
    ("words-before-the-name", "Words defined in Oregon Statutes 174.112 are used here.", ["ORS 174.112"]),
    ("other-state-words-before", "Notes on Florida Statutes 908.104 follow below.", ["Fla. Stat. \u00a7 908.104"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout10_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
