"""State code short names as the text cites them (not renamed to Bluebook forms), section numbers
damaged in conversion, and codes named in full: sentences written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

CASES: list[tuple[str, str, list[str]]] = [
    # North Carolina's own short names stay as cited (eval/SPEC.md: state codes as cited)
    ("nc-gs-dotted", "Under G.S. 15A-401 an officer of Wake County may arrest.", ["G.S. 15A-401"]),
    ("nc-ncgs", "The clerk relied on N.C.G.S. 162-62 in Raleigh.", ["N.C.G.S. 162-62"]),
    ("nc-ncgs-undotted", "NCGS 153A-145.5 bars such county policies.", ["NCGS 153A-145.5"]),
    ("nc-gs-undotted-state", "A North Carolina sheriff acts under GS 162-62 and GS 15A-401.",
     ["G.S. 162-62", "G.S. 15A-401"]),
    ("nc-general-statutes-state", "In North Carolina, General Statutes 162-62 governs jail queries.",
     ["Gen. Stat. § 162-62"]),
    ("nc-bluebook-kept", "See N.C. Gen. Stat. § 64-6 for the rule.", ["N.C. Gen. Stat. § 64-6"]),
    # Missouri's RSMo, written out as the blind golds write it
    ("mo-rsmo-before", "RSMo 544.470 applies to the Jasper County jail.", ["Mo. Rev. Stat. § 544.470"]),
    ("mo-rsmo-after", "Section 544.470, RSMo, is amended to read as follows.", ["Mo. Rev. Stat. § 544.470"]),
    ("mo-full-name", "Missouri Revised Statutes 67.307 bans such policies.", ["Mo. Rev. Stat. § 67.307"]),
    ("mo-rsmo-no-comma", "Section 544.470 RSMo applies to the county jail.", ["Mo. Rev. Stat. § 544.470"]),
    ("mo-rsmo-sentence-end", "The county acts as provided in section 67.307, RSMo. The council agreed.",
     ["Mo. Rev. Stat. § 67.307"]),
    ("mo-rsmo-list", "Sections 67.307 and 67.308, RSMo, apply.", ["Mo. Rev. Stat. § 67.307", "Mo. Rev. Stat. § 67.308"]),
    ("nc-ncgs-sign", "In North Carolina, NCGS \u00a7 162-62 applies.", ["NCGS 162-62"]),
    # Connecticut's general statutes
    ("ct-cgs-undotted", "CGS 29-17 applies to every Connecticut town.", ["CGS 29-17"]),
    ("ct-cgs-undotted-shape", "CGS 54-192h limits such holds.", ["CGS 54-192h"]),
    ("cgs-not-connecticut", "The CGS 12-3 unit met in Dayton.", []),
    ("ct-cgs", "The town follows C.G.S. § 54-192h closely.", ["C.G.S. 54-192h"]),
    ("ct-general-statutes-shape", "Officers must follow General Statutes 54-192h on holds.",
     ["Gen. Stat. § 54-192h"]),
    ("ct-general-statutes-named", "In Connecticut, General Statutes 29-17 governs the police.",
     ["Gen. Stat. § 29-17"]),
    ("ct-amending-bill", "Section 54-192h of the general statutes is repealed and the following is substituted.",
     ["Conn. Gen. Stat. § 54-192h"]),
    # a "General Statutes" naming no state and a section of neither state's shape stays as cited
    ("general-statutes-no-state", "Under General Statutes 5-12 the board shall meet.", ["Gen. Stat. § 5-12"]),
    # a dash lost as "?" in a conversion
    ("lost-dash-ct", "As required by General Statute Section 54?192h and the Mayor?s memo, we resolve.",
     ["Gen. Stat. § 54-192h"]),
    ("lost-dash-two", "Under the Code of Alabama, § 31?13?4 directs the Attorney General.", ["Ala. Code § 31-13-4"]),
    ("lost-dash-replacement-char", "Under General Statutes Section 54\ufffd192h in Connecticut the chief acts.",
     ["Gen. Stat. § 54-192h"]),
    ("question-not-dash", "Was it Section 5? 12 people asked the clerk.", []),
    ("question-page-range", "See pp. 12?13 of the report by Dana Whitlock.", []),
    ("question-apostrophe", "The Mayor?s memo of 2017 was read aloud.", []),
    # Vermont's titled statutes, with or without a section mark
    ("vt-undotted-title", "The policy follows Title 20 VSA 2366 on fair policing.", ["20 V.S.A. § 2366"]),
    ("vt-dotted-no-mark", "The chief cited 20 V.S.A. 2366 at the hearing.", ["20 V.S.A. § 2366"]),
    ("vt-undotted-mark", "Under 20 VSA § 2366, each agency adopts a policy.", ["20 V.S.A. § 2366"]),
    ("vt-sec-word", "Under 13 V.S.A. sec. 5451 the chief reports.", ["13 V.S.A. § 5451"]),
    ("vt-section-word", "Under 13 V.S.A. section 5451 the chief reports.", ["13 V.S.A. § 5451"]),
    ("vt-bluebook-kept", "See 20 V.S.A. § 2366 for the model policy.", ["20 V.S.A. § 2366"]),
    ("vt-small-number", "In 20 VSA 12 ways were listed by Morgan Tate.", []),
    ("vt-awards-year", "The 2020 VSA awards went to 12 staff.", []),
    # a many-part section number typeset with en dashes
    ("en-dash-indiana", "The act amends Indiana Code \u00a7 35\u201333\u20131\u20131(1) by adding clauses.",
     ["Ind. Code \u00a7 35-33-1-1"]),
    ("en-dash-utah", "Utah Code Ann. \u00a7 53\u201315\u2013101 applies to the county.", ["Utah Code Ann. \u00a7 53-15-101"]),
    ("en-dash-dotted-part", "See Ind. Code \u00a7 5\u20132\u201318.2\u20133 on local policies.", ["Ind. Code \u00a7 5-2-18.2-3"]),
    ("en-dash-range-kept", "See 8 U.S.C. \u00a7\u00a7 1373\u20131644 on reporting.", ["8 U.S.C. \u00a7 1373", "8 U.S.C. \u00a7 1644"]),
    ("en-dash-years", "The 2010\u20132011 budget of Dover County passed.", []),
    # a 287(g) agreement in capitals
    ("caps-287g-ina", "DIRECTING THE MAYOR TO REPORT ANY AGREEMENT PURSUANT TO SECTION 287(G) OF THE INA ON IMMIGRATION",
     ["8 U.S.C. \u00a7 1357"]),
    ("caps-287g-act", "UNDER SECTION 287(G) OF THE IMMIGRATION AND NATIONALITY ACT, THE SHERIFF MAY ACT.",
     ["8 U.S.C. \u00a7 1357"]),
    ("caps-287g-ina-sign", "UNDER INA \u00a7 287 (G) THE SHERIFF MAY HOLD IMMIGRATION DETAINEES.", ["8 U.S.C. \u00a7 1357"]),
    ("caps-287g-room", "ROOM 287(G) IS ON THE SECOND FLOOR OF THE LIBRARY.", []),
    ("form-287f", "Form 287(F) was filed with the immigration clerk.", []),
    # a statute page titled with its code's name: its bare sections are that code's, its own heading none
    ("title-line-alabama-page",
     "Code of Alabama\n\nChapter 9 - Records.\n\nSection 41-9-2 - Duties.\n\n(a) The clerk shall keep records.\n\n"
     "Structure Code of Alabama\n\nSection 41-9-1 - Short Title.\n\nSection 41-9-3 - Fees.\n",
     ["Ala. Code \u00a7 41-9-1", "Ala. Code \u00a7 41-9-3"]),
    ("title-line-year-iowa", "2021 Iowa Code\n\nChapter 12B - Deposits\n\n"
     "12B.4 Reports. The treasurer shall report as described in section 12B.2, subsection 1.\n",
     ["Iowa Code \u00a7 12B.2"]),
    ("title-line-utah-structure", "Structure Utah Code\n\nThe board acts as section 17-22-5 requires.\n",
     ["Utah Code \u00a7 17-22-5"]),
    ("title-line-none", "Town Handbook\n\nSection 12-3 - Hours.\n\n(a) The office opens at nine. See section 12-4.\n", []),
    # a code named in running text, not as the page's title, gives no code to a later bare section
    ("title-line-later-sentence", "A long story about the county board.\n\nThe Code of Alabama was cited. See section 41-9-1.\n",
     []),
    ("bare-section-no-title", "Board Minutes\n\nThe board adopted section 12.5 of its rules.\n", []),
    # Indiana's own "IC" with its four-part sections, in a text about Indiana or not: as cited
    ("in-ic-named", "The Indiana act amends IC 35-33-1-1 to allow arrests.", ["IC 35-33-1-1"]),
    ("in-ic-unnamed", "The act amends IC 35-33-1-1 to allow arrests.", ["IC 35-33-1-1"]),
    # codes named in full without a section mark
    ("full-name-indiana", "The bill amends Indiana Code 35-33-1-1 to allow arrests.", ["Ind. Code \u00a7 35-33-1-1"]),
    ("full-name-iowa-section", "Iowa Code section 27A.9 bars such funding.", ["Iowa Code \u00a7 27A.9"]),
    ("full-name-alabama", "Code of Alabama 31-13-4 directs the Attorney General.", ["Ala. Code \u00a7 31-13-4"]),
    ("full-name-utah-annotated", "The bill enacts Utah Code Annotated 53-15-101 for the state.",
     ["Utah Code Ann. \u00a7 53-15-101"]),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_heldout17_citation_classes(name: str, text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected, name
