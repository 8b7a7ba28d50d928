"""Table: citations as text extracted from PDFs and OCR damages them: broken across line ends,
spaces lost or doubled, the code's name or the section sign misread, footnote numbers glued on,
and the long forms news stories use. Sentences written for these tests. Negatives: numbers near
code-like words that cite nothing."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"
U1373 = f"8 U.S.C. {S} 1373"
U1644 = f"8 U.S.C. {S} 1644"
U1357 = f"8 U.S.C. {S} 1357"
CFR = f"8 C.F.R. {S} 287.7"
GOV = f"Cal. Gov't Code {S} 7284.6"

CASES: list[tuple[str, str, list[str]]] = [
    # a line end inside the citation
    ("break-after-sign", f"The county cited 8 U.S.C. {S}\n1373 in its reply.", [U1373]),
    ("break-before-sign", f"The county cited 8 U.S.C.\n{S} 1357(g) in its reply.", [U1357]),
    ("break-after-title", f"The county cited 8\nU.S.C. {S} 1373 in its reply.", [U1373]),
    ("break-in-state-code", f"Under Cal. Gov't\nCode {S} 7284.6 the sheriff may not.", [GOV]),
    ("break-state-sign", f"Under Cal. Gov't Code {S}\n7284.6 the sheriff may not.", [GOV]),
    ("break-cfr", f"Under 8 C.F.R. {S}\n287.7(d) detainers expire.", [CFR]),
    ("break-in-list", f"Officers rely on 8 U.S.C. {S}{S} 1373\nand 1644 to share data.", [U1373, U1644]),
    (
        "break-in-words",
        "Under Section 1373 of Title 8 of the\nUnited States Code the city must share.",
        [U1373],
    ),
    (
        "break-word-code",
        "Under California Government\nCode Section 7284.6 officers act.",
        [f"Cal. Gov. Code {S} 7284.6"],
    ),
    # spaces lost or doubled
    ("glued-title", f"The county cited 8U.S.C. {S}1373 in its reply.", [U1373]),
    ("glued-sign", f"The county cited 8 U.S.C.{S}1373 in its reply.", [U1373]),
    ("doubled", f"The county cited 8  U.S.C.  {S}  1373 in its reply.", [U1373]),
    ("glued-list", f"The county cited 8 U.S.C. {S}{S}1373,1644 in its reply.", [U1373, U1644]),
    ("glued-and", f"The county cited 8 U.S.C. {S}{S}1373and 1644 in its reply.", [U1373]),
    ("glued-cfr", f"The county cited 8 C.F.R.{S}287.7 in its reply.", [CFR]),
    ("glued-state", f"Under Cal. Gov't Code{S}7284.6 officers act.", [GOV]),
    ("nbsp", f"Under 8\u00a0U.S.C.\u00a0{S}\u00a01373 cities must share.", [U1373]),
    ("thin-space", f"Under 8 U.S.C. {S}\u20091373 cities must share.", [U1373]),
    ("spaced-letters", "Officers rely on 8 U. S. C. 1357 (g) agreements.", [U1357]),
    # the code's name or the sign misread
    ("usc-no-last-dot", f"The county cited 8 U.S.C {S}1373 in its reply.", [U1373]),
    ("usc-comma", f"The county cited 8 U.S.C, {S} 1373 in its reply.", [U1373]),
    ("usc-comma-after", "The county cited 8 U.S.C., 1373 in its reply.", [U1373]),
    ("usc-undotted-dot", "The county cited 8 USC. 1373 in its reply.", [U1373]),
    ("cfr-no-last-dot", f"The county cited 8 C.F.R {S} 287.7 in its reply.", [CFR]),
    ("cfr-comma", "The county cited 8 CFR, 287.7 in its reply.", [CFR]),
    ("sign-mojibake", f"Under 8 U.S.C. \u00c2{S} 1373 cities must share.", [U1373]),
    ("sign-dollar", "Under 8 U.S.C. $ 1373 cities must share.", [U1373]),
    ("sign-dollar-glued", "Under 8 U.S.C. $1373 cities must share.", [U1373]),
    ("sign-eszett", "Under 8 U.S.C. \u00df 1373 cities must share.", [U1373]),
    ("sign-five", "Under 8 U.S.C. 5 1373 cities must share.", [U1373]),
    ("sign-ss", "Under 8 U.S.C. SS 1373 and 1644 cities must share.", [U1373, U1644]),
    ("sign-s", "Under 8 U.S.C. S 1373 cities must share.", [U1373]),
    ("sign-speck", f"Under 8 U.S.C. {S}. 1373 the sheriff must notify.", [U1373]),
    ("cfr-dollar", "Under 8 C.F.R. $ 287.7 the sheriff must notify.", [CFR]),
    ("state-dollar", "Under Cal. Gov't Code $ 7284.6 officers act.", [GOV]),
    ("state-eszett", "Under Tex. Gov't Code \u00df 752.053 officers act.", [f"Tex. Gov't Code {S} 752.053"]),
    # footnote numbers: a number is never cut, but no U.S.C. section has a dot
    ("footnote-run-on", f"The county cited 8 U.S.C. {S} 13733 in its reply.", [f"8 U.S.C. {S} 13733"]),
    ("footnote-after-period", f"The county cited 8 U.S.C. {S} 1373.12 The board met.", [U1373]),
    ("footnote-line-end", f"The county cited 8 U.S.C. {S} 1373.4\n\nThe board met.", [U1373]),
    (
        "footnote-after-sub",
        f"The county cited 8 U.S.C. {S} 1182(a)(6).12 The board met.",
        [f"8 U.S.C. {S} 1182"],
    ),
    ("cfr-keeps-dot", "Under 8 C.F.R. 287.7, detainers expire.", [CFR]),
    ("superscript", f"Officers rely on 8 U.S.C. {S} 1373\u00b9 to share.", [U1373]),
    # news forms
    ("news-of-title", "Section 1373 of Title 8 of the U.S. Code bars it.", [U1373]),
    ("news-title-first", "Immigration agents cite Title 8, Section 1373 often.", [U1373]),
    ("news-title-code", "Title 8, Section 1373 of the U.S. Code bars it.", [U1373]),
    ("news-statute", "It broke the federal statute, 8 U.S.C. 1373, officials said.", [U1373]),
    ("news-parens", "It broke federal law (8 USC 1373) officials said.", [U1373]),
    ("news-shouted", f"UNDER 8 U.S.C. {S} 1373 CITIES MUST SHARE INFORMATION WITH ICE.", [U1373]),
]

NEGATIVES: list[tuple[str, str]] = [
    ("page-of", "Page 8 of 1373"),
    ("page-break", "Page 8 of 13\n1373 people attended."),
    ("phone", "Call 800-555-1373 today."),
    ("date", "On 8/13/2017 the board met."),
    ("bills", "SB 54 and H.R. 5717 were debated."),
    ("code-words", "The U.S. Code was amended in 1373 ways."),
    ("us-cities", "In 8 US cities 1373 people were held."),
    ("agency", "USCIS processed 1373 cases in 8 months."),
    ("school", "The USC Trojans won 8 games and 1373 yards."),
    ("courthouse", "Room 8, U.S. Courthouse, 1373 Main St."),
    ("title-page", "Title 8, Page 1373"),
    ("dollars-after-code", "The Cal. Penal Code $500 fine applies."),
    ("dollar-cents", "Under Cal. Penal Code $ 1.50 fee."),
    ("dollars-near-usc", "We paid $ 500 under 8 U.S.C."),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _i, t, e in CASES], ids=[i for i, _t, _e in CASES])
def test_pdf_text_citations(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected


@pytest.mark.parametrize("text", [t for _i, t in NEGATIVES], ids=[i for i, _t in NEGATIVES])
def test_pdf_text_negatives(text: str) -> None:
    assert find_citations(text) == []
