"""South Carolina's Code of Laws named by its year ("the 1976 Code"), a dotted title code touching its
title number where a conversion lost the spaces, and state short names kept as cited: sentences
written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

CASES: list[tuple[str, str, list[str]]] = [
    # --- South Carolina's bills cite its code as "the 1976 Code"
    ("sc-of-1976-code", "The council moved to amend Section 6-1-170 of the 1976 Code, relating to towns.",
     [f"S.C. Code {S} 6-1-170"]),
    ("sc-of-1976-code-caps", "TO AMEND SECTION 4-9-130 OF THE 1976 CODE, RELATING TO COUNTY COUNCILS.",
     [f"S.C. Code {S} 4-9-130"]),
    ("sc-1976-code-list", "Sections 5-7-310 and 4-9-130 of the 1976 Code are amended to read as follows.",
     [f"S.C. Code {S} 5-7-310", f"S.C. Code {S} 4-9-130"]),
    ("sc-1976-code-subsection", "Section 6-1-170(B) of the 1976 Code bars such a policy.", [f"S.C. Code {S} 6-1-170"]),
    ("sc-to-1976-code", "A bill by Senator Ruth Calloway adding Section 23-3-1120 to the 1976 Code so as to require a report.",
     [f"S.C. Code {S} 23-3-1120"]),
    ("sc-to-1976-code-caps", "BY ADDING SECTION 23-3-1120 TO THE 1976 CODE, SO AS TO REQUIRE A REPORT.",
     [f"S.C. Code {S} 23-3-1120"]),
    ("sc-code-of-laws-kept", "TO AMEND SECTION 16-13-170, CODE OF LAWS OF SOUTH CAROLINA, 1976, RELATING TO X.",
     [f"S.C. Code {S} 16-13-170"]),
    # negatives: a chapter of the 1976 Code, the year as a date, a word that only begins with "Code"
    ("sc-chapter-not-section", "Chapter 7, Title 5 of the 1976 Code is amended by adding an article.", []),
    ("sc-year-not-code", "In 1976 Code changes were rare, said Wendell Pyle.", []),
    ("sc-codex", "We moved section 4 to the 1976 Codex.", []),
    # --- a dotted title code whose spaces a conversion lost
    ("vt-spaceless", f"Sec.1.20V.S.A.{S} 4652isamendedtoread:", [f"20 V.S.A. {S} 4652"]),
    ("vt-spaceless-no-space-after-sign", f"Sec.3.3V.S.A.{S}2222isamended.", [f"3 V.S.A. {S} 2222"]),
    ("pa-spaceless", f"Underthelaw,18Pa.C.S.{S}9121applies.", [f"18 Pa.C.S. {S} 9121"]),
    ("vt-spaced-kept", f"Sec. 3. 3 V.S.A. {S} 2222 is amended.", [f"3 V.S.A. {S} 2222"]),
    # negatives: undotted or unknown letters touching a number
    ("undotted-touching", "Item 3VSA 12 shipped to Burlington.", []),
    ("unknown-dotted-touching", "Call 20V.S.A.M. now for the Model 20V.S. 12 car.", []),
    # --- state short names are kept as cited (SPEC: state codes as cited)
    ("nc-ncgs-kept", f"The court took the case under N.C.G.S. {S} 7A-31 on review.", ["N.C.G.S. 7A-31"]),
    ("nc-gs-kept", "The sheriff of Pender County relied on G.S. 162-62.", ["G.S. 162-62"]),
    ("mo-rsmo-written-out", "Section 67.307, RSMo, bars such a policy in Boone County.", ["Mo. Rev. Stat. § 67.307"]),
    ("ct-cgs-kept", f"Hartford follows C.G.S. {S} 54-192h closely.", ["C.G.S. 54-192h"]),
    ("bluebook-kept", f"See N.C. Gen. Stat. {S} 7A-31 and Mo. Rev. Stat. {S} 67.307.",
     [f"N.C. Gen. Stat. {S} 7A-31", f"Mo. Rev. Stat. {S} 67.307"]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_heldout20_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
