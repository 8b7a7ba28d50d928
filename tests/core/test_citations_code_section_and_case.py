"""Georgia's "Code Section N-N-N" and a known code's name written with "code" in lower case.
Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

CASES: list[tuple[str, str, list[str]]] = [
    # Georgia's code cites its own sections as "Code Section"; a text about Georgia means O.C.G.A.
    (
        "ga-statute-page",
        "Section 36-80-99 - Detention reports\n\n(a) As used in this Code section, the term "
        '"crime" has the meaning in Code Section 16-11-220 and the term "act" the meaning in Code Section '
        "35-3-62. The Georgia Bureau of Investigation keeps the reports.",
        [f"O.C.G.A. {S} 16-11-220", f"O.C.G.A. {S} 35-3-62"],
    ),
    (
        "ga-named-by-abbreviation",
        "Under O.C.G.A. 42-4-14, jailers report. Code Sections 42-4-15 and 42-4-16 set the forms.",
        ["O.C.G.A. 42-4-14", f"O.C.G.A. {S} 42-4-15", f"O.C.G.A. {S} 42-4-16"],
    ),
    (
        "ga-official-code-spelled-out",
        "Code Section 17-5-100 of the Official Code of Georgia Annotated is amended.",
        [f"O.C.G.A. {S} 17-5-100"],
    ),
    (
        "ga-georgia-code-name",
        "The 2022 Georgia Code \u00a7 36-80-23 bars such policies.",
        [f"O.C.G.A. {S} 36-80-23"],
    ),
    # A text about another state: "Code Section" is no Georgia citation there
    (
        "other-state-code-section",
        "Alabama sheriffs in Mobile and Alabama jailers follow Code Section 31-13-5; "
        "a Georgia visitor once asked about it.",
        [],
    ),
    (
        "other-state-statute-page",
        "Section 31-13-99 - Reports\n\n(a) Each Alabama sheriff reports to the Alabama "
        "Department of Corrections as Code Section 31-13-5 requires, as Georgia does.",
        [f"{S} 31-13-5"],
    ),
    ("no-state-code-section", "The clerk read Code Section 12-4-7 aloud.", []),
    ("ga-lower-case-code-section", "In Georgia, this Code section applies to every county.", []),
    # "code" in lower case after a known code's name
    (
        "ca-government-code-lower",
        "Detainers are honored only as California Government code 7282.5 allows.",
        [f"Cal. Gov. Code {S} 7282.5"],
    ),
    (
        "ca-penal-code-lower-section",
        "Under the California Penal code section 834c, the inmate is told.",
        [f"Cal. Penal Code {S} 834c"],
    ),
    (
        "tx-government-code-lower",
        "Texas Government code 752.053 bars such policies.",
        [f"Tex. Gov't Code {S} 752.053"],
    ),
    ("lower-code-common-noun", "The dress code 2025 and the County code 12 apply; ZIP code 94110.", []),
    ("lower-code-municipal", "Violations of the Municipal code 12.34.050 are fined.", []),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_find_citations(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
