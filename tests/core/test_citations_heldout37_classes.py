"""find_citations on a number one level short of a section that the writer calls a section ("Indiana
Code section 5-2-18.2"): read as cited. A bare short number, or one called a chapter, still names a
chapter. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    ("code-section-word", "Counsel Mira Tolland argued that under Indiana Code section 5-2-18.2 police must help.",
     ["Ind. Code \u00a7 5-2-18.2"]),
    ("abbrev-sec-dot", "The sheriff relied on Ind. Code Sec. 5-2-18.2 in his reply.", ["Ind. Code \u00a7 5-2-18.2"]),
    ("section-of-the-code", "Section 5-2-18.2 of the Indiana Code bars such limits, Dana Preve said.",
     ["Ind. Code \u00a7 5-2-18.2"]),
    ("capital-section", "The suit invokes Indiana Code Section 5-2-18.2 against the town.", ["Ind. Code \u00a7 5-2-18.2"]),
    # --- negatives: no "section" word, or a chapter named as such
    ("bare-chapter", "The brief cites Indiana Code 5-2-18.2 throughout.", []),
    ("called-a-chapter", "Under IC 5-2-18.2 (the chapter) no unit may act; IC 5-2-18.2-3 says so.", ["IC 5-2-18.2-3"]),
    ("affected-list", "Citations Affected: IC 5-2-18.2; IC 34-30-2.1-32.5.", ["IC 34-30-2.1-32.5"]),
    ("utah-chapter", "Utah Code 76-9 covers it; Utah Code \u00a7 76-9-1004 is one section.", ["Utah Code \u00a7 76-9-1004"]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_heldout37_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


def test_bill_section_number_is_no_short_section() -> None:
    text = "Georgia. SECTION 2.19 Code Section 42-1-11.5 of the Official Code of Georgia Annotated is amended."
    assert all(c.normalized.rsplit(" ", 1)[-1] not in {"19", "2.19"} for c in find_citations(text))
