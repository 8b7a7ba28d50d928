"""find_citations: Oregon's compilation spelled out is cited in Oregon's own form ("ORS"), and words
before a compilation's full name are the sentence's, never part of the code's name. Texts written
for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    (
        "oregon-statutes-spelled",
        "Deputies in Salem follow Oregon Statutes 181A.826 on holds.",
        ["ORS 181A.826"],
    ),
    (
        "oregon-revised-spelled",
        "Under Oregon Revised Statutes 131.605 an officer may stop a car.",
        ["ORS 131.605"],
    ),
    (
        "abbreviation-kept",
        "ORS 131.605 and RCW 10.93.160 apply; so does 5 ILCS 805/15.",
        ["ORS 131.605", "RCW 10.93.160", "5 ILCS 805/15"],
    ),
    (
        "sentence-after-a-period",
        "The term also covers the Borough of Juneau. See Oregon Statutes 174.111 for more.",
        ["ORS 174.111"],
    ),
    ("words-before-the-name", "Words defined in Oregon Statutes 174.112 are used here.", ["ORS 174.112"]),
    (
        "other-state-words-before",
        "Notes on Florida Statutes 908.104 follow below.",
        ["Fla. Stat. \u00a7 908.104"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout10_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


PAGE_CASES: list[tuple[str, str, list[str]]] = [
    # --- a statute page heading its own section with the code's name cites it; bare headings and
    # locator notes only label the page
    (
        "named-heading-alone",
        "Courts\n\nORS 133.991\nArrest powers\n\n(1) An officer may act.",
        ["ORS 133.991"],
    ),
    (
        "named-heading-titled",
        "Oregon Statutes 133.992 \u2013 Holds\n\n(1) A jail may not hold anyone.",
        ["ORS 133.992"],
    ),
    ("bare-heading-dropped", "\u00a7 12.305 JAIL HOLDS.\n\n(A) No officer shall hold a person.", []),
    ("sec-heading-dropped", "Sec. 4-118. Holds.\n\n(a) No officer shall hold a person.", []),
    ("locator-note-dropped", "(7 ILCS 410/3)\nSec. 3. Holds. No officer shall hold a person.", []),
    # --- a publisher's postal-code form under a bare heading: the code's Bluebook form, and the page's
    # bare cross-references take that code
    (
        "postal-form-under-bare-heading",
        "Section 29-177c - Holds.\n\nCT Gen Stat \u00a7 29-177c (2021)\n\n"
        "(a) A felony, as section 53a-24 defines it, bars release.",
        ["Conn. Gen. Stat. \u00a7 29-177c", "Conn. Gen. Stat. \u00a7 53a-24"],
    ),
    (
        "postal-form-in-a-sentence",
        "The clerk relied on NV Rev Stat \u00a7 239.010 for the records.",
        ["Nev. Rev. Stat. \u00a7 239.010"],
    ),
    ("postal-form-needs-sign", "Call the CT Gen Stat desk at 12.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PAGE_CASES], ids=[c[0] for c in PAGE_CASES])
def test_heldout10_statute_page_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


FL = "Fla. Stat. \u00a7 "
CHAPTER_CASES: list[tuple[str, str, list[str]]] = [
    (
        "chapter-page-table",
        "The Senate\n\n2023 Florida Statutes\n\nChapter 951\n\nCOUNTY JAILS\n\n"
        "951.231 Holds for other agencies.\n\n951.24 Work release.\n\n951.231 Holds for other agencies.A jail may hold.",
        [FL + "951.231", FL + "951.24", FL + "951.231"],
    ),
    (
        "chapter-page-abbreviated-code",
        "Oregon Revised Statutes\nChapter 133\n133.310 Arrest without warrant.\n",
        ["ORS 133.310"],
    ),
    # --- numbered parts that are no statute sections
    (
        "manual-chapter-no-compilation",
        "Jail Manual\n\nChapter 4\n\n4.1 Purpose of holds.\n\n4.2 Scope.\n",
        [],
    ),
    ("other-chapter-number", "2023 Florida Statutes\n\nChapter 951\n\n4.1 Purpose of holds.\n", []),
    (
        "number-inside-a-sentence",
        "2023 Florida Statutes\n\nChapter 951\n\nThe jail follows 951.231 Holds rules.\n",
        [],
    ),
    (
        "compilation-after-chapter",
        "Chapter 951\n\nNotes on the Florida Statutes today\n\n951.231 Holds.\n",
        [],
    ),
    ("report-numbered-list", "Annual report\n\n1.1 Jail population rose.\n\n1.2 Holds fell.\n", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in CHAPTER_CASES], ids=[c[0] for c in CHAPTER_CASES]
)
def test_heldout10_chapter_page_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
