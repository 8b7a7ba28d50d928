"""find_citations on a coordinated list of bare well-known Title 8 sections in a text that never says
"immigration", on an OCR-garbled section number that runs on into letters and digits, and on a bare
"Revised Code" or "Revised Statutes" in a text that names its state. Texts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S1373, S1644, S1357 = "8 U.S.C. \u00a7 1373", "8 U.S.C. \u00a7 1644", "8 U.S.C. \u00a7 1357"

CASES: list[tuple[str, str, list[str]]] = [
    # --- two or more bare sections, all well-known Title 8 sections: the list is the context
    (
        "pair-sections",
        "The judge ruled that Sections 1373 and 1644 may not bind the town's grant money.",
        [S1373, S1644],
    ),
    (
        "pair-double-mark",
        "Grant rules citing \u00a7\u00a7 1373 and 1644 were held void by the panel.",
        [S1373, S1644],
    ),
    (
        "three-sections",
        "The town challenged Sections 1373, 1357 and 1644 before the appeals panel.",
        [S1373, S1357, S1644],
    ),
    # a single bare section without any immigration word stays out, as before
    ("single-no-context", "The judge ruled that Section 1373 may not bind the town's grant money.", []),
    # a list with one section outside Title 8's well-known ones is no federal list
    ("mixed-list", "The board amended Sections 1373 and 1802 of its rules last spring.", []),
    # a list with its own code keeps that code
    (
        "list-with-code",
        "Sections 1373 and 1644 of the Harbor Code govern moorings in Bayview.",
        ["Harbor Code \u00a7 1373", "Harbor Code \u00a7 1644"],
    ),
    # --- a section number running on into letters and digits is OCR noise, never cut short
    ("ocr-garbled", "The deputies act under 8 U.S.C. 13S7(g), which a later act changed.", []),
    ("ocr-garbled-with-287g", "Section 287(g) of the Act, 8 U.S.C. 13S7(g), lets the county sign.", [S1357]),
    # a normal section with a subsection, or a letter suffix, is still read
    ("normal-subsection", "The deputies act under 8 U.S.C. 1357(g), which a later act changed.", [S1357]),
    (
        "normal-letter-suffix",
        "Removal hearings follow 8 U.S.C. \u00a7 1229a in every case.",
        ["8 U.S.C. \u00a7 1229a"],
    ),
    ("normal-state-letter", "The sheriff relied on ORS 181A.820 when he wrote the rule.", ["ORS 181A.820"]),
    # --- a bare "Revised Code" in a text that names its state
    (
        "ohio-revised-code",
        "The trustees of Marion Township, Ohio met openly, as Section 121.22 of the Revised "
        "Code requires; and",
        ["Ohio Rev. Code \u00a7 121.22"],
    ),
    (
        "ohio-named-code",
        "Meetings follow Section 121.22 of the Ohio Revised Code in Marion.",
        ["Ohio Rev. Code \u00a7 121.22"],
    ),
    (
        "revised-statutes-louisiana",
        "In Houma, Louisiana, the council acts under Section 33:1 of the Revised Statutes.",
        ["La. Rev. Stat. \u00a7 33:1"],
    ),
    # no state named: the code stays as cited
    (
        "revised-code-no-state",
        "The trustees met openly, as Section 121.22 of the Revised Code requires.",
        ["Revised Code \u00a7 121.22"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_heldout7_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
