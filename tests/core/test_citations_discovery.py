"""Table: citation forms met on fresh statute pages, bills, opinions and explainers: a bill's own
section headings and a session law's sections in a history note (never code sections), dotted code
abbreviations that lost their final dot, compilations named in the singular, North Carolina's "GS",
and a code cited with its edition year. Sentences written for these tests; negatives are texts the
rules must not fire on."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

CASES: list[tuple[str, str, list[str]]] = [
    # a bill's own "SECTION N." that is not at a line start is still no code section
    (
        "bill-section-after-line-numbers",
        "10 | 10 | | SECTION 1. Chapter 511, Government Code, is amended by adding Section 511.0102 to |\n"
        "11 | 11 | | read as follows: |\n"
        "25 | 25 | | SECTION 2. Section 511.0102, Government Code, as added by this Act, applies |",
        [f"Tex. Gov't Code {S} 511.0102", f"Tex. Gov't Code {S} 511.0102"],
    ),
    (
        "bill-section-glued-to-enacting-clause",
        "An act to amend Section 7283.1 of the Government Code, relating to law enforcement. "
        "The people of the State of California do enact as follows:SECTION 1. Section 7283.1 of the "
        "Government Code is amended to read:",
        [f"Cal. Gov. Code {S} 7283.1", f"Cal. Gov. Code {S} 7283.1"],
    ),
    (
        "bill-sec-abbreviated",
        "An act to amend Sections 7282.5 and 7283 of the Government Code. The people enact as follows: "
        "SEC. 4. Section 7282.5 of the Government Code is amended to read:",
        [f"Cal. Gov. Code {S} 7282.5", f"Cal. Gov. Code {S} 7283", f"Cal. Gov. Code {S} 7282.5"],
    ),
    # a prose "Section N." ending a sentence still cites the section
    (
        "prose-section-ends-sentence",
        "The sheriff relies on Penal Code Section 834. The board agreed.",
        [f"Cal. Penal Code {S} 834"],
    ),
    # a session law's chapter and section in a history note
    (
        "history-note-session-law",
        "Tex. Gov't Code Section 511.0101\nJail reports\nThe commission shall adopt rules.\n"
        "Added by Acts 2003, 78th Leg., ch. 283, Sec. 2.05, eff. Sept. 1, 2003.",
        [f"Tex. Gov't Code {S} 511.0101"],
    ),
    (
        "history-note-chapter-word",
        "Amended by Laws 2011, chapter 45, Section 3.01. See Section 12.5 of the Penal Law.",
        [],
    ),
]

NEGATIVES: list[tuple[str, str]] = [
    ("bill-section-alone", "SECTION 1. This act takes effect on July 1, 2026.\nSECTION 2. Repealer."),
    (
        "bill-section-table",
        "22 | 22 | | SECTION 4. This Act takes effect September 1, 2025. |\n23 | 23 | | SEC. 5. Repealer.",
    ),
    ("session-law-notes", "Acts 1999, 76th Leg., ch. 62, Sec. 19.01(12), eff. Sept. 1, 1999."),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _i, t, e in CASES], ids=[i for i, _t, _e in CASES])
def test_discovery_citations(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


@pytest.mark.parametrize("text", [t for _i, t in NEGATIVES], ids=[i for i, _t in NEGATIVES])
def test_discovery_negatives(text: str) -> None:
    assert find_citations(text) == []
