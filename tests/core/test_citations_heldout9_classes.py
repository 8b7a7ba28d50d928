"""find_citations on New Mexico's statute citations, which carry the compilation's year: "NMSA 1978,
§ 29-1-10" in prose and "Section 29-1-10 NMSA 1978" in its bills, normalized as "NMSA 1978 § SECTION".
Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    ("year-comma-section-mark", "The office relies on NMSA 1978, § 4-37-1 for its rules.", ["NMSA 1978 § 4-37-1"]),
    ("year-section-word", "The office relies on NMSA 1978, Section 4-37-1 for its rules.", ["NMSA 1978 § 4-37-1"]),
    ("subsection-dropped", "Under NMSA 1978, § 4-37-1(B), the county may act.", ["NMSA 1978 § 4-37-1"]),
    (
        "bill-drafting-form",
        'SECTION 2. Section 4-37-1 NMSA 1978 (being Laws 1975, Chapter 9, Section 1) is amended to read:\n\n'
        '"4-37-1. COUNTY POWERS.--A county may adopt rules for its jail."',
        ["NMSA 1978 § 4-37-1"],
    ),
    (
        "bill-list",
        "Sections 4-37-1, 4-37-2 and 4-37-3 NMSA 1978 are repealed.",
        ["NMSA 1978 § 4-37-1", "NMSA 1978 § 4-37-2", "NMSA 1978 § 4-37-3"],
    ),
    ("code-alone-no-section", "A new section of the NMSA 1978 is enacted to read as follows.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_new_mexico_statutes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
