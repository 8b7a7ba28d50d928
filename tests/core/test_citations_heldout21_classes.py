"""A compilation's abbreviation in parentheses after its name, dotted-only compilations' ranges, a
constitution's section through its recompilation, Colorado's decimal subsections, California's parts of
sections listed before their one code, its bare code letters, and a dotted continuation before a
capitalized word: sentences written for these tests."""

from __future__ import annotations

import pytest

from entanglement.core.extract.citations import find_citations

S = "\u00a7"

CASES: list[tuple[str, str, list[str]]] = [
    # --- a compilation's name, then its abbreviation in parentheses, then the section
    ("or-paren-abbr", "Oregon Revised Statute (ORS) 181A.820 bars such help, said Nora Tillwell.", ["ORS 181A.820"]),
    ("or-paren-abbr-section", "Oregon Revised Statutes (ORS) section 181A.823 applies.", ["ORS 181A.823"]),
    ("wa-paren-abbr", "The Revised Code of Washington (RCW) 10.93.160 limits such holds.", ["RCW 10.93.160"]),
    ("nv-paren-abbr-sign", f"Nevada Revised Statutes (NRS) {S} 179.123 governs.", ["NRS 179.123"]),
    ("or-quoted-paren-abbr", 'Oregon Revised Statutes ("ORS") 181A.820 applies.', ["ORS 181A.820"]),
    ("or-curly-quoted-paren-abbr", "Oregon Revised Statutes (\u201cORS\u201d) 181A.820 applies.", ["ORS 181A.820"]),
    # negatives: an unknown acronym in parentheses, a stray closing parenthesis
    ("unknown-quoted-acronym", 'The plan ("ABC") 12.3.4 ships in May.', []),
    ("stray-quote-paren", 'The ORS") 181A.820 typo stays out.', []),
    ("unknown-paren-acronym", "The plan (ABC) 12.3.4 ships in May.", []),
    ("stray-paren", "The ORS) 181A.820 typo stays out.", []),
    # --- a hyphen in a dotted-only compilation's number is a range, read as its two ends
    ("or-short-range", "Under Oregon laws ORS 336.184-187, records stay private.", ["ORS 336.184", "ORS 336.187"]),
    ("or-full-range", "ORS 336.184-336.187 protect records.", ["ORS 336.184", "ORS 336.187"]),
    ("nv-short-range", "NRS 179.123-125 apply to every county.", ["NRS 179.123", "NRS 179.125"]),
    ("ky-full-range", "KRS 61.870-61.884 apply to open records.", ["KRS 61.870", "KRS 61.884"]),
    # negatives: a backward range, an end of another width
    ("backward-range", "ORS 336.187-184 is a typo.", []),
    ("other-width-range", "ORS 336.184-1870 is a typo.", []),
    ("colorado-hyphen-kept", "Under C.R.S. 24-76.6-102 jails may not hold people.", ["C.R.S. 24-76.6-102"]),
    # --- a constitution's section cited through its recompilation is no code section
    ("al-recompilation", "Amendment 5, now Section 111.05 of the Official Recompilation of the Constitution of "
     "Alabama of 1901, as amended, bars it.", []),
    ("al-recompilation-lower", "See Section 247.02 of the official recompilation of the Alabama Constitution.", []),
    ("recompiled-constitution", "See Section 111.05 of the Recompiled Constitution of Alabama.", []),
    # negatives: the Code of Alabama stays a code, with "Constitution" later in the text
    ("al-code-then-constitution", "Amend Section 31-13-5 of the Code of Alabama 1975 to bar it. The Constitution "
     "is silent.", [f"Ala. Code {S} 31-13-5"]),
    # --- Colorado's decimal subsections
    ("co-decimal-subsection", "We hold that section 24-10-106(1.5)(b), C.R.S. (2021), waives immunity.",
     ["C.R.S. 24-10-106"]),
    ("co-decimal-subsection-only", "Under section 24-76.6-102(2.5), C.R.S., a jail may not.", ["C.R.S. 24-76.6-102"]),
    ("co-decimal-subsection-abbr-first", f"Per C.R.S. {S} 24-10-106(1.5)(b) the state waived it.",
     ["C.R.S. 24-10-106"]),
    ("decimal-in-prose", f"See {S} 5 (1.5 miles) away.", []),
    # --- California lists parts of sections before naming their one code
    ("ca-subdivision-list", "A felony listed in subdivision (c) of Section 1192.7 or subdivision (c) of Section "
     "667.5 of the Penal Code counts.", [f"Cal. Penal Code {S} 1192.7", f"Cal. Penal Code {S} 667.5"]),
    ("ca-paragraph-list", "A crime in paragraph (1) of Section 290 and paragraph (2) of Section 457.1 of the Penal "
     "Code counts.", [f"Cal. Penal Code {S} 290", f"Cal. Penal Code {S} 457.1"]),
    ("ca-nested-subdivision", "As in subdivision (a) of Section 7282.5 or subdivision (b)(2) of Section 7283 of the "
     "Government Code.", [f"Cal. Gov. Code {S} 7282.5", f"Cal. Gov. Code {S} 7283"]),
    ("ca-section-then-subdivision", "In Section 1192.7 or subdivision (c) of Section 667.5 of the Penal Code.",
     [f"Cal. Penal Code {S} 1192.7", f"Cal. Penal Code {S} 667.5"]),
    # negative: a section of something else before the listed one keeps its own owner
    ("ca-other-owner-first", "Section 12 of the bylaws or subdivision (c) of Section 667.5 of the Penal Code.",
     [f"Cal. Penal Code {S} 667.5"]),
    # --- California's bare code letters in a California text
    ("ca-pc", "In California, offenders register pursuant to PC 290 or as arson offenders pursuant to PC 457.1.",
     [f"Cal. Penal Code {S} 290", f"Cal. Penal Code {S} 457.1"]),
    ("ca-gc-vc", "California deputies cite GC 7282.5 and VC 12500 daily.",
     [f"Cal. Gov. Code {S} 7282.5", f"Cal. Veh. Code {S} 12500"]),
    ("ca-pc-sign", f"California deputies cite PC {S} 832.5 daily.", [f"Cal. Penal Code {S} 832.5"]),
    # negatives: a computer's model, a short number, another state's text, a firm's suffix and address
    ("ca-pc-model", "In California, the PC 2000 laptop and PC 12 are old.", []),
    ("pc-other-state", "In Oregon, offenders register pursuant to PC 290.", []),
    ("ca-firm-address", "In California, write to Lowe & Ortiz, PC 1200 Main Street.", []),
    ("ca-firm-address-no-comma", "In California, write to Lowe PC 1200 Main Street.", []),
    # --- a dotted continuation may stand before a capitalized word
    ("ca-ampersand-heading", "RELATED: California Penal Code 834b Government Code 7282 & 7282.5 TRUST Act",
     [f"Cal. Penal Code {S} 834b", f"Cal. Gov. Code {S} 7282", f"Cal. Gov. Code {S} 7282.5"]),
    ("ca-and-before-act-name", "In accordance with Government Code sections 7282 and 7282.5 Trust Act.",
     [f"Cal. Gov. Code {S} 7282", f"Cal. Gov. Code {S} 7282.5"]),
    ("ca-dotted-pair-heading", "Penal Code sections 832.5 and 832.7 Peace officers.",
     [f"Cal. Penal Code {S} 832.5", f"Cal. Penal Code {S} 832.7"]),
    # negatives: a title number opening the next citation, an undotted number before a capital
    ("title-number-next", "Sections 1373 and 8 U.S.C. 1644 apply.", [f"8 U.S.C. {S} 1373", f"8 U.S.C. {S} 1644"]),
    ("undotted-before-capital", "Government Code 7282 and 7283 The act", [f"Cal. Gov. Code {S} 7282"]),
]


@pytest.mark.parametrize("text,expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_heldout21_citation_classes(text: str, expected: list[str]) -> None:
    assert [c.normalized for c in find_citations(text)] == expected
