"""A case page scraped from a table whose field label runs into its value ("Citation296 F.Supp.3d 959"):
sentences and page layouts written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

PAGE = "Ruiz v. Harlan Cnty. Sheriff\n\nDecision Date03 March 2019\n{field}\nCourtU.S. District Court\n\nBody text.\n"

CASES: list[tuple[str, str, list[str]]] = [
    # --- a label glued to a reporter citation's volume
    ("citation-glued", PAGE.format(field="Citation296 F.Supp.3d 959"), ["296 F. Supp. 3d 959"]),
    ("citation-glued-one-digit", PAGE.format(field="Citation8 F.4th 176"), ["8 F.4th 176"]),
    ("citations-glued-list", PAGE.format(field="Citations8 F.4th 176, 2021 WL 3484593"),
     ["8 F.4th 176", "2021 WL 3484593"]),
    ("qualified-label-glued", PAGE.format(field="Parallel Citation412 F.3d 88"), ["412 F.3d 88"]),
    ("reporter-label-glued", PAGE.format(field="Reporter Citation8 F.4th 176"), ["8 F.4th 176"]),
    ("reported-at-glued", PAGE.format(field="Reported at412 F.3d 88"), ["412 F.3d 88"]),
    # a statute in such a field keeps reading as a field, not as the page's own heading
    ("citation-glued-statute", PAGE.format(field=f"Citation8 U.S.C. {S} 1357"), [f"8 U.S.C. {S} 1357"]),
    # the label set apart already reads as before
    ("citation-colon", PAGE.format(field="Citation: 296 F.Supp.3d 959"), ["296 F. Supp. 3d 959"]),
    ("citation-tab", PAGE.format(field="Citation\t8 F.4th 176"), ["8 F.4th 176"]),
    # negatives: a glued number that opens no citation
    ("citation-count", "Citation2 was issued to Dana Pell for speeding.", []),
    ("reporter-speed", "The Reporter12 Mbps link failed twice.", []),
    ("citation-date", PAGE.format(field="Citation Date07 November 2017"), []),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_heldout23_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
